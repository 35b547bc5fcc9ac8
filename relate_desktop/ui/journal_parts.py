"""Parts of the journal page: the reading editor with its formatting bar (Markdown underneath),
the filters above the list, and the "Recently deleted" dialog."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.journal import JournalFilter
from relate_desktop.domain.markdown_text import first_line
from relate_desktop.domain.models import JournalEntry, Person
from relate_desktop.services import journal
from relate_desktop.services.household import Household
from relate_desktop.ui.components import primary, quiet
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import MEASURE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.icons import icon
from relate_desktop.ui.widgets import ID_ROLE, fit_to_screen

_NEW_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s")
_HARD_BREAK = ("\\", "  ")

HEADING_LEVEL = 2  # "Heading" makes a level-2 heading: the entry's own title is above it


def unwrap(markdown: str) -> str:
    """Qt's Markdown with the lines it wrapped at 80 columns joined again (it wraps at a space,
    so a space joins them): an entry keeps the lines its writer made, no others. A blank line,
    a heading, a new list item or a hard break (a line ending in a backslash or two spaces)
    starts a line of its own."""
    out: list[str] = []
    for line in markdown.split("\n"):
        previous = out[-1] if out else ""
        joins = (
            out
            and previous.strip()
            and line.strip()
            and not previous.endswith(_HARD_BREAK)
            and not previous.lstrip().startswith("#")
            and not line.lstrip().startswith("#")
            and not _NEW_ITEM.match(line)
        )
        if joins:
            out[-1] = f"{previous} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


class ReadingEdit(QTextEdit):
    """A rich-text editor whose lines stay a comfortable length (about MEASURE characters) on a
    wide window: the text column is centred, the margins grow. Its text is read and written as
    Markdown (bold, italic, lists, headings); pasted text comes in plain."""

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap
        # Keys of the formatting bar, handled here: the editor has them while it has the focus.
        self.bindings: list[tuple[QKeySequence, Callable[[], None]]] = []

    def _bound(self, event: QKeyEvent) -> Callable[[], None] | None:
        pressed = QKeySequence(event.keyCombination())
        for sequence, act in self.bindings:
            if pressed.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                return act
        return None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._bound(event) is not None
        ):
            event.accept()  # ours, not a window shortcut's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        act = self._bound(event)
        if act is not None and not self.isReadOnly():
            act()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        column = self.fontMetrics().averageCharWidth() * MEASURE
        spare = max(0, self.width() - column)
        self.setViewportMargins(spare // 2, 0, spare // 2, 0)

    def markdown(self) -> str:
        """The text as Markdown, without the blank lines Qt adds at its end."""
        if not self.toPlainText().strip():
            return ""
        return unwrap(self.document().toMarkdown()).rstrip()

    def set_markdown(self, markdown: str) -> None:
        self.document().setMarkdown(markdown)
        self.document().clearUndoRedoStacks()
        self.moveCursor(QTextCursor.MoveOperation.End)

    # Formatting -----------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.Bold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self._merge(fmt)

    def _merge(self, fmt: QTextCharFormat) -> None:
        # With a selection, it changes; without, what is typed next (as in any editor).
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
            return
        cursor.createList(style)

    def toggle_heading(self) -> None:
        cursor = self.textCursor()
        level = 0 if cursor.blockFormat().headingLevel() else HEADING_LEVEL
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.beginEditBlock()
        cursor.mergeBlockFormat(block)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        size = QTextCharFormat()
        # As Qt's Markdown reader draws a level-2 heading: relative to the body's size.
        size.setProperty(QTextFormat.Property.FontSizeAdjustment, 2 if level else 0)
        cursor.mergeCharFormat(size)
        cursor.endEditBlock()


class FormatBar(QWidget):
    """Bold, italic, bulleted and numbered lists, heading: each a button with its shortcut."""

    def __init__(self, editor: ReadingEdit) -> None:
        super().__init__()
        self.setObjectName("journalFormatBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        items = (
            ("bold", self.tr("Bold"), "Ctrl+B", editor.toggle_bold),
            ("italic", self.tr("Italic"), "Ctrl+I", editor.toggle_italic),
            (
                "bullets",
                self.tr("Bulleted list"),
                "Ctrl+Shift+L",
                lambda: editor.toggle_list(QTextListFormat.Style.ListDisc),
            ),
            (
                "numbers",
                self.tr("Numbered list"),
                "Ctrl+Shift+N",
                lambda: editor.toggle_list(QTextListFormat.Style.ListDecimal),
            ),
            ("heading", self.tr("Heading"), "Ctrl+Shift+T", editor.toggle_heading),
        )
        for name, label, keys, act in items:
            button = QToolButton()
            button.setObjectName(f"format_{name}")
            button.setText(label)
            button.setAccessibleName(label)
            # An icon with the words in its tooltip and for screen readers: five words in a
            # row would not fit a small screen (in Spanish least of all).
            button.setIcon(icon(name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            sequence = QKeySequence(keys)
            editor.bindings.append((sequence, act))
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{label} ({shown})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the editor keeps the focus
            button.clicked.connect(act)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch(1)


class JournalFilters(QWidget):
    """Which entries the list shows: a tag, a feeling, private or shared, whose; and a day to
    jump to. Tags and feelings come from the entries one can read now, so after a lock they are
    filled again without the private ones."""

    changed = Signal()

    def __init__(self, household: Household) -> None:
        super().__init__()
        self.household = household
        self.setObjectName("journalFilters")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        first = QHBoxLayout()
        self.tag = self._combo("journalFilterTag", self.tr("Filter by tag"))
        self.feeling = self._combo("journalFilterFeeling", self.tr("Filter by feeling"))
        first.addWidget(self.tag, 1)
        first.addWidget(self.feeling, 1)
        layout.addLayout(first)
        second = QHBoxLayout()
        self.kind = self._combo("journalFilterKind", self.tr("Private or shared"))
        self.kind.addItem(self.tr("Private and shared"), None)
        self.kind.addItem(self.tr("Private only"), False)
        self.kind.addItem(self.tr("Shared only"), True)
        self.person = self._combo("journalFilterPerson", self.tr("Whose entries"))
        second.addWidget(self.kind, 1)
        second.addWidget(self.person, 1)
        layout.addLayout(second)
        third = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setObjectName("journalDay")
        self.day.setAccessibleName(self.tr("Go to a day"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = household.clock.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.go = quiet(QPushButton(self.tr("&Go to day")))
        self.go.setObjectName("journalGoToDay")
        self.all_days = quiet(QPushButton(self.tr("All days")))
        self.all_days.setObjectName("journalAllDays")
        self.all_days.setVisible(False)
        third.addWidget(self.day, 1)
        third.addWidget(self.go)
        third.addWidget(self.all_days)
        layout.addLayout(third)
        self.on_day: date | None = None
        self.stale = True
        self.fill()
        for combo in (self.tag, self.feeling, self.kind, self.person):
            combo.currentIndexChanged.connect(self.changed)
        self.go.clicked.connect(self.jump)
        self.day.editingFinished.connect(self._day_typed)
        self.all_days.clicked.connect(self.show_all_days)

    def _combo(self, name: str, label: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        # As narrow as the column needs; the open list shows whole words.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def fill(self) -> None:
        """The choices as they are now (after writing, unlocking or locking); a tag or feeling
        no longer there falls back to "All". Until they are first seen (the main window opens
        on Home) they stay empty and are filled when they show: reading every entry's tags
        takes a moment with years of entries, and Home needs none of it. Once filled, they are
        filled again at once, so no private tag outlives a lock while out of sight."""
        if self.stale and not self.isVisible():
            return
        self.stale = False
        self._fill_now()

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.fill()
        super().showEvent(event)

    def _fill_now(self) -> None:
        tags, feelings = journal.tags_and_feelings(self.household)
        people: list[Person] = list(self.household.people)
        for combo, everything, values in (
            (self.tag, self.tr("All tags"), [(t, t) for t in tags]),
            (self.feeling, self.tr("Any feeling"), [(f, f) for f in feelings]),
            (self.person, self.tr("Everyone"), [(p.name, p.id) for p in people]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for shown, value in values:
                combo.addItem(shown, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.person.setVisible(len(people) > 1)
        self.kind.setVisible(len(people) > 1 or bool(self.household.info.with_private_space))

    def current(self) -> JournalFilter:
        return JournalFilter(
            tag=self.tag.currentData() or "",
            feeling=self.feeling.currentData() or "",
            shared=self.kind.currentData(),
            author_id=self.person.currentData() or "",
            on_day=self.on_day,
        )

    def _day_typed(self) -> None:
        if self.day.hasFocus():
            self.jump()

    def jump(self) -> None:
        """Show the entries of the day in the date field."""
        chosen = self.day.date()
        self.on_day = date(chosen.year(), chosen.month(), chosen.day())
        self.all_days.setVisible(True)
        self.changed.emit()

    def show_all_days(self) -> None:
        self.on_day = None
        self.all_days.setVisible(False)
        self.changed.emit()


class RecentlyDeletedDialog(QDialog):
    """The writer's own entries deleted in the last 30 days, each with when it goes for good;
    Restore brings the chosen one back. Emptied when it closes (nothing left behind a lock)."""

    restored = Signal(str)

    def __init__(self, parent: QWidget, household: Household, writer_id: str) -> None:
        super().__init__(parent)
        self.household = household
        self.writer_id = writer_id
        self.setObjectName("recentlyDeleted")
        self.setWindowTitle(self.tr("Recently deleted"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Deleted entries stay here for 30 days, then they are removed for good. "
                "Only you can see yours here."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        self.list.setObjectName("recentlyDeletedList")
        self.list.setAccessibleName(self.tr("Recently deleted entries"))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("Nothing here."))
        self.empty.setObjectName("recentlyDeletedEmpty")
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = primary(QPushButton(self.tr("&Restore")))
        self.restore_button.setObjectName("restoreEntry")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.restore_button.clicked.connect(self.restore)
        self.list.itemActivated.connect(lambda _item: self.restore())
        self.list.currentRowChanged.connect(self._chosen)
        fit_to_screen(self, 520, 420)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for entry in journal.recently_deleted(self.household, self.writer_id):
            item = QListWidgetItem(self._label(entry))
            item.setData(ID_ROLE, entry.id)
            self.list.addItem(item)
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._chosen()

    def _label(self, entry: JournalEntry) -> str:
        first = entry.title or first_line(entry.body)
        gone = journal.removed_for_good_on(entry)
        when = local_text(entry.created_at, self.tr("d MMM yyyy"))
        until = local_text(gone, self.tr("d MMM yyyy")) if gone else ""
        return self.tr("{first}\nWritten {when} · removed for good on {until}").format(
            first=first[:200], when=when, until=until
        )

    def _chosen(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        entry_id = str(item.data(ID_ROLE))
        try:
            journal.restore_entry(self.household, entry_id, self.writer_id)
        except Exception as error:
            show_error(self, error)
            return
        self.restored.emit(entry_id)
        self.fill()

    def done(self, result: int) -> None:
        self.list.clear()  # private words go with the dialog
        super().done(result)
