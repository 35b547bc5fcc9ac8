"""Check-ins in the running app: a check-in comes due while the window is open (the fake clock
moves on), a neutral reminder appears, the couple checks in through the screen, and the
agreement's page shows what they said."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.follow_ups import Repeat
from relate_desktop.domain.models import CheckInDecision, FollowUpStatus, Held
from relate_desktop.domain.repair_flow import RepairState, Step, StepKind, planned_check_ins
from relate_desktop.services import browse
from relate_desktop.services.household import Household
from relate_desktop.ui.check_in import CheckInDialog
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.wizard.pages import FollowUpPage
from tests.agreements import TITLE, make_agreement
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, type_into

APPRECIATION = "Tu as rangé ton téléphone sans un mot 🙏 谢谢"


def check_in_dialog(qtbot: QtBot) -> CheckInDialog:
    found: list[CheckInDialog] = []

    def shown() -> bool:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, CheckInDialog):
            found.append(widget)
            return True
        return False

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def test_a_due_check_in_is_reminded_done_through_the_screen_and_shown_in_history(
    qtbot: QtBot, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    window.refresh()
    first = browse.agreement_document(couple, agreement_id).agreement.follow_ups[0]
    assert not window.banner.isVisible()
    # Nothing due in the next two days, but one is planned: Home says when, however far.
    waiting = window.home.due.item(0).text()
    assert waiting.startswith("Next check-in") and "in 3 days" in waiting and TITLE in waiting
    assert not window.home.check_in_button.isVisible()

    # Time passes while the app is open: the check-in's moment comes.
    window.reminders.timer.setInterval(20)
    clock.set(first.due_at + timedelta(minutes=2))
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    banner_text = window.banner.findChild(QLabel, "reminderText").text()
    assert banner_text == "A check-in is due."
    assert TITLE not in banner_text and all(p.name not in banner_text for p in couple.people)
    qtbot.waitUntil(lambda: window.home.due.item(0).text().startswith("Due now"), timeout=3000)
    assert TITLE in window.home.due.item(0).text()
    screenshot(window, "check-in-home-due")

    click(qtbot, window.banner, "reminderCheckIn")
    dialog = check_in_dialog(qtbot)
    maria, lloyd = couple.people
    titles = [t.findChild(QLabel, "turnTitle").text() for t in dialog.turns]  # type: ignore[union-attr]
    assert titles == [
        f"{maria.name}, how did it go for you?",
        f"{lloyd.name}, how did it go for you?",
    ]
    assert not dialog.next_button.isEnabled()  # a word on how it went comes first
    turn = dialog.turns[0]
    click(qtbot, turn, "held_held")
    type_into(qtbot, turn, "noticed", "Dinner was slower and kinder.")  # type: ignore[arg-type]
    type_into(qtbot, turn, "appreciation", APPRECIATION)  # type: ignore[arg-type]
    screenshot(dialog, "check-in-turn")
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 1
    turn = dialog.turns[1]
    click(qtbot, turn, "held_partly")
    type_into(qtbot, turn, "appreciation", "You reminded me gently.")  # type: ignore[arg-type]
    click(qtbot, dialog, "checkInNext")
    # "It held" and "partly": they saw it differently, and each says what they saw first.
    assert dialog.pages.currentIndex() == dialog.differ_index
    intro = dialog.differ.intro.text()
    assert intro.startswith(f"{maria.name} said “It held” and {lloyd.name} said “Partly”.")
    type_into(qtbot, dialog, "saw_1", "Every dinner but one.")  # type: ignore[arg-type]
    type_into(qtbot, dialog, "saw_2", "Saturday it slipped.")  # type: ignore[arg-type]
    screenshot(dialog, "check-in-differ")
    click(qtbot, dialog, "checkInNext")
    assert dialog.next_button.text().replace("&", "") == "Save check-in"
    screenshot(dialog, "check-in-decision")
    next_choice = dialog.findChild(QComboBox, "nextCheckIn")
    assert next_choice is not None and next_choice.currentData() is not None
    click(qtbot, dialog, "checkInNext")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    done = next(
        f
        for f in browse.agreement_document(couple, agreement_id).agreement.follow_ups
        if f.id == first.id
    )
    assert done.status is FollowUpStatus.DONE
    assert done.decision is CheckInDecision.KEEP
    assert [a.held for a in done.answers] == [Held.HELD, Held.PARTLY]
    assert [a.saw for a in done.answers] == ["Every dinner but one.", "Saturday it slipped."]
    assert done.done_at == clock.now()  # recorded when it was done
    assert done.answers[0].appreciation == APPRECIATION
    assert not window.banner.isVisible()

    window.open_agreement(agreement_id)
    html = window.agreements.detail.toPlainText()
    assert APPRECIATION in html
    assert "Dinner was slower and kinder." in html
    assert f"{maria.name} saw: Every dinner but one." in html
    assert "Partly" in html
    screenshot(window, "check-in-agreement-history")


def test_snoozing_from_the_banner_quiets_it_until_later(
    qtbot: QtBot, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    first = browse.agreement_document(couple, agreement_id).agreement.follow_ups[0]
    clock.set(first.due_at + timedelta(minutes=1))
    window.reminders.check()
    assert window.banner.isVisible()
    window.banner.snooze_until(clock.now() + timedelta(hours=1))
    assert not window.banner.isVisible()
    window.reminders.check()
    assert not window.banner.isVisible()
    clock.advance(timedelta(hours=1, minutes=1))
    window.reminders.check()
    assert window.banner.isVisible()
    # Hide keeps it away for this run (it stays on Home), however often the app looks again.
    click(qtbot, window.banner, "reminderHide")
    window.reminders.check()
    window.reminders.check()
    assert not window.banner.isVisible()
    assert window.home.due.item(0).data(Qt.ItemDataRole.UserRole) == first.id


def test_adjusting_through_the_screen_keeps_the_old_version(
    qtbot: QtBot, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    agreement_id = make_agreement(couple)
    first = browse.agreement_document(couple, agreement_id).agreement.follow_ups[0]
    clock.set(first.due_at)
    window.check_in(first.id)
    dialog = check_in_dialog(qtbot)
    for turn in dialog.turns:
        click(qtbot, turn, "held_not_yet")
        click(qtbot, dialog, "checkInNext")
    click(qtbot, dialog, "decision_adjust")
    title = dialog.decision.new_title
    title.selectAll()
    type_into(qtbot, dialog, "adjustedTitle", "Phones away at every meal")  # type: ignore[arg-type]
    # Enter in a field does not save: saving can't be undone, so it takes the button.
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert browse.agreement_document(couple, agreement_id).agreement.version == 1
    click(qtbot, dialog, "checkInNext")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    agreement = browse.agreement_document(couple, agreement_id).agreement
    assert (agreement.title, agreement.version) == ("Phones away at every meal", 2)
    assert agreement.history[0].title == TITLE
    window.open_agreement(agreement_id)
    assert "Version 1" in window.agreements.detail.toPlainText()


def test_the_follow_up_step_takes_a_date_of_your_own_and_a_repeat(
    qtbot: QtBot, clock: FixedClock
) -> None:
    state = RepairState(
        id="r", people=["a", "b"], started_by="a", started_at=clock.now().isoformat()
    )
    page = FollowUpPage(state, Step(StepKind.FOLLOW_UP), {"a": "A", "b": "B"}, clock.now())
    qtbot.addWidget(page)
    click(qtbot, page, "addCheckInDate")
    assert len(state.follow_up_dates) == 1
    # Planned from the chosen date, a series is in the clock's named zone (its hour holds
    # across DST), not just the offset the date was saved with.
    state.follow_up_repeat = Repeat.WEEKLY.value
    ((moment, repeat),) = planned_check_ins(state, clock.now())
    assert repeat is Repeat.WEEKLY and moment.tzinfo == clock.now().tzinfo
    page.findChild(QComboBox, "followUpRepeat").setCurrentIndex(2)  # type: ignore[union-attr]
    assert state.follow_up_repeat == Repeat.MONTHLY.value
    remove = page.findChild(QAbstractButton, "removeCheckInDate0")
    assert remove is not None
    click(qtbot, page, "removeCheckInDate0")
    assert state.follow_up_dates == []


def test_planning_a_weekly_check_in_from_the_agreement_page(
    qtbot: QtBot, couple: Household, clock: FixedClock
) -> None:
    from PySide6.QtCore import QDateTime
    from PySide6.QtWidgets import QDialogButtonBox

    from relate_desktop.ui.agreement_history import PlanCheckInDialog

    agreement_id = make_agreement(couple)
    dialog = PlanCheckInDialog(couple, agreement_id, None)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(2027, 1, 10, 20, 15, 0))
    dialog.repeat.setCurrentIndex(dialog.repeat.findData(Repeat.WEEKLY.value))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    planned = [
        f
        for f in browse.agreement_document(couple, agreement_id).agreement.follow_ups
        if f.repeat is Repeat.WEEKLY
    ]
    (weekly,) = planned
    assert weekly.due_at.replace(tzinfo=None).isoformat() == "2027-01-10T20:15:00"
    assert weekly.due_at.tzinfo == clock.now().tzinfo


def test_a_planned_check_in_can_be_removed_from_the_agreement_page(
    qtbot: QtBot, window: MainWindow, couple: Household
) -> None:
    from PySide6.QtCore import QTimer, QUrl
    from PySide6.QtWidgets import QMessageBox

    from relate_desktop.ui.agreement_history import REMOVE_LINK

    agreement_id = make_agreement(couple)
    first, second = browse.agreement_document(couple, agreement_id).agreement.follow_ups
    window.open_agreement(agreement_id)
    assert f'href="{REMOVE_LINK}{first.id}"' in window.agreements.detail.toHtml()

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer_yes)
            return
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(20, answer_yes)
    window.agreements.detail.anchorClicked.emit(QUrl(f"{REMOVE_LINK}{first.id}"))
    left = browse.agreement_document(couple, agreement_id).agreement.follow_ups
    pending = [f.id for f in left if f.status is FollowUpStatus.PENDING]
    assert pending == [second.id]
    assert f'href="{REMOVE_LINK}{first.id}"' not in window.agreements.detail.toHtml()
