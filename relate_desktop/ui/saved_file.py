"""After a file is saved where its owner chose: say where, and offer to open it or show it in
its folder (with the desktop's own apps; Relate itself opens nothing on the network)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from relate_desktop import APP_NAME


def offer_saved_file(parent: QWidget | None, path: Path) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        QCoreApplication.translate("saved_file", "Saved to {path}").format(path=path),
        parent=parent,
    )
    box.setObjectName("savedFile")
    open_button = box.addButton(
        QCoreApplication.translate("saved_file", "&Open"), QMessageBox.ButtonRole.AcceptRole
    )
    open_button.setObjectName("openSavedFile")
    folder_button = box.addButton(
        QCoreApplication.translate("saved_file", "Show in &folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    folder_button.setObjectName("showSavedFolder")
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
