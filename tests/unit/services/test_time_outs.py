"""Responsible time-outs on an injected clock: called, reminded at the return time, ended."""

from __future__ import annotations

from datetime import timedelta

import pytest

from relate_desktop.domain import time_outs as rules
from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidInput
from relate_desktop.services import time_outs
from relate_desktop.services.household import Household


def test_a_time_out_is_called_reminded_once_when_its_time_comes_and_ended(
    couple: Household, clock: FixedClock
) -> None:
    maria, _lloyd = couple.people
    back = rules.back_at_after(clock.now(), 45)
    note = rules.note(back)
    assert (
        note
        == f"I need a break to calm down. I'll be back at {rules.clock_time(back)} and we'll carry on."
    )
    called = time_outs.call_time_out(couple, maria.id, back, note, repair_id="repair-1")
    assert time_outs.current_time_outs(couple) == [called]
    assert time_outs.time_outs_due(couple) == []
    clock.advance(timedelta(minutes=44))
    assert time_outs.time_outs_due(couple) == []
    clock.set(back)
    (due,) = time_outs.time_outs_due(couple)
    assert due.id == called.id and due.repair_id == "repair-1"
    time_outs.mark_reminded(couple, due.id)
    assert time_outs.time_outs_due(couple) == []  # reminded once
    ended = time_outs.end_time_out(couple, due.id)
    assert ended.ended_at == back and ended.repair_id == "repair-1"
    assert time_outs.current_time_outs(couple) == []


@pytest.mark.parametrize(
    ("minutes", "message"),
    [(19, "Take at least 20 minutes."), (24 * 60, "Come back within a day."), (-5, "at least")],
)
def test_a_time_out_too_short_or_too_long_is_refused_and_nothing_is_kept(
    couple: Household, clock: FixedClock, minutes: int, message: str
) -> None:
    maria = couple.people[0]
    with pytest.raises(InvalidInput, match=message):
        time_outs.call_time_out(couple, maria.id, clock.now() + timedelta(minutes=minutes), "")
    assert time_outs.current_time_outs(couple) == []


def test_only_someone_in_the_household_calls_a_time_out(
    couple: Household, clock: FixedClock
) -> None:
    with pytest.raises(InvalidInput):
        time_outs.call_time_out(couple, "stranger", clock.now() + timedelta(hours=1), "")
    assert time_outs.current_time_outs(couple) == []


def test_the_note_reads_in_spanish_too(clock: FixedClock) -> None:
    back = clock.now().replace(hour=20, minute=30)
    assert rules.note(back, language="es") == (
        "Necesito una pausa para calmarme. Vuelvo a las 20:30 y seguimos."
    )
    assert rules.problem(clock.now(), clock.now() + timedelta(minutes=20)) is None
