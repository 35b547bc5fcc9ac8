"""Which bundled font draws which character: a chain of fonts per face, loaded when first needed."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from relate_desktop.bundled import resources_dir

__all__ = [
    "Face",
    "Run",
    "assign_fonts",
    "base_font",
    "font_for",
    "group",
    "has_glyph",
    "is_invisible",
    "loaded_fonts",
]


class Face(Enum):
    REGULAR = "regular"
    BOLD = "bold"
    ITALIC = "italic"


@dataclass(frozen=True)
class _Family:
    """One bundled family: the reportlab font name and file for each face it has."""

    files: dict[Face, tuple[str, str]]

    def for_face(self, face: Face) -> tuple[str, str]:
        return self.files.get(face) or self.files[Face.REGULAR]


_LATIN = _Family(
    {
        Face.REGULAR: ("RelateSans", "DejaVuSans.ttf"),
        Face.BOLD: ("RelateSans-Bold", "DejaVuSans-Bold.ttf"),
        Face.ITALIC: ("RelateSans-Oblique", "DejaVuSans-Oblique.ttf"),
    }
)
# Hebrew and Arabic have no oblique: those scripts are set upright.
_HEBREW = _Family(
    {
        Face.REGULAR: ("RelateHebrew", "NotoSansHebrew-Regular.ttf"),
        Face.BOLD: ("RelateHebrew-Bold", "NotoSansHebrew-Bold.ttf"),
    }
)
_ARABIC = _Family(
    {
        Face.REGULAR: ("RelateArabic", "NotoSansArabic-Regular.ttf"),
        Face.BOLD: ("RelateArabic-Bold", "NotoSansArabic-Bold.ttf"),
    }
)
_CJK = _Family({Face.REGULAR: ("RelateCJK", "DroidSansFallback.ttf")})
_EMOJI = _Family({Face.REGULAR: ("RelateEmoji", "NotoEmoji-Regular.ttf")})

# The order fonts are tried in, after the font the character's script prefers.
_CHAIN = (_LATIN, _HEBREW, _ARABIC, _CJK, _EMOJI)

_HEBREW_RANGES = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
# Pictographs: DejaVu draws a few of them in another style, so the emoji font goes first.
_EMOJI_RANGES = ((0x1F000, 0x1FAFF),)

# Characters that steer layout but draw nothing: variation selectors, joiners, direction marks
# and embeddings, soft hyphen, emoji skin-tone modifiers and tags (a monochrome glyph cannot
# show a skin tone or a regional flag).
_INVISIBLE_RANGES = (
    (0x00AD, 0x00AD),
    (0x061C, 0x061C),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2069),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0x1F3FB, 0x1F3FF),
    (0xE0000, 0xE01EF),
)


def _in(code: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(low <= code <= high for low, high in ranges)


@cache
def is_invisible(char: str) -> bool:
    """True for a character that steers layout but is not drawn."""
    return _in(ord(char), _INVISIBLE_RANGES)


@cache
def _preferred(char: str) -> _Family | None:
    code = ord(char)
    if _in(code, _HEBREW_RANGES):
        return _HEBREW
    if _in(code, _ARABIC_RANGES):
        return _ARABIC
    if _in(code, _EMOJI_RANGES):
        return _EMOJI
    return None


# --- Loading -----------------------------------------------------------------------------------


def _to_unicode_cmap_fixed(original: Any) -> Any:
    """reportlab 5.1 writes a ToUnicode entry above U+FFFF as five hex digits, which PDF readers
    reject, so emoji could not be copied or searched. The PDF spec wants UTF-16BE there (PDF 1.7,
    9.10.3): a surrogate pair."""

    def make(fontname: str, subset: Sequence[int]) -> str:
        cmap: str = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>")
        return cmap

    make.relate_fixed = True  # type: ignore[attr-defined]
    return make


if not getattr(ttfonts.makeToUnicodeCMap, "relate_fixed", False):
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap_fixed(ttfonts.makeToUnicodeCMap)


_lock = threading.Lock()
_loaded: dict[str, frozenset[int]] = {}


def _load(name: str, file_name: str) -> frozenset[int]:
    """Register a bundled font with reportlab on first use; its code points from the cmap."""
    with _lock:
        codes = _loaded.get(name)
        if codes is None:
            # Shaping stays off: right-to-left and Arabic joining are done before drawing.
            font = TTFont(name, str(resources_dir() / "fonts" / file_name), shapable=False)
            pdfmetrics.registerFont(font)
            codes = frozenset(font.face.charToGlyph)
            _loaded[name] = codes
        return codes


def loaded_fonts() -> list[str]:
    """The reportlab names of the fonts loaded so far (for tests and benchmarks)."""
    return sorted(_loaded)


def base_font(face: Face) -> str:
    """The font for text with no script of its own, loaded and ready."""
    name, file_name = _LATIN.for_face(face)
    _load(name, file_name)
    return name


def _has(family: _Family, face: Face, char: str) -> str | None:
    name, file_name = family.for_face(face)
    return name if ord(char) in _load(name, file_name) else None


@cache
def font_for(char: str, face: Face) -> str | None:
    """The first font that has a glyph for `char`: the one its script prefers, then the chain.
    (Cached: fonts are only ever added, and the bundled ones never change.)"""
    preferred = _preferred(char)
    if preferred is not None:
        found = _has(preferred, face, char)
        if found:
            return found
    for family in _CHAIN:
        if family is not preferred:
            found = _has(family, face, char)
            if found:
                return found
    return None


def has_glyph(font: str, char: str) -> bool:
    """Whether a loaded font's cmap maps `char`."""
    return ord(char) in _loaded.get(font, frozenset())


@cache
def _is_neutral(char: str) -> bool:
    """Spaces, punctuation and marks: they go with the text around them when its font can."""
    return unicodedata.category(char)[0] in "ZPM"


def assign_fonts(text: str, face: Face) -> list[str]:
    """A font name for each character of `text` (in the order given).

    A neutral character keeps the font of the character before it when that font has it, so
    "שלום, Maria" does not switch fonts for the comma. The emoji font never keeps neutrals: its
    digits and punctuation are pictograms. A character no font has falls back to the base font,
    which shows its missing-glyph box rather than dropping it silently.
    """
    fallback = base_font(face)
    emoji = _EMOJI.for_face(face)[0]
    fonts: list[str] = []
    previous: str | None = None
    for char in text:
        sticks = (
            previous is not None
            and previous != emoji
            and _is_neutral(char)
            and has_glyph(previous, char)
        )
        chosen = previous if sticks and previous else (font_for(char, face) or fallback)
        fonts.append(chosen)
        previous = chosen
    return fonts


@dataclass(frozen=True)
class Run:
    """Text drawn in one font."""

    font: str
    text: str


def group(text: str, fonts: list[str]) -> list[Run]:
    """Consecutive characters in the same font, as runs."""
    result: list[Run] = []
    for char, font in zip(text, fonts, strict=True):
        if result and result[-1].font == font:
            result[-1] = Run(font, result[-1].text + char)
        else:
            result.append(Run(font, char))
    return result
