"""Keyboard alone, screen-reader names, and colours that follow the palette.

Names: a control counts as named when Qt gives assistive technology a name for it, which is
its accessibleName, or else the visible text of a button (QAbstractButton exposes it), or else
the text of a QLabel whose buddy it is. Anything else is a finding.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain.repair_flow import StepKind, steps
from relate_desktop.services import browse
from relate_desktop.services.household import Household
from relate_desktop.ui.about import AboutDialog
from relate_desktop.ui.appearance import apply_scheme, coach_colours, is_dark, tone
from relate_desktop.ui.first_run import FirstRunDialog
from relate_desktop.ui.lock_screen import LockScreen
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.safety_check import SafetyCheckDialog
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog
from relate_desktop.ui.wizard.wizard import RepairWizard
from tests.ui.conftest import screenshot

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractSlider,
    QAbstractItemView,
)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(
    qtbot: QtBot,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    text: str = "",
) -> None:
    """Press and release a key on the focused widget, as the keyboard would.

    Sent as QKeyEvents rather than with QTest.keyClick: in PySide6 6.12 every QTest.keyClick
    drops a reference to None, and a few thousand key presses in one process crash Python
    ("deallocating None")."""
    if not text and k == Qt.Key.Key_Space:
        text = " "
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(focus(), QKeyEvent(kind, k, mod, text))


def tab_to(qtbot: QtBot, name: str, limit: int = 80) -> QWidget:
    """Press Tab until the control called `name` has the focus (it must be reachable)."""
    seen = []
    for _ in range(limit):
        if focus().objectName() == name:
            assert focus().isVisible(), f"{name} has the focus but is not shown"
            return focus()
        seen.append(focus().objectName() or type(focus()).__name__)
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; it went through {seen}")


def type_text(qtbot: QtBot, words: str) -> None:
    for char in words:
        code = (
            Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        )
        key(qtbot, code, text=char)


def next_step(qtbot: QtBot, wizard: RepairWizard, kind: StepKind) -> None:
    """Ctrl+Enter, from wherever the focus is, moves on to a step of the expected kind."""
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    current = steps(wizard.state)[wizard.state.step_index]
    assert current.kind is kind, (
        f"expected {kind}, got {current.kind}: {wizard.missing_label.text()}"
    )
    # The new step puts the focus somewhere visible inside the wizard.
    assert wizard.isAncestorOf(focus()) and focus().isVisible()


def test_a_couple_walks_the_whole_repair_with_the_keyboard_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    maria, lloyd = window.household.people
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a shortcut
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)  # as on a desktop

    # The conflict: the title has the focus; Tab moves through the form.
    assert focus().objectName() == "conflictTitle"
    type_text(qtbot, "Late again")
    tab_to(qtbot, "whatHappened")
    type_text(qtbot, "You arrived at 8 when we said 7.")
    tab_to(qtbot, "intensity")
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    next_step(qtbot, wizard, StepKind.HANDOVER)

    # Hand-over: the focus is on Next, Space presses it.
    assert focus() is wizard.next_button
    key(qtbot, Qt.Key.Key_Space)
    assert steps(wizard.state)[wizard.state.step_index].kind is StepKind.PERSPECTIVE

    def perspective(stance: str, reaction: str, losing: str) -> None:
        assert focus().objectName().startswith("stance_")  # the first question has the focus
        while focus().objectName() != f"stance_{stance}":
            key(qtbot, Qt.Key.Key_Down)  # arrows move between the choices of one question
        key(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, f"reaction_{reaction}")
        key(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, f"losing_{losing}")
        key(qtbot, Qt.Key.Key_Space)
        tab_to(qtbot, "feelings")
        type_text(qtbot, "tired")

    perspective("one_down", "flight", "withdrawal")
    screenshot(wizard, "keyboard-perspective")
    next_step(qtbot, wizard, StepKind.HANDOVER)
    key(qtbot, Qt.Key.Key_Space)
    perspective("one_up", "fight", "being_right")
    next_step(qtbot, wizard, StepKind.PAUSE)

    # The pause: who speaks first and what kind of draft.
    tab_to(qtbot, "breathStart")
    for name in ("speaker_1", "kind_request"):
        tab_to(qtbot, name)
        key(qtbot, Qt.Key.Key_Space)
    next_step(qtbot, wizard, StepKind.HANDOVER)
    key(qtbot, Qt.Key.Key_Space)

    # The request: the first part has the focus; Tab goes part to part.
    for part, words in (
        ("part_saw_heard", "you came home at 8 when we had said 7"),
        ("part_feel", "worried"),
        ("part_would_like", "that you text me when you will be late"),
    ):
        tab_to(qtbot, part)
        type_text(qtbot, words)
    next_step(qtbot, wizard, StepKind.HANDOVER)
    key(qtbot, Qt.Key.Key_Space)

    # The response.
    for part, words in (
        ("part_reflect", "you were worried when I came late"),
        ("part_give", "yes, I will text you"),
    ):
        tab_to(qtbot, part)
        type_text(qtbot, words)
    next_step(qtbot, wizard, StepKind.TURNS)
    assert focus().objectName() == "nextSpeaker_2"  # Lloyd would speak next
    next_step(qtbot, wizard, StepKind.AGREEMENT)

    # The agreement: a second line by keyboard, its person chosen with the arrow keys.
    assert focus().objectName() == "agreementTitle"
    type_text(qtbot, "Texts when late")
    tab_to(qtbot, "commitmentAction_1")
    type_text(qtbot, "Text Maria when I will be late")
    tab_to(qtbot, "addCommitment")
    key(qtbot, Qt.Key.Key_Space)
    assert focus().objectName() == "commitmentAction_2"
    type_text(qtbot, "Say thank you for the text")
    key(qtbot, Qt.Key.Key_Backtab)
    assert focus().objectName() == "commitmentWho_2"
    key(qtbot, Qt.Key.Key_Up)
    for name in ("confirm_1", "confirm_2"):
        tab_to(qtbot, name)
        key(qtbot, Qt.Key.Key_Space)
    screenshot(wizard, "keyboard-agreement")
    next_step(qtbot, wizard, StepKind.FOLLOW_UP)

    assert focus().objectName() == "preset_3d"
    key(qtbot, Qt.Key.Key_Space)
    next_step(qtbot, wizard, StepKind.REVIEW)

    # Finish with the keyboard too (the Next button is the default: Enter presses it).
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.agreement_id is not None
    detail = browse.conflict_detail(window.household, wizard.state.id)
    assert detail.title == "Late again"
    assert detail.intensity == 7  # 5 to start with, two presses of Right
    (agreement,) = detail.agreements
    assert [c.person_id for c in agreement.commitments] == [lloyd.id, maria.id]
    assert set(agreement.confirmed_by) == {maria.id, lloyd.id}
    assert len(agreement.follow_ups) == 1
    wizard.close()


def named(widget: QWidget) -> bool:
    """Whether Qt gives a screen reader a name for `widget` (see the module's docstring)."""
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    window = widget.window()
    return any(
        label.buddy() is widget and label.text().strip() for label in window.findChildren(QLabel)
    )


def unnamed(root: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(root)
        and not w.objectName().startswith("qt_")  # Qt's own parts, e.g. a spin box's editor
        and not named(w)
    ]


@pytest.fixture
def every_wizard_page(qtbot: QtBot, window: MainWindow) -> Iterator[list[tuple[str, list[str]]]]:
    """The unnamed controls of each wizard step, the wizard filled in enough to show them all."""
    window.start_repair()
    wizard = window.wizard
    assert wizard is not None
    state = wizard.state
    state.title, state.what_happened = "Late", "Came home at 8."
    for person in state.people:
        answers = state.perspective(person)
        answers.stance, answers.reactions = "same_as", ["fix"]
    state.speaker_id, state.draft_kind = state.people[0], "request"
    state.draft_parts.update(saw_heard="x", feel="sad", would_like="a text")
    state.response_parts.update(reflect="x", give="yes")
    pages = []
    for index in range(len(steps(state))):
        wizard.show_step(index)
        name = f"step {index} {steps(state)[index].kind.value}"
        pages.append((name, unnamed(wizard)))
    wizard.close()
    yield pages


def test_a_control_without_a_name_is_found(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    bare, labelled, icon_only = QLineEdit(form), QLineEdit(form), QPushButton(form)
    bare.setObjectName("bare")
    icon_only.setObjectName("iconOnly")
    QLabel("&Title", form).setBuddy(labelled)
    assert unnamed(form) == ["QLineEdit 'bare'", "QPushButton 'iconOnly'"]
    icon_only.setAccessibleName("Close")
    assert unnamed(form) == ["QLineEdit 'bare'"]


def test_every_interactive_control_has_a_name(
    qtbot: QtBot, window: MainWindow, every_wizard_page: list[tuple[str, list[str]]]
) -> None:
    assert len(every_wizard_page) >= 10
    assert [(step, found) for step, found in every_wizard_page if found] == []
    for index in range(4):
        window.show_section(index)
        assert unnamed(window) == [], f"section {index}"
    window.journal.new_entry()
    assert unnamed(window) == []
    about = AboutDialog(window)
    qtbot.addWidget(about)
    about.show()
    assert unnamed(about) == []
    about.close()


def test_a_dark_scheme_gives_readable_tones_and_the_wizard_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    try:
        assert apply_scheme("dark") == "dark"
        assert is_dark()
        assert QApplication.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
        for name in ("muted", "error", "warning", "success", "info", "calm"):
            assert QColor(tone(name)).lightness() > 120, name
        for name in ("error", "warning", "success", "info", "calm"):
            assert QColor(tone(f"{name}_bg")).lightness() < 90, name
        for group in ("specific", "owned", "respectful"):
            _underline, ink, tint = coach_colours(group)
            assert QColor(ink).lightness() > QColor(tint).lightness() + 60, group
        window.start_repair()
        wizard = window.wizard
        assert wizard is not None
        screenshot(wizard, "dark-conflict")
        wizard.close()
    finally:
        apply_scheme("light")
    assert not is_dark()
    assert QColor(tone("muted")).lightness() < 140


def test_the_dialogs_before_the_main_window_name_every_control(
    qtbot: QtBot, couple: Household, runner: TaskRunner
) -> None:
    welcome = FirstRunDialog(couple.paths, runner)
    unlock = UnlockDialog(couple.people, lambda person, secret: None, runner)
    safety = SafetyCheckDialog(couple, couple.people[0].id)
    lock = LockScreen()
    for dialog in (welcome, unlock, safety, lock):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
        screenshot(dialog, f"a11y-{type(dialog).__name__}")
        dialog.close()
