"""The search box (Ctrl+F): hits from every open space as you type, with the matching words
highlighted; Enter opens the chosen one."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.search import HitKind, SearchHit
from relate_desktop.services import search
from relate_desktop.services.household import Household
from relate_desktop.ui.appearance import is_dark
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import palette_for
from relate_desktop.ui.errors import show_error

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 200
KIND_WORDS = {
    HitKind.CONFLICT: "Conflict",
    HitKind.DRAFT: "What was said",
    HitKind.AGREEMENT: "Agreement",
    HitKind.JOURNAL: "Journal",
}


def describe(hit: SearchHit) -> str:
    """Kind, date, and shared or private: the line above a hit's snippet."""
    words = [KIND_WORDS[hit.kind]]
    if hit.at is not None:
        words.append(local_text(hit.at, "d MMM yyyy"))
    words.append("private" if hit.private else "shared")
    return " · ".join(words)


def hit_html(hit: SearchHit, text_color: str = "", muted: str = "") -> str:
    """The hit as rich text; matches in bold on the `mark` token, in the text colour (readable
    when selected too)."""
    colours = palette_for(is_dark())
    ink, mark = colours.text, colours.mark
    text_color, muted = text_color or colours.text, muted or colours.text_muted
    snippet = "".join(
        f"<b style='background:{mark}; color:{ink}'>{escape(text)}</b>" if match else escape(text)
        for text, match in hit.snippet_parts()
    )
    title = f"<b>{escape(hit.title)}</b> " if hit.title else ""
    return (
        f"<div style='color:{text_color}'><div>{title}"
        f"<span style='color:{muted}'>{escape(describe(hit))}</span></div>"
        f"<div>{snippet}</div></div>"
    )


class SearchResults(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = f"{hit.title}: " if hit.title else ""
            return f"{title}{hit.plain_snippet('', '')} ({describe(hit)})"
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == HIT_ROLE:
            return hit
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Draws a hit's title, kind and snippet, with the matching words highlighted. Each hit
    becomes a QTextDocument once (per look: highlighted or not) and is reused by every
    sizeHint and paint; its size is kept per width, so a view asking again costs nothing and
    a new width only lays the same document out again. All are forgotten when the hits change
    (they can be private words)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._laid_out: dict[tuple[int, bool, str, str, str], _Layout] = {}

    def watch(self, model: QAbstractListModel) -> None:
        """Forget every layout whenever the model's hits change."""
        for changed in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            changed.connect(self.forget)

    def forget(self, *_args: object) -> None:
        self._laid_out.clear()

    def _layout(self, option: QStyleOptionViewItem, index: Index) -> _Layout:
        hit = index.data(HIT_ROLE)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            text = muted = palette.highlightedText().color().name()
        else:
            text, muted = palette.text().color().name(), palette.placeholderText().color().name()
        key = (index.row(), selected, option.font.key(), text, muted)
        found = self._laid_out.get(key)
        if found is None or found.hit != hit:
            document = QTextDocument()
            document.setDefaultFont(option.font)
            if hit is not None:
                document.setHtml(hit_html(hit, text, muted))
            found = self._laid_out[key] = _Layout(hit, document)
        return found

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        layout = self._layout(option, index)
        layout.fit(_text_width(option))
        return layout.document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self._layout(option, index).size(_text_width(option))


def _text_width(option: QStyleOptionViewItem) -> int:
    return max(100, option.rect.width() - 8)


class _Layout:
    """One hit's document, and its size at each width it was asked for."""

    def __init__(self, hit: SearchHit | None, document: QTextDocument) -> None:
        self.hit = hit
        self.document = document
        self.sizes: dict[int, QSize] = {}

    def fit(self, width: int) -> None:
        if self.document.textWidth() != width:
            self.document.setTextWidth(width)

    def size(self, width: int) -> QSize:
        found = self.sizes.get(width)
        if found is None:
            self.fit(width)
            found = QSize(
                int(self.document.idealWidth()) + 8, int(self.document.size().height()) + 4
            )
            if len(self.sizes) > 8:  # a window dragged wider and wider: keep the last few
                self.sizes.clear()
            self.sizes[width] = found
        return found


class SearchDialog(QDialog):
    """Not modal: the window behind stays usable, and opening a hit closes this."""

    open_hit = Signal(object)

    def __init__(self, household: Household, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(APP_NAME)  # its hits can be private: a neutral title
        self.resize(640, 480)
        self.household = household
        layout = QVBoxLayout(self)
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setAccessibleName(self.tr("Search"))
        self.box.setPlaceholderText(
            self.tr("Search conflicts, what was said, agreements and the journal")
        )
        self.box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.model = SearchResults()
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setModel(self.model)
        self.delegate = HtmlDelegate(self.results)
        self.delegate.watch(self.model)
        self.results.setItemDelegate(self.delegate)
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _text: self.timer.start())
        self.box.returnPressed.connect(self.open_current)
        self.results.activated.connect(self._activated)
        self.box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the box move through the hits, so Enter opens the one chosen.
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.model.rowCount():
                row = self.results.currentIndex().row() + step
                row = min(max(row, 0), self.model.rowCount() - 1)
                self.results.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(watched, event)

    def run(self) -> None:
        self.timer.stop()
        text = self.box.text()
        try:
            hits = search.search(self.household, text)
        except Exception as error:
            show_error(self, error)
            return
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        if not text.strip():
            self.status.setText("")
        elif not hits:
            self.status.setText(self.tr("Nothing found for that."))
        else:
            self.status.setText(
                self.tr("{n} found. Press Enter to open the highlighted one.").format(n=len(hits))
                if len(hits) > 1
                else self.tr("1 found. Press Enter to open it.")
            )
        has_private = bool(self.household.info.with_private_space)
        if has_private and self.household.private_person is None and text.strip():
            self.status.setText(
                self.status.text()
                + " "
                + self.tr("Private writing is searched only while its owner's space is open.")
            )

    def drop_private(self) -> None:
        """A private space closed: its hits and the words looked for leave the screen."""
        self.timer.stop()
        self.model.set_hits([])
        self.status.setText("")
        self.box.clear()  # what was looked for can say as much as what was found
        self.hide()

    def open_current(self) -> None:
        if self.timer.isActive():
            self.run()
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
        if index.isValid():
            self._activated(index)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.open_hit.emit(hit)
            self.close()
