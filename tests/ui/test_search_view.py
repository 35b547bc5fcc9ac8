"""Searching from the window: Ctrl+F, type, see highlighted hits, open one with Enter."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.models import Commitment
from relate_desktop.services.household import Household
from relate_desktop.store import repositories
from relate_desktop.ui import search_view
from relate_desktop.ui.design import LIGHT
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.search_view import HTML_ROLE, SearchDialog
from tests.households import add_conflict, add_entry, agreement, draft
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import type_into


def open_search(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_search(qtbot: QtBot, dialog: SearchDialog, words: str) -> None:
    dialog.box.clear()
    type_into(qtbot, dialog, "searchBox", words)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not dialog.timer.isActive() and dialog.status.text() != "")


def test_type_see_highlighted_hits_and_open_a_journal_entry_with_enter(
    qtbot: QtBot, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    maria = couple.people[0]
    add_entry(couple, maria.id, "We walked by the river and talked about the café.", clock.now())
    wanted = add_entry(couple, maria.id, "Second walk: 散步 along the river 🌊", clock.now())
    add_entry(couple, maria.id, "Nothing to see here.", clock.now())

    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "river")
    assert dialog.model.rowCount() == 2
    assert "2 found" in dialog.status.text()
    html = dialog.model.index(0).data(HTML_ROLE)
    assert f"<b style='background:{LIGHT.mark}; color:{LIGHT.text}'>river</b>" in html
    screenshot(dialog, "search-hits")

    type_search(qtbot, dialog, "散步")
    assert dialog.model.rowCount() == 1
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.journal
    assert window.journal.entry_id == wanted.id
    assert window.journal.editor.toPlainText() == wanted.body


def test_arrow_down_then_enter_opens_a_conflict_or_an_agreement(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window: MainWindow,
    couple: Household,
    clock: FixedClock,
) -> None:
    maria, lloyd = couple.people
    conflict = add_conflict(
        couple,
        "Phones at dinner",
        clock.now(),
        what_happened="The phone came out at dinner again.",
        drafts=(draft(maria.id, "I'd like dinner without phones."),),
    )
    made = agreement(
        conflict.id, "Quiet dinners", clock.now(), (Commitment(lloyd.id, "Phone in the hall", ""),)
    )
    with couple.shared.session() as session:
        repositories.save_conflict(session, replace(conflict, agreements=(made,)))

    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "phone")
    qtmodeltester.check(dialog.model)
    kinds = [dialog.model.hits[r].kind.value for r in range(dialog.model.rowCount())]
    assert sorted(kinds) == ["agreement", "conflict", "draft"]
    target = kinds.index("agreement")
    for _ in range(target):
        qtbot.keyClick(dialog.box, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.box, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.agreements
    assert window.agreements.shown_id == made.id
    assert "Quiet dinners" in window.agreements.detail.toPlainText()

    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "without phones")
    assert [h.kind.value for h in dialog.model.hits] == ["draft"]
    qtbot.keyClick(dialog.box, Qt.Key.Key_Enter)
    assert window.stack.currentWidget() is window.conflicts
    assert window.conflicts.shown_id == conflict.id

    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "elephants")
    assert dialog.model.rowCount() == 0
    assert "Nothing found" in dialog.status.text()
    QApplication.processEvents()


def test_private_hits_show_only_while_their_owners_space_is_open(
    qtbot: QtBot, protected: Household, clock: FixedClock
) -> None:
    from relate_desktop.ui.tasks import TaskRunner

    maria = protected.people[0]
    add_entry(protected, maria.id, "a private worry about the garden", clock.now(), private=True)
    window = MainWindow(protected, maria.id, TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "garden")
    assert [h.private for h in dialog.model.hits] == [True]
    assert "private" in dialog.model.index(0).data()
    assert "searched only while" not in dialog.status.text()
    dialog.close()
    window.lock_private()
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "garden")
    assert dialog.model.rowCount() == 0
    assert "Private writing is searched only while its owner's space is open." in (
        dialog.status.text()
    )
    window.close()


def test_no_note_about_private_spaces_when_there_are_none(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "anything")
    assert dialog.status.text() == "Nothing found for that."


def test_each_hit_is_laid_out_once(
    qtbot: QtBot,
    window: MainWindow,
    couple: Household,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fifty hits shown: each becomes a document once (and once more for the highlighted
    one, in its own colours), not again for every size the list asks; new hits are laid out
    anew, and no hit found before is drawn from what is kept."""
    maria = couple.people[0]
    for number in range(60):
        add_entry(couple, maria.id, f"Lantern walk number {number} by the river.", clock.now())
    built: list[str] = []
    real = search_view.hit_html

    def counting(*args: Any) -> str:
        built.append(args[0].item_id)
        return real(*args)

    monkeypatch.setattr(search_view, "hit_html", counting)
    dialog = open_search(qtbot, window)
    type_search(qtbot, dialog, "lantern")
    assert dialog.model.rowCount() == 50
    dialog.results.viewport().repaint()
    QApplication.processEvents()
    assert 0 < len(built) <= 50 + 1
    assert len(built) - len(set(built)) <= 1

    before = len(built)
    dialog.resize(dialog.width() + 120, dialog.height())  # a new width: the same documents
    dialog.results.doItemsLayout()
    dialog.results.viewport().repaint()
    QApplication.processEvents()
    assert len(built) == before

    type_search(qtbot, dialog, "walk number 7 ")
    dialog.results.viewport().repaint()
    QApplication.processEvents()
    shown = {hit.item_id for hit in dialog.model.hits}
    assert shown and set(built[before:]) <= shown  # only the new hits, laid out anew
