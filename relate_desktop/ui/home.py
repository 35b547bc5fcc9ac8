"""Home, the couple's place: a greeting with the date, what is next (a check-in however far
away, a repair to continue), the two doors (repair, journal), active agreements as cards with
their next check-in, a prompt of the day, and the latest conflicts. Empty parts invite."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.guide import text, texts
from relate_desktop.domain.models import AgreementStatus
from relate_desktop.services import browse, check_ins, journal, repair, safety
from relate_desktop.services.household import Household
from relate_desktop.ui.both_edited import BothEditedBanner
from relate_desktop.ui.card_list import CardList
from relate_desktop.ui.components import (
    card,
    muted,
    padded,
    primary,
    quiet,
    section_header,
    type_size,
)
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.greeting import day_part
from relate_desktop.ui.icons import icon, with_icon
from relate_desktop.ui.widgets import ID_ROLE, paragraph

# The icons Home draws in the accent's colours, besides the text's: kept in step with its
# icon() and with_icon() calls below (a test checks), so the warm-up (ui/warm_up.py) can draw
# them while the person types rather than after Unlock is pressed.
ACCENT_ICONS = (
    ("safety", "accent"),
    ("time_out", "accent"),
    ("write", "accent"),
    ("repair", "accent"),
    ("check_in", "accent"),
    ("agreements", "accent"),
    ("check_in", "on_accent"),
    ("repair", "on_accent"),
    ("write", "on_accent"),
)


def prompt_of_the_day(moment: datetime) -> str:
    """One journal prompt a day, the same all day, a different one tomorrow."""
    prompts: list[str] = texts("journal.prompts")
    return prompts[moment.date().toordinal() % len(prompts)] if prompts else ""


def days_until(moment: datetime, now: datetime) -> int:
    return (moment.astimezone(now.tzinfo).date() - now.date()).days


class HomePage(QWidget):
    start_repair = Signal()
    write_journal = Signal()
    write_with_prompt = Signal(str)
    resume_repair = Signal(str)
    open_agreement = Signal(str)
    open_conflict = Signal(str)
    check_in = Signal(str)
    on_my_own = Signal()  # "I'm on my own now": the private safety check
    time_out = Signal()  # a responsible time-out, when it gets too hot

    def __init__(self, household: Household) -> None:
        super().__init__()
        self.setObjectName("homePage")
        self.household = household
        self.person = ""  # who is using the app now (set by the main window)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.verticalScrollBar().setAccessibleName(self.tr("Scroll Home"))
        outer.addWidget(scroller)
        body = QWidget()
        scroller.setWidget(body)
        layout = padded(QVBoxLayout(body), "xl", "l")

        people = [p.name for p in household.people]
        self.names = (
            text("home.names_joined", first=people[0], second=people[1])
            if len(people) == 2
            else people[0]
        )
        self.greeting = QLabel()
        self.greeting.setObjectName("homeGreeting")
        self.greeting.setWordWrap(True)
        type_size(self.greeting, "display", QFont.Weight.Medium)
        self.today = muted(QLabel())
        self.today.setObjectName("homeDate")
        layout.addWidget(self.greeting)
        layout.addWidget(self.today)
        self._greet()
        self.on_my_own_button = QPushButton(text("safety.on_my_own"))
        self.on_my_own_button.setObjectName("homeOnMyOwn")
        self.on_my_own_button.setCursor(Qt.CursorShape.PointingHandCursor)
        quiet(with_icon(self.on_my_own_button, "safety", "accent"))
        self.on_my_own_button.clicked.connect(self.on_my_own)
        layout.addWidget(self.on_my_own_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Edited on both computers (sync): a caution band while a choice waits.
        self.both_edited = BothEditedBanner()
        layout.addWidget(self.both_edited)

        # What is next: check-ins first (due, overdue and missed at the top), however far.
        next_card = card()
        self.due_card = next_card
        next_card.setObjectName("dueBox")
        next_card.setProperty("kind", "hero")
        next_layout = padded(QVBoxLayout(next_card), "l", "s")
        next_layout.addWidget(section_header(text("home.due"), "dueHeader"))
        self.due = CardList("dueList", text("home.due"), most=3)
        next_layout.addWidget(self.due)
        due_buttons = QHBoxLayout()
        self.check_in_button = QPushButton(text("home.check_in_now"))
        self.check_in_button.setObjectName("homeCheckIn")
        primary(with_icon(self.check_in_button, "check_in", "on_accent"))
        self.let_go_button = QPushButton(text("home.let_go"))
        self.let_go_button.setObjectName("homeLetGo")
        quiet(self.let_go_button)
        due_buttons.addStretch(1)
        due_buttons.addWidget(self.let_go_button)
        due_buttons.addWidget(self.check_in_button)
        next_layout.addLayout(due_buttons)
        layout.addWidget(next_card)

        # The two doors.
        doors = QHBoxLayout()
        doors.setSpacing(SPACE["m"])
        self.start_button = QPushButton(text("home.start_repair"))
        self.start_button.setObjectName("startRepairButton")
        self.start_button.setAccessibleName(text("home.start_repair"))
        self.start_button.setAccessibleDescription(text("home.start_repair_hint"))
        self.start_button.setToolTip(text("home.start_repair_hint"))
        self.start_button.setMinimumHeight(44)
        primary(with_icon(self.start_button, "repair", "on_accent"))
        self.journal_button = QPushButton(text("home.journal"))
        self.journal_button.setObjectName("writeJournalButton")
        self.journal_button.setAccessibleName(text("home.journal"))
        self.journal_button.setMinimumHeight(44)
        with_icon(self.journal_button, "write")
        self.time_out_button = QPushButton(text("home.time_out"))
        self.time_out_button.setObjectName("homeTimeOut")
        self.time_out_button.setAccessibleName(text("home.time_out"))
        self.time_out_button.setToolTip(text("home.time_out_hint"))
        quiet(with_icon(self.time_out_button, "time_out", "accent"))
        self.alone = len(household.people) == 1
        if self.alone:  # one person's app: the journal first, a repair still a click away
            primary(with_icon(self.journal_button, "write", "on_accent"))
            quiet(with_icon(self.start_button, "repair", "accent"))
            doors.addWidget(self.journal_button)
            doors.addWidget(self.start_button)
        else:
            doors.addWidget(self.start_button)
            doors.addWidget(self.journal_button)
        doors.addStretch(1)
        doors.addWidget(self.time_out_button)
        layout.addLayout(doors)
        self.start_hint = muted(
            paragraph(
                text("home.start_repair_hint_solo" if self.alone else "home.start_repair_hint"),
                "startRepairHint",
            )
        )
        layout.addWidget(self.start_hint)
        self.journal_line = muted(paragraph("", "homeJournalLine"))
        self.journal_line.setVisible(False)
        layout.insertWidget(layout.indexOf(next_card), self.journal_line)

        # Two columns that fold into one on a narrow window.
        self.in_progress = CardList("inProgressList", text("home.in_progress"), most=3)
        self.active = CardList("activeAgreementsList", text("home.active"), most=4)
        self.recent = CardList("recentConflictsList", text("home.recent"), most=4)
        self.prompt_card = self._prompt_card()
        self.in_progress_box = self._section("in_progress", self.in_progress)
        self.active_box = self._section("active", self.active)
        self.recent_box = self._section("recent", self.recent)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(SPACE["xl"])
        for parts, stretch in (
            ((self.in_progress_box, self.active_box), 3),
            ((self.prompt_card, self.recent_box), 2),
        ):
            column = QVBoxLayout()
            column.setSpacing(SPACE["l"])
            for part in parts:
                column.addWidget(part)
            column.addStretch(1)
            self.columns.addLayout(column, stretch)
        layout.addLayout(self.columns)
        layout.addStretch(1)

        self.start_button.clicked.connect(self.start_repair)
        self.journal_button.clicked.connect(self.write_journal)
        self.time_out_button.clicked.connect(self.time_out)
        self.in_progress.itemActivated.connect(lambda item: self._emit(self.resume_repair, item))
        self.active.itemActivated.connect(lambda item: self._emit(self.open_agreement, item))
        self.due.itemActivated.connect(lambda item: self._emit(self.check_in, item))
        self.due.currentItemChanged.connect(lambda *_: self._update_due_buttons())
        self.check_in_button.clicked.connect(self._check_in_current)
        self.let_go_button.clicked.connect(self._let_go_current)
        self.recent.itemActivated.connect(lambda item: self._emit(self.open_conflict, item))

    def _section(self, key: str, items: CardList) -> QWidget:
        box = QWidget()
        box.setObjectName(f"{key}Box")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACE["s"])
        column.addWidget(section_header(text(f"home.{key}"), f"{key}Header"))
        column.addWidget(items)
        return box

    def _prompt_card(self) -> QFrame:
        frame = card()
        frame.setObjectName("promptCard")
        frame.setProperty("kind", "warm")
        box = padded(QVBoxLayout(frame), "l", "s")
        header = section_header(text("home.prompt_title"), "promptHeader")
        box.addWidget(header)
        self.prompt_label = paragraph("", "promptText")
        type_size(self.prompt_label, "lead")
        box.addWidget(self.prompt_label)
        self.prompt_button = QPushButton(text("home.prompt_write"))
        self.prompt_button.setObjectName("promptWrite")
        quiet(with_icon(self.prompt_button, "write", "accent"))
        self.prompt_button.clicked.connect(
            lambda: self.write_with_prompt.emit(self.prompt_label.text())
        )
        box.addWidget(self.prompt_button, 0, Qt.AlignmentFlag.AlignLeft)
        return frame

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.alone or self.width() < 720  # one person: one column, journal first
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )

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
        self.time_out_button.setVisible(not solo and len(self.household.people) > 1)
        # The safety check is about a partner: a household of one has none.
        needs = (
            not self.alone and bool(self.person) and safety.needs_check(self.household, self.person)
        )
        self.on_my_own_button.setVisible(needs)

    def _greet(self) -> None:
        now = self.household.clock.now()
        self.greeting.setText(text(f"home.greeting_{day_part(now)}", names=self.names))
        self.today.setText(local_text(now, self.tr("dddd d MMMM")))

    def _when(self, moment: datetime) -> str:
        """ "tonight at 21:15", "tomorrow at 9:00", "in 3 days: Thu 3 Dec, 19:00"."""
        now = self.household.clock.now()
        local = moment.astimezone(now.tzinfo)
        clock_time = local_text(local, self.tr("HH:mm"))
        days = days_until(moment, now)
        if days < -1:  # long past: the day itself
            return local_text(local, self.tr("ddd d MMM, HH:mm"))
        if days == -1:
            return text("home.when_yesterday", time=clock_time)
        if days == 0:
            return text("home.when_today", time=clock_time)
        if days == 1:
            return text("home.when_tomorrow", time=clock_time)
        return text(
            "home.when_later",
            days=str(days),
            date=local_text(local, self.tr("ddd d MMM, HH:mm")),
        )

    def refresh(self) -> None:
        self.show_for_person()
        h = self.household
        now = h.clock.now()
        self._greet()
        soon = check_ins.home_check_ins(h)
        later = None if soon else check_ins.next_check_in(h)
        empty = text("home.nothing_planned")
        if later is not None:  # nothing soon, but one is planned: say when, however far
            days = max(1, days_until(later.due_at, now))
            empty = text(
                "home.next_check_in" if days > 1 else "home.next_check_in_tomorrow",
                when=local_text(later.due_at.astimezone(now.tzinfo), self.tr("ddd d MMM, HH:mm")),
                days=str(days),
                title=later.agreement_title,
            )
        due_rows = []
        for d in soon:
            when = f"{text(f'home.states.{d.state.value}')} · {self._when(d.due_at)}"
            # Screen readers hear the state first ("Due now · …"), as the row's detail leads.
            due_rows.append(
                (d.agreement_title, when, d.follow_up_id, f"{when} · {d.agreement_title}")
            )
        self.due.fill(due_rows, empty, icon("check_in", "accent"))
        if soon:
            self.due.setCurrentRow(0)
        self._update_due_buttons()
        # The buttons act on a check-in that is there; with none, they step aside.
        self.check_in_button.setVisible(bool(soon))
        self.let_go_button.setVisible(bool(soon))
        in_progress = repair.repairs_in_progress(h)
        self.in_progress.fill(
            [
                (
                    r.title or self.tr("(untitled)"),
                    text(
                        "home.last_touched",
                        when=local_text(
                            r.updated_at.astimezone(now.tzinfo), self.tr("d MMM, HH:mm")
                        ),
                    ),
                    r.id,
                )
                for r in in_progress
            ],
            "",
            icon("repair", "accent"),
        )
        self.in_progress_box.setVisible(bool(in_progress))
        agreements = browse.agreements_page(h, 0, 20, AgreementStatus.ACTIVE)
        self.active.fill(
            [
                (
                    a.title,
                    text("home.agreement_next", when=self._when(a.next_follow_up))
                    if a.next_follow_up is not None
                    else text("home.agreement_no_check_in"),
                    a.id,
                )
                for a in agreements
            ],
            text("home.no_agreements"),
            icon("agreements", "accent"),
        )
        recent = browse.recent_conflicts(h, 5)
        self.recent.fill(
            [(c.title, local_text(c.occurred_at, "d MMM yyyy"), c.id) for c in recent],
            text("home.no_conflicts"),
        )
        if self.alone:  # one person: the couple's parts only once there is something in them
            self.active_box.setVisible(bool(agreements))
            self.recent_box.setVisible(bool(recent))
        self.prompt_label.setText(prompt_of_the_day(now))
        self._show_journal(planned=bool(soon) or later is not None)

    def _show_journal(self, planned: bool) -> None:
        """For one person, how their writing goes (counts only, never a word of an entry), and
        the check-ins card only when something is planned."""
        if not self.alone:
            return
        summary = journal.home_summary(self.household, self.person or None)
        parts = []
        if summary.days_in_a_row > 1:
            parts.append(text("home.solo_streak", days=str(summary.days_in_a_row)))
        if summary.this_week:
            parts.append(
                text(
                    "home.solo_week_one" if summary.this_week == 1 else "home.solo_week",
                    count=str(summary.this_week),
                )
            )
        if summary.on_this_day:
            parts.append(text("home.solo_on_this_day"))
        if not parts:
            parts.append(text("home.solo_start"))
        self.journal_line.setText(" · ".join(parts))
        self.journal_line.setVisible(True)
        self.due_card.setVisible(planned)
