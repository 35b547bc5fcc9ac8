"""How long the safety work takes on a large household: opening (read-only probe with
quick_check), a backup, and a restore. Run on demand: -m benchmark -s."""

from __future__ import annotations

import time
import uuid
from datetime import timedelta

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services import maintenance
from relate_desktop.services.household import Household, open_household
from relate_desktop.store import repositories

pytestmark = pytest.mark.benchmark

ENTRIES = 20_000
WORDS = "a quiet evening and what I want to say about it " * 12  # ~600 characters


def test_open_backup_and_restore_a_large_space(couple: Household, clock: FixedClock) -> None:
    author = couple.people[0].id
    with couple.shared.session() as session:
        for n in range(ENTRIES):
            repositories.save_journal_entry(
                session,
                JournalEntry(
                    str(uuid.uuid4()),
                    author,
                    clock.now() - timedelta(minutes=n),
                    WORDS,
                    None,
                    False,
                ),
            )
    size = couple.paths.shared_db.stat().st_size
    couple.close()

    started = time.perf_counter()
    household = open_household(couple.paths, clock=clock)
    opened = time.perf_counter() - started
    started = time.perf_counter()
    [made] = maintenance.back_up(household)
    backed_up = time.perf_counter() - started
    clock.advance(timedelta(minutes=1))
    started = time.perf_counter()
    maintenance.restore(household, made.name)
    restored = time.perf_counter() - started
    household.close()

    print(
        f"\n{ENTRIES} entries, {size / 1e6:.1f} MB: open {opened * 1000:.0f} ms, "
        f"backup {backed_up * 1000:.0f} ms, restore (with its own backup first) "
        f"{restored * 1000:.0f} ms"
    )
    assert backed_up < 5 and opened < 5 and restored < 10
