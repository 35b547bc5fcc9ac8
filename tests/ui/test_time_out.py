"""A responsible time-out from a repair, on an injected clock: called with a note from the
template, reminded at the return time, and the repair resumes where it stopped."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.services import repair, time_outs
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.time_out import TimeOutDialog
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, find, open_wizard, type_into


def test_a_time_out_from_a_repair_reminds_at_the_return_time_and_resumes_it(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    maria = window.household.people[0]
    wizard = open_wizard(qtbot, window)
    type_into(qtbot, wizard, "conflictTitle", "Breakfast at the lake house")
    type_into(qtbot, wizard, "whatHappened", "At breakfast he said I was a loser.")
    click(qtbot, wizard, "nextButton")
    assert wizard.state.step_index == 1

    # Called from the step on screen: 45 minutes, the note from the template.
    click(qtbot, wizard, "timeOutButton")
    dialog = wizard.findChild(TimeOutDialog, "timeOutDialog")
    assert dialog is not None and dialog.isVisible()
    minutes = find(dialog, QSpinBox, "timeOutMinutes")
    assert minutes.minimum() == 20  # at least 20 minutes, for the body to settle
    minutes.setValue(45)
    back = clock.now() + timedelta(minutes=45)
    note = find(dialog, QPlainTextEdit, "timeOutNote").toPlainText()
    assert note == (
        f"I need a break to calm down. I'll be back at {back:%H:%M} and we'll carry on."
    )
    screenshot(dialog, "time-out-01-dialog")
    click(qtbot, dialog, "startTimeOut")
    assert not wizard.isVisible()
    (running,) = time_outs.current_time_outs(window.household)
    assert (running.person_id, running.repair_id) == (maria.id, wizard.state.id)
    banner = window.time_out_banner
    assert banner.isVisible()
    assert banner.label.text() == f"Maria is taking a time-out until {back:%H:%M}: “{note}”"
    assert not banner.resume_button.isVisible()

    # Not yet: nothing to remind. At the return time: reminded, once.
    reminded: list[object] = []
    window.reminders.time_out_over.connect(reminded.append)
    clock.advance(timedelta(minutes=30))
    window.reminders.check()
    assert reminded == []
    clock.set(back)
    window.reminders.check()
    window.reminders.check()
    assert len(reminded) == 1
    assert banner.label.text() == "The time-out is over: time to come back."
    assert banner.resume_button.isVisible()
    screenshot(window, "time-out-02-reminder")

    # Resumed where it stopped.
    click(qtbot, banner, "resumeAfterTimeOut")
    resumed = window.wizard
    assert resumed is not None and resumed is not wizard and resumed.isVisible()
    assert resumed.state.step_index == 1
    click(qtbot, resumed, "backButton")
    assert find(resumed, QLineEdit, "conflictTitle").text() == "Breakfast at the lake house"
    assert time_outs.current_time_outs(window.household) == []
    assert not banner.isVisible()
    resumed.close()
    assert [r.title for r in repair.repairs_in_progress(window.household)] == [
        "Breakfast at the lake house"
    ]


def test_a_time_out_from_the_main_window_without_a_repair(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    window.findChild(type(window.menuBar().actions()[0]), "actionTimeOut").trigger()
    dialog = window.findChild(TimeOutDialog, "timeOutDialog")
    assert dialog is not None and dialog.isVisible()
    click(qtbot, dialog, "timeOutWho_2")
    find(dialog, QPlainTextEdit, "timeOutNote").setPlainText("Back after a walk.")
    click(qtbot, dialog, "startTimeOut")
    banner = window.time_out_banner
    assert banner.isVisible() and banner.label.text().startswith("Lloyd is taking a time-out")
    clock.advance(timedelta(minutes=30))
    window.reminders.check()
    assert not banner.resume_button.isVisible()  # no repair to carry on with
    click(qtbot, banner, "backFromTimeOut")
    assert not banner.isVisible()
