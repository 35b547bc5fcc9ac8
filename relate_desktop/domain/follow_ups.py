"""When to check in on an agreement: presets, custom dates and repeats turned into moments, and
whether a check-in is upcoming, due, overdue or missed. The clock is always passed in.

Check-in moments are wall-clock times in a named zone (19:00 stays 19:00 across a DST change);
arithmetic on days happens on dates, never by adding 24-hour steps to an aware datetime.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from relate_desktop.domain.clock import Clock
from relate_desktop.domain.guide import table, text

CHECK_IN_TIME = time(19, 0)

# A check-in is "due" for a day after its time, "overdue" for the next six days, then "missed".
DUE_FOR = timedelta(days=1)
MISSED_AFTER = timedelta(days=7)


class FollowUpPreset(StrEnum):
    THREE_DAYS = "3d"
    ONE_WEEK = "1w"
    TWO_WEEKS = "2w"
    ONE_MONTH = "1m"


def preset_label(preset: FollowUpPreset, language: str | None = None) -> str:
    """How a preset is named in the interface ('In a week'), in the current language."""
    return text(f"steps.follow_up.presets.{preset.value}", language)


class Repeat(StrEnum):
    """How a check-in comes back once it is done, until the agreement is retired."""

    NONE = "none"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


def repeat_label(repeat: Repeat, language: str | None = None) -> str:
    """How a repeat is named in the interface ('Every week'), in the current language."""
    return text(f"steps.follow_up.repeats.{repeat.value}", language)


class DueState(StrEnum):
    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    MISSED = "missed"


def add_months(moment: datetime, months: int) -> datetime:
    """Same day next month, or the month's last day when it is shorter (31 Jan -> 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def at_wall_time(day: date, at: time, zone: tzinfo | None) -> datetime:
    """`day` at the wall-clock time `at` in `zone`. A time that does not exist that day (the
    hour skipped when clocks go forward) moves on to the first real moment after it."""
    if zone is None:
        raise ValueError("a check-in needs a time zone")
    moment = datetime.combine(day, at.replace(tzinfo=None), tzinfo=zone)
    # Round-tripping through UTC normalises a time inside the spring-forward gap.
    return moment.astimezone(UTC).astimezone(zone)


def preset_date(start: datetime, preset: FollowUpPreset) -> datetime:
    """The check-in moment for a preset: that calendar day, at a calm evening hour, local time."""
    if preset is FollowUpPreset.ONE_MONTH:
        day = add_months(start, 1).date()
    else:
        days = {
            FollowUpPreset.THREE_DAYS: 3,
            FollowUpPreset.ONE_WEEK: 7,
            FollowUpPreset.TWO_WEEKS: 14,
        }
        day = start.date() + timedelta(days=days[preset])
    return at_wall_time(day, CHECK_IN_TIME, start.tzinfo)


def custom_date(day: date, at: time, clock: Clock) -> datetime:
    """A check-in on a chosen day and time, in the clock's zone; it must be in the future."""
    moment = at_wall_time(day, at, clock.now().tzinfo)
    if moment <= clock.now():
        raise ValueError("A check-in needs a date and time that haven't passed yet.")
    return moment


def occurrence(anchor: datetime, repeat: Repeat, index: int) -> datetime:
    """The `index`-th moment of a repeating series that started at `anchor` (index 0 is the
    anchor). Monthly series keep the anchor's day, or the month's last day when it is shorter,
    without drifting (31 Jan, 28 Feb, 31 Mar)."""
    if repeat is Repeat.NONE:
        raise ValueError("a one-off check-in has no later occurrences")
    if repeat is Repeat.WEEKLY:
        day = anchor.date() + timedelta(weeks=index)
    else:
        day = add_months(anchor.replace(tzinfo=None), index).date()
    return at_wall_time(day, anchor.timetz(), anchor.tzinfo)


def next_occurrence(anchor: datetime, repeat: Repeat, after: datetime) -> datetime | None:
    """The first moment of the series strictly after `after` (None for a one-off)."""
    if repeat is Repeat.NONE:
        return None
    # Jump close first: weeks or months between the anchor and `after`, then step.
    elapsed_days = max(0, (after.astimezone(UTC) - anchor.astimezone(UTC)).days)
    index = elapsed_days // 7 if repeat is Repeat.WEEKLY else max(0, elapsed_days // 31)
    index = max(0, index - 1)
    while (moment := occurrence(anchor, repeat, index)) <= after:
        index += 1
    return moment


def elapsed(moment: datetime, delta: timedelta) -> datetime:
    """`moment` plus real elapsed time (an hour across a DST change is still an hour)."""
    return (moment.astimezone(UTC) + delta).astimezone(moment.tzinfo)


def due_state(due_at: datetime, now: datetime) -> DueState:
    """Where a pending check-in stands at `now`."""
    late = now.astimezone(UTC) - due_at.astimezone(UTC)
    if late < timedelta(0):
        return DueState.UPCOMING
    if late < DUE_FOR:
        return DueState.DUE
    if late < MISSED_AFTER:
        return DueState.OVERDUE
    return DueState.MISSED


def snooze_choices(now: datetime) -> list[tuple[str, datetime]]:
    """Later moments to be reminded again, as (key, moment): in an hour, this evening (if it
    is still ahead), tomorrow evening. The keys name texts under `reminder.snooze`."""
    in_an_hour = elapsed(now, timedelta(hours=1))
    choices = [("in_an_hour", in_an_hour)]
    evening = at_wall_time(now.date(), CHECK_IN_TIME, now.tzinfo)
    if evening > in_an_hour:
        choices.append(("this_evening", evening))
    tomorrow = at_wall_time(now.date() + timedelta(days=1), CHECK_IN_TIME, now.tzinfo)
    choices.append(("tomorrow_evening", tomorrow))
    return choices


def outcome_words(outcome: str | None) -> str:
    """How a check-in went, in words: a known outcome ("keep", "held"...) in the reader's
    language, any other as it was written ("" for none)."""
    if not outcome or not outcome.strip():
        return ""
    return table("pdf.outcomes").get(outcome.strip().lower(), outcome.strip())
