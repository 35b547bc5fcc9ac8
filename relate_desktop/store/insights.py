"""The few columns insights need, read in bulk (no full records): conflicts with each person's
labels, private reflections, and check-ins."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from relate_desktop.domain.insights import CheckInFacts, ConflictFacts, DateRange
from relate_desktop.domain.models import FollowUpStatus, Perspective
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance
from relate_desktop.store.schema import (
    ConflictRow,
    FollowUpRow,
    PerspectiveRow,
    PrivateReflectionRow,
)


def _view(
    person_id: str,
    stance: str | None,
    reactions: list[str],
    strategies: list[str],
    private: bool,
) -> Perspective:
    return Perspective(
        person_id=person_id,
        stance=Stance(stance) if stance else None,
        reactions=tuple(Reaction(r) for r in reactions),
        losing_strategies=tuple(LosingStrategy(s) for s in strategies),
        private=private,
    )


def _within(column: Any, window: DateRange) -> list[Any]:
    """Conditions on an ISO time column for the dates of the range, as the dates were where
    it happened: the text starts with the local date, so text order is date order."""
    conditions = []
    if window.start is not None:
        conditions.append(column >= window.start.isoformat())
    if window.end is not None:
        conditions.append(column < (window.end + timedelta(days=1)).isoformat())
    return conditions


def conflict_facts(session: Session, window: DateRange) -> list[ConflictFacts]:
    """Conflicts in the range (by the index on occurred_at), with the views shared on them."""
    chosen = select(ConflictRow.id).where(*_within(ConflictRow.occurred_at, window))
    views: dict[str, list[Perspective]] = defaultdict(list)
    query = select(
        PerspectiveRow.conflict_id,
        PerspectiveRow.person_id,
        PerspectiveRow.stance,
        PerspectiveRow.reactions,
        PerspectiveRow.losing_strategies,
    ).where(PerspectiveRow.private.is_(False), PerspectiveRow.conflict_id.in_(chosen))
    for conflict_id, person_id, stance, reactions, strategies in session.execute(query):
        views[conflict_id].append(_view(person_id, stance, reactions, strategies, False))
    rows = session.execute(
        select(ConflictRow.id, ConflictRow.occurred_at, ConflictRow.topic).where(
            *_within(ConflictRow.occurred_at, window)
        )
    )
    return [
        ConflictFacts(cid, datetime.fromisoformat(at), topic, tuple(views.get(cid, ())))
        for cid, at, topic in rows
    ]


def reflection_views(session: Session) -> dict[str, Perspective]:
    """Private reflections in this vault, by conflict id."""
    query = select(
        PrivateReflectionRow.conflict_id,
        PrivateReflectionRow.person_id,
        PrivateReflectionRow.stance,
        PrivateReflectionRow.reactions,
        PrivateReflectionRow.losing_strategies,
    )
    return {
        conflict_id: _view(person_id, stance, reactions, strategies, True)
        for conflict_id, person_id, stance, reactions, strategies in session.execute(query)
    }


def check_in_facts(session: Session, window: DateRange) -> list[CheckInFacts]:
    """Check-ins done in the range, on the day they were done (a check-in done early or late
    belongs to that day, not to the day it was planned for)."""
    when = func.coalesce(FollowUpRow.done_at, FollowUpRow.due_at)
    query = select(when, FollowUpRow.status, FollowUpRow.outcome).where(
        FollowUpRow.status == "done", *_within(when, window)
    )
    return [
        CheckInFacts(datetime.fromisoformat(due), FollowUpStatus(status), outcome)
        for due, status, outcome in session.execute(query)
    ]


def first_day(session: Session) -> datetime | None:
    """When the first thing insights count happened: the first conflict or check-in done."""
    conflict = session.scalar(select(func.min(ConflictRow.occurred_at)))
    check_in = session.scalar(
        select(func.min(func.coalesce(FollowUpRow.done_at, FollowUpRow.due_at))).where(
            FollowUpRow.status == "done"
        )
    )
    found = [datetime.fromisoformat(t) for t in (conflict, check_in) if t]
    return min(found, key=lambda m: m.isoformat()[:10]) if found else None
