"""No screen sets a colour, a font size or a spacing of its own: they come from the design
tokens (relate_desktop/ui/design.py) through components.py and appearance.tone().

A plain scan of the source: string literals (style sheets, rich text) and the Qt calls that
set sizes or spacing. design.py holds the tokens; components.py and appearance.py turn them
into widgets and fonts."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "relate_desktop" / "ui"
TOKEN_HOMES = {"design.py", "components.py", "appearance.py"}

# Inside string literals.
IN_STRINGS = {
    "a colour written out": re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b"),
    "a colour by name": re.compile(
        r":\s*(?:white|black|red|green|blue|gray|grey|yellow|orange|purple)\b", re.IGNORECASE
    ),
    "the toolkit's palette instead of a token": re.compile(r"palette\("),
    "a font size": re.compile(r"font-size", re.IGNORECASE),
    "a spacing or radius in pixels": re.compile(
        r"(?:padding|margin|border-radius|spacing)(?:-\w+)?\s*:\s*[^;\"']*\b[1-9]\d*(?:px|pt)"
    ),
}
# Python 3.12 splits f-strings into parts; 3.11 gives them whole as STRING.
STRING_TOKENS = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
# Calls with a number of their own.
CALLS = {
    "a spacing of its own": re.compile(
        r"\.(?:setContentsMargins|setSpacing|addSpacing|setHorizontalSpacing|setVerticalSpacing)"
        r"\([^)]*\b[1-9]\d*\b[^)]*\)"
    ),
    "a font size of its own": re.compile(r"\.(?:setPointSizeF?|setPixelSize)\("),
}


def offences(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    found: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type not in STRING_TOKENS:
            continue
        for what, pattern in IN_STRINGS.items():
            if pattern.search(token.string):
                found.append(f"{path.name}:{token.start[0]}: {what}: {token.string.strip()[:70]}")
    for number, line in enumerate(source.splitlines(), 1):
        code = line.split("#", 1)[0]
        for what, pattern in CALLS.items():
            if pattern.search(code):
                found.append(f"{path.name}:{number}: {what}: {line.strip()[:70]}")
    return found


SCREENS = sorted(p for p in UI.rglob("*.py") if p.name not in TOKEN_HOMES)


def test_the_scan_sees_every_screen_module() -> None:
    names = {p.name for p in SCREENS}
    assert {"home.py", "main_window.py", "journal_view.py", "pages.py"} <= names


def test_the_scan_catches_what_it_is_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setStyleSheet('color: #6f6a63; padding: 6px; font-size: 12pt')\n"
        "layout.setSpacing(8)\n"
        "other.setStyleSheet(f'color: {tone(\"muted\")}; border: 1px solid {x}')\n"
        "layout.setContentsMargins(0, 0, 0, 0)\n",
        encoding="utf-8",
    )
    kinds = [line.split(": ")[1] for line in offences(sample)]
    assert kinds == [
        "a colour written out",
        "a font size",
        "a spacing or radius in pixels",
        "a spacing of its own",
    ]


@pytest.mark.parametrize("path", SCREENS, ids=lambda p: str(p.relative_to(UI)))
def test_no_screen_has_a_colour_size_or_spacing_of_its_own(path: Path) -> None:
    assert offences(path) == []
