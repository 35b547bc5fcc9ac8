"""A responsible time-out: who takes it, for how long (20 minutes or more, back within a day),
a short note for the partner from a template, and the banner that says so until they are back.
The words shown are the note its writer chose to leave for the other: nothing else."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain import time_outs as rules
from relate_desktop.domain.guide import fill
from relate_desktop.domain.models import TimeOut
from relate_desktop.services import time_outs
from relate_desktop.services.household import Household
from relate_desktop.ui.components import banner, primary, quiet
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.widgets import heading, paragraph


def _w(key: str, **values: str) -> str:
    return fill("turns", f"time_out.{key}", **values)


class TimeOutDialog(QDialog):
    """Call a time-out. `time_out` holds it once started (the dialog is then accepted)."""

    def __init__(
        self,
        household: Household,
        person_id: str,
        repair_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeOutDialog")
        self.setWindowTitle(APP_NAME)
        self.household = household
        self.repair_id = repair_id
        self.person_id = person_id
        self.time_out: TimeOut | None = None
        self._note_edited = False
        couple = len(household.people) > 1
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_w("title"), "timeOutTitle"))
        layout.addWidget(paragraph(_w("intro"), "timeOutIntro"))

        if couple:
            who_box = QGroupBox(_w("who_label"))
            who_layout = QHBoxLayout(who_box)
            self.who_group = QButtonGroup(self)
            for index, person in enumerate(household.people):
                button = QRadioButton(person.name)
                button.setObjectName(f"timeOutWho_{index + 1}")
                button.setAccessibleName(person.name)
                button.setChecked(person.id == person_id)
                button.toggled.connect(partial(self._set_person, person.id))
                self.who_group.addButton(button)
                who_layout.addWidget(button)
            layout.addWidget(who_box)

        minutes_label = QLabel(_w("minutes_label"))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("timeOutMinutes")
        self.minutes.setAccessibleName(_w("minutes_label"))
        self.minutes.setAccessibleDescription(_w("minutes_hint"))
        self.minutes.setRange(rules.MIN_BREAK.seconds // 60, (rules.MAX_BREAK.days * 24 * 60) - 1)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(rules.DEFAULT_BREAK.seconds // 60)
        minutes_label.setBuddy(self.minutes)
        self.back_label = QLabel()
        self.back_label.setObjectName("timeOutBackAt")
        row = QHBoxLayout()
        row.addWidget(minutes_label)
        row.addWidget(self.minutes)
        row.addWidget(self.back_label, 1)
        layout.addLayout(row)
        layout.addWidget(paragraph(_w("minutes_hint"), "timeOutHint"))

        partner = next((p.name for p in household.people if p.id != person_id), "")
        note_label = QLabel(_w("note_label", partner=partner) if couple else _w("note_label_solo"))
        note_label.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("timeOutNote")
        self.note.setAccessibleName(note_label.text())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        self.problem = paragraph("", "timeOutProblem")
        layout.addWidget(self.problem)

        buttons = QHBoxLayout()
        cancel = quiet(QPushButton(self.tr("Cancel")))
        cancel.setObjectName("timeOutCancel")
        self.start = QPushButton(_w("start"))
        primary(self.start)
        self.start.setObjectName("startTimeOut")
        self.start.setAccessibleName(_w("start"))
        self.start.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.start)
        layout.addLayout(buttons)
        cancel.clicked.connect(self.reject)
        self.start.clicked.connect(self.begin)
        self.minutes.valueChanged.connect(self._time_changed)
        self.note.textChanged.connect(self._note_changed)
        self._time_changed()
        self.minutes.setFocus()

    def _set_person(self, person_id: str, on: bool) -> None:
        if on:
            self.person_id = person_id

    def back_at(self) -> datetime:
        return rules.back_at_after(self.household.clock.now(), self.minutes.value())

    def _time_changed(self) -> None:
        back = self.back_at()
        self.back_label.setText(f"{_w('back_label')} {rules.clock_time(back)}")
        if not self._note_edited:
            self.note.blockSignals(True)
            self.note.setPlainText(rules.note(back, len(self.household.people) > 1))
            self.note.blockSignals(False)

    def _note_changed(self) -> None:
        self._note_edited = True

    def begin(self) -> None:
        try:
            self.time_out = time_outs.call_time_out(
                self.household,
                self.person_id,
                self.back_at(),
                self.note.toPlainText(),
                self.repair_id,
            )
        except Exception as error:
            show_error(self, error)
            return
        self.accept()


class TimeOutBanner(QFrame):
    """While a time-out runs: who is on a break, until when, and their note; once the time has
    come: time to come back, and the repair it paused."""

    resume = Signal(str)  # the repair to carry on with
    changed = Signal()

    def __init__(self, household: Household) -> None:
        super().__init__()
        self.household = household
        self.setObjectName("timeOutBanner")
        banner(self, "caution")
        layout = QHBoxLayout(self)
        self.label = paragraph("", "timeOutText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.resume_button = primary(QPushButton(_w("resume")))
        self.resume_button.setObjectName("resumeAfterTimeOut")
        self.back_button = QPushButton(_w("back_now"))
        self.back_button.setObjectName("backFromTimeOut")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.back_button)
        self.current: TimeOut | None = None
        self.resume_button.clicked.connect(self._resume)
        self.back_button.clicked.connect(self._back)
        self.hide()

    def show_time_outs(self, running: list[TimeOut]) -> None:
        """The first time-out not yet over (or none)."""
        self.current = running[0] if running else None
        if self.current is None:
            self.hide()
            return
        item = self.current
        now = self.household.clock.now()
        over = item.back_at <= now
        if over:
            words = _w("reminder")
        else:
            values = {
                "name": self.household.name_of(item.person_id),
                "time": rules.clock_time(item.back_at),
            }
            words = (
                _w("banner_note", note=item.note, **values) if item.note else _w("banner", **values)
            )
        self.label.setText(words)
        self.resume_button.setVisible(over and item.repair_id is not None)
        self.show()

    def _resume(self) -> None:
        item = self.current
        if item is None or item.repair_id is None:
            return
        self._back()
        self.resume.emit(item.repair_id)

    def _back(self) -> None:
        if self.current is None:
            return
        try:
            time_outs.end_time_out(self.household, self.current.id)
        except Exception as error:
            show_error(self, error)
            return
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        try:
            running = time_outs.current_time_outs(self.household)
        except Exception:
            return  # locked or closing: the next look will tell
        self.show_time_outs(running)
