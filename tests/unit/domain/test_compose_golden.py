"""The golden corpus: realistic fillings in English and Spanish, each with the text to say."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from relate_desktop.domain.compose import compose

HERE = Path(__file__).parent
LANGUAGES = ("en", "es")
MINIMUM = 60


def corpus(language: str) -> list[dict[str, Any]]:
    path = HERE / f"compose_golden.{language}.json"
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["entries"]
    return entries


CASES = [
    pytest.param(language, entry, id=f"{language}-{index}")
    for language in LANGUAGES
    for index, entry in enumerate(corpus(language))
]

# What garbled text looked like before: a template's words said twice, a capital after a
# lead-in, a doubled or clashing mark.
GARBLED = {
    "en": re.compile(
        r"When (?:when|On|At|In)\b|told myself was that I made up|really like is (?:When|I'd|I would)"
        r"|What I heard you say is (?:What|I heard)|I'm sorry that (?:At|I'm sorry)|I felt I (?:feel|felt)\b"
        r"|From now on, from now on|Here is what I can do: Here"
    ),
    "es": re.compile(
        r"Cuando (?:cuando|El|En)\b|fue que me inventé|gustaría es (?:Me gustaría|me gustaría)"
        r"|decir es que (?:lo que|Lo que)|perdón porque (?:lo siento|Lo siento)|Me sentí me sentí"
    ),
}


def test_each_language_has_enough_fillings() -> None:
    for language in LANGUAGES:
        entries = corpus(language)
        assert len(entries) >= MINIMUM, language
        kinds = {entry["kind"] for entry in entries}
        assert kinds == {"request", "apology", "response", "apology_response"}, language


@pytest.mark.parametrize(("language", "entry"), CASES)
def test_a_filling_reads_as_expected(language: str, entry: dict[str, Any]) -> None:
    said = compose(entry["kind"], entry["parts"], language)
    assert said == entry["expected"]


@pytest.mark.parametrize(("language", "entry"), CASES)
def test_no_filling_reads_garbled(language: str, entry: dict[str, Any]) -> None:
    said = entry["expected"]
    assert not re.search(r"[?!…]\.|\.\.|,\.|\.,|  |\s[.,?!]", said), said
    assert not GARBLED[language].search(said), said
    assert said == said.strip()
    if said:
        first = said.lstrip('¿¡"“«')[0]
        assert first.isupper() or not first.isalpha(), said
