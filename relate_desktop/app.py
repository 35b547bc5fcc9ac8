"""GUI start-up wiring, kept free of Qt so the command line never loads it by accident."""

from __future__ import annotations

import gc
import importlib

from relate_desktop.paths import DataPaths

# Qt-free modules the first window (welcome or unlock) needs, imported before Qt. Once PySide6
# is loaded, shiboken replaces __import__ and reads the source of every Python module imported
# after it (looking for `from __feature__`), which made start-up about 0.1 s slower. See
# "PYSIDE-2029" in shibokensupport/feature.py, and https://github.com/pyzo/pyzo/pull/851 for
# the mechanism. The rest (SQLAlchemy, the ORM, the services behind the main window) loads
# after the first window shows (ui/warm_up.py): paying that toll then is cheaper than making
# a person wait for it. A test checks that the first window imports nothing of these packages
# beyond this list, and no SQLAlchemy, Alembic, reportlab or QtCharts.
BEFORE_QT = (
    "html",
    "relate_desktop.services.household",
    "relate_desktop.services.preferences",
    "relate_desktop.domain.guide",
)


def preload() -> None:
    for name in BEFORE_QT:
        importlib.import_module(name)


def run_gui(paths: DataPaths, exit_when_ready: bool = False) -> int:
    """Open the app on this data folder; returns the process exit code."""
    # Python's cycle collector ran some fifty times while the first window was being made,
    # each time walking every module, class and enum loaded so far, and found nothing to
    # free. It pauses until that window has been painted (ui/application.py turns it back on
    # then), and here at the latest.
    gc.disable()
    try:
        preload()
        from relate_desktop.ui.application import launch

        code: int = launch(paths, exit_when_ready=exit_when_ready)
        return code
    finally:
        gc.enable()
