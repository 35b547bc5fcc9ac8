"""Reading and writing domain records; rows never leave this module."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, insert, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, selectinload

from relate_desktop.domain.clock import in_zone, zone_name
from relate_desktop.domain.follow_ups import Repeat, due_state
from relate_desktop.domain.journal import JournalFilter
from relate_desktop.domain.models import (
    Agreement,
    AgreementStatus,
    AgreementSummary,
    AgreementVersion,
    CheckInAnswer,
    CheckInDecision,
    Commitment,
    Conflict,
    ConflictSummary,
    Draft,
    DraftKind,
    DraftStatus,
    DueFollowUp,
    FollowUp,
    FollowUpStatus,
    Held,
    JournalEntry,
    Person,
    Perspective,
    PrivateReflection,
    SafetyCheck,
    TimeOut,
)
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance
from relate_desktop.store.schema import (
    AgreementRow,
    AgreementVersionRow,
    Base,
    CheckInAnswerRow,
    CommitmentRow,
    ConflictRow,
    DraftRow,
    FollowUpRow,
    JournalEntryRow,
    PersonRow,
    PerspectiveRow,
    PrivateReflectionRow,
    RepairInProgressRow,
    SafetyCheckRow,
    TimeOutRow,
)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


def utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


# People ---------------------------------------------------------------------------------------


def people(session: Session) -> list[Person]:
    rows = session.scalars(select(PersonRow).order_by(PersonRow.position, PersonRow.name))
    return [Person(r.id, r.name) for r in rows]


def upsert_person(session: Session, person: Person, position: int, now: datetime) -> None:
    row = session.get(PersonRow, person.id)
    if row is None:
        session.add(
            PersonRow(id=person.id, name=person.name, position=position, created_at=iso(now))
        )
    else:
        row.name = person.name


# Conflicts ------------------------------------------------------------------------------------


def _perspective(row: PerspectiveRow | PrivateReflectionRow) -> Perspective:
    return Perspective(
        person_id=row.person_id,
        stance=Stance(row.stance) if row.stance else None,
        reactions=tuple(Reaction(r) for r in row.reactions),
        losing_strategies=tuple(LosingStrategy(s) for s in row.losing_strategies),
        made_up=row.made_up,
        feelings=tuple(row.feelings),
        notes=row.notes,
        private=True if isinstance(row, PrivateReflectionRow) else row.private,
    )


def _draft(row: DraftRow) -> Draft:
    return Draft(
        id=row.id,
        kind=DraftKind(row.kind),
        author_id=row.author_id,
        to_id=row.to_id,
        parts=dict(row.parts),
        text=row.text,
        status=DraftStatus(row.status),
        turn=row.turn or 1,
    )


def _optional(text: str | None) -> datetime | None:
    return parse(text) if text else None


def _follow_up(row: FollowUpRow) -> FollowUp:
    return FollowUp(
        id=row.id,
        due_at=in_zone(parse(row.due_at), row.zone),
        status=FollowUpStatus(row.status),
        outcome=row.outcome,
        note=row.note,
        repeat=Repeat(row.repeat or Repeat.NONE),
        anchor=in_zone(parse(row.anchor), row.zone) if row.anchor else None,
        snoozed_until=_optional(row.snoozed_until_utc),
        done_at=_optional(row.done_at),
        decision=CheckInDecision(row.decision) if row.decision else None,
        answers=tuple(
            CheckInAnswer(a.person_id, Held(a.held), a.noticed, a.appreciation, a.saw or "")
            for a in row.answers
        ),
    )


def _version(row: AgreementVersionRow) -> AgreementVersion:
    return AgreementVersion(
        version=row.version,
        title=row.title,
        commitments=tuple(
            Commitment(
                c.get("person_id", ""),
                c.get("action", ""),
                c.get("when", ""),
                bool(c.get("both", False)),
            )
            for c in row.commitments
        ),
        replaced_at=parse(row.replaced_at),
    )


def _agreement(row: AgreementRow) -> Agreement:
    return Agreement(
        id=row.id,
        conflict_id=row.conflict_id,
        title=row.title,
        created_at=parse(row.created_at),
        status=AgreementStatus(row.status),
        commitments=tuple(
            Commitment(c.person_id, c.action, c.when, bool(c.both)) for c in row.commitments
        ),
        confirmed_by=tuple(row.confirmed_by),
        follow_ups=tuple(_follow_up(f) for f in row.follow_ups),
        version=row.version or 1,
        history=tuple(_version(v) for v in row.versions),
    )


def _conflict(row: ConflictRow) -> Conflict:
    return Conflict(
        id=row.id,
        title=row.title,
        occurred_at=parse(row.occurred_at),
        what_happened=row.what_happened,
        topic=row.topic,
        intensity=row.intensity,
        logged_by=row.logged_by,
        created_at=parse(row.created_at),
        perspectives=tuple(_perspective(p) for p in row.perspectives),
        drafts=tuple(_draft(d) for d in row.drafts),
        agreements=tuple(_agreement(a) for a in row.agreements),
    )


_FULL_CONFLICT = (
    selectinload(ConflictRow.perspectives),
    selectinload(ConflictRow.drafts),
    selectinload(ConflictRow.agreements).selectinload(AgreementRow.commitments),
    selectinload(ConflictRow.agreements)
    .selectinload(AgreementRow.follow_ups)
    .selectinload(FollowUpRow.answers),
    selectinload(ConflictRow.agreements).selectinload(AgreementRow.versions),
)


def conflict(session: Session, conflict_id: str) -> Conflict | None:
    row = session.get(ConflictRow, conflict_id, options=_FULL_CONFLICT)
    return _conflict(row) if row else None


def all_conflicts(session: Session) -> list[Conflict]:
    rows = session.scalars(
        select(ConflictRow)
        .options(*_FULL_CONFLICT)
        .order_by(ConflictRow.occurred_at, ConflictRow.id)
    )
    return [_conflict(r) for r in rows]


def conflict_summaries(
    session: Session, limit: int | None = None, offset: int = 0
) -> list[ConflictSummary]:
    count = (
        select(func.count(AgreementRow.id))
        .where(AgreementRow.conflict_id == ConflictRow.id)
        .scalar_subquery()
    )
    query = (
        select(
            ConflictRow.id,
            ConflictRow.title,
            ConflictRow.occurred_at,
            ConflictRow.topic,
            ConflictRow.intensity,
            count,
        )
        .order_by(ConflictRow.occurred_at.desc(), ConflictRow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [
        ConflictSummary(cid, title, parse(occ), topic, intensity, n)
        for cid, title, occ, topic, intensity, n in session.execute(query)
    ]


def conflict_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ConflictRow.id)))


def save_conflict(session: Session, item: Conflict) -> None:
    """Insert or replace a whole conflict with its perspectives, drafts and agreements."""
    row = session.get(ConflictRow, item.id, options=_FULL_CONFLICT)
    if row is None:
        row = ConflictRow(id=item.id)
        session.add(row)
    row.title = item.title
    row.occurred_at = iso(item.occurred_at)
    row.what_happened = item.what_happened
    row.topic = item.topic
    row.intensity = item.intensity
    row.logged_by = item.logged_by
    row.created_at = iso(item.created_at)
    row.perspectives = [
        PerspectiveRow(
            id=_child_id(item.id, "p", i),
            person_id=p.person_id,
            position=i,
            private=p.private,
            stance=p.stance.value if p.stance else None,
            reactions=[r.value for r in p.reactions],
            losing_strategies=[s.value for s in p.losing_strategies],
            made_up=p.made_up,
            feelings=list(p.feelings),
            notes=p.notes,
        )
        for i, p in enumerate(item.perspectives)
    ]
    existing_drafts = {d.id: d for d in row.drafts}
    row.drafts = [_draft_row(existing_drafts.get(d.id), d, i) for i, d in enumerate(item.drafts)]
    existing_agreements = {a.id: a for a in row.agreements}
    row.agreements = [
        _agreement_row(session, existing_agreements.get(a.id), a) for a in item.agreements
    ]


def delete_conflict(session: Session, conflict_id: str) -> None:
    """A conflict and everything in it (perspectives, drafts, agreements, check-ins)."""
    row = session.get(ConflictRow, conflict_id, options=_FULL_CONFLICT)
    if row is not None:
        session.delete(row)


def add_new_conflicts(session: Session, items: Sequence[Conflict]) -> None:
    """Insert conflicts none of whose ids is stored yet, with everything in them, in a few
    multi-row statements (a bulk import; save_conflict looks each row up first). Writes the
    same columns as save_conflict / _agreement_row / _fill_follow_up: a test compares the two
    ways on a conflict with every field filled."""
    rows: dict[type[Base], list[dict[str, Any]]] = {
        table: []
        for table in (
            ConflictRow,
            PerspectiveRow,
            DraftRow,
            AgreementRow,
            CommitmentRow,
            AgreementVersionRow,
            FollowUpRow,
            CheckInAnswerRow,
        )
    }
    for item in items:
        rows[ConflictRow].append(
            {
                "id": item.id,
                "title": item.title,
                "occurred_at": iso(item.occurred_at),
                "what_happened": item.what_happened,
                "topic": item.topic,
                "intensity": item.intensity,
                "logged_by": item.logged_by,
                "created_at": iso(item.created_at),
            }
        )
        rows[PerspectiveRow] += [
            {
                "id": _child_id(item.id, "p", i),
                "conflict_id": item.id,
                "person_id": p.person_id,
                "position": i,
                "private": p.private,
                "stance": p.stance.value if p.stance else None,
                "reactions": [r.value for r in p.reactions],
                "losing_strategies": [s.value for s in p.losing_strategies],
                "made_up": p.made_up,
                "feelings": list(p.feelings),
                "notes": p.notes,
            }
            for i, p in enumerate(item.perspectives)
        ]
        rows[DraftRow] += [
            {
                "id": d.id,
                "conflict_id": item.id,
                "position": i,
                "kind": d.kind.value,
                "author_id": d.author_id,
                "to_id": d.to_id,
                "parts": dict(d.parts),
                "text": d.text,
                "status": d.status.value,
                "turn": d.turn,
            }
            for i, d in enumerate(item.drafts)
        ]
        for a in item.agreements:
            rows[AgreementRow].append(
                {
                    "id": a.id,
                    "conflict_id": item.id,
                    "title": a.title,
                    "created_at": iso(a.created_at),
                    "status": a.status.value,
                    "confirmed_by": list(a.confirmed_by),
                    "version": a.version,
                }
            )
            rows[AgreementVersionRow] += [
                {
                    "agreement_id": a.id,
                    "version": v.version,
                    "title": v.title,
                    "commitments": [_commitment_dict(c) for c in v.commitments],
                    "replaced_at": iso(v.replaced_at),
                }
                for v in a.history
            ]
            rows[CommitmentRow] += [
                {
                    "agreement_id": a.id,
                    "position": i,
                    "person_id": c.person_id,
                    "action": c.action,
                    "when": c.when,
                    "both": c.both,
                }
                for i, c in enumerate(a.commitments)
            ]
            rows[FollowUpRow] += [
                {
                    "id": f.id,
                    "agreement_id": a.id,
                    "due_at": iso(f.due_at),
                    "due_at_utc": utc_iso(f.due_at),
                    "zone": zone_name(f.due_at.tzinfo),
                    "status": f.status.value,
                    "outcome": f.outcome,
                    "note": f.note,
                    "repeat": f.repeat.value,
                    "anchor": iso(f.anchor) if f.anchor else None,
                    "snoozed_until_utc": utc_iso(f.snoozed_until) if f.snoozed_until else None,
                    "done_at": iso(f.done_at) if f.done_at else None,
                    "decision": f.decision.value if f.decision else None,
                }
                for f in a.follow_ups
            ]
            rows[CheckInAnswerRow] += [
                {
                    "follow_up_id": f.id,
                    "position": i,
                    "person_id": answer.person_id,
                    "held": answer.held.value,
                    "noticed": answer.noticed,
                    "appreciation": answer.appreciation,
                    "saw": answer.saw,
                }
                for f in a.follow_ups
                for i, answer in enumerate(f.answers)
            ]
    for table, values in rows.items():
        if values:
            session.execute(insert(table), values)


def _child_id(parent: str, tag: str, index: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{parent}:{tag}:{index}"))


def _draft_row(row: DraftRow | None, draft: Draft, position: int) -> DraftRow:
    row = row or DraftRow(id=draft.id)
    row.position = position
    row.kind = draft.kind.value
    row.author_id = draft.author_id
    row.to_id = draft.to_id
    row.parts = dict(draft.parts)
    row.text = draft.text
    row.status = draft.status.value
    row.turn = draft.turn
    return row


def _commitment_dict(c: Commitment) -> dict[str, Any]:
    values: dict[str, Any] = {"person_id": c.person_id, "action": c.action, "when": c.when}
    if c.both:
        values["both"] = True
    return values


def _agreement_row(session: Session, row: AgreementRow | None, item: Agreement) -> AgreementRow:
    if row is None:
        row = session.get(AgreementRow, item.id) or AgreementRow(id=item.id)
    row.title = item.title
    row.created_at = iso(item.created_at)
    row.status = item.status.value
    row.confirmed_by = list(item.confirmed_by)
    row.commitments = [
        CommitmentRow(position=i, person_id=c.person_id, action=c.action, when=c.when, both=c.both)
        for i, c in enumerate(item.commitments)
    ]
    row.version = item.version
    row.versions = [
        AgreementVersionRow(
            version=v.version,
            title=v.title,
            commitments=[_commitment_dict(c) for c in v.commitments],
            replaced_at=iso(v.replaced_at),
        )
        for v in item.history
    ]
    existing = {f.id: f for f in row.follow_ups}
    follow_ups = []
    for f in item.follow_ups:
        f_row = existing.get(f.id) or session.get(FollowUpRow, f.id) or FollowUpRow(id=f.id)
        _fill_follow_up(f_row, f)
        follow_ups.append(f_row)
    row.follow_ups = follow_ups
    return row


def _fill_follow_up(row: FollowUpRow, item: FollowUp) -> None:
    row.due_at = iso(item.due_at)
    row.due_at_utc = utc_iso(item.due_at)
    row.zone = zone_name(item.due_at.tzinfo)
    row.status = item.status.value
    row.outcome = item.outcome
    row.note = item.note
    row.repeat = item.repeat.value
    row.anchor = iso(item.anchor) if item.anchor else None
    row.snoozed_until_utc = utc_iso(item.snoozed_until) if item.snoozed_until else None
    row.done_at = iso(item.done_at) if item.done_at else None
    row.decision = item.decision.value if item.decision else None
    row.answers = [
        CheckInAnswerRow(
            position=i,
            person_id=a.person_id,
            held=a.held.value,
            noticed=a.noticed,
            appreciation=a.appreciation,
            saw=a.saw,
        )
        for i, a in enumerate(item.answers)
    ]


# Agreements -----------------------------------------------------------------------------------


def agreement(session: Session, agreement_id: str) -> Agreement | None:
    row = session.get(
        AgreementRow,
        agreement_id,
        options=(
            selectinload(AgreementRow.commitments),
            selectinload(AgreementRow.follow_ups).selectinload(FollowUpRow.answers),
            selectinload(AgreementRow.versions),
        ),
    )
    return _agreement(row) if row else None


def save_agreement(session: Session, item: Agreement) -> None:
    """Write an agreement that already exists (its conflict is not touched)."""
    row = session.get(
        AgreementRow,
        item.id,
        options=(
            selectinload(AgreementRow.follow_ups).selectinload(FollowUpRow.answers),
            selectinload(AgreementRow.versions),
        ),
    )
    if row is None:
        raise LookupError(item.id)
    _agreement_row(session, row, item)


def agreement_summaries(
    session: Session,
    status: AgreementStatus | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[AgreementSummary]:
    next_due = (
        select(func.min(FollowUpRow.due_at_utc))
        .where(FollowUpRow.agreement_id == AgreementRow.id, FollowUpRow.status == "pending")
        .scalar_subquery()
    )
    query = select(
        AgreementRow.id, AgreementRow.title, AgreementRow.created_at, AgreementRow.status, next_due
    )
    if status is not None:
        query = query.where(AgreementRow.status == status.value)
    query = query.order_by(AgreementRow.created_at.desc(), AgreementRow.id.desc())
    query = query.limit(limit).offset(offset)
    return [
        AgreementSummary(
            aid, title, parse(created), AgreementStatus(st), parse(due) if due else None
        )
        for aid, title, created, st, due in session.execute(query)
    ]


def pending_follow_ups(
    session: Session,
    now: datetime,
    until: datetime | None,
    limit: int | None = 50,
    since: datetime | None = None,
) -> list[DueFollowUp]:
    """Pending check-ins of active agreements due before `until` (all when None) and, when
    given, after `since`; earliest first, each with where it stands at `now`."""
    query = (
        select(
            FollowUpRow.id,
            AgreementRow.id,
            AgreementRow.title,
            FollowUpRow.due_at,
            FollowUpRow.zone,
            FollowUpRow.repeat,
            FollowUpRow.snoozed_until_utc,
        )
        .join(AgreementRow, FollowUpRow.agreement_id == AgreementRow.id)
        .where(FollowUpRow.status == "pending", AgreementRow.status == "active")
        .order_by(FollowUpRow.due_at_utc, FollowUpRow.id)
    )
    if until is not None:
        query = query.where(FollowUpRow.due_at_utc <= utc_iso(until))
    if since is not None:
        query = query.where(FollowUpRow.due_at_utc > utc_iso(since))
    if limit is not None:
        query = query.limit(limit)
    found = []
    for fid, aid, title, due, zone, repeat, snoozed in session.execute(query):
        due_at = in_zone(parse(due), zone)
        found.append(
            DueFollowUp(
                fid,
                aid,
                title,
                due_at,
                due_state(due_at, now),
                Repeat(repeat or Repeat.NONE),
                _optional(snoozed),
            )
        )
    return found


def calendar_follow_ups(session: Session, since: datetime) -> list[tuple[str, datetime, bool]]:
    """Every planned check-in, and the others due from `since` on, as (id, moment, planned):
    one is no longer planned when it was done, skipped or removed, or its agreement retired."""
    planned = and_(FollowUpRow.status == "pending", AgreementRow.status == "active")
    query = (
        select(
            FollowUpRow.id,
            FollowUpRow.due_at,
            FollowUpRow.zone,
            FollowUpRow.status,
            AgreementRow.status,
        )
        .join(AgreementRow, FollowUpRow.agreement_id == AgreementRow.id)
        .where(or_(planned, FollowUpRow.due_at_utc >= utc_iso(since)))
        .order_by(FollowUpRow.due_at_utc, FollowUpRow.id)
    )
    return [
        (fid, in_zone(parse(due), zone), status == "pending" and agreement_status == "active")
        for fid, due, zone, status, agreement_status in session.execute(query)
    ]


def follow_up_agreement_id(session: Session, follow_up_id: str) -> str | None:
    row = session.get(FollowUpRow, follow_up_id)
    return row.agreement_id if row else None


# Journal --------------------------------------------------------------------------------------


def _entry(row: JournalEntryRow) -> JournalEntry:
    return JournalEntry(
        row.id,
        row.author_id,
        parse(row.created_at),
        row.body,
        row.prompt,
        row.private,
        title=row.title or "",
        tags=tuple(row.tags or ()),
        feeling=row.feeling,
        time_of_day=row.time_of_day,
        deleted_at=parse(row.deleted_at) if row.deleted_at else None,
    )


def _live() -> ColumnElement[bool]:
    return JournalEntryRow.deleted_at.is_(None)


def journal_entries(
    session: Session, limit: int | None = None, offset: int = 0
) -> list[JournalEntry]:
    """Entries not in "recently deleted", newest first."""
    query = (
        select(JournalEntryRow)
        .where(_live())
        .order_by(JournalEntryRow.created_at.desc(), JournalEntryRow.id)
        .limit(limit)
        .offset(offset)
    )
    return [_entry(r) for r in session.scalars(query)]


def journal_entries_before(
    session: Session,
    before: JournalEntry | None,
    limit: int,
    chosen: JournalFilter | None = None,
) -> list[JournalEntry]:
    """The next `limit` entries, newest first, after `before` (keyset paging: each page costs
    the same however deep it is), those `chosen` keeps (its private/shared choice is the
    caller's: a space holds one kind). Entries in "recently deleted" are left out."""
    query = (
        select(JournalEntryRow)
        .where(_live())
        .order_by(JournalEntryRow.created_at.desc(), JournalEntryRow.id.desc())
    )
    if before is not None:
        stored = iso(before.created_at)
        query = query.where(
            (JournalEntryRow.created_at < stored)
            | ((JournalEntryRow.created_at == stored) & (JournalEntryRow.id < before.id))
        )
    if chosen is not None:
        if chosen.author_id:
            query = query.where(JournalEntryRow.author_id == chosen.author_id)
        if chosen.feeling:
            query = query.where(func.lower(JournalEntryRow.feeling) == chosen.feeling.lower())
        if chosen.tag:
            query = query.where(
                sql_text(
                    "EXISTS (SELECT 1 FROM json_each(journal_entries.tags) "
                    "WHERE lower(value) = lower(:tag))"
                ).bindparams(tag=chosen.tag)
            )
        if chosen.on_day is not None:
            # Stored with their own offset: the day is the first ten characters.
            query = query.where(
                func.substr(JournalEntryRow.created_at, 1, 10) == chosen.on_day.isoformat()
            )
    return [_entry(r) for r in session.scalars(query.limit(limit))]


def journal_entries_on_days(
    session: Session, month_days: Collection[str], before_year: int
) -> list[JournalEntry]:
    """Live entries written on any of these month-days ("MM-DD", their own offset's date)
    in a year before `before_year`: what "on this day" shows, without reading the rest."""
    day = func.substr(JournalEntryRow.created_at, 6, 5)
    year = func.substr(JournalEntryRow.created_at, 1, 4)
    query = (
        select(JournalEntryRow)
        .where(_live(), day.in_(list(month_days)), year < f"{before_year:04d}")
        .order_by(JournalEntryRow.created_at.desc(), JournalEntryRow.id)
    )
    return [_entry(r) for r in session.scalars(query)]


def journal_written_at(session: Session, author_id: str) -> list[datetime]:
    """When each live entry by `author_id` was written, newest first: Home's counts need no
    more than that (no bodies, no titles, no entry objects)."""
    query = (
        select(JournalEntryRow.created_at)
        .where(_live(), JournalEntryRow.author_id == author_id)
        .order_by(JournalEntryRow.created_at.desc())
    )
    return [parse(stamp) for stamp in session.scalars(query)]


def journal_entry(session: Session, entry_id: str) -> JournalEntry | None:
    row = session.get(JournalEntryRow, entry_id)
    return _entry(row) if row else None


def journal_entry_ids(session: Session) -> set[str]:
    return set(session.scalars(select(JournalEntryRow.id)))


def deleted_journal_entries(session: Session) -> list[JournalEntry]:
    """What waits in "recently deleted", the most recently deleted first."""
    query = (
        select(JournalEntryRow)
        .where(JournalEntryRow.deleted_at.is_not(None))
        .order_by(JournalEntryRow.deleted_at.desc(), JournalEntryRow.id)
    )
    return [_entry(r) for r in session.scalars(query)]


def journal_tags_and_feelings(session: Session) -> tuple[list[str], list[str]]:
    """Every tag and feeling used by an entry not deleted (for the filters)."""
    tags = session.execute(
        sql_text(
            "SELECT DISTINCT j.value FROM journal_entries, json_each(journal_entries.tags) AS j "
            "WHERE journal_entries.deleted_at IS NULL"
        )
    ).scalars()
    feelings = session.scalars(
        select(JournalEntryRow.feeling)
        .where(_live(), JournalEntryRow.feeling.is_not(None))
        .distinct()
    )
    return [str(t) for t in tags], [str(f) for f in feelings if f]


def _row_values(e: JournalEntry) -> dict[str, object]:
    return {
        "author_id": e.author_id,
        "created_at": iso(e.created_at),
        "private": e.private,
        "prompt": e.prompt,
        "body": e.body,
        "title": e.title,
        "tags": list(e.tags),
        "feeling": e.feeling,
        "time_of_day": e.time_of_day,
        "deleted_at": iso(e.deleted_at) if e.deleted_at else None,
    }


def add_new_journal_entries(session: Session, entries: Sequence[JournalEntry]) -> None:
    """Insert entries none of whose ids is stored yet, in one multi-row statement."""
    if entries:
        session.execute(insert(JournalEntryRow), [{"id": e.id, **_row_values(e)} for e in entries])


def save_journal_entry(session: Session, entry: JournalEntry) -> None:
    row = session.get(JournalEntryRow, entry.id)
    if row is None:
        row = JournalEntryRow(id=entry.id)
        session.add(row)
    for name, value in _row_values(entry).items():
        setattr(row, name, value)


# Repairs in progress --------------------------------------------------------------------------


def save_repair_state(
    session: Session,
    repair_id: str,
    title: str,
    started_at: str,
    now: datetime,
    state: dict[str, Any],
) -> None:
    row = session.get(RepairInProgressRow, repair_id)
    if row is None:
        row = RepairInProgressRow(id=repair_id, started_at=started_at)
        session.add(row)
    row.title = title
    row.updated_at = iso(now)
    row.state = state


def repair_states(session: Session) -> Sequence[tuple[str, str, datetime]]:
    query = select(
        RepairInProgressRow.id, RepairInProgressRow.title, RepairInProgressRow.updated_at
    )
    query = query.order_by(RepairInProgressRow.updated_at.desc())
    return [(rid, title, parse(updated)) for rid, title, updated in session.execute(query)]


def repair_state(session: Session, repair_id: str) -> dict[str, Any] | None:
    row = session.get(RepairInProgressRow, repair_id)
    return dict(row.state) if row else None


def delete_repair_state(session: Session, repair_id: str) -> None:
    session.execute(delete(RepairInProgressRow).where(RepairInProgressRow.id == repair_id))


# Private reflections and safety checks (vaults only) ------------------------------------------


def reflection_id(conflict_id: str, person_id: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{conflict_id}:reflection:{person_id}"))


def save_reflection(session: Session, item: PrivateReflection) -> None:
    rid = reflection_id(item.conflict_id, item.perspective.person_id)
    row = session.get(PrivateReflectionRow, rid)
    if row is None:
        row = PrivateReflectionRow(id=rid, conflict_id=item.conflict_id)
        session.add(row)
    view = item.perspective
    row.person_id = view.person_id
    row.stance = view.stance.value if view.stance else None
    row.reactions = [r.value for r in view.reactions]
    row.losing_strategies = [s.value for s in view.losing_strategies]
    row.made_up = view.made_up
    row.feelings = list(view.feelings)
    row.notes = view.notes
    row.updated_at = iso(item.updated_at)


def _reflection(row: PrivateReflectionRow) -> PrivateReflection:
    return PrivateReflection(row.conflict_id, _perspective(row), parse(row.updated_at))


def reflection(session: Session, conflict_id: str, person_id: str) -> PrivateReflection | None:
    row = session.get(PrivateReflectionRow, reflection_id(conflict_id, person_id))
    return _reflection(row) if row else None


def reflections(session: Session) -> list[PrivateReflection]:
    query = select(PrivateReflectionRow).order_by(
        PrivateReflectionRow.updated_at, PrivateReflectionRow.id
    )
    return [_reflection(r) for r in session.scalars(query)]


def delete_reflection(session: Session, conflict_id: str, person_id: str) -> None:
    rid = reflection_id(conflict_id, person_id)
    session.execute(delete(PrivateReflectionRow).where(PrivateReflectionRow.id == rid))


def delete_journal_entry(session: Session, entry_id: str) -> None:
    session.execute(delete(JournalEntryRow).where(JournalEntryRow.id == entry_id))


def save_safety_check(session: Session, check: SafetyCheck) -> None:
    session.add(
        SafetyCheckRow(
            id=check.id,
            person_id=check.person_id,
            taken_at=iso(check.taken_at),
            answers=dict(check.answers),
        )
    )


# One row of safety_checks, under a fixed id, holds the vault owner's own choices (private use)
# rather than answers: no new table, and nothing outside the vault says it exists.
VAULT_CHOICES_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "relate:vault-choices"))


def latest_safety_check(session: Session) -> SafetyCheck | None:
    query = (
        select(SafetyCheckRow)
        .where(SafetyCheckRow.id != VAULT_CHOICES_ID)
        .order_by(SafetyCheckRow.taken_at.desc())
        .limit(1)
    )
    row = session.scalars(query).first()
    if row is None:
        return None
    answers = {str(k): bool(v) for k, v in row.answers.items()}
    return SafetyCheck(row.id, row.person_id, parse(row.taken_at), answers)


def vault_choices(session: Session) -> dict[str, Any]:
    """The vault owner's own choices (e.g. {"private_use": True}); {} when none were made."""
    row = session.get(SafetyCheckRow, VAULT_CHOICES_ID)
    return dict(row.answers) if row is not None else {}


def save_vault_choices(
    session: Session, person_id: str, at: datetime, choices: Mapping[str, Any]
) -> None:
    row = session.get(SafetyCheckRow, VAULT_CHOICES_ID)
    if row is None:
        row = SafetyCheckRow(id=VAULT_CHOICES_ID, person_id=person_id)
        session.add(row)
    row.taken_at = iso(at)
    row.answers = dict(choices)


# Time-outs ------------------------------------------------------------------------------------


def _time_out(row: TimeOutRow) -> TimeOut:
    return TimeOut(
        id=row.id,
        person_id=row.person_id,
        called_at=parse(row.called_at),
        back_at=parse(row.back_at),
        note=row.note,
        repair_id=row.repair_id,
        reminded_at=_optional(row.reminded_at),
        ended_at=_optional(row.ended_at),
    )


def save_time_out(session: Session, item: TimeOut) -> None:
    row = session.get(TimeOutRow, item.id)
    if row is None:
        row = TimeOutRow(id=item.id)
        session.add(row)
    row.person_id = item.person_id
    row.repair_id = item.repair_id
    row.called_at = iso(item.called_at)
    row.back_at = iso(item.back_at)
    row.back_at_utc = utc_iso(item.back_at)
    row.note = item.note
    row.reminded_at = iso(item.reminded_at) if item.reminded_at else None
    row.ended_at = iso(item.ended_at) if item.ended_at else None


def time_out(session: Session, time_out_id: str) -> TimeOut | None:
    row = session.get(TimeOutRow, time_out_id)
    return _time_out(row) if row else None


def open_time_outs(session: Session) -> list[TimeOut]:
    """Time-outs not yet ended, soonest return first."""
    rows = session.scalars(
        select(TimeOutRow).where(TimeOutRow.ended_at.is_(None)).order_by(TimeOutRow.back_at_utc)
    )
    return [_time_out(r) for r in rows]
