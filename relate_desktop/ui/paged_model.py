"""A list model that loads its rows a page at a time, as the view scrolls (canFetchMore)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from relate_desktop.ui.widgets import ID_ROLE

T = TypeVar("T")
PAGE_SIZE = 100
Index = QModelIndex | QPersistentModelIndex


class PagedListModel(QAbstractListModel, Generic[T]):
    """Rows from `fetch(loaded, limit)`, which returns the next page after the rows loaded so
    far (by offset, `len(loaded)`, or by key, `loaded[-1]`). A short page means the end."""

    def __init__(
        self,
        fetch: Callable[[Sequence[T], int], list[T]],
        label: Callable[[T], str],
        key: Callable[[T], str],
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__()
        self._fetch = fetch
        self._label = label
        self._key = key
        self.page_size = page_size
        self.rows: list[T] = []
        self._done = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._label(row)
        if role == ID_ROLE:
            return self._key(row)
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._done

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._done:
            return
        page = self._fetch(self.rows, self.page_size)
        if len(page) < self.page_size:
            self._done = True
        if not page:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    def reload(self) -> None:
        """Start again from the first page (after data changed)."""
        self.beginResetModel()
        self.rows = []
        self._done = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def row_of(self, key: str) -> int:
        """The row showing this id among those loaded, or -1."""
        return next((i for i, row in enumerate(self.rows) if self._key(row) == key), -1)

    def replace(self, key: str, item: T) -> None:
        """Show `item` in place of the loaded row with the same id (after it was edited)."""
        row = self.row_of(key)
        if row >= 0:
            self.rows[row] = item
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def item(self, row: int) -> T:
        return self.rows[row]
