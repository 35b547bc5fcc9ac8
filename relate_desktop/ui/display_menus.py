"""View → Language and View → Appearance: choices kept in settings.json, applied at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from relate_desktop.domain import language
from relate_desktop.paths import DataPaths
from relate_desktop.services import preferences
from relate_desktop.ui import translation
from relate_desktop.ui.appearance import apply_scheme


def add_display_menus(
    parent: QWidget, menu: QMenu, paths: DataPaths, rebuild: Callable[[], None]
) -> None:
    """Adds Language and Appearance submenus to `menu`; `rebuild` redraws the windows after a
    change (so every word and colour follows it)."""
    prefs = preferences.load(paths)

    languages = menu.addMenu(QCoreApplication.translate("DisplayMenus", "&Language"))
    languages.setObjectName("languageMenu")
    group = QActionGroup(parent)
    choices = [("", QCoreApplication.translate("DisplayMenus", "As the system"))] + [
        (c, language.NAMES[c]) for c in language.SUPPORTED
    ]
    for code, label in choices:
        item = QAction(label, parent, checkable=True)
        item.setObjectName(f"language_{code or 'system'}")
        item.setChecked(prefs.language == code)
        item.triggered.connect(lambda _=False, c=code: _set_language(paths, c, rebuild))
        group.addAction(item)
        languages.addAction(item)

    schemes = menu.addMenu(QCoreApplication.translate("DisplayMenus", "&Appearance"))
    schemes.setObjectName("appearanceMenu")
    scheme_group = QActionGroup(parent)
    labels = {
        "system": QCoreApplication.translate("DisplayMenus", "As the system"),
        "light": QCoreApplication.translate("DisplayMenus", "Light"),
        "dark": QCoreApplication.translate("DisplayMenus", "Dark"),
    }
    for scheme in preferences.SCHEME_CHOICES:
        item = QAction(labels[scheme], parent, checkable=True)
        item.setObjectName(f"scheme_{scheme}")
        item.setChecked(prefs.color_scheme == scheme)
        item.triggered.connect(lambda _=False, s=scheme: _set_scheme(paths, s, rebuild))
        scheme_group.addAction(item)
        schemes.addAction(item)


def _set_language(paths: DataPaths, code: str, rebuild: Callable[[], None]) -> None:
    preferences.update(paths, language=code)
    translation.install(code)
    rebuild()


def _set_scheme(paths: DataPaths, scheme: str, rebuild: Callable[[], None]) -> None:
    preferences.update(paths, color_scheme=scheme)
    apply_scheme(scheme)
    rebuild()
