"""The journal's own rules: times of day, tags as typed, how long "recently deleted" keeps an
entry, and which entries a filter keeps. Pure: no Qt, no SQL."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from relate_desktop.domain.models import JournalEntry

RECENTLY_DELETED_DAYS = 30
TIMES_OF_DAY = ("morning", "afternoon", "evening", "night")
MAX_TAGS = 20
MAX_TAG_LENGTH = 40
MAX_TITLE_LENGTH = 200


def time_of_day_at(moment: datetime) -> str:
    """The part of the day a moment falls in, in its own zone."""
    hour = moment.hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    if 17 <= hour < 22:
        return "evening"
    return "night"


def parse_tags(typed: str | Iterable[str]) -> tuple[str, ...]:
    """Tags as a person typed them ("work, sleep #family"): trimmed, without a leading #, each
    once (the first spelling kept), at most MAX_TAGS of at most MAX_TAG_LENGTH characters."""
    pieces = re.split(r"[,;\n]+", typed) if isinstance(typed, str) else list(typed)
    seen: dict[str, str] = {}
    for piece in pieces:
        tag = " ".join(piece.split()).lstrip("#").strip()[:MAX_TAG_LENGTH]
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())[:MAX_TAGS]


def tags_text(tags: Iterable[str]) -> str:
    return ", ".join(tags)


def purge_after(deleted_at: datetime) -> datetime:
    """When an entry deleted at `deleted_at` is removed for good."""
    return deleted_at + timedelta(days=RECENTLY_DELETED_DAYS)


def expired(entry: JournalEntry, now: datetime) -> bool:
    return entry.deleted_at is not None and purge_after(entry.deleted_at) <= now


@dataclass(frozen=True)
class JournalFilter:
    """Which entries the list shows. Empty fields keep everything. `shared` None: private and
    shared; True: shared only; False: private only. `on_day` keeps one calendar day (in the
    entry's own zone)."""

    tag: str = ""
    feeling: str = ""
    shared: bool | None = None
    author_id: str = ""
    on_day: date | None = None

    @property
    def empty(self) -> bool:
        return self == JournalFilter()

    def keeps(self, entry: JournalEntry) -> bool:
        if self.tag and self.tag.casefold() not in {t.casefold() for t in entry.tags}:
            return False
        if self.feeling and (entry.feeling or "").casefold() != self.feeling.casefold():
            return False
        if self.shared is not None and entry.private == self.shared:
            return False
        if self.author_id and entry.author_id != self.author_id:
            return False
        return self.on_day is None or entry.created_at.date() == self.on_day


def on_this_day(entries: Iterable[JournalEntry], today: date) -> list[JournalEntry]:
    """Entries written on today's month and day in earlier years, newest first (29 February
    shows on 28 February in other years)."""
    kept = [e for e in entries if e.deleted_at is None and is_on_this_day(e.created_at, today)]
    return sorted(kept, key=lambda e: (e.created_at, e.id), reverse=True)


def is_on_this_day(day: date, today: date) -> bool:
    """Whether `day` is today's month and day in an earlier year (see on_this_day)."""
    if day.year >= today.year:
        return False
    if (day.month, day.day) == (today.month, today.day):
        return True
    leap_day = (day.month, day.day) == (2, 29)
    return leap_day and (today.month, today.day) == (2, 28) and not _leap(today.year)


def on_this_day_dates(today: date) -> tuple[str, ...]:
    """The month-days ("MM-DD") whose entries can be on this day (a store can ask for only
    those): today's, and 29 February on 28 February of a year without one."""
    days = [f"{today.month:02d}-{today.day:02d}"]
    if (today.month, today.day) == (2, 28) and not _leap(today.year):
        days.append("02-29")
    return tuple(days)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def reminder_due(now: datetime, at: time, reminded_on: date | None, wrote_today: bool) -> bool:
    """The daily reminder to write: once a day, from its time on, unless something was
    written that day already."""
    today = now.date()
    return now.time() >= at and reminded_on != today and not wrote_today
