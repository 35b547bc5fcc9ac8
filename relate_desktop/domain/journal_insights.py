"""What a person's own journal shows over time: on how many days they wrote, their streaks,
their feelings month by month, the tags they use most. Pure: counted from their entries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from relate_desktop.domain.insights import DateRange
from relate_desktop.domain.models import JournalEntry

TOP_TAGS = 10


@dataclass(frozen=True)
class JournalInsights:
    entries: int
    writing_days: int
    longest_streak: int  # days in a row with at least one entry
    current_streak: int  # ending today (or yesterday: today is not over yet)
    feelings_by_month: tuple[tuple[str, str, int], ...]  # ("2026-11", feeling, entries)
    top_tags: tuple[tuple[str, int], ...]  # most used first, at most TOP_TAGS


def streaks(days: list[date], today: date) -> tuple[int, int]:
    """The longest run of days in a row and the current one (ending today or yesterday), over
    sorted distinct writing days."""
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    if days and today - days[-1] <= timedelta(days=1):
        current = run
    return longest, current


def compute(entries: Iterable[JournalEntry], window: DateRange, today: date) -> JournalInsights:
    """Counted over the entries written in `window` (each on its own calendar day)."""
    kept = [e for e in entries if e.deleted_at is None and window.holds(e.created_at)]
    days = sorted({e.created_at.date() for e in kept})
    longest, current = streaks(days, today)
    feelings: Counter[tuple[str, str]] = Counter(
        (f"{e.created_at:%Y-%m}", e.feeling) for e in kept if e.feeling
    )
    spelled: dict[str, str] = {}
    tags: Counter[str] = Counter()
    for entry in kept:
        for tag in entry.tags:
            key = tag.casefold()
            spelled.setdefault(key, tag)
            tags[key] += 1
    top = sorted(tags.items(), key=lambda item: (-item[1], item[0]))[:TOP_TAGS]
    return JournalInsights(
        entries=len(kept),
        writing_days=len(days),
        longest_streak=longest,
        current_streak=current,
        feelings_by_month=tuple(
            (month, feeling, n) for (month, feeling), n in sorted(feelings.items())
        ),
        top_tags=tuple((spelled[key], n) for key, n in top),
    )
