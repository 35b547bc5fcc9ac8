"""The repair as a state machine: its steps for a couple and for one person, and what each needs."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from relate_desktop.domain.follow_ups import FollowUpPreset
from relate_desktop.domain.repair_flow import (
    CommitmentLine,
    PerspectiveAnswers,
    RepairState,
    Step,
    StepKind,
    add_turn,
    can_finish,
    drop_turn,
    missing,
    steps,
)

MARIA, LLOYD, TERRY = "maria-id", "lloyd-id", "terry-id"


def couple(speaker: str = MARIA) -> RepairState:
    return RepairState(
        id="repair-1",
        people=[MARIA, LLOYD],
        started_by=MARIA,
        started_at="2026-03-02T08:30:00-06:00",
        speaker_id=speaker,
    )


def solo() -> RepairState:
    return RepairState(
        id="repair-2",
        people=[TERRY],
        started_by=TERRY,
        started_at="2026-03-02T08:30:00-06:00",
        speaker_id=TERRY,
    )


def complete(state: RepairState) -> RepairState:
    """Fill in everything a finished repair needs."""
    state.title = "Dishes again"
    state.what_happened = "The sink was full."
    state.occurred_at = "2026-03-02T08:30:00-06:00"
    for person in state.people:
        state.perspectives[person] = PerspectiveAnswers("one_up", ["fight"], ["being_right"])
    state.draft_kind = "request"
    state.draft_parts = {"saw_heard": "the sink", "feel": "sad", "would_like": "help"}
    state.response_parts = {"reflect": "the sink bothered you", "give": "I'll wash up"}
    state.agreement_title = "Evening dishes"
    state.commitments = [CommitmentLine(state.people[-1], "Wash up", "every evening")]
    state.confirmed_by = list(state.people)
    state.follow_up_presets = ["1w"]
    return state


def kinds(state: RepairState) -> list[tuple[StepKind, str | None]]:
    return [(step.kind, step.person_id) for step in steps(state)]


# Steps ----------------------------------------------------------------------------------------


def test_a_couple_takes_turns_with_handovers() -> None:
    assert kinds(couple()) == [
        (StepKind.CONFLICT, None),
        (StepKind.HANDOVER, MARIA),
        (StepKind.PERSPECTIVE, MARIA),
        (StepKind.HANDOVER, LLOYD),
        (StepKind.PERSPECTIVE, LLOYD),
        (StepKind.PAUSE, None),
        (StepKind.HANDOVER, MARIA),
        (StepKind.DRAFT, MARIA),
        (StepKind.HANDOVER, LLOYD),
        (StepKind.RESPONSE, LLOYD),
        (StepKind.TURNS, None),
        (StepKind.AGREEMENT, None),
        (StepKind.FOLLOW_UP, None),
        (StepKind.REVIEW, None),
    ]


def test_the_speaker_drafts_and_the_other_one_responds() -> None:
    state = couple(speaker=LLOYD)
    assert state.listener_id == MARIA
    order = kinds(state)
    assert order[6:10] == [
        (StepKind.HANDOVER, LLOYD),
        (StepKind.DRAFT, LLOYD),
        (StepKind.HANDOVER, MARIA),
        (StepKind.RESPONSE, MARIA),
    ]
    # Perspectives stay in household order whoever speaks.
    assert [p for k, p in order if k is StepKind.PERSPECTIVE] == [MARIA, LLOYD]


def test_one_person_has_no_handovers_and_no_response() -> None:
    state = solo()
    assert state.listener_id is None
    assert kinds(state) == [
        (StepKind.CONFLICT, None),
        (StepKind.PERSPECTIVE, TERRY),
        (StepKind.PAUSE, None),
        (StepKind.DRAFT, TERRY),
        (StepKind.AGREEMENT, None),
        (StepKind.FOLLOW_UP, None),
        (StepKind.REVIEW, None),
    ]


def test_every_step_of_a_fresh_couple_repair_is_a_known_kind() -> None:
    assert {step.kind for step in steps(couple())} == set(StepKind)


# What each step needs -------------------------------------------------------------------------


def test_conflict_step_needs_title_story_and_time() -> None:
    state = couple()
    step = Step(StepKind.CONFLICT)
    assert missing(step, state) == ["title", "what_happened", "occurred_at"]
    state.title, state.what_happened = "   ", "\n"
    assert missing(step, state) == ["title", "what_happened", "occurred_at"]
    state.title, state.what_happened, state.occurred_at = "Dishes", "Sink", "2026-03-02T08:30:00"
    assert missing(step, state) == []


def test_perspective_step_needs_a_stance_and_a_reaction() -> None:
    state = couple()
    step = Step(StepKind.PERSPECTIVE, LLOYD)
    assert missing(step, state) == ["stance", "reaction"]
    state.perspectives[LLOYD] = PerspectiveAnswers(stance="angry", reactions=["sulk"])
    assert missing(step, state) == ["stance", "reaction"]
    state.perspectives[LLOYD] = PerspectiveAnswers(stance="one_down", reactions=["flight"])
    assert missing(step, state) == []
    # Losing strategies are optional, but the ones given must be real.
    state.perspectives[LLOYD].losing_strategies = ["withdrawal", "nagging"]
    assert missing(step, state) == ["losing_strategies"]
    state.perspectives[LLOYD].losing_strategies = ["withdrawal"]
    assert missing(step, state) == []
    # One person's answers don't count for the other.
    assert missing(Step(StepKind.PERSPECTIVE, MARIA), state) == ["stance", "reaction"]


def test_pause_needs_a_speaker_for_a_couple_and_an_opening_kind() -> None:
    state = couple(speaker="")
    step = Step(StepKind.PAUSE)
    assert missing(step, state) == ["speaker"]
    state.speaker_id = "a stranger"
    assert missing(step, state) == ["speaker"]
    state.speaker_id = LLOYD
    assert missing(step, state) == []
    state.draft_kind = "response"  # a response answers; it can't open a repair
    assert missing(step, state) == ["draft_kind"]
    state.draft_kind = "apology"
    assert missing(step, state) == []
    alone = solo()
    alone.speaker_id = ""
    assert missing(step, alone) == []


def test_draft_step_needs_the_parts_of_its_kind() -> None:
    state = couple()
    step = Step(StepKind.DRAFT, MARIA)
    assert missing(step, state) == ["draft.saw_heard", "draft.feel", "draft.would_like"]
    state.draft_parts = {"saw_heard": "the sink", "feel": "  ", "would_like": "help"}
    assert missing(step, state) == ["draft.feel"]
    state.draft_kind = "apology"
    assert missing(step, state) == ["draft.what_i_did", "draft.impact", "draft.differently"]
    state.draft_parts = {"what_i_did": "I shouted", "impact": "scared", "differently": "pause"}
    assert missing(step, state) == []


def test_response_step_needs_reflect_and_give() -> None:
    state = couple()
    step = Step(StepKind.RESPONSE, LLOYD)
    assert missing(step, state) == ["response.reflect", "response.give"]
    state.response_parts = {"reflect": "you were hurt", "acknowledge": "", "give": "time"}
    assert missing(step, state) == []


def test_agreement_step_needs_a_title_a_commitment_and_everyone_saying_yes() -> None:
    state = couple()
    step = Step(StepKind.AGREEMENT)
    assert missing(step, state) == ["agreement_title", "commitment", "confirmation"]
    state.agreement_title = "Evening dishes"
    state.commitments = [CommitmentLine(LLOYD, "   ")]
    state.confirmed_by = [MARIA]
    assert missing(step, state) == ["commitment", "confirmation"]
    state.commitments.append(CommitmentLine(MARIA, "Say thanks"))
    state.confirmed_by.append(LLOYD)
    assert missing(step, state) == []


def test_follow_up_step_needs_one_real_preset() -> None:
    state = couple()
    step = Step(StepKind.FOLLOW_UP)
    assert missing(step, state) == ["follow_up"]
    state.follow_up_presets = ["next year"]
    assert missing(step, state) == ["follow_up"]
    for preset in FollowUpPreset:
        state.follow_up_presets = [preset.value]
        assert missing(step, state) == []


@pytest.mark.parametrize("kind", [StepKind.HANDOVER, StepKind.REVIEW])
def test_handover_and_review_need_nothing(kind: StepKind) -> None:
    assert missing(Step(kind, MARIA), couple()) == []


# Finishing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("make", [couple, solo])
def test_can_finish_only_when_every_step_is_complete(make: Callable[[], RepairState]) -> None:
    state = make()
    assert not can_finish(state)
    complete(state)
    assert can_finish(state)
    state.confirmed_by = state.confirmed_by[:-1]
    assert not can_finish(state)


def test_a_solo_repair_needs_no_response() -> None:
    state = complete(solo())
    state.response_parts = {}
    assert can_finish(state)
    state2 = complete(couple())
    state2.response_parts = {}
    assert not can_finish(state2)


# Saving and resuming --------------------------------------------------------------------------


def test_state_survives_a_round_trip_through_json() -> None:
    state = complete(couple(speaker=LLOYD))
    state.step_index = 7
    state.intensity = 9
    state.topic = "home 🏠 בית 家"
    state.coach_dismissed = ["request.would_like:absolute:always"]
    data = json.loads(json.dumps(state.to_dict()))
    restored = RepairState.from_dict(data)
    assert restored == state
    assert isinstance(restored.perspectives[MARIA], PerspectiveAnswers)
    assert isinstance(restored.commitments[0], CommitmentLine)
    assert steps(restored) == steps(state)


def test_resuming_ignores_keys_it_does_not_know_and_fills_defaults() -> None:
    data = couple().to_dict()
    data["mood_ring"] = "blue"
    data["another_future_field"] = {"x": 1}
    del data["topic"]
    del data["perspectives"]
    del data["commitments"]
    restored = RepairState.from_dict(data)
    assert restored == couple()


def test_perspective_returns_the_same_answers_each_time() -> None:
    state = couple()
    answers = state.perspective(MARIA)
    answers.stance = "same_as"
    assert state.perspective(MARIA).stance == "same_as"
    assert state.is_couple
    assert not solo().is_couple


# Turns ----------------------------------------------------------------------------------------


def test_after_the_first_round_either_can_take_the_next_turn_in_the_same_conflict() -> None:
    state = complete(couple())
    first = steps(state)
    assert first[-4] == Step(StepKind.TURNS)
    add_turn(state, LLOYD, "apology")
    order = steps(state)
    assert order[len(first) - 4 : len(first)] == [
        Step(StepKind.HANDOVER, LLOYD, 1),
        Step(StepKind.DRAFT, LLOYD, 1),
        Step(StepKind.HANDOVER, MARIA, 1),
        Step(StepKind.RESPONSE, MARIA, 1),
    ]
    assert order[-4:] == [
        Step(StepKind.TURNS),
        Step(StepKind.AGREEMENT),
        Step(StepKind.FOLLOW_UP),
        Step(StepKind.REVIEW),
    ]
    # The new turn's apology and its receiving are needed before the repair can finish.
    assert missing(Step(StepKind.DRAFT, LLOYD, 1), state) == [
        "draft.what_i_did",
        "draft.impact",
        "draft.differently",
    ]
    assert missing(Step(StepKind.RESPONSE, MARIA, 1), state) == ["receive.take_in"]
    assert not can_finish(state)
    state.turns[0].parts.update(what_i_did="x", impact="y", differently="z")
    state.turns[0].response_parts["take_in"] = "I hear you"
    assert can_finish(state)
    again = RepairState.from_dict(json.loads(json.dumps(state.to_dict())))
    assert again.turns == state.turns
    drop_turn(again, 1)
    assert steps(again) == first


def test_receiving_an_apology_is_its_own_listening() -> None:
    state = couple()
    state.draft_kind = "apology"
    assert missing(Step(StepKind.RESPONSE, LLOYD), state) == ["receive.take_in"]
    state.draft_kind = "request"
    assert missing(Step(StepKind.RESPONSE, LLOYD), state) == ["response.reflect", "response.give"]


def test_a_turn_needs_someone_in_the_repair_and_a_kind() -> None:
    state = couple()
    with pytest.raises(ValueError):
        add_turn(state, TERRY, "request")
    with pytest.raises(ValueError):
        add_turn(state, LLOYD, "complaint")
    assert state.turns == []


def test_a_later_turn_skips_the_facts_and_stances() -> None:
    state = couple()
    state.conflict_id = "stored-conflict"
    assert [s.kind for s in steps(state)][:2] == [StepKind.PAUSE, StepKind.HANDOVER]
    assert state.is_untouched()
