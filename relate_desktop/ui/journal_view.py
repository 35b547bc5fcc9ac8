"""The journal: entries on the left, an editor that saves as you type on the right. Entries are
private (in the writer's own private space) unless the writer shares one on purpose."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.guide import text, texts
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services import journal
from relate_desktop.services.household import Household
from relate_desktop.ui.components import note
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import MEASURE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.paged_model import PagedListModel
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.widgets import ID_ROLE, heading, paragraph

AUTOSAVE_MS = 1200


class ReadingEdit(QPlainTextEdit):
    """A plain-text editor whose lines stay a comfortable length (about MEASURE characters)
    on a wide window: the text column is centred, the margins grow."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        column = self.fontMetrics().averageCharWidth() * MEASURE
        spare = max(0, self.width() - column)
        self.setViewportMargins(spare // 2, 0, spare // 2, 0)


class JournalPage(QWidget):
    """Who writes is whoever is there: the person whose private space is open, or, for someone
    with no private space, the person who said who they are. With nobody there, the journal
    only shows shared entries to read, and writes nothing in anyone's name."""

    private_changed = Signal()
    unlock_requested = Signal()  # "Unlock my private journal…": the window asks who
    editing_changed = Signal(str)  # the id of the entry in the editor ("" for none yet)

    def __init__(self, household: Household, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("journalPage")
        self.household = household
        self.runner = runner
        # Someone without a private space who said "I'm writing" (shared entries only).
        self.shared_writer: str | None = None
        self._shown_writer: str | None = None
        self.entry_id: str | None = None
        self.entry_author: str | None = None
        self.entry_private = True
        self.dirty = False  # typed since the last save
        self.failed = False  # the last save failed; the next try waits for more typing
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Journal")))
        note_row = QHBoxLayout()
        self.note = paragraph("", "journalPrivacyNote")
        note(self.note, "info")
        self.unlock_button = QPushButton(self.tr("&Unlock my private journal…"))
        self.unlock_button.setObjectName("journalUnlock")
        self.writer_button = QPushButton(self.tr("&Write a shared entry…"))
        self.writer_button.setObjectName("journalWriteShared")
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.unlock_button)
        note_row.addWidget(self.writer_button)
        layout.addLayout(note_row)
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setObjectName("newEntryButton")
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.model = PagedListModel(self._page, self._label, lambda e: e.id)
        self.entries = QListView()
        self.entries.setModel(self.model)
        self.entries.setObjectName("journalList")
        self.entries.setAccessibleName(self.tr("Journal entries"))
        self.entries.setWordWrap(False)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries.setUniformItemSizes(True)  # two lines each: no measuring every row
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.entries)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.writer = QLabel()
        self.writer.setObjectName("journalWriter")
        self.prompt = QComboBox()
        self.prompt.setObjectName("journalPrompt")
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.addItem(self.tr("No prompt: free writing"), None)
        for prompt in texts("journal.prompts"):
            self.prompt.addItem(prompt, prompt)
        self.prompt.setMaximumWidth(520)
        # A long prompt shows in the list; the box itself stays as narrow as the window needs.
        self.prompt.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.prompt.setMinimumContentsLength(16)
        row.addWidget(self.writer)
        row.addWidget(self.prompt, 1)
        right_layout.addLayout(row)
        self.editor = ReadingEdit()
        self.editor.setObjectName("journalEditor")
        self.editor.setAccessibleName(self.tr("Journal entry"))
        self.editor.setPlaceholderText(text("journal.placeholder"))
        right_layout.addWidget(self.editor, 1)
        bottom = QHBoxLayout()
        self.private_box = QCheckBox(self.tr("&Private: only I can read this"))
        self.private_box.setObjectName("journalPrivate")
        self.private_box.setChecked(True)
        self.share_button = QPushButton(self.tr("&Share with my partner…"))
        self.share_button.setObjectName("journalShare")
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("journalDelete")
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.status = QLabel()
        self.status.setObjectName("journalStatus")
        bottom.addWidget(self.private_box)
        bottom.addWidget(self.share_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        right_layout.addLayout(bottom)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([320, 640])  # room for an entry's first line
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._typed)
        self.new_button.clicked.connect(self.new_entry)
        self.entries.selectionModel().currentChanged.connect(self._open)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.writer_button.clicked.connect(self.choose_shared_writer)
        self.share_button.clicked.connect(self.share)
        self.delete_button.clicked.connect(self.delete)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.entries)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        self.private_box.toggled.connect(self._private_toggled)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Leaving the editor (another field, another window or app) saves at once.
            app.focusChanged.connect(self._focus_changed)
        self._show_privacy()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Not again right after a failed save: its message is what took the focus.
        if old is self.editor and new is not self.editor and self.dirty and not self.failed:
            self.save()

    # Who writes, and where it goes -------------------------------------------------------

    @property
    def writer_id(self) -> str | None:
        """Who is writing now: the owner of the open private space, else someone without a
        private space who said it's them; None when nobody is there to write."""
        return self.household.private_person or self.shared_writer

    @property
    def private_open(self) -> bool:
        return self.household.private_person is not None

    def follow_private_space(self) -> None:
        """A private space opened or closed: whoever writes now, the editor starts afresh."""
        if self.private_open:
            self.shared_writer = None
        if self.writer_id != self._shown_writer:
            self._clear_editor()
        self._show_privacy()

    def private_closing(self, person_id: str) -> None:
        """Their private space is about to close: keep what they were writing."""
        if person_id == self.writer_id:
            self.save()

    def private_closed(self, _person_id: str) -> None:
        """Their private space closed: nothing of it stays in the editor or the list."""
        self.timer.stop()
        self.dirty = False
        self.model.reload()  # the list first: _clear_editor draws the page as it is now
        self._clear_editor()

    def choose_shared_writer(self) -> None:
        """Someone without a private space says who they are, to write shared entries."""
        without = [
            p for p in self.household.people if not self.household.info.has_private_space(p.id)
        ]
        if not without:
            return
        chosen = without[0]
        if len(without) > 1:
            names = [p.name for p in without]
            name, ok = QInputDialog.getItem(
                self, APP_NAME, self.tr("Who is writing?"), names, 0, False
            )
            if not ok:
                return
            chosen = without[names.index(name)]
        self.save()
        self.shared_writer = chosen.id
        self._clear_editor()
        self.editor.setFocus()

    def _show_privacy(self) -> None:
        writer = self.writer_id
        self._shown_writer = writer
        anyone_unprotected = any(
            not self.household.info.has_private_space(p.id) for p in self.household.people
        )
        if writer is not None:
            name = self.household.name_of(writer)
            self.writer.setText(self.tr("Writing as {name}").format(name=name))
            if self.private_open:
                self.note.setText(text("journal.private_note", name=name))
            else:
                self.note.setText(text("journal.shared_writer_note", name=name))
        else:
            self.writer.setText("")
            self.note.setText(
                text("journal.pick_writer")
                if anyone_unprotected and not self.household.info.with_private_space
                else text("journal.locked_to_write")
            )
        self.writer.setVisible(writer is not None)
        self.new_button.setEnabled(writer is not None)
        self.prompt.setEnabled(writer is not None)
        self.unlock_button.setVisible(not self.private_open)
        self.unlock_button.setText(
            self.tr("&Unlock my private journal…")
            if self.household.info.with_private_space
            else self.tr("&Set up my private space…")
        )
        # Also while someone writes shared entries: the next person says it's them now.
        self.writer_button.setVisible(not self.private_open and anyone_unprotected)
        is_new = self.entry_id is None
        own = writer is not None and (is_new or self.entry_author == writer)
        self.editor.setReadOnly(not own)
        self.editor.setPlaceholderText(
            text("journal.read_only_placeholder")
            if writer is None and self.household.info.with_private_space
            else text("journal.pick_placeholder")
            if writer is None
            else text("journal.placeholder")
            if self.private_open
            else text("journal.shared_placeholder")
        )
        self.private_box.blockSignals(True)
        self.private_box.setChecked(self.entry_private if not is_new else self.private_open)
        self.private_box.blockSignals(False)
        self.private_box.setEnabled(is_new and self.private_open)
        self.private_box.setVisible(writer is not None or not is_new)
        self.share_button.setVisible(not is_new and self.entry_private)
        self.share_button.setEnabled(len(self.household.people) > 1)
        self.delete_button.setVisible(not is_new and own)

    def _private_toggled(self, on: bool) -> None:
        self.entry_private = on

    # Editing ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        self.dirty = True
        self.failed = False
        self.status.setText(self.tr("Editing…"))
        self.timer.start()

    def save(self) -> None:
        """Save the entry being written (nothing to save when it's empty)."""
        self.timer.stop()
        body = self.editor.toPlainText()
        writer = self.writer_id
        if not self.dirty or self.editor.isReadOnly() or (not body.strip() and not self.entry_id):
            return
        if writer is None or (self.entry_id is not None and self.entry_author != writer):
            return  # nobody is there to write it: never in someone else's name
        private = self.entry_private if self.entry_id else self.private_box.isChecked()
        try:
            entry = journal.write_entry(
                self.household,
                writer,
                body,
                self.prompt.currentData(),
                self.entry_id,
                private=private,
            )
        except Exception as error:
            self.failed = True
            self.status.setText(self.tr("Not saved yet. Your text is still here."))
            show_error(self, error)
            return
        self.failed = False
        first_save = self.entry_id is None
        self.dirty = False
        self.entry_id = entry.id
        self.entry_author = entry.author_id
        if first_save:
            self.editing_changed.emit(entry.id)
        self.entry_private = entry.private
        self.status.setText(self.tr("Saved (private)") if entry.private else self.tr("Saved"))
        if first_save:
            self.refresh()
        else:
            self.model.replace(entry.id, entry)

    def share(self) -> None:
        if self.entry_id is None:
            return
        self.save()
        partner = next(
            (p.name for p in self.household.people if p.id != self.writer_id), self.tr("others")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Share this entry?"),
            text("journal.share_confirm", partner=partner),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            journal.share_entry(self.household, self.entry_id)
        except Exception as error:
            show_error(self, error)
            return
        self.entry_private = False
        self.refresh()

    def delete(self) -> None:
        """Its writer deletes the entry shown, after saying yes."""
        writer = self.writer_id
        if self.entry_id is None or writer is None or self.entry_author != writer:
            return
        self.save()
        answer = QMessageBox.question(
            self,
            APP_NAME,
            text("journal.delete_confirm"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes or self.entry_id is None:
            return
        try:
            journal.delete_entry(self.household, self.entry_id, writer)
        except Exception as error:
            show_error(self, error)
            return
        self._clear_editor()
        self.refresh()
        self.status.setText(self.tr("Deleted."))

    def new_entry(self) -> None:
        self.save()
        self._clear_editor()
        self.editor.setFocus()

    def _clear_editor(self) -> None:
        if self.entry_id is not None:
            self.editing_changed.emit("")
        self.entry_id = None
        self.entry_author = None
        self.entry_private = self.private_open
        selection = self.entries.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.dirty = False
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.prompt.setCurrentIndex(0)
        self.status.clear()
        self._show_privacy()

    def _open(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if current.isValid():
            self.open_entry(current.data(ID_ROLE))

    def open_entry(self, entry_id: str) -> None:
        """Show this entry in the editor (found by search, or chosen in the list)."""
        self.save()
        row = self.model.row_of(entry_id)
        selection = self.entries.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.entries.setCurrentIndex(self.model.index(row))
        else:
            selection.clear()
        selection.blockSignals(False)
        found = journal.entry(self.household, entry_id)
        if found is None:
            return
        self.entry_id = found.id
        self.entry_author = found.author_id
        self.editing_changed.emit(found.id)
        self.entry_private = found.private
        self.dirty = False
        self.editor.blockSignals(True)
        self.editor.setPlainText(found.body)
        self.editor.blockSignals(False)
        # Shared entries can be read by both; only their writer, while there, changes them.
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(found.prompt)))
        self.status.setText(self.tr("Saved"))
        self._show_privacy()

    def _page(self, loaded: Sequence[JournalEntry], limit: int) -> list[JournalEntry]:
        return journal.entries_page(self.household, loaded[-1] if loaded else None, limit)

    def _label(self, entry: JournalEntry) -> str:
        """Two lines: the entry's first line (the view cuts it to its width), then when, and
        whether it is private or shared (and whose, when two people write)."""
        body = entry.body.strip()
        first_line = (body.splitlines() or [""])[0][:200]
        parts = [local_text(entry.created_at.astimezone(), self.tr("d MMM yyyy, HH:mm"))]
        parts.append(self.tr("Private") if entry.private else self.tr("Shared"))
        if len(self.household.people) > 1 and not entry.private:
            parts.append(self.household.name_of(entry.author_id))
        return f"{first_line}\n{' · '.join(parts)}"

    def refresh(self) -> None:
        selection = self.entries.selectionModel()
        selection.blockSignals(True)
        self.model.reload()
        row = self.model.row_of(self.entry_id) if self.entry_id else -1
        if row >= 0:
            self.entries.setCurrentIndex(self.model.index(row))
        selection.blockSignals(False)
        self._show_privacy()
