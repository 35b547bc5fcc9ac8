"""A small household with a known history, for the insights tests (numbers worked out by hand)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from relate_desktop.domain.models import FollowUpStatus
from relate_desktop.domain.vocabulary import LosingStrategy as L
from relate_desktop.domain.vocabulary import Reaction as R
from relate_desktop.domain.vocabulary import Stance as S
from relate_desktop.services.household import Household
from relate_desktop.store import repositories
from tests.households import add_conflict, add_reflection, agreement, view

TZ = timezone(timedelta(hours=-6))
DONE, PENDING = FollowUpStatus.DONE, FollowUpStatus.PENDING


def at(month: int, day: int, year: int = 2026) -> datetime:
    return datetime(year, month, day, 20, 0, tzinfo=TZ)


def fill(household: Household) -> dict[str, str]:
    """Five conflicts from January to April 2026 (one in 2025), with check-ins.

    Jan: money (Maria one-up fight being right; Lloyd one-down flight withdrawal),
         chores (Maria one-up fight being right + controlling)
    Mar: Money (same dance as in January), in-laws (no views)
    Apr: chores (Lloyd same-as, no strategies)
    Dec 2025: money (outside the default range used by the tests)
    Check-ins: held, held, partly, not_yet, "maybe" (unknown), one pending.
    """
    maria, lloyd = (p.id for p in household.people)
    dance = (
        view(maria, S.ONE_UP, (R.FIGHT,), (L.BEING_RIGHT,)),
        view(lloyd, S.ONE_DOWN, (R.FLIGHT,), (L.WITHDRAWAL,)),
    )
    add_conflict(household, "Old money talk", at(12, 5, 2025), "money", perspectives=dance)
    first = add_conflict(household, "Bills", at(1, 10), "money", perspectives=dance)
    add_conflict(
        household,
        "Dishes",
        at(1, 20),
        "chores",
        perspectives=(view(maria, S.ONE_UP, (R.FIGHT,), (L.BEING_RIGHT, L.CONTROLLING)),),
    )
    add_conflict(household, "Rent", at(3, 2), "  Money ", perspectives=dance)
    add_conflict(household, "Sunday lunch", at(3, 15), "in-laws")
    last = add_conflict(
        household, "Laundry", at(4, 1), "chores", perspectives=(view(lloyd, S.SAME_AS),)
    )
    made = agreement(
        first.id,
        "Money talks on Sundays",
        at(1, 11),
        check_ins=((DONE, "held"), (DONE, "held"), (DONE, "partly"), (PENDING, None)),
    )
    other = agreement(
        last.id, "Laundry rota", at(4, 2), check_ins=((DONE, "not_yet"), (DONE, "maybe"))
    )
    with household.shared.session() as session:
        repositories.save_conflict(session, replace(first, agreements=(made,)))
        repositories.save_conflict(session, replace(last, agreements=(other,)))
    return {"first": first.id, "last": last.id}


def add_private_reflection(household: Household, conflict_id: str) -> None:
    """Maria's private view of a conflict: same-as, fix, retaliation (only in her vault)."""
    maria = household.people[0].id
    add_reflection(
        household, conflict_id, view(maria, S.SAME_AS, (R.FIX,), (L.RETALIATION,)), at(4, 3)
    )
