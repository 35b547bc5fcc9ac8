"""The journal driven as a person would, by keyboard and mouse: write with a title, tags, a
feeling and formatting; the list follows; delete, undo, restore from "Recently deleted";
filter; go to a day; "on this day"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal
from relate_desktop.services.household import Household, set_up
from relate_desktop.ui.journal_view import JournalPage
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF, PASSPHRASES
from tests.households import add_entry
from tests.ui.conftest import screenshot
from tests.ui.test_repair_wizard import type_into


@pytest.fixture
def alone(paths: DataPaths, clock: FixedClock) -> Iterator[Household]:
    """Terry, on their own, with a passphrase: their private space is open."""
    household = set_up(paths, ["Terry"], [PASSPHRASES[0]], clock, kdf=FAST_KDF)
    yield household
    household.close()


@pytest.fixture
def page(qtbot: QtBot, alone: Household, runner: TaskRunner) -> Iterator[JournalPage]:
    window = MainWindow(alone, alone.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts (Ctrl+B, Ctrl+Z) work in the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.show_section(3, new_entry=True)
    yield window.journal
    window.close()


def press(qtbot: QtBot, page: JournalPage, name: str) -> None:
    button = page.findChild(QAbstractButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def keys(qtbot: QtBot, widget: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    qtbot.keyClick(widget, key, mods)


CTRL = Qt.KeyboardModifier.ControlModifier


def labels(page: JournalPage) -> list[str]:
    return [page.model.index(r).data() for r in range(page.model.rowCount())]


def highlighted(page: JournalPage) -> list[int]:
    return [i.row() for i in page.entries.selectionModel().selectedIndexes()] + (
        [page.entries.currentIndex().row()] if page.entries.currentIndex().isValid() else []
    )


def test_write_with_title_tags_feeling_and_formatting_then_edit_and_the_list_follows(
    qtbot: QtBot, page: JournalPage, alone: Household, clock: FixedClock
) -> None:
    type_into(qtbot, page, "journalTitle", "Sunday by the harbour")  # type: ignore[arg-type]
    editor = page.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "A ")
    keys(qtbot, editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, "bright")
    keys(qtbot, editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(editor, " morning")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    press(qtbot, page, "format_bullets")
    qtbot.keyClicks(editor, "bread")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "coffee")
    type_into(qtbot, page, "journalTags", "sea, Harbour, #sea")  # type: ignore[arg-type]
    page.feeling.setFocus()
    qtbot.keyClicks(page.feeling, "ho")  # keyboard search in the list: "hopeful"
    assert page.feeling.currentText() == "hopeful"
    qtbot.keyClick(page.tags, Qt.Key.Key_Tab)  # leaving the fields saves
    page.save()

    [entry] = journal.entries(alone)
    assert entry.title == "Sunday by the harbour"
    assert entry.body == "A **bright** morning\n\n- bread\n- coffee"
    assert entry.tags == ("sea", "Harbour") and entry.feeling == "hopeful"
    assert entry.time_of_day == "morning" and entry.private  # 9:30 in the clock
    [label] = labels(page)
    title, details = label.split("\n")
    assert title == "Sunday by the harbour" and details.startswith("22 Nov 2026, ")
    assert details.endswith(" · Morning · hopeful · #sea #Harbour · Private")
    assert highlighted(page) and set(highlighted(page)) == {0}
    screenshot(page.window(), "journal-entry")

    # Editing: the list's label follows the typing, before any save.
    page.title.selectAll()
    qtbot.keyClick(page.title, Qt.Key.Key_Delete)
    qtbot.keyClicks(page.title, "Harbour")
    qtbot.waitUntil(lambda: labels(page)[0].startswith("Harbour\n"))
    page.title.clear()
    page.title.textEdited.emit("")
    qtbot.waitUntil(lambda: labels(page)[0].startswith("A bright morning\n"))
    page.save()
    assert journal.entries(alone)[0].title == ""

    # A heading and italic, read back as Markdown; found by search as plain words.
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.Start)
    press(qtbot, page, "format_heading")
    keys(qtbot, editor, Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    keys(qtbot, editor, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(editor, "gently")
    page.save()
    body = journal.entries(alone)[0].body
    # (Qt writes a heading without the bold inside it: a heading is bold already.)
    assert body.startswith("## A bright morning\n") and "*gently*" in body
    from relate_desktop.services import search

    assert [h.item_id for h in search.search(alone, "bright morning")] == [entry.id]

    # "New entry": nothing stays highlighted while the editor is empty.
    clock.advance(timedelta(minutes=5))
    press(qtbot, page, "newEntryButton")
    assert highlighted(page) == [] and editor.toPlainText() == "" and page.title.text() == ""
    qtbot.keyClicks(editor, "Second one")
    page.save()
    assert labels(page)[0].startswith("Second one\n") and set(highlighted(page)) == {0}


def test_delete_undo_and_restore_from_recently_deleted(
    qtbot: QtBot, page: JournalPage, alone: Household, clock: FixedClock
) -> None:
    terry = alone.people[0].id
    older = add_entry(alone, terry, "Older words", clock.now() - timedelta(days=1), True)
    page.refresh()
    type_into(qtbot, page, "journalEditor", "Words to let go")  # type: ignore[arg-type]
    page.save()
    assert len(labels(page)) == 2

    press(qtbot, page, "journalDelete")
    assert [e.id for e in journal.entries(alone)] == [older.id]
    assert len(labels(page)) == 1 and page.editor.toPlainText() == ""
    assert page.undo_button.isVisible()
    keys(qtbot, page.entries, Qt.Key.Key_Z, CTRL)  # right after: Ctrl+Z brings it back
    assert len(journal.entries(alone)) == 2
    assert page.editor.toPlainText() == "Words to let go" and set(highlighted(page)) == {0}

    # The Delete key on the list, then "Recently deleted…" and Restore, by mouse.
    page.entries.setFocus()
    qtbot.keyClick(page.entries, Qt.Key.Key_Delete)
    assert [e.id for e in journal.entries(alone)] == [older.id]
    page.entries.setCurrentIndex(page.model.index(0))  # another entry: no undo any more
    assert not page.undo_button.isVisible()
    press(qtbot, page, "journalRecentlyDeleted")
    dialog = page.deleted_dialog
    assert dialog is not None and dialog.list.count() == 1
    assert "removed for good on 22 Dec 2026" in dialog.list.item(0).text()
    screenshot(dialog, "journal-recently-deleted")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and dialog.empty.isVisible()
    assert len(journal.entries(alone)) == 2
    assert page.editor.toPlainText() == "Words to let go"
    dialog.reject()


def test_filter_by_tag_and_feeling_go_to_a_day_and_on_this_day(
    qtbot: QtBot, page: JournalPage, alone: Household, clock: FixedClock
) -> None:
    terry = alone.people[0].id
    now = clock.now()
    journal.write_entry(alone, terry, "Harbour walk", tags="sea", feeling="hopeful")
    clock.set(now - timedelta(days=3))
    journal.write_entry(alone, terry, "Long day", tags="work", feeling="tired")
    clock.set(now.replace(year=now.year - 1))
    journal.write_entry(alone, terry, "A year ago today", private=False)
    clock.set(now)
    page.follow_private_space()  # as after an unlock: filters and "on this day" filled again
    assert len(labels(page)) == 3
    assert page.on_this_day.isVisible()
    assert page.on_this_day.text() == "On this day: 1 entry from earlier years"

    tag = page.filters.tag
    tag.setFocus()
    qtbot.keyClicks(tag, "w")  # "work"
    assert [label.split("\n")[0] for label in labels(page)] == ["Long day"]
    tag.setCurrentIndex(0)
    page.filters.feeling.setCurrentIndex(page.filters.feeling.findText("hopeful"))
    assert [label.split("\n")[0] for label in labels(page)] == ["Harbour walk"]
    page.filters.feeling.setCurrentIndex(0)
    page.filters.kind.setCurrentIndex(page.filters.kind.findText("Shared only"))
    assert [label.split("\n")[0] for label in labels(page)] == ["A year ago today"]
    page.filters.kind.setCurrentIndex(0)

    three_days = now - timedelta(days=3)
    page.filters.day.setDate(QDate(three_days.year, three_days.month, three_days.day))
    press(qtbot, page, "journalGoToDay")
    assert [label.split("\n")[0] for label in labels(page)] == ["Long day"]
    assert page.editor.toPlainText() == "Long day"  # the day's entry opens
    page.filters.day.setDate(QDate(2020, 1, 1))
    press(qtbot, page, "journalGoToDay")
    assert labels(page) == [] and page.empty_list.text() == "Nothing written on 1 Jan 2020."
    press(qtbot, page, "journalAllDays")
    assert len(labels(page)) == 3

    press(qtbot, page, "journalOnThisDay")
    assert page.editor.toPlainText() == "A year ago today"


def pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.mark.parametrize("fmt", ["pdf", "md"])
def test_export_a_range_to_pdf_and_markdown_with_only_my_own_private_entries(
    qtbot: QtBot,
    protected: Household,
    runner: TaskRunner,
    clock: FixedClock,
    tmp_path: object,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from relate_desktop.services import privacy
    from relate_desktop.ui.journal_export_dialog import JournalExportDialog
    from tests.ui.test_privacy import when_modal

    maria, lloyd = (p.id for p in protected.people)
    now = clock.now()
    privacy.unlock_private(protected, lloyd, PASSPHRASES[1])
    journal.write_entry(protected, lloyd, "LLOYDSECRET only mine", private=True)
    journal.write_entry(protected, lloyd, "Lloyd shared thoughts", private=False)
    privacy.unlock_private(protected, maria, PASSPHRASES[0])
    journal.write_entry(protected, maria, "Maria private walk", tags="sea", title="Harbour")
    journal.write_entry(protected, maria, "Maria shared dinner", private=False)
    clock.set(now - timedelta(days=40))
    journal.write_entry(protected, maria, "Too early to be in", private=False)
    clock.set(now)

    window = MainWindow(protected, maria, runner)
    qtbot.addWidget(window)
    window.show()
    window.show_section(3)
    page = window.journal
    out = Path(str(tmp_path)) / f"mine.{fmt}"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(out.with_suffix("")), "")
    )
    found: list[JournalExportDialog] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalExportDialog)
        found.append(dialog)
        assert not dialog.private.isChecked()  # only by an explicit choice
        start = now - timedelta(days=7)
        dialog.start.setDate(QDate(start.year, start.month, start.day))
        if fmt == "md":
            left = QPoint(8, dialog.markdown.height() // 2)  # on the button's circle
            qtbot.mouseClick(dialog.markdown, Qt.MouseButton.LeftButton, pos=left)
            assert dialog.markdown.isChecked()
        dialog.private.setFocus()
        qtbot.keyClick(dialog.private, Qt.Key.Key_Space)  # tick "Include my private entries"

        def close(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            box.button(QMessageBox.StandardButton.Close).click()

        when_modal(qtbot, close)  # "Saved to …"

        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(qtbot, fill)
    press(qtbot, page, "journalExportButton")
    assert found and found[0].saved_to == out
    data = out.read_bytes()
    shown = pdf_text(data) if fmt == "pdf" else data.decode("utf-8")
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    else:
        assert shown.startswith("# My journal\n") and "## Harbour" in shown
    for words in ("Maria private walk", "Maria shared dinner", "Lloyd shared thoughts"):
        assert words in shown
    assert "Tags: sea" in shown
    assert "LLOYDSECRET" not in shown and "Too early" not in shown
    assert b"LLOYDSECRET" not in data
    window.close()


def test_a_household_of_one_reads_as_one_persons_journal(
    qtbot: QtBot, page: JournalPage, alone: Household
) -> None:
    window = page.window()
    assert isinstance(window, MainWindow)
    assert window.private_status.text() == "Your private space is open"
    assert window.statusBar().currentMessage() == (
        "Your writing is encrypted and locked with your passphrase."
    )
    assert "your passphrase" in page.note.text() and "share" not in page.note.text()
    type_into(qtbot, page, "journalEditor", "Just me")  # type: ignore[arg-type]
    page.save()
    assert not page.share_button.isVisible() and not page.writer_button.isVisible()
    partner = window.findChild(QAction, "actionAddPartner")
    assert partner is not None and partner.isEnabled()  # "Add my partner…" stays


def test_one_person_without_a_passphrase_just_writes(
    qtbot: QtBot, solo: Household, runner: TaskRunner
) -> None:
    window = MainWindow(solo, solo.people[0].id, runner)
    qtbot.addWidget(window)
    window.show()
    window.show_section(3, new_entry=True)
    page = window.journal
    assert page.writer_id == solo.people[0].id and not page.editor.isReadOnly()
    assert not page.writer_button.isVisible()
    assert "anyone who opens Relate" in page.note.text()
    type_into(qtbot, page, "journalEditor", "Mine, not hidden")  # type: ignore[arg-type]
    page.save()
    assert [e.body for e in journal.entries(solo)] == ["Mine, not hidden"]
    assert not page.share_button.isVisible()
    window.close()


def test_a_daily_reminder_to_write_at_a_chosen_time(
    qtbot: QtBot, page: JournalPage, alone: Household, clock: FixedClock
) -> None:
    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QDialogButtonBox

    from relate_desktop.services import preferences
    from relate_desktop.ui.reminders import JournalReminderDialog
    from tests.ui.test_privacy import when_modal

    window = page.window()
    assert isinstance(window, MainWindow)
    nudge = window.nudge
    assert not nudge.isVisible()  # off until chosen

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalReminderDialog)
        dialog.on.setFocus()
        qtbot.keyClick(dialog.on, Qt.Key.Key_Space)
        dialog.at.setTime(QTime(21, 30))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[union-attr]
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(qtbot, choose)
    window.findChild(QAction, "actionJournalReminder").trigger()  # type: ignore[union-attr]
    assert preferences.load(alone.paths).journal_reminder == "21:30"
    assert not nudge.isVisible()  # 9:30 in the morning: not yet

    clock.set(clock.now().replace(hour=21, minute=31))
    window.journal_reminder.check()
    assert nudge.isVisible() and nudge.label.text() == "Time for a few lines?"
    qtbot.mouseClick(nudge.later_button, Qt.MouseButton.LeftButton)
    window.journal_reminder.check()
    assert not nudge.isVisible()  # once a day

    clock.advance(timedelta(days=1))
    journal.write_entry(alone, alone.people[0].id, "Written before the reminder")
    window.journal_reminder.check()
    assert not nudge.isVisible()  # written today already
    clock.advance(timedelta(days=1))
    window.journal_reminder.check()
    assert nudge.isVisible()
    qtbot.mouseClick(nudge.write_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is page and page.entry_id is None
    assert not nudge.isVisible()


def test_a_row_names_a_time_of_day_only_when_one_was_chosen(
    qtbot: QtBot, window: MainWindow, couple: Household, clock: FixedClock
) -> None:
    maria = couple.people[0]
    journal.write_entry(couple, maria.id, "No time chosen", private=False)
    journal.write_entry(couple, maria.id, "At dawn", private=False, time_of_day="morning")
    window.show_section(3)
    rows = [window.journal.model.index(r).data() for r in range(window.journal.model.rowCount())]
    by_text = {row.split("\n")[0]: row.split("\n")[1] for row in rows}
    assert "Time of day" not in by_text["No time chosen"]
    assert "Morning" in by_text["At dawn"]
