"""How the app looks on a desktop: bundled fonts, the icon, and the system's light or dark scheme.

Widgets never hard-code a colour: they ask `tone(name)` or `coach_colours(group)`, which read the
design tokens (ui/design.py) of the scheme in use, so a dark scheme gets readable colours too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from relate_desktop.bundled import resources_dir
from relate_desktop.ui.design import palette_for, style_sheet

SCHEMES = ("system", "light", "dark")

# Families from resources/fonts that draw what the system may lack (CJK, emoji, Hebrew,
# Arabic); appended after the system font, so they are used only where it has no glyph.
FALLBACK_FAMILIES = (
    "DejaVu Sans",
    "Noto Sans Hebrew",
    "Noto Sans Arabic",
    "Droid Sans Fallback",
    "Noto Emoji",
)

_registered: list[str] = []
# Up to Latin Extended-B: drawn by every desktop's own fonts, so text within it needs no
# bundled font to show right in the first window.
_EVERY_DESKTOP_DRAWS = 0x024F


def needs_bundled_fonts(texts: list[str]) -> bool:
    """Whether these texts may need a bundled font to draw (CJK, emoji, Hebrew, Arabic...)."""
    return any(ord(char) > _EVERY_DESKTOP_DRAWS for text in texts for char in text)


def register_fonts() -> list[str]:
    """Make the bundled fonts available to Qt (once) and use them as fallbacks for the UI font.
    Returns the families Qt loaded. Needs the application object (Qt crashes without one)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("register_fonts() needs a QApplication first")
    if not _registered:
        for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QGuiApplication.font()  # the system's family and size: kept first
    families = [f for f in font.families() or [font.family()] if f]
    for family in FALLBACK_FAMILIES:
        if family in _registered and family not in families:
            families.append(family)
    font.setFamilies(families)
    QGuiApplication.setFont(font)
    return sorted(set(_registered))


def app_icon() -> QIcon:
    """Relate's icon at every size it ships in."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("relate-*.png")):
        icon.addFile(str(path))
    return icon


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """`base` made `factor` times larger: sizes follow the system's font size, never fixed."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


# Colour schemes ---------------------------------------------------------------------------


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def token_palette(dark: bool) -> QPalette:
    """A QPalette from the design tokens (ui/design.py), for Fusion and for every widget that
    reads palette roles."""
    p = palette_for(dark)
    roles = {
        QPalette.ColorRole.Window: p.background,
        QPalette.ColorRole.WindowText: p.text,
        QPalette.ColorRole.Base: p.surface,
        QPalette.ColorRole.AlternateBase: p.surface_sunk,
        QPalette.ColorRole.Text: p.text,
        QPalette.ColorRole.PlaceholderText: p.text_muted,
        QPalette.ColorRole.Button: p.surface,
        QPalette.ColorRole.ButtonText: p.text,
        QPalette.ColorRole.BrightText: p.on_accent,
        QPalette.ColorRole.ToolTipBase: p.surface,
        QPalette.ColorRole.ToolTipText: p.text,
        QPalette.ColorRole.Highlight: p.accent,
        QPalette.ColorRole.HighlightedText: p.on_accent,
        QPalette.ColorRole.Link: p.accent,
        QPalette.ColorRole.LinkVisited: p.private,
        QPalette.ColorRole.Light: p.surface,
        QPalette.ColorRole.Midlight: p.surface_sunk,
        QPalette.ColorRole.Mid: p.border,
        QPalette.ColorRole.Dark: p.text_muted,
        QPalette.ColorRole.Shadow: p.border,
    }
    palette = QPalette()
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(p.text_muted))
    return palette


# Given to QApplication when Relate makes it, so that Fusion is its style from the start.
# Asking the application which style it has, as apply_scheme otherwise does, makes Python's
# view of QStyle and its hundreds of enum values: about 13 ms before the first window.
FUSION_ARGUMENTS = ("-style", "Fusion")


def apply_scheme(choice: str, restyle: bool = True) -> str:
    """Follow the system ('system'), or force 'light' or 'dark'. Returns the scheme in use.
    Either way Relate draws with its own tokens (Fusion, the token palette, the style sheet).
    `restyle=False`: the application was made with FUSION_ARGUMENTS."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    want_dark = choice == "dark" or (choice not in SCHEMES[1:] and system_is_dark())
    if restyle and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(token_palette(want_dark))
    app.setStyleSheet(style_sheet(want_dark))
    return "dark" if want_dark else "light"


# Tones: palette-based colours for hints, notes, cards, errors --------------------------------


_TONES = {
    "muted": "text_muted",
    "border": "border",
    "surface": "surface",
    "text": "text",
    "accent": "accent",
    "warm": "warm_ink",
    "private": "private",
    "error": "problem_ink",
    "warning": "caution_ink",
    "success": "accent",
    "info": "info_ink",
    "calm": "accent",
    "error_bg": "problem_soft",
    "warning_bg": "caution_soft",
    "success_bg": "accent_soft",
    "info_bg": "info_soft",
    "calm_bg": "accent_soft",
    "private_bg": "private_soft",
    "sunk": "surface_sunk",
}


def tone(name: str) -> str:
    """A colour (as #rrggbb) for a role, from the design tokens of the scheme in use.

    muted: secondary text (hints); error, warning, success, info, calm, private, warm: text that
    also says what it is in words; <role>_bg: a soft background behind such text; border: a
    hairline; surface, sunk: cards and wells."""
    return str(getattr(palette_for(is_dark()), _TONES[name]))


_GROUPS = {"specific": "warning", "owned": "info", "respectful": "error"}
_UNDERLINES = {"specific": "caution", "owned": "info_ink", "respectful": "problem_ink"}


def coach_colours(group: str) -> tuple[str, str, str]:
    """(underline/accent, title ink, tint) for a coach finding group, on the current palette."""
    group = group if group in _GROUPS else "specific"
    underline = str(getattr(palette_for(is_dark()), _UNDERLINES[group]))
    accent = _GROUPS[group]
    return underline, tone(accent), tone(f"{accent}_bg")
