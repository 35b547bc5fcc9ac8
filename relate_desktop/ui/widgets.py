"""Small building blocks shared by screens: labelled fields, headings, wrapped text."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QPlainTextEdit, QWidget

from relate_desktop.ui.appearance import scaled_font

# Where list items keep the id of the record they show.
ID_ROLE = Qt.ItemDataRole.UserRole


def heading(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name or "heading")
    label.setWordWrap(True)
    label.setFont(scaled_font(label.font(), 1.6, bold=True))  # follows the system's size
    label.setStyleSheet("margin-bottom: 4px;")
    label.setAccessibleName(text)
    return label


def paragraph(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def line_field(layout: QLayout, label: str, name: str, placeholder: str = "") -> QLineEdit:
    """A one-line text field with a label above it, added to `layout`."""
    caption = QLabel(label)
    caption.setWordWrap(True)
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(label)
    caption.setBuddy(edit)
    layout.addWidget(caption)
    layout.addWidget(edit)
    return edit


def text_field(
    layout: QLayout, label: str, name: str, placeholder: str = "", lines: int = 3
) -> QPlainTextEdit:
    """A multi-line text field; Tab moves focus on, as in any form."""
    caption = QLabel(label)
    caption.setWordWrap(True)
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(label)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    caption.setBuddy(edit)
    layout.addWidget(caption)
    layout.addWidget(edit)
    return edit


def wall_clock(moment: datetime) -> QDateTime:
    """A QDateTime that reads like `moment` on its own wall clock (for date and time editors)."""
    return QDateTime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second
    )


def day_and_time(value: QDateTime) -> tuple[date, time]:
    """What a date and time editor shows, as plain Python values."""
    qdate, qtime = value.date(), value.time()
    return (
        date(qdate.year(), qdate.month(), qdate.day()),
        time(qtime.hour(), qtime.minute()),
    )


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Open at about `width` x `height`, but never larger than the screen's free area, so the
    buttons at the bottom stay on screen at 1024x640 or with a large scale."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    # Leave room for the window's frame and title bar, which the desktop adds.
    window.resize(min(width, room.width() - 16), min(height, room.height() - 48))
