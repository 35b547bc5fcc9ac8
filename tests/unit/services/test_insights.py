"""Insights on a known household: every number worked out by hand from tests/insights_data."""

from __future__ import annotations

from datetime import date

from relate_desktop.domain.insights import DateRange
from relate_desktop.domain.vocabulary import LosingStrategy as L
from relate_desktop.domain.vocabulary import Reaction as R
from relate_desktop.domain.vocabulary import Stance as S
from relate_desktop.services import privacy
from relate_desktop.services.household import Household
from relate_desktop.services.insights import insights
from tests.insights_data import add_private_reflection, fill

YEAR_2026 = DateRange(date(2026, 1, 1), date(2026, 12, 31))


def test_conflicts_per_month_by_topic_and_the_loops(couple: Household) -> None:
    fill(couple)
    found = insights(couple, YEAR_2026)
    assert found.months == ("2026-01", "2026-02", "2026-03", "2026-04")
    # "money" and "  Money " are one topic; most frequent first, then by name.
    assert found.topics == ("chores", "Money", "in-laws")
    assert found.per_month == {
        ("2026-01", "Money"): 1,
        ("2026-01", "chores"): 1,
        ("2026-03", "Money"): 1,
        ("2026-03", "in-laws"): 1,
        ("2026-04", "chores"): 1,
    }
    assert found.conflicts == 5
    loops = [(loop.kind, loop.label, loop.count, loop.last.date()) for loop in found.loops]
    # Most often first, then the most recent; in-laws came once, so it is no loop.
    assert loops == [
        ("topic", "chores", 2, date(2026, 4, 1)),
        ("situation", "Lloyd: One-down, Flight · Maria: One-up, Fight", 2, date(2026, 3, 2)),
        ("topic", "Money", 2, date(2026, 3, 2)),
    ]
    everything = insights(couple)
    assert everything.conflicts == 6
    assert [(loop.label, loop.count) for loop in everything.loops][:2] == [
        ("Lloyd: One-down, Flight · Maria: One-up, Fight", 3),
        ("Money", 3),
    ]


def test_each_persons_own_patterns_and_the_check_ins(couple: Household) -> None:
    fill(couple)
    maria, lloyd = couple.people
    found = insights(couple, YEAR_2026)
    mine = found.person(maria.id)
    assert mine is not None and mine.conflicts == 3 and not mine.includes_private
    assert dict(mine.stances) == {S.ONE_UP: 3, S.ONE_DOWN: 0, S.SAME_AS: 0}
    assert mine.strategies == ((L.BEING_RIGHT, 3), (L.CONTROLLING, 1))
    assert mine.reactions_by_month == (("2026-01", R.FIGHT, 2), ("2026-03", R.FIGHT, 1))
    his = found.person(lloyd.id)
    assert his is not None and his.conflicts == 3
    assert dict(his.stances) == {S.ONE_UP: 0, S.ONE_DOWN: 2, S.SAME_AS: 1}
    assert his.strategies == ((L.WITHDRAWAL, 2),)
    assert dict(found.check_ins) == {"held": 2, "partly": 1, "not_yet": 1, "unknown": 1}
    spring = insights(couple, DateRange(date(2026, 3, 1), date(2026, 4, 30)))
    assert spring.conflicts == 3
    assert dict(spring.check_ins) == {"held": 0, "partly": 0, "not_yet": 1, "unknown": 1}


def test_private_reflections_count_only_for_their_owner_while_open(protected: Household) -> None:
    ids = fill(protected)
    maria, lloyd = protected.people
    add_private_reflection(protected, ids["last"])
    found = insights(protected, YEAR_2026)
    mine = found.person(maria.id)
    assert mine is not None and mine.includes_private and mine.conflicts == 4
    assert dict(mine.stances)[S.SAME_AS] == 1
    assert (L.RETALIATION, 1) in mine.strategies
    his = found.person(lloyd.id)
    assert his is not None and dict(his.stances)[S.SAME_AS] == 1  # his own view, unchanged
    privacy.lock_private(protected)
    locked = insights(protected, YEAR_2026).person(maria.id)
    assert locked is not None and locked.conflicts == 3 and not locked.includes_private
    assert dict(locked.stances)[S.SAME_AS] == 0


def test_a_check_in_done_later_counts_on_the_day_it_was_done(couple: Household) -> None:
    from datetime import timedelta

    from relate_desktop.domain.clock import FixedClock
    from relate_desktop.domain.models import CheckInAnswer, CheckInDecision, Held
    from relate_desktop.services import browse, check_ins
    from tests.agreements import make_agreement

    clock = couple.clock
    assert isinstance(clock, FixedClock)
    agreement_id = make_agreement(couple)
    planned = browse.agreement_document(couple, agreement_id).agreement.follow_ups[0]
    clock.set(planned.due_at + timedelta(days=10))
    maria, lloyd = couple.people
    check_ins.record_check_in(
        couple,
        planned.id,
        [CheckInAnswer(maria.id, Held.HELD), CheckInAnswer(lloyd.id, Held.HELD)],
        CheckInDecision.KEEP,
    )
    done_day = clock.now().date()
    planned_day = planned.due_at.date()
    assert dict(insights(couple, DateRange(done_day, done_day)).check_ins)["held"] == 1
    assert dict(insights(couple, DateRange(planned_day, planned_day)).check_ins)["held"] == 0


def test_one_conflict_with_two_turns_counts_once(couple: Household) -> None:
    from tests.agreements import make_two_turn_agreement

    make_two_turn_agreement(couple)
    assert insights(couple).conflicts == 1
