"""Guidance for the hard moments: the breathing pause, strategy cards, listening, cherishing."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from relate_desktop.domain.guide import fill, lookup
from relate_desktop.domain.vocabulary import Term, winning_strategies

BOOK = "guidance"


@dataclass(frozen=True)
class Breathing:
    """One paced breath, in milliseconds, and how many of them the pause holds."""

    breathe_in_ms: int
    hold_ms: int
    breathe_out_ms: int
    breaths: int


@dataclass(frozen=True)
class StrategyCard:
    term: Term
    try_this: str


@dataclass(frozen=True)
class FeelingGroup:
    label: str
    words: tuple[str, ...]


def text(key: str, language: str | None = None, **values: str) -> str:
    """A guidance text at a dotted key, e.g. `pause.start`."""
    return fill(BOOK, key, language, **values)


def texts(key: str, language: str | None = None, **values: str) -> list[str]:
    return [str(item).format(**values) for item in lookup(BOOK, key, language)]


def breathing(language: str | None = None) -> Breathing:
    pace = lookup(BOOK, "pause.breathing", language)
    return Breathing(
        breathe_in_ms=int(pace["in_seconds"] * 1000),
        hold_ms=int(pace["hold_seconds"] * 1000),
        breathe_out_ms=int(pace["out_seconds"] * 1000),
        breaths=int(pace["breaths"]),
    )


def strategy_cards(step: str, language: str | None = None) -> tuple[StrategyCard, ...]:
    """The winning strategies that fit a step (`request`, `apology`, `response`, `done`)."""
    wanted: list[str] = lookup(BOOK, "strategies.for_step", language).get(step, [])
    tries: dict[str, str] = lookup(BOOK, "strategies.try_this", language)
    terms = {term.value: term for term in winning_strategies(language)}
    return tuple(StrategyCard(terms[value], tries[value]) for value in wanted)


def cherishing_prompts(seed: str, language: str | None = None) -> list[str]:
    """A few cherishing prompts; the same seed (e.g. a repair's id) gives the same ones."""
    prompts: list[str] = texts("cherish.prompts", language)
    shown = int(lookup(BOOK, "cherish.shown", language))
    return random.Random(seed).sample(prompts, min(shown, len(prompts)))


def feeling_groups(language: str | None = None) -> tuple[FeelingGroup, ...]:
    return tuple(
        FeelingGroup(group["label"], tuple(group["words"]))
        for group in lookup(BOOK, "feelings.groups", language)
    )


def _feelings_in(current: str, language: str | None) -> list[str]:
    separator = text("feelings.separator", language).strip()
    last = text("feelings.last_separator", language).strip()
    pieces = re.split(rf"\s*{re.escape(separator)}\s*|\s+{re.escape(last)}\s+", current.strip())
    return [piece for piece in pieces if piece]


def _join_feelings(words: list[str], language: str | None) -> str:
    if len(words) < 2:
        return "".join(words)
    separator = text("feelings.separator", language)
    return separator.join(words[:-1]) + text("feelings.last_separator", language) + words[-1]


def has_feeling(current: str, word: str, language: str | None = None) -> bool:
    return word.casefold() in {piece.casefold() for piece in _feelings_in(current, language)}


def toggle_feeling(current: str, word: str, language: str | None = None) -> str:
    """The feelings text with `word` added at the end, or taken out when it is already there."""
    words = _feelings_in(current, language)
    kept = [piece for piece in words if piece.casefold() != word.casefold()]
    if len(kept) == len(words):
        kept.append(word)
    return _join_feelings(kept, language)


def build_wish(what: str, when: str = "", how_often: str = "") -> str:
    """A wish from its pieces: what exactly, when, how often."""
    tidy = [" ".join(piece.split()).strip(" ,.") for piece in (what, when, how_often)]
    wish = " ".join(piece for piece in tidy[:2] if piece)
    if tidy[2]:
        wish = f"{wish}, {tidy[2]}" if wish else tidy[2]
    return wish
