"""Who lives here: what can be known before unlocking, kept apart from the other records so the
first window reads it without loading them (docs/performance.md, "Paint first").
`domain.models` offers the same names."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class HouseholdMode(StrEnum):
    SOLO = "solo"
    COUPLE = "couple"


@dataclass(frozen=True)
class Person:
    id: str
    name: str
