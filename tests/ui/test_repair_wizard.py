"""A couple plays a whole repair through the real wizard, by mouse and keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain.models import DraftKind
from relate_desktop.services import browse, repair
from relate_desktop.services.household import Household
from relate_desktop.ui import saved_file
from relate_desktop.ui.export_dialog import ExportDialog
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.wizard.wizard import RepairWizard
from tests.ui.conftest import screenshot


def find(parent: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def type_into(qtbot: QtBot, wizard: RepairWizard, name: str, words: str) -> None:
    edit = (
        wizard.findChild(QLineEdit, name)
        or wizard.findChild(QPlainTextEdit, name)
        or wizard.findChild(QTextEdit, name)
    )
    assert edit is not None, name
    edit.setFocus()
    if any(ord(ch) > 0x7F for ch in words):
        # QTest only types ASCII (it aborts on "é", emoji or CJK): paste, as people do.
        QApplication.clipboard().setText(words)
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.keyClicks(edit, words)


def click(qtbot: QtBot, wizard: QWidget, name: str) -> None:
    button = find(wizard, QAbstractButton, name)
    assert button.isEnabled(), f"{name} is disabled"
    # Check boxes and radio buttons only react to clicks on their box and label, at the left.
    target = button.rect().center()
    if isinstance(button, QCheckBox | QRadioButton):
        target.setX(8)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=target)


def step_title(wizard: RepairWizard) -> str:
    return (
        wizard.page.findChild(QWidget, "stepTitle").text()
        if wizard.page.findChild(QWidget, "stepTitle")
        else wizard.page.findChild(QWidget, "handoverTitle").text()
    )  # type: ignore[union-attr]


def next_step(qtbot: QtBot, wizard: RepairWizard, shot: str) -> None:
    screenshot(wizard, shot)
    click(qtbot, wizard, "nextButton")


def open_wizard(qtbot: QtBot, window: MainWindow) -> RepairWizard:
    click(qtbot, window, "startRepairButton")
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    return wizard


def play_perspective(
    qtbot: QtBot, wizard: RepairWizard, stance: str, reaction: str, losing: str, feelings: str
) -> None:
    assert not wizard.next_button.isEnabled(), "a stance and reaction are needed first"
    click(qtbot, wizard, f"stance_{stance}")
    click(qtbot, wizard, f"reaction_{reaction}")
    click(qtbot, wizard, f"losing_{losing}")
    type_into(qtbot, wizard, "feelings", feelings)


def test_a_couple_completes_a_repair_and_exports_the_agreement(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    maria, lloyd = window.household.people
    wizard = open_wizard(qtbot, window)

    # 1. Log the conflict.
    assert not wizard.next_button.isEnabled()
    type_into(qtbot, wizard, "conflictTitle", "Phones at dinner")
    type_into(
        qtbot,
        wizard,
        "whatHappened",
        "On Friday at dinner Lloyd looked at his phone three times while I talked about my day.",
    )
    type_into(qtbot, wizard, "topic", "time together")
    next_step(qtbot, wizard, "01-conflict")

    # 2. Each names their own stance, after an explicit hand-over.
    assert wizard.turn_label.text() == "Maria's turn"
    assert "Maria" in step_title(wizard)
    next_step(qtbot, wizard, "02-handover-maria")
    play_perspective(qtbot, wizard, "one_down", "flight", "withdrawal", "hurt, lonely")
    next_step(qtbot, wizard, "03-perspective-maria")
    assert "Lloyd" in step_title(wizard)
    next_step(qtbot, wizard, "04-handover-lloyd")
    # Lloyd's screen shows none of Maria's answers.
    assert not find(wizard, QAbstractButton, "stance_one_down").isChecked()
    play_perspective(qtbot, wizard, "one_up", "fight", "being_right", "defensive")
    next_step(qtbot, wizard, "05-perspective-lloyd")

    # 3. The pause: Wise Adult, Maria speaks first with a request.
    click(qtbot, wizard, "part_adaptive_child")
    assert find(wizard, QWidget, "timeOut").isVisible()
    click(qtbot, wizard, "part_wise_adult")
    click(qtbot, wizard, "speaker_1")
    click(qtbot, wizard, "kind_request")
    next_step(qtbot, wizard, "06-pause")
    next_step(qtbot, wizard, "07-handover-speaker")

    # 4. Maria drafts a loving-power request and sees it composed live.
    type_into(
        qtbot, wizard, "part_remember_love", "I love you and I want our evenings to feel close"
    )
    type_into(
        qtbot,
        wizard,
        "part_saw_heard",
        "you looked at your phone three times while I talked at dinner",
    )
    type_into(qtbot, wizard, "part_made_up", "my day doesn't interest you")
    type_into(qtbot, wizard, "part_feel", "hurt and lonely")
    type_into(
        qtbot, wizard, "part_would_like", "that we leave our phones in the hall during dinner"
    )
    preview = find(wizard, QWidget, "preview").text()
    assert "When you looked at your phone three times" in preview
    assert "I felt hurt and lonely." in preview
    next_step(qtbot, wizard, "08-request")

    # 5. Lloyd responds with generosity.
    assert wizard.turn_label.text() == "Lloyd's turn"
    next_step(qtbot, wizard, "09-handover-listener")
    assert "phones in the hall" in find(wizard, QWidget, "spokenText").text()
    type_into(qtbot, wizard, "part_reflect", "you felt alone when I was on my phone at dinner")
    type_into(qtbot, wizard, "part_acknowledge", "I can see why that hurt")
    type_into(qtbot, wizard, "part_give", "of course, my phone stays in the hall at dinner")
    next_step(qtbot, wizard, "10-response")

    # Another turn? Not this time: on to the agreement.
    assert find(wizard, QWidget, "turnLine_1").text().startswith("1. Maria")
    next_step(qtbot, wizard, "10b-turns")

    # 6. The agreement, confirmed by both; changing it clears the confirmations.
    type_into(qtbot, wizard, "agreementTitle", "Phone-free dinners")
    type_into(qtbot, wizard, "commitmentAction_1", "Leave my phone in the hall during dinner")
    type_into(qtbot, wizard, "commitmentWhen_1", "every evening, starting today")
    click(qtbot, wizard, "addCommitment")
    find(wizard, QWidget, "commitmentWho_2").setCurrentIndex(0)
    type_into(qtbot, wizard, "commitmentAction_2", "Tell Lloyd when I'd like his attention")
    click(qtbot, wizard, "confirm_1")
    click(qtbot, wizard, "confirm_2")
    assert wizard.next_button.isEnabled()
    type_into(qtbot, wizard, "commitmentWhen_2", " for a month")
    assert not wizard.next_button.isEnabled(), "an edit after confirming needs confirming again"
    click(qtbot, wizard, "confirm_1")
    click(qtbot, wizard, "confirm_2")
    next_step(qtbot, wizard, "11-agreement")

    # 7. Follow-ups.
    click(qtbot, wizard, "preset_3d")
    click(qtbot, wizard, "preset_1m")
    next_step(qtbot, wizard, "12-follow-up")

    # 8. Review, save, export.
    summary = find(wizard, QWidget, "reviewSummary").text()
    assert "Phone-free dinners" in summary
    screenshot(wizard, "13-review")
    click(qtbot, wizard, "nextButton")
    assert wizard.agreement_id is not None
    screenshot(wizard, "14-done")

    out = tmp_path / "agreement.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    click(qtbot, wizard, "exportPdfButton")
    dialog = wizard.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    opened: list[str] = []

    class Desktop:  # the desktop's own apps, recorded instead of started
        @staticmethod
        def openUrl(url: QUrl) -> bool:
            opened.append(url.toLocalFile())
            return True

    monkeypatch.setattr(saved_file, "QDesktopServices", Desktop)

    def show_in_folder() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != "savedFile":
            QTimer.singleShot(20, show_in_folder)
            return
        find(box, QAbstractButton, "showSavedFolder").click()

    QTimer.singleShot(20, show_in_folder)
    click(qtbot, dialog, "savePdfButton")
    assert out.exists()
    assert "agreement.pdf" in find(wizard, QWidget, "pdfSavedLabel").text()
    assert opened == [str(tmp_path)]  # "Show in folder" after saving

    # What was stored is what they typed.
    household = window.household
    conflict = browse.conflict_detail(household, wizard.state.id)
    assert conflict.title == "Phones at dinner"
    assert conflict.topic == "time together"
    stances = {p.person_id: p.stance.value for p in conflict.perspectives if p.stance}
    assert stances == {maria.id: "one_down", lloyd.id: "one_up"}
    request = next(d for d in conflict.drafts if d.kind is DraftKind.REQUEST)
    assert request.author_id == maria.id and request.to_id == lloyd.id
    assert request.parts["would_like"] == "that we leave our phones in the hall during dinner"
    (agreement,) = conflict.agreements
    assert agreement.title == "Phone-free dinners"
    assert [c.person_id for c in agreement.commitments] == [lloyd.id, maria.id]
    assert agreement.commitments[1].when == " for a month".strip()
    assert set(agreement.confirmed_by) == {maria.id, lloyd.id}
    assert len(agreement.follow_ups) == 2
    assert repair.repairs_in_progress(household) == []

    # The PDF holds the agreement's words.
    pdf_text = " ".join(
        " ".join((page.extract_text() or "").split()) for page in PdfReader(out).pages
    )
    for expected in (
        "Phone-free dinners",
        "Maria",
        "Lloyd",
        "Leave my phone in the hall during dinner",
        "phones in the hall during dinner",
    ):
        assert expected in pdf_text
    # Nothing from the perspectives goes into the shared document.
    assert "defensive" not in pdf_text

    click(qtbot, wizard, "nextButton")
    assert not wizard.isVisible()
    window.show_section(2)
    assert window.agreements.count() == 1


def test_a_half_finished_repair_is_kept_and_resumed(qtbot: QtBot, window: MainWindow) -> None:
    wizard = open_wizard(qtbot, window)
    type_into(qtbot, wizard, "conflictTitle", "Dishes 🍽️ / כלים / 碗")
    type_into(qtbot, wizard, "whatHappened", "The dishes sat in the sink on Sunday night.")
    click(qtbot, wizard, "nextButton")
    click(qtbot, wizard, "saveCloseButton")
    assert not wizard.isVisible()

    (saved,) = repair.repairs_in_progress(window.household)
    assert saved.title == "Dishes 🍽️ / כלים / 碗"
    window.show_section(0)
    in_progress = window.home.in_progress
    assert "Dishes" in in_progress.item(0).text()
    in_progress.setCurrentRow(0)
    in_progress.itemActivated.emit(in_progress.item(0))
    resumed = window.wizard
    assert resumed is not None and resumed is not wizard
    assert resumed.state.step_index == 1
    click(qtbot, resumed, "backButton")
    assert find(resumed, QLineEdit, "conflictTitle").text() == "Dishes 🍽️ / כלים / 碗"
    resumed.close()


def test_keyboard_alone_moves_through_the_first_steps(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.wizard
    assert wizard is not None
    assert wizard.focusWidget() is find(wizard, QLineEdit, "conflictTitle")
    qtbot.keyClicks(wizard.focusWidget(), "Late again")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(wizard.focusWidget(), "You arrived at 8 when we said 7.")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert wizard.turn_label.text() == "Maria's turn"
    assert isinstance(find(wizard, QPushButton, "nextButton"), QPushButton)
    wizard.close()


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible buttons and text fields that a screen reader could not name."""
    return [
        w.objectName() or type(w).__name__
        for w in root.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QPlainTextEdit)
        and w.isVisible()
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and not w.objectName().startswith("qt_")  # Qt's own parts, e.g. a date box's editor
    ]


def test_every_interactive_widget_in_the_wizard_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    wizard = open_wizard(qtbot, window)
    assert unnamed_controls(wizard) == []
    assert unnamed_controls(window) == []
    wizard.close()


def test_esc_on_an_untouched_repair_leaves_nothing_behind(
    qtbot: QtBot, window: MainWindow, couple: Household
) -> None:
    wizard = open_wizard(qtbot, window)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert repair.repairs_in_progress(couple) == []
    # Typed, then taken out again before leaving: nothing is kept either.
    wizard = open_wizard(qtbot, window)
    type_into(qtbot, wizard, "conflictTitle", "Dishes")
    wizard.save()
    assert [r.title for r in repair.repairs_in_progress(couple)] == ["Dishes"]
    edit = find(wizard, QLineEdit, "conflictTitle")
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert repair.repairs_in_progress(couple) == []
