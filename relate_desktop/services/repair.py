"""The repair flow's actions: start, save and resume a repair, and finish it into an agreement."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from relate_desktop.domain.compose import compose
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.follow_ups import Repeat
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
    PrivateReflection,
)
from relate_desktop.domain.repair_flow import (
    DRAFT_PARTS,
    PerspectiveAnswers,
    RepairState,
    can_finish,
    missing,
    planned_check_ins,
    steps,
)
from relate_desktop.domain.vocabulary import LosingStrategy, Reaction, Stance
from relate_desktop.services.check_ins import check_in_id
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
    """Keep a half-finished repair so it can be resumed, even after the app is closed.
    Answers kept private go to their owner's vault; the shared space only learns that they
    exist."""
    _save_private_answers(household, state)
    with household.shared.session() as session:
        repositories.save_repair_state(
            session,
            state.id,
            state.title,
            state.started_at,
            household.clock.now(),
            state.shared_dict(),
        )


def _save_private_answers(household: Household, state: RepairState) -> None:
    now = household.clock.now()
    for person, answers in state.perspectives.items():
        if answers.private and not answers.sealed:
            with household.require_vault(person).session() as session:
                repositories.save_reflection(
                    session, PrivateReflection(state.id, _perspective(person, answers), now)
                )


def set_private(household: Household, state: RepairState, person_id: str, private: bool) -> None:
    """Keep a person's answers private (their private space must be open) or share them after
    all, in which case no private copy stays behind."""
    if private:
        household.require_vault(person_id)
    else:
        vault = household.vault(person_id)
        if vault is not None:
            with vault.session() as session:
                repositories.delete_reflection(session, state.id, person_id)
    state.perspective(person_id).private = private


def seal_private(household: Household, state: RepairState, person_id: str) -> None:
    """Put a person's private answers in their vault and drop them from the state in memory
    (before the laptop changes hands)."""
    answers = state.perspectives.get(person_id)
    if answers is None or not answers.private or answers.sealed:
        return
    save_repair(household, state)
    state.perspectives[person_id] = PerspectiveAnswers.sealed_away()


def unseal_private(household: Household, state: RepairState, person_id: str) -> None:
    """Bring a person's private answers back from their (open) vault to edit them."""
    answers = state.perspectives.get(person_id)
    if answers is None or not answers.sealed:
        return
    with household.require_vault(person_id).read() as session:
        found = repositories.reflection(session, state.id, person_id)
    state.perspectives[person_id] = (
        _answers(found.perspective) if found else PerspectiveAnswers(private=True)
    )


def _answers(view: Perspective) -> PerspectiveAnswers:
    return PerspectiveAnswers(
        stance=view.stance.value if view.stance else "",
        reactions=[r.value for r in view.reactions],
        losing_strategies=[s.value for s in view.losing_strategies],
        feelings=", ".join(view.feelings),
        made_up=view.made_up,
        notes=view.notes,
        private=True,
    )


def _perspective(person: str, answers: PerspectiveAnswers) -> Perspective:
    """Answers as a perspective; works on half-filled answers too (a draft)."""
    return Perspective(
        person_id=person,
        stance=Stance(answers.stance) if answers.stance in set(Stance) else None,
        reactions=tuple(Reaction(r) for r in answers.reactions if r in set(Reaction)),
        losing_strategies=tuple(
            LosingStrategy(s) for s in answers.losing_strategies if s in set(LosingStrategy)
        ),
        made_up=answers.made_up.strip(),
        feelings=tuple(f.strip() for f in answers.feelings.split(",") if f.strip()),
        notes=answers.notes.strip(),
        private=answers.private,
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
    """Drop a repair in progress, and the open private space's answers to it."""
    with household.shared.session() as session:
        repositories.delete_repair_state(session, repair_id)
    person, vault = household.private_person, household.open_private_space
    if person and vault:
        with vault.session() as session:
            repositories.delete_reflection(session, repair_id, person)


def _parts(kind: str, values: dict[str, str]) -> dict[str, str]:
    """Only this kind's parts: a switch from request to apology leaves no request parts behind."""
    return {k: values[k].strip() for k in DRAFT_PARTS[kind] if values.get(k, "").strip()}


def conflict_from_state(state: RepairState, now: datetime) -> Conflict:
    """The finished repair as a conflict with its perspectives, drafts and agreement."""
    perspectives = tuple(
        _perspective(person, answers)
        for person in state.people
        if (answers := state.perspectives.get(person)) is not None and not answers.private
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
    agreement_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{state.id}:agreement"))
    follow_ups = tuple(
        FollowUp(
            id=check_in_id(agreement_id, due),
            due_at=due,
            repeat=repeat,
            anchor=due if repeat is not Repeat.NONE else None,
        )
        for due, repeat in planned_check_ins(state, now)
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
    _save_private_answers(household, state)
    with household.shared.session() as session:
        repositories.save_conflict(session, conflict)
        repositories.delete_repair_state(session, state.id)
    return conflict.agreements[0].id
