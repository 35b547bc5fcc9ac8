"""First run: just me or the two of us, names, and an optional passphrase each."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.services.household import validate_passphrase
from relate_desktop.ui.appearance import tone


class FirstRunDialog(QDialog):
    """Collects who lives here; the caller creates the household from `names()`/`passphrases()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Relate"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr(
                "<h2>Welcome to Relate</h2>"
                "<p>Relate helps you find your way back to each other after a fight, and keep "
                "the promises you make. Everything stays on this computer.</p>"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        who = QGroupBox(self.tr("Who will use Relate here?"))
        who_layout = QVBoxLayout(who)
        self.solo = QRadioButton(self.tr("Just me"))
        self.solo.setObjectName("modeSolo")
        self.couple = QRadioButton(self.tr("The two of us"))
        self.couple.setObjectName("modeCouple")
        self.couple.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.solo)
        group.addButton(self.couple)
        who_layout.addWidget(self.couple)
        who_layout.addWidget(self.solo)
        layout.addWidget(who)

        form = QFormLayout()
        self.name_edits = [QLineEdit(), QLineEdit()]
        self.pass_edits = [QLineEdit(), QLineEdit()]
        self.confirm_edits = [QLineEdit(), QLineEdit()]
        self.name_labels = [QLabel(self.tr("Your name")), QLabel(self.tr("Your partner's name"))]
        for index in range(2):
            self.name_edits[index].setObjectName(f"name{index + 1}")
            self.name_edits[index].setAccessibleName(self.name_labels[index].text())
            self.name_edits[index].setMaxLength(60)
            self.name_labels[index].setBuddy(self.name_edits[index])
            form.addRow(self.name_labels[index], self.name_edits[index])
        layout.addLayout(form)

        self.protect = QCheckBox(self.tr("Protect our data with a passphrase for each of us"))
        self.protect.setObjectName("protect")
        layout.addWidget(self.protect)
        self.pass_box = QGroupBox(self.tr("Passphrases"))
        pass_form = QFormLayout(self.pass_box)
        for index in range(2):
            for kind, edits in (("passphrase", self.pass_edits), ("confirm", self.confirm_edits)):
                edit = edits[index]
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setObjectName(f"{kind}{index + 1}")
                label = self.tr("Passphrase") if kind == "passphrase" else self.tr("Once more")
                edit.setAccessibleName(f"{label} {index + 1}")
                pass_form.addRow(QLabel(f"{label} ({index + 1})"), edit)
        layout.addWidget(self.pass_box)
        self.unprotected_note = QLabel(
            self.tr(
                "Without a passphrase, your data is still encrypted on disk, but anyone who "
                "can open Relate on this computer can read it."
            )
        )
        self.unprotected_note.setObjectName("unprotectedNote")
        self.unprotected_note.setWordWrap(True)
        layout.addWidget(self.unprotected_note)

        self.error = QLabel()
        self.error.setObjectName("firstRunError")
        self.error.setStyleSheet(f"color: {tone('error')};")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Get started"))
        self.ok_button.setObjectName("getStarted")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.solo.toggled.connect(self._refresh)
        self.protect.toggled.connect(self._refresh)
        self._refresh()
        self.name_edits[0].setFocus()

    @property
    def count(self) -> int:
        return 1 if self.solo.isChecked() else 2

    def _refresh(self) -> None:
        couple = self.count == 2
        self.name_labels[0].setText(self.tr("Your name") if not couple else self.tr("First name"))
        self.name_labels[1].setText(self.tr("Second name"))
        self.name_labels[1].setVisible(couple)
        self.name_edits[1].setVisible(couple)
        protected = self.protect.isChecked()
        self.pass_box.setVisible(protected)
        for index in (1,):
            for edits in (self.pass_edits, self.confirm_edits):
                edits[index].setEnabled(couple)
        self.unprotected_note.setVisible(not protected)
        self.adjustSize()

    def names(self) -> list[str]:
        return [e.text().strip() for e in self.name_edits[: self.count]]

    def passphrases(self) -> list[str] | None:
        if not self.protect.isChecked():
            return None
        return [e.text() for e in self.pass_edits[: self.count]]

    def validate(self) -> None:
        names = self.names()
        if any(not n for n in names):
            raise InvalidInput(self.tr("Please fill in every name."))
        if self.protect.isChecked():
            for index in range(self.count):
                first, again = self.pass_edits[index].text(), self.confirm_edits[index].text()
                if len(first) < 8:
                    raise InvalidInput(
                        self.tr(
                            "Please use a passphrase of at least 8 characters for {name}."
                        ).format(name=names[index])
                    )
                if first != again:
                    raise InvalidInput(
                        self.tr("The two passphrases for {name} don't match.").format(
                            name=names[index]
                        )
                    )
                try:
                    validate_passphrase(first, names)
                except InvalidInput as error:
                    raise InvalidInput(f"{names[index]}: {error.message}") from None

    def _accept(self) -> None:
        try:
            self.validate()
        except InvalidInput as error:
            self.error.setText(error.message)
            return
        self.accept()
