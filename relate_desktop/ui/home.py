"""Home: what's due, repairs to resume, active agreements, recent conflicts, and two big doors."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.guide import text
from relate_desktop.domain.models import AgreementStatus
from relate_desktop.services import browse, check_ins, repair, safety
from relate_desktop.services.household import Household
from relate_desktop.ui.components import primary, quiet
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.widgets import ID_ROLE, heading, paragraph


def _list(name: str, accessible: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    # Long titles wrap instead of hiding behind a sideways scroll bar.
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
    check_in = Signal(str)
    on_my_own = Signal()  # "I'm on my own now": the private safety check

    def __init__(self, household: Household) -> None:
        super().__init__()
        self.setObjectName("homePage")
        self.household = household
        self.person = ""  # who is using the app now (set by the main window)
        layout = QVBoxLayout(self)
        people = [p.name for p in household.people]
        names = (
            text("home.names_joined", first=people[0], second=people[1])
            if len(people) == 2
            else people[0]
        )
        layout.addWidget(heading(f"{text('home.greeting')}, {names}", "homeGreeting"))
        doors = QHBoxLayout()
        self.start_button = QPushButton(text("home.start_repair"))
        self.start_button.setObjectName("startRepairButton")
        self.start_button.setAccessibleName(text("home.start_repair"))
        self.start_button.setAccessibleDescription(text("home.start_repair_hint"))
        self.start_button.setToolTip(text("home.start_repair_hint"))
        self.start_button.setMinimumHeight(44)
        primary(self.start_button)
        self.journal_button = QPushButton(text("home.journal"))
        self.journal_button.setObjectName("writeJournalButton")
        self.journal_button.setAccessibleName(text("home.journal"))
        self.journal_button.setMinimumHeight(44)
        doors.addWidget(self.start_button)
        doors.addWidget(self.journal_button)
        doors.addStretch(1)
        layout.addLayout(doors)
        self.start_hint = paragraph(text("home.start_repair_hint"), "startRepairHint")
        layout.addWidget(self.start_hint)
        self.on_my_own_button = QPushButton(text("safety.on_my_own"))
        self.on_my_own_button.setObjectName("homeOnMyOwn")
        self.on_my_own_button.setCursor(Qt.CursorShape.PointingHandCursor)
        quiet(self.on_my_own_button)
        self.on_my_own_button.clicked.connect(self.on_my_own)
        layout.addWidget(self.on_my_own_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Check-ins come first: due, overdue and missed ones at the top.
        self.due = _list("dueList", text("home.due"))
        due_box = QGroupBox(text("home.due"))
        due_box.setObjectName("dueBox")
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due)
        due_buttons = QHBoxLayout()
        self.check_in_button = QPushButton(text("home.check_in_now"))
        self.check_in_button.setObjectName("homeCheckIn")
        self.let_go_button = QPushButton(text("home.let_go"))
        self.let_go_button.setObjectName("homeLetGo")
        due_buttons.addStretch(1)
        due_buttons.addWidget(self.let_go_button)
        due_buttons.addWidget(self.check_in_button)
        due_layout.addLayout(due_buttons)
        layout.addWidget(due_box)

        grid = QGridLayout()
        self.in_progress = _list("inProgressList", text("home.in_progress"))
        self.active = _list("activeAgreementsList", text("home.active"))
        self.recent = _list("recentConflictsList", text("home.recent"))
        for index, (key, widget) in enumerate(
            (
                ("in_progress", self.in_progress),
                ("active", self.active),
                ("recent", self.recent),
            )
        ):
            box = QGroupBox(text(f"home.{key}"))
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, 0, index)
        layout.addLayout(grid, 1)

        self.start_button.clicked.connect(self.start_repair)
        self.journal_button.clicked.connect(self.write_journal)
        self.in_progress.itemActivated.connect(lambda item: self._emit(self.resume_repair, item))
        self.active.itemActivated.connect(lambda item: self._emit(self.open_agreement, item))
        self.due.itemActivated.connect(lambda item: self._emit(self.check_in, item))
        self.due.currentItemChanged.connect(lambda *_: self._update_due_buttons())
        self.check_in_button.clicked.connect(self._check_in_current)
        self.let_go_button.clicked.connect(self._let_go_current)
        self.recent.itemActivated.connect(lambda item: self._emit(self.open_conflict, item))

    @staticmethod
    def _emit(signal: SignalInstance, item: QListWidgetItem) -> None:
        item_id = item.data(ID_ROLE)
        if item_id:
            signal.emit(item_id)

    def _current_due(self) -> str | None:
        item = self.due.currentItem()
        return item.data(ID_ROLE) if item is not None and item.data(ID_ROLE) else None

    def _update_due_buttons(self) -> None:
        chosen = self._current_due() is not None
        self.check_in_button.setEnabled(chosen)
        self.let_go_button.setEnabled(chosen)

    def _check_in_current(self) -> None:
        follow_up = self._current_due()
        if follow_up:
            self.check_in.emit(follow_up)

    def _let_go_current(self) -> None:
        follow_up = self._current_due()
        if follow_up is None:
            return
        answer = QMessageBox.question(self, text("home.let_go_title"), text("home.let_go_text"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            check_ins.let_go(self.household, follow_up)
        except Exception as error:
            show_error(self, error)
        self.refresh()

    def set_person(self, person_id: str) -> None:
        self.person = person_id
        self.show_for_person()

    def show_for_person(self) -> None:
        """In private use (the person's own choice after the safety check), leave out the
        exercises a couple does together; offer the check to whoever hasn't taken it."""
        solo = bool(self.person) and safety.private_use(self.household, self.person)
        self.start_button.setVisible(not solo)
        self.start_hint.setVisible(not solo)
        needs = bool(self.person) and safety.needs_check(self.household, self.person)
        self.on_my_own_button.setVisible(needs)

    def refresh(self) -> None:
        self.show_for_person()
        h = self.household
        zone = h.clock.now().tzinfo
        soon = check_ins.home_check_ins(h)
        later = None if soon else check_ins.next_check_in(h)
        empty = text("home.nothing_due")
        if later is not None:  # nothing soon, but one is planned: say when, however far
            days = max(1, (later.due_at.astimezone(zone).date() - h.clock.now().date()).days)
            empty = text(
                "home.next_check_in" if days > 1 else "home.next_check_in_tomorrow",
                when=local_text(later.due_at.astimezone(zone), self.tr("ddd d MMM, HH:mm")),
                days=str(days),
                title=later.agreement_title,
            )
        _fill(
            self.due,
            [
                (
                    f"{text(f'home.states.{d.state.value}')} · "
                    f"{local_text(d.due_at.astimezone(zone), self.tr('ddd d MMM, HH:mm'))}"
                    f" · {d.agreement_title}",
                    d.follow_up_id,
                )
                for d in soon
            ],
            empty,
        )
        if self.due.count() and self.due.item(0).data(ID_ROLE):
            self.due.setCurrentRow(0)
        self._update_due_buttons()
        # The buttons act on a check-in that is there; with none, they step aside.
        self.check_in_button.setVisible(bool(soon))
        self.let_go_button.setVisible(bool(soon))
        _fill(
            self.in_progress,
            [
                (
                    f"{r.title or self.tr('(untitled)')}: "
                    f"{local_text(r.updated_at.astimezone(zone), self.tr('d MMM, HH:mm'))}",
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
                (f"{local_text(c.occurred_at, 'd MMM yyyy')}: {c.title}", c.id)
                for c in browse.recent_conflicts(h, 10)
            ],
            text("home.no_conflicts"),
        )
