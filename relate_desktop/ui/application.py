"""Starting the GUI: claim the data folder, first run or unlock, then the main window."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QTimeZone
from PySide6.QtWidgets import QApplication, QDialog

from relate_desktop import APP_ID, APP_NAME
from relate_desktop.domain.clock import Clock, SystemClock
from relate_desktop.domain.errors import DataFolderLocked, RelateError
from relate_desktop.paths import DataPaths
from relate_desktop.services import preferences
from relate_desktop.services.household import claim_data_folder, household_info
from relate_desktop.ui import refcount_guard, translation
from relate_desktop.ui.appearance import (
    FUSION_ARGUMENTS,
    app_icon,
    apply_scheme,
    needs_bundled_fonts,
    register_fonts,
)
from relate_desktop.ui.errors import install_excepthook, show_error
from relate_desktop.ui.session import Session
from relate_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from relate_desktop.ui.single_instance import InstanceServer


class AfterFirstPaint:
    """What the first window does not need, started once it has been painted (Session's
    first_painted): the single-instance server (QtNetwork), the keyboard habits (an
    application-wide filter every event would pass through) and the bundled fonts (about 7 MB
    to read), unless the first window's names need those fonts to draw."""

    def __init__(self, app: QApplication, paths: DataPaths) -> None:
        self.app, self.paths = app, paths
        self.instance: InstanceServer | None = None

    def start(self, session: Session) -> None:
        if self.instance is not None:
            return
        gc.enable()  # paused while the first window was made (app.run_gui)
        from relate_desktop.ui import keyboard
        from relate_desktop.ui.single_instance import InstanceServer

        self.instance = InstanceServer(self.paths)
        self.instance.show_requested.connect(session.bring_forward)
        keyboard.install(self.app)
        register_fonts()
        keep_qt_settings_in(self.paths)

    def close(self) -> None:
        if self.instance is not None:
            self.instance.close()


def launch(paths: DataPaths, exit_when_ready: bool = False, clock: Clock | None = None) -> int:
    existing = QApplication.instance()
    app = existing or QApplication([*sys.argv[:1], *FUSION_ARGUMENTS])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    prepare_desktop(app, paths, restyle=existing is not None)
    install_excepthook()
    # Qt knows the system's IANA zone name everywhere (Windows included), which zoneinfo
    # needs to follow DST.
    clock = clock or SystemClock(bytes(QTimeZone.systemTimeZoneId().data()).decode())
    try:
        claim = claim_data_folder(paths)
    except DataFolderLocked as error:
        from relate_desktop.ui.single_instance import ask_running_copy_to_show

        if ask_running_copy_to_show(paths):
            # The copy already running came forward: that is what the person wanted.
            sys.stderr.write(
                "relate-desktop: Relate is already open; its window was brought forward.\n"
            )
            return 0
        if exit_when_ready:
            sys.stderr.write(f"relate-desktop: {error.message}\n")
        else:
            _tell(error.message)
        return error.exit_code
    except RelateError as error:
        if exit_when_ready:
            sys.stderr.write(f"relate-desktop: {error.message}\n")
        else:
            _tell(error.message)
        return error.exit_code
    after_paint = AfterFirstPaint(app, paths)
    runner = TaskRunner()
    try:
        info = household_info(paths) if exit_when_ready else None
        if exit_when_ready and (info is None or info.shared_protected):
            # The first window is the welcome dialog (nothing set up yet) or the unlock
            # screen: show it and leave.
            first: QDialog
            if info is None:
                from relate_desktop.ui.first_run import FirstRunDialog

                first = FirstRunDialog(paths, runner, clock)
            else:
                from relate_desktop.ui.unlock import UnlockDialog

                first = UnlockDialog(info.people, lambda _pid, _secret: None, runner)
            first.show()
            QTimer.singleShot(0, app.quit)
            app.exec()
            return 0
        session = Session(paths, clock, runner, claim)
        session.offer_backups = session.daily_backup = not exit_when_ready
        session.first_painted.connect(lambda: after_paint.start(session))
        try:
            if not session.start():
                return 0
        except RelateError as error:
            if exit_when_ready:
                sys.stderr.write(f"relate-desktop: {error.message}\n")
            else:
                show_error(None, error)
            session.close()
            return error.exit_code
        if exit_when_ready:
            QTimer.singleShot(0, app.quit)
        code = app.exec()
        session.close()
        runner.shutdown()
        return code
    finally:
        after_paint.close()
        claim.release()


def _tell(message: str) -> None:
    """Why Relate could not open, before any window of its own."""
    from PySide6.QtWidgets import QMessageBox  # only when needed: see ui/errors.py

    QMessageBox.information(None, APP_NAME, message)


QT_SETTINGS_FILES = ("QtProject.conf",)


def keep_qt_settings_in(paths: DataPaths) -> None:
    """Qt's own settings (the non-native file dialog's recent folders and sidebar, in
    QtProject.conf) go to the data folder instead of ~/.config, so the history of where
    people opened or saved files stays with the rest of Relate's data, readable by its owner
    only. (Native dialogs keep whatever history their platform keeps.) Set once the first
    window is painted, before any file dialog can open."""
    from PySide6.QtCore import QSettings

    folder = str(preferences.toolkit_settings_folder(paths, QT_SETTINGS_FILES))
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, folder)


def prepare_desktop(app: QApplication, paths: DataPaths, restyle: bool = True) -> None:
    """Icon, language and colour scheme, before the first window; the bundled fonts too when
    the names it shows need them (otherwise they are registered after it is painted).
    `restyle=False`: the application was made with Fusion already (FUSION_ARGUMENTS)."""
    QApplication.setDesktopFileName(APP_ID)
    refcount_guard.install(app)
    app.setWindowIcon(app_icon())
    if needs_bundled_fonts(_names_shown_first(paths)):
        register_fonts()
    prefs = preferences.load(paths)
    translation.install(prefs.language)
    apply_scheme(prefs.color_scheme, restyle=restyle)

    def scheme_changed() -> None:
        apply_scheme(preferences.load(paths).color_scheme)

    app.styleHints().colorSchemeChanged.connect(scheme_changed)


def _names_shown_first(paths: DataPaths) -> list[str]:
    """The names the first window shows (the household's people); any other text in it is
    ours, in a language every desktop's fonts draw."""
    try:
        info = household_info(paths)
    except (RelateError, OSError, ValueError):
        return ["?\u4e00"]  # unreadable: say so with every font ready, whatever it holds
    return [person.name for person in info.people] if info is not None else []
