"""Private words never outlive the lock: whichever way a private space closes, nothing of it is
left in any widget, model, title or tooltip, and nothing more is written in its owner's name.

Every screen that can show private words is opened on a private item holding a marker (the
journal editor and its list, a private answer in the repair wizard, a search hit), then each way
a private space closes is triggered with the keys and clicks a person would use, and the whole
widget tree of the application is read back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal, privacy, safety
from relate_desktop.services.household import Household, set_up
from relate_desktop.ui import first_run
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.session import Session
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.wizard.wizard import RepairWizard
from tests.conftest import FAST_KDF, PASSPHRASES
from tests.ui.conftest import screenshot
from tests.ui.test_privacy import unlock_with, when_modal, write_shared_as
from tests.ui.test_repair_wizard import click, open_wizard, type_into

# ASCII, so they are typed key by key (pasting would leave them on the clipboard).
JOURNAL_MARK = "QUOKKAjournalmarker"
WIZARD_MARK = "QUOKKAwizardmarker"
MARKS = (JOURNAL_MARK, WIZARD_MARK)
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[str]:
    # List models keep columnCount to themselves: ask for columns until there are none.
    for row in range(model.rowCount(parent)):
        for column in range(64):
            index = model.index(row, column, parent)
            if not index.isValid():
                break
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if column == 0 and not isinstance(model, QAbstractListModel | QAbstractTableModel):
                yield from _model_texts(model, index)  # a tree: its children too


def widget_texts(widget: QWidget) -> Iterator[str]:
    """Everything a widget could show or tell: titles, tips, names, its text, its model."""
    yield widget.windowTitle()
    yield widget.toolTip()
    yield widget.statusTip()
    yield widget.whatsThis()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.toPlainText()
        yield widget.placeholderText()
        document = widget.document()
        if document.isUndoAvailable():  # Ctrl+Z must not bring the words back either
            document.undo()
            yield widget.toPlainText()
            document.redo()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
        yield widget.currentText()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from _model_texts(widget.model(), QModelIndex())


def marks_left() -> list[str]:
    """Where a marker still shows, anywhere in the application (hidden widgets too)."""
    found = []
    for widget in QApplication.allWidgets():
        for shown in widget_texts(widget):
            for mark in MARKS:
                if mark in shown:
                    found.append(f"{mark} in {type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.fixture
def session(qtbot: QtBot, protected: Household, runner: TaskRunner) -> Iterator[Session]:
    """Maria has unlocked; both have taken the safety check before."""
    for person, passphrase in zip(protected.people[::-1], PASSPHRASES[::-1], strict=True):
        privacy.unlock_private(protected, person.id, passphrase)  # Lloyd, then Maria again
        safety.record_check(protected, person.id, {})
    live = Session(protected.paths, protected.clock, runner)
    live.show_main(protected, protected.people[0].id)
    assert live.window is not None
    yield live
    live.close()


def stage_private_words(qtbot: QtBot, window: MainWindow) -> RepairWizard:
    """Maria's private words on every screen that can show them at once."""
    # The journal: a private entry, in the editor and in the list.
    window.show_section(3, new_entry=True)
    type_into(qtbot, window, "journalEditor", JOURNAL_MARK)  # type: ignore[arg-type]
    window.journal.save()
    assert window.journal.model.rowCount() == 1
    # The search box, showing that entry as a hit.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.search_dialog
    assert search is not None
    qtbot.keyClicks(search.box, JOURNAL_MARK)
    qtbot.waitUntil(lambda: search.model.rowCount() == 1)
    # A repair at Maria's own step, her answers kept private.
    window.activateWindow()
    wizard = open_wizard(qtbot, window)
    type_into(qtbot, wizard, "conflictTitle", "Breakfast at the lake house")
    type_into(qtbot, wizard, "whatHappened", "Saturday, 9 am, the coffee went cold.")
    click(qtbot, wizard, "nextButton")  # the hand-over to Maria
    click(qtbot, wizard, "nextButton")  # Maria's own answers
    click(qtbot, wizard, "stance_one_down")
    click(qtbot, wizard, "reaction_flight")
    click(qtbot, wizard, "keepPrivate")
    type_into(qtbot, wizard, "madeUp", WIZARD_MARK)
    # Insights, counted while her private space is open.
    window.show_section(4)
    qtbot.waitUntil(lambda: window.insights.latest is not None)
    window.show_section(3)
    assert JOURNAL_MARK in window.journal.editor.toPlainText()
    assert len(marks_left()) >= 3, marks_left()
    return wizard


def lock_my_private_space(qtbot: QtBot, session: Session, wizard: RepairWizard) -> None:
    action = session.window.findChild(QAction, "actionLockPrivate")  # type: ignore[union-attr]
    assert action is not None and action.isEnabled()
    action.trigger()  # Privacy → Lock my private space


def hand_over_in_the_repair(qtbot: QtBot, session: Session, wizard: RepairWizard) -> None:
    click(qtbot, wizard, "nextButton")  # "Lloyd's turn": the hand-over screen
    screenshot(wizard, "private-on-screen-handover")


def the_other_person_unlocks(qtbot: QtBot, session: Session, wizard: RepairWizard) -> None:
    """Privacy → Unlock my private space…, "Lloyd", his passphrase."""

    def choose_lloyd(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Lloyd")
        when_modal(qtbot, unlock_with(PASSPHRASES[1]))
        dialog.accept()

    window = session.window
    assert window is not None
    window.activateWindow()  # back to the main window from the repair
    qtbot.waitUntil(window.isActiveWindow)
    when_modal(qtbot, choose_lloyd)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.household.private_person == window.household.people[1].id


def auto_lock(qtbot: QtBot, session: Session, wizard: RepairWizard) -> None:
    session.idle.setInterval(20)
    session.idle.start()
    qtbot.waitUntil(lambda: session.window is None, timeout=3000)


def quick_hide(qtbot: QtBot, session: Session, wizard: RepairWizard) -> None:
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(wizard, Qt.Key.Key_H, keys)


def lock_everything(qtbot: QtBot, session: Session, wizard: RepairWizard) -> None:
    window = session.window
    assert window is not None
    window.activateWindow()  # back to the main window from the repair
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


WAYS: dict[str, Callable[[QtBot, Session, RepairWizard], None]] = {
    "lock private space": lock_my_private_space,
    "hand-over in a repair": hand_over_in_the_repair,
    "another person unlocks": the_other_person_unlocks,
    "auto-lock": auto_lock,
    "quick hide": quick_hide,
    "lock everything": lock_everything,
}


@pytest.mark.parametrize("way", list(WAYS))
def test_no_private_word_is_left_anywhere_once_the_space_closes(
    qtbot: QtBot, session: Session, protected: Household, way: str
) -> None:
    window = session.window
    assert window is not None
    maria = protected.people[0].id
    wizard = stage_private_words(qtbot, window)

    WAYS[way](qtbot, session, wizard)

    assert protected.private_person != maria
    assert marks_left() == []
    if session.window is not None:  # the window stays: nothing counted with her words
        assert session.window.insights.latest is None or not any(
            v.includes_private for v in session.window.insights.latest.people.values()
        )


def test_the_journal_after_a_lock_shows_nothing_private_and_writes_in_no_ones_name(
    qtbot: QtBot, session: Session, protected: Household
) -> None:
    """As Maria, open a private entry, then Privacy → Lock my private space; then type."""
    window = session.window
    assert window is not None
    window.show_section(3, new_entry=True)
    type_into(qtbot, window, "journalEditor", JOURNAL_MARK)  # type: ignore[arg-type]
    window.journal.save()
    window.journal.new_entry()
    window.journal.entries.setCurrentIndex(window.journal.model.index(0))
    assert window.journal.editor.toPlainText() == JOURNAL_MARK

    window.findChild(QAction, "actionLockPrivate").trigger()  # type: ignore[union-attr]

    editor = window.journal.editor
    assert editor.toPlainText() == "" and editor.isReadOnly()
    assert window.journal.model.rowCount() == 0
    assert not window.journal.writer.isVisible()  # no "Writing as Maria"
    assert not window.journal.share_button.isVisible()
    qtbot.keyClicks(editor, "Posted in her name")
    window.journal.save()
    assert editor.toPlainText() == ""
    with protected.shared.read() as read:
        assert (
            read.connection().exec_driver_sql("SELECT count(*) FROM journal_entries").scalar() == 0
        )
    assert journal.entries(protected) == []
    screenshot(window, "private-on-screen-journal-locked")


def test_the_wizard_hand_over_then_save_and_close_leaves_the_journal_empty(
    qtbot: QtBot, session: Session, protected: Household
) -> None:
    """Maria's private entry is open; Ctrl+N, go to "Lloyd's turn", Save and close."""
    window = session.window
    assert window is not None
    window.show_section(3, new_entry=True)
    type_into(qtbot, window, "journalEditor", JOURNAL_MARK)  # type: ignore[arg-type]
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = window.wizard
    assert wizard is not None
    type_into(qtbot, wizard, "conflictTitle", "Breakfast at the lake house")
    type_into(qtbot, wizard, "whatHappened", "Saturday, 9 am, the coffee went cold.")
    click(qtbot, wizard, "nextButton")
    click(qtbot, wizard, "nextButton")
    click(qtbot, wizard, "stance_one_down")
    click(qtbot, wizard, "reaction_flight")
    click(qtbot, wizard, "nextButton")  # hand-over: Lloyd's turn
    click(qtbot, wizard, "saveCloseButton")

    assert protected.private_person is None
    assert marks_left() == []
    assert window.journal.editor.isReadOnly()
    # Her words were kept, in her own space, before it closed.
    privacy.unlock_private(protected, protected.people[0].id, PASSPHRASES[0])
    assert [e.body for e in journal.entries(protected) if e.private] == [JOURNAL_MARK]


def test_a_shared_entry_is_written_and_deleted_only_by_the_person_who_said_it_was_them(
    qtbot: QtBot, window: MainWindow, couple: Household
) -> None:
    """No passphrases: "Write a shared entry…" as Maria; as Lloyd her entry is read-only and
    cannot be deleted; as Maria again, the Delete key on the list moves it to "Recently
    deleted", and Ctrl+Z brings it back."""
    page = window.journal
    window.show_section(3)
    assert page.editor.isReadOnly() and not page.new_button.isEnabled()
    write_shared_as(qtbot, window, "Maria")
    type_into(qtbot, window, "journalEditor", "Shared on purpose")  # type: ignore[arg-type]
    page.save()
    [entry] = journal.entries(couple)
    assert entry.author_id == couple.people[0].id and not entry.private

    write_shared_as(qtbot, window, "Lloyd")
    page.entries.setCurrentIndex(page.model.index(0))
    assert page.editor.toPlainText() == "Shared on purpose"
    assert page.editor.isReadOnly() and not page.delete_button.isVisible()
    qtbot.keyClick(page.entries, Qt.Key.Key_Delete)  # not his to delete: nothing happens
    assert len(journal.entries(couple)) == 1

    write_shared_as(qtbot, window, "Maria")
    page.entries.setCurrentIndex(page.model.index(0))
    assert page.delete_button.isVisible()

    page.entries.setFocus()
    qtbot.keyClick(page.entries, Qt.Key.Key_Delete)
    assert journal.entries(couple) == []
    assert page.model.rowCount() == 0 and page.editor.toPlainText() == ""
    assert [e.id for e in journal.recently_deleted(couple, couple.people[0].id)] == [entry.id]
    assert journal.recently_deleted(couple, couple.people[1].id) == []
    qtbot.keyClick(page.entries, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.id for e in journal.entries(couple)] == [entry.id]
    assert page.editor.toPlainText() == "Shared on purpose"


def test_after_setting_up_together_no_private_space_is_left_open(
    qtbot: QtBot,
    paths: DataPaths,
    clock: FixedClock,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both are still at the keyboard after the set-up turns: the journal must not write in the
    name of whoever took the last turn. (The turns themselves: tests/ui/test_first_run.py.)"""

    class TurnsDone(QDialog):
        """The set-up dialog once both turns are done (as FirstRunDialog leaves it)."""

        def __init__(self, *_args: object) -> None:
            super().__init__()
            self.household = set_up(
                paths, ["Maria", "Lloyd"], list(PASSPHRASES), clock, kdf=FAST_KDF
            )
            self.person_id = self.household.people[1].id  # the last turn's owner

        def exec(self) -> int:
            return int(QDialog.DialogCode.Accepted.value)

    # The session imports the set-up dialog when it shows it (paint first, load after).
    monkeypatch.setattr(first_run, "FirstRunDialog", TurnsDone)
    live = Session(paths, clock, runner)
    try:
        assert live.start()
        assert live.household is not None and live.household.private_person is None
        window = live.window
        assert window is not None
        window.show_section(3)
        assert window.journal.writer_id is None and window.journal.editor.isReadOnly()
        assert QApplication.activeModalWidget() is None  # and no safety check with both there
    finally:
        live.close()


def test_after_unlocking_the_window_comes_back_where_it_was(qtbot: QtBot, session: Session) -> None:
    window = session.window
    assert window is not None
    window.move(0, 40)  # the offscreen screen is small: a place the window fits in
    where = window.geometry()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    lock_screen = session.lock_screen
    assert lock_screen is not None and lock_screen.geometry() == where  # not somewhere new
    when_modal(qtbot, unlock_with(PASSPHRASES[0]))
    qtbot.mouseClick(lock_screen.button, Qt.MouseButton.LeftButton)
    again = session.window
    assert again is not None and again is not window
    assert again.geometry() == where


def test_quick_hide_from_the_main_window_s_own_keys_leaves_nothing_on_screen(
    qtbot: QtBot, session: Session
) -> None:
    window = session.window
    assert window is not None
    action = window.findChild(QAction, "actionQuickHide")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+H"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_H, keys)
    assert session.window is None and session.lock_screen is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []


JOURNAL_WAYS = {k: v for k, v in WAYS.items() if k != "hand-over in a repair"}


@pytest.mark.parametrize("way", list(JOURNAL_WAYS))
def test_the_journals_titles_tags_filters_and_recently_deleted_forget_private_words(
    qtbot: QtBot, session: Session, protected: Household, way: str
) -> None:
    """A private entry with a title and a tag chosen in the filter, a deleted one in the open
    "Recently deleted" window and the feeling filter on: after each way of closing, none of
    it is anywhere."""
    window = session.window
    assert window is not None
    page = window.journal
    window.show_section(3, new_entry=True)
    type_into(qtbot, window, "journalTitle", f"{JOURNAL_MARK} title")  # type: ignore[arg-type]
    type_into(qtbot, window, "journalEditor", "Gone soon")  # type: ignore[arg-type]
    type_into(qtbot, window, "journalTags", f"{JOURNAL_MARK}gone")  # type: ignore[arg-type]
    page.save()
    page.delete_button.click()
    window.show_section(3, new_entry=True)
    type_into(qtbot, window, "journalTitle", f"{JOURNAL_MARK} kept")  # type: ignore[arg-type]
    type_into(qtbot, window, "journalTags", f"{JOURNAL_MARK}tag")  # type: ignore[arg-type]
    type_into(qtbot, window, "journalEditor", "Kept words")  # type: ignore[arg-type]
    page.save()
    tag = page.filters.tag
    tag.setCurrentIndex(tag.findText(f"{JOURNAL_MARK}tag"))
    assert page.model.rowCount() == 1
    page.deleted_button.click()
    dialog = page.deleted_dialog
    assert dialog is not None and dialog.list.count() == 1
    assert len(marks_left()) >= 4, marks_left()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    JOURNAL_WAYS[way](qtbot, session, None)  # type: ignore[arg-type]

    assert protected.private_person != protected.people[0].id
    assert marks_left() == []
