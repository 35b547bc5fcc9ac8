"""UI fixtures: a synchronous task runner and the main window on a fresh household."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from relate_desktop.services.household import Household
from relate_desktop.ui import keyboard, refcount_guard, translation
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner


@pytest.fixture(autouse=True, scope="session")
def in_english(qapp: QApplication) -> None:
    """As the app does at start: English, with its plural forms ("1 conflict"), and the
    keyboard habits every window has (ui/keyboard.py)."""
    translation.install("en")
    keyboard.install(qapp)


@pytest.fixture(autouse=True)
def refcounts_kept_up() -> None:
    """PySide6 6.12.0 drops a reference to None or True with every signal (see
    relate_desktop/ui/refcount_guard.py); without this a long UI run aborts at exit."""
    if refcount_guard.affected():
        refcount_guard.top_up()


@pytest.fixture
def runner() -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def window(qtbot: QtBot, couple: Household, runner: TaskRunner) -> Iterator[MainWindow]:
    main = MainWindow(couple, couple.people[0].id, runner)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def screenshot(widget: object, name: str) -> None:
    """Save a picture of a widget when RELATE_SCREENSHOTS names a folder (to look at them)."""
    folder = os.environ.get("RELATE_SCREENSHOTS")
    if folder:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()  # let layouts settle, as they would on screen
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))  # type: ignore[attr-defined]
