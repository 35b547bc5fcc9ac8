"""Keyboard habits Qt doesn't have on its own, for every window at once (an application-wide
event filter, installed at start):

- Tab leaves a date or time field (Qt would step through day, month, year and hour first, so
  text meant for the next field landed in the date); the arrow keys and typing still change
  its parts.
- In a group of radio buttons the arrow keys choose, not only move the focus (Qt chooses only
  when one is already chosen, and not across the labels set between them)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QRadioButton, QWidget

_FORWARD = {Qt.Key.Key_Down, Qt.Key.Key_Right}
_BACK = {Qt.Key.Key_Up, Qt.Key.Key_Left}


class KeyboardHabits(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        key = event.key()
        if isinstance(watched, QDateTimeEdit) and key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            forward = (
                key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            return _leave(watched, forward)
        if isinstance(watched, QRadioButton) and key in _FORWARD | _BACK:
            return _choose_next(watched, key in _FORWARD)
        return False


def _leave(field: QWidget, forward: bool) -> bool:
    """Move the focus to the next (or previous) widget that takes Tab, as any field does."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(field)
    while candidate is not None and candidate is not field:
        takes_tab = bool(candidate.focusPolicy() & Qt.FocusPolicy.TabFocus)
        inside = field.isAncestorOf(candidate)
        if takes_tab and not inside and candidate.isVisible() and candidate.isEnabled():
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            candidate.setFocus(reason)
            return True
        candidate = step(candidate)
    return False


def _choose_next(button: QRadioButton, forward: bool) -> bool:
    group, parent = button.group(), button.parentWidget()
    if group is not None and group.exclusive():
        buttons = group.buttons()
    elif button.autoExclusive() and parent is not None:
        buttons = [b for b in parent.findChildren(QRadioButton) if b.parentWidget() is parent]
    else:
        return False
    usable = [b for b in buttons if b.isVisible() and b.isEnabled()]
    if button not in usable or len(usable) < 2:
        return False
    index = usable.index(button) + (1 if forward else -1)
    chosen = usable[index % len(usable)]
    chosen.setFocus(Qt.FocusReason.TabFocusReason)
    if not chosen.isChecked():
        chosen.click()  # as a click would: toggled and clicked signals, the group updated
    return True


_habits: KeyboardHabits | None = None


def installed() -> KeyboardHabits | None:
    return _habits


def install(app: QApplication) -> None:
    """Once per application; later calls change nothing."""
    global _habits
    if _habits is None:
        _habits = KeyboardHabits(app)
        app.installEventFilter(_habits)
