"""When to check in on an agreement: presets turned into dates, with the clock passed in."""

from __future__ import annotations

import calendar
from datetime import datetime, time, timedelta
from enum import StrEnum

from relate_desktop.domain.clock import Clock

CHECK_IN_TIME = time(19, 0)


class FollowUpPreset(StrEnum):
    THREE_DAYS = "3d"
    ONE_WEEK = "1w"
    TWO_WEEKS = "2w"
    ONE_MONTH = "1m"


PRESET_LABELS = {
    FollowUpPreset.THREE_DAYS: "In 3 days",
    FollowUpPreset.ONE_WEEK: "In a week",
    FollowUpPreset.TWO_WEEKS: "In two weeks",
    FollowUpPreset.ONE_MONTH: "In a month",
}


def preset_label(preset: FollowUpPreset, language: str | None = None) -> str:
    """How a preset is named in the interface ('In a week'), in the current language."""
    from relate_desktop.domain.guide import text

    return text(f"steps.follow_up.presets.{preset.value}", language)


def add_months(moment: datetime, months: int) -> datetime:
    """Same day next month, or the month's last day when it is shorter (31 Jan -> 28/29 Feb)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


def preset_date(start: datetime, preset: FollowUpPreset) -> datetime:
    """The check-in moment for a preset: that calendar day, at a calm evening hour, local time."""
    if preset is FollowUpPreset.ONE_MONTH:
        day = add_months(start, 1)
    else:
        days = {
            FollowUpPreset.THREE_DAYS: 3,
            FollowUpPreset.ONE_WEEK: 7,
            FollowUpPreset.TWO_WEEKS: 14,
        }
        day = start + timedelta(days=days[preset])
    # Build the wall-clock time in the start's zone so a DST change keeps 19:00 as 19:00.
    return datetime.combine(day.date(), CHECK_IN_TIME, tzinfo=start.tzinfo)


def schedule_follow_ups(presets: list[FollowUpPreset], clock: Clock) -> list[datetime]:
    """Check-in dates for the chosen presets, earliest first, without duplicates."""
    start = clock.now()
    return sorted({preset_date(start, p) for p in presets})
