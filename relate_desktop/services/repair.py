"""The repair flow's actions: start, save and resume a repair, and finish it into an agreement."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.compose import compose
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.follow_ups import FollowUpPreset, schedule_follow_ups
from relate_desktop.domain.models import (
    Agreement,
    AgreementStatus,
    Commitment,
    Conflict,
    Draft,
    DraftKind,
    DraftStatus,
    FollowUp,
    Perspective,
)
from relate_desktop.domain.repair_flow import DRAFT_PARTS, RepairState, can_finish, missing, steps
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance
from relate_desktop.services.household import Household
from relate_desktop.store import repositories


@dataclass(frozen=True)
class RepairInProgress:
    id: str
    title: str
    updated_at: datetime


def start_repair(household: Household, started_by: str) -> RepairState:
    """A new, empty repair (not saved until `save_repair`)."""
    now = household.clock.now()
    people = [p.id for p in household.people]
    if started_by not in people:
        raise InvalidInput("The person starting a repair must live in this household.")
    return RepairState(
        id=str(uuid.uuid4()),
        people=people,
        started_by=started_by,
        started_at=now.isoformat(),
        occurred_at=now.replace(second=0, microsecond=0).isoformat(),
        speaker_id=started_by,
    )


def save_repair(household: Household, state: RepairState) -> None:
    """Keep a half-finished repair so it can be resumed, even after the app is closed."""
    with household.shared.session() as session:
        repositories.save_repair_state(
            session, state.id, state.title, state.started_at, household.clock.now(), state.to_dict()
        )


def repairs_in_progress(household: Household) -> list[RepairInProgress]:
    with household.shared.read() as session:
        return [RepairInProgress(*row) for row in repositories.repair_states(session)]


def resume_repair(household: Household, repair_id: str) -> RepairState:
    with household.shared.read() as session:
        data = repositories.repair_state(session, repair_id)
    if data is None:
        raise InvalidInput("That repair is no longer saved.")
    return RepairState.from_dict(data)


def discard_repair(household: Household, repair_id: str) -> None:
    with household.shared.session() as session:
        repositories.delete_repair_state(session, repair_id)


def _parts(kind: str, values: dict[str, str]) -> dict[str, str]:
    """Only this kind's parts: a switch from request to apology leaves no request parts behind."""
    return {k: values[k].strip() for k in DRAFT_PARTS[kind] if values.get(k, "").strip()}


def conflict_from_state(state: RepairState, now: datetime) -> Conflict:
    """The finished repair as a conflict with its perspectives, drafts and agreement."""
    perspectives = tuple(
        Perspective(
            person_id=person,
            stance=Stance(answers.stance),
            reactions=tuple(Reaction(r) for r in answers.reactions),
            losing_strategies=tuple(LosingStrategy(s) for s in answers.losing_strategies),
            made_up=answers.made_up.strip(),
            feelings=tuple(f.strip() for f in answers.feelings.split(",") if f.strip()),
            notes=answers.notes.strip(),
        )
        for person in state.people
        if (answers := state.perspectives.get(person)) is not None
    )
    speaker = state.speaker_id or state.people[0]
    drafts = [
        Draft(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{state.id}:opening")),
            kind=DraftKind(state.draft_kind),
            author_id=speaker,
            to_id=state.listener_id,
            parts=_parts(state.draft_kind, state.draft_parts),
            text=compose(state.draft_kind, _parts(state.draft_kind, state.draft_parts)),
            status=DraftStatus.ACCEPTED,
        )
    ]
    if state.listener_id:
        drafts.append(
            Draft(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{state.id}:response")),
                kind=DraftKind.RESPONSE,
                author_id=state.listener_id,
                to_id=speaker,
                parts=_parts("response", state.response_parts),
                text=compose("response", state.response_parts),
                status=DraftStatus.ACCEPTED,
            )
        )
    presets = [FollowUpPreset(p) for p in state.follow_up_presets if p in set(FollowUpPreset)]
    agreement_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{state.id}:agreement"))
    follow_ups = tuple(
        FollowUp(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{agreement_id}:{due.isoformat()}")),
            due_at=due,
        )
        for due in schedule_follow_ups(presets, FixedClock(now))
    )
    agreement = Agreement(
        id=agreement_id,
        conflict_id=state.id,
        title=state.agreement_title.strip(),
        created_at=now,
        status=AgreementStatus.ACTIVE,
        commitments=tuple(
            Commitment(c.person_id, c.action.strip(), c.when.strip())
            for c in state.commitments
            if c.action.strip()
        ),
        confirmed_by=tuple(p for p in state.people if p in state.confirmed_by),
        follow_ups=follow_ups,
    )
    return Conflict(
        id=state.id,
        title=state.title.strip(),
        occurred_at=datetime.fromisoformat(state.occurred_at),
        what_happened=state.what_happened.strip(),
        topic=state.topic.strip(),
        intensity=state.intensity,
        logged_by=state.started_by,
        created_at=datetime.fromisoformat(state.started_at),
        perspectives=perspectives,
        drafts=tuple(drafts),
        agreements=(agreement,),
    )


def finish_repair(household: Household, state: RepairState) -> str:
    """Store the whole repair in one transaction and drop its draft; returns the agreement id."""
    if not can_finish(state):
        gaps = [need for step in steps(state) for need in missing(step, state)]
        raise InvalidInput(f"This repair isn't complete yet ({', '.join(gaps)}).")
    conflict = conflict_from_state(state, household.clock.now())
    with household.shared.session() as session:
        repositories.save_conflict(session, conflict)
        repositories.delete_repair_state(session, state.id)
    return conflict.agreements[0].id
