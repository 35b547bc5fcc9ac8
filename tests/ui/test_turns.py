"""María and Lloyd, the lake-house breakfast: one conflict, two turns (her request and his
response, then his apology and her receiving it), one agreement with commitments from each
and one for both of them, the PDF, and Insights counting the conflict once."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain.models import DraftKind
from relate_desktop.domain.repair_flow import StepKind, steps
from relate_desktop.services import browse, repair
from relate_desktop.services import insights as insights_service
from relate_desktop.ui import saved_file
from relate_desktop.ui.export_dialog import ExportDialog
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.wizard.wizard import RepairWizard
from tests.ui.test_repair_wizard import (
    click,
    find,
    next_step,
    open_wizard,
    play_perspective,
    step_title,
    type_into,
)


def current(wizard: RepairWizard) -> StepKind:
    return steps(wizard.state)[wizard.state.step_index].kind


def export_pdf(
    qtbot: QtBot, wizard: RepairWizard, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF"))
    monkeypatch.setattr(saved_file, "offer_saved_file", lambda *a, **k: None)

    def close_saved_box() -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "savedFile":
            box.close()
        elif not out.exists():
            QTimer.singleShot(20, close_saved_box)

    click(qtbot, wizard, "exportPdfButton")
    dialog = wizard.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    QTimer.singleShot(20, close_saved_box)
    click(qtbot, dialog, "savePdfButton")
    assert out.exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_maria_and_lloyd_take_two_turns_in_one_conflict(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    maria, lloyd = window.household.people
    wizard = open_wizard(qtbot, window)

    # The facts, once, and where each stood.
    type_into(qtbot, wizard, "conflictTitle", "Breakfast at the lake house")
    type_into(
        qtbot,
        wizard,
        "whatHappened",
        "On Saturday at breakfast, in front of Bobby, Lloyd said I was a loser.",
    )
    type_into(qtbot, wizard, "topic", "respect")
    next_step(qtbot, wizard, "turns-01-conflict")
    next_step(qtbot, wizard, "turns-02-handover")
    play_perspective(qtbot, wizard, "one_down", "flight", "withdrawal", "ashamed")
    next_step(qtbot, wizard, "turns-03-perspective")
    next_step(qtbot, wizard, "turns-04-handover")
    play_perspective(qtbot, wizard, "one_up", "fight", "being_right", "irritated")
    next_step(qtbot, wizard, "turns-05-perspective")
    click(qtbot, wizard, "part_wise_adult")
    click(qtbot, wizard, "speaker_1")
    click(qtbot, wizard, "kind_request")
    next_step(qtbot, wizard, "turns-06-pause")

    # Turn 1: her request, his response.
    next_step(qtbot, wizard, "turns-07-handover-maria")
    type_into(qtbot, wizard, "part_saw_heard", "you called me a loser in front of Bobby")
    type_into(qtbot, wizard, "part_feel", "ashamed and small")
    type_into(
        qtbot, wizard, "part_would_like", "that you speak to me with respect in front of Bobby"
    )
    next_step(qtbot, wizard, "turns-08-request")
    next_step(qtbot, wizard, "turns-09-handover-lloyd")
    type_into(qtbot, wizard, "part_reflect", "you felt ashamed when I called you a loser")
    type_into(qtbot, wizard, "part_give", "I will speak to you with respect")
    next_step(qtbot, wizard, "turns-10-response")

    # Another turn: Lloyd's apology, in the same conflict.
    assert current(wizard) is StepKind.TURNS
    assert find(wizard, QAbstractButton, "nextSpeaker_2").isChecked()  # Lloyd, who listened
    click(qtbot, wizard, "nextKind_apology")
    click(qtbot, wizard, "takeTurn")
    assert current(wizard) is StepKind.HANDOVER
    assert "Lloyd" in step_title(wizard)
    next_step(qtbot, wizard, "turns-11-handover-lloyd")
    assert current(wizard) is StepKind.DRAFT
    type_into(qtbot, wizard, "part_what_i_did", "I called you a loser in front of Bobby")
    type_into(qtbot, wizard, "part_impact", "ashamed and alone")
    type_into(qtbot, wizard, "part_differently", "I'll stop and breathe before I speak")
    next_step(qtbot, wizard, "turns-12-apology")
    next_step(qtbot, wizard, "turns-13-handover-maria")

    # Her receiving his apology is its own listening, not a request's response.
    assert current(wizard) is StepKind.RESPONSE
    assert wizard.findChild(QWidget, "part_give") is None
    assert "receive Lloyd's apology" in step_title(wizard)
    assert "loser in front of Bobby" in find(wizard, QWidget, "spokenText").text()
    assert not wizard.next_button.isEnabled()
    type_into(qtbot, wizard, "part_take_in", "you see how it shamed me, and you're sorry")
    type_into(qtbot, wizard, "part_still_need", "I need you to tell Bobby too")
    type_into(qtbot, wizard, "part_more", "I also want to stop joking about it")
    next_step(qtbot, wizard, "turns-14-receive")

    # Nothing more for now: the agreement gathers both turns.
    assert current(wizard) is StepKind.TURNS
    assert "Lloyd: an apology" in find(wizard, QWidget, "turnLine_2").text()
    next_step(qtbot, wizard, "turns-15-turns")
    type_into(qtbot, wizard, "agreementTitle", "Respect at the table")
    # Commitments are several lines where needed: Enter starts a new one, nothing is cut.
    type_into(qtbot, wizard, "commitmentAction_1", "Apologise to Bobby")
    qtbot.keyClick(find(wizard, QPlainTextEdit, "commitmentAction_1"), Qt.Key.Key_Return)
    type_into(qtbot, wizard, "commitmentAction_1", "and say it was wrong")
    type_into(qtbot, wizard, "commitmentWhen_1", "this week")
    click(qtbot, wizard, "addCommitment")
    assert find(wizard, QComboBox, "commitmentWho_2").currentData() == maria.id
    type_into(qtbot, wizard, "commitmentAction_2", "Tell Lloyd at once when a joke hurts")
    click(qtbot, wizard, "addCommitment")
    both = find(wizard, QComboBox, "commitmentWho_3")
    both.setCurrentIndex(both.findText("Both of us"))
    type_into(qtbot, wizard, "commitmentAction_3", "Take a time-out when it gets heated")
    type_into(qtbot, wizard, "commitmentWhen_3", "every time")
    click(qtbot, wizard, "confirm_1")
    click(qtbot, wizard, "confirm_2")
    next_step(qtbot, wizard, "turns-16-agreement")
    click(qtbot, wizard, "preset_1w")
    repeat = find(wizard, QComboBox, "followUpRepeat")
    repeat.setCurrentIndex(repeat.findData("monthly"))
    next_step(qtbot, wizard, "turns-17-follow-up")
    summary = find(wizard, QWidget, "reviewSummary").text()
    assert "Apology from Lloyd" in summary and "Both of us" in summary
    click(qtbot, wizard, "nextButton")
    assert wizard.agreement_id is not None

    # Stored: one conflict, its four drafts in two turns, one agreement.
    household = window.household
    conflict = browse.conflict_detail(household, wizard.state.id)
    assert [(d.kind, d.author_id, d.to_id, d.turn) for d in conflict.drafts] == [
        (DraftKind.REQUEST, maria.id, lloyd.id, 1),
        (DraftKind.RESPONSE, lloyd.id, maria.id, 1),
        (DraftKind.APOLOGY, lloyd.id, maria.id, 2),
        (DraftKind.RESPONSE, maria.id, lloyd.id, 2),
    ]
    assert conflict.drafts[3].parts == {
        "take_in": "you see how it shamed me, and you're sorry",
        "still_need": "I need you to tell Bobby too",
        "more": "I also want to stop joking about it",
    }
    (agreement,) = conflict.agreements
    assert [(c.person_id, c.action, c.both) for c in agreement.commitments] == [
        (lloyd.id, "Apologise to Bobby\nand say it was wrong", False),
        (maria.id, "Tell Lloyd at once when a joke hurts", False),
        (lloyd.id, "Take a time-out when it gets heated", True),
    ]
    assert [f.repeat.value for f in agreement.follow_ups] == ["monthly"]
    assert repair.repairs_in_progress(household) == []

    # The PDF: what happened, both turns in order, all three commitments, the repeat.
    out = tmp_path / "respect.pdf"
    export_pdf(qtbot, wizard, out, monkeypatch)
    if folder := os.environ.get("RELATE_SCREENSHOTS"):  # to look at it, with pdftoppm
        shutil.copy(out, Path(folder) / "turns-18-agreement.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    in_order = [
        "What happened",
        "in front of Bobby, Lloyd said I was a loser.",
        "Turn 1 · What was asked",
        "Turn 1 · The response",
        "Turn 2 · The apology",
        "Turn 2 · Receiving the apology",
        "What we each commit to",
        "Apologise to Bobby and say it was wrong",
        "Tell Lloyd at once when a joke hurts",
        "Both of us Take a time-out when it gets heated",
        "then every month",
        "Our word",
    ]
    places = [text.find(piece) for piece in in_order]
    assert -1 not in places, [p for p, at in zip(in_order, places, strict=True) if at < 0]
    assert places == sorted(places)
    assert "irritated" not in text and "ashamed and small" in text  # no perspective words

    # Insights count the conflict once, however many turns it took.
    assert insights_service.insights(household).conflicts == 1
    click(qtbot, wizard, "nextButton")
    window.show_section(4)
    page = window.insights
    qtbot.waitUntil(lambda: page.summary.text().startswith("1 conflict "))
