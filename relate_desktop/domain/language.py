"""Which language the app's texts are in: English unless the app chose another at start."""

from __future__ import annotations

from collections.abc import Iterable

SUPPORTED = ("en", "es")
NAMES = {"en": "English", "es": "Español"}  # each in its own language, for the menu

_current = "en"


def current() -> str:
    """The language data texts are read in when a caller names none."""
    return _current


def set_current(code: str) -> str:
    """Use `code` from now on if it is supported (else English); returns the one in use."""
    global _current
    _current = code if code in SUPPORTED else "en"
    return _current


def resolve(language: str | None) -> str:
    return language or _current


def pick(preferred: Iterable[str]) -> str:
    """The first supported language among `preferred` ('es-MX', 'es_ES', 'en'...), else English."""
    for tag in preferred:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in SUPPORTED:
            return code
    return "en"
