"""Reading what the household has: conflicts, agreements, what is due, and agreement documents."""

from __future__ import annotations

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.models import (
    AgreementDocument,
    AgreementPdfIncludes,
    AgreementStatus,
    AgreementSummary,
    CheckInRecord,
    Conflict,
    ConflictSummary,
    DraftKind,
    FollowUpStatus,
    turns,
)
from relate_desktop.services.household import Household
from relate_desktop.store import repositories


def recent_conflicts(household: Household, limit: int | None = 20) -> list[ConflictSummary]:
    with household.shared.read() as session:
        return repositories.conflict_summaries(session, limit)


def conflicts_page(household: Household, offset: int, limit: int) -> list[ConflictSummary]:
    """One page of conflicts, newest first, for a list that loads as it scrolls."""
    with household.shared.read() as session:
        return repositories.conflict_summaries(session, limit, offset)


def agreements_page(
    household: Household, offset: int, limit: int, status: AgreementStatus | None = None
) -> list[AgreementSummary]:
    """One page of agreements, newest first."""
    with household.shared.read() as session:
        return repositories.agreement_summaries(session, status, limit, offset)


def conflict_detail(household: Household, conflict_id: str) -> Conflict:
    with household.shared.read() as session:
        found = repositories.conflict(session, conflict_id)
    if found is None:
        raise InvalidInput("That conflict no longer exists.")
    return found


def agreements(
    household: Household, status: AgreementStatus | None = None
) -> list[AgreementSummary]:
    with household.shared.read() as session:
        return repositories.agreement_summaries(session, status)


def agreement_document(
    household: Household,
    agreement_id: str,
    includes: AgreementPdfIncludes | None = None,
) -> AgreementDocument:
    """What the shared agreement PDF shows, as chosen (all shared parts unless told otherwise):
    never any perspective or private text."""
    includes = includes or AgreementPdfIncludes()
    with household.shared.read() as session:
        agreement = repositories.agreement(session, agreement_id.strip())
        if agreement is None:
            raise InvalidInput(f"There is no agreement with the id {agreement_id!r}.")
        conflict = repositories.conflict(session, agreement.conflict_id)
    assert conflict is not None
    opening = next((d for d in conflict.drafts if d.kind is not DraftKind.RESPONSE), None)
    response = next((d for d in conflict.drafts if d.kind is DraftKind.RESPONSE), None)
    involved = {c.person_id for c in agreement.commitments} | set(agreement.confirmed_by)
    if any(c.both for c in agreement.commitments):
        involved |= {p.id for p in household.people}
    shown_turns = tuple(
        tuple(d for d in turn if includes.response or d.kind is not DraftKind.RESPONSE)
        for turn in turns(conflict.drafts)
    )
    people = tuple(p for p in household.people if p.id in involved) or household.people
    follow_ups = tuple(sorted(agreement.follow_ups, key=lambda f: f.due_at))
    return AgreementDocument(
        agreement=agreement,
        conflict_title=conflict.title,
        occurred_at=conflict.occurred_at,
        people=people,
        opening=opening,
        response=response if includes.response else None,
        what_happened=conflict.what_happened,
        turns=shown_turns,
        follow_ups=follow_ups if includes.follow_up_dates else (),
        check_ins=tuple(
            CheckInRecord.from_follow_up(f)
            for f in follow_ups
            if f.status is not FollowUpStatus.PENDING
        )
        if includes.check_in_history
        else (),
    )
