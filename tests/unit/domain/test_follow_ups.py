"""Follow-up presets turned into check-in moments: calendar days, a calm evening hour, DST-safe."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from relate_desktop.domain.clock import FixedClock, SystemClock, local_zone, zone_name
from relate_desktop.domain.follow_ups import (
    CHECK_IN_TIME,
    DueState,
    FollowUpPreset,
    Repeat,
    add_months,
    at_wall_time,
    custom_date,
    due_state,
    elapsed,
    next_occurrence,
    occurrence,
    preset_date,
    preset_label,
    repeat_label,
    snooze_choices,
)
from relate_desktop.domain.repair_flow import RepairState, planned_check_ins

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
    assert all(preset_label(p).strip() for p in FollowUpPreset)
    assert all(repeat_label(r).strip() for r in Repeat)


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


def schedule(presets: list[FollowUpPreset], clock: FixedClock) -> list[datetime]:
    """The moments a repair with these presets plans (as finishing it would store them)."""
    state = RepairState(id="r", people=["a"], started_by="a", started_at=clock.now().isoformat())
    state.follow_up_presets = [p.value for p in presets]
    return [moment for moment, _repeat in planned_check_ins(state, clock.now())]


def test_schedule_sorts_and_drops_duplicates_using_the_clock() -> None:
    clock = FixedClock(datetime(2026, 3, 5, 9, 0, tzinfo=CHICAGO))
    presets = [
        FollowUpPreset.ONE_MONTH,
        FollowUpPreset.THREE_DAYS,
        FollowUpPreset.ONE_WEEK,
        FollowUpPreset.THREE_DAYS,
    ]
    dues = schedule(presets, clock)
    assert [d.replace(tzinfo=None) for d in dues] == [
        datetime(2026, 3, 8, 19, 0),
        datetime(2026, 3, 12, 19, 0),
        datetime(2026, 4, 5, 19, 0),
    ]
    assert schedule([], clock) == []


def test_schedule_follows_the_clock_when_it_moves() -> None:
    clock = FixedClock(datetime(2026, 1, 31, 12, 0, tzinfo=CST))
    assert schedule([FollowUpPreset.ONE_MONTH], clock) == [datetime(2026, 2, 28, 19, 0, tzinfo=CST)]
    clock.advance(timedelta(days=1))
    assert schedule([FollowUpPreset.ONE_MONTH], clock) == [datetime(2026, 3, 1, 19, 0, tzinfo=CST)]


def test_check_in_time_is_a_calm_evening_hour() -> None:
    assert time(17, 0) <= CHECK_IN_TIME <= time(21, 0)


# Repeating check-ins, custom dates, where a check-in stands, snoozing -----------------------

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_weekly_series_keeps_seven_in_the_evening_across_both_dst_changes() -> None:
    anchor = datetime(2026, 3, 1, 19, 0, tzinfo=CHICAGO)  # a week before clocks go forward
    moments = [occurrence(anchor, Repeat.WEEKLY, n) for n in range(40)]
    assert all(m.hour == 19 and m.minute == 0 for m in moments)
    assert moments[1].replace(tzinfo=None) == datetime(2026, 3, 8, 19, 0)
    assert moments[0].utcoffset() == timedelta(hours=-6)
    assert moments[1].utcoffset() == timedelta(hours=-5)
    # 1 November: clocks go back; the series is still at 19:00 wall time.
    autumn = next(m for m in moments if m.date() == date(2026, 11, 1))
    assert autumn.utcoffset() == timedelta(hours=-6)
    # Real elapsed time between the two checks around the change is 7 days and an hour.
    before = moments[moments.index(autumn) - 1]
    assert autumn.astimezone(UTC) - before.astimezone(UTC) == timedelta(days=7, hours=1)


def test_a_monthly_series_from_the_31st_keeps_its_day_without_drifting() -> None:
    anchor = datetime(2026, 1, 31, 19, 0, tzinfo=BERLIN)
    days = [occurrence(anchor, Repeat.MONTHLY, n).date() for n in range(5)]
    assert days == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),  # back to the 31st, not stuck on the 28th
        date(2026, 4, 30),
        date(2026, 5, 31),
    ]
    leap = datetime(2028, 1, 31, 19, 0, tzinfo=BERLIN)
    assert occurrence(leap, Repeat.MONTHLY, 1).date() == date(2028, 2, 29)


def test_the_next_occurrence_is_strictly_after_the_given_moment() -> None:
    anchor = datetime(2026, 3, 1, 19, 0, tzinfo=CHICAGO)
    assert next_occurrence(anchor, Repeat.WEEKLY, anchor) == occurrence(anchor, Repeat.WEEKLY, 1)
    just_before = anchor - timedelta(minutes=1)
    assert next_occurrence(anchor, Repeat.WEEKLY, just_before) == anchor
    # Done three days late: the next one is the following week's, not the one already past.
    late = datetime(2026, 3, 11, 10, 0, tzinfo=CHICAGO)
    assert next_occurrence(anchor, Repeat.WEEKLY, late) == datetime(
        2026, 3, 15, 19, 0, tzinfo=CHICAGO
    )
    # After a long gap it jumps ahead in one go.
    years_later = datetime(2029, 6, 1, 12, 0, tzinfo=CHICAGO)
    monthly = next_occurrence(anchor, Repeat.MONTHLY, years_later)
    assert monthly is not None
    assert monthly.replace(tzinfo=None) == datetime(2029, 6, 1, 19, 0)
    assert next_occurrence(anchor, Repeat.NONE, late) is None


def test_a_time_in_the_spring_forward_gap_moves_to_a_real_moment() -> None:
    moment = at_wall_time(date(2026, 3, 8), time(2, 30), CHICAGO)  # 02:30 does not exist
    assert moment.replace(tzinfo=None) == datetime(2026, 3, 8, 3, 30)
    assert moment.utcoffset() == timedelta(hours=-5)


def test_custom_dates_must_lie_ahead_and_use_the_clocks_zone() -> None:
    clock = FixedClock(datetime(2026, 11, 22, 12, 0, tzinfo=BERLIN))
    chosen = custom_date(date(2026, 11, 24), time(20, 15), clock)
    assert chosen == datetime(2026, 11, 24, 20, 15, tzinfo=BERLIN)
    with pytest.raises(ValueError, match="passed"):
        custom_date(date(2026, 11, 22), time(11, 0), clock)


@pytest.mark.parametrize(
    ("late", "state"),
    [
        (-timedelta(seconds=1), DueState.UPCOMING),
        (timedelta(0), DueState.DUE),
        (timedelta(hours=23, minutes=59), DueState.DUE),
        (timedelta(days=1), DueState.OVERDUE),
        (timedelta(days=6, hours=23), DueState.OVERDUE),
        (timedelta(days=7), DueState.MISSED),
        (timedelta(days=400), DueState.MISSED),
    ],
)
def test_where_a_check_in_stands(late: timedelta, state: DueState) -> None:
    due = datetime(2026, 3, 7, 19, 0, tzinfo=CHICAGO)
    assert due_state(due, elapsed(due, late)) is state


def test_overdue_counts_real_hours_across_a_dst_change() -> None:
    due = datetime(2026, 3, 7, 19, 0, tzinfo=CHICAGO)  # the evening before clocks go forward
    # 19:00 the next day on the wall is only 23 real hours later: still due, not overdue.
    next_evening = datetime(2026, 3, 8, 19, 0, tzinfo=CHICAGO)
    assert due_state(due, next_evening - timedelta(minutes=1)) is DueState.DUE
    assert due_state(due, elapsed(due, timedelta(hours=24))) is DueState.OVERDUE


def test_snooze_choices_are_ahead_and_in_order() -> None:
    morning = datetime(2026, 11, 22, 9, 0, tzinfo=BERLIN)
    labels = [label for label, _ in snooze_choices(morning)]
    assert labels == ["in_an_hour", "this_evening", "tomorrow_evening"]
    late = datetime(2026, 11, 22, 18, 30, tzinfo=BERLIN)
    choices = snooze_choices(late)
    assert [label for label, _ in choices] == ["in_an_hour", "tomorrow_evening"]
    moments = [m for _, m in choices]
    assert moments == sorted(moments) and all(m > late for m in moments)


def test_the_fixed_clock_advances_by_real_time_across_dst() -> None:
    clock = FixedClock(datetime(2026, 3, 8, 1, 30, tzinfo=CHICAGO))
    clock.advance(timedelta(hours=1))
    assert clock.now().replace(tzinfo=None) == datetime(2026, 3, 8, 3, 30)


def test_the_system_clock_uses_a_named_zone_from_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Chicago")
    assert zone_name(local_zone()) == "America/Chicago"
    assert zone_name(SystemClock().now().tzinfo) == "America/Chicago"
    # The GUI's hint (Qt's name for the system zone) comes first.
    assert zone_name(local_zone("Europe/Berlin")) == "Europe/Berlin"
    # A POSIX rule string or an unknown name is no IANA name: the next candidate is used.
    monkeypatch.setenv("TZ", "CST6CDT,M3.2.0,M11.1.0")
    assert zone_name(local_zone("Europe/Berlin")) == "Europe/Berlin"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert zone_name(local_zone("America/Chicago")) == "America/Chicago"
