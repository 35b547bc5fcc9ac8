"""Every data text has its Spanish twin: same keys, same {fields}, and the app picks it up."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from typing import Any

import pytest

from relate_desktop.bundled import resources_dir
from relate_desktop.domain import compose, guidance, guide, language, vocabulary

BOOKS = ("guide", "vocabulary", "compose", "guidance", "coach")
# Lists whose length may differ between languages (words people use, not slots the code fills).
FREE_LISTS = re.compile(
    r"^(compose\.(lead_ins|fixes|lowercase_words)\b.*|coach\.words\..*|coach\.rules|coach\.no_request\.complaint|coach\.request_check\.(when|how_often)|guidance\.feelings\.groups\.\d+\.words)$"
)
# Strings that are patterns or notes, not texts to translate.
PATTERNS = (
    "coach.rules",
    "coach.about",
    "compose.about",
    "compose.lead_ins",
    "compose.standalone",
    "compose.forms",
    "compose.fixes",
    "compose.keep_case",
    "compose.verb_like",
    "compose.lowercase_words",
)


def load(book: str, code: str) -> Any:
    return json.loads((resources_dir() / "text" / f"{book}.{code}.json").read_text("utf-8"))


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def differences(en: Any, es: Any, path: str) -> Iterator[str]:
    if isinstance(en, dict):
        if not isinstance(es, dict):
            yield f"{path}: not an object"
            return
        for key in en.keys() - es.keys():
            yield f"{path}.{key}: missing in Spanish"
        for key in es.keys() - en.keys():
            yield f"{path}.{key}: only in Spanish"
        for key in en.keys() & es.keys():
            yield from differences(en[key], es[key], f"{path}.{key}")
    elif isinstance(en, list):
        if FREE_LISTS.match(path):
            return
        if not isinstance(es, list) or len(es) != len(en):
            yield f"{path}: {len(en)} items in English"
            return
        for index, (a, b) in enumerate(zip(en, es, strict=True)):
            yield from differences(a, b, f"{path}.{index}")
    elif isinstance(en, str) and not path.startswith(PATTERNS):
        if not isinstance(es, str) or not es.strip():
            yield f"{path}: empty"
        elif not path.startswith("coach.words") and fields(en) != fields(es):
            yield f"{path}: fields {sorted(fields(en))} in English, {sorted(fields(es))} in Spanish"


@pytest.mark.parametrize("book", BOOKS)
def test_the_spanish_book_has_every_english_text(book: str) -> None:
    assert list(differences(load(book, "en"), load(book, "es"), book)) == []


def test_a_missing_key_is_reported() -> None:
    en = {"a": "Hello {name}", "b": ["x", "y"]}
    es = {"a": "Hola {nombre}"}
    assert sorted(differences(en, es, "t")) == [
        "t.a: fields ['name'] in English, ['nombre'] in Spanish",
        "t.b: missing in Spanish",
    ]


@pytest.fixture
def spanish() -> Iterator[None]:
    language.set_current("es")
    yield
    language.set_current("en")


def test_texts_follow_the_current_language(spanish: None) -> None:
    assert guide.text("steps.conflict.title") == "¿Qué pasó?"
    assert vocabulary.stances()[0].label == "Por encima"
    assert guidance.toggle_feeling("herido", "triste") == "herido y triste"
    said = compose.compose("request", {"saw_heard": "llegaste a las 8", "feel": "preocupada"})
    assert said.startswith("Cuando llegaste a las 8,")
    assert guide.text("steps.conflict.title", "en") == "What happened?"


def test_english_stays_the_default_and_the_fallback() -> None:
    assert language.current() == "en"
    assert guide.text("steps.conflict.title") == "What happened?"
    assert guide.text("steps.conflict.title", "fr") == "What happened?"


@pytest.mark.parametrize(
    ("preferred", "chosen"),
    [(["es-MX", "en-US"], "es"), (["fr_FR", "es_ES"], "es"), (["de-DE"], "en"), ([], "en")],
)
def test_the_system_language_picks_the_first_one_relate_speaks(
    preferred: list[str], chosen: str
) -> None:
    assert language.pick(preferred) == chosen


def test_spanish_feeling_words_fit_anyone() -> None:
    """No feeling word takes a side in grammatical gender ("herido" / "herida"): adjectives
    that don't change (triste, culpable) or phrases (con miedo, fuera de lugar)."""
    words = [w for group in guidance.feeling_groups("es") for w in group.words]
    single = [w for w in words if " " not in w]
    assert single and all(w.endswith(("e", "able", "ible")) for w in single), single
    gendered = ("ado", "ada", "ido", "ida", "oso", "osa")
    assert not [w for w in words if " " not in w and w.endswith(gendered)]
