"""The built-in help: the repair cycle step by step, and a glossary of the method's words.

The guide's words are in resources/text/help.<lang>.json; the glossary joins the few terms
written there to the method's vocabulary (stances, reactions, strategies), so a word is
explained the same way wherever it appears."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from relate_desktop.domain import vocabulary
from relate_desktop.domain.guide import lookup


@dataclass(frozen=True)
class Section:
    title: str
    body: str


def text(key: str, language: str | None = None) -> str:
    return str(lookup("help", key, language))


def guide(language: str | None = None) -> list[Section]:
    items: list[dict[str, Any]] = lookup("help", "guide", language)
    return [Section(str(i["title"]), str(i["body"])) for i in items]


def glossary(language: str | None = None) -> list[Section]:
    """Every word, in alphabetical order (accents folded, so "Él" sorts with "E")."""
    written: list[dict[str, Any]] = lookup("help", "glossary", language)
    terms = [Section(str(i["term"]), str(i["definition"])) for i in written]
    for group in (
        vocabulary.stances,
        vocabulary.reactions,
        vocabulary.losing_strategies,
        vocabulary.winning_strategies,
    ):
        terms += [Section(t.label, t.definition) for t in group(language)]
    return sorted(terms, key=lambda s: _folded(s.title))


def _folded(word: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
