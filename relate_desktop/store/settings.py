"""settings.json in the data folder: small, non-private preferences, written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from relate_desktop.store.atomic import write_atomically


def load(path: Path) -> dict[str, Any]:
    """The saved settings, or {} when there are none or the file can't be read (a damaged
    settings file must never stop anyone from reaching their data)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(path: Path, values: dict[str, Any]) -> None:
    text = json.dumps(values, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    write_atomically(path, text.encode("utf-8"))
