"""The interface language: Qt translators for the widgets' words, the same language for the
data texts (resources/text/<book>.<lang>.json), and the system's choice unless the person made
one in View → Language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from relate_desktop.bundled import resources_dir
from relate_desktop.domain import language

_installed: list[QTranslator] = []


def system_language() -> str:
    """The first language the system lists that Relate speaks, else English."""
    return language.pick(QLocale.system().uiLanguages())


def install(choice: str = "") -> str:
    """Use `choice` ('' = the system's) for everything shown from now on; returns the code."""
    app = QCoreApplication.instance()
    code = language.set_current(choice or system_language())
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if app is None:
        return code
    # English needs its file too, for plural forms ("1 conflict", "%n conflicts").
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"relate_{code}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if code == "en":
        return code
    qt_own = QTranslator(app)  # the words in Qt's standard dialogs and buttons
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    return code
