"""Small components on the design tokens (ui/design.py): the kinds of button and frame the
application style sheet draws. Screens mark a widget's kind here instead of styling it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.ui.design import SPACE, TYPE_SCALE


def _kind(widget: QWidget, kind: str) -> None:
    widget.setProperty("kind", kind)
    # A widget not yet shown is polished (the style sheet's rules for its kind applied) when
    # it first shows; one already polished is polished again.
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


def primary(button: QAbstractButton) -> QAbstractButton:
    """The one main action of a screen: filled with the accent."""
    _kind(button, "primary")
    return button


def quiet(button: QAbstractButton) -> QAbstractButton:
    """A secondary action that reads like a link."""
    _kind(button, "quiet")
    return button


def card(frame: QFrame | None = None) -> QFrame:
    """A surface with a hairline and rounded corners, for one thing on a page."""
    frame = frame or QFrame()
    _kind(frame, "card")
    return frame


def banner(frame: QFrame, tone: str = "info") -> QFrame:
    """A soft band behind a note: "info", "private" or "caution"."""
    _kind(frame, f"banner-{tone}")
    return frame


def type_size(widget: QWidget, step: str, weight: QFont.Weight | None = None) -> QWidget:
    """Set a widget's text to a step of the type scale (design.TYPE_SCALE), from the system's
    own body size, so a larger system font makes everything larger."""
    font = QFont(QApplication.font())
    factor = TYPE_SCALE[step]
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:
        font.setPixelSize(round(font.pixelSize() * factor))
    if weight is not None:
        font.setWeight(weight)
    widget.setFont(font)
    return widget


def muted(label: QLabel) -> QLabel:
    """Secondary text: dates, hints."""
    _kind(label, "muted")
    return label


def section_header(text: str, name: str = "") -> QLabel:
    """A page's section title: medium weight, one step up from body text."""
    label = QLabel(text)
    label.setObjectName(name or "sectionHeader")
    label.setWordWrap(True)
    label.setAccessibleName(text)
    type_size(label, "lead", QFont.Weight.DemiBold)
    _kind(label, "section")
    return label


def chip(text: str, name: str = "") -> QLabel:
    """A small rounded label: a feeling word, a tag, a state."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    type_size(label, "small")
    _kind(label, "chip")
    return label


def empty_state(text: str, action: QAbstractButton | None = None, name: str = "") -> QFrame:
    """An invitation where there is nothing yet: one kind line, and at most one action."""
    frame = QFrame()
    frame.setObjectName(name or "emptyState")
    _kind(frame, "empty")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(SPACE["l"], SPACE["l"], SPACE["l"], SPACE["l"])
    layout.setSpacing(SPACE["s"])
    line = QLabel(text)
    line.setObjectName(f"{frame.objectName()}Text")
    line.setWordWrap(True)
    muted(line)
    layout.addWidget(line)
    if action is not None:
        layout.addWidget(action, 0, Qt.AlignmentFlag.AlignLeft)
    return frame


def padded(layout: QBoxLayout, space: str = "l", gap: str = "s") -> QBoxLayout:
    """Margins and spacing for a card's or page's layout, from the spacing tokens."""
    layout.setContentsMargins(SPACE[space], SPACE[space], SPACE[space], SPACE[space])
    layout.setSpacing(SPACE[gap])
    return layout


def note(label: QLabel, tone: str = "info") -> QLabel:
    """A short note on a soft ground: "info", "caution" or "private" (the words say which)."""
    label.setWordWrap(True)
    _kind(label, f"note-{tone}")
    return label


def dress(widget: QWidget, name: str) -> QWidget:
    """Any other drawn kind of the style sheet: "quote", "code", "preview", "chip",
    "banner-calm", "banner-reminder"."""
    _kind(widget, name)
    return widget
