"""Unlocking the shared space: pick who you are, type your passphrase."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.services.household import HouseholdInfo


class UnlockDialog(QDialog):
    """Asks for a person and passphrase; the caller tries them and calls `show_error`."""

    def __init__(self, info: HouseholdInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock Relate"))
        self.setMinimumWidth(420)
        self.info = info
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("<h2>Welcome back</h2><p>Choose who you are and unlock.</p>"))
        layout.addWidget(heading)
        form = QFormLayout()
        self.person = QComboBox()
        self.person.setObjectName("unlockPerson")
        self.person.setAccessibleName(self.tr("Who are you?"))
        for person in info.people:
            self.person.addItem(person.name, person.id)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("I am"), self.person)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("unlockButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def person_id(self) -> str:
        return str(self.person.currentData())

    def show_problem(self, message: str) -> None:
        self.error.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
