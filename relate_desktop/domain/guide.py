"""The app's guidance texts (step titles, prompts, hints), loaded from translatable data."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from relate_desktop.bundled import resources_dir
from relate_desktop.domain.language import resolve


@cache
def _book(name: str, language: str) -> dict[str, Any]:
    path = resources_dir() / "text" / f"{name}.{language}.json"
    if not path.exists():
        path = resources_dir() / "text" / f"{name}.en.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def lookup(book: str, key: str, language: str | None = None) -> Any:
    """The data at a dotted key of `resources/text/<book>.<language>.json` (English if missing)."""
    node: Any = _book(book, resolve(language))
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"no {book} text {key!r}")
        node = node[part]
    return node


def fill(book: str, key: str, language: str | None = None, **values: str) -> str:
    """The text at a dotted key of a book, with `{name}`-style fields filled."""
    node = lookup(book, key, language)
    if not isinstance(node, str):
        raise KeyError(f"{book} text {key!r} is not a string")
    return node.format(**values) if values else node


def text(key: str, language: str | None = None, **values: str) -> str:
    """The text at a dotted key, e.g. `steps.handover.title`, with `{name}`-style fields filled."""
    return fill("guide", key, language, **values)


def texts(key: str, language: str | None = None) -> list[str]:
    """A list of texts, e.g. the journal prompts."""
    return [str(item) for item in lookup("guide", key, language)]


def records(key: str, language: str | None = None) -> list[dict[str, str]]:
    """A list of small records, e.g. the safety questions with their ids."""
    return [{str(k): str(v) for k, v in item.items()} for item in lookup("guide", key, language)]


def table(key: str, language: str | None = None) -> dict[str, str]:
    """A mapping of texts, e.g. how each check-in outcome is worded."""
    node = lookup("guide", key, language)
    return {str(name): str(value) for name, value in node.items()}


def missing_text(need: str, language: str | None = None) -> str:
    messages: dict[str, str] = lookup("guide", "missing", language)
    return messages.get(need, need)
