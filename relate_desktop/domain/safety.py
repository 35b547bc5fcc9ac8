"""The private safety check: its questions, and the support lines shown after a "yes"."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from relate_desktop.domain.guide import records
from relate_desktop.domain.language import resolve

OTHER = "other"  # "Somewhere else": the local emergency number and the international directory


@dataclass(frozen=True)
class SafetyQuestion:
    id: str
    text: str


def safety_questions(language: str | None = None) -> tuple[SafetyQuestion, ...]:
    return tuple(SafetyQuestion(q["id"], q["text"]) for q in records("safety.questions", language))


@dataclass(frozen=True)
class SupportLine:
    name: str
    phone: str = ""
    url: str = ""
    hours: str = ""
    note: str = ""  # in the language the directory was read in


@dataclass(frozen=True)
class CountrySupport:
    code: str
    name: str
    emergency: str  # "" only for "Somewhere else": the screen says "your local emergency number"
    lines: tuple[SupportLine, ...]


@dataclass(frozen=True)
class SupportDirectory:
    """Support lines per country, from an editable data file, plus an international directory
    of helplines shown under every country."""

    countries: Mapping[str, CountrySupport]
    default: str
    directory: SupportLine | None = None

    def for_country(self, code: str | None) -> CountrySupport:
        key = code if code == OTHER else (code or "").upper()
        return self.countries.get(key) or self.countries[self.default]

    def has(self, code: str | None) -> bool:
        return bool(code) and (code == OTHER or str(code).upper() in self.countries)

    def in_order(self) -> list[CountrySupport]:
        """Countries by name (accents ignored), "Somewhere else" last."""
        return sorted(self.countries.values(), key=lambda c: (c.code == OTHER, _sort_key(c.name)))


def _sort_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()


def _localized(value: Any, language: str) -> str:
    """A text given once, or once per language ({"en": ..., "es": ...}; English if missing)."""
    if isinstance(value, dict):
        chosen = value.get(language, value.get("en", next(iter(value.values()), "")))
        return str(chosen)
    return "" if value is None else str(value)


def _line(data: Mapping[str, Any], language: str) -> SupportLine:
    return SupportLine(
        _localized(data["name"], language),
        str(data.get("phone", "")),
        str(data.get("url", "")),
        str(data.get("hours", "")),
        _localized(data.get("note", ""), language),
    )


def parse_support(data: Any, language: str | None = None) -> SupportDirectory:
    """Read a support file's JSON (names and notes in `language`); ValueError when it isn't
    one. Keys starting with "_" (such as "_sources") are notes for editors and are ignored."""
    if not isinstance(data, dict) or data.get("format") != "relate-support":
        raise ValueError("not a Relate support file")
    lang = resolve(language)
    countries: dict[str, CountrySupport] = {}
    for code, entry in dict(data["countries"]).items():
        lines = tuple(_line(line, lang) for line in entry.get("lines", []))
        key = code if code == OTHER else code.upper()
        emergency = str(entry.get("emergency", "")).strip()
        if not emergency and key != OTHER:
            raise ValueError(f"{key} has no emergency number")
        countries[key] = CountrySupport(key, _localized(entry["name"], lang), emergency, lines)
    default = str(data.get("default", OTHER))
    if default not in countries:
        raise ValueError("the default country is not in the file")
    found = data.get("directory")
    directory = _line(found, lang) if isinstance(found, dict) else None
    return SupportDirectory(countries, default, directory)
