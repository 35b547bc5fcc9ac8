"""The repair flow's actions: start, save and resume a repair, and finish it into an agreement."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

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
    response_kind,
    steps,
    turn_text,
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


def _drafts(state: RepairState) -> list[Draft]:
    """Each turn's opening and response, numbered on from the state's first turn."""
    drafts: list[Draft] = []
    for index, turn in enumerate(state.all_turns()):
        number = state.first_turn + index
        # The first turn keeps the ids a one-turn repair always had.
        tag = "" if index == 0 else f":turn{index}"
        listener = state.listener_of(turn)
        opening = _parts(turn.kind, turn.parts)
        drafts.append(
            Draft(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{state.id}:opening{tag}")),
                kind=DraftKind(turn.kind),
                author_id=turn.speaker_id,
                to_id=listener,
                parts=opening,
                text=turn_text(turn.kind, opening),
                status=DraftStatus.ACCEPTED,
                turn=number,
            )
        )
        if listener:
            kind = response_kind(turn)
            answer = _parts(kind, turn.response_parts)
            drafts.append(
                Draft(
                    id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate:{state.id}:response{tag}")),
                    kind=DraftKind.RESPONSE,
                    author_id=listener,
                    to_id=turn.speaker_id,
                    parts=answer,
                    text=turn_text(kind, answer),
                    status=DraftStatus.ACCEPTED,
                    turn=number,
                )
            )
    return drafts


def _agreement(state: RepairState, now: datetime) -> Agreement:
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
    return Agreement(
        id=agreement_id,
        conflict_id=state.conflict_id or state.id,
        title=state.agreement_title.strip(),
        created_at=now,
        status=AgreementStatus.ACTIVE,
        commitments=tuple(
            Commitment(c.person_id, c.action.strip(), c.when.strip(), c.both)
            for c in state.commitments
            if c.action.strip()
        ),
        confirmed_by=tuple(p for p in state.people if p in state.confirmed_by),
        follow_ups=follow_ups,
    )


def conflict_from_state(state: RepairState, now: datetime) -> Conflict:
    """The finished repair as a conflict with its perspectives, every turn's drafts and the
    agreement."""
    perspectives = tuple(
        _perspective(person, answers)
        for person in state.people
        if (answers := state.perspectives.get(person)) is not None and not answers.private
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
        drafts=tuple(_drafts(state)),
        agreements=(_agreement(state, now),),
    )


def start_turn(household: Household, conflict_id: str, started_by: str) -> RepairState:
    """A new turn in a conflict already stored (from the conflict's page): who speaks and what
    they bring, the other's response, and an agreement for what came out of it."""
    people = [p.id for p in household.people]
    if started_by not in people:
        raise InvalidInput("The person starting a repair must live in this household.")
    with household.shared.read() as session:
        stored = repositories.conflict(session, conflict_id)
    if stored is None:
        raise InvalidInput("That conflict is no longer stored.")
    now = household.clock.now()
    return RepairState(
        id=str(uuid.uuid4()),
        people=people,
        started_by=started_by,
        started_at=now.isoformat(),
        title=stored.title,
        what_happened=stored.what_happened,
        occurred_at=stored.occurred_at.isoformat(),
        topic=stored.topic,
        intensity=stored.intensity,
        speaker_id=started_by,
        conflict_id=conflict_id,
        first_turn=max((d.turn for d in stored.drafts), default=0) + 1,
    )


def finish_repair(household: Household, state: RepairState) -> str:
    """Store the whole repair in one transaction and drop its draft; returns the agreement id."""
    if not can_finish(state):
        gaps = [need for step in steps(state) for need in missing(step, state)]
        raise InvalidInput(f"This repair isn't complete yet ({', '.join(gaps)}).")
    now = household.clock.now()
    if state.adds_to_conflict:
        return _finish_turn(household, state, now)
    conflict = conflict_from_state(state, now)
    _save_private_answers(household, state)
    with household.shared.session() as session:
        repositories.save_conflict(session, conflict)
        repositories.delete_repair_state(session, state.id)
    return conflict.agreements[0].id


def _finish_turn(household: Household, state: RepairState, now: datetime) -> str:
    """A later turn: its drafts and agreement join the stored conflict."""
    agreement = _agreement(state, now)
    with household.shared.session() as session:
        stored = repositories.conflict(session, state.conflict_id)
        if stored is None:
            raise InvalidInput("That conflict is no longer stored.")
        repositories.save_conflict(
            session,
            replace(
                stored,
                drafts=(*stored.drafts, *_drafts(state)),
                agreements=(*stored.agreements, agreement),
            ),
        )
        repositories.delete_repair_state(session, state.id)
    return agreement.id
