"""Paint first, load after: the welcome or unlock screen shows with only what it needs, then
the services behind the main window (and SQLAlchemy, the ORM and the store under them) load
on the worker while the person reads or types, and the main window's own modules on the GUI
thread just after. See docs/performance.md, "Paint first"."""

from __future__ import annotations

import importlib

from relate_desktop.ui.tasks import TaskRunner

# Qt-free: safe to import on the worker thread. They bring in the store and SQLAlchemy.
SERVICES = (
    "relate_desktop.services.repair",
    "relate_desktop.services.browse",
    "relate_desktop.services.check_ins",
    "relate_desktop.services.journal",
    "relate_desktop.services.maintenance",
    "relate_desktop.services.privacy",
    "relate_desktop.services.safety",
    "relate_desktop.services.insights",
    "relate_desktop.services.search",
    "relate_desktop.services.calendar",
    "relate_desktop.services.documents",
    "relate_desktop.services.autostart",
)
# Qt widgets: imported on the GUI thread.
WINDOWS = ("relate_desktop.ui.main_window",)


def load_services() -> None:
    for name in SERVICES:
        importlib.import_module(name)


def load_windows() -> None:
    for name in WINDOWS:
        importlib.import_module(name)
    # The icons the main window shows, drawn now (from SVG, three colours each) rather than
    # after Unlock is pressed; they are kept per scheme (ui/icons.py).
    from relate_desktop.ui.home import ACCENT_ICONS
    from relate_desktop.ui.icons import ICONS, icon

    for name in ICONS:
        icon(name)
    for name, tone in ACCENT_ICONS:
        icon(name, tone)
    _first_of_each_kind()


def _first_of_each_kind() -> None:
    """Qt sets some things up the first time a kind of widget is made: the text machinery
    behind a label whose words can be selected (about 10 ms), a scroll area's viewport, a
    stack's layout. A small hidden sample made and dropped now pays for that before Unlock
    is pressed rather than after."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

    sample = QWidget()
    layout = QVBoxLayout(sample)
    words = QLabel("Relate")
    words.setWordWrap(True)
    words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    scroller = QScrollArea()
    scroller.setWidget(QWidget())
    stack = QStackedWidget()
    stack.addWidget(QWidget())
    for widget in (words, scroller, stack):
        layout.addWidget(widget)
    sample.ensurePolished()
    sample.adjustSize()
    sample.deleteLater()


class WarmUp:
    """Starts loading once (after the first window has been painted)."""

    def __init__(self, runner: TaskRunner) -> None:
        self.runner = runner
        self.started = False

    def start(self) -> None:
        if self.started:
            return
        self.started = True
        # A failure here is not the person's problem: the same import runs again, and reports
        # properly, when the main window is built.
        self.runner.run(load_services, lambda _none: load_windows(), lambda _error: None)
