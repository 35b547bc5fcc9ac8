"""Keyboard use, driven by key presses: Tab leaves a date field, arrow keys choose in radio
groups, and the focus mark shows from the moment a page opens (empty lists too)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QDateTimeEdit,
    QLineEdit,
    QListView,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.services.household import Household
from relate_desktop.ui.appearance import apply_scheme, is_dark
from relate_desktop.ui.design import palette_for
from relate_desktop.ui.first_run import FirstRunDialog
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.safety_check import SafetyCheckDialog
from relate_desktop.ui.tasks import TaskRunner


def child(root: QWidget, kind: type, name: str) -> QWidget:
    found = root.findChild(kind, name)
    assert found is not None, name
    return found


def accent_pixels(widget: QWidget) -> int:
    """How many pixels of the widget are drawn in the accent (the focus mark's colour)."""
    QApplication.processEvents()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    accent = QColor(palette_for(is_dark()).accent).rgb()
    return sum(
        1
        for y in range(image.height())
        for x in range(0, image.width())
        if image.pixel(x, y) == accent
    )


def test_tab_leaves_the_date_field_for_the_next_one(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.wizard
    assert wizard is not None
    when = child(wizard, QDateTimeEdit, "occurredAt")
    before = when.dateTime()
    when.setFocus()
    qtbot.keyClick(when, Qt.Key.Key_Tab)
    topic = child(wizard, QLineEdit, "topic")
    assert wizard.focusWidget() is topic
    qtbot.keyClicks(topic, "mornings")
    assert topic.text() == "mornings" and when.dateTime() == before
    # Shift+Tab comes back to it, and the arrow keys still change its parts.
    qtbot.keyClick(topic, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert wizard.focusWidget() is when
    qtbot.keyClick(when, Qt.Key.Key_Up)
    assert when.dateTime() != before
    wizard.close()


def test_arrow_keys_choose_in_the_safety_check(qtbot: QtBot, couple: Household) -> None:
    dialog = SafetyCheckDialog(couple, couple.people[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = [b for b in dialog.findChildren(QRadioButton) if b.isVisible()]
    first_question = [b for b in buttons if b.objectName().startswith(buttons[0].objectName()[:-3])]
    yes, no = sorted(first_question, key=lambda b: not b.objectName().endswith("yes"))
    yes.setFocus()
    assert not yes.isChecked() and not no.isChecked()
    qtbot.keyClick(yes, Qt.Key.Key_Right)
    assert no.isChecked() and dialog.focusWidget() is no
    qtbot.keyClick(no, Qt.Key.Key_Left)
    assert yes.isChecked() and not no.isChecked()
    dialog.close()


def test_arrow_keys_choose_who_sets_up(qtbot: QtBot, couple: Household, runner: TaskRunner) -> None:
    dialog = FirstRunDialog(couple.paths, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    together = child(dialog, QRadioButton, "modeCouple")
    alone = child(dialog, QRadioButton, "modeSolo")
    together.setFocus()
    qtbot.keyClick(together, Qt.Key.Key_Down)
    assert alone.isChecked() and not together.isChecked()
    dialog.close()


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own look (Fusion, the token palette and style sheet), as it starts."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_scheme("light")
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_the_focus_mark_shows_as_soon_as_a_page_opens(
    qtbot: QtBot, window: MainWindow, styled: None
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    title = child(wizard, QLineEdit, "conflictTitle")
    assert wizard.focusWidget() is title
    # No key pressed yet: the field already wears the accent ring.
    assert accent_pixels(title) > title.width()
    wizard.close()


def test_an_empty_list_shows_the_focus_mark(qtbot: QtBot, window: MainWindow, styled: None) -> None:
    window.show_section(1)  # Conflicts: nothing logged yet
    lists = [v for v in window.conflicts.findChildren(QListView) if v.isVisible()]
    assert lists and lists[0].model().rowCount() == 0
    empty = lists[0]
    unfocused = accent_pixels(empty)
    empty.setFocus(Qt.FocusReason.TabFocusReason)
    assert accent_pixels(empty) > unfocused + empty.height()
