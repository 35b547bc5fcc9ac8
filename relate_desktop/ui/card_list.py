"""A list whose rows are drawn as cards: a title, a muted line under it, an optional icon.

It stays a QListWidget, so the keyboard (arrows, Enter), screen readers (each item's text) and
`itemActivated` work as in any list; only the drawing changes. Colours, radii and spacing come
from the design tokens."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from relate_desktop.ui.appearance import is_dark
from relate_desktop.ui.design import RADIUS, SPACE, palette_for
from relate_desktop.ui.widgets import ID_ROLE

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2
_ICON = 20
_GAP = SPACE["s"]  # between cards
_PAD = SPACE["m"]  # inside a card

Index = QModelIndex | QPersistentModelIndex


class CardDelegate(QStyledItemDelegate):
    def _texts(self, index: Index) -> tuple[str, str]:
        title = index.data(TITLE_ROLE) or index.data(Qt.ItemDataRole.DisplayRole) or ""
        return str(title), str(index.data(DETAIL_ROLE) or "")

    def _text_width(self, width: int, index: Index) -> int:
        has_icon = isinstance(index.data(Qt.ItemDataRole.DecorationRole), QIcon)
        return max(40, width - 2 * _PAD - (_ICON + _PAD if has_icon else 0))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title, detail = self._texts(index)
        width = option.rect.width() or 320
        inner = self._text_width(width, index)
        bold = QFontMetrics(self._title_font(option))
        height = bold.boundingRect(QRect(0, 0, inner, 10_000), _WRAP, title).height()
        if detail:
            small = QFontMetrics(option.font)
            height += SPACE["xs"]
            height += small.boundingRect(QRect(0, 0, inner, 10_000), _WRAP, detail).height()
        return QSize(width, height + 2 * _PAD + _GAP)

    @staticmethod
    def _title_font(option: QStyleOptionViewItem) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        p = palette_for(is_dark())
        rect = QRect(option.rect)
        rect.adjust(0, 0, 0, -_GAP)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(
            QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS["card"], RADIUS["card"]
        )
        if enabled:
            painter.fillPath(path, QColor(p.accent_soft if selected else p.surface))
            focus = selected and bool(state & QStyle.StateFlag.State_HasFocus)
            painter.setPen(QPen(QColor(p.accent if focus else p.border), 2 if focus else 1))
            painter.drawPath(path)
        x = rect.left() + _PAD
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(x, rect.top() + _PAD, _ICON, _ICON))
            x += _ICON + _PAD
        title, detail = self._texts(index)
        inner = self._text_width(rect.width(), index)
        title_font = self._title_font(option) if enabled else option.font
        painter.setFont(title_font)
        painter.setPen(QColor(p.text if enabled else p.text_muted))
        title_rect = QFontMetrics(title_font).boundingRect(
            QRect(x, rect.top() + _PAD, inner, 10_000), _WRAP, title
        )
        painter.drawText(title_rect, _WRAP, title)
        if detail:
            painter.setFont(option.font)
            painter.setPen(QColor(p.text_muted))
            top = title_rect.bottom() + SPACE["xs"]
            painter.drawText(QRect(x, top, inner, rect.bottom() - top), _WRAP, detail)
        painter.restore()


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


class CardList(QListWidget):
    """Rows as cards. `fill(rows, empty)` puts (title, detail, id) rows in, or one quiet line
    when there are none; the list grows with its rows up to `most` of them, then scrolls."""

    def __init__(self, name: str, accessible: str, most: int = 4) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setProperty("kind", "cards")
        self.setItemDelegate(CardDelegate(self))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.most = most

    def fill(
        self,
        rows: Sequence[tuple[str, str, str] | tuple[str, str, str, str]],
        empty: str,
        icon: QIcon | None = None,
    ) -> None:
        """Each row: (title, detail, id), or with a fourth part, the words a screen reader says
        for it. Without one the item's text is the title and the detail together."""
        self.clear()
        for row in rows:
            title, detail, item_id = row[:3]
            spoken = row[3] if len(row) == 4 else f"{title} · {detail}" if detail else title
            item = QListWidgetItem(spoken)
            item.setData(TITLE_ROLE, title)
            item.setData(DETAIL_ROLE, detail)
            item.setData(ID_ROLE, item_id)
            if icon is not None:
                item.setIcon(icon)
            self.addItem(item)
        if not rows:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.sizeHint().height()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # rows wrap to the new width
        self._fit_height()

    def sizeHint(self) -> QSize:
        width = self.viewport().width() or 320
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.rect = QRect(0, 0, width, 0)
        height = 0
        for row in range(min(self.count(), self.most)):
            height += (
                self.itemDelegate().sizeHint(option, self.indexFromItem(self.item(row))).height()
            )
        return QSize(width, max(height, 48) + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, min(self.sizeHint().height(), 120))
