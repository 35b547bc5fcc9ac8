"""Journal insights: the unlocked person's own writing days, streaks, feelings and tags."""

from __future__ import annotations

from datetime import timedelta

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.insights import DateRange
from relate_desktop.services import journal, privacy
from relate_desktop.services.household import Household
from relate_desktop.services.journal_insights import journal_insights
from tests.conftest import PASSPHRASES


def test_writing_days_streaks_feelings_and_tags_are_the_unlocked_persons_own(
    protected: Household, clock: FixedClock
) -> None:
    maria, lloyd = (p.id for p in protected.people)
    now = clock.now()
    privacy.unlock_private(protected, lloyd, PASSPHRASES[1])
    journal.write_entry(protected, lloyd, "His", tags="work", feeling="angry")
    privacy.unlock_private(protected, maria, PASSPHRASES[0])
    for days_ago, tags, feeling in [
        (0, "sea", "hopeful"),
        (0, "sea, work", None),
        (1, "sea", "tired"),
        (2, "", "hopeful"),
        (5, "home", "hopeful"),
        (6, "", None),
    ]:
        clock.set(now - timedelta(days=days_ago))
        journal.write_entry(
            protected, maria, "x", tags=tags, feeling=feeling, private=days_ago != 2
        )
    clock.set(now)
    gone = journal.write_entry(protected, maria, "deleted", tags="gone")
    journal.delete_entry(protected, gone.id, maria)

    found = journal_insights(protected)
    assert found is not None
    assert (found.entries, found.writing_days) == (6, 5)
    assert (found.longest_streak, found.current_streak) == (3, 3)
    assert found.top_tags == (("sea", 3), ("home", 1), ("work", 1))
    assert found.feelings_by_month == (("2026-11", "hopeful", 3), ("2026-11", "tired", 1))
    week = DateRange(now.date() - timedelta(days=1), now.date())
    narrow = journal_insights(protected, week)
    assert narrow is not None and narrow.writing_days == 2

    privacy.lock_private(protected)
    assert journal_insights(protected) is None
