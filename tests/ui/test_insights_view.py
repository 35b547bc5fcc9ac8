"""The Insights section on a known household: the numbers shown are the numbers in the data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import Household, open_household
from relate_desktop.services.portability import import_file
from relate_desktop.ui.insights_view import ChartSection
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
from tests.benchmarks import synthetic
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
        if not section.has_chart:  # lists of sentences, the journal: always a table
            assert section.chart_view is None and section.stack.currentIndex() == 1
        else:
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
    # All time starts at the first record, not at the calendar's first day (14 Sep 1752).
    assert page.start.date() == QDate(2025, 12, 5)
    assert page.summary.text() == "6 conflicts from 5 Dec 2025 to 22 Nov 2026."


def test_insights_with_nothing_logged_say_so(window: MainWindow) -> None:
    window.show_section(4)
    page = window.insights
    assert page.summary.text().startswith("0 conflicts")
    assert page.per_month.empty.text() == "No conflicts logged in these dates."
    assert page.per_month.stack.isHidden()
    assert page.check_ins.empty.text() == "No check-ins done in these dates."


def test_insights_on_years_of_a_realistic_household(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock
) -> None:
    """Ten years, 600 conflicts (tests/benchmarks/synthetic): the summary counts what the
    file holds, and the screenshots show how it looks with real volume."""
    data = synthetic.household(600, 300)
    paths = DataPaths(tmp_path / "data")
    import_file(paths, synthetic.write(tmp_path / "h.json", 600, 300), clock)
    household = open_household(paths, clock=clock)
    window = MainWindow(household, synthetic.MARIA, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    try:
        page = window.insights
        page.set_range(date(2024, 1, 1), date(2025, 12, 31))
        window.show_section(4)
        expected = sum(
            1 for c in data["conflicts"] if "2024-01-01" <= c["occurred_at"][:10] <= "2025-12-31"
        )
        assert page.summary.text().startswith(f"{expected} conflicts from 1 Jan 2024")
        assert sum(int(row[2]) for row in table(page.per_month)) == expected
        screenshot(window, "insights-realistic-top")
        page.findChild(QScrollArea, "insightsScroll").verticalScrollBar().setValue(700)
        screenshot(window, "insights-realistic-middle")
        page.findChild(QScrollArea, "insightsScroll").verticalScrollBar().setValue(99999)
        screenshot(window, "insights-realistic-bottom")
        page.person.setCurrentIndex(1)
        page.findChild(QScrollArea, "insightsScroll").verticalScrollBar().setValue(700)
        screenshot(window, "insights-realistic-lloyd")
        page.tables.setChecked(True)
        page.findChild(QScrollArea, "insightsScroll").verticalScrollBar().setValue(0)
        screenshot(window, "insights-realistic-tables")
    finally:
        window.close()
        household.close()


def test_chart_ticks_fall_on_whole_numbers() -> None:
    from relate_desktop.ui.charts import nice_step

    assert [nice_step(n) for n in (1, 5, 6, 7, 12, 13, 30, 31, 60, 61, 400)] == [
        1,
        1,
        1,
        2,
        2,
        5,
        5,
        10,
        10,
        20,
        100,
    ]


def test_the_unlocked_persons_journal_insights_and_nothing_after_the_lock(
    qtbot: QtBot, protected: Household, runner: TaskRunner, clock: FixedClock
) -> None:
    from datetime import timedelta

    from relate_desktop.services import journal, privacy

    maria = protected.people[0].id
    now = clock.now()
    for days_ago in (0, 1, 3):
        clock.set(now - timedelta(days=days_ago))
        journal.write_entry(protected, maria, "x", tags="QUOKKAtag", feeling="hopeful")
    clock.set(now)
    window = MainWindow(protected, maria, runner)
    qtbot.addWidget(window)
    window.show()
    page = window.insights
    window.show_section(4)
    assert page.journal.title.text() == "Maria's journal"
    assert table(page.journal) == [
        ["Days with an entry", "3"],
        ["Entries", "3"],
        ["Longest run of days in a row", "2"],
        ["Days in a row up to today", "2"],
    ]
    assert table(page.journal_feelings) == [["November 2026", "hopeful", "3"]]
    assert table(page.journal_tags) == [["QUOKKAtag", "3"]]
    screenshot(window, "insights-journal")
    privacy.lock_private(protected)
    page.drop_results()
    assert table(page.journal_tags) == [] and table(page.journal_feelings) == []
    window.show_section(4)
    assert not page.journal.isVisibleTo(page) and table(page.journal_tags) == []
    window.close()
