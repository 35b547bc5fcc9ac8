"""Known households written straight through the repositories, for search and insights tests."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from relate_desktop.domain.models import (
    Agreement,
    AgreementStatus,
    Commitment,
    Conflict,
    Draft,
    DraftKind,
    FollowUp,
    FollowUpStatus,
    JournalEntry,
    Perspective,
    PrivateReflection,
)
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance
from relate_desktop.services.household import Household
from relate_desktop.store import repositories


def new_id() -> str:
    return str(uuid.uuid4())


def add_conflict(
    household: Household,
    title: str,
    occurred_at: datetime,
    topic: str = "",
    what_happened: str = "",
    perspectives: tuple[Perspective, ...] = (),
    drafts: tuple[Draft, ...] = (),
    agreements: tuple[Agreement, ...] = (),
    conflict_id: str | None = None,
) -> Conflict:
    item = Conflict(
        id=conflict_id or new_id(),
        title=title,
        occurred_at=occurred_at,
        what_happened=what_happened or f"What happened: {title}",
        topic=topic,
        intensity=5,
        logged_by=household.people[0].id,
        created_at=occurred_at,
        perspectives=perspectives,
        drafts=drafts,
        agreements=agreements,
    )
    with household.shared.session() as session:
        repositories.save_conflict(session, item)
    return item


def view(
    person_id: str,
    stance: Stance,
    reactions: tuple[Reaction, ...] = (),
    strategies: tuple[LosingStrategy, ...] = (),
) -> Perspective:
    return Perspective(person_id, stance, reactions, strategies)


def draft(author_id: str, text: str, kind: DraftKind = DraftKind.REQUEST) -> Draft:
    return Draft(new_id(), kind, author_id, None, {}, text)


def agreement(
    conflict_id: str,
    title: str,
    created_at: datetime,
    commitments: tuple[Commitment, ...] = (),
    check_ins: tuple[tuple[FollowUpStatus, str | None], ...] = (),
) -> Agreement:
    return Agreement(
        id=new_id(),
        conflict_id=conflict_id,
        title=title,
        created_at=created_at,
        status=AgreementStatus.ACTIVE,
        commitments=commitments,
        follow_ups=tuple(
            FollowUp(new_id(), created_at + timedelta(days=3 * (i + 1)), status, outcome)
            for i, (status, outcome) in enumerate(check_ins)
        ),
    )


def add_entry(
    household: Household, author_id: str, body: str, at: datetime, private: bool = False
) -> JournalEntry:
    entry = JournalEntry(new_id(), author_id, at, body, None, private)
    space = household.require_vault(author_id) if private else household.shared
    with space.session() as session:
        repositories.save_journal_entry(session, entry)
    return entry


def add_reflection(
    household: Household, conflict_id: str, perspective: Perspective, at: datetime
) -> None:
    space = household.require_vault(perspective.person_id)
    with space.session() as session:
        repositories.save_reflection(session, PrivateReflection(conflict_id, perspective, at))
