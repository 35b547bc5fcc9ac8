"""GUI start-up wiring, kept free of Qt so the command line never loads it by accident."""

from __future__ import annotations

import importlib

from relate_desktop.paths import DataPaths

# Qt-free modules the main window needs, imported before Qt. Once PySide6 is loaded, shiboken
# replaces __import__ and reads the source of every Python module imported after it (looking
# for `from __feature__`), which made start-up about 0.1 s slower. See "PYSIDE-2029" in
# shibokensupport/feature.py, and https://github.com/pyzo/pyzo/pull/851 for the mechanism.
# A test checks that the GUI imports none of these packages' modules beyond this list.
BEFORE_QT = (
    "concurrent.futures.thread",
    "html",
    "sqlalchemy.orm",
    "relate_desktop.store.repositories",
    "relate_desktop.store.search",
    "relate_desktop.store.insights",
    "relate_desktop.services.household",
    "relate_desktop.services.autostart",
    "relate_desktop.services.browse",
    "relate_desktop.services.calendar",
    "relate_desktop.services.check_ins",
    "relate_desktop.services.conflicts",
    "relate_desktop.services.documents",
    "relate_desktop.services.insights",
    "relate_desktop.services.journal",
    "relate_desktop.services.journal_insights",
    "relate_desktop.services.maintenance",
    "relate_desktop.services.preferences",
    "relate_desktop.services.privacy",
    "relate_desktop.services.repair",
    "relate_desktop.services.safety",
    "relate_desktop.services.search",
    "relate_desktop.services.time_outs",
    "relate_desktop.domain.coach",
    "relate_desktop.domain.compose",
    "relate_desktop.domain.follow_ups",
    "relate_desktop.domain.guidance",
    "relate_desktop.domain.guide",
    "relate_desktop.domain.insights",
    "relate_desktop.domain.journal",
    "relate_desktop.domain.journal_insights",
    "relate_desktop.domain.markdown_text",
    "relate_desktop.domain.repair_flow",
    "relate_desktop.domain.safety",
    "relate_desktop.domain.search",
    "relate_desktop.domain.time_outs",
)


def preload() -> None:
    for name in BEFORE_QT:
        importlib.import_module(name)


def run_gui(paths: DataPaths, exit_when_ready: bool = False) -> int:
    """Open the app on this data folder; returns the process exit code."""
    preload()
    from relate_desktop.ui.application import launch

    code: int = launch(paths, exit_when_ready=exit_when_ready)
    return code
