"""Computers that sync one household: set up on the first, joined on the others (tests)."""

from __future__ import annotations

import json
from pathlib import Path

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import sync
from relate_desktop.services.household import Household, open_household, set_up
from relate_desktop.services.portability import export_data
from tests.conftest import FAST_KDF, PASSPHRASES

NAMES = ("Maria", "Lloyd")
OPENED: list[Household] = []  # closed by close_all() after each test


def close_all() -> None:
    while OPENED:
        OPENED.pop().close()


def first_computer(
    root: Path, folder: Path, clock: FixedClock, name: str = "Maria's laptop"
) -> Household:
    """A protected couple set up in root/<name>, Maria unlocked, syncing through `folder`."""
    household = set_up(
        DataPaths(root / "first"), list(NAMES), list(PASSPHRASES), clock, kdf=FAST_KDF
    )
    sync.start_sync(household, folder, name)
    OPENED.append(household)
    return household


def joined_computer(
    root: Path, folder: Path, clock: FixedClock, label: str, who: int = 1
) -> Household:
    """A new data folder root/<label> joined through `folder` by NAMES[who]."""
    household, _summary = sync.join(
        DataPaths(root / label), folder, NAMES[who], PASSPHRASES[who], clock, label
    )
    OPENED.append(household)
    return household


def unlock(household: Household, who: int) -> Household:
    """The same data folder opened again with NAMES[who] unlocked."""
    paths, clock = household.paths, household.clock
    person = next(p.id for p in household.people if p.name == NAMES[who])
    household.close()
    opened = open_household(paths, person, PASSPHRASES[who], clock)
    OPENED.append(opened)
    return opened


def exported(household: Household) -> str:
    """What `export-json` writes: the shared space and the open private space."""
    return json.dumps(export_data(household), indent=2, ensure_ascii=False) + "\n"
