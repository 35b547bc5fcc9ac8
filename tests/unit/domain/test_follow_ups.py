"""Follow-up presets turned into check-in moments: calendar days, a calm evening hour, DST-safe."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.follow_ups import (
    CHECK_IN_TIME,
    PRESET_LABELS,
    FollowUpPreset,
    add_months,
    preset_date,
    schedule_follow_ups,
)

CHICAGO = ZoneInfo("America/Chicago")
CST = timezone(timedelta(hours=-6))


@pytest.mark.parametrize(
    ("preset", "expected_day"),
    [
        (FollowUpPreset.THREE_DAYS, datetime(2026, 11, 25)),
        (FollowUpPreset.ONE_WEEK, datetime(2026, 11, 29)),
        (FollowUpPreset.TWO_WEEKS, datetime(2026, 12, 6)),
        (FollowUpPreset.ONE_MONTH, datetime(2026, 12, 22)),
    ],
)
def test_each_preset_lands_on_its_day_at_seven_in_the_evening(
    preset: FollowUpPreset, expected_day: datetime
) -> None:
    start = datetime(2026, 11, 22, 9, 30, tzinfo=CST)
    due = preset_date(start, preset)
    assert due == expected_day.replace(hour=19, tzinfo=CST)
    assert due.timetz() == CHECK_IN_TIME.replace(tzinfo=CST)
    assert due.tzinfo is start.tzinfo


def test_every_preset_has_a_label() -> None:
    assert set(PRESET_LABELS) == set(FollowUpPreset)
    assert all(label.strip() for label in PRESET_LABELS.values())


def test_the_hour_of_the_start_does_not_matter_only_its_day() -> None:
    early = preset_date(datetime(2026, 5, 1, 0, 5, tzinfo=CST), FollowUpPreset.THREE_DAYS)
    late = preset_date(datetime(2026, 5, 1, 23, 55, tzinfo=CST), FollowUpPreset.THREE_DAYS)
    assert early == late == datetime(2026, 5, 4, 19, 0, tzinfo=CST)


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (datetime(2026, 1, 31), datetime(2026, 2, 28)),
        (datetime(2028, 1, 31), datetime(2028, 2, 29)),  # a leap year
        (datetime(2026, 3, 31), datetime(2026, 4, 30)),
        (datetime(2026, 12, 15), datetime(2027, 1, 15)),  # over the year end
        (datetime(2026, 2, 28), datetime(2026, 3, 28)),
    ],
)
def test_a_month_later_is_the_same_day_or_the_months_last(
    start: datetime, expected: datetime
) -> None:
    due = preset_date(start.replace(hour=9, tzinfo=CST), FollowUpPreset.ONE_MONTH)
    assert due == expected.replace(hour=19, tzinfo=CST)


def test_add_months_keeps_the_time_and_zone_and_handles_several_months() -> None:
    start = datetime(2026, 12, 31, 8, 15, tzinfo=CHICAGO)
    assert add_months(start, 2) == datetime(2027, 2, 28, 8, 15, tzinfo=CHICAGO)
    assert add_months(start, 12) == datetime(2027, 12, 31, 8, 15, tzinfo=CHICAGO)
    assert add_months(start, 0) == start


def test_a_check_in_across_the_spring_dst_change_keeps_its_wall_time() -> None:
    # Clocks in Chicago go forward on 8 March 2026.
    start = datetime(2026, 3, 5, 9, 0, tzinfo=CHICAGO)
    due = preset_date(start, FollowUpPreset.ONE_WEEK)
    assert (due.year, due.month, due.day, due.hour, due.minute) == (2026, 3, 12, 19, 0)
    assert due.utcoffset() != start.utcoffset()
    assert due.utcoffset() == timedelta(hours=-5)
    assert due.astimezone(UTC) == datetime(2026, 3, 13, 0, 0, tzinfo=UTC)


def test_a_check_in_across_the_autumn_dst_change_keeps_its_wall_time() -> None:
    start = datetime(2026, 10, 29, 9, 0, tzinfo=CHICAGO)  # clocks go back on 1 November
    due = preset_date(start, FollowUpPreset.ONE_WEEK)
    assert due.replace(tzinfo=None) == datetime(2026, 11, 5, 19, 0)
    assert due.utcoffset() == timedelta(hours=-6) != start.utcoffset()


def test_the_night_of_the_change_itself() -> None:
    start = datetime(2026, 3, 5, 9, 0, tzinfo=CHICAGO)
    due = preset_date(start, FollowUpPreset.THREE_DAYS)  # 8 March, the day clocks go forward
    assert due.replace(tzinfo=None) == datetime(2026, 3, 8, 19, 0)
    assert due.utcoffset() == timedelta(hours=-5)


def test_schedule_sorts_and_drops_duplicates_using_the_clock() -> None:
    clock = FixedClock(datetime(2026, 3, 5, 9, 0, tzinfo=CHICAGO))
    presets = [
        FollowUpPreset.ONE_MONTH,
        FollowUpPreset.THREE_DAYS,
        FollowUpPreset.ONE_WEEK,
        FollowUpPreset.THREE_DAYS,
    ]
    dues = schedule_follow_ups(presets, clock)
    assert [d.replace(tzinfo=None) for d in dues] == [
        datetime(2026, 3, 8, 19, 0),
        datetime(2026, 3, 12, 19, 0),
        datetime(2026, 4, 5, 19, 0),
    ]
    assert schedule_follow_ups([], clock) == []


def test_schedule_follows_the_clock_when_it_moves() -> None:
    clock = FixedClock(datetime(2026, 1, 31, 12, 0, tzinfo=CST))
    assert schedule_follow_ups([FollowUpPreset.ONE_MONTH], clock) == [
        datetime(2026, 2, 28, 19, 0, tzinfo=CST)
    ]
    clock.advance(timedelta(days=1))
    assert schedule_follow_ups([FollowUpPreset.ONE_MONTH], clock) == [
        datetime(2026, 3, 1, 19, 0, tzinfo=CST)
    ]


def test_check_in_time_is_a_calm_evening_hour() -> None:
    assert time(17, 0) <= CHECK_IN_TIME <= time(21, 0)
