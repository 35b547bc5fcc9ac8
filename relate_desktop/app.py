"""GUI start-up wiring, kept free of Qt so the command line never loads it by accident."""

from __future__ import annotations

from relate_desktop.paths import DataPaths


def run_gui(paths: DataPaths, exit_when_ready: bool = False) -> int:
    """Open the app on this data folder; returns the process exit code."""
    from relate_desktop.ui.application import launch

    code: int = launch(paths, exit_when_ready=exit_when_ready)
    return code
