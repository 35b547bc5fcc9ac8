"""Insights: patterns over a date range, as charts or as tables of the same numbers. QtCharts is
imported the first time the page is shown, not at start-up."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.insights import DateRange, Insights
from relate_desktop.domain.journal_insights import JournalInsights
from relate_desktop.domain.vocabulary import Reaction, label
from relate_desktop.services import insights as insights_service
from relate_desktop.services.household import Household
from relate_desktop.services.journal_insights import journal_insights
from relate_desktop.ui.components import type_size
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.table_model import NumbersTable
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.widgets import heading, paragraph

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart

OUTCOME_WORDS = {
    "held": "Held",
    "partly": "Partly held",
    "not_yet": "Not yet",
    "unknown": "Not recorded",
}
NO_TOPIC_WORDS = "No topic"
CHART_HEIGHT = 260
CHART_TOPICS = 8  # as many colours as the palette has


class ChartSection(QWidget):
    """A heading, and the chart or its table (the same numbers)."""

    def __init__(self, name: str, columns: list[str], chart: bool = True) -> None:
        super().__init__()
        self.setObjectName(name)
        self.has_chart = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE["s"], 0, SPACE["s"])
        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        type_size(self.title, "lead", QFont.Weight.DemiBold)
        self.title.setWordWrap(True)
        self.note = paragraph("", f"{name}Note")
        self.note.hide()
        self.stack = QStackedWidget()
        self.chart_view: Any = None  # a QChartView, made on first use
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_holder.setMinimumHeight(CHART_HEIGHT)
        self.model = NumbersTable(columns)
        self.table = QTableView()
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(CHART_HEIGHT)
        self.stack.addWidget(self.chart_holder)
        self.stack.addWidget(self.table)
        self.empty = paragraph("", f"{name}Empty")
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.stack)
        layout.addWidget(self.empty)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.table.setAccessibleName(text)
        self.chart_holder.setAccessibleName(text)

    def present(self, chart: QChart | None, rows: list[tuple[Any, ...]], empty: str) -> None:
        """New numbers: the chart (None when there is nothing to draw) and its table."""
        self.model.set_rows(rows)
        self.empty.setText(empty if not rows else "")
        self.empty.setVisible(not rows)
        self.stack.setVisible(bool(rows))
        if chart is None:
            return
        from PySide6.QtCharts import QChartView
        from PySide6.QtGui import QPainter

        old = self.chart_view.chart() if self.chart_view is not None else None
        if self.chart_view is None:
            self.chart_view = QChartView(chart)
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.chart_view.setObjectName(f"{self.objectName()}Chart")
            self.chart_layout.addWidget(self.chart_view)
        else:
            self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def show_tables(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on or not self.has_chart else 0)


class InsightsPage(QWidget):
    def __init__(self, household: Household, person_id: str, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("insightsPage")
        self.household = household
        self.runner = runner
        self._generation = 0
        self.person_id = person_id
        self.latest: Insights | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Insights")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Patterns over time: what you argue about, the loops that come back, and "
                    "how each of you tends to react. Each person's patterns come only from "
                    "what they said about themselves."
                )
            )
        )
        controls = QHBoxLayout()
        today = household.clock.now().date()
        self.start = self._date_edit("insightsFrom", self.tr("From"), _add_years(today, -1))
        self.end = self._date_edit("insightsTo", self.tr("To"), today)
        self.all_time = QPushButton(self.tr("&All time"))
        self.all_time.setObjectName("insightsAllTime")
        self.person = QComboBox()
        self.person.setObjectName("insightsPerson")
        self.person.setAccessibleName(self.tr("Whose patterns"))
        for person in household.people:
            self.person.addItem(person.name, person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(person_id)))
        self.tables = QCheckBox(self.tr("Show the &numbers as tables"))
        self.tables.setObjectName("insightsTables")
        # Two short rows, so the page fits a narrow window: the dates, then whose and how.
        for text, widget in ((self.tr("From"), self.start), (self.tr("to"), self.end)):
            controls.addWidget(QLabel(text))
            controls.addWidget(widget)
        controls.addWidget(self.all_time)
        controls.addStretch(1)
        layout.addLayout(controls)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Whose patterns:")))
        choices.addWidget(self.person)
        choices.addSpacing(SPACE["l"])
        choices.addWidget(self.tables)
        choices.addStretch(1)
        layout.addLayout(choices)
        self.summary = paragraph("", "insightsSummary")
        layout.addWidget(self.summary)

        self.per_month = ChartSection(
            "insightsPerMonth", [self.tr("Month"), self.tr("Topic"), self.tr("Conflicts")]
        )
        self.loops = ChartSection(
            "insightsLoops",
            [self.tr("What comes back"), self.tr("Kind"), self.tr("Times"), self.tr("Last time")],
            chart=False,  # a list reads better: the situations are whole sentences
        )
        self.stances = ChartSection("insightsStances", [self.tr("Stance"), self.tr("Conflicts")])
        self.reactions = ChartSection(
            "insightsReactions", [self.tr("Month"), self.tr("Reaction"), self.tr("Times")]
        )
        self.strategies = ChartSection(
            "insightsStrategies", [self.tr("Losing strategy"), self.tr("Times")]
        )
        self.check_ins = ChartSection(
            "insightsCheckIns", [self.tr("At the check-in"), self.tr("Check-ins")]
        )
        # The unlocked person's own journal (nothing while no private space is open).
        self.journal = ChartSection(
            "insightsJournal", [self.tr("My journal"), self.tr("Days")], chart=False
        )
        self.journal_feelings = ChartSection(
            "insightsJournalFeelings",
            [self.tr("Month"), self.tr("Feeling"), self.tr("Entries")],
            chart=False,
        )
        self.journal_tags = ChartSection(
            "insightsJournalTags", [self.tr("Tag"), self.tr("Entries")], chart=False
        )
        self.latest_journal: JournalInsights | None = None
        self.sections = (
            self.journal,
            self.journal_feelings,
            self.journal_tags,
            self.per_month,
            self.loops,
            self.stances,
            self.reactions,
            self.strategies,
            self.check_ins,
        )
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for section in self.sections:
            body_layout.addWidget(section)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("insightsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        # Every person's patterns are counted already: choosing another only redraws.
        self.person.currentIndexChanged.connect(self._redraw)
        self.all_time.clicked.connect(self.show_all_time)
        self.tables.toggled.connect(self._show_tables)

    def _date_edit(self, name: str, accessible: str, value: date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    def set_person(self, person_id: str) -> None:
        self.person.setCurrentIndex(max(0, self.person.findData(person_id)))

    def set_range(self, start: date | None, end: date) -> None:
        for edit in (self.start, self.end):
            edit.blockSignals(True)
        self.start.setDate(
            self.start.minimumDate() if start is None else QDate(start.year, start.month, start.day)
        )
        self.end.setDate(QDate(end.year, end.month, end.day))
        for edit in (self.start, self.end):
            edit.blockSignals(False)
        self.refresh()

    def show_all_time(self) -> None:
        """From the first record (not the calendar's first day) to today."""
        today = self.household.clock.now().date()
        try:
            first = insights_service.first_day(self.household)
        except Exception as error:
            show_error(self, error)
            return
        self.set_range(min(first, today) if first else today, today)

    def date_range(self) -> DateRange:
        start = self.start.date()
        end = self.end.date()
        return DateRange(
            None
            if start == self.start.minimumDate()
            else date(start.year(), start.month(), start.day()),
            date(end.year(), end.month(), end.day()),
        )

    def _show_tables(self, on: bool) -> None:
        for section in self.sections:
            section.show_tables(on)

    def refresh(self) -> None:
        """Count on the worker (all of ten years takes a moment); show the newest answer only."""
        self._generation += 1
        generation, window = self._generation, self.date_range()
        self.summary.setText(self.tr("Counting…"))
        self.runner.run(
            lambda: (
                insights_service.insights(self.household, window),
                journal_insights(self.household, window),
            ),
            lambda found: self._show_found(generation, *found),
            lambda error: self._failed(generation, error),
        )

    def drop_results(self) -> None:
        """A private space closed: forget what was counted with it (and anything still being
        counted); the page counts again when next shown."""
        self._generation += 1
        if self.latest is None:
            return
        self.latest = None
        self.latest_journal = None
        self.summary.setText("")
        for section in self.sections:
            section.present(None, [], "")

    def _show_found(
        self, generation: int, found: Insights, journal: JournalInsights | None = None
    ) -> None:
        if generation != self._generation:
            return  # the dates or the person changed meanwhile
        self.latest = found
        self.latest_journal = journal
        self._fill(found)
        self._show_tables(self.tables.isChecked())

    def _redraw(self) -> None:
        if self.latest is not None:
            self._fill(self.latest)
            self._show_tables(self.tables.isChecked())

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self.summary.setText("")
            show_error(self, error)

    def _fill(self, found: Insights) -> None:
        from relate_desktop.ui import charts  # QtCharts, on first use

        self._fill_journal(self.latest_journal)

        person_id = self.person.currentData() or self.person_id
        name = self.household.name_of(person_id)
        window = self.date_range()
        since = _day(window.start) if window.start else self.tr("the beginning")
        self.summary.setText(
            self.tr("%n conflict(s) from {start} to {end}.", "", found.conflicts).format(
                start=since, end=_day(window.end) if window.end else ""
            )
        )
        topic_name = {t: t or self.tr(NO_TOPIC_WORDS) for t in found.topics}
        # The chart shows the most frequent topics and the rest together (colours stay
        # distinct); the table lists every topic.
        shown, rest = found.topics[: CHART_TOPICS - 1], found.topics[CHART_TOPICS - 1 :]
        if len(rest) == 1:
            shown, rest = found.topics, ()
        series = [
            (topic_name[t], [found.per_month.get((m, t), 0) for m in found.months]) for t in shown
        ]
        if rest:
            series.append(
                (
                    self.tr("Other topics"),
                    [sum(found.per_month.get((m, t), 0) for t in rest) for m in found.months],
                )
            )
        self.per_month.set_title(self.tr("Conflicts each month, by topic"))
        self.per_month.present(
            charts.stacked_bars([_short_month(m) for m in found.months], series)
            if found.conflicts
            else None,
            [
                (_long_month(m), topic_name[t], found.per_month[(m, t)])
                for m in found.months
                for t in found.topics
                if found.per_month.get((m, t))
            ],
            self.tr("No conflicts logged in these dates."),
        )
        self.loops.set_title(self.tr("What keeps coming back"))
        self.loops.present(
            None,
            [
                (
                    loop.label,
                    self.tr("Topic") if loop.kind == "topic" else self.tr("Situation"),
                    loop.count,
                    _day(loop.last),
                )
                for loop in found.loops
            ],
            self.tr("Nothing has come back twice in these dates."),
        )
        mine = found.person(person_id)
        stances = [(label(s.value), n) for s, n in mine.stances] if mine else []
        self.stances.set_title(self.tr("{name}'s stances").format(name=name))
        self.stances.note.setText(
            self._privacy_note(person_id, mine is not None and mine.includes_private)
        )
        self.stances.note.show()
        has_stances = any(n for _, n in stances)
        self.stances.present(
            charts.pie(stances) if has_stances else None,
            stances if has_stances else [],
            self.tr("{name} hasn't named a stance in these dates.").format(name=name),
        )
        reactions = list(mine.reactions_by_month) if mine else []
        reaction_names = sorted({r for _, r, _ in reactions}, key=list(Reaction).index)
        self.reactions.set_title(self.tr("{name}'s reactions over time").format(name=name))
        self.reactions.present(
            charts.stacked_bars(
                [_short_month(m) for m in found.months],
                [
                    (
                        label(r.value),
                        [
                            sum(n for month, rr, n in reactions if month == m and rr == r)
                            for m in found.months
                        ],
                    )
                    for r in reaction_names
                ],
                colors=[list(Reaction).index(r) for r in reaction_names],
            )
            if reactions
            else None,
            [(_long_month(m), label(r.value), n) for m, r, n in reactions],
            self.tr("No reactions named in these dates."),
        )
        strategies = [(label(s.value), n) for s, n in mine.strategies] if mine else []
        self.strategies.set_title(self.tr("{name}'s most used losing strategies").format(name=name))
        self.strategies.present(
            charts.horizontal_bars(strategies) if strategies else None,
            strategies,
            self.tr("No losing strategies named in these dates."),
        )
        outcomes = [(self.tr(OUTCOME_WORDS[o]), n) for o, n in found.check_ins]
        done = sum(n for _, n in outcomes)
        self.check_ins.set_title(self.tr("Did agreements hold at check-ins?"))
        self.check_ins.present(
            charts.pie(outcomes) if done else None,
            outcomes if done else [],
            self.tr("No check-ins done in these dates."),
        )

    def _fill_journal(self, found: JournalInsights | None) -> None:
        """The unlocked person's own journal: only while their private space is open."""
        for section in (self.journal, self.journal_feelings, self.journal_tags):
            section.setVisible(found is not None)
        if found is None:
            for section in (self.journal, self.journal_feelings, self.journal_tags):
                section.present(None, [], "")
            return
        name = self.household.name_of(self.household.private_person or "")
        self.journal.set_title(self.tr("{name}'s journal").format(name=name))
        self.journal.note.setText(
            self.tr("Counted from your own entries, only while your private space is open.")
        )
        self.journal.note.show()
        self.journal.present(
            None,
            [
                (self.tr("Days with an entry"), found.writing_days),
                (self.tr("Entries"), found.entries),
                (self.tr("Longest run of days in a row"), found.longest_streak),
                (self.tr("Days in a row up to today"), found.current_streak),
            ]
            if found.entries
            else [],
            self.tr("No entries in these dates."),
        )
        self.journal_feelings.set_title(self.tr("Feelings over time"))
        self.journal_feelings.present(
            None,
            [(_long_month(m), feeling, n) for m, feeling, n in found.feelings_by_month],
            self.tr("No feelings chosen in these dates."),
        )
        self.journal_tags.set_title(self.tr("Most used tags"))
        self.journal_tags.present(None, list(found.top_tags), self.tr("No tags in these dates."))

    def _privacy_note(self, person_id: str, included: bool) -> str:
        name = self.household.name_of(person_id)
        if included:
            return self.tr(
                "These include {name}'s private reflections, because {name}'s private space "
                "is open. They disappear from here when it is locked."
            ).format(name=name)
        return self.tr(
            "From what {name} shared. Private reflections count only while {name}'s own "
            "private space is open."
        ).format(name=name)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _short_month(month: str) -> str:
    return local_text(date(int(month[:4]), int(month[5:]), 1), "MMM yyyy")


def _day(moment: date) -> str:
    return local_text(moment, "d MMM yyyy")


def _long_month(month: str) -> str:
    return local_text(date(int(month[:4]), int(month[5:]), 1), "MMMM yyyy")
