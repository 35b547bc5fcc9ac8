"""The journal: entries on the left, an editor that saves as you type on the right. Entries are
private (in the writer's own private space) unless the writer shares one on purpose."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain import journal as rules
from relate_desktop.domain.guidance import feeling_groups
from relate_desktop.domain.guide import text, texts
from relate_desktop.domain.markdown_text import first_line
from relate_desktop.domain.models import JournalEntry
from relate_desktop.services import journal
from relate_desktop.services.household import Household
from relate_desktop.ui.components import banner, quiet
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.journal_parts import (
    FormatBar,
    JournalFilters,
    ReadingEdit,
    RecentlyDeletedDialog,
)
from relate_desktop.ui.paged_model import PagedListModel
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.widgets import ID_ROLE, heading, paragraph

AUTOSAVE_MS = 1200
LABEL_MS = 150  # the list's label follows the typing this long after a key

__all__ = ["AUTOSAVE_MS", "JournalPage", "ReadingEdit"]


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
        people = household.people
        if len(people) == 1 and not household.info.has_private_space(people[0].id):
            self.shared_writer = people[0].id  # alone, without a private space: it's them
        self._shown_writer: str | None = None
        self.entry_id: str | None = None
        self.entry_author: str | None = None
        self.entry_private = True
        self.dirty = False  # typed since the last save
        self.failed = False  # the last save failed; the next try waits for more typing
        self.shown: JournalEntry | None = None  # the entry in the editor, as last saved
        self.undo_id: str | None = None  # the entry just deleted, while Ctrl+Z can bring it back
        self.deleted_dialog: RecentlyDeletedDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Journal")))
        note_frame = banner(QFrame(), "private")
        note_row = QHBoxLayout(note_frame)
        self.note = paragraph("", "journalPrivacyNote")
        self.unlock_button = QPushButton(self.tr("&Unlock my private journal…"))
        self.unlock_button.setObjectName("journalUnlock")
        self.writer_button = QPushButton(self.tr("&Write a shared entry…"))
        self.writer_button.setObjectName("journalWriteShared")
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.unlock_button)
        note_row.addWidget(self.writer_button)
        layout.addWidget(note_frame)
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setObjectName("newEntryButton")
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.deleted_button = quiet(QPushButton(self.tr("Recently de&leted…")))
        self.deleted_button.setObjectName("journalRecentlyDeleted")
        self.export_button = quiet(QPushButton(self.tr("E&xport…")))
        self.export_button.setObjectName("journalExportButton")
        self.export_button.setToolTip(self.tr("Export my journal to PDF or Markdown"))
        self.filters = JournalFilters(household)
        self.on_this_day = quiet(QPushButton())
        self.on_this_day.setObjectName("journalOnThisDay")
        self.model = PagedListModel(self._page, self._label, lambda e: e.id)
        self.entries = QListView()
        self.entries.setModel(self.model)
        self.entries.setObjectName("journalList")
        self.entries.setAccessibleName(self.tr("Journal entries"))
        self.entries.setWordWrap(False)
        self.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entries.setUniformItemSizes(True)  # two lines each: no measuring every row
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Two short rows rather than one wide one: the list column stays narrow enough for a
        # small screen (tests/ui/test_fit.py).
        left_layout.addWidget(self.new_button)
        more_row = QHBoxLayout()
        more_row.addWidget(self.deleted_button)
        more_row.addWidget(self.export_button)
        more_row.addStretch(1)
        left_layout.addLayout(more_row)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.on_this_day)
        left_layout.addWidget(self.entries, 1)
        self.empty_list = QLabel()
        self.empty_list.setObjectName("journalListEmpty")
        self.empty_list.setWordWrap(True)
        left_layout.addWidget(self.empty_list)
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
        self.title = QLineEdit()
        self.title.setObjectName("journalTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setMaxLength(rules.MAX_TITLE_LENGTH)
        right_layout.addWidget(self.title)
        self.editor = ReadingEdit()
        self.editor.setObjectName("journalEditor")
        self.editor.setAccessibleName(self.tr("Journal entry"))
        self.editor.setPlaceholderText(text("journal.placeholder"))
        self.format_bar = FormatBar(self.editor)
        right_layout.addWidget(self.format_bar)
        right_layout.addWidget(self.editor, 1)
        details = QHBoxLayout()
        self.tags = QLineEdit()
        self.tags.setObjectName("journalTags")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.feeling = QComboBox()
        self.feeling.setObjectName("journalFeeling")
        self.feeling.setAccessibleName(self.tr("How I feel"))
        self.feeling.addItem(self.tr("How do you feel?"), None)
        for group in feeling_groups():
            self.feeling.insertSeparator(self.feeling.count())
            for word in group.words:
                self.feeling.addItem(word, word)
        self.time_of_day = QComboBox()
        self.time_of_day.setObjectName("journalTimeOfDay")
        self.time_of_day.setAccessibleName(self.tr("Time of day"))
        for value, shown in self._times_of_day():
            self.time_of_day.addItem(shown, value)
        details.addWidget(self.tags, 2)
        details.addWidget(self.feeling, 1)
        details.addWidget(self.time_of_day, 1)
        right_layout.addLayout(details)
        bottom = QHBoxLayout()
        self.private_box = QCheckBox(self.tr("&Private: only I can read this"))
        self.private_box.setObjectName("journalPrivate")
        self.private_box.setChecked(True)
        self.share_button = QPushButton(self.tr("&Share with my partner…"))
        self.share_button.setObjectName("journalShare")
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("journalDelete")
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        self.undo_button = quiet(QPushButton(self.tr("Und&o")))
        self.undo_button.setObjectName("journalUndoDelete")
        self.undo_button.setToolTip(self.tr("Bring back the entry just deleted (Ctrl+Z)"))
        self.undo_button.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("journalStatus")
        right_layout.addWidget(self.private_box)
        bottom.addWidget(self.share_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        bottom.addWidget(self.undo_button)
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
        self.label_timer = QTimer(self)
        self.label_timer.setSingleShot(True)
        self.label_timer.setInterval(LABEL_MS)
        self.label_timer.timeout.connect(self._follow_typing)
        self.editor.textChanged.connect(self._typed)
        self.title.textEdited.connect(self._typed)
        self.tags.textEdited.connect(self._typed)
        self.feeling.activated.connect(self._typed)
        self.time_of_day.activated.connect(self._typed)
        self.deleted_button.clicked.connect(self.show_recently_deleted)
        self.export_button.clicked.connect(self.export)
        self.undo_button.clicked.connect(self.undo_delete)
        self.filters.changed.connect(self._filter_changed)
        self.on_this_day.clicked.connect(self._show_on_this_day)
        undo_key = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo_key.activated.connect(self.undo_delete)
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
        self._purge()
        self._show_privacy()
        self._show_on_this_day_button()

    def _times_of_day(self) -> list[tuple[str | None, str]]:
        return [
            (None, self.tr("Time of day")),
            ("morning", self.tr("Morning")),
            ("afternoon", self.tr("Afternoon")),
            ("evening", self.tr("Evening")),
            ("night", self.tr("Night")),
        ]

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Not again right after a failed save: its message is what took the focus.
        fields = (self.editor, self.title, self.tags)
        leaving = old in fields and new not in fields
        if leaving and self.dirty and not self.failed:
            self.save()

    def _purge(self) -> None:
        """Entries deleted 30 days ago or more, in the spaces open now, go for good."""
        try:
            journal.purge_expired(self.household)
        except Exception as error:  # a full disk: they wait for the next time
            self.status.setText(str(error))

    # Who writes, and where it goes -------------------------------------------------------

    @property
    def writer_id(self) -> str | None:
        """Who is writing now: the owner of the open private space, else someone without a
        private space who said it's them; None when nobody is there to write."""
        return self.household.private_person or self.shared_writer

    @property
    def private_open(self) -> bool:
        return self.household.private_person is not None

    def _only_person_without_a_private_space(self) -> str | None:
        """One person alone with no private space: it's them writing, nobody else could be."""
        people = self.household.people
        if len(people) == 1 and not self.household.info.has_private_space(people[0].id):
            return people[0].id
        return None

    def follow_private_space(self) -> None:
        """A private space opened or closed: whoever writes now, the editor starts afresh."""
        if self.private_open:
            self.shared_writer = None
        else:
            self.shared_writer = self.shared_writer or self._only_person_without_a_private_space()
        if self.writer_id != self._shown_writer:
            self._clear_editor()
        self._close_deleted_dialog()
        self._purge()
        self.filters.fill()
        self.model.reload()
        self._show_privacy()
        self._show_on_this_day_button()

    def private_closing(self, person_id: str) -> None:
        """Their private space is about to close: keep what they were writing."""
        if person_id == self.writer_id:
            self.save()

    def private_closed(self, _person_id: str) -> None:
        """Their private space closed: nothing of it stays in the editor or the list."""
        self.timer.stop()
        self.label_timer.stop()
        self.dirty = False
        self.undo_id = None
        self._close_deleted_dialog()
        self.filters.fill()  # no private tag or feeling left in the filters
        self.model.reload()  # the list first: _clear_editor draws the page as it is now
        self._clear_editor()
        self._show_on_this_day_button()

    def _close_deleted_dialog(self) -> None:
        if self.deleted_dialog is not None:
            self.deleted_dialog.reject()
            self.deleted_dialog = None

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
            alone = len(self.household.people) == 1
            if self.private_open:
                key = "journal.private_note_solo" if alone else "journal.private_note"
                self.note.setText(text(key, name=name))
            elif alone:
                self.note.setText(text("journal.solo_unprotected_note"))
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
        self.writer_button.setVisible(
            not self.private_open and anyone_unprotected and len(self.household.people) > 1
        )
        is_new = self.entry_id is None
        own = writer is not None and (is_new or self.entry_author == writer)
        self.editor.setReadOnly(not own)
        for field in (self.title, self.tags):
            field.setReadOnly(not own)
        for widget in (self.feeling, self.time_of_day, self.format_bar):
            widget.setEnabled(own)
        self.deleted_button.setVisible(writer is not None)
        self.export_button.setVisible(writer is not None)
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
        # One person alone has nobody to share with ("Add my partner…" stays in the menu).
        self.share_button.setVisible(
            not is_new and self.entry_private and len(self.household.people) > 1
        )
        self.delete_button.setVisible(not is_new and own)

    def _private_toggled(self, on: bool) -> None:
        self.entry_private = on

    # Editing ---------------------------------------------------------------------------------

    def _typed(self) -> None:
        self.dirty = True
        self.failed = False
        self._forget_undo()
        self.status.setText(self.tr("Editing…"))
        self.timer.start()
        self.label_timer.start()

    def _forget_undo(self) -> None:
        self.undo_id = None
        self.undo_button.setVisible(False)

    def _follow_typing(self) -> None:
        """The list's label for the entry being written shows what it says now."""
        if self.shown is None or self.entry_id != self.shown.id:
            return
        self.model.replace(
            self.shown.id,
            replace(
                self.shown,
                title=self.title.text(),
                body=self.editor.toPlainText(),
                tags=rules.parse_tags(self.tags.text()),
                feeling=self.feeling.currentData(),
                time_of_day=self.time_of_day.currentData(),
            ),
        )

    def save(self) -> None:
        """Save the entry being written (nothing to save when it's empty)."""
        self.timer.stop()
        self.label_timer.stop()
        body = self.editor.markdown()
        writer = self.writer_id
        nothing = not body.strip() and not self.title.text().strip()
        if not self.dirty or self.editor.isReadOnly() or (nothing and not self.entry_id):
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
                title=self.title.text(),
                tags=self.tags.text(),
                feeling=self.feeling.currentData(),
                time_of_day=self.time_of_day.currentData(),
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
        self.shown = entry
        if first_save:
            self.editing_changed.emit(entry.id)
        self.entry_private = entry.private
        self.status.setText(self.tr("Saved (private)") if entry.private else self.tr("Saved"))
        if first_save or entry.tags or entry.feeling:
            self.filters.fill()
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
        """Its writer deletes the entry shown: it goes to "Recently deleted" for 30 days, and
        Undo (Ctrl+Z) right after brings it back."""
        writer = self.writer_id
        if self.entry_id is None or writer is None or self.entry_author != writer:
            return
        self.save()
        if self.entry_id is None:
            return
        try:
            deleted = journal.delete_entry(self.household, self.entry_id, writer)
        except Exception as error:
            show_error(self, error)
            return
        self._clear_editor()
        self.refresh()
        self.undo_id = deleted.id
        self.status.setText(self.tr("Moved to Recently deleted."))
        self.undo_button.setVisible(True)
        self.entries.setFocus()

    def undo_delete(self) -> None:
        """Bring back the entry just deleted, and open it."""
        entry_id, writer = self.undo_id, self.writer_id
        if entry_id is None or writer is None:
            return
        self._forget_undo()
        try:
            journal.restore_entry(self.household, entry_id, writer)
        except Exception as error:
            show_error(self, error)
            return
        self._restored(entry_id)

    def _restored(self, entry_id: str) -> None:
        self.filters.fill()
        self.model.reload()
        self.open_entry(entry_id)
        self.status.setText(self.tr("Restored."))

    def show_recently_deleted(self) -> None:
        writer = self.writer_id
        if writer is None:
            return
        self.save()
        self._close_deleted_dialog()
        dialog = RecentlyDeletedDialog(self, self.household, writer)
        dialog.restored.connect(self._restored)
        dialog.finished.connect(lambda _result: self._deleted_dialog_gone(dialog))
        self.deleted_dialog = dialog
        dialog.show()  # not modal: the journal stays usable beside it

    def _deleted_dialog_gone(self, dialog: RecentlyDeletedDialog) -> None:
        if self.deleted_dialog is dialog:
            self.deleted_dialog = None

    def export(self) -> None:
        """The writer exports their journal (a date range, tags, PDF or Markdown)."""
        writer = self.writer_id
        if writer is None:
            return
        self.save()
        from relate_desktop.ui.journal_export_dialog import JournalExportDialog

        dialog = JournalExportDialog(self, self.household, writer)
        dialog.exec()
        dialog.deleteLater()

    # Finding one's way ------------------------------------------------------------------------

    def _filter_changed(self) -> None:
        self.save()
        self.refresh()
        chosen = self.filters.current()
        if chosen.on_day is not None and self.model.rowCount() > 0 and self.entry_id is None:
            self.entries.setCurrentIndex(self.model.index(0))  # opens it

    def _show_on_this_day_button(self) -> None:
        earlier = journal.on_this_day(self.household)
        self.on_this_day.setVisible(bool(earlier))
        self.on_this_day.setText(
            self.tr("On this day: %n entries from earlier years", "", len(earlier))
        )

    def _show_on_this_day(self) -> None:
        earlier = journal.on_this_day(self.household)
        if len(earlier) == 1:
            self.open_entry(earlier[0].id)
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for found in earlier:
            when = local_text(found.created_at, self.tr("d MMM yyyy"))
            shown = (found.title or first_line(found.body))[:80]
            action = menu.addAction(f"{when} · {shown}")
            action.triggered.connect(lambda _=False, i=found.id: self.open_entry(i))
        menu.popup(self.on_this_day.mapToGlobal(self.on_this_day.rect().bottomLeft()))

    def new_entry(self) -> None:
        self.save()
        self._clear_editor()
        self.editor.setFocus()

    def _clear_editor(self) -> None:
        if self.entry_id is not None:
            self.editing_changed.emit("")
        self.entry_id = None
        self.entry_author = None
        self.shown = None
        self.entry_private = self.private_open
        selection = self.entries.selectionModel()
        selection.blockSignals(True)
        selection.clear()
        self.entries.setCurrentIndex(QModelIndex())  # nothing stays highlighted
        selection.blockSignals(False)
        self.dirty = False
        self.label_timer.stop()
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.document().clearUndoRedoStacks()
        self.editor.blockSignals(False)
        self.title.clear()
        self.tags.clear()
        self.feeling.setCurrentIndex(0)
        now = self.household.clock.now()
        self.time_of_day.setCurrentIndex(
            max(0, self.time_of_day.findData(rules.time_of_day_at(now)))
        )
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
        self._forget_undo()
        self.entry_id = found.id
        self.entry_author = found.author_id
        self.shown = found
        self.editing_changed.emit(found.id)
        self.entry_private = found.private
        self.dirty = False
        self.editor.blockSignals(True)
        self.editor.set_markdown(found.body)
        self.editor.blockSignals(False)
        self.title.setText(found.title)
        self.tags.setText(rules.tags_text(found.tags))
        self.feeling.setCurrentIndex(max(0, self.feeling.findData(found.feeling)))
        self.time_of_day.setCurrentIndex(max(0, self.time_of_day.findData(found.time_of_day)))
        # Shared entries can be read by both; only their writer, while there, changes them.
        self.prompt.setCurrentIndex(max(0, self.prompt.findData(found.prompt)))
        self.status.setText(self.tr("Saved"))
        self._show_privacy()

    def _page(self, loaded: Sequence[JournalEntry], limit: int) -> list[JournalEntry]:
        return journal.entries_page(
            self.household, loaded[-1] if loaded else None, limit, self.filters.current()
        )

    def _label(self, entry: JournalEntry) -> str:
        """Two lines: the entry's title or first line (the view cuts it to its width), then
        when, its feeling and tags, and whether it is private or shared (and whose, when two
        people write)."""
        first = (" ".join(entry.title.split()) or first_line(entry.body))[:200]
        parts = [local_text(entry.created_at.astimezone(), self.tr("d MMM yyyy, HH:mm"))]
        if entry.time_of_day is not None:  # None is the choice's placeholder, not a time
            parts.append(dict(self._times_of_day()).get(entry.time_of_day, ""))
        if entry.feeling:
            parts.append(entry.feeling)
        if entry.tags:
            parts.append(" ".join(f"#{tag}" for tag in entry.tags))
        parts.append(self.tr("Private") if entry.private else self.tr("Shared"))
        if len(self.household.people) > 1 and not entry.private:
            parts.append(self.household.name_of(entry.author_id))
        return f"{first}\n{' · '.join(p for p in parts if p)}"

    def refresh(self) -> None:
        selection = self.entries.selectionModel()
        selection.blockSignals(True)
        self.model.reload()
        row = self.model.row_of(self.entry_id) if self.entry_id else -1
        if row >= 0:
            self.entries.setCurrentIndex(self.model.index(row))
        else:
            self.entries.setCurrentIndex(QModelIndex())
        selection.blockSignals(False)
        self._show_empty_list()
        self._show_privacy()

    def _show_empty_list(self) -> None:
        chosen = self.filters.current()
        empty = self.model.rowCount() == 0
        if chosen.on_day is not None:
            day = local_text(chosen.on_day, self.tr("d MMM yyyy"))
            shown = self.tr("Nothing written on {day}.").format(day=day)
        elif not chosen.empty:
            shown = self.tr("No entry matches these filters.")
        else:
            shown = ""
        self.empty_list.setText(shown)
        self.empty_list.setVisible(empty and bool(shown))
