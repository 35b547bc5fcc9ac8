"""The opening window: where the main window is about to be, what is known before any data is
read (the section list, the greeting with the household's names and the date, the menu
titles), shown while the shared space opens and the rest of Relate loads behind it. The main
window then takes its place at the same spot and size, with the same frame, so nothing jumps:
only Home's cards fill in. See docs/performance.md, "Paint first"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.guide import text
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import HouseholdInfo
from relate_desktop.ui.components import muted, padded, type_size
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.greeting import day_part
from relate_desktop.ui.icons import icon
from relate_desktop.ui.widgets import place_window

# The main window's frame, kept in step with ui/main_window.py (a test compares them).
MAIN_WINDOW = "mainWindow"
NAV_WIDTH = 190
SECTION_ICONS = ("home", "conflicts", "agreements", "journal", "insights")
SECTIONS = ("Home", "Conflicts", "Agreements", "Journal", "Insights")
MENUS = ("&Relate", "&Privacy", "&View", "&Help")


class OpeningWindow(QMainWindow):
    def __init__(self, info: HouseholdInfo, paths: DataPaths, now: datetime) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        # Where the main window will open (its saved place is kept under its name).
        self.setObjectName(MAIN_WINDOW)
        place_window(self, paths, 1000, 700, grow=0.72)
        self.setObjectName("openingWindow")
        for title in MENUS:
            self.menuBar().addMenu(self._in_main_window(title)).setEnabled(False)
        central = QWidget()
        outer = QVBoxLayout(central)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        nav = QListWidget()
        nav.setObjectName("navigation")
        nav.setFixedWidth(NAV_WIDTH)
        nav.setIconSize(QSize(20, 20))
        type_size(nav, "lead")
        for name, title in zip(SECTION_ICONS, SECTIONS, strict=True):
            nav.addItem(QListWidgetItem(icon(name), self._in_main_window(title)))
        nav.setCurrentRow(0)
        nav.setEnabled(False)
        layout.addWidget(nav)
        layout.addWidget(self._home(info, now), 1)
        self.setCentralWidget(central)
        self.statusBar()  # the main window has one: the same height is left for Home
        # Settle the smallest size now, so showing changes no size hint (which an offscreen
        # platform reports on stderr, where a start-up error must be the only line).
        own = self.layout()
        if own is not None:
            own.activate()
        self.setMinimumSize(self.minimumSizeHint())

    @staticmethod
    def _in_main_window(title: str) -> str:
        return QCoreApplication.translate("MainWindow", title)

    def _home(self, info: HouseholdInfo, now: datetime) -> QWidget:
        """Home's greeting and date, exactly where Home puts them."""
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroller.setWidget(body)
        layout = padded(QVBoxLayout(body), "xl", "l")
        people = [p.name for p in info.people]
        names = (
            text("home.names_joined", first=people[0], second=people[1])
            if len(people) == 2
            else people[0]
        )
        greeting = QLabel(text(f"home.greeting_{day_part(now)}", names=names))
        greeting.setObjectName("homeGreeting")
        greeting.setWordWrap(True)
        type_size(greeting, "display", QFont.Weight.Medium)
        today = muted(
            QLabel(local_text(now, QCoreApplication.translate("HomePage", "dddd d MMMM")))
        )
        today.setObjectName("homeDate")
        layout.addWidget(greeting)
        layout.addWidget(today)
        layout.addStretch(1)
        return scroller
