"""Keeping data safe: rotating backups, restoring one, and integrity checks of every space."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from relate_desktop.domain.clock import Clock, SystemClock
from relate_desktop.domain.errors import CorruptDatabase, InvalidInput, NewerDatabase
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import (
    Household,
    open_household,
    require_household,
    shared_key_for,
)
from relate_desktop.store import keys
from relate_desktop.store.backups import aside_folder, list_backups, prune, put_in_place
from relate_desktop.store.space import SHARED_SPACE, restore_space


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the Restore screen shows it. `private` is True for the open person's
    private space; `name` is the file name inside backups/."""

    name: str
    made_at: datetime
    reason: str
    private: bool


def back_up(household: Household, reason: str = "manual") -> list[Path]:
    """An encrypted copy of every open space into the backups folder (a locked private space
    can only be copied by its owner, when it is open), then the rotation: the newest ten and
    one a month for a year are kept."""
    now = household.clock.now()
    made = []
    for space in household.open_spaces():
        made.append(space.backup(now, reason))
        prune(space.backups_dir, space.name, now)
    return made


def check_open(household: Household) -> None:
    """The integrity check of the open spaces (CorruptDatabase names the newest good backup).
    Reads every page: seconds on years of data, so the app runs it in the background."""
    for space in household.open_spaces():
        space.check()


def back_up_if_due(household: Household) -> list[Path]:
    """The first backup of the day of each open space, when it has none from today yet."""
    now = household.clock.now()
    made = []
    for space in household.open_spaces():
        latest = list_backups(space.backups_dir, space.name)
        if not latest or latest[0].made_at.date() != now.date():
            made.append(space.backup(now, "daily"))
            prune(space.backups_dir, space.name, now)
    return made


def backups(household: Household) -> list[BackupInfo]:
    """Backups of the shared space and of the open private space, newest first."""
    return stored_backups(household.paths, household.private_person)


def stored_backups(paths: DataPaths, person_id: str | None = None) -> list[BackupInfo]:
    """Backups of the shared space, and of one person's private space when they unlock,
    newest first, read from the folder without opening any space."""
    found = [
        BackupInfo(b.path.name, b.made_at, b.reason, False)
        for b in list_backups(paths.backups, SHARED_SPACE)
    ]
    if person_id is not None:
        found += [
            BackupInfo(b.path.name, b.made_at, b.reason, True)
            for b in list_backups(paths.backups, f"vault-{person_id}")
        ]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def restore(household: Household, name: str) -> None:
    """Put a backup back in place of the space it was made from (the shared space or the open
    private space): the current state is backed up first, then the file is swapped in one
    rename and the space reopened. A damaged backup is refused and nothing changes."""
    for space in household.open_spaces():
        if _belongs_to(name, space.name):
            source = _backup_path(space.backups_dir, space.name, name)
            household.replace_space(space, space.restore(source, household.clock.now()))
            return
    raise InvalidInput(f"There is no backup called {name} that you can restore here.")


def restore_from_command_line(
    paths: DataPaths,
    name: str,
    person_id: str | None = None,
    passphrase: str | None = None,
    clock: Clock | None = None,
) -> str:
    """Restore a backup without opening the household first, so it also works when the live
    file is damaged (which is then moved aside, never overwritten). A private space's backup
    needs its owner's passphrase. Returns the space restored."""
    clock = clock or SystemClock()
    keyfile = keys.load(paths.root)
    opened = None
    if person_id is not None and passphrase is not None:
        opened = keys.open_person(keyfile.person(person_id), passphrase)
    if _belongs_to(name, SHARED_SPACE):
        shared = keys.shared_key(keyfile, opened) if opened else shared_key_for(keyfile, passphrase)
        space, path, key = SHARED_SPACE, paths.shared_db, shared
    elif person_id is not None and _belongs_to(name, f"vault-{person_id}"):
        vault_key = opened.keys.get(keys.VAULT) if opened else None
        if vault_key is None:
            raise InvalidInput("This private space has no key to open it with.")
        space, path, key = f"vault-{person_id}", paths.vault_db(person_id), vault_key
    else:
        raise InvalidInput(
            f"{name} isn't a backup you can restore: a private space's backup needs "
            "--unlock with its owner's name."
        )
    source = _backup_path(paths.backups, space, name)
    restore_space(space, path, key, paths.backups, source, clock.now())
    return space


def recover_damaged(paths: DataPaths, error: CorruptDatabase, clock: Clock | None = None) -> None:
    """After a damaged space was found: put the newest good backup (checked with the key when
    the damage was found; its copy is checked byte for byte) in place of the damaged file,
    which is kept unchanged in backups/damaged/. On any failure nothing changes."""
    if error.space is None or error.backup is None:
        raise InvalidInput("There is no good backup to restore.")
    if error.space == SHARED_SPACE:
        path = paths.shared_db
    elif error.space.startswith("vault-"):
        path = paths.vault_db(error.space.removeprefix("vault-"))
    else:
        raise InvalidInput("There is no good backup to restore.")
    source = _backup_path(paths.backups, error.space, error.backup)
    now = (clock or SystemClock()).now()
    # The live file stays where it is until a whole copy of the backup is beside it; then it
    # is kept unchanged in backups/damaged/<time>/ and the copy swapped in with one rename.
    put_in_place(source, path, keep_old_in=aside_folder(paths.backups, now))


def _belongs_to(name: str, space: str) -> bool:
    rest = name.removeprefix(f"{space}-")
    return rest != name and rest[:1].isdigit()


def _backup_path(backups_dir: Path, space: str, name: str) -> Path:
    for backup in list_backups(backups_dir, space):
        if backup.path.name == name:
            return backup.path
    raise InvalidInput(f"There is no backup called {name}.")


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: tuple[str, ...]


def check(
    paths: DataPaths,
    person_id: str | None = None,
    passphrase: str | None = None,
    clock: Clock | None = None,
) -> CheckReport:
    """Open every space and run its integrity check; never writes to a damaged file."""
    info = require_household(paths)
    lines = [f"keys.json: ok ({len(info.people)} people)"]
    try:
        # Opening a space runs its integrity check (and refuses damaged or newer files).
        household = open_household(paths, person_id, passphrase, clock or SystemClock())
    except (CorruptDatabase, NewerDatabase) as error:
        return CheckReport(False, (*lines, f"problem: {error.message}"))
    lines.append("shared space: ok")
    for person in info.people:
        if household.vault(person.id) is not None:
            lines.append(f"{person.name}'s private space: ok")
        elif info.has_private_space(person.id):
            lines.append(f"{person.name}'s private space: locked, not checked")
    household.close()
    return CheckReport(True, tuple(lines))
