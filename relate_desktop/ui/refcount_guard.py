"""A guard against a reference-counting bug in PySide6 6.12.0 on Python 3.11.

In that release every signal delivered to a Python slot drops one reference to None, and every
Signal.emit() made from Python drops one to True (checked here: 100 deliveries, 100 references
gone; 6.11.3 is fine). Before Python 3.12, None, True and False are ordinary objects, so after
some ten thousand signals (a long evening of typing in the wizard) Python aborts with
"deallocating None" or "deallocating True or False". The guard keeps a reserve of references
and tops it up, which turns the crash into eight bytes of memory per lost reference. It does
nothing on other versions. Remove it once PySide6 is past 6.12.0.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject, QTimer

RESERVE = 100_000  # references kept per object whenever its count falls below this
CHECK_MS = 5_000

_held: list[object] = []
_kept: list[bool] = []


def _keep_reserve_forever() -> None:
    """The reserve must outlive everything, even Python's own shutdown, or freeing it at exit
    would bring the lost references due all at once: one reference to the list is never given
    back. (ctypes is loaded only here, on the affected version.)"""
    if not _kept:
        import ctypes

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(_held))
        _kept.append(True)


def affected() -> bool:
    return PySide6.__version__ == "6.12.0" and sys.version_info < (3, 12)


def top_up() -> None:
    """Give None, True and False back enough references to stay far from zero."""
    _keep_reserve_forever()
    for obj in (None, True, False):
        if sys.getrefcount(obj) < RESERVE:
            _held.extend([obj] * RESERVE)


def install(parent: QObject) -> QTimer | None:
    """Top up now and every few seconds while `parent` (the application) lives."""
    if not affected():
        return None
    top_up()
    timer = QTimer(parent)
    timer.setObjectName("refcountGuard")
    timer.timeout.connect(top_up)
    timer.start(CHECK_MS)
    return timer
