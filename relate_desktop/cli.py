"""The `relate-desktop` command: opens the app, or runs one command and exits with a clear code."""

from __future__ import annotations

import argparse
import os
import stat
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from relate_desktop import __version__
from relate_desktop.domain.errors import (
    InvalidInput,
    RelateError,
    WrongPassphrase,
    from_os_error,
)
from relate_desktop.paths import ENV_VAR, DataPaths, resolve_data_dir
from relate_desktop.store.modes import restrict_process

if TYPE_CHECKING:
    from relate_desktop.services.household import Household

HouseholdAction = Callable[["Household", argparse.Namespace, TextIO], int]

EXIT_OK, EXIT_BAD_INPUT, EXIT_WRONG_PASSPHRASE, EXIT_STORAGE = 0, 2, 3, 4

DESCRIPTION = """\
Relate helps a couple repair after a fight and keep their promises, and helps one person
journal in private. Without a command it opens the app."""

EPILOG = f"""\
data folder:
  --data-dir DIR, or the {ENV_VAR} environment variable, or your platform's data folder.

exit codes:
  0 ok (also when the reader of the output stops early, as `| head` does),
  2 bad input (usage, invalid file), 3 wrong passphrase,
  4 storage problem (folder in use, damaged or newer file such as keys.json, disk full).

passphrases:
  With --passphrase-stdin, passphrases are read one per line from standard input, in the
  order of the --person / --unlock options. A private space opens only with --unlock NAME;
  without it, anyone's passphrase opens the shared space and nothing private."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"relate-desktop: {message} (see relate-desktop --help)\n")


def counted(n: int, one: str, many: str = "") -> str:
    """ "1 conflict", "3 conflicts": the command line's own plural (it speaks English only)."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _out_path(text: str) -> Path:
    """--out: a regular file (replaced) or a new one; never a pipe, a device or a folder,
    which writing "in one step" would otherwise replace with a file."""
    if not text:
        raise argparse.ArgumentTypeError("the file name is empty")
    path = Path(text)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return path
    except OSError as error:
        raise argparse.ArgumentTypeError(f"{text} can't be used ({error.strerror})") from None
    if not stat.S_ISREG(mode):
        raise argparse.ArgumentTypeError(f"{text} is not a regular file; give a file name")
    return path


def _data_dir(text: str) -> str:
    if not text.strip():
        raise argparse.ArgumentTypeError("the folder name is empty")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="relate-desktop",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"relate-desktop {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", type=_data_dir, help="where Relate keeps its data"
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start, show the first window (welcome, unlock or the main window), then exit 0",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str, unlock: bool = True) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument(
            "--data-dir",
            metavar="DIR",
            type=_data_dir,
            default=argparse.SUPPRESS,
            help="where Relate keeps its data",
        )
        if unlock:
            sub.add_argument(
                "--unlock",
                metavar="NAME",
                help="open NAME's private space too (their passphrase on stdin)",
            )
            sub.add_argument(
                "--passphrase-stdin",
                action="store_true",
                help="read the passphrase from standard input",
            )
        return sub

    setup = command("setup", "create a household in the data folder", unlock=False)
    setup.add_argument(
        "--person",
        metavar="NAME",
        action="append",
        required=True,
        help="a person's name; give it once for just you, twice for a couple",
    )
    setup.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="protect the data with one passphrase per person, read from stdin",
    )

    importer = command("import", "import a Relate JSON file (all or nothing)")
    importer.add_argument("file", metavar="FILE.json", type=Path)

    exporter = command("export-json", "write everything shared to a Relate JSON file")
    exporter.add_argument("--out", metavar="FILE", type=_out_path, required=True)

    command("agreements", "list agreements: id, date, title, status")

    pdf = command("export-pdf", "write an agreement as a PDF")
    pdf.add_argument("agreement_id", metavar="AGREEMENT_ID")
    pdf.add_argument("--out", metavar="FILE.pdf", type=_out_path, required=True)

    finder = command(
        "search", "find conflicts, drafts, agreements and journal entries: one line per hit"
    )
    finder.add_argument("text", metavar="TEXT")

    ics = command("export-ics", "write pending check-ins to a calendar (.ics) file")
    ics.add_argument("--out", metavar="FILE.ics", type=_out_path, required=True)

    command("backup", "make an encrypted backup of every space now")
    restorer = command(
        "restore", "list backups, or put one back (the current state is backed up first)"
    )
    restorer.add_argument(
        "backup", metavar="BACKUP", nargs="?", help="the backup's file name, as listed"
    )
    command("check", "check every space for damage (exit 4 on a problem)")

    syncer = command(
        "sync",
        "one sync round through the sync folder: send this computer's changes, apply the "
        "others' (docs/sync.md)",
    )
    syncer.add_argument(
        "--folder",
        metavar="DIR",
        type=Path,
        help="the folder another program syncs (the first time; remembered after)",
    )
    syncer.add_argument(
        "--device-name", metavar="NAME", default="", help="what to call this computer"
    )
    joiner = command(
        "join", "set up this (empty) data folder from a household synced through a folder"
    )
    joiner.add_argument("--folder", metavar="DIR", type=Path, required=True)
    joiner.add_argument(
        "--device-name", metavar="NAME", default="", help="what to call this computer"
    )
    return parser


def _read_passphrases(stdin: TextIO, count: int) -> list[str]:
    result = []
    for _ in range(count):
        line = stdin.readline()
        if not line:
            raise InvalidInput(
                f"Expected {counted(count, 'passphrase')} on standard input, one per line."
            )
        result.append(line.rstrip("\r\n"))
    return result


def _unlock_args(
    args: argparse.Namespace, paths: DataPaths, stdin: TextIO
) -> tuple[str | None, str | None]:
    """The person and passphrase to unlock with: a passphrase is needed when the shared space
    is protected; a private space opens only with --unlock NAME. Without --unlock the person
    is None, so the passphrase (anyone's) opens the shared space and nothing private."""
    from relate_desktop.services.household import person_by_name, require_household

    info = require_household(paths)
    if not info.shared_protected and not args.unlock:
        return None, None
    if not args.passphrase_stdin:
        if args.unlock:
            raise InvalidInput("--unlock needs --passphrase-stdin (the passphrase on one line).")
        raise WrongPassphrase(
            "The shared space is protected; add --unlock NAME --passphrase-stdin."
        )
    if not args.unlock:
        return None, _read_passphrases(stdin, 1)[0]
    person = person_by_name(info, args.unlock)
    if not info.shared_protected and not info.has_private_space(person.id):
        raise InvalidInput(f"{person.name} has no private space to unlock.")
    return person.id, _read_passphrases(stdin, 1)[0]


def _cmd_setup(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
    from relate_desktop.services.household import set_up
    from relate_desktop.store.lock import DataFolderLock

    passphrases = _read_passphrases(stdin, len(args.person)) if args.passphrase_stdin else None
    with DataFolderLock(paths.root):
        household = set_up(paths, args.person, passphrases)
        household.close()
    names = " and ".join(p.name for p in household.people)
    out.write(f"Set up a household for {names} in {paths.root}\n")
    if passphrases is None:
        out.write("Note: no passphrase was set, so the shared space is not protected.\n")
    for person in household.people:
        code = household.new_recovery_codes.get(person.id)
        if code:
            out.write(f"Recovery code for {person.name}: {code}\n")
    if household.new_recovery_codes:
        out.write(
            "Each code unlocks that person's keys if their passphrase is forgotten. "
            "It is shown only now: write it down and keep it safe.\n"
        )
    household.new_recovery_codes.clear()
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
    from relate_desktop.services.household import household_info, roll_back_interrupted_import
    from relate_desktop.services.portability import import_checked, read_plan
    from relate_desktop.store.lock import DataFolderLock

    # Read and check the whole file before the folder is locked or anything asked for.
    plan = read_plan(args.file)
    person_id = passphrase = None
    if household_info(paths) is not None:
        person_id, passphrase = _unlock_args(args, paths, stdin)
    with DataFolderLock(paths.root):
        roll_back_interrupted_import(paths)
        result = import_checked(paths, plan, person_id=person_id, passphrase=passphrase)
    out.write(
        f"Imported {counted(result.conflicts, 'conflict')}, "
        f"{counted(result.agreements, 'agreement')} and "
        f"{counted(result.journal_entries, 'journal entry', 'journal entries')}.\n"
    )
    return EXIT_OK


def _with_household(
    action: HouseholdAction,
) -> Callable[[argparse.Namespace, DataPaths, TextIO, TextIO], int]:
    """Run `action(household)` with the shared space open, closing it afterwards. These
    commands only read: the full integrity check (seconds on years of data) runs only when the
    last holder of the folder crashed; otherwise a file that doesn't open, or a damaged page
    met while reading, is refused in one line (docs/architecture.md, "When files are
    checked")."""

    def run(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
        from relate_desktop.services.household import open_household
        from relate_desktop.store.lock import left_by_crash

        person_id, passphrase = _unlock_args(args, paths, stdin)
        doubt = left_by_crash(paths.root)
        household = open_household(paths, person_id, passphrase, check=doubt)
        try:
            return action(household, args, out)
        finally:
            household.close()

    return run


def _export_json(household: Household, args: argparse.Namespace, out: TextIO) -> int:
    from relate_desktop.services.portability import write_export

    write_export(household, args.out)
    out.write(f"Wrote {args.out}\n")
    return EXIT_OK


def _agreements(household: Household, args: argparse.Namespace, out: TextIO) -> int:
    from relate_desktop.services.browse import agreements

    for item in agreements(household):
        title = " ".join(item.title.split())
        out.write(
            f"{item.id}\t{item.created_at.date().isoformat()}\t{title}\t{item.status.value}\n"
        )
    return EXIT_OK


def _export_pdf(household: Household, args: argparse.Namespace, out: TextIO) -> int:
    from relate_desktop.services.documents import export_agreement_pdf

    export_agreement_pdf(household, args.agreement_id, args.out)
    out.write(f"Wrote {args.out}\n")
    return EXIT_OK


def _search(household: Household, args: argparse.Namespace, out: TextIO) -> int:
    from relate_desktop.services.search import search

    for hit in search(household, args.text):
        day = hit.at.date().isoformat() if hit.at else "-"
        where = "private" if hit.private else "shared"
        title = " ".join(hit.title.split())
        out.write(
            f"{hit.kind.value}\t{hit.item_id}\t{day}\t{where}\t{title}\t{hit.plain_snippet()}\n"
        )
    return EXIT_OK


def _export_ics(household: Household, args: argparse.Namespace, out: TextIO) -> int:
    from relate_desktop.services.calendar import export_calendar

    count = export_calendar(household, args.out)
    out.write(f"Wrote {counted(count, 'check-in')} to {args.out}\n")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
    from relate_desktop.services.household import open_household, roll_back_interrupted_import
    from relate_desktop.services.maintenance import back_up
    from relate_desktop.store.lock import DataFolderLock

    person_id, passphrase = _unlock_args(args, paths, stdin)
    with DataFolderLock(paths.root):
        roll_back_interrupted_import(paths)
        household = open_household(paths, person_id, passphrase)
        try:
            made = back_up(household)
        finally:
            household.close()
    for path in made:
        out.write(f"Backed up to {path}\n")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
    from relate_desktop.services.household import roll_back_interrupted_import
    from relate_desktop.services.maintenance import restore_from_command_line, stored_backups
    from relate_desktop.store.lock import DataFolderLock

    person_id, passphrase = _unlock_args(args, paths, stdin)
    if args.backup is None:
        for item in stored_backups(paths, person_id):
            where = "private" if item.private else "shared"
            out.write(f"{item.name}\t{item.made_at:%Y-%m-%d %H:%M}\t{where}\t{item.reason}\n")
        return EXIT_OK
    with DataFolderLock(paths.root):
        roll_back_interrupted_import(paths)  # first, so it can't undo this restore later
        restore_from_command_line(paths, args.backup, person_id, passphrase)
    out.write(f"Restored {args.backup}; the state before it is kept as a backup too.\n")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
    from relate_desktop.services.maintenance import check

    person_id, passphrase = _unlock_args(args, paths, stdin)
    report = check(paths, person_id, passphrase)
    for line in report.lines:
        out.write(line + "\n")
    return EXIT_OK if report.ok else EXIT_STORAGE


def _cmd_sync(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
    from relate_desktop.services.household import open_household, roll_back_interrupted_import
    from relate_desktop.services.sync import start_sync, sync_round
    from relate_desktop.store.lock import DataFolderLock

    person_id, passphrase = _unlock_args(args, paths, stdin)
    with DataFolderLock(paths.root):
        roll_back_interrupted_import(paths)
        household = open_household(paths, person_id, passphrase)
        try:
            if args.folder is not None:
                start_sync(household, args.folder.resolve(), args.device_name)
            summary = sync_round(household)
        finally:
            household.close()
    out.write(summary.line() + "\n")
    for problem in summary.rejected:
        out.write(f"Refused: {problem}\n")
    return EXIT_OK


def _cmd_join(args: argparse.Namespace, paths: DataPaths, stdin: TextIO, out: TextIO) -> int:
    from relate_desktop.domain.clock import SystemClock
    from relate_desktop.services.sync import join
    from relate_desktop.store.lock import DataFolderLock

    if not args.unlock or not args.passphrase_stdin:
        raise InvalidInput("join needs --unlock NAME --passphrase-stdin (who you are).")
    passphrase = _read_passphrases(stdin, 1)[0]
    paths.root.mkdir(parents=True, exist_ok=True)
    with DataFolderLock(paths.root):
        household, summary = join(
            paths, args.folder.resolve(), args.unlock, passphrase, SystemClock(), args.device_name
        )
        household.close()
    out.write(f"Joined the household in {args.folder}. {summary.line()}\n")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, DataPaths, TextIO, TextIO], int]] = {
    "setup": _cmd_setup,
    "import": _cmd_import,
    "export-json": _with_household(_export_json),
    "agreements": _with_household(_agreements),
    "export-pdf": _with_household(_export_pdf),
    "search": _with_household(_search),
    "export-ics": _with_household(_export_ics),
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check": _cmd_check,
    "sync": _cmd_sync,
    "join": _cmd_join,
}


def run(argv: Sequence[str], stdin: TextIO, out: TextIO, err: TextIO) -> int:
    """Run one command line; returns the exit code. Errors are one line on `err`."""
    args = build_parser().parse_args(list(argv))
    paths = resolve_data_dir(args.data_dir)
    try:
        if args.command is None:
            from relate_desktop.app import run_gui

            return run_gui(paths, exit_when_ready=args.exit_when_ready)
        return COMMANDS[args.command](args, paths, stdin, out)
    except RelateError as error:
        err.write(f"relate-desktop: {one_line(error.message)}\n")
        return error.exit_code
    except BrokenPipeError:
        raise  # the reader went away: main() ends quietly
    except OSError as error:  # a file the store didn't wrap: a full or read-only disk too
        plain = from_os_error(error)
        err.write(f"relate-desktop: {plain.message}\n")
        return plain.exit_code


def one_line(message: str) -> str:
    """The message on one line: a line break or other control character that came from a
    file (a field name, a value quoted in the message) is shown escaped, like \\n."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in ("Cc", "Zl", "Zp")
        else char
        for char in message
    )


def main(argv: Sequence[str] | None = None) -> int:
    # Before anything is written: every file and folder this process makes is its owner's only.
    restrict_process()
    try:
        code = run(sys.argv[1:] if argv is None else argv, sys.stdin, sys.stdout, sys.stderr)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`relate-desktop agreements | head -1`): stop quietly. Whatever
        # the command wrote to the folder is complete; only the rest of its output is dropped.
        # Point stdout at nothing so Python's own flush at exit doesn't complain again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return code


if __name__ == "__main__":
    sys.exit(main())
