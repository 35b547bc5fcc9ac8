"""The check-in: each person in turn says whether the agreement held, what they noticed and
what they appreciated in the other; then together: keep, adjust (a new version) or retire."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.follow_ups import (
    FollowUpPreset,
    Repeat,
    preset_date,
    preset_label,
    repeat_label,
)
from relate_desktop.domain.guide import fill, text
from relate_desktop.domain.models import (
    Agreement,
    CheckInAnswer,
    CheckInDecision,
    Commitment,
    FollowUp,
    Held,
    Person,
    answers_differ,
)
from relate_desktop.services import check_ins
from relate_desktop.services.household import Household
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.widgets import fit_to_screen, heading, paragraph, text_field


def _t(key: str, **values: str) -> str:
    return text(f"check_in.{key}", **values)


BOTH = "both"


def _w(key: str, **values: str) -> str:
    return fill("turns", f"check_in.{key}", **values)


def _choices(
    layout: QVBoxLayout, name: str, options: list[tuple[str, str, str]]
) -> tuple[QButtonGroup, dict[str, QRadioButton]]:
    """Radio buttons, each with its hint in smaller words under it (and as its description)."""
    group = QButtonGroup(layout)
    buttons: dict[str, QRadioButton] = {}
    for value, label, hint in options:
        button = QRadioButton(label)
        button.setObjectName(f"{name}_{value}")
        button.setAccessibleName(label)
        button.setAccessibleDescription(hint)
        group.addButton(button)
        buttons[value] = button
        layout.addWidget(button)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setContentsMargins(SPACE["xl"], 0, 0, SPACE["s"])
        note.setForegroundRole(note.foregroundRole())
        layout.addWidget(note)
    return group, buttons


class PersonTurn(QWidget):
    """One person's part of the check-in."""

    def __init__(self, person: Person, other: Person | None, is_last: bool) -> None:
        super().__init__()
        self.person = person
        self.setObjectName(f"turn_{person.id}")
        layout = QVBoxLayout(self)
        title = _t("turn_title", name=person.name) if other else _t("turn_title_solo")
        layout.addWidget(heading(title, "turnTitle"))
        if other is not None:
            intro = _t("turn_intro_last") if is_last else _t("turn_intro", other=other.name)
            layout.addWidget(paragraph(intro))
        caption = QLabel(_t("held_label"))
        caption.setStyleSheet("font-weight: 600;")
        layout.addWidget(caption)
        self.held_group, self.held = _choices(
            layout,
            "held",
            [(h.value, _t(f"held.{h.value}"), _t(f"held_hints.{h.value}")) for h in Held],
        )
        self.noticed = text_field(
            layout, _t("noticed"), "noticed", _t("noticed_placeholder"), lines=3
        )
        label = _t("appreciation", other=other.name) if other else _t("appreciation_solo")
        self.appreciation = text_field(
            layout, label, "appreciation", _t("appreciation_placeholder"), lines=3
        )
        layout.addStretch(1)

    def answer(self) -> CheckInAnswer | None:
        chosen = next((value for value, b in self.held.items() if b.isChecked()), None)
        if chosen is None:
            return None
        return CheckInAnswer(
            self.person.id,
            Held(chosen),
            self.noticed.toPlainText(),
            self.appreciation.toPlainText(),
        )

    def has_text(self) -> bool:
        return bool(self.noticed.toPlainText().strip() or self.appreciation.toPlainText().strip())


class DifferPage(QWidget):
    """When the two answers differ ("partly" and "it held"): say so, and give each person a
    moment to say what they saw before deciding anything."""

    def __init__(self, people: tuple[Person, ...]) -> None:
        super().__init__()
        self.setObjectName("differPage")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_w("differ_title"), "differTitle"))
        self.intro = paragraph("", "differIntro")
        layout.addWidget(self.intro)
        self.saw: dict[str, QPlainTextEdit] = {}
        for index, person in enumerate(people):
            self.saw[person.id] = text_field(
                layout,
                _w("saw_label", name=person.name),
                f"saw_{index + 1}",
                _w("saw_placeholder"),
                lines=3,
            )
        layout.addStretch(1)

    def show_answers(self, answers: list[tuple[Person, CheckInAnswer]]) -> None:
        (first, a), (second, b) = answers[0], answers[1]
        self.intro.setText(
            _w(
                "differ_intro",
                first=first.name,
                first_answer=_t(f"held.{a.held.value}"),
                second=second.name,
                second_answer=_t(f"held.{b.held.value}"),
            )
        )

    def said(self, person_id: str) -> str:
        edit = self.saw.get(person_id)
        return edit.toPlainText() if edit is not None else ""

    def has_text(self) -> bool:
        return any(edit.toPlainText().strip() for edit in self.saw.values())


class CommitmentRows(QWidget):
    """The commitments of an adjusted agreement: whose, what, when; one row each."""

    def __init__(self, people: tuple[Person, ...], commitments: tuple[Commitment, ...]) -> None:
        super().__init__()
        self.people = people
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QComboBox, QLineEdit, QLineEdit]] = []
        self._writers: list[str] = []  # who wrote each down (kept for "both of us")
        for commitment in commitments:
            self.add_row(commitment)
        self.add_button = QPushButton(self.tr("Add a commitment"))
        self.add_button.setObjectName("addCommitment")
        self.add_button.clicked.connect(lambda: self.add_row(None))
        self.grid.addWidget(self.add_button, 1000, 0, 1, 3)

    def add_row(self, commitment: Commitment | None) -> None:
        who = QComboBox()
        for person in self.people:
            who.addItem(person.name, person.id)
        if len(self.people) > 1:
            who.addItem(fill("turns", "agreement.both"), BOTH)
        who.setAccessibleName(self.tr("Whose commitment"))
        if commitment is not None:
            chosen = BOTH if commitment.both else commitment.person_id
            who.setCurrentIndex(max(0, who.findData(chosen)))
        self._writers.append(commitment.person_id if commitment else self.people[0].id)
        action = QLineEdit(commitment.action if commitment else "")
        action.setAccessibleName(self.tr("What they will do"))
        action.setPlaceholderText(self.tr("What, specifically"))
        when = QLineEdit(commitment.when if commitment else "")
        when.setAccessibleName(self.tr("When"))
        when.setPlaceholderText(self.tr("When"))
        row = len(self.rows)
        self.grid.addWidget(who, row, 0)
        self.grid.addWidget(action, row, 1)
        self.grid.addWidget(when, row, 2)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(2, 1)
        self.rows.append((who, action, when))
        action.setObjectName(f"commitmentAction{row}")

    def commitments(self) -> tuple[Commitment, ...]:
        found = []
        for (who, action, when), writer in zip(self.rows, self._writers, strict=True):
            if not action.text().strip():
                continue
            both = who.currentData() == BOTH
            person = writer if both else str(who.currentData())
            found.append(Commitment(person, action.text(), when.text(), both))
        return tuple(found)


class DecisionPage(QWidget):
    """Together: keep, adjust or retire, and when to check in next."""

    def __init__(self, agreement: Agreement, follow_up: FollowUp, household: Household) -> None:
        super().__init__()
        self.follow_up = follow_up
        self.now = household.clock.now()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_t("decide_title"), "decideTitle"))
        layout.addWidget(paragraph(_t("decide_intro")))
        self.group, self.decisions = _choices(
            layout,
            "decision",
            [
                (d.value, _t(f"decisions.{d.value}"), _t(f"decision_hints.{d.value}"))
                for d in CheckInDecision
            ],
        )
        self.decisions[CheckInDecision.KEEP.value].setChecked(True)

        self.adjust_box = QFrame()
        self.adjust_box.setObjectName("adjustBox")
        adjust = QVBoxLayout(self.adjust_box)
        adjust.setContentsMargins(SPACE["xl"], 0, 0, 0)
        caption = QLabel(_t("adjust_title"))
        self.new_title = QLineEdit(agreement.title)
        self.new_title.setObjectName("adjustedTitle")
        self.new_title.setAccessibleName(_t("adjust_title"))
        caption.setBuddy(self.new_title)
        adjust.addWidget(caption)
        adjust.addWidget(self.new_title)
        adjust.addWidget(QLabel(_t("adjust_commitments")))
        self.rows = CommitmentRows(household.people, agreement.commitments)
        adjust.addWidget(self.rows)
        layout.addWidget(self.adjust_box)

        self.next_caption = QLabel(_t("next_label"))
        self.next_caption.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.next_caption)
        self.next_choice = QComboBox()
        self.next_choice.setObjectName("nextCheckIn")
        self.next_choice.setAccessibleName(_t("next_label"))
        self.next_caption.setBuddy(self.next_choice)
        self.next_repeating = paragraph("", "nextRepeating")
        self.repeats = follow_up.repeat is not Repeat.NONE
        following = check_ins.next_in_series(agreement, follow_up, self.now)
        if following is not None:
            repeat = repeat_label(follow_up.repeat).lower()
            shown = local_text(following.due_at, self.tr("dddd d MMMM, HH:mm"))
            self.next_repeating.setText(_t("next_repeating", when=shown, repeat=repeat))
            self.next_choice.hide()
        else:
            self.next_repeating.hide()
            self.next_choice.addItem(_t("next_none"), None)
            taken = check_ins.taken_moments(agreement)
            for preset in FollowUpPreset:
                when = preset_date(self.now, preset)
                if when not in taken:
                    day = local_text(when, self.tr("dddd d MMMM"))
                    self.next_choice.addItem(f"{preset_label(preset)}: {day}", when)
            self.next_choice.setCurrentIndex(min(2, self.next_choice.count() - 1))
        layout.addWidget(self.next_choice)
        layout.addWidget(self.next_repeating)
        layout.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self._update()

    def decision(self) -> CheckInDecision:
        chosen = next(v for v, b in self.decisions.items() if b.isChecked())
        return CheckInDecision(chosen)

    def _update(self) -> None:
        decision = self.decision()
        self.adjust_box.setVisible(decision is CheckInDecision.ADJUST)
        ongoing = decision is not CheckInDecision.RETIRE
        for widget in (self.next_caption, self.next_choice, self.next_repeating):
            widget.setEnabled(ongoing)

    def next_at(self) -> datetime | None:
        """The one-off next check-in chosen (None for a repeating one: it plans itself)."""
        if self.repeats or self.decision() is CheckInDecision.RETIRE:
            return None
        chosen = self.next_choice.currentData()
        return chosen if isinstance(chosen, datetime) else None

    def change(self) -> check_ins.AgreementChange | None:
        if self.decision() is not CheckInDecision.ADJUST:
            return None
        return check_ins.AgreementChange(self.new_title.text(), self.rows.commitments())


class CheckInDialog(QDialog):
    """A check-in, one screen per person, then the decision. Saved in one go at the end."""

    def __init__(self, household: Household, follow_up_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInDialog")
        self.household = household
        self.follow_up_id = follow_up_id
        agreement, follow_up = check_ins.check_in(household, follow_up_id)
        self.agreement = agreement
        # The window title shows in task bars and screen-sharing pickers: no agreement title.
        self.setWindowTitle(APP_NAME)  # task switchers show titles: a neutral one
        fit_to_screen(self, 640, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_t("title", title=agreement.title), "checkInTitle"))
        layout.addWidget(paragraph(_t("intro")))
        summary = QLabel()
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setText(
            _t("commitments")
            + ":\n"
            + "\n".join(
                f"• {fill('turns', 'agreement.both') if c.both else household.name_of(c.person_id)}"
                f": {c.action}" + (f" ({c.when})" if c.when else "")
                for c in agreement.commitments
            )
        )
        summary.setWordWrap(True)
        summary.setObjectName("agreedSummary")
        layout.addWidget(summary)

        self.pages = QStackedWidget()
        people = household.people
        self.turns: list[PersonTurn] = []
        for index, person in enumerate(people):
            other = next((p for p in people if p.id != person.id), None)
            turn = PersonTurn(person, other, index == len(people) - 1)
            for button in turn.held.values():
                button.toggled.connect(lambda *_: self._update_buttons())
            self.turns.append(turn)
            self.pages.addWidget(self._scrolled(turn))
        self.differ = DifferPage(people)
        self.differ_index = self.pages.count()
        self.pages.addWidget(self._scrolled(self.differ))
        self.decision = DecisionPage(agreement, follow_up, household)
        self.pages.addWidget(self._scrolled(self.decision))
        layout.addWidget(self.pages, 1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(_t("cancel"))
        self.cancel_button.setObjectName("checkInCancel")
        self.back_button = QPushButton(_t("back"))
        self.back_button.setObjectName("checkInBack")
        self.next_button = QPushButton(_t("next"))
        self.next_button.setObjectName("checkInNext")
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.leave)
        self.back_button.clicked.connect(lambda: self._go(-1))
        self.next_button.clicked.connect(self._next)
        self._go(0)

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def _answers(self) -> list[CheckInAnswer]:
        found = [a for a in (turn.answer() for turn in self.turns) if a is not None]
        return [replace(a, saw=self.differ.said(a.person_id)) for a in found]

    def differ_shown(self) -> bool:
        """The two said different things: the moment to say what each saw comes first."""
        return len(self.turns) > 1 and answers_differ(tuple(self._answers()))

    def _go(self, step: int) -> None:
        index = max(0, min(self.pages.count() - 1, self.pages.currentIndex() + step))
        if index == self.differ_index:
            if self.differ_shown():
                people = {p.id: p for p in self.household.people}
                self.differ.show_answers([(people[a.person_id], a) for a in self._answers()])
            else:
                index += 1 if step >= 0 else -1
        self.pages.setCurrentIndex(index)
        self._update_buttons()
        if index < len(self.turns):
            first = next(iter(self.turns[index].held.values()))
            first.setFocus()

    def _update_buttons(self) -> None:
        index = self.pages.currentIndex()
        last = index == self.pages.count() - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setText(_t("finish") if last else _t("next"))
        ready = last or index >= len(self.turns) or self.turns[index].answer() is not None
        self.next_button.setEnabled(ready)

    def _next(self) -> None:
        if self.pages.currentIndex() < self.pages.count() - 1:
            self._go(1)
            return
        answers = self._answers()
        next_at = self.decision.next_at()
        try:
            check_ins.record_check_in(
                self.household,
                self.follow_up_id,
                answers,
                self.decision.decision(),
                self.decision.change(),
                next_at,
            )
        except Exception as error:
            show_error(self, error)
            return
        self.accept()

    def _has_text(self) -> bool:
        return any(turn.has_text() for turn in self.turns) or self.differ.has_text()

    def leave(self) -> None:
        """Cancel, Esc or closing the window: asks first when something was written. (Locking
        the app calls reject() directly and never asks.)"""
        if self._has_text():
            answer = QMessageBox.question(
                self,
                _t("leave_title"),
                _t("leave_text"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
            return
        typing = isinstance(self.focusWidget(), QPlainTextEdit | QLineEdit | QComboBox)
        last = self.pages.currentIndex() == self.pages.count() - 1
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter moves on to the next person; saving, which can't be undone, takes the
            # button itself (a focused button still answers Enter on its own).
            if not typing and not last and self.next_button.isEnabled():
                self._next()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.leave()
