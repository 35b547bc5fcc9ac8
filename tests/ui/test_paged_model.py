"""Lists that load a page at a time: the model is sound, and the screens never load everything."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QModelIndex
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.services.household import Household
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.paged_model import PagedListModel
from relate_desktop.ui.widgets import ID_ROLE
from tests.households import add_conflict, add_entry


def numbers(total: int, calls: list[int]) -> PagedListModel[int]:
    def fetch(loaded: Sequence[int], limit: int) -> list[int]:
        calls.append(len(loaded))
        return list(range(len(loaded), min(total, len(loaded) + limit)))

    return PagedListModel(fetch, lambda n: f"number {n}", str, page_size=10)


def test_the_model_passes_the_model_tester_while_it_fetches(qtmodeltester: ModelTester) -> None:
    calls: list[int] = []
    model = numbers(25, calls)
    model.reload()  # (before the tester: it runs its checks, fetching, inside modelReset)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.rowCount() == 25
    assert calls[-3:] == [0, 10, 20]
    assert model.index(24).data() == "number 24"
    assert model.index(24).data(ID_ROLE) == "24"
    assert model.row_of("7") == 7 and model.row_of("99") == -1


def test_the_journal_list_loads_the_first_page_then_more_as_it_scrolls(
    qtbot: QtBot, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    maria = couple.people[0]
    for n in range(250):
        add_entry(couple, maria.id, f"entry {n}", clock.now() - timedelta(minutes=n))
    window.show_section(3)
    model = window.journal.model
    assert model.rowCount() == 100
    assert "entry 0" in model.index(0).data()
    window.journal.entries.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 100)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    labels = [model.index(r).data().split("\n")[0] for r in range(250)]  # first line first
    assert labels == [f"entry {n}" for n in range(250)]  # newest first, none twice


def test_conflicts_and_agreements_lists_page_and_open_an_item_not_loaded_yet(
    qtmodeltester: ModelTester, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    made = [
        add_conflict(couple, f"Conflict {n}", clock.now() - timedelta(days=n)) for n in range(130)
    ]
    window.show_section(1)
    page = window.conflicts
    assert page.count() == 100
    qtmodeltester.check(page.model)
    assert page.shown_id == made[0].id
    page.select(made[129].id)  # further down than loaded: shown all the same
    assert "Conflict 129" in page.detail.toPlainText()
    window.show_section(2)
    qtmodeltester.check(window.agreements.model)
    assert window.agreements.count() == 0
    assert not window.agreements.pdf_button.isEnabled()
