"""The design tokens: text colours keep WCAG AA contrast (4.5:1) on every surface they are drawn
on, in light and dark; the style sheet and palette come from the tokens."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relate_desktop.ui.appearance import apply_scheme, tone
from relate_desktop.ui.design import DARK, LIGHT, PAPER, Palette, style_sheet

TEXTS = (
    "text",
    "text_muted",
    "accent",
    "warm_ink",
    "private",
    "caution_ink",
    "problem_ink",
    "info_ink",
)
GROUNDS = ("background", "surface", "surface_sunk", "accent_soft")
SOFT_PAIRS = (
    ("private", "private_soft"),
    ("caution_ink", "caution_soft"),
    ("problem_ink", "problem_soft"),
    ("info_ink", "info_soft"),
    ("text", "warm_soft"),
    ("warm_ink", "warm_soft"),
    ("text", "accent_soft"),
)


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_every_text_colour_is_readable_on_every_ground(palette: Palette) -> None:
    pairs = [(t, g) for t in TEXTS for g in GROUNDS] + list(SOFT_PAIRS)
    pairs.append(("on_accent", "accent"))
    weak = [
        (t, g, round(contrast(getattr(palette, t), getattr(palette, g)), 2))
        for t, g in pairs
        if contrast(getattr(palette, t), getattr(palette, g)) < 4.5
    ]
    assert weak == []


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_style_sheet_uses_only_token_colours(dark: bool) -> None:
    palette = DARK if dark else LIGHT
    # ...and the paper of a PDF preview, white in either scheme.
    allowed = {v.lower() for v in (*vars(palette).values(), *vars(PAPER).values())}
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", style_sheet(dark))}
    assert used and used <= allowed


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_scheme_draws_with_the_tokens(qtbot: QtBot, scheme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = (QPalette(app.palette()), app.styleSheet(), app.style().name())
    try:
        apply_scheme(scheme)
        palette = DARK if scheme == "dark" else LIGHT
        window = app.palette().color(QPalette.ColorRole.Window).name().upper()
        assert window == palette.background.upper()
        assert tone("muted").upper() == palette.text_muted.upper()
        assert app.styleSheet() == style_sheet(scheme == "dark")
    finally:
        app.setStyleSheet(before[1])
        app.setPalette(before[0])
        app.setStyle(before[2])
