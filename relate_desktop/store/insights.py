"""The few columns insights need, read in bulk (no full records): conflicts with each person's
labels, private reflections, and check-ins."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from relate_desktop.domain.insights import CheckInFacts, ConflictFacts
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


def conflict_facts(session: Session) -> list[ConflictFacts]:
    views: dict[str, list[Perspective]] = defaultdict(list)
    query = select(
        PerspectiveRow.conflict_id,
        PerspectiveRow.person_id,
        PerspectiveRow.stance,
        PerspectiveRow.reactions,
        PerspectiveRow.losing_strategies,
    ).where(PerspectiveRow.private.is_(False))
    for conflict_id, person_id, stance, reactions, strategies in session.execute(query):
        views[conflict_id].append(_view(person_id, stance, reactions, strategies, False))
    rows = session.execute(select(ConflictRow.id, ConflictRow.occurred_at, ConflictRow.topic))
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


def check_in_facts(session: Session) -> list[CheckInFacts]:
    query = select(FollowUpRow.due_at, FollowUpRow.status, FollowUpRow.outcome)
    return [
        CheckInFacts(datetime.fromisoformat(due), FollowUpStatus(status), outcome)
        for due, status, outcome in session.execute(query)
    ]
