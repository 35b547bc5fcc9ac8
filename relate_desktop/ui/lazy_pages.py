"""Sections made the first time they are shown or asked for: until then a place holder keeps
each one's index in the stack, so an unlock builds only the section it shows (Home)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from weakref import WeakMethod

from PySide6.QtWidgets import QStackedWidget, QWidget

P = TypeVar("P", bound=QWidget)


class LazyPages:
    def __init__(self, stack: QStackedWidget) -> None:
        self.stack = stack
        self._made: dict[int, QWidget] = {}
        # Weakly: a maker is a method of the window that owns this stack, and a cycle
        # through it would keep that window's Python side (and what it holds) alive after
        # its widgets are gone, until the cycle collector next runs.
        self._makers: dict[int, WeakMethod[Callable[[], QWidget]]] = {}
        self._places: dict[int, QWidget] = {}

    def add(self, page: QWidget | Callable[[], QWidget]) -> None:
        """The next section: a page made now, or the method (of the stack's owner) that makes
        it when it is first needed."""
        index = self.stack.count()
        if isinstance(page, QWidget):
            self._made[index] = page
            self.stack.addWidget(page)
        else:
            self._makers[index] = WeakMethod(page)
            self._places[index] = QWidget()  # keeps the place
            self.stack.addWidget(self._places[index])

    def made(self, index: int, kind: type[P]) -> P | None:
        """The section's page if it has been made; None if it never was."""
        page = self._made.get(index)
        return page if isinstance(page, kind) else None

    def page(self, index: int, kind: type[P] = QWidget) -> P:  # type: ignore[assignment]
        """The section's page (a `kind`), made now in its place if it was not yet."""
        page = self._made.get(index)
        if page is None:
            make = self._makers.pop(index)()
            assert make is not None, "the window that makes this section is gone"
            page = make()
            place = self._places.pop(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(place)
            place.deleteLater()
            self._made[index] = page
        assert isinstance(page, kind)
        return page
