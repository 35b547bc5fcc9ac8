"""The language coach: what a finding holds, where it points, and that no text can break it."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relate_desktop.domain import coach
from relate_desktop.domain.coach import DRAFT_KINDS, FindingKind, check_request, findings

PARTS = (None, "feel", "would_like", "give", "differently", "saw_heard", "what_i_did")


def kinds(text: str, kind: str = "free", part: str | None = None) -> list[FindingKind]:
    return [f.kind for f in findings(text, kind, part=part)]


def test_a_finding_points_at_the_words_and_says_why_and_what_to_try() -> None:
    (finding,) = findings("Honestly, you're so selfish.")
    assert finding.kind is FindingKind.LABEL
    assert finding.phrase == "selfish"
    assert "Honestly, you're so selfish."[finding.start : finding.end] == "selfish"
    assert "selfish" in finding.explanation
    assert finding.title and finding.suggestion
    assert finding.group == "specific"


def test_findings_come_in_text_order_and_each_kind_once_per_stretch() -> None:
    text = "You never listen. You're so lazy. I'm sorry if you were hurt."
    found = findings(text)
    assert [f.start for f in found] == sorted(f.start for f in found)
    assert [f.kind for f in found] == [
        FindingKind.YOU_STATEMENT,  # "You never listen"
        FindingKind.ABSOLUTE,  # "never"
        FindingKind.LABEL,
        FindingKind.CONDITIONAL_APOLOGY,
    ]


def test_curly_apostrophes_and_capitals_match_like_plain_ones() -> None:
    (finding,) = findings("YOU\u2019RE SO SELFISH")
    assert finding.phrase == "SELFISH"


def test_text_before_a_finding_that_changes_length_in_lower_case_keeps_spans_true() -> None:
    text = "İİİ 🙂 then: you\u2019re so lazy"
    (finding,) = findings(text)
    assert text[finding.start : finding.end] == "lazy"


def test_the_key_of_a_finding_is_its_kind_and_words_not_its_position() -> None:
    first = findings("You always forget.")[0]
    later = findings("Well. Then you   ALWAYS forget.")[0]
    assert first.key == later.key == "absolute:always"
    assert first.start != later.start


def test_the_part_of_a_draft_decides_which_rules_apply() -> None:
    assert kinds("that you ignored me", "request", "feel") == [FindingKind.THOUGHT_AS_FEELING]
    assert kinds("that you ignored me", "request", "saw_heard") == []
    assert kinds("be nicer", "request", "would_like") == [FindingKind.VAGUE_REQUEST]
    assert kinds("be nicer", "request", "saw_heard") == []


def test_a_but_is_an_excuse_only_in_an_apology() -> None:
    assert kinds("I yelled, but I was tired.", "apology") == [FindingKind.EXCUSE]
    assert kinds("I yelled, but I was tired.", "free") == []
    assert kinds("Sorry I yelled, but I was tired.", "free") == [FindingKind.EXCUSE]


def test_a_complaint_without_a_wish_only_matters_in_a_request() -> None:
    assert FindingKind.NO_REQUEST in kinds("I'm sick of the dishes.", "request")
    assert FindingKind.NO_REQUEST not in kinds("I'm sick of the dishes.", "free")
    assert FindingKind.NO_REQUEST not in kinds("I'm sick of it. Could we share them?", "request")


def test_empty_text_has_no_findings_and_an_unknown_draft_kind_is_an_error() -> None:
    assert findings("") == ()
    assert findings(" \n\t ") == ()
    with pytest.raises(ValueError, match="draft kind"):
        findings("hello", "letter")


def test_a_language_without_rules_falls_back_to_english() -> None:
    assert kinds("You're so lazy.", "free") == kinds("You're so lazy.", "free")
    assert [f.kind for f in findings("You're so lazy.", language="xx")] == [FindingKind.LABEL]


def test_every_kind_has_words_in_the_data() -> None:
    for kind in FindingKind:
        assert coach._rulebook("en").kinds[kind].title


@pytest.mark.parametrize(
    ("old", "new", "kept"),
    [
        (
            "You always forget. You're lazy.",
            "Well, you always forget. You're lazy.",
            ["always", "lazy"],
        ),
        ("You always forget. You're lazy.", "You always forgot. You're lazy.", ["always", "lazy"]),
        ("You always forget. You're lazy.", "You alway forget. You're lazy.", ["lazy"]),
        ("You always forget. You're lazy.", "You always forget. You're lazy!!", ["always"]),
        ("You always forget.", "You always forget.", ["always"]),
    ],
)
def test_findings_move_with_an_edit_and_the_edited_ones_wait(
    old: str, new: str, kept: list[str]
) -> None:
    moved = coach.shifted(findings(old), old, new)
    assert [f.phrase for f in moved] == kept
    assert all(new[f.start : f.end] == f.phrase for f in moved)


@pytest.mark.parametrize(
    ("wish", "specific", "behavioural", "doable"),
    [
        ("that we leave our phones in the hall during dinner", True, True, True),
        ("a ten-minute walk together every evening", True, True, True),
        ("that you be nicer", False, False, False),  # vague: nothing to do
        ("that you never shout at me again", False, False, False),
        ("that you stop yelling", False, True, False),
        ("you to be more supportive when I talk about work", False, False, False),
        ("that you kiss me goodbye", False, True, True),
        ("", False, False, False),
    ],
)
def test_a_wish_is_checked_for_specific_behavioural_and_doable(
    wish: str, specific: bool, behavioural: bool, doable: bool
) -> None:
    assert check_request(wish) == coach.RequestCheck(specific, behavioural, doable)


FRAGMENTS = [
    "you always",
    "you're so selfish",
    "I feel like you",
    "sorry if",
    "but",
    "be nicer",
    "stop yelling",
    "or else",
    "🙄",
    "İ",
    "\u2019",
    ". ",
    "\n",
    "of you",
    "I'm sick of",
    "such a ",
]


EVERY_WAY = [(kind, part) for kind in DRAFT_KINDS for part in PARTS]
# One of each family of rules: general, apology-only, request-only, part-only.
SOME_WAYS = [("free", None), ("apology", "differently"), ("request", None), ("request", "feel")]


def check_bounds(text: str, ways: list[tuple[str, str | None]] = EVERY_WAY) -> None:
    for kind, part in ways:
        for finding in findings(text, kind, part=part):
            assert 0 <= finding.start < finding.end <= len(text)
            assert text[finding.start : finding.end] == finding.phrase
            assert finding.phrase == finding.phrase.strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(), st.sampled_from(FRAGMENTS)), max_size=30).map("".join))
def test_any_text_gives_findings_inside_it(text: str) -> None:
    check_bounds(text)


@pytest.mark.parametrize(
    "text",
    [
        "you're " + "such a " * 14_000 + "x",
        "you " * 25_000,
        "I feel " * 14_000,
        "sorry if " * 11_000,
        "stop " * 20_000 + "ing",
        "a" * 100_000,
    ],
    ids=["such-a", "you", "i-feel", "sorry-if", "stop", "one-letter"],
)
def test_long_repetitive_text_is_read_quickly(text: str) -> None:
    check_bounds(text[:100_000], SOME_WAYS)


def test_a_hundred_thousand_random_characters_are_fine() -> None:
    rng = random.Random(6)
    alphabet = [chr(c) for c in range(0x20, 0x2FFF)] + ["🙄", "😀", "\n", " ", "'"] * 50
    text = "".join(rng.choice(alphabet) for _ in range(100_000))
    check_bounds(text, SOME_WAYS)


# Issue 17: the facts step, quotations, defensiveness in every answer, vague wishes --------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's always mean. He is selfish.", {"label", "absolute"}),
        ("You wanted to hurt me.", {"you_statement"}),
        ("At breakfast you told Bobby he was a loser.", set()),
        ('You said "you\'re a loser" to Bobby.', set()),
    ],
)
def test_the_facts_step_is_coached(text: str, expected: set[str]) -> None:
    found = coach.findings(text, "facts", part="what_happened")
    assert {f.kind.value for f in found} == expected


def test_a_label_on_the_facts_step_asks_for_what_a_camera_would_have_recorded() -> None:
    (finding, *_) = coach.findings("He is selfish.", "facts", part="what_happened")
    assert "camera" in finding.suggestion


@pytest.mark.parametrize("draft", ["apology", "response", "apology_response"])
@pytest.mark.parametrize(
    "text",
    [
        "I hear you, but you were late too.",
        "I was just kidding.",
        "You overreact.",
        "That's not what happened.",
    ],
)
def test_defensiveness_is_caught_in_every_answer(draft: str, text: str) -> None:
    assert "excuse" in {f.kind.value for f in coach.findings(text, draft)}


@pytest.mark.parametrize("wish", ["be nicer", "more respect", "Be nicer to me."])
def test_a_vague_wish_is_not_doable(wish: str) -> None:
    assert not check_request(wish).doable


def test_the_facts_step_gets_its_own_suggestions() -> None:
    text = "You wanted to hurt me."
    (on_facts,) = coach.findings(text, "facts", part="what_happened")
    (elsewhere,) = coach.findings(text, "free")
    assert "what I made up" in on_facts.suggestion
    assert on_facts.suggestion != elsewhere.suggestion
    (spanish,) = coach.findings("Querías hacerme daño.", "facts", language="es")
    assert "lo que me conté" in spanish.suggestion
