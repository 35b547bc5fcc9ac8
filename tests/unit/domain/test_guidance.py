"""Guidance data: breathing pace, strategy cards per step, feelings picker and wish builder."""

from __future__ import annotations

import pytest

from relate_desktop.domain import guidance
from relate_desktop.domain.coach import FindingKind, findings


def test_the_breathing_pace_is_slow_and_short() -> None:
    pace = guidance.breathing()
    assert pace.breathe_out_ms > pace.breathe_in_ms >= 3000
    assert 1 <= pace.breaths <= 5


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        ("request", ["complaint_to_request", "speak_with_love"]),
        ("response", ["respond_with_generosity", "empower_each_other"]),
        ("done", ["cherish"]),
        ("conflict", []),
    ],
)
def test_each_step_gets_the_winning_strategies_that_fit_it(step: str, expected: list[str]) -> None:
    cards = guidance.strategy_cards(step)
    assert [card.term.value for card in cards] == expected
    assert all(card.term.label and card.try_this for card in cards)


def test_every_winning_strategy_has_a_card_somewhere() -> None:
    shown = {
        c.term.value
        for s in ("request", "apology", "response", "done")
        for c in guidance.strategy_cards(s)
    }
    assert len(shown) == 5


def test_the_listeners_script_names_the_speaker() -> None:
    steps = guidance.texts("listener.steps", speaker="Maria")
    assert len(steps) >= 4
    assert "Maria" in steps[0]


def test_cherishing_prompts_are_stable_for_a_repair() -> None:
    first = guidance.cherishing_prompts("repair-1")
    assert first == guidance.cherishing_prompts("repair-1")
    assert len(first) == 3 == len(set(first))


def test_feeling_words_are_feelings_not_thoughts() -> None:
    words = [w for group in guidance.feeling_groups() for w in group.words]
    assert len(words) >= 15
    for word in words:
        said = f"I felt {word}."
        assert not findings(said), said
        assert not findings(word, "request", part="feel"), word
    assert [f.kind for f in findings("that you left", "request", part="feel")] == [
        FindingKind.THOUGHT_AS_FEELING
    ]


@pytest.mark.parametrize(
    ("current", "word", "expected"),
    [
        ("", "hurt", "hurt"),
        ("hurt", "lonely", "hurt and lonely"),
        ("hurt and lonely", "scared", "hurt, lonely and scared"),
        ("hurt, lonely and scared", "lonely", "hurt and scared"),
        ("Hurt", "hurt", ""),
        ("a bit hurt, mostly tired", "sad", "a bit hurt, mostly tired and sad"),
    ],
)
def test_a_feeling_word_toggles_in_a_natural_list(current: str, word: str, expected: str) -> None:
    assert guidance.toggle_feeling(current, word) == expected
    assert guidance.has_feeling(expected, word) is (word.casefold() not in current.casefold())


@pytest.mark.parametrize(
    ("pieces", "wish"),
    [
        (
            ("that we leave our phones in the hall", "during dinner", "every evening"),
            "that we leave our phones in the hall during dinner, every evening",
        ),
        (("a hug", "when I get home.", ""), "a hug when I get home"),
        (("", "", "once a week"), "once a week"),
        (("  call me ", "", ""), "call me"),
    ],
)
def test_a_wish_is_built_from_what_when_and_how_often(
    pieces: tuple[str, str, str], wish: str
) -> None:
    assert guidance.build_wish(*pieces) == wish
