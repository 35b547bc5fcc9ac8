"""Starting the GUI: claim the data folder, first run or unlock, then the main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from relate_desktop import APP_NAME
from relate_desktop.domain.clock import Clock, SystemClock
from relate_desktop.domain.errors import RelateError, WrongPassphrase
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import (
    Household,
    claim_data_folder,
    household_info,
    open_household,
    set_up,
)
from relate_desktop.ui.errors import install_excepthook, show_error
from relate_desktop.ui.first_run import FirstRunDialog
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog


def open_or_create(paths: DataPaths, clock: Clock) -> tuple[Household, str] | None:
    """First run or unlock, as dialogs. None when the person closes the dialog."""
    info = household_info(paths)
    if info is None:
        dialog = FirstRunDialog()
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                household = set_up(paths, dialog.names(), dialog.passphrases(), clock)
            except RelateError as error:
                dialog.error.setText(error.message)
                continue
            return household, household.people[0].id
        return None
    if not info.shared_protected:
        household = open_household(paths, clock=clock)
        return household, info.people[0].id
    unlock = UnlockDialog(info)
    while unlock.exec() == QDialog.DialogCode.Accepted:
        try:
            household = open_household(paths, unlock.person_id(), unlock.passphrase.text(), clock)
        except WrongPassphrase as error:
            unlock.show_problem(error.message)
            continue
        return household, unlock.person_id()
    return None


def launch(paths: DataPaths, exit_when_ready: bool = False, clock: Clock | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_excepthook()
    clock = clock or SystemClock()
    try:
        claim = claim_data_folder(paths)
    except RelateError as error:
        if exit_when_ready:
            sys.stderr.write(f"relate-desktop: {error.message}\n")
        else:
            QMessageBox.information(None, APP_NAME, error.message)
        return error.exit_code
    runner = TaskRunner()
    try:
        if exit_when_ready and household_info(paths) is None:
            # Nothing set up yet: the first window is the welcome dialog; show it and leave.
            welcome = FirstRunDialog()
            welcome.show()
            QTimer.singleShot(0, app.quit)
            app.exec()
            return 0
        try:
            opened = open_or_create(paths, clock)
        except RelateError as error:
            if exit_when_ready:
                sys.stderr.write(f"relate-desktop: {error.message}\n")
            else:
                show_error(None, error)
            return error.exit_code
        if opened is None:
            return 0
        household, person = opened
        window = MainWindow(household, person, runner)
        window.show()
        if exit_when_ready:
            QTimer.singleShot(0, app.quit)
        code = app.exec()
        runner.shutdown()
        household.close()
        return code
    finally:
        claim.release()
