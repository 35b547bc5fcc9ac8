"""A finished repair with an agreement, made through the services, for tests that export it."""

from __future__ import annotations

from dataclasses import replace

from relate_desktop.domain.models import FollowUpStatus
from relate_desktop.domain.repair_flow import CommitmentLine, PerspectiveAnswers, add_turn
from relate_desktop.services.household import Household
from relate_desktop.services.repair import finish_repair, start_repair
from relate_desktop.store import repositories

TITLE = "Dîners sans téléphone 🍽️"
CONFLICT_TITLE = "Phones at dinner — טלפונים · 手机"


def make_agreement(household: Household, *, check_in_done: bool = False) -> str:
    """A repair finished by everyone in the household; returns the agreement id. With
    `check_in_done`, its first check-in has happened, with an outcome and a note."""
    first, *others = household.people
    state = start_repair(household, first.id)
    state.title = CONFLICT_TITLE
    state.what_happened = "At dinner on Friday the phone came out three times."
    state.topic = "time together"
    state.intensity = 6
    state.perspectives = {
        person.id: PerspectiveAnswers("one_down", ["flight"], ["withdrawal"])
        for person in household.people
    }
    state.speaker_id = first.id
    state.draft_kind = "request"
    state.draft_parts = {
        "remember_love": "I love you",
        "saw_heard": "you looked at your phone during dinner",
        "made_up": "you'd rather be elsewhere",
        "feel": "lonely",
        "would_like": "that we leave our phones in the hall, 你好 and שלום",
    }
    if others:
        state.response_parts = {
            "reflect": "you felt alone at dinner",
            "acknowledge": "I can see why",
            "give": "my phone stays in the hall",
        }
    state.agreement_title = TITLE
    state.commitments = [
        CommitmentLine(household.people[-1].id, "Leave my phone in the hall", "every dinner"),
        CommitmentLine(first.id, "Say it kindly when a phone shows up", "at dinner"),
    ]
    state.confirmed_by = [person.id for person in household.people]
    state.follow_up_presets = ["3d", "1w"]
    agreement_id = finish_repair(household, state)
    if check_in_done:
        _complete_first_check_in(household, state.id)
    return agreement_id


def _complete_first_check_in(household: Household, conflict_id: str) -> None:
    with household.shared.session() as session:
        conflict = repositories.conflict(session, conflict_id)
        assert conflict is not None
        (agreement,) = conflict.agreements
        first, *rest = agreement.follow_ups
        done = replace(
            first, status=FollowUpStatus.DONE, outcome="keep", note="Dinners were calmer."
        )
        agreement = replace(agreement, follow_ups=(done, *rest))
        repositories.save_conflict(session, replace(conflict, agreements=(agreement,)))


def make_two_turn_agreement(household: Household) -> str:
    """The lake-house breakfast in one conflict: her request and his response, then his
    apology and her receiving it; commitments from each and one for both of them."""
    maria, lloyd = household.people
    state = start_repair(household, maria.id)
    state.title = "Breakfast at the lake house"
    state.what_happened = (
        "On Saturday at breakfast Lloyd said, in front of Bobby, that I was a loser."
    )
    state.topic = "respect"
    state.perspectives = {
        maria.id: PerspectiveAnswers("one_down", ["flight"], ["withdrawal"]),
        lloyd.id: PerspectiveAnswers("one_up", ["fight"], ["being_right"]),
    }
    state.draft_kind = "request"
    state.draft_parts = {
        "saw_heard": "you called me a loser in front of Bobby",
        "feel": "ashamed",
        "would_like": "that you speak to me with respect, especially in front of Bobby",
    }
    state.response_parts = {"reflect": "you felt ashamed", "give": "I will speak with respect"}
    turn = add_turn(state, lloyd.id, "apology")
    turn.parts.update(
        what_i_did="I called you a loser in front of Bobby",
        impact="ashamed and alone",
        differently="I'll stop and breathe before I say anything",
    )
    turn.response_parts.update(take_in="you see how it shamed me", still_need="tell Bobby too")
    state.agreement_title = "Respect at the table"
    state.commitments = [
        CommitmentLine(lloyd.id, "Apologise to Bobby", "this week"),
        CommitmentLine(maria.id, "Tell Lloyd at once when a joke hurts", "from now on"),
        CommitmentLine(maria.id, "Take a time-out when we get heated", "every time", both=True),
    ]
    state.confirmed_by = [maria.id, lloyd.id]
    state.follow_up_presets = ["1w"]
    return finish_repair(household, state)
