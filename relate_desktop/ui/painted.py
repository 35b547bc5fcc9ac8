"""Run something once a window has been painted: what a first window does not need (the
single-instance server, keyboard habits, the bundled fonts, loading the rest of Relate) starts
after the person can see it, not before. See docs/performance.md, "Paint first"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# If a window never reports a paint (a platform that draws it some other way), go on anyway.
FALLBACK_MS = 400


class _FirstPaint(QObject):
    """Watches one window's own events (not its children's, nor the application's): cheap."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback: Callable[[], None] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            # After the events that put the frame on screen.
            QTimer.singleShot(0, self, self._go)
        return False

    def _go(self) -> None:
        callback, self.callback = self.callback, None
        if callback is None:
            return
        self.window.removeEventFilter(self)
        callback()


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, on the GUI thread, just after `window` is first painted."""
    _FirstPaint(window, callback)
