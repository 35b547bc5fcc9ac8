"""Small building blocks shared by screens: labelled fields, headings, wrapped text."""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime, time

from PySide6.QtCore import QByteArray, QDateTime, QPoint, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QLayout, QLineEdit, QPlainTextEdit, QWidget

from relate_desktop.domain.errors import RelateError
from relate_desktop.paths import DataPaths
from relate_desktop.services import preferences
from relate_desktop.ui.components import type_size

# Where list items keep the id of the record they show.
ID_ROLE = Qt.ItemDataRole.UserRole


def heading(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name or "heading")
    label.setWordWrap(True)
    type_size(label, "title", QFont.Weight.DemiBold)  # follows the system's size
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


def fit_to_screen(window: QWidget, width: int, height: int, grow: float = 0.0) -> None:
    """Open at about `width` x `height` (or `grow` of a larger screen's free area), never
    larger than the free area, so the buttons at the bottom stay on screen at 1024x640 or
    with a large scale; centred on the screen of its parent (or the primary screen)."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    width = max(width, round(room.width() * grow))
    height = max(height, round(room.height() * grow))
    # Leave room for the window's frame and title bar, which the desktop adds.
    size = QSize(min(width, room.width() - 16), min(height, room.height() - 48))
    window.resize(size)
    window.move(room.center() - QPoint(size.width() // 2, (size.height() + 32) // 2))


def place_window(
    window: QWidget, paths: DataPaths, width: int, height: int, grow: float = 0.0
) -> None:
    """Open `window` where it was last time (by its object name), if that is still on a
    screen; else at a size that fits, centred. `keep_place` saves it when it closes."""
    saved = preferences.load(paths).window_places.get(window.objectName())
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        screen = QGuiApplication.screenAt(window.geometry().center())
        if screen is not None and screen.availableGeometry().contains(window.frameGeometry()):
            return
    fit_to_screen(window, width, height, grow)


def keep_place(window: QWidget, paths: DataPaths) -> None:
    """Remember where `window` is, for `place_window` next time (sizes only: nothing private)."""
    place = bytes(window.saveGeometry().toBase64().data()).decode("ascii")
    # A read-only folder: the window simply opens at its default place next time.
    with suppress(OSError, RelateError):
        preferences.remember_place(paths, window.objectName(), place)
