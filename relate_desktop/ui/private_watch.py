"""One signal for every way a private space closes (locking it, a hand-over in a repair,
another person unlocking theirs, auto-lock, quick hide, locking everything): views that can
show private words save on `closing` and drop those words on `closed`."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from relate_desktop.services.household import Household


class PrivateWatch(QObject):
    """Relays Household.watch_private to Qt signals for as long as this object lives."""

    closing = Signal(str)  # the person whose space is about to close: save now
    closed = Signal(str)  # that space is shut: drop anything of theirs from the screen

    def __init__(self, household: Household, parent: QObject | None = None) -> None:
        super().__init__(parent)
        stop = household.watch_private(self.closing.emit, self.closed.emit)
        # A plain function (not a bound method), so it still runs while this object goes.
        self.destroyed.connect(lambda _obj=None: stop())
