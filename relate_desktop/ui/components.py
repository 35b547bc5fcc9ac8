"""Small components on the design tokens (ui/design.py): the kinds of button and frame the
application style sheet draws. Screens mark a widget's kind here instead of styling it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QFrame, QWidget


def _kind(widget: QWidget, kind: str) -> None:
    widget.setProperty("kind", kind)
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
