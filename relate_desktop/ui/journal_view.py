"""The journal: entries on the left, an editor that saves as you type on the right."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.guide import text, texts
from relate_desktop.services import journal
from relate_desktop.services.household import Household
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.widgets import ID_ROLE, heading, paragraph

AUTOSAVE_MS = 1200


class JournalPage(QWidget):
    def __init__(self, household: Household, author_id: str) -> None:
        super().__init__()
        self.setObjectName("journalPage")
        self.household = household
        self.entry_id: str | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Journal")))
        note = paragraph(text("journal.shared_note"), "journalSharedNote")
        note.setStyleSheet("background: #eef3f8; color: #1f3347; padding: 6px; border-radius: 6px;")
        layout.addWidget(note)
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setObjectName("newEntryButton")
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.entries = QListWidget()
        self.entries.setObjectName("journalList")
        self.entries.setAccessibleName(self.tr("Journal entries"))
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.entries)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.author = QComboBox()
        self.author.setObjectName("journalAuthor")
        self.author.setAccessibleName(self.tr("Who is writing"))
        for person in household.people:
            self.author.addItem(person.name, person.id)
        self.author.setCurrentIndex(max(0, self.author.findData(author_id)))
        self.prompt = QComboBox()
        self.prompt.setObjectName("journalPrompt")
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.addItem(self.tr("No prompt: free writing"), None)
        for prompt in texts("journal.prompts"):
            self.prompt.addItem(prompt, prompt)
        row.addWidget(QLabel(self.tr("Writing:")))
        row.addWidget(self.author)
        row.addWidget(self.prompt, 1)
        right_layout.addLayout(row)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("journalEditor")
        self.editor.setAccessibleName(self.tr("Journal entry"))
        self.editor.setPlaceholderText(text("journal.placeholder"))
        right_layout.addWidget(self.editor, 1)
        self.status = QLabel()
        self.status.setObjectName("journalStatus")
        right_layout.addWidget(self.status)
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
        self.entries.currentItemChanged.connect(self._open)

    def _typed(self) -> None:
        self.status.setText(self.tr("Editing…"))
        self.timer.start()

    def save(self) -> None:
        """Save the entry being written (nothing to save when it's empty)."""
        self.timer.stop()
        body = self.editor.toPlainText()
        if not body.strip() and self.entry_id is None:
            return
        try:
            entry = journal.write_entry(
                self.household,
                str(self.author.currentData()),
                body,
                self.prompt.currentData(),
                self.entry_id,
            )
        except Exception as error:
            self.status.setText(self.tr("Not saved yet. Your text is still here."))
            show_error(self, error)
            return
        first_save = self.entry_id is None
        self.entry_id = entry.id
        self.status.setText(self.tr("Saved"))
        if first_save:
            self.refresh()

    def new_entry(self) -> None:
        self.save()
        self.entry_id = None
        self.entries.blockSignals(True)
        self.entries.clearSelection()
        self.entries.setCurrentRow(-1)
        self.entries.blockSignals(False)
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.status.clear()
        self.editor.setFocus()

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.save()
        entry_id = item.data(ID_ROLE)
        found = journal.entry(self.household, entry_id)
        if found is None:
            return
        self.entry_id = found.id
        self.editor.blockSignals(True)
        self.editor.setPlainText(found.body)
        self.editor.blockSignals(False)
        self.author.setCurrentIndex(max(0, self.author.findData(found.author_id)))
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(found.prompt)))
        self.status.setText(self.tr("Saved"))

    def refresh(self) -> None:
        self.entries.blockSignals(True)
        self.entries.clear()
        for entry in journal.entries(self.household):
            first_line = entry.body.strip().splitlines()[0] if entry.body.strip() else ""
            label = f"{entry.created_at.astimezone():%d %b %Y}: {first_line[:40]}"
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, entry.id)
            self.entries.addItem(item)
            if entry.id == self.entry_id:
                self.entries.setCurrentItem(item)
        self.entries.blockSignals(False)
