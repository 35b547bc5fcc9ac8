"""The language coach at a text field: wavy underlines in the field and a list of findings under it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain import coach
from relate_desktop.domain.coach import Finding
from relate_desktop.ui.appearance import coach_colours, scaled_font, tone
from relate_desktop.ui.design import RADIUS, SPACE

DEBOUNCE_MS = 350

# Underline and accent colours per group, and the tint behind a finding, come from the palette
# (appearance.coach_colours), so they stay readable in a dark scheme. Colour is never the only
# signal: every underlined phrase is also listed by name under the field.

TextEdit = QLineEdit | QPlainTextEdit


def utf16_index(text: str) -> Callable[[int], int]:
    """Maps a Python index in `text` to Qt's (UTF-16) index: they differ after an emoji."""
    if not text or max(text) < "\U00010000":
        return lambda index: index
    offsets = [0]
    for char in text:
        offsets.append(offsets[-1] + (2 if char >= "\U00010000" else 1))
    return lambda index: offsets[index]


def _underline(group: str) -> QTextCharFormat:
    form = QTextCharFormat()
    form.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    form.setUnderlineColor(QColor(coach_colours(group)[0]))
    return form


def text_of(edit: TextEdit) -> str:
    return edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()


class _Underliner(QSyntaxHighlighter):
    """Underlines the panel's findings in a QPlainTextEdit, block by block."""

    def __init__(self, document: QTextDocument, panel: CoachPanel) -> None:
        super().__init__(document)
        self.panel = panel

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first, last = block.position(), block.position() + block.length()
        for start, end, form in self.panel.underlines():
            start, end = max(start, first), min(end, last)
            if start < end:
                self.setFormat(start - first, end - start, form)


class _FindingRow(QFrame):
    """One finding: what it is, why it matters, what to try, and a way to hide it."""

    def __init__(self, finding: Finding, dismiss: Callable[[], None]) -> None:
        super().__init__()
        self.finding = finding
        self.setObjectName("coachFinding")
        accent, ink, tint = coach_colours(finding.group)
        self.setStyleSheet(
            f"QFrame#coachFinding {{ background: {tint}; border-left: 4px solid {accent};"
            f" border-radius: {RADIUS['field'] // 2}px; }}"
        )
        grid = QGridLayout(self)
        grid.setContentsMargins(SPACE["m"], SPACE["s"], SPACE["s"], SPACE["s"])
        grid.setHorizontalSpacing(SPACE["s"])
        grid.setVerticalSpacing(SPACE["xs"])
        title = QLabel(f'{finding.title}: "{finding.phrase}"')
        title.setObjectName("coachTitle")
        title.setWordWrap(True)
        title.setStyleSheet(f"color: {ink}; font-weight: 600;")
        why = QLabel(finding.explanation)
        why.setObjectName("coachExplanation")
        why.setWordWrap(True)
        why.setStyleSheet(f"color: {tone('text')};")
        suggestion = QLabel(finding.suggestion)
        suggestion.setObjectName("coachSuggestion")
        suggestion.setWordWrap(True)
        suggestion.setStyleSheet(f"color: {tone('text')}; font-style: italic;")
        for label in (title, why, suggestion):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(coach.ui_text("dismiss"))
        self.dismiss_button.setObjectName("coachDismiss")
        self.dismiss_button.setAccessibleName(
            coach.ui_text("dismiss_accessible", title=finding.title)
        )
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.dismiss_button.clicked.connect(dismiss)
        grid.addWidget(title, 0, 0)
        grid.addWidget(self.dismiss_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(why, 1, 0, 1, 2)
        grid.addWidget(suggestion, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.title = title

    def settle(self) -> None:
        """The words it was about have changed: it stays, quiet, until the field is left, so
        nothing below it moves while someone is typing."""
        self.setProperty("settled", True)
        self.title.setText(coach.ui_text("settled", title=self.finding.title))
        self.setEnabled(False)


class CoachPanel(QFrame):
    """Reads one field of a draft as it is typed (debounced) and shows what the coach noticed.

    It never blocks anything: people read, then decide. A dismissed finding stays hidden for
    those words in this field; `dismissed_keys` (the repair's list) remembers it.
    """

    dismissed = Signal()

    def __init__(
        self,
        edit: TextEdit,
        draft_kind: str,
        part: str | None,
        dismissed_keys: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.edit, self.draft_kind, self.part = edit, draft_kind, part
        self.dismissed_keys = dismissed_keys
        self.setObjectName(f"coach_{part or 'text'}")
        self.setAccessibleName(coach.ui_text("panel_accessible"))
        self._text = text_of(edit)
        self._found: tuple[Finding, ...] = ()
        self._underlines: list[tuple[int, int, QTextCharFormat]] = []
        self._composing = False  # an input method is composing text in a QLineEdit
        self._sending = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, SPACE["xs"], 0, SPACE["s"])
        layout.setSpacing(SPACE["xs"])
        self.summary = QLabel()
        self.summary.setObjectName("coachSummary")
        self.summary.setStyleSheet(f"color: {tone('muted')};")
        self.summary.setFont(scaled_font(self.summary.font(), 0.9))
        layout.addWidget(self.summary)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(SPACE["xs"])
        layout.addLayout(self.rows_layout)
        self.rows: list[_FindingRow] = []

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        self.highlighter: _Underliner | None = None
        edit.installEventFilter(self)  # focus leaving; a QLineEdit's input method
        if isinstance(edit, QLineEdit):
            edit.textChanged.connect(self._edited)
        else:
            # Connected before the highlighter's own slot, so it re-underlines with moved spans.
            edit.document().contentsChange.connect(self._document_changed)
            self.highlighter = _Underliner(edit.document(), self)
        self.refresh()

    # What is shown ------------------------------------------------------------------------

    def findings(self) -> tuple[Finding, ...]:
        """The findings shown now (not the dismissed ones)."""
        return self._found

    def underlines(self) -> list[tuple[int, int, QTextCharFormat]]:
        return self._underlines

    def refresh(self) -> None:
        """Read the field again now, and show the result. While the field has the focus, a
        finding that went away stays, settled, so the page doesn't move under the cursor."""
        self.timer.stop()
        self._text = text_of(self.edit)
        found = coach.findings(self._text, self.draft_kind, part=self.part)
        self._found = tuple(f for f in found if self._key(f) not in self.dismissed_keys)
        self._show_rows(settle=self.edit.hasFocus())
        self._show_underlines()

    def _key(self, finding: Finding) -> str:
        return f"{self.draft_kind}.{self.part}:{finding.key}"

    def _document_changed(self, _position: int, _removed: int, _added: int) -> None:
        self._edited(text_of(self.edit))

    def _edited(self, text: str) -> None:
        if text == self._text:
            return  # formats changed, not the words
        self._found = coach.shifted(self._found, self._text, text)
        self._text = text
        self._show_underlines()
        self.timer.start()

    def _show_rows(self, settle: bool = False) -> None:
        keys = {self._key(f) for f in self._found}
        gone = [row.finding for row in self.rows if settle and self._key(row.finding) not in keys]
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for finding in self._found:
            row = _FindingRow(finding, partial(self.dismiss, finding))
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        for finding in gone:
            row = _FindingRow(finding, partial(self.dismiss, finding))
            row.settle()
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        count = len(self._found)
        label = (
            coach.ui_text("count_one") if count == 1 else coach.ui_text("count_many", count=count)
        )
        self.summary.setText(f"{coach.ui_text('title')} \u00b7 {label}. {coach.ui_text('note')}")
        self.setVisible(bool(self.rows))

    def _show_underlines(self) -> None:
        to_qt = utf16_index(self._text)
        self._underlines = [
            (to_qt(f.start), to_qt(f.end), _underline(f.group)) for f in self._found
        ]
        if self.highlighter is not None:
            # Re-highlighting counts as a change for QPlainTextEdit.textChanged; the words did not.
            blocked = self.edit.blockSignals(True)
            self.highlighter.rehighlight()
            self.edit.blockSignals(blocked)
        else:
            self._underline_line_edit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            if any(row.property("settled") for row in self.rows):
                QTimer.singleShot(0, self, self._show_rows)  # after the click has landed
            return False
        if watched is self.edit and not self._sending and isinstance(event, QInputMethodEvent):
            self._composing = bool(event.preeditString())
            if not self._composing:
                QTimer.singleShot(0, self, self._show_underlines)
        return False

    def _underline_line_edit(self) -> None:
        # A QLineEdit has no document to highlight; the formats an input method may give its
        # pre-edit text are drawn over the text itself, so they carry the underlines. An event
        # with no text changes nothing else. https://doc.qt.io/qt-6/qinputmethodevent.html
        # While a real input method is composing, such an event would wipe its pre-edit text.
        assert isinstance(self.edit, QLineEdit)
        if self._composing:
            return
        cursor = self.edit.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, start - cursor, end - start, form
            )
            for start, end, form in self._underlines
        ]
        self._sending = True
        try:
            QCoreApplication.sendEvent(self.edit, QInputMethodEvent("", attributes))
        finally:
            self._sending = False

    # Dismissing ---------------------------------------------------------------------------

    def dismiss(self, finding: Finding) -> None:
        key = self._key(finding)
        if key not in self.dismissed_keys:
            self.dismissed_keys.append(key)
        self._found = tuple(f for f in self._found if self._key(f) != key)
        self._show_rows()
        self._show_underlines()
        self.edit.setFocus()
        self.dismissed.emit()


def attach_coach(
    layout: QLayout, edit: TextEdit, draft_kind: str, part: str, dismissed_keys: list[str]
) -> CoachPanel:
    """A coach panel for `edit`, added to `layout` right under it."""
    panel = CoachPanel(edit, draft_kind, part, dismissed_keys)
    layout.addWidget(panel)
    return panel
