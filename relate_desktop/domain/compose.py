"""Composing a request, apology or response from its parts into text one can say out loud."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from relate_desktop.bundled import resources_dir
from relate_desktop.domain.language import resolve

_TRAILING = " \t\r\n.,;:!…"

REQUEST_PARTS = ("remember_love", "saw_heard", "made_up", "feel", "would_like")
APOLOGY_PARTS = ("what_i_did", "impact", "ownership", "differently")
RESPONSE_PARTS = ("reflect", "acknowledge", "give")


@cache
def _templates(language: str) -> dict[str, dict[str, str]]:
    path = resources_dir() / "text" / f"compose.{language}.json"
    if not path.exists():
        path = resources_dir() / "text" / "compose.en.json"
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _fragment(text: str) -> str:
    """A part as typed, tidied for the middle of a sentence: no trailing full stop."""
    return " ".join(text.split()).rstrip(_TRAILING)


def _sentence(text: str) -> str:
    """A part that stands on its own: tidy spaces, end with punctuation."""
    tidy = " ".join(text.split())
    if tidy and tidy[-1] not in ".!?…":
        tidy += "."
    return tidy


def _fill(template: str, **parts: str) -> str:
    return template.format(**parts)


@dataclass(frozen=True)
class FeedbackWheel:
    """A loving-power request: remember love, then the four parts of the Feedback Wheel."""

    remember_love: str = ""
    saw_heard: str = ""
    made_up: str = ""
    feel: str = ""
    would_like: str = ""

    @classmethod
    def from_parts(cls, parts: Mapping[str, str]) -> FeedbackWheel:
        return cls(**{k: parts.get(k, "") for k in REQUEST_PARTS})


def compose_request(wheel: FeedbackWheel, language: str | None = None) -> str:
    t = _templates(resolve(language))["request"]
    pieces: list[str] = []
    if wheel.remember_love.strip():
        pieces.append(_sentence(wheel.remember_love))
    saw, made_up = _fragment(wheel.saw_heard), _fragment(wheel.made_up)
    if saw and made_up:
        pieces.append(
            _fill(t["saw_heard"], saw_heard=saw) + " " + _fill(t["made_up"], made_up=made_up)
        )
    elif saw:
        pieces.append(_fill(t["after_saw_without_story"], saw_heard=saw))
    elif made_up:
        pieces.append(_fill(t["made_up_alone"], made_up=made_up))
    if _fragment(wheel.feel):
        pieces.append(_fill(t["feel"], feel=_fragment(wheel.feel)))
    if _fragment(wheel.would_like):
        pieces.append(_fill(t["would_like"], would_like=_fragment(wheel.would_like)))
        pieces.append(t["let_go"])
    return " ".join(pieces)


def compose_apology(parts: Mapping[str, str], language: str | None = None) -> str:
    t = _templates(resolve(language))["apology"]
    pieces: list[str] = []
    for key in ("what_i_did", "impact"):
        if _fragment(parts.get(key, "")):
            pieces.append(_fill(t[key], **{key: _fragment(parts[key])}))
    if parts.get("ownership", "").strip():
        pieces.append(_sentence(parts["ownership"]))
    if _fragment(parts.get("differently", "")):
        pieces.append(_fill(t["differently"], differently=_fragment(parts["differently"])))
    if pieces:
        pieces.append(t["offer"])
    return " ".join(pieces)


def compose_response(parts: Mapping[str, str], language: str | None = None) -> str:
    t = _templates(resolve(language))["response"]
    pieces: list[str] = []
    if _fragment(parts.get("reflect", "")):
        pieces.append(_fill(t["reflect"], reflect=_fragment(parts["reflect"])))
    if parts.get("acknowledge", "").strip():
        pieces.append(_sentence(parts["acknowledge"]))
    if _fragment(parts.get("give", "")):
        pieces.append(_fill(t["give"], give=_fragment(parts["give"])))
    return " ".join(pieces)


def compose(kind: str, parts: Mapping[str, str], language: str | None = None) -> str:
    """Compose any draft kind (`request`, `apology`, `response`) from its parts."""
    if kind == "request":
        return compose_request(FeedbackWheel.from_parts(parts), language)
    if kind == "apology":
        return compose_apology(parts, language)
    if kind == "response":
        return compose_response(parts, language)
    raise ValueError(f"unknown draft kind {kind!r}")
