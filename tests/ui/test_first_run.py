"""First run as turns, driven like a person would: a shared screen, then each person's own
turn (hand-over, passphrase, recovery code). No screen ever carries the other person's
passphrase or recovery code, and stopping half-way writes nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import household_info, open_household
from relate_desktop.ui.first_run import FirstRunDialog
from relate_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, find

MARIA_SECRET = "maria sunflower river"
LLOYD_SECRET = "lloyd harbour lantern"
CODE = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){5}$")


@pytest.fixture
def dialog(
    qtbot: QtBot, paths: DataPaths, runner: TaskRunner, clock: FixedClock
) -> Iterator[FirstRunDialog]:
    welcome = FirstRunDialog(paths, runner, clock)  # not qtbot's: its close() would ask
    welcome.resize(welcome.sizeHint())
    welcome.show()
    qtbot.waitExposed(welcome)
    welcome.activateWindow()
    yield welcome
    welcome.done(FirstRunDialog.DialogCode.Rejected)
    welcome.deleteLater()


def on_screen(root: QWidget) -> str:
    """Everything a person could read or copy from the dialog as it is shown now."""
    found = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        found += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
    return "\n".join(found)


def shown(root: QWidget, name: str) -> QWidget:
    widget = find(root, QWidget, name)
    assert widget.isVisibleTo(root), f"{name} is not on screen"
    return widget


def type_here(qtbot: QtBot, dialog: QWidget, words: str) -> None:
    """Type into the field that has the keyboard focus (pasting what QTest can't type)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit) and field.window() is dialog, field
    if any(ord(ch) > 0x7F for ch in words):
        QApplication.clipboard().setText(words)
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        QApplication.clipboard().clear()
    else:
        qtbot.keyClicks(field, words)


def enter(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)


def tab(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)


def answer_next_question(qtbot: QtBot, button: str) -> None:
    """Click a button of the next message box once it shows (it blocks the caller)."""

    def later() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, later)
            return
        screenshot(box, "setup-cancel-question")
        click(qtbot, box, button)

    QTimer.singleShot(20, later)


def fill_shared(qtbot: QtBot, dialog: FirstRunDialog, names: list[str], protect: bool) -> None:
    assert QApplication.focusWidget() is find(dialog, QLineEdit, "name1")
    if len(names) == 1:
        click(qtbot, dialog, "modeSolo")
        find(dialog, QLineEdit, "name1").setFocus()
    if find(dialog, QAbstractButton, "protect").isChecked() != protect:
        click(qtbot, dialog, "protect")
        find(dialog, QLineEdit, "name1").setFocus()
    for index, name in enumerate(names):
        if index:
            tab(qtbot, dialog)
        type_here(qtbot, dialog, name)


def take_turn(
    qtbot: QtBot,
    dialog: FirstRunDialog,
    name: str,
    other: str,
    secret: str,
    shot: str,
    never: tuple[str, ...] = (),
) -> str:
    """One person's turn from their hand-over screen; returns the recovery code shown.
    None of `never` (the other person's secrets) may be on screen at any step of it."""

    def on_screen_now() -> str:
        text = on_screen(dialog)
        for secret_of_other in never:
            assert secret_of_other not in text, f"{other}'s secret on {name}'s turn"
        return text

    text = on_screen_now()
    if other:
        assert f"{name}'s turn" in text and f"{other}, please look away" in text
        assert f"{name}, it's your turn" in text
        screenshot(dialog, f"{shot}-handover")
        enter(qtbot, dialog)
    passphrase = shown(dialog, "setupPassphraseField")
    assert QApplication.focusWidget() is passphrase
    label = f"{name}'s passphrase" if other else "Your passphrase"
    assert label in on_screen_now() and "Once more" in on_screen_now()
    # Too short, then not matching: a clear message on this person's turn, nothing sealed.
    type_here(qtbot, dialog, "short")
    enter(qtbot, dialog)
    assert "at least 8 characters" in find(dialog, QLabel, "firstRunError").text()
    assert passphrase.hasFocus()
    type_here(qtbot, dialog, secret)
    tab(qtbot, dialog)
    type_here(qtbot, dialog, secret + "x")
    enter(qtbot, dialog)
    assert "don't match" in find(dialog, QLabel, "firstRunError").text()
    screenshot(dialog, f"{shot}-passphrase")
    passphrase.setFocus()
    passphrase.clear()
    type_here(qtbot, dialog, secret)
    tab(qtbot, dialog)
    find(dialog, QLineEdit, "setupPassphraseAgain").clear()
    type_here(qtbot, dialog, secret)
    enter(qtbot, dialog)
    code = shown(dialog, "recoveryCode").text()  # type: ignore[attr-defined]
    assert CODE.match(code), code
    text = on_screen_now()
    assert secret not in text, "the passphrase left the screen once chosen"
    title = f"{name}'s recovery code" if other else "Your recovery code"
    assert title in text
    next_button = find(dialog, QAbstractButton, "setupNext")
    assert not next_button.isEnabled(), "Next waits until the code is kept"
    screenshot(dialog, f"{shot}-code")
    click(qtbot, dialog, "setupCodeKept")
    assert next_button.isEnabled()
    return code


def test_the_two_of_us_take_turns_and_never_see_each_others_secrets(
    qtbot: QtBot, dialog: FirstRunDialog, paths: DataPaths, clock: FixedClock
) -> None:
    assert dialog.windowTitle() == "Welcome to Relate"
    assert dialog.maximumHeight() > 600 and dialog.sizeHint().height() <= 600
    fill_shared(qtbot, dialog, ["María", "Lloyd"], protect=True)
    assert "passphrase" in find(dialog, QLabel, "protectNote").text()
    screenshot(dialog, "setup-01-together")
    enter(qtbot, dialog)

    maria_code = take_turn(qtbot, dialog, "María", "Lloyd", MARIA_SECRET, "setup-02-maria")
    assert not paths.root.exists(), "nothing is written in the middle of the turns"
    enter(qtbot, dialog)  # María has kept her code: hand over to Lloyd

    text = on_screen(dialog)
    assert "Thank you, María" in text and "Lloyd's turn" in text
    assert maria_code not in text and MARIA_SECRET not in text
    # Back from Lloyd's hand-over goes to María's, never to her code.
    click(qtbot, dialog, "setupBack")
    text = on_screen(dialog)
    assert "María's turn" in text and maria_code not in text
    assert "Lloyd, please look away" in text
    # So María chooses again (her first code is dropped with her first passphrase).
    maria_code = take_turn(qtbot, dialog, "María", "Lloyd", MARIA_SECRET, "setup-02-maria")
    enter(qtbot, dialog)

    lloyd_code = take_turn(
        qtbot, dialog, "Lloyd", "María", LLOYD_SECRET, "setup-03-lloyd", (maria_code, MARIA_SECRET)
    )
    assert find(dialog, QAbstractButton, "setupNext").text().replace("&", "") == "Get started"
    assert not paths.root.exists()
    enter(qtbot, dialog)

    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    household = dialog.household
    assert household is not None
    try:
        maria, lloyd = household.people
        assert (maria.name, lloyd.name) == ("María", "Lloyd")
        # Lloyd had the last turn and is at the keyboard: his private space is the open one.
        assert dialog.person_id == lloyd.id and household.private_person == lloyd.id
        assert household.info.shared_protected
    finally:
        household.close()
    for person, secret in ((maria, MARIA_SECRET), (lloyd, lloyd_code), (maria, maria_code)):
        again = open_household(paths, person.id, secret, clock)
        assert again.private_person == person.id
        again.close()


def test_just_me_is_one_turn_with_no_second_person_anywhere(
    qtbot: QtBot, dialog: FirstRunDialog, paths: DataPaths
) -> None:
    fill_shared(qtbot, dialog, ["Terry"], protect=True)
    text = on_screen(dialog)
    assert not find(dialog, QLineEdit, "name2").isVisibleTo(dialog)
    assert "each of us" not in text and "two of you" not in text.replace("The two of us", "")
    assert "Your name" in text
    screenshot(dialog, "setup-solo-01")
    enter(qtbot, dialog)
    code = take_turn(qtbot, dialog, "Terry", "", MARIA_SECRET, "setup-solo-02")
    assert "turn" not in on_screen(dialog).replace("return", "")
    enter(qtbot, dialog)
    household = dialog.household
    assert household is not None and dialog.result() == FirstRunDialog.DialogCode.Accepted
    try:
        (terry,) = household.people
        assert terry.name == "Terry" and household.private_person == terry.id
    finally:
        household.close()
    info = household_info(paths)
    assert info is not None and info.shared_protected and len(info.people) == 1
    assert CODE.match(code)


def test_the_two_of_us_without_passphrases_is_one_screen(
    qtbot: QtBot, dialog: FirstRunDialog, paths: DataPaths
) -> None:
    fill_shared(qtbot, dialog, ["María", "Lloyd"], protect=False)
    note = find(dialog, QLabel, "protectNote").text()
    assert "anyone who opens Relate on this computer" in note
    assert find(dialog, QAbstractButton, "setupNext").text().replace("&", "") == "Get started"
    screenshot(dialog, "setup-open-01")
    enter(qtbot, dialog)
    household = dialog.household
    assert household is not None
    try:
        assert [p.name for p in household.people] == ["María", "Lloyd"]
        assert not household.info.shared_protected and household.private_person is None
        assert dialog.person_id == household.people[0].id
    finally:
        household.close()


def test_names_are_checked_on_the_shared_screen(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    fill_shared(qtbot, dialog, ["Ana"], protect=True)
    click(qtbot, dialog, "modeCouple")
    qtbot.keyClicks(shown(dialog, "name2"), "ana")
    enter(qtbot, dialog)
    assert "two different names" in find(dialog, QLabel, "firstRunError").text()
    assert shown(dialog, "name1")


def cancel_and(qtbot: QtBot, dialog: QWidget, button: str) -> None:
    answer_next_question(qtbot, button)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)


def test_cancel_asks_first_and_writes_nothing(
    qtbot: QtBot, dialog: FirstRunDialog, paths: DataPaths
) -> None:
    fill_shared(qtbot, dialog, ["María", "Lloyd"], protect=True)
    enter(qtbot, dialog)
    enter(qtbot, dialog)
    type_here(qtbot, dialog, MARIA_SECRET)
    cancel_and(qtbot, dialog, "setupKeepGoing")
    assert dialog.isVisible(), "keep going: nothing typed is lost"
    assert find(dialog, QLineEdit, "setupPassphraseField").text() == MARIA_SECRET
    tab(qtbot, dialog)
    type_here(qtbot, dialog, MARIA_SECRET)
    enter(qtbot, dialog)
    assert CODE.match(shown(dialog, "recoveryCode").text())  # type: ignore[attr-defined]
    cancel_and(qtbot, dialog, "setupStop")
    assert dialog.result() == FirstRunDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.household is None
    assert not paths.root.exists() or not any(paths.root.iterdir())


def test_cancel_on_an_empty_screen_just_closes(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_set_up_shows_why_password_is_refused(
    qtbot: QtBot, dialog: FirstRunDialog, paths: DataPaths
) -> None:
    """On Terry's turn, "password" is refused in plain words; nothing is written."""
    fill_shared(qtbot, dialog, ["Terry"], protect=True)
    enter(qtbot, dialog)  # just me: straight to the passphrase
    type_here(qtbot, dialog, "password")
    tab(qtbot, dialog)
    type_here(qtbot, dialog, "password")
    enter(qtbot, dialog)
    error = find(dialog, QLabel, "firstRunError")
    assert error.text().startswith("That passphrase is too easy to guess")
    assert dialog.isVisible() and dialog.household is None
    assert not paths.root.exists()
