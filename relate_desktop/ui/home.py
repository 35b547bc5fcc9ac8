"""Home: what's due, repairs to resume, active agreements, recent conflicts, and two big doors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.guide import text
from relate_desktop.domain.models import AgreementStatus
from relate_desktop.services import browse, repair
from relate_desktop.services.household import Household
from relate_desktop.ui.widgets import ID_ROLE, heading, paragraph


def _list(name: str, accessible: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setMinimumHeight(90)
    return widget


def _fill(widget: QListWidget, rows: list[tuple[str, str]], empty: str) -> None:
    widget.clear()
    for label, item_id in rows:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, item_id)
        widget.addItem(item)
    if not rows:
        placeholder = QListWidgetItem(empty)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(placeholder)


class HomePage(QWidget):
    start_repair = Signal()
    write_journal = Signal()
    resume_repair = Signal(str)
    open_agreement = Signal(str)
    open_conflict = Signal(str)

    def __init__(self, household: Household) -> None:
        super().__init__()
        self.setObjectName("homePage")
        self.household = household
        layout = QVBoxLayout(self)
        names = " & ".join(p.name for p in household.people)
        layout.addWidget(heading(f"{text('home.greeting')}, {names}", "homeGreeting"))
        doors = QHBoxLayout()
        self.start_button = QPushButton(text("home.start_repair"))
        self.start_button.setObjectName("startRepairButton")
        self.start_button.setAccessibleName(text("home.start_repair"))
        self.start_button.setAccessibleDescription(text("home.start_repair_hint"))
        self.start_button.setToolTip(text("home.start_repair_hint"))
        self.start_button.setMinimumHeight(44)
        self.start_button.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.journal_button = QPushButton(text("home.journal"))
        self.journal_button.setObjectName("writeJournalButton")
        self.journal_button.setAccessibleName(text("home.journal"))
        self.journal_button.setMinimumHeight(44)
        doors.addWidget(self.start_button)
        doors.addWidget(self.journal_button)
        doors.addStretch(1)
        layout.addLayout(doors)
        layout.addWidget(paragraph(text("home.start_repair_hint")))

        grid = QGridLayout()
        self.due = _list("dueList", text("home.due"))
        self.in_progress = _list("inProgressList", text("home.in_progress"))
        self.active = _list("activeAgreementsList", text("home.active"))
        self.recent = _list("recentConflictsList", text("home.recent"))
        for index, (key, widget) in enumerate(
            (
                ("due", self.due),
                ("in_progress", self.in_progress),
                ("active", self.active),
                ("recent", self.recent),
            )
        ):
            box = QGroupBox(text(f"home.{key}"))
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, index // 2, index % 2)
        layout.addLayout(grid, 1)

        self.start_button.clicked.connect(self.start_repair)
        self.journal_button.clicked.connect(self.write_journal)
        self.in_progress.itemActivated.connect(lambda item: self._emit(self.resume_repair, item))
        self.active.itemActivated.connect(lambda item: self._emit(self.open_agreement, item))
        self.due.itemActivated.connect(lambda item: self._emit(self.open_agreement, item))
        self.recent.itemActivated.connect(lambda item: self._emit(self.open_conflict, item))

    @staticmethod
    def _emit(signal: SignalInstance, item: QListWidgetItem) -> None:
        item_id = item.data(ID_ROLE)
        if item_id:
            signal.emit(item_id)

    def refresh(self) -> None:
        h = self.household
        _fill(
            self.due,
            [
                (f"{d.due_at.astimezone():%a %d %b, %H:%M}: {d.agreement_title}", d.agreement_id)
                for d in browse.due_follow_ups(h)
            ],
            text("home.nothing_due"),
        )
        _fill(
            self.in_progress,
            [
                (
                    f"{r.title or self.tr('(untitled)')}: {r.updated_at.astimezone():%d %b %H:%M}",
                    r.id,
                )
                for r in repair.repairs_in_progress(h)
            ],
            self.tr("None right now."),
        )
        _fill(
            self.active,
            [(a.title, a.id) for a in browse.agreements_page(h, 0, 20, AgreementStatus.ACTIVE)],
            text("home.no_agreements"),
        )
        _fill(
            self.recent,
            [
                (f"{c.occurred_at:%d %b %Y}: {c.title}", c.id)
                for c in browse.recent_conflicts(h, 10)
            ],
            text("home.no_conflicts"),
        )
