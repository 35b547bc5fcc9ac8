"""Insights over a date range: what the shared space shows, plus the private reflections of the
person whose private space is open (their own, and only while it is open)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from relate_desktop.domain.insights import DateRange, Insights, compute
from relate_desktop.services.household import Household
from relate_desktop.store import insights as insights_store


def insights(household: Household, window: DateRange | None = None) -> Insights:
    window = window or DateRange()
    with household.shared.read() as session:
        conflicts = insights_store.conflict_facts(session, window)
        check_ins = insights_store.check_in_facts(session, window)
    vault = household.open_private_space
    if vault is not None:
        with vault.read() as session:
            private = insights_store.reflection_views(session)
        conflicts = [
            replace(c, views=(*c.views, private[c.id])) if c.id in private else c for c in conflicts
        ]
    names = {p.id: p.name for p in household.people}
    return compute(conflicts, check_ins, names, window, household.private_person)


def first_day(household: Household) -> date | None:
    """The day "All time" starts: the first conflict or check-in recorded (None when there is
    nothing yet)."""
    with household.shared.read() as session:
        first = insights_store.first_day(session)
    return first.date() if first else None
