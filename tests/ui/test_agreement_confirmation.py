"""Each person says "I agree" for themselves: in a protected household only with their own
passphrase; in an open one the page says plainly that each ticks their own box."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.repair_flow import StepKind, steps
from relate_desktop.services import repair
from relate_desktop.services.household import Household
from relate_desktop.ui import unlock as unlock_module
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog
from relate_desktop.ui.wizard.wizard import RepairWizard
from tests.conftest import PASSPHRASES
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, find, type_into


@pytest.fixture(autouse=True)
def fresh_failures() -> Iterator[None]:
    unlock_module.reset_failures()
    PROBLEMS.clear()
    yield
    unlock_module.reset_failures()


def at_agreement(qtbot: QtBot, household: Household, runner: TaskRunner) -> RepairWizard:
    maria = household.people[0]
    state = repair.start_repair(household, maria.id)
    state.title, state.what_happened = "Late", "Home at 8."
    state.speaker_id, state.draft_kind = maria.id, "request"
    state.step_index = next(
        i for i, step in enumerate(steps(state)) if step.kind is StepKind.AGREEMENT
    )
    wizard = RepairWizard(household, state, runner)
    qtbot.addWidget(wizard)
    wizard.resize(1024, 640)
    wizard.show()
    qtbot.waitExposed(wizard)
    type_into(qtbot, wizard, "agreementTitle", "Phone-free dinners")
    type_into(qtbot, wizard, "commitmentAction_1", "Leave my phone in the hall")
    type_into(qtbot, wizard, "commitmentWhen_1", "every evening")
    return wizard


PROBLEMS: list[BaseException] = []


def on_the_prompt(act: Callable[[UnlockDialog], None]) -> None:
    """Act on the passphrase prompt once it shows (it blocks the click that opened it). A
    failure inside closes the prompt and is raised again by `no_problems`."""

    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, later)
            return
        try:
            act(dialog)
        except BaseException as error:
            PROBLEMS.append(error)
            dialog.done(0)

    QTimer.singleShot(20, later)


def no_problems() -> None:
    if PROBLEMS:
        raise PROBLEMS.pop()


def type_passphrase(qtbot: QtBot, dialog: UnlockDialog, secret: str) -> None:
    field = dialog.findChild(QLineEdit, "unlockPassphrase")
    assert field is not None
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.clear()
    QApplication.clipboard().setText(secret)  # QTest types only ASCII: paste, as people do
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.clipboard().clear()


def test_agreeing_for_someone_else_needs_their_passphrase(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    maria, lloyd = protected.people
    wizard = at_agreement(qtbot, protected, runner)
    assert "passphrase" in find(wizard, QLabel, "confirmOwnHint").text()
    lloyd_box = find(wizard, QAbstractButton, "confirm_2")
    seen: list[str] = []

    def wrong_then_give_up(dialog: UnlockDialog) -> None:
        seen.append(dialog.windowTitle())
        seen.append(" ".join(label.text() for label in dialog.findChildren(QLabel)))
        type_passphrase(qtbot, dialog, PASSPHRASES[0])  # María's, on Lloyd's box
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        seen.append(find(dialog, QLabel, "unlockError").text())
        screenshot(dialog, "agreement-presence-wrong")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Escape)

    on_the_prompt(wrong_then_give_up)
    click(qtbot, wizard, "confirm_2")
    no_problems()
    assert seen[0] == "Relate" and "Lloyd, type your passphrase" in seen[1]  # neutral title
    assert "isn't Lloyd's passphrase" in seen[2] and "stays unticked" in seen[2]
    assert not lloyd_box.isChecked() and lloyd.id not in wizard.state.confirmed_by

    def right(dialog: UnlockDialog) -> None:
        type_passphrase(qtbot, dialog, PASSPHRASES[1])
        screenshot(dialog, "agreement-presence")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    on_the_prompt(right)
    click(qtbot, wizard, "confirm_2")
    no_problems()
    assert lloyd_box.isChecked() and wizard.state.confirmed_by == [lloyd.id]
    assert not wizard.next_button.isEnabled(), "María hasn't agreed yet"

    # Unticking needs no passphrase.
    click(qtbot, wizard, "confirm_2")
    assert not lloyd_box.isChecked() and wizard.state.confirmed_by == []

    for box, secret in (("confirm_2", PASSPHRASES[1]), ("confirm_1", PASSPHRASES[0])):
        on_the_prompt(
            lambda dialog, s=secret: (
                type_passphrase(qtbot, dialog, s),
                qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return),
            )
        )
        click(qtbot, wizard, box)
        no_problems()
    assert sorted(wizard.state.confirmed_by) == sorted([maria.id, lloyd.id])
    assert wizard.next_button.isEnabled()
    screenshot(wizard, "agreement-confirmed")
    # Any edit still clears both.
    type_into(qtbot, wizard, "commitmentWhen_1", " for a month")
    assert wizard.state.confirmed_by == [] and not lloyd_box.isChecked()
    assert protected.private_person == maria.id, "confirming opened or closed nothing"
    wizard.close()


def test_an_open_household_ticks_without_passphrases_but_says_whose_box_is_whose(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    wizard = at_agreement(qtbot, couple, runner)
    hint = find(wizard, QLabel, "confirmOwnHint")
    assert "ticks your own box" in hint.text() and "passphrase" not in hint.text()
    click(qtbot, wizard, "confirm_2")
    click(qtbot, wizard, "confirm_1")
    assert len(wizard.state.confirmed_by) == 2 and wizard.next_button.isEnabled()
    wizard.close()


def test_a_solo_household_has_no_hint_about_the_other(
    qtbot: QtBot, solo: Household, runner: TaskRunner
) -> None:
    state = repair.start_repair(solo, solo.people[0].id)
    state.title, state.what_happened = "Late", "Home at 8."
    state.step_index = next(i for i, s in enumerate(steps(state)) if s.kind is StepKind.AGREEMENT)
    wizard = RepairWizard(solo, state, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.findChild(QWidget, "confirmOwnHint") is None
    wizard.close()
