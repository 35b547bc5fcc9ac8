"""Check-ins through the services: what is due, reminders, snoozing, the check-in itself with
each person's word, adjusting (versions kept), retiring, repeating series and letting go."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.follow_ups import DueState, Repeat
from relate_desktop.domain.models import (
    AgreementStatus,
    CheckInAnswer,
    CheckInDecision,
    Commitment,
    FollowUpStatus,
    Held,
)
from relate_desktop.services import browse, check_ins
from relate_desktop.services.household import Household
from tests.agreements import make_agreement

CHICAGO = ZoneInfo("America/Chicago")


def agreement(household: Household, agreement_id: str):  # type: ignore[no-untyped-def]
    return browse.agreement_document(household, agreement_id).agreement


def answers(household: Household, held: Held = Held.HELD) -> list[CheckInAnswer]:
    first, second = household.people
    return [
        CheckInAnswer(first.id, held, "We ate slowly.", "You put the phone away without a word."),
        CheckInAnswer(second.id, Held.HELD, "", "You asked so kindly."),
    ]


def test_home_lists_due_check_ins_first_and_reminders_come_when_due(
    couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    first, second = agreement(couple, agreement_id).follow_ups
    assert check_ins.home_check_ins(couple) == []  # three days away: not yet on Home
    clock.set(first.due_at - timedelta(days=1))
    (soon,) = check_ins.home_check_ins(couple)
    assert soon.state is DueState.UPCOMING
    assert check_ins.reminders_due(couple) == []
    clock.set(first.due_at + timedelta(minutes=5))
    (due,) = check_ins.reminders_due(couple)
    assert (due.follow_up_id, due.state) == (first.id, DueState.DUE)
    clock.set(second.due_at + timedelta(days=4))
    listed = check_ins.home_check_ins(couple)
    # Missed ones (a week late) no longer raise reminders; the overdue one still does.
    assert [d.follow_up_id for d in check_ins.reminders_due(couple)] == [second.id]
    # The first is more than a week late by now (missed), so it comes first.
    assert [(d.follow_up_id, d.state) for d in listed] == [
        (first.id, DueState.MISSED),
        (second.id, DueState.OVERDUE),
    ]


def test_snoozing_quiets_a_reminder_until_its_time(couple: Household, clock: FixedClock) -> None:
    agreement_id = make_agreement(couple)
    first = agreement(couple, agreement_id).follow_ups[0]
    clock.set(first.due_at + timedelta(minutes=1))
    check_ins.snooze(couple, first.id, clock.now() + timedelta(hours=1))
    assert check_ins.reminders_due(couple) == []
    assert [d.follow_up_id for d in check_ins.home_check_ins(couple)] == [first.id]
    clock.advance(timedelta(hours=1))
    assert [d.follow_up_id for d in check_ins.reminders_due(couple)] == [first.id]
    with pytest.raises(InvalidInput):
        check_ins.snooze(couple, first.id, clock.now() - timedelta(minutes=1))


def test_a_check_in_keeps_each_persons_word_and_appreciations(
    couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    first = agreement(couple, agreement_id).follow_ups[0]
    clock.set(first.due_at + timedelta(minutes=10))
    check_ins.record_check_in(couple, first.id, answers(couple, Held.PARTLY), CheckInDecision.KEEP)
    done = agreement(couple, agreement_id).follow_ups[0]
    assert done.status is FollowUpStatus.DONE
    assert done.outcome == "partly"  # the least settled word
    assert done.decision is CheckInDecision.KEEP
    assert [a.appreciation for a in done.answers] == [
        "You put the phone away without a word.",
        "You asked so kindly.",
    ]
    document = browse.agreement_document(couple, agreement_id)
    (record,) = document.check_ins
    assert [a.text for a in record.appreciations] == [a.appreciation for a in done.answers]
    with pytest.raises(InvalidInput, match="already"):
        check_ins.record_check_in(couple, first.id, answers(couple), CheckInDecision.KEEP)


def test_each_person_must_answer(couple: Household, clock: FixedClock) -> None:
    agreement_id = make_agreement(couple)
    first = agreement(couple, agreement_id).follow_ups[0]
    before = agreement(couple, agreement_id)
    with pytest.raises(InvalidInput, match="Each of you"):
        check_ins.record_check_in(couple, first.id, answers(couple)[:1], CheckInDecision.KEEP)
    twice = [answers(couple)[0], answers(couple)[0]]
    with pytest.raises(InvalidInput):
        check_ins.record_check_in(couple, first.id, twice, CheckInDecision.KEEP)
    assert agreement(couple, agreement_id) == before


def test_adjusting_makes_a_new_version_and_keeps_the_old(
    couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    original = agreement(couple, agreement_id)
    clock.set(original.follow_ups[0].due_at)
    first, _second = couple.people
    change = check_ins.AgreementChange(
        "Phones in the hall, weekends too",
        (Commitment(first.id, "Leave my phone in the hall", "every meal, weekends too"),),
    )
    next_id = check_ins.record_check_in(
        couple,
        original.follow_ups[0].id,
        answers(couple),
        CheckInDecision.ADJUST,
        change,
        next_at=clock.now() + timedelta(days=10),
    )
    adjusted = agreement(couple, agreement_id)
    assert (adjusted.title, adjusted.version) == ("Phones in the hall, weekends too", 2)
    (earlier,) = adjusted.history
    assert (earlier.version, earlier.title, earlier.commitments) == (
        1,
        original.title,
        original.commitments,
    )
    assert next_id in {f.id for f in adjusted.follow_ups}
    with pytest.raises(InvalidInput):
        check_ins.record_check_in(
            couple,
            adjusted.follow_ups[1].id,
            answers(couple),
            CheckInDecision.ADJUST,
            check_ins.AgreementChange("", ()),
        )


def test_retiring_ends_the_agreement_and_its_planned_check_ins(
    couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    first = agreement(couple, agreement_id).follow_ups[0]
    clock.set(first.due_at)
    check_ins.record_check_in(couple, first.id, answers(couple), CheckInDecision.RETIRE)
    retired = agreement(couple, agreement_id)
    assert retired.status is AgreementStatus.RETIRED
    # The planned one is kept as skipped, so a calendar can be told it is cancelled.
    assert [f.status for f in retired.follow_ups] == [FollowUpStatus.DONE, FollowUpStatus.SKIPPED]
    assert check_ins.pending_check_ins(couple) == []


def test_a_weekly_series_plans_its_next_moment_when_done_or_let_go(
    couple: Household, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 2, 26, 9, 0, tzinfo=CHICAGO))
    agreement_id = make_agreement(couple)
    start = datetime(2026, 3, 2, 19, 0, tzinfo=CHICAGO)
    series = check_ins.add_check_in(couple, agreement_id, start, Repeat.WEEKLY)
    clock.set(start + timedelta(hours=1))
    following = check_ins.record_check_in(couple, series, answers(couple), CheckInDecision.KEEP)
    planned = {f.id: f for f in agreement(couple, agreement_id).follow_ups}
    nxt = planned[following or ""]
    # Across the spring DST change, still 19:00 on the wall, a week later.
    assert nxt.due_at == datetime(2026, 3, 9, 19, 0, tzinfo=CHICAGO)
    assert nxt.repeat is Repeat.WEEKLY
    # Missed for weeks, then let go: the series moves on past today, not into the past.
    clock.set(datetime(2026, 4, 1, 12, 0, tzinfo=CHICAGO))
    after = check_ins.let_go(couple, nxt.id)
    later = {f.id: f for f in agreement(couple, agreement_id).follow_ups}[after or ""]
    assert later.due_at == datetime(2026, 4, 6, 19, 0, tzinfo=CHICAGO)
    assert {f.id: f for f in agreement(couple, agreement_id).follow_ups}[nxt.id].status is (
        FollowUpStatus.SKIPPED
    )


def test_adding_and_removing_check_ins(couple: Household, clock: FixedClock) -> None:
    agreement_id = make_agreement(couple)
    when = clock.now() + timedelta(days=20)
    added = check_ins.add_check_in(couple, agreement_id, when)
    assert added in {d.follow_up_id for d in check_ins.pending_check_ins(couple)}
    with pytest.raises(InvalidInput, match="already"):
        check_ins.add_check_in(couple, agreement_id, when)
    with pytest.raises(InvalidInput, match="passed"):
        check_ins.add_check_in(couple, agreement_id, clock.now() - timedelta(days=1))
    check_ins.remove_check_in(couple, added)
    assert added not in {d.follow_up_id for d in check_ins.pending_check_ins(couple)}
    removed = next(f for f in agreement(couple, agreement_id).follow_ups if f.id == added)
    assert removed.status is FollowUpStatus.SKIPPED  # kept, so a calendar can cancel it


def test_checking_in_early_never_overwrites_the_check_in_just_done(
    couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    early = agreement(couple, agreement_id).follow_ups[1]  # "in a week", done today
    with pytest.raises(InvalidInput, match="already a check-in"):
        check_ins.record_check_in(
            couple, early.id, answers(couple), CheckInDecision.KEEP, next_at=early.due_at
        )
    assert agreement(couple, agreement_id).follow_ups[1] == early  # nothing half-written
    check_ins.record_check_in(couple, early.id, answers(couple), CheckInDecision.KEEP)
    done = next(f for f in agreement(couple, agreement_id).follow_ups if f.id == early.id)
    assert done.status is FollowUpStatus.DONE and len(done.answers) == 2


def test_a_series_meeting_a_planned_check_in_carries_on_through_it(
    couple: Household, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 2, 26, 9, 0, tzinfo=CHICAGO))
    agreement_id = make_agreement(couple)
    start = datetime(2026, 3, 2, 19, 0, tzinfo=CHICAGO)
    series = check_ins.add_check_in(couple, agreement_id, start, Repeat.WEEKLY)
    one_off = check_ins.add_check_in(couple, agreement_id, start + timedelta(weeks=1))
    clock.set(start)
    following = check_ins.record_check_in(couple, series, answers(couple), CheckInDecision.KEEP)
    assert following == one_off  # the planned one joins the series
    joined = next(f for f in agreement(couple, agreement_id).follow_ups if f.id == one_off)
    assert (joined.repeat, joined.anchor) == (Repeat.WEEKLY, start)
    # Done too, it moves on a week later: the series never ends by accident.
    clock.set(joined.due_at)
    after = check_ins.record_check_in(couple, one_off, answers(couple), CheckInDecision.KEEP)
    third = next(f for f in agreement(couple, agreement_id).follow_ups if f.id == after)
    assert third.due_at == datetime(2026, 3, 16, 19, 0, tzinfo=CHICAGO)


def test_the_zone_survives_the_store(couple: Household, clock: FixedClock) -> None:
    clock.set(datetime(2026, 2, 26, 9, 0, tzinfo=CHICAGO))
    agreement_id = make_agreement(couple)
    due = agreement(couple, agreement_id).follow_ups[0].due_at
    assert due.tzinfo == CHICAGO  # a named zone, not just an offset
