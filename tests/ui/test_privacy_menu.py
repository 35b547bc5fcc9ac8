"""The Privacy menu's dialogs, unlocking at launch and the crash dialog, driven through the real
window with keys and clicks: change my passphrase, a new recovery code, add my partner."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import WrongPassphrase
from relate_desktop.services import safety
from relate_desktop.services.household import Household, household_info, open_household
from relate_desktop.store import keys
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.session import Session
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog
from tests.conftest import PASSPHRASES
from tests.ui.conftest import screenshot
from tests.ui.test_privacy import when_modal

NEW_PASSPHRASE = "a lantern by the blue door"


def fill(dialog: QWidget, **values: str) -> None:
    """Type into a secret form's fields (secret_name, secret_current, secret_new, …)."""
    for key, value in values.items():
        edit = dialog.findChild(QLineEdit, f"secret_{key}")
        assert edit is not None, key
        edit.setFocus()
        edit.setText(value)


def then_keep_code(qtbot: QtBot, codes: list[str]) -> Callable[[QWidget], None]:
    """On the recovery-code dialog: read the code, tick "I kept it", Done."""

    def act(dialog: QWidget) -> None:
        shown = dialog.findChild(QLabel, "recoveryCode")
        assert shown is not None
        codes.append(shown.text())
        kept = dialog.findChild(QAbstractButton, "recoveryKept")
        done = dialog.findChild(QAbstractButton, "recoveryDone")
        assert kept is not None and done is not None and not done.isEnabled()
        kept.click()
        screenshot(dialog, "privacy-menu-recovery-code")
        done.click()

    return act


def submit_form(qtbot: QtBot, after: Callable[[QWidget], None] | None = None, **values: str):  # type: ignore[no-untyped-def]
    def act(dialog: QWidget) -> None:
        fill(dialog, **values)
        if after is not None:
            when_modal(qtbot, after)
        ok = dialog.findChild(QAbstractButton, "secretFormOk")
        assert ok is not None
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    return act


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None and action.isEnabled(), name
    action.trigger()


def refused_change(qtbot: QtBot, window: MainWindow, **values: str) -> str:
    """Privacy → Change my passphrase with these values: the form's message, then Esc."""
    errors: list[str] = []

    def submit_then_cancel(dialog: QWidget) -> None:
        fill(dialog, **values)
        ok = dialog.findChild(QAbstractButton, "secretFormOk")
        assert ok is not None
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        error = dialog.findChild(QLabel, "secretFormError")
        assert error is not None
        errors.append(error.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    when_modal(qtbot, submit_then_cancel)
    trigger(window, "actionChangePassphrase")
    assert errors, "the change-passphrase form did not open"
    return errors[0]


def test_change_my_passphrase_from_the_privacy_menu(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    window = MainWindow(protected, protected.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    when_modal(
        qtbot,
        submit_form(qtbot, current=PASSPHRASES[0], new=NEW_PASSPHRASE, again=NEW_PASSPHRASE),
    )
    trigger(window, "actionChangePassphrase")

    maria = protected.people[0].id
    again = open_household(protected.paths, maria, NEW_PASSPHRASE, protected.clock)
    again.close()
    with pytest.raises(WrongPassphrase):
        open_household(protected.paths, maria, PASSPHRASES[0], protected.clock)


def test_a_wrong_current_passphrase_changes_nothing(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    window = MainWindow(protected, protected.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    before = (protected.paths.root / "keys.json").read_bytes()
    error = refused_change(
        qtbot, window, current="not my passphrase", new=NEW_PASSPHRASE, again=NEW_PASSPHRASE
    )
    assert error
    assert (protected.paths.root / "keys.json").read_bytes() == before


def test_a_new_recovery_code_replaces_the_old_one(
    qtbot: QtBot, protected: Household, runner: TaskRunner
) -> None:
    window = MainWindow(protected, protected.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    codes: list[str] = []
    when_modal(qtbot, submit_form(qtbot, then_keep_code(qtbot, codes), current=PASSPHRASES[0]))
    trigger(window, "actionRecoveryCode")

    assert len(codes) == 1
    maria = protected.people[0].id
    opened = open_household(protected.paths, maria, codes[0], protected.clock)
    assert opened.unlocked_by_recovery_code
    opened.close()


def test_add_my_partner_gives_them_their_own_passphrase_and_code(
    qtbot: QtBot, solo: Household, runner: TaskRunner, clock: FixedClock
) -> None:
    window = MainWindow(solo, solo.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    codes: list[str] = []
    when_modal(
        qtbot,
        submit_form(
            qtbot,
            then_keep_code(qtbot, codes),
            name="Lloyd",
            new=NEW_PASSPHRASE,
            again=NEW_PASSPHRASE,
        ),
    )
    trigger(window, "actionAddPartner")

    info = household_info(solo.paths)
    assert info is not None and [p.name for p in info.people] == ["Terry", "Lloyd"]
    assert len(codes) == 1
    lloyd = info.people[1].id
    assert keys.load(solo.paths.root).person(lloyd).has_vault
    window.close()
    solo.close()
    again = open_household(solo.paths, lloyd, NEW_PASSPHRASE, clock)
    assert again.private_person == lloyd
    again.close()


def test_unlocking_at_launch_opens_the_person_who_typed_their_passphrase(
    qtbot: QtBot, protected: Household, runner: TaskRunner, clock: FixedClock
) -> None:
    lloyd = protected.people[1].id
    safety.record_check(protected, protected.people[0].id, {})
    protected.close()
    session = Session(protected.paths, clock, runner)

    def as_lloyd(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        assert dialog.windowTitle() == "Relate"
        dialog.person.setCurrentIndex(dialog.person.findData(lloyd))
        dialog.passphrase.setFocus()
        dialog.passphrase.setText(PASSPHRASES[1])  # may hold letters QTest cannot type
        screenshot(dialog, "privacy-menu-unlock-at-launch")
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)

    when_modal(qtbot, as_lloyd)
    try:
        assert session.start()
        assert session.household is not None and session.household.private_person == lloyd
        assert session.window is not None and session.window.current_person == lloyd
    finally:
        session.close()


def test_the_crash_dialog_holds_no_words_anyone_wrote(qtbot: QtBot) -> None:
    secret = "QUOKKA what María wrote at night"
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox) and dialog.objectName() == "crashDialog"
        seen.extend([dialog.windowTitle(), dialog.text(), dialog.informativeText()])
        seen.append(dialog.detailedText())
        seen.extend(w.text() for w in dialog.findChildren(QLabel))
        dialog.accept()

    def fails() -> None:
        words = secret  # a local holding written words, as a real bug would have
        raise ValueError(f"could not save {words}")

    when_modal(qtbot, read)
    try:
        fails()
    except ValueError as error:
        show_error(None, error)
    assert seen and any("ValueError" in s for s in seen)
    assert not any("QUOKKA" in s or "María" in s for s in seen)
    assert QApplication.activeModalWidget() is None


def test_after_unlocking_with_the_recovery_code_the_new_passphrase_form_asks_no_code(
    qtbot: QtBot, protected: Household, runner: TaskRunner, clock: FixedClock
) -> None:
    from relate_desktop.ui.privacy_dialogs import change_passphrase

    maria = protected.people[0].id
    code = protected.new_recovery_codes[maria]
    protected.close()
    household = open_household(protected.paths, maria, code, clock)
    window = MainWindow(household, maria, runner)
    qtbot.addWidget(window)
    window.show()
    asked: list[list[str]] = []

    def answer(dialog: QWidget) -> None:
        asked.append([e.objectName() for e in dialog.findChildren(QLineEdit)])
        submit_form(qtbot, new=NEW_PASSPHRASE, again=NEW_PASSPHRASE)(dialog)

    when_modal(qtbot, answer)
    assert change_passphrase(window, household, maria, runner, recovered=True)
    assert asked == [["secret_new", "secret_again"]]
    window.close()
    household.close()
    again = open_household(protected.paths, maria, NEW_PASSPHRASE, clock)
    assert again.private_person == maria
    again.close()
