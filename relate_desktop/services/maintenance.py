"""Keeping data safe: backups on demand and integrity checks of every space."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from relate_desktop.domain.clock import Clock, SystemClock
from relate_desktop.domain.errors import CorruptDatabase
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import Household, open_household, require_household


def back_up(household: Household, reason: str = "manual") -> list[Path]:
    """An encrypted copy of every open space into the backups folder (a locked private space
    can only be copied by its owner, when it is open)."""
    now = household.clock.now()
    made = [household.shared.backup(now, reason)]
    person = household.private_person
    vault = household.vault(person) if person else None
    if vault is not None:
        made.append(vault.backup(now, reason))
    return made


def check_open(household: Household) -> None:
    """The integrity check of the open spaces (CorruptDatabase names the newest backup).
    Reads every page: seconds on years of data, so the app runs it in the background."""
    household.shared.check()
    person = household.private_person
    vault = household.vault(person) if person else None
    if vault is not None:
        vault.check()


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
    except CorruptDatabase as error:
        return CheckReport(False, (*lines, f"shared space: damaged. {error.message}"))
    lines.append("shared space: ok")
    for person in info.people:
        if household.vault(person.id) is not None:
            lines.append(f"{person.name}'s private space: ok")
        elif info.has_private_space(person.id):
            lines.append(f"{person.name}'s private space: locked, not checked")
    household.close()
    return CheckReport(True, tuple(lines))
