"""Composing a request, apology or response: sentences one can say out loud, from any parts."""

from __future__ import annotations

import pytest

from relate_desktop.domain.compose import (
    APOLOGY_PARTS,
    APOLOGY_RESPONSE_PARTS,
    REQUEST_PARTS,
    RESPONSE_PARTS,
    FeedbackWheel,
    compose,
    compose_apology,
    compose_apology_response,
    compose_request,
    compose_response,
    fixed_words,
)

FULL_REQUEST = FeedbackWheel(
    remember_love="I love our evenings together",
    saw_heard="you looked at your phone while I was talking",
    made_up="you were bored with me",
    feel="lonely",
    would_like="that we put our phones away at dinner",
)


# Requests -------------------------------------------------------------------------------------


def test_a_full_request_reads_as_the_feedback_wheel_in_order() -> None:
    text = compose_request(FULL_REQUEST)
    assert text == (
        "I love our evenings together. "
        "When you looked at your phone while I was talking, "
        "the story I told myself was that you were bored with me. "
        "I felt lonely. "
        "What I would really like is that we put our phones away at dinner. "
        "Would you be willing? "
        "Whatever you can give, I'm glad we're talking about it."
    )


def test_request_parts_appear_in_wheel_order() -> None:
    text = compose_request(FULL_REQUEST)
    positions = [text.index(getattr(FULL_REQUEST, part)) for part in REQUEST_PARTS]
    assert positions == sorted(positions)


def test_trailing_punctuation_and_whitespace_are_tidied() -> None:
    messy = FeedbackWheel(
        remember_love="  I love you  ",
        saw_heard="you left the dishes.\n",
        made_up="you don't care...  ",
        feel="sad!",
        would_like="help   me\ttonight;  ",
    )
    text = compose_request(messy)
    assert text.startswith("I love you. When you left the dishes, ")
    assert "that you don't care. " in text
    assert "I felt sad! " in text
    assert "What I would really like is for you to help me tonight. Would you be willing?" in text
    assert ".." not in text
    assert "  " not in text
    assert text == text.strip()


def test_a_sentence_that_already_ends_is_not_given_another_full_stop() -> None:
    for ending in ("!", "?", ".", "…"):
        text = compose_request(FeedbackWheel(remember_love=f"You matter to me{ending}"))
        assert text == f"You matter to me{ending}"


@pytest.mark.parametrize(
    ("wheel", "expected"),
    [
        (
            FeedbackWheel(saw_heard="you were late"),
            "When you were late, this is what happened in me.",
        ),
        (FeedbackWheel(made_up="you forgot"), "The story I told myself was that you forgot."),
        (FeedbackWheel(feel="hurt"), "I felt hurt."),
        (FeedbackWheel(remember_love="I love you"), "I love you."),
    ],
)
def test_a_request_with_missing_parts_still_reads_well(wheel: FeedbackWheel, expected: str) -> None:
    assert compose_request(wheel) == expected


def test_the_let_go_sentence_follows_only_an_actual_request() -> None:
    without = compose_request(FeedbackWheel(feel="hurt"))
    assert "Whatever you can give" not in without
    with_request = compose_request(FeedbackWheel(would_like="a hug"))
    assert with_request.endswith("Whatever you can give, I'm glad we're talking about it.")


@pytest.mark.parametrize("blank", ["", "   ", "\n\t", ".", " ... "])
def test_empty_or_blank_parts_give_an_empty_request(blank: str) -> None:
    wheel = FeedbackWheel(**dict.fromkeys(REQUEST_PARTS, blank))
    text = compose_request(wheel)
    # A remember-love part of only punctuation stays (it is something typed); nothing else does.
    assert "When" not in text
    assert "I felt" not in text
    assert "What I would really like" not in text
    if not blank.strip():
        assert text == ""


def test_from_parts_ignores_other_keys_and_fills_gaps() -> None:
    wheel = FeedbackWheel.from_parts({"feel": "sad", "what_i_did": "ignored"})
    assert wheel == FeedbackWheel(feel="sad")


# Apologies and responses ----------------------------------------------------------------------


def test_a_full_apology() -> None:
    text = compose_apology(
        {
            "what_i_did": "I raised my voice.",
            "impact": "scared and alone",
            "ownership": "That was my part, not yours",
            "differently": "I will take a break before I get loud",
        }
    )
    assert text == (
        "I'm sorry that I raised my voice. "
        "I can see it left you feeling scared and alone, whatever I meant at the time. "
        "That was my part, not yours. "
        "From now on, I will take a break before I get loud. "
        "Is there anything I can do now that would help?"
    )


def test_an_apology_with_missing_parts_and_an_empty_one() -> None:
    assert compose_apology({"what_i_did": "I was late"}) == (
        "I'm sorry that I was late. Is there anything I can do now that would help?"
    )
    assert compose_apology({}) == ""
    assert compose_apology(dict.fromkeys(APOLOGY_PARTS, "  ")) == ""


def test_a_full_response_and_partial_ones() -> None:
    text = compose_response(
        {
            "reflect": "  you felt   alone.. ",
            "acknowledge": "That makes sense",
            "give": "a walk tonight!",
        }
    )
    assert text == (
        "What I heard you say is that you felt alone. That makes sense. "
        "Here is what I can do: a walk tonight!"
    )
    assert compose_response({"give": "time"}) == "Here is what I can do: time."
    assert compose_response({}) == ""
    assert compose_response(dict.fromkeys(RESPONSE_PARTS, "")) == ""


# Any text -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    [
        "we cook together 🍝❤️",
        "אתה לא מקשיב לי",  # Hebrew, right to left
        "لم تتصل بي",  # Arabic, right to left
        "你没有给我打电话",  # Chinese
        "e\u0301te\u0301",  # combining accents kept as typed
    ],
)
def test_emoji_and_any_script_are_kept_exactly(words: str) -> None:
    request = compose_request(FeedbackWheel(saw_heard=words, feel=words))
    assert request.count(words) == 2
    assert words in compose_apology({"impact": words})
    assert words in compose_response({"reflect": words})


@pytest.mark.parametrize("braces", ["{x}", "{feel}", "{0}", "{", "}", "{{x}}", "{saw_heard!r}"])
def test_braces_in_user_text_are_kept_literally(braces: str) -> None:
    words = f"we wrote {braces} on the card"
    assert f"When {words}, " in compose_request(FeedbackWheel(saw_heard=words, made_up="x"))
    assert f"I felt {words}." in compose_request(FeedbackWheel(feel=words))
    assert compose_request(FeedbackWheel(remember_love=words)) == f"W{words[1:]}."
    assert f"I'm sorry that {words}." in compose_apology({"what_i_did": words})
    assert compose_apology({"ownership": words}).startswith(f"W{words[1:]}.")
    assert compose_response({"reflect": words}) == f"What I heard you say is that {words}."


def test_compose_dispatches_on_kind() -> None:
    parts = {"feel": "sad", "what_i_did": "I left", "give": "time"}
    assert compose("request", parts) == compose_request(FeedbackWheel(feel="sad"))
    assert compose("apology", parts) == compose_apology(parts)
    assert compose("response", parts) == compose_response(parts)
    with pytest.raises(ValueError, match="unknown draft kind"):
        compose("complaint", parts)


def test_an_unknown_language_falls_back_to_english() -> None:
    assert compose_request(FULL_REQUEST, language="xx") == compose_request(FULL_REQUEST)


# The garbles reported in issue 17 ---------------------------------------------------------------


def test_the_reported_garbles_read_as_speech() -> None:
    request = compose_request(
        FeedbackWheel(
            saw_heard="On Saturday at breakfast you told Bobby he was a loser.",
            made_up="I made up that you think I'm too soft",
            would_like="I'd like you to talk to him in private",
        )
    )
    assert request.startswith("On Saturday at breakfast you told Bobby he was a loser. ")
    assert "The story I told myself was that you think I'm too soft." in request
    assert "What I would really like is for you to talk to him in private." in request
    reflect = compose_response({"reflect": "What I heard is that you felt alone"})
    assert reflect == "What I heard you say is that you felt alone."
    asked = compose_response({"acknowledge": "Is there more?"})
    assert asked == "Is there more?"
    sorry = compose_apology({"what_i_did": "At breakfast I called Bobby a loser"})
    assert sorry.startswith("I'm sorry that at breakfast I called Bobby a loser.")


def test_receiving_an_apology_has_its_own_words() -> None:
    parts = {"take_in": "you're sorry", "still_need": "I still need you to talk to Bobby"}
    said = compose_apology_response(parts)
    assert said == (
        "What I take in is that you're sorry. "
        "What I still need is for you to talk to Bobby. Is there more?"
    )
    assert compose("apology_response", parts) == said
    assert compose_apology_response({}) == ""
    assert compose_apology_response({"more": "Anything else?"}) == "Anything else?"
    assert "Give what you can" not in said and "Here is what I can do" not in said
    assert set(APOLOGY_RESPONSE_PARTS) == {"take_in", "still_need", "more"}
    spanish = compose_apology_response({"still_need": "tiempo"}, "es")
    assert spanish == "Lo que todavía necesito es tiempo. ¿Hay algo más?"


@pytest.mark.parametrize(
    ("language", "part", "typed"),
    [
        ("en", "saw_heard", "When"),
        ("en", "feel", "I felt"),
        ("en", "would_like", "What I'd really like is"),
        ("es", "feel", "Me sentí"),
        ("es", "saw_heard", "Cuando"),
        ("en", "feel", '"'),
        ("en", "would_like", "?"),
    ],
)
def test_a_part_with_only_the_templates_words_says_nothing_yet(
    language: str, part: str, typed: str
) -> None:
    assert compose_request(FeedbackWheel(**{part: typed}), language) == ""


def test_an_emoji_alone_is_something_said() -> None:
    assert compose_request(FeedbackWheel(feel="😢")) == "I felt 😢."


def test_the_fixed_words_of_each_part_can_be_shown_where_people_type() -> None:
    assert fixed_words("request", "saw_heard") == ("When", ",")
    assert fixed_words("request", "feel") == ("I felt", ".")
    assert fixed_words("apology_response", "still_need", "es") == (
        "Lo que todavía necesito es",
        ".",
    )
    assert fixed_words("request", "remember_love") == ("", "")
    assert fixed_words("journal", "feel") == ("", "")
