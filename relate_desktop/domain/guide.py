"""The app's guidance texts (step titles, prompts, hints), loaded from translatable data."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from relate_desktop.bundled import resources_dir


@cache
def _guide(language: str) -> dict[str, Any]:
    path = resources_dir() / "text" / f"guide.{language}.json"
    if not path.exists():
        path = resources_dir() / "text" / "guide.en.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def text(key: str, language: str = "en", **values: str) -> str:
    """The text at a dotted key, e.g. `steps.handover.title`, with `{name}`-style fields filled."""
    node: Any = _guide(language)
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"no guide text {key!r}")
        node = node[part]
    if not isinstance(node, str):
        raise KeyError(f"guide text {key!r} is not a string")
    return node.format(**values) if values else node


def texts(key: str, language: str = "en") -> list[str]:
    """A list of texts, e.g. the journal prompts."""
    node: Any = _guide(language)
    for part in key.split("."):
        node = node[part]
    return [str(item) for item in node]


def records(key: str, language: str = "en") -> list[dict[str, str]]:
    """A list of small records, e.g. the safety questions with their ids."""
    node: Any = _guide(language)
    for part in key.split("."):
        node = node[part]
    return [{str(k): str(v) for k, v in item.items()} for item in node]



def table(key: str, language: str = "en") -> dict[str, str]:
    """A mapping of texts, e.g. how each check-in outcome is worded."""
    node: Any = _guide(language)
    for part in key.split("."):
        node = node[part]
    return {str(name): str(value) for name, value in node.items()}


def missing_text(need: str, language: str = "en") -> str:
    messages: dict[str, str] = _guide(language)["missing"]
    return messages.get(need, need)
