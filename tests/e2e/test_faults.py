"""Nothing lost on a full disk, a read-only disk or a bad backup. Commands run for real (through
`cli.run`, in this process, to stay quick) on a 4 MB tmpfs filled to a few free-space levels
and remounted read-only; without root the same paths are reached by injected faults (SQLite's
page limit, OSError from the OS calls). After each: the operation is complete, or the data
files are byte for byte as before and there is one plain line (never "damaged") and exit 4."""

from __future__ import annotations

import errno
import gc
import hashlib
import io
import json
import os
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from sqlalchemy import Engine, event

from relate_desktop import cli
from relate_desktop.domain.errors import (
    CorruptDatabase,
    DiskFull,
    FolderNotWritable,
    StorageError,
    UnusableBackup,
)
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal, maintenance
from relate_desktop.services.household import open_household, set_up
from relate_desktop.store import backups as backups_module
from relate_desktop.store.backups import is_good, list_backups
from relate_desktop.store.connection import translate

PREFIX = "relate-desktop: "
LEVELS = (0, 8 << 10, 16 << 10, 64 << 10, 256 << 10)  # free bytes left on the small disk
ENTRIES = 120


# The household every case starts from ----------------------------------------------------------


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A couple with entries (shared.db of a few hundred KB), one manual backup, and a file to
    import that adds as many entries again."""
    root = tmp_path_factory.mktemp("faults-template")
    paths = DataPaths(root / "data")
    household = set_up(paths, ["Maria", "Lloyd"])
    author = household.people[0].id
    for i in range(ENTRIES):
        journal.write_entry(household, author, f"entry {i} " + "words " * 60, private=False)
    maintenance.back_up(household, "manual")
    household.close()
    assert run(paths.root, "export-json", "--out", str(root / "export.json"))[0] == 0
    # The same entries again under new ids: an import that adds as much as there is.
    more = json.loads((root / "export.json").read_text(encoding="utf-8"))
    for entry in more["journal"]:
        entry["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, entry["id"]))
    (root / "more.json").write_text(json.dumps(more), encoding="utf-8")
    return root


def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["--data-dir", str(data_dir), *args], io.StringIO(), out, err)
    return code, out.getvalue(), err.getvalue()


def snapshot(folder: Path) -> dict[str, str]:
    """Every data file and a hash of its bytes (not the lock, which holds a pid; not SQLite's
    shared-memory index, which holds no data)."""
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock" and not p.name.endswith("-shm")
    }


def data_files(snap: dict[str, str]) -> dict[str, str]:
    """A snapshot without empty logs (an empty -wal holds nothing)."""
    empty = hashlib.sha256(b"").hexdigest()
    return {k: v for k, v in snap.items() if not (k.endswith("-wal") and v == empty)}


def assert_plain_refusal(code: int, err: str) -> str:
    """Exit 4 and one plain line: not a traceback, and not calling a healthy file damaged."""
    lines = err.splitlines()
    assert code == 4, (code, err)
    assert len(lines) == 1 and lines[0].startswith(PREFIX), err
    assert "damaged" not in lines[0] and "Traceback" not in err, lines[0]
    return lines[0]


def newest_backup(data_dir: Path) -> str:
    return list_backups(data_dir / "backups", "shared")[0].path.name


# A small disk: a 4 MB tmpfs, filled to a given free space -------------------------------------


@pytest.fixture(scope="module")
def small_disk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    mount = tmp_path_factory.mktemp("small-disk")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(
            "mounting a 4 MB tmpfs needs root (CI runs as root); the injected-fault cases "
            "below cover the same code paths"
        )
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fresh(small_disk: Path, template: Path, free: int) -> Path:
    """The template household on the small disk, with `free` bytes left on it."""
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=False)
    for item in small_disk.iterdir():
        shutil.rmtree(item) if item.is_dir() else item.unlink()
    data_dir = small_disk / "data"
    shutil.copytree(template / "data", data_dir)
    info = os.statvfs(small_disk)
    room = info.f_bavail * info.f_frsize - free
    if room > 0:
        with open(small_disk / "filler", "wb") as filler:
            filler.write(b"\0" * room)
    return data_dir


def files_held_open(folder: Path) -> list[str]:
    """Files under `folder` this process has open (what keeps a remount from going read-only)."""
    held = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            held.append(target)
    return held


def make_room(small_disk: Path) -> None:
    (small_disk / "filler").unlink(missing_ok=True)


def save(data_dir: Path) -> tuple[int, str, str]:
    """What the app does on every autosave: one journal entry in one transaction."""
    try:
        household = open_household(DataPaths(data_dir))
    except StorageError as error:
        return error.exit_code, "", PREFIX + error.message + "\n"
    try:
        journal.write_entry(household, household.people[0].id, "saved " * 500, private=False)
    except StorageError as error:
        return error.exit_code, "", PREFIX + error.message + "\n"
    finally:
        household.close()
    return 0, "", ""


def saved(data_dir: Path) -> bool:
    household = open_household(DataPaths(data_dir))
    try:
        return any(e.body.startswith("saved ") for e in journal.entries(household))
    finally:
        household.close()


OPERATIONS: dict[str, Callable[[Path, Path], tuple[int, str, str]]] = {
    "check": lambda d, t: run(d, "check"),
    "agreements": lambda d, t: run(d, "agreements"),
    "backup": lambda d, t: run(d, "backup"),
    "restore": lambda d, t: run(d, "restore", newest_backup(d)),
    "import": lambda d, t: run(d, "import", str(t / "more.json")),
    "save": lambda d, t: save(d),
}


@pytest.mark.parametrize("free", LEVELS)
def test_every_operation_on_a_nearly_full_disk_completes_or_changes_nothing(
    small_disk: Path, template: Path, free: int
) -> None:
    outcomes = {}
    for name, operation in OPERATIONS.items():
        data_dir = fresh(small_disk, template, free)
        backups_before = len(list_backups(data_dir / "backups", "shared"))
        before = snapshot(data_dir)
        code, out, err = operation(data_dir, template)
        after = snapshot(data_dir)
        make_room(small_disk)
        if code == 0:
            outcomes[name] = "done"
            assert err == "", (name, err)
            assert maintenance.check(DataPaths(data_dir)).ok, name
            if name == "backup":
                assert len(list_backups(data_dir / "backups", "shared")) == backups_before + 1
            if name == "save":
                assert saved(data_dir)
        else:
            line = assert_plain_refusal(code, err + (out if name == "check" else ""))
            outcomes[name] = line
            assert "disk is full" in line, (name, line)
            assert data_files(after) == data_files(before), name
            assert not list(data_dir.glob(".*.restoring")), name
            assert not list((data_dir / "backups").glob("*.partial*")), name
            assert maintenance.check(DataPaths(data_dir)).ok, name
    if free >= 64 << 10:
        assert outcomes["check"] == outcomes["agreements"] == "done", outcomes


def test_setup_on_a_nearly_full_disk_completes_or_leaves_no_household(
    small_disk: Path, template: Path
) -> None:
    for free in LEVELS:
        data_dir = fresh(small_disk, template, free)
        target = data_dir.parent / "fresh"
        code, _, err = run(target, "setup", "--person", "Ana")
        make_room(small_disk)
        if code == 0:
            assert maintenance.check(DataPaths(target)).ok
            continue
        assert "disk is full" in assert_plain_refusal(code, err)
        assert set(snapshot(target)) == set(), "set-up is tried again from nothing"
        assert run(target, "setup", "--person", "Ana")[0] == 0


def test_a_read_only_disk_is_said_plainly_and_left_alone(small_disk: Path, template: Path) -> None:
    data_dir = fresh(small_disk, template, 1 << 20)
    make_room(small_disk)
    before = snapshot(data_dir)
    gc.collect()  # (nothing of an earlier case may hold a file open for writing)
    remounted = subprocess.run(
        ["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, check=False
    )
    assert remounted.returncode == 0, (remounted.stderr, files_held_open(small_disk))
    try:
        for args in (
            ["check"],
            ["agreements"],
            ["search", "entry"],
            ["export-json", "--out", str(template / "ro.json")],
            ["backup"],
            ["restore", newest_backup(data_dir)],
            ["import", str(template / "more.json")],
        ):
            code, _, err = run(data_dir, *args)
            line = assert_plain_refusal(code, err)
            assert "read-only" in line, (args, line)
        code, _, err = save(data_dir)
        assert "read-only" in assert_plain_refusal(code, err)
        code, _, err = run(small_disk / "fresh", "setup", "--person", "Ana")
        assert "read-only" in assert_plain_refusal(code, err)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=False)
    assert snapshot(data_dir) == before


def test_a_damaged_file_on_a_full_disk_is_kept_while_its_backup_cannot_be_put_back(
    small_disk: Path, template: Path
) -> None:
    """The damaged-file screen's restore, when the copy doesn't fit: the damaged file stays
    where it was, unchanged, and nothing is half made; with room, it is kept aside and the
    backup is in place."""
    data_dir = fresh(small_disk, template, 1 << 20)
    make_room(small_disk)
    live = data_dir / "shared.db"
    data = bytearray(live.read_bytes())
    data[4096:12288] = b"\x00damage!" * 1024
    live.write_bytes(bytes(data))
    paths = DataPaths(data_dir)
    with pytest.raises(CorruptDatabase) as found:
        open_household(paths)
    assert found.value.backup is not None
    damaged = snapshot(data_dir)
    with open(small_disk / "filler", "wb") as filler:
        info = os.statvfs(small_disk)
        filler.write(b"\0" * (info.f_bavail * info.f_frsize - (16 << 10)))

    with pytest.raises(DiskFull):
        maintenance.recover_damaged(paths, found.value)
    assert snapshot(data_dir) == damaged
    assert not (data_dir / "backups" / "damaged").exists()
    code, _, err = run(data_dir, "restore", found.value.backup)
    assert "disk is full" in assert_plain_refusal(code, err)
    assert snapshot(data_dir) == damaged

    make_room(small_disk)
    maintenance.recover_damaged(paths, found.value)
    assert maintenance.check(paths).ok
    kept = list((data_dir / "backups" / "damaged").rglob("shared.db"))
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in kept] == [damaged["shared.db"]]


# The same paths without root: faults injected ------------------------------------------------


@pytest.fixture
def household_dir(template: Path, tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(template / "data", data_dir)
    return data_dir


@pytest.fixture
def page_limit() -> Iterator[Callable[[int], None]]:
    """Every new SQLite connection may grow its file to at most N pages more: a full disk as
    SQLite sees it (SQLITE_FULL)."""
    listeners: list[Any] = []

    def limit(extra_pages: int) -> None:
        def on_connect(dbapi: Any, _record: Any) -> None:
            pages = dbapi.execute("PRAGMA page_count").fetchone()[0]
            dbapi.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

        event.listen(Engine, "connect", on_connect)
        listeners.append(on_connect)

    yield limit
    for listener in listeners:
        event.remove(Engine, "connect", listener)


def test_a_save_and_an_import_that_dont_fit_change_nothing(
    household_dir: Path, template: Path, page_limit: Callable[[int], None]
) -> None:
    before = snapshot(household_dir)
    page_limit(0)
    code, _, err = save(household_dir)
    assert "disk is full" in assert_plain_refusal(code, err)
    code, _, err = run(household_dir, "import", str(template / "more.json"))
    assert "disk is full" in assert_plain_refusal(code, err)
    after = data_files(snapshot(household_dir))
    # The live files are as before; the import's "before-import" backup (made before the
    # disk filled) is a whole one and is kept.
    assert {k: v for k, v in after.items() if not k.startswith("backups/")} == {
        k: v for k, v in data_files(before).items() if not k.startswith("backups/")
    }
    assert set(before) <= set(after)
    assert all(n.endswith("-before-import.db") for n in set(after) - set(before))


def no_space(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def read_only(*_args: Any, **_kwargs: Any) -> Any:
    raise OSError(errno.EROFS, os.strerror(errno.EROFS))


def no_permission(*_args: Any, **_kwargs: Any) -> Any:
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


FAULTS = {"disk is full": no_space, "read-only": read_only, "permission": no_permission}


@pytest.mark.parametrize("said", FAULTS)
@pytest.mark.parametrize("where", ["copy", "flush", "swap"])
def test_a_restore_that_fails_at_any_step_leaves_the_live_file_as_it_was(
    household_dir: Path, monkeypatch: pytest.MonkeyPatch, said: str, where: str
) -> None:
    name = newest_backup(household_dir)
    before = snapshot(household_dir)
    if where == "copy":
        monkeypatch.setattr(backups_module, "create_private", FAULTS[said])
    elif where == "flush":
        real = os.fsync
        monkeypatch.setattr(
            os, "fsync", lambda fd: FAULTS[said]() if os.fstat(fd).st_size > 0 else real(fd)
        )
    else:
        monkeypatch.setattr(backups_module.os, "replace", FAULTS[said])

    code, _, err = run(household_dir, "restore", name)

    assert said in assert_plain_refusal(code, err)
    monkeypatch.undo()
    assert snapshot(household_dir) == before, "the live file, its backups: all as before"
    assert not list(household_dir.glob(".*.restoring"))


@pytest.mark.parametrize("said", FAULTS)
def test_the_folder_lock_on_a_full_or_read_only_disk_is_one_line(
    household_dir: Path, template: Path, monkeypatch: pytest.MonkeyPatch, said: str
) -> None:
    before = snapshot(household_dir)
    monkeypatch.setattr(os, "write", FAULTS[said])
    for args in (["backup"], ["import", str(template / "more.json")]):
        code, _, err = run(household_dir, *args)
        assert said in assert_plain_refusal(code, err), args
    code, _, err = run(household_dir.parent / "new", "setup", "--person", "Ana")
    assert said in assert_plain_refusal(code, err)
    monkeypatch.undo()
    assert snapshot(household_dir) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_without_write_permission_is_said_plainly(household_dir: Path) -> None:
    before = snapshot(household_dir)
    household_dir.chmod(0o500)
    try:
        for args in (["backup"], ["restore", newest_backup(household_dir)]):
            code, _, err = run(household_dir, *args)
            assert_plain_refusal(code, err)
    finally:
        household_dir.chmod(0o700)
    assert snapshot(household_dir) == before


def sqlite_error(text: str, code: int) -> sqlcipher3.Error:
    error = sqlcipher3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (sqlite_error("database or disk is full", 13), DiskFull, "disk is full"),
        (sqlite_error("attempt to write a readonly database", 8), FolderNotWritable, "written"),
        (sqlite_error("file is not a database", 26), CorruptDatabase, "damaged"),
        (sqlite_error("database disk image is malformed", 11), CorruptDatabase, "damaged"),
        (sqlite_error("disk I/O error", 10), StorageError, "disk reported an error"),
        (sqlite_error("unable to open database file", 14), StorageError, "couldn't open"),
        (OSError(errno.ENOSPC, "No space left"), DiskFull, "disk is full"),
        (OSError(errno.EDQUOT, "Quota exceeded"), DiskFull, "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), FolderNotWritable, "read-only"),
        (PermissionError(errno.EACCES, "Permission denied"), FolderNotWritable, "permission"),
        (OSError(errno.EIO, "Input/output error"), StorageError, "EIO"),
    ],
)
def test_every_storage_error_has_one_plain_line(
    error: BaseException, kind: type[StorageError], words: str, tmp_path: Path
) -> None:
    plain = translate(error, tmp_path)
    assert type(plain) is kind
    assert words in plain.message and "\n" not in plain.message
    assert plain.exit_code == 4
    if kind is not CorruptDatabase:
        assert "damaged" not in plain.message


def test_an_io_error_on_a_nearly_full_disk_is_the_full_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.statvfs(tmp_path)

    class Full:
        f_flag, f_bavail, f_frsize = 0, 2, real.f_frsize

    monkeypatch.setattr(os, "statvfs", lambda _path: Full())
    for code in (10, 14):  # SQLITE_IOERR (the -shm can't grow), SQLITE_CANTOPEN
        assert isinstance(translate(sqlite_error("disk I/O error", code), tmp_path), DiskFull)


# Backups that are not whole --------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["empty", "truncated"])
def test_an_empty_or_cut_short_backup_is_never_good(household_dir: Path, kind: str) -> None:
    good = household_dir / "backups" / newest_backup(household_dir)
    bad = household_dir / "backups" / "shared-20991231T000000000000-manual.db"
    bad.write_bytes(b"" if kind == "empty" else good.read_bytes()[: good.stat().st_size // 2])
    before = snapshot(household_dir)

    code, _, err = run(household_dir, "restore", bad.name)

    assert code == 4 and len(err.splitlines()) == 1 and "not used" in err, err
    assert snapshot(household_dir) == before
    paths = DataPaths(household_dir)
    household = open_household(paths)
    key = household.shared_key
    assert len(journal.entries(household)) == ENTRIES
    household.close()
    assert not is_good(bad, key)
    with pytest.raises(UnusableBackup):
        backups_module.put_in_place(bad, household_dir / "shared.db", key)
    assert snapshot(household_dir) == before

    # A damaged live file: the backup offered is the newest *good* one, never the bad one.
    live = household_dir / "shared.db"
    data = bytearray(live.read_bytes())
    data[4096:12288] = b"\x00damage!" * 1024
    live.write_bytes(bytes(data))
    code, out, _ = run(household_dir, "check")
    assert code == 4
    assert good.name in out and bad.name not in out
