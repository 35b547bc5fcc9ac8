"""The Insights section on a known household: the numbers shown are the numbers in the data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relate_desktop.services.household import Household
from relate_desktop.ui.insights_view import ChartSection
from relate_desktop.ui.main_window import MainWindow
from tests.insights_data import fill
from tests.ui.conftest import screenshot


def table(section: ChartSection) -> list[list[str]]:
    model = section.model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_insights_show_the_households_numbers_as_charts_and_tables(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, couple: Household
) -> None:
    fill(couple)
    page = window.insights
    page.set_range(date(2026, 1, 1), date(2026, 12, 31))
    window.show_section(4)
    assert window.stack.currentWidget() is page
    assert page.summary.text() == "5 conflicts from 1 Jan 2026 to 31 Dec 2026."
    assert table(page.per_month) == [
        ["January 2026", "chores", "1"],
        ["January 2026", "Money", "1"],
        ["March 2026", "Money", "1"],
        ["March 2026", "in-laws", "1"],
        ["April 2026", "chores", "1"],
    ]
    assert table(page.loops) == [
        ["chores", "Topic", "2", "1 Apr 2026"],
        ["Lloyd: One-down, Flight · Maria: One-up, Fight", "Situation", "2", "2 Mar 2026"],
        ["Money", "Topic", "2", "2 Mar 2026"],
    ]
    assert page.stances.title.text() == "Maria's stances"
    assert table(page.stances) == [["One-up", "3"], ["One-down", "0"], ["Same-as", "0"]]
    assert table(page.reactions) == [["January 2026", "Fight", "2"], ["March 2026", "Fight", "1"]]
    assert table(page.strategies) == [["Being right", "3"], ["Controlling", "1"]]
    assert table(page.check_ins) == [
        ["Held", "2"],
        ["Partly held", "1"],
        ["Not yet", "1"],
        ["Not recorded", "1"],
    ]
    for section in page.sections:
        qtmodeltester.check(section.model)
        assert section.chart_view is not None and section.stack.currentIndex() == 0
    assert page.per_month.model.headerData(2, Qt.Orientation.Horizontal) == "Conflicts"
    screenshot(window, "insights-known-charts")

    # Lloyd's own patterns, and the tables instead of the charts.
    page.person.setCurrentIndex(1)
    assert page.stances.title.text() == "Lloyd's stances"
    assert table(page.stances) == [["One-up", "0"], ["One-down", "2"], ["Same-as", "1"]]
    assert table(page.strategies) == [["Withdrawal", "2"]]
    page.tables.setChecked(True)
    assert all(s.stack.currentIndex() == 1 for s in page.sections)
    screenshot(window, "insights-known-tables")

    # A narrower range: spring only.
    page.start.setDate(QDate(2026, 3, 1))
    page.end.setDate(QDate(2026, 4, 30))
    assert page.summary.text().startswith("3 conflicts")
    assert table(page.check_ins) == [
        ["Held", "0"],
        ["Partly held", "0"],
        ["Not yet", "1"],
        ["Not recorded", "1"],
    ]
    page.show_all_time()
    assert page.summary.text().startswith("6 conflicts from the beginning")


def test_insights_with_nothing_logged_say_so(window: MainWindow) -> None:
    window.show_section(4)
    page = window.insights
    assert page.summary.text().startswith("0 conflicts")
    assert page.per_month.empty.text() == "No conflicts logged in these dates."
    assert page.per_month.stack.isHidden()
    assert page.check_ins.empty.text() == "No check-ins done in these dates."
