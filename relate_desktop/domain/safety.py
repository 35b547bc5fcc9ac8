"""The private safety check: its questions, and the support lines shown after a "yes"."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from relate_desktop.domain.guide import records


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


@dataclass(frozen=True)
class CountrySupport:
    code: str
    name: str
    emergency: str
    lines: tuple[SupportLine, ...]


@dataclass(frozen=True)
class SupportDirectory:
    """Support lines per country, from an editable data file."""

    countries: Mapping[str, CountrySupport]
    default: str

    def for_country(self, code: str | None) -> CountrySupport:
        return self.countries.get((code or "").upper()) or self.countries[self.default]


def parse_support(data: Any) -> SupportDirectory:
    """Read a support file's JSON; ValueError when it isn't one."""
    if not isinstance(data, dict) or data.get("format") != "relate-support":
        raise ValueError("not a Relate support file")
    countries: dict[str, CountrySupport] = {}
    for code, entry in dict(data["countries"]).items():
        lines = tuple(
            SupportLine(
                str(line["name"]),
                str(line.get("phone", "")),
                str(line.get("url", "")),
                str(line.get("hours", "")),
            )
            for line in entry.get("lines", [])
        )
        key = code if code == "other" else code.upper()
        countries[key] = CountrySupport(key, str(entry["name"]), str(entry["emergency"]), lines)
    default = str(data.get("default", "other"))
    if default not in countries:
        raise ValueError("the default country is not in the file")
    return SupportDirectory(countries, default)
