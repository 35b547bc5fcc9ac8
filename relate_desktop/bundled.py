"""Where bundled files (resources, migrations) live, in a source tree, a wheel or a bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _find(name: str) -> Path:
    candidates = [
        _PACKAGE_DIR.parent / name,  # a source checkout or an editable install
        _PACKAGE_DIR / name,  # a wheel or a bundle that copies it into the package
    ]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found next to {_PACKAGE_DIR}")


def resources_dir() -> Path:
    """The folder with fonts, texts and vocabulary data."""
    return _find("resources")


def migrations_dir() -> Path:
    """The Alembic script folder."""
    return _find("migrations")
