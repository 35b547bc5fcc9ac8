"""The journal: entries on the left, an editor that saves as you type on the right. Entries are
private (in the writer's own private space) unless the writer shares one on purpose."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.guide import text, texts
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services import journal
from relate_desktop.services.household import Household
from relate_desktop.ui.appearance import tone
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.paged_model import PagedListModel
from relate_desktop.ui.privacy_dialogs import open_private_space
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.widgets import ID_ROLE, heading, paragraph

AUTOSAVE_MS = 1200


class JournalPage(QWidget):
    private_changed = Signal()
    editing_changed = Signal(str)  # the id of the entry in the editor ("" for none yet)

    def __init__(self, household: Household, author_id: str, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("journalPage")
        self.household = household
        self.runner = runner
        self.author_id = author_id
        self.entry_id: str | None = None
        self.entry_private = True
        self.dirty = False  # typed since the last save
        self.failed = False  # the last save failed; the next try waits for more typing
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Journal")))
        note_row = QHBoxLayout()
        self.note = paragraph("", "journalPrivacyNote")
        self.note.setStyleSheet(
            f"background: {tone('info_bg')}; color: {tone('info')}; padding: 6px; border-radius: 6px;"
        )
        self.unlock_button = QPushButton(self.tr("&Unlock my private journal…"))
        self.unlock_button.setObjectName("journalUnlock")
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.unlock_button)
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
        self.entries.setWordWrap(True)
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
        row.addWidget(self.writer)
        row.addWidget(self.prompt, 1)
        right_layout.addLayout(row)
        self.editor = QPlainTextEdit()
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
        self.status = QLabel()
        self.status.setObjectName("journalStatus")
        bottom.addWidget(self.private_box)
        bottom.addWidget(self.share_button)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        right_layout.addLayout(bottom)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([240, 560])
        layout.addWidget(split, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._typed)
        self.new_button.clicked.connect(self.new_entry)
        self.entries.selectionModel().currentChanged.connect(self._open)
        self.unlock_button.clicked.connect(self.unlock)
        self.share_button.clicked.connect(self.share)
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

    def set_person(self, person_id: str) -> None:
        if person_id != self.author_id:
            self.save()
            self.author_id = person_id
            self._clear_editor()
        self._show_privacy()

    @property
    def private_open(self) -> bool:
        return self.household.vault(self.author_id) is not None

    def _show_privacy(self) -> None:
        name = self.household.name_of(self.author_id)
        self.writer.setText(self.tr("Writing as {name}").format(name=name))
        if self.private_open:
            self.note.setText(text("journal.private_note", name=name))
        elif self.household.info.has_private_space(self.author_id):
            self.note.setText(text("journal.locked_note"))
        else:
            self.note.setText(text("journal.no_private_space"))
        self.unlock_button.setVisible(not self.private_open)
        self.unlock_button.setText(
            self.tr("&Unlock my private journal…")
            if self.household.info.has_private_space(self.author_id)
            else self.tr("&Set up my private space…")
        )
        is_new = self.entry_id is None
        self.private_box.blockSignals(True)
        self.private_box.setChecked(self.entry_private if not is_new else self.private_open)
        self.private_box.blockSignals(False)
        self.private_box.setEnabled(is_new and self.private_open)
        self.share_button.setVisible(not is_new and self.entry_private)
        self.share_button.setEnabled(len(self.household.people) > 1)

    def _private_toggled(self, on: bool) -> None:
        self.entry_private = on

    def unlock(self) -> None:
        self.save()
        if open_private_space(self, self.household, self.author_id, self.runner):
            self.entry_private = True
            self._show_privacy()
            self.private_changed.emit()

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
        if not self.dirty or self.editor.isReadOnly() or (not body.strip() and not self.entry_id):
            return
        private = self.entry_private if self.entry_id else self.private_box.isChecked()
        try:
            entry = journal.write_entry(
                self.household,
                self.author_id,
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
        if first_save:
            self.editing_changed.emit(entry.id)
        self.entry_private = entry.private
        self.status.setText(self.tr("Saved (private)") if entry.private else self.tr("Saved"))
        if first_save:
            self.refresh()

    def share(self) -> None:
        if self.entry_id is None:
            return
        self.save()
        partner = next(
            (p.name for p in self.household.people if p.id != self.author_id), self.tr("others")
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

    def new_entry(self) -> None:
        self.save()
        self._clear_editor()
        self.editor.setFocus()

    def _clear_editor(self) -> None:
        if self.entry_id is not None:
            self.editing_changed.emit("")
        self.entry_id = None
        self.entry_private = self.private_open
        selection = self.entries.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        selection.blockSignals(False)
        self.dirty = False
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.setReadOnly(False)
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
        self.editing_changed.emit(found.id)
        self.entry_private = found.private
        self.dirty = False
        self.editor.blockSignals(True)
        self.editor.setPlainText(found.body)
        self.editor.blockSignals(False)
        # Shared entries can be read by both; only their writer changes them.
        self.editor.setReadOnly(found.author_id != self.author_id)
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(found.prompt)))
        self.status.setText(self.tr("Saved"))
        self._show_privacy()

    def _page(self, loaded: Sequence[JournalEntry], limit: int) -> list[JournalEntry]:
        return journal.entries_page(self.household, loaded[-1] if loaded else None, limit)

    def _label(self, entry: JournalEntry) -> str:
        body = entry.body.strip()
        first_line = body[: body.find("\n")] if "\n" in body else body
        where = self.tr("Private") if entry.private else self.tr("Shared")
        who = self.household.name_of(entry.author_id)
        day = local_text(entry.created_at.astimezone(), self.tr("d MMM yyyy"))
        return f"{day} · {where} · {who}\n{first_line[:40]}"

    def refresh(self) -> None:
        selection = self.entries.selectionModel()
        selection.blockSignals(True)
        self.model.reload()
        row = self.model.row_of(self.entry_id) if self.entry_id else -1
        if row >= 0:
            self.entries.setCurrentIndex(self.model.index(row))
        selection.blockSignals(False)
        self._show_privacy()
