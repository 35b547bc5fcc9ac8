"""The Conflicts page: edit a conflict's facts, delete it and undo, and add a turn later."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.models import DraftKind
from relate_desktop.domain.repair_flow import StepKind, steps
from relate_desktop.services import browse
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.records import EditConflictDialog
from tests.agreements import make_two_turn_agreement
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import click, find, next_step, type_into


def shown(window: MainWindow) -> str:
    window.show_section(1)
    page = window.conflicts
    page.refresh()
    return page.detail.toPlainText()


def test_edit_delete_with_undo_and_add_a_turn_later(qtbot: QtBot, window: MainWindow) -> None:
    household = window.household
    maria, lloyd = household.people
    agreement_id = make_two_turn_agreement(household)
    conflict_id = browse.agreement_document(household, agreement_id).agreement.conflict_id
    text = shown(window)
    page = window.conflicts
    assert "Turn 2 · Apology from Lloyd" in text
    screenshot(window, "conflicts-01-page")

    # Edit.
    click(qtbot, page, "conflictEdit")
    dialog = page.findChild(EditConflictDialog, "editConflictDialog")
    assert dialog is not None and dialog.isVisible()
    title = find(dialog, QLineEdit, "editConflictTitle")
    title.selectAll()
    qtbot.keyClicks(title, "Breakfast, lake house")
    find(dialog, QDialogButtonBox, "editConflictButtons").button(
        QDialogButtonBox.StandardButton.Save
    ).click()
    assert browse.conflict_detail(household, conflict_id).title == "Breakfast, lake house"
    assert "Breakfast, lake house" in page.detail.toPlainText()

    # Delete, then undo: it comes back whole.
    before = browse.conflict_detail(household, conflict_id)
    click(qtbot, page, "conflictDelete")
    assert browse.recent_conflicts(household) == []
    assert page.undo_bar.isVisible()
    assert find(page, QWidget, "undoText").text() == "Deleted “Breakfast, lake house”."
    screenshot(window, "conflicts-02-undo")
    click(qtbot, page, "undoDelete")
    assert browse.conflict_detail(household, conflict_id) == before
    assert not page.undo_bar.isVisible()
    assert page.shown_id == conflict_id

    # A third turn, later: Maria's apology for the silent treatment.
    click(qtbot, page, "conflictAddTurn")
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    assert steps(wizard.state)[wizard.state.step_index].kind is StepKind.PAUSE
    click(qtbot, wizard, "part_wise_adult")
    click(qtbot, wizard, "speaker_1")
    click(qtbot, wizard, "kind_apology")
    next_step(qtbot, wizard, "conflicts-03-later-turn")
    next_step(qtbot, wizard, "conflicts-04-handover")
    type_into(qtbot, wizard, "part_what_i_did", "I gave you the silent treatment all day")
    type_into(qtbot, wizard, "part_impact", "shut out")
    type_into(qtbot, wizard, "part_differently", "I'll say I need a time-out instead")
    next_step(qtbot, wizard, "conflicts-05-apology")
    next_step(qtbot, wizard, "conflicts-06-handover")
    type_into(qtbot, wizard, "part_take_in", "you see you shut me out")
    next_step(qtbot, wizard, "conflicts-07-receive")
    next_step(qtbot, wizard, "conflicts-08-turns")
    type_into(qtbot, wizard, "agreementTitle", "Say it, don't go silent")
    find(wizard, QPlainTextEdit, "commitmentAction_1").setFocus()
    type_into(qtbot, wizard, "commitmentAction_1", "Say when I need a break")
    click(qtbot, wizard, "confirm_1")
    click(qtbot, wizard, "confirm_2")
    next_step(qtbot, wizard, "conflicts-09-agreement")
    click(qtbot, wizard, "preset_1w")
    next_step(qtbot, wizard, "conflicts-10-follow-up")
    click(qtbot, wizard, "nextButton")
    assert wizard.agreement_id is not None

    after = browse.conflict_detail(household, conflict_id)
    assert [(d.kind, d.author_id, d.turn) for d in after.drafts[4:]] == [
        (DraftKind.APOLOGY, maria.id, 3),
        (DraftKind.RESPONSE, lloyd.id, 3),
    ]
    assert after.drafts[:4] == before.drafts
    assert sorted(a.title for a in after.agreements) == [
        "Respect at the table",
        "Say it, don't go silent",
    ]
    assert len(browse.recent_conflicts(household)) == 1
