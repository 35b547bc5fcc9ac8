"""Text in any script as a platypus flowable: Arabic joined, lines broken, right-to-left reordered.

reportlab's Paragraph draws one font per style and leaves bidi to an optional C library. Here a
paragraph is laid out in logical order (that is where lines must break), then each line is put
in visual order with the Unicode bidi algorithm and drawn run by run, each run in a font whose
cmap has its glyphs (see fonts.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import accumulate
from typing import Any, Literal

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from relate_desktop.export.fonts import (
    Face,
    Run,
    assign_fonts,
    font_for,
    group,
    has_glyph,
    is_invisible,
)

__all__ = ["Line", "TextBlock", "TextStyle", "draw_line", "lay_out"]


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float
    face: Face = Face.REGULAR
    color: colors.Color = colors.black
    space_before: float = 0
    space_after: float = 0
    indent: float = 0  # on the side where lines start: left for left-to-right text
    align: Literal["start", "center", "end"] = "start"


@dataclass(frozen=True)
class Line:
    """One laid-out line: runs left to right as drawn, and whether its paragraph reads RTL."""

    runs: tuple[Run, ...]
    width: float
    rtl: bool

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


# --- Cleaning ----------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# A lone surrogate (an imported file may carry one) cannot be encoded or drawn.
_LONE_SURROGATES = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """User text as lines: composed accents, no control characters, tabs as spaces."""
    text = _LONE_SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROL_CHARS.sub("", text).strip()


# --- Bidi --------------------------------------------------------------------------------------

_STRONG_RTL = {"R", "AL"}
_RTL_CLASSES = {"R", "AL", "RLE", "RLO", "RLI", "AN"}


def is_rtl_paragraph(text: str) -> bool:
    """The paragraph direction (rules P2-P3): that of its first strong character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return False


def _needs_bidi(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(text: str, rtl: bool) -> list[int] | None:
    """The embedding level of each character, from python-bidi's Rust implementation.

    Its get_display() reorders (rules L1-L2) but does not mirror brackets (rule L4), see
    https://github.com/MeirKriheli/python-bidi/issues/25, and lines must be reordered one by
    one after breaking anyway. Its debug output lists the resolved levels, one per UTF-8 byte.
    None when that output is not understood; the caller then falls back to the pure-Python
    algorithm.
    """
    from bidi import get_display

    debug = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    block = debug.partition("levels:")[2].partition("paragraphs:")[0]
    per_byte = [int(level) for level in _LEVEL.findall(block)]
    sizes = [len(char.encode("utf-8")) for char in text]
    if len(per_byte) != sum(sizes):
        return None
    levels, position = [], 0
    for size in sizes:
        levels.append(per_byte[position])
        position += size
    return levels


def _visual_order(levels: Sequence[int]) -> list[int]:
    """Rule L2: indices of one line's characters in the order they are drawn."""
    order = list(range(len(levels)))
    if not levels or max(levels) == 0:
        return order
    lowest = min(levels)
    lowest_odd = lowest if lowest % 2 else lowest + 1
    for level in range(max(levels), lowest_odd - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = reversed(order[start:position])
                start = None
    return order


def _mirror(char: str) -> str:
    from bidi.mirror import MIRRORED

    mirrored: str = MIRRORED.get(char, char)
    return mirrored


# --- Line breaking -----------------------------------------------------------------------------

_CJK_RANGES = (
    (0x2E80, 0x2FDF),
    (0x3000, 0x303F),
    (0x3040, 0x30FF),
    (0x3100, 0x318F),
    (0x31A0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),
    (0x1F000, 0x1FAFF),  # emoji break like ideographs
    (0x20000, 0x3FFFF),
)
# Kinsoku: what may not start or end a line in Chinese and Japanese (and their Latin cousins).
_NO_LINE_START = set(
    "、。，．：；！？）」』】〕〉》〗〙〛｝］ー…‥・ゝゞ々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.!?:;)]}%"
)
_NO_LINE_END = set("（「『【〔〈《〖〘〚｛［([{")
_DASHES = set("-‐–—/")


@cache
def _is_wide(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _CJK_RANGES)


@cache
def _is_space(char: str) -> bool:
    return unicodedata.category(char) == "Zs" and char != "\u00a0"


def _may_break_before(text: str, index: int) -> bool:
    before, char = text[index - 1], text[index]
    if _is_space(char):
        return False
    if _is_space(before):
        return True
    if char in _NO_LINE_START or before in _NO_LINE_END:
        return False
    if _is_wide(before) or _is_wide(char):
        return True
    return before in _DASHES and index >= 2 and text[index - 2].isalnum() and char.isalnum()


def _segments(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` between break opportunities, as (start, end)."""
    starts = [0] + [i for i in range(1, len(text)) if _may_break_before(text, i)]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and _is_space(text[end - 1]):
        end -= 1
    return end


def _break(text: str, widths: Sequence[float], available: float) -> list[tuple[int, int]]:
    """Greedy line breaking of one paragraph: (start, end) of each line, trailing spaces off."""
    offsets = [0.0, *accumulate(widths)]

    def width(a: int, b: int) -> float:
        return offsets[b] - offsets[a]

    lines: list[tuple[int, int]] = []
    start = end = 0  # the open line is text[start:end], trailing spaces included
    for seg_start, seg_end in _segments(text):
        visible_end = _trimmed_end(text, seg_start, seg_end)
        if end > start and width(start, visible_end) > available:
            lines.append((start, _trimmed_end(text, start, end)))
            start = end = seg_start
        if end == start and width(seg_start, visible_end) > available:
            # A word wider than a whole line: cut it between characters.
            while True:
                taken = start + 1
                while taken < visible_end and width(start, taken + 1) <= available:
                    taken += 1
                if taken >= visible_end:
                    break
                lines.append((start, taken))
                start = taken
        end = seg_end
    if end > start or not lines:
        lines.append((start, _trimmed_end(text, start, end)))
    return lines


# --- Laying out --------------------------------------------------------------------------------


@cache
def _advance(char: str, font: str) -> float:
    """How far `char` moves the pen in `font`, per point of font size."""
    return float(pdfmetrics.stringWidth(char, font, 1))


def _shape_arabic(text: str) -> str:
    """Arabic letters in their joined forms (presentation forms the fonts map)."""
    if not any(0x0600 <= ord(char) <= 0x06FF or 0x0750 <= ord(char) <= 0x08FF for char in text):
        return text
    import arabic_reshaper

    shaped: str = arabic_reshaper.reshape(text)
    return shaped


def _line(
    text: str, fonts: list[str], levels: list[int] | None, rtl: bool, style: TextStyle
) -> Line:
    """One line (logical order, a font per character) as drawn, left to right."""
    if levels is not None:
        chars, chosen = [], []
        for index in _visual_order(levels):
            char, font = text[index], fonts[index]
            if levels[index] % 2:  # rule L4: brackets in right-to-left text face the other way
                mirrored = _mirror(char)
                if mirrored != char:
                    char = mirrored
                    if not has_glyph(font, char):
                        font = font_for(char, style.face) or font
            chars.append(char)
            chosen.append(font)
        text, fonts = "".join(chars), chosen
    keep = [i for i, char in enumerate(text) if not is_invisible(char)]
    line_runs = group("".join(text[i] for i in keep), [fonts[i] for i in keep])
    width = sum(pdfmetrics.stringWidth(run.text, run.font, style.size) for run in line_runs)
    return Line(tuple(line_runs), width, rtl)


def _lay_out_paragraph(text: str, style: TextStyle, available: float) -> list[Line]:
    if not text:
        return [Line((), 0.0, False)]
    rtl = is_rtl_paragraph(text)
    text = _shape_arabic(text)
    fonts = assign_fonts(text, style.face)
    widths = [
        0.0 if is_invisible(char) else _advance(char, font) * style.size
        for char, font in zip(text, fonts, strict=True)
    ]
    breaks = _break(text, widths, available)
    if not _needs_bidi(text):
        return [_line(text[a:b], fonts[a:b], None, rtl, style) for a, b in breaks]
    levels = _levels(text, rtl)
    if levels is not None:
        return [_line(text[a:b], fonts[a:b], levels[a:b], rtl, style) for a, b in breaks]
    from bidi.algorithm import get_display  # pure Python: mirrors, but older bracket rules

    visual = [str(get_display(text[a:b], base_dir="R" if rtl else "L")) for a, b in breaks]
    return [_line(line, assign_fonts(line, style.face), None, rtl, style) for line in visual]


def lay_out(text: str, style: TextStyle, width: float) -> list[Line]:
    """`text` broken into lines no wider than `width` (less the indent), ready to draw."""
    available = max(width - style.indent, style.size)
    lines: list[Line] = []
    for paragraph in clean(text).split("\n"):
        lines += _lay_out_paragraph(paragraph, style, available)
    return lines


def draw_line(canvas: Any, line: Line, x: float, y: float, size: float) -> None:
    """Draw a laid-out line with its left end at x and its baseline at y."""
    for run in line.runs:
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += pdfmetrics.stringWidth(run.text, run.font, size)


# --- The flowable ------------------------------------------------------------------------------


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph of user or document text in any script. Splits between lines across pages,
    never leaving a single line behind or alone at the top of the next page."""

    def __init__(self, text: str, style: TextStyle, lines: list[Line] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        # The parts of a split block keep the lines they were given; every frame in these
        # documents has the same width.
        self._fixed = lines is not None
        self._lines: list[Line] = lines or []
        # Tables measure a cell at more than one width; each layout is kept.
        self._layouts: dict[float, list[Line]] = {}

    def __repr__(self) -> str:
        return f"TextBlock({self.text[:40]!r})"

    def lines(self, width: float) -> list[Line]:
        if not self._fixed:
            if width not in self._layouts:
                self._layouts[width] = lay_out(self.text, self.style, width)
            self._lines = self._layouts[width]
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.lines(available_width)) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self.lines(available_width)
        fit = min(int((available_height + 1e-6) // self.style.leading), len(lines))
        if len(lines) - fit < 2:
            fit = len(lines) - 2  # no widow: carry one more line over
        if fit < 2:  # no orphan
            return []
        first = TextBlock(self.text, replace(self.style, space_after=0), lines[:fit])
        rest = TextBlock(self.text, replace(self.style, space_before=0), lines[fit:])
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(style.color)
        # Baseline placed so capitals sit in the middle of the line's leading.
        baseline = style.leading / 2 + 0.36 * style.size
        for number, line in enumerate(self._lines):
            y = self.height - number * style.leading - baseline
            starts_left = not line.rtl
            if style.align == "center":
                x = (self.width - line.width) / 2
            elif (style.align == "start") == starts_left:
                x = style.indent
            else:
                x = self.width - style.indent - line.width
            draw_line(canvas, line, x, y, style.size)
        canvas.restoreState()
