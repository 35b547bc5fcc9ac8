"""At home on the desktop: bundled fonts, the icon, the About dialog, and View → Language and
View → Appearance."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from relate_desktop.domain import language
from relate_desktop.services import preferences
from relate_desktop.ui import translation
from relate_desktop.ui.about import AboutDialog
from relate_desktop.ui.appearance import app_icon, apply_scheme, is_dark, register_fonts
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.session import Session
from tests.ui.conftest import screenshot


@pytest.fixture
def restore() -> Iterator[None]:
    yield
    translation.install("en")
    apply_scheme("light")


def test_bundled_fonts_draw_what_the_system_may_lack(qapp: QApplication) -> None:
    families = register_fonts()
    assert {"DejaVu Sans", "Droid Sans Fallback", "Noto Emoji"} <= set(families)
    ui_families = QGuiApplication.font().families()
    # The system's own font stays first; ours are only fallbacks.
    assert ui_families[0] not in families or ui_families[0] == "DejaVu Sans"
    assert "Droid Sans Fallback" in ui_families and "Noto Emoji" in ui_families
    assert QFontMetrics(QFont("Droid Sans Fallback")).inFontUcs4(ord("钥"))
    assert QFontMetrics(QFont("Noto Emoji")).inFontUcs4(0x1F511)


def test_the_icon_comes_in_every_size(qapp: QApplication) -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_about_names_the_version_and_the_licences(qtbot: QtBot, window: MainWindow) -> None:
    about = AboutDialog(window)
    qtbot.addWidget(about)
    about.show()
    credits = about.findChild(QTextBrowser, "aboutCredits").toPlainText()  # type: ignore[union-attr]
    for expected in ("SIL Open Font License", "Apache License 2.0", "LGPL", "SQLAlchemy", "GNU"):
        assert expected in credits
    screenshot(about, "about")
    about.close()


def test_choosing_a_language_keeps_it_and_redraws(
    qtbot: QtBot, window: MainWindow, restore: None
) -> None:
    action = window.findChild(QAction, "language_es")
    assert action is not None
    with qtbot.waitSignal(window.rebuild_requested):
        action.trigger()
    assert preferences.load(window.household.paths).language == "es"
    assert language.current() == "es"
    assert QApplication.translate("MainWindow", "Home") == "Inicio"


def test_choosing_dark_keeps_it_and_redraws(
    qtbot: QtBot, window: MainWindow, restore: None
) -> None:
    action = window.findChild(QAction, "scheme_dark")
    assert action is not None
    with qtbot.waitSignal(window.rebuild_requested):
        action.trigger()
    assert preferences.load(window.household.paths).color_scheme == "dark"
    assert is_dark()


def test_the_session_draws_a_new_window_in_the_new_language(
    qtbot: QtBot,
    couple,
    runner,
    clock,
    restore: None,  # type: ignore[no-untyped-def]
) -> None:
    session = Session(couple.paths, clock, runner)
    session.show_main(couple, couple.people[0].id)
    first = session.window
    assert first is not None and first.nav.item(0).text() == "Home"
    first.findChild(QAction, "language_es").trigger()  # type: ignore[union-attr]
    second = session.window
    assert second is not None and second is not first
    assert second.nav.item(0).text() == "Inicio"
    assert second.household is couple
    session.household = None  # the fixture closes it
    session.close()
