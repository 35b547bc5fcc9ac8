"""Privacy → Change my passphrase shows the strength check's message (set-up's turns:
tests/ui/test_first_run.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.services.household import Household
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASES
from tests.ui.test_privacy import when_modal
from tests.ui.test_privacy_menu import fill, trigger


def test_change_my_passphrase_shows_why_12345678_is_refused(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    window = MainWindow(protected, protected.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    before = (protected.paths.root / "keys.json").read_bytes()
    errors: list[str] = []

    def weak_then_cancel(dialog: QWidget) -> None:
        fill(dialog, current=PASSPHRASES[0], new="12345678", again="12345678")
        ok = dialog.findChild(QAbstractButton, "secretFormOk")
        assert ok is not None
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        error = dialog.findChild(QLabel, "secretFormError")
        assert error is not None
        errors.append(error.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(qtbot, weak_then_cancel)
    trigger(window, "actionChangePassphrase")
    assert errors and errors[0].startswith("That passphrase is too easy to guess")
    assert (protected.paths.root / "keys.json").read_bytes() == before
