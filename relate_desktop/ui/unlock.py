"""Unlocking: pick who you are, type your passphrase (or recovery code). The key derivation runs
off the GUI thread; repeated wrong tries make the next one wait a little longer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.errors import CorruptDatabase, RelateError, WrongPassphrase
from relate_desktop.domain.people import Person
from relate_desktop.ui.appearance import tone
from relate_desktop.ui.components import muted
from relate_desktop.ui.tasks import TaskRunner

# Wrong tries allowed before a pause, and the pause after each further one (seconds), doubling
# up to a minute. Counted per person for as long as the app runs; never written to disk, so a
# wrong passphrase changes nothing there.
FREE_TRIES = 3
FIRST_PAUSE_S = 2
MAX_PAUSE_S = 60
_failures: dict[str, int] = {}


def pause_after(failures: int) -> int:
    """Seconds to wait before the next try after this many wrong ones in a row."""
    if failures < FREE_TRIES:
        return 0
    return int(min(MAX_PAUSE_S, FIRST_PAUSE_S * 2 ** (failures - FREE_TRIES)))


def reset_failures() -> None:
    _failures.clear()


Attempt = Callable[[str, str], Any]


class UnlockDialog(QDialog):
    """Asks for a person and their passphrase, then runs `attempt(person_id, secret)` on the
    runner; accepted with `result` set when it succeeds. Closing it changes nothing."""

    def __init__(
        self,
        people: Sequence[Person],
        attempt: Attempt,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
        intro: str | None = None,
        preselect: str | None = None,
        greeting: str | None = None,
        action: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(APP_NAME)  # neutral in task switchers; the heading says more
        self.setMinimumWidth(440)
        self.attempt = attempt
        self.runner = runner
        self.result_value: Any = None
        self.damage: CorruptDatabase | None = None  # a damaged file found while opening
        self.used_recovery = False
        layout = QVBoxLayout(self)
        heading = QLabel(
            "<h2>"
            + escape(greeting or title or self.tr("Welcome back"))
            + "</h2><p>"
            + (intro or self.tr("Choose who you are and type your passphrase."))
            + "</p>"
        )
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        self.person = QComboBox()
        self.person.setObjectName("unlockPerson")
        self.person.setAccessibleName(self.tr("Who are you?"))
        for person in people:
            self.person.addItem(person.name, person.id)
        if preselect is not None:
            self.person.setCurrentIndex(max(0, self.person.findData(preselect)))
        self.person.setEnabled(len(people) > 1)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase or recovery code"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("I am"), self.person)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        layout.addLayout(form)
        hint = QLabel(self.tr("Forgot it? Type your recovery code instead."))
        hint.setObjectName("unlockHint")
        muted(hint)
        layout.addWidget(hint)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet(f"color: {tone('error')};")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.unlock_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.action = action or self.tr("Unlock")
        self.unlock_button.setText(self.action)
        self.unlock_button.setObjectName("unlockButton")
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.waiting = 0
        self.person.currentIndexChanged.connect(self._person_changed)
        self._person_changed()
        self.passphrase.setFocus()

    def person_id(self) -> str:
        return str(self.person.currentData())

    def _person_changed(self) -> None:
        self.error.clear()
        self._wait(pause_after(_failures.get(self.person_id(), 0)))

    def try_unlock(self) -> None:
        if self.waiting or not self.unlock_button.isEnabled():
            return
        person, secret = self.person_id(), self.passphrase.text()
        self._busy(True)
        self.error.setText(self.tr("Unlocking…"))
        self.runner.run(lambda: self.attempt(person, secret), self._done, self._failed)

    def _done(self, result: Any) -> None:
        _failures.pop(self.person_id(), None)
        self._busy(False)
        self.passphrase.clear()
        self.result_value = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, RelateError):
            self.error.setText(self.tr("Something went wrong. Please try again."))
            raise error
        if isinstance(error, CorruptDatabase):
            # Not something to retry here: the caller shows the damaged-file screen.
            self.damage = error
            self.reject()
            return
        if isinstance(error, WrongPassphrase):
            count = _failures.get(self.person_id(), 0) + 1
            _failures[self.person_id()] = count
            self.show_problem(error.message)
            self._wait(pause_after(count))
        else:
            self.show_problem(error.message)

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
        self.adjustSize()  # room for a longer message, without squeezing the intro
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.unlock_button, self.passphrase, self.person):
            widget.setEnabled(not busy)
        if not busy:
            self.person.setEnabled(self.person.count() > 1)

    def _wait(self, seconds: int) -> None:
        self.waiting = seconds
        self.unlock_button.setEnabled(seconds == 0)
        if seconds:
            self.countdown.start()
            self._show_wait()
        else:
            self.countdown.stop()

    def _show_wait(self) -> None:
        self.unlock_button.setText(self.tr("Wait {n} s").format(n=self.waiting))

    def _tick(self) -> None:
        self.waiting -= 1
        if self.waiting <= 0:
            self.waiting = 0
            self.countdown.stop()
            self.unlock_button.setEnabled(True)
            self.unlock_button.setText(self.action)
            return
        self._show_wait()
