"""Privacy → Change my passphrase shows the strength check's message (set-up's turns:
tests/ui/test_first_run.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from relate_desktop.services.household import Household
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
from tests.conftest import PASSPHRASES
from tests.ui.test_privacy_menu import refused_change


def test_change_my_passphrase_shows_why_12345678_is_refused(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    window = MainWindow(protected, protected.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    before = (protected.paths.root / "keys.json").read_bytes()
    error = refused_change(qtbot, window, current=PASSPHRASES[0], new="12345678", again="12345678")
    assert error.startswith("That passphrase is too easy to guess")
    assert (protected.paths.root / "keys.json").read_bytes() == before
