"""Showing errors: plain messages for what people can act on, a crash report for bugs."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from relate_desktop import __version__
from relate_desktop.domain.errors import RelateError, from_os_error


def show_error(parent: QWidget | None, error: BaseException, title: str = "Relate") -> None:
    """A clear message for a RelateError (and for a file the disk refused: full, read-only, no
    permission); anything else is treated as a bug."""
    if isinstance(error, OSError):
        error = from_os_error(error)
    if isinstance(error, RelateError):
        from PySide6.QtWidgets import QMessageBox  # not before the first window: see below

        box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, parent=parent)
        box.setObjectName("errorMessage")
        box.exec()
    else:
        show_crash(type(error), error, error.__traceback__, parent)


def crash_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    """Where it broke, without the exception's message or any local values: those could hold
    what someone wrote."""
    frames = traceback.extract_tb(tb)
    lines = [f"Relate {__version__}, Python {sys.version.split()[0]}", f"{kind.__name__}"]
    lines += [f"  {f.filename.rsplit('/', 1)[-1]}:{f.lineno} in {f.name}" for f in frames]
    return "\n".join(lines)


def show_crash(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    report = crash_report(kind, tb)
    sys.stderr.write(report + "\n")
    if QApplication.instance() is None:
        return
    # Imported here: naming a Qt class makes Python's view of it and its enums (2 ms for this
    # one), which the first window need not wait for (docs/performance.md, "Paint first").
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Something went wrong"),
        QCoreApplication.translate(
            "errors",
            "Relate hit a problem it didn't expect. What you saved before is safe.\n\n"
            "If you'd like to report it, copy the details below. They contain no text you wrote.",
        ),
        parent=parent,
    )
    box.setObjectName("crashDialog")
    box.setDetailedText(report)
    box.exec()


def install_excepthook() -> None:
    sys.excepthook = lambda kind, error, tb: show_crash(kind, error, tb)
