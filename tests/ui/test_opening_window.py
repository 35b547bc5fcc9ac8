"""The opening window (paint first, load after): shown where the main window will be while an
open household opens, with the main window's frame, so Home fills in without a jump."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.services.household import Household
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.opening import OpeningWindow
from relate_desktop.ui.session import Session
from relate_desktop.ui.tasks import TaskRunner


def _at(window: QWidget, name: str) -> tuple[QPoint, str]:
    widget = window.findChild(QWidget, name)
    assert widget is not None, name
    text = widget.text() if isinstance(widget, QLabel) else ""
    return widget.mapTo(window, QPoint(0, 0)), text


def test_home_fills_in_where_the_opening_window_showed_it(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    opening = OpeningWindow(couple.info, couple.paths, couple.clock.now())
    main = MainWindow(couple, couple.people[0].id, runner)
    for window in (opening, main):
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
    assert opening.geometry().size() == main.geometry().size()
    assert opening.windowTitle() == main.windowTitle() == "Relate"
    titles = [a.text() for a in main.menuBar().actions()]
    assert [a.text() for a in opening.menuBar().actions()] == titles
    for name in ("navigation", "homeGreeting", "homeDate"):
        assert _at(opening, name) == _at(main, name), name
    nav = opening.findChild(QListWidget, "navigation")
    main_nav = main.findChild(QListWidget, "navigation")
    assert nav is not None and main_nav is not None
    assert [nav.item(i).text() for i in range(nav.count())] == [
        main_nav.item(i).text() for i in range(main_nav.count())
    ]
    assert nav.width() == main_nav.width()


def test_the_main_window_takes_the_opening_windows_place(
    qtbot: QtBot, couple: Household, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    couple.close()
    shown: list[tuple[OpeningWindow, QRect]] = []
    real_show = OpeningWindow.show

    def noting_show(self: OpeningWindow) -> None:
        real_show(self)
        shown.append((self, self.geometry()))

    monkeypatch.setattr(OpeningWindow, "show", noting_show)
    session = Session(couple.paths, couple.clock, runner)
    try:
        assert session.start()
        assert len(shown) == 1 and session.opening is None
        opening, where = shown[0]
        assert session.window is not None and session.window.isVisible()
        placed = session.window.geometry()
        # Same place; never smaller (a main window whose words need more room, after an
        # earlier test changed the font, may be wider than the opening window was).
        assert placed.topLeft() == where.topLeft() and placed.height() == where.height()
        assert placed.width() >= where.width()
        assert not opening.isVisible()
    finally:
        session.close()
