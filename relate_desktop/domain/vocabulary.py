"""The method's words (stances, reactions, strategies) with plain definitions loaded from data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from relate_desktop.bundled import resources_dir
from relate_desktop.domain.language import resolve


class Stance(StrEnum):
    ONE_UP = "one_up"
    ONE_DOWN = "one_down"
    SAME_AS = "same_as"


class Reaction(StrEnum):
    FIGHT = "fight"
    FLIGHT = "flight"
    FIX = "fix"
    WISE_ADULT = "wise_adult"


ADAPTIVE_CHILD_REACTIONS = (Reaction.FIGHT, Reaction.FLIGHT, Reaction.FIX)


class LosingStrategy(StrEnum):
    BEING_RIGHT = "being_right"
    CONTROLLING = "controlling"
    UNBRIDLED_SELF_EXPRESSION = "unbridled_self_expression"
    RETALIATION = "retaliation"
    WITHDRAWAL = "withdrawal"


class WinningStrategy(StrEnum):
    COMPLAINT_TO_REQUEST = "complaint_to_request"
    SPEAK_WITH_LOVE = "speak_with_love"
    RESPOND_WITH_GENEROSITY = "respond_with_generosity"
    EMPOWER_EACH_OTHER = "empower_each_other"
    CHERISH = "cherish"


@dataclass(frozen=True)
class Term:
    """One word of the method, as shown to people."""

    value: str
    label: str
    definition: str


@cache
def _load(language: str) -> dict[str, dict[str, dict[str, str]]]:
    path = resources_dir() / "text" / f"vocabulary.{language}.json"
    if not path.exists():
        path = resources_dir() / "text" / "vocabulary.en.json"
    data: dict[str, dict[str, dict[str, str]]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _terms(group: str, values: list[str], language: str | None) -> tuple[Term, ...]:
    entries = _load(resolve(language))[group]
    return tuple(Term(v, entries[v]["label"], entries[v]["definition"]) for v in values)


def stances(language: str | None = None) -> tuple[Term, ...]:
    return _terms("stances", [s.value for s in Stance], language)


def reactions(language: str | None = None) -> tuple[Term, ...]:
    return _terms("reactions", [r.value for r in Reaction], language)


def losing_strategies(language: str | None = None) -> tuple[Term, ...]:
    return _terms("losing_strategies", [s.value for s in LosingStrategy], language)


def winning_strategies(language: str | None = None) -> tuple[Term, ...]:
    return _terms("winning_strategies", [s.value for s in WinningStrategy], language)


def label(value: str, language: str | None = None) -> str:
    """The display label of any vocabulary value, e.g. `one_up` -> `One-up`."""
    for group in _load(resolve(language)).values():
        if value in group:
            return group[value]["label"]
    return value
