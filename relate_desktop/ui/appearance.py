"""How the app looks on a desktop: bundled fonts, the icon, and the system's light or dark scheme.

Widgets never hard-code a colour: they ask `tone(name)` or `coach_colours(group)`, which read the
application palette, so a dark scheme gets readable colours too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from relate_desktop.bundled import resources_dir

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
_platform_palette: QPalette | None = None
_platform_style: str | None = None


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


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2226",
        QPalette.ColorRole.WindowText: "#e8e6e3",
        QPalette.ColorRole.Base: "#16181b",
        QPalette.ColorRole.AlternateBase: "#262a2f",
        QPalette.ColorRole.Text: "#e8e6e3",
        QPalette.ColorRole.PlaceholderText: "#a3a9b0",
        QPalette.ColorRole.Button: "#2b3036",
        QPalette.ColorRole.ButtonText: "#e8e6e3",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2b3036",
        QPalette.ColorRole.ToolTipText: "#e8e6e3",
        QPalette.ColorRole.Highlight: "#4f8fd6",
        QPalette.ColorRole.HighlightedText: "#0b0c0d",
        QPalette.ColorRole.Link: "#8cb8ff",
        QPalette.ColorRole.LinkVisited: "#c6a2ff",
        QPalette.ColorRole.Light: "#3a4047",
        QPalette.ColorRole.Midlight: "#30353b",
        QPalette.ColorRole.Mid: "#555c64",
        QPalette.ColorRole.Dark: "#9aa1a9",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d848c"))
    return palette


def light_palette() -> QPalette:
    style = QApplication.style()
    palette = style.standardPalette()
    if is_dark(palette):  # Fusion follows a dark system; the person asked for light
        palette = QPalette(QColor("#efefef"), QColor("#f7f7f7"))
        palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#1f2328"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2328"))
        palette.setColor(QPalette.ColorRole.ButtonText, QColor("#1f2328"))
    return palette


def apply_scheme(choice: str) -> str:
    """Follow the system ('system'), or force 'light' or 'dark'. Returns the scheme in use."""
    global _platform_palette, _platform_style
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return "light"
    if _platform_palette is None:
        _platform_palette = QPalette(app.palette())
        _platform_style = app.style().name()
    want_dark = choice == "dark" or (choice not in SCHEMES[1:] and system_is_dark())
    if choice not in SCHEMES[1:] and is_dark(_platform_palette) == want_dark:
        # The platform already draws the scheme the system asks for: keep its native look.
        if _platform_style and app.style().name() != _platform_style:
            app.setStyle(_platform_style)
        app.setPalette(_platform_palette)
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if want_dark else light_palette())
    return "dark" if want_dark else "light"


# Tones: palette-based colours for hints, notes, cards, errors --------------------------------


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` (0..1) of the way towards `b`."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


_ACCENTS_LIGHT = {
    "error": "#b00020",
    "warning": "#6b5300",
    "success": "#1d6b35",
    "info": "#1c4a7e",
    "calm": "#24553a",
}
_ACCENTS_DARK = {
    "error": "#ff8a8a",
    "warning": "#f2cf6b",
    "success": "#7fd69a",
    "info": "#9cc4f2",
    "calm": "#9fd8b4",
}


def tone(name: str) -> str:
    """A colour (as #rrggbb) for a role, readable on the current palette.

    muted: secondary text (hints); error, warning, success, info, calm: text that also says
    what it is in words; <accent>_bg: a soft background behind such text; border: a frame."""
    palette = QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = is_dark(palette)
    if name == "muted":
        return _mix(text, window, 0.3).name()
    if name == "border":
        return _mix(window, text, 0.3).name()
    if name == "surface":
        return palette.color(QPalette.ColorRole.Base).name()
    if name == "text":
        return text.name()
    accents = _ACCENTS_DARK if dark else _ACCENTS_LIGHT
    if name.endswith("_bg"):
        accent = QColor(accents[name[:-3]])
        return _mix(window, accent, 0.16 if dark else 0.1).name()
    return accents[name]


_GROUPS = {"specific": "warning", "owned": "info", "respectful": "error"}
_UNDERLINES_LIGHT = {"specific": "#b86e00", "owned": "#2c67a8", "respectful": "#b0303a"}
_UNDERLINES_DARK = {"specific": "#f0a640", "owned": "#6fa8ea", "respectful": "#f07078"}


def coach_colours(group: str) -> tuple[str, str, str]:
    """(underline/accent, title ink, tint) for a coach finding group, on the current palette."""
    group = group if group in _GROUPS else "specific"
    underline = (_UNDERLINES_DARK if is_dark() else _UNDERLINES_LIGHT)[group]
    accent = _GROUPS[group]
    return underline, tone(accent), tone(f"{accent}_bg")
