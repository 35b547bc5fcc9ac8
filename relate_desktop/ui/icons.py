"""Line icons (Lucide, resources/icons/lucide) drawn in the design tokens' colours.

The files keep Lucide's `stroke="currentColor"`; here it becomes the token for each mode, so one
file serves light and dark, a selected row (the colour on the accent) and a disabled button.
Icons are drawn once per name and scheme, at a size sharp up to 200% scaling."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton

from relate_desktop.bundled import resources_dir
from relate_desktop.ui.appearance import is_dark
from relate_desktop.ui.design import palette_for

# What each place in the app shows, by Lucide's name.
ICONS = {
    "home": "house",
    "conflicts": "messages-square",
    "agreements": "handshake",
    "journal": "notebook-pen",
    "insights": "chart-column",
    "repair": "heart-handshake",
    "write": "pen-line",
    "check_in": "calendar-check",
    "lock": "lock",
    "hide": "eye-off",
    "search": "search",
    "safety": "life-buoy",
    "guide": "book-open",
    "time_out": "timer",
    "prompt": "sparkles",
    "export": "file-down",
    "help": "circle-help",
    "open_folder": "folder-open",
    "quiet": "feather",
    "bold": "bold",
    "italic": "italic",
    "bullets": "list",
    "numbers": "list-ordered",
    "heading": "heading",
}
_DRAWN_AT = 48  # device pixels: 24 px at 200%


@cache
def _source(name: str) -> str:
    return (resources_dir() / "icons" / "lucide" / f"{ICONS[name]}.svg").read_text(encoding="utf-8")


def _svg(name: str, colour: str) -> bytes:
    return _source(name).replace("currentColor", colour).encode("utf-8")


def _pixmap(svg: bytes) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(_DRAWN_AT, _DRAWN_AT)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, _DRAWN_AT, _DRAWN_AT))
    painter.end()
    return pixmap


@cache
def _icon(name: str, dark: bool, tone: str) -> QIcon:
    p = palette_for(dark)
    icon = QIcon()
    normal = _pixmap(_svg(name, getattr(p, tone)))
    icon.addPixmap(normal, QIcon.Mode.Normal)
    icon.addPixmap(normal, QIcon.Mode.Active)
    icon.addPixmap(_pixmap(_svg(name, p.on_accent)), QIcon.Mode.Selected)
    icon.addPixmap(_pixmap(_svg(name, p.text_muted)), QIcon.Mode.Disabled)
    return icon


def icon(name: str, tone: str = "text") -> QIcon:
    """The icon for `name` (a key of ICONS) in the current scheme, drawn in token `tone`."""
    return _icon(name, is_dark(), tone)


def with_icon(button: QAbstractButton, name: str, tone: str = "text") -> QAbstractButton:
    """Put an icon before a button's words (the words stay: an icon never speaks alone)."""
    button.setIcon(icon(name, tone))
    button.setIconSize(QSize(18, 18))
    return button
