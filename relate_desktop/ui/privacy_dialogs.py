"""Dialogs for private spaces: the recovery code (shown once), new passphrases, adding a partner,
and opening one person's private space when a step needs it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.errors import InvalidInput, RelateError, WrongPassphrase
from relate_desktop.domain.guide import text
from relate_desktop.services.household import Household, validate_passphrase
from relate_desktop.ui.appearance import tone
from relate_desktop.ui.components import dress, type_size
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog

# The services behind these dialogs (and the ORM under them) are imported when a dialog
# opens, so the welcome screen, which shows a recovery code, is up before they load.


class RecoveryCodeView(QWidget):
    """One person's recovery code, large and selectable, with Print and Copy. Its words keep
    the RecoveryCodeDialog translation context, where they were first translated."""

    def __init__(self, name: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name, self.code = name, code
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        shown = QLabel(code)
        shown.setObjectName("recoveryCode")
        shown.setAccessibleName(QCoreApplication.translate("RecoveryCodeDialog", "Recovery code"))
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        type_size(shown, "title")
        font = shown.font()
        font.setFamilies(["DejaVu Sans Mono", "monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        shown.setFont(font)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        dress(shown, "code")
        layout.addWidget(shown)
        row = QHBoxLayout()
        self.print_button = QPushButton(QCoreApplication.translate("RecoveryCodeDialog", "&Print…"))
        self.print_button.setObjectName("printRecoveryCode")
        self.copy_button = QPushButton(QCoreApplication.translate("RecoveryCodeDialog", "&Copy"))
        self.copy_button.setObjectName("copyRecoveryCode")
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.copy_button.clicked.connect(self._copy)
        self.print_button.clicked.connect(self._print)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)

    def forget_copy(self) -> None:
        """Take the code off the clipboard if it is still there (before someone else's turn)."""
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self.code:
            clipboard.clear()

    def printable(self) -> QTextDocument:
        document = QTextDocument()
        document.setHtml(
            "<h2>"
            + QCoreApplication.translate(
                "RecoveryCodeDialog", "Relate: recovery code for {name}"
            ).format(name=self.name)
            + "</h2>"
            f"<h1 style='font-family: monospace'>{self.code}</h1>"
            f"<p>{text('privacy.recovery_body', name=self.name)}</p>"
        )
        return document

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.printable().print_(printer)


class RecoveryCodeDialog(QDialog):
    """Shows one person's recovery code once, with Print and Copy; Done only after they say
    they have kept it."""

    def __init__(self, name: str, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(text("privacy.recovery_title"))
        self.setMinimumWidth(520)
        self.name, self.code = name, code
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{text('privacy.recovery_title')}: {name}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        body = QLabel(text("privacy.recovery_body", name=name))
        body.setWordWrap(True)
        layout.addWidget(body)
        self.view = RecoveryCodeView(name, code)
        self.print_button, self.copy_button = self.view.print_button, self.view.copy_button
        layout.addWidget(self.view)
        self.kept = QCheckBox(text("privacy.recovery_confirm"))
        self.kept.setObjectName("recoveryKept")
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.done_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.done_button.setText(self.tr("Done"))
        self.done_button.setObjectName("recoveryDone")
        self.done_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.kept.toggled.connect(self.done_button.setEnabled)

    def printable(self) -> QTextDocument:
        return self.view.printable()

    def reject(self) -> None:
        """Escape does not close it before the code is kept: it is shown only once."""
        if self.kept.isChecked():
            super().reject()


class SecretFormDialog(QDialog):
    """A small form (a name, the current passphrase, a new one twice; each optional) whose
    `attempt(values)` runs on the runner. Errors show inline; nothing typed is lost."""

    def __init__(
        self,
        title: str,
        intro: str,
        attempt: Callable[[dict[str, str]], Any],
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        ask_name: bool = False,
        ask_current: bool = False,
        ask_new: bool = True,
        new_optional: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("secretForm")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.attempt, self.runner = attempt, runner
        self.new_optional = new_optional
        self.result_value: Any = None
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        wanted = [
            ("name", self.tr("Name"), ask_name, False),
            ("current", self.tr("Current passphrase or recovery code"), ask_current, True),
            ("new", self.tr("New passphrase"), ask_new, True),
            ("again", self.tr("New passphrase, once more"), ask_new, True),
        ]
        for key, label, wanted_here, secret in wanted:
            if not wanted_here:
                continue
            edit = QLineEdit()
            edit.setObjectName(f"secret_{key}")
            edit.setAccessibleName(label)
            if secret:
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(label, edit)
            self.fields[key] = edit
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("secretFormError")
        self.error.setStyleSheet(f"color: {tone('error')};")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("secretFormOk")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        next(iter(self.fields.values())).setFocus()

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.fields.items()}

    def submit(self) -> None:
        values = self.values()
        try:
            if "new" in values and (values["new"] or not self.new_optional):
                # The service checks again with everyone's names as easy guesses.
                validate_passphrase(values["new"], [values.get("name", "")])
                if values["new"] != values["again"]:
                    raise InvalidInput(self.tr("The two new passphrases don't match."))
        except InvalidInput as error:
            self.error.setText(error.message)
            return
        self.ok_button.setEnabled(False)
        self.error.setText(self.tr("Working…"))
        self.runner.run(lambda: self.attempt(values), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self.result_value = result
        for edit in self.fields.values():
            edit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        if not isinstance(error, RelateError):
            raise error
        self.error.setText(error.message)


def show_recovery_code(parent: QWidget, name: str, code: str | None) -> None:
    if code:
        RecoveryCodeDialog(name, code, parent).exec()


def create_private_space(
    parent: QWidget, household: Household, person_id: str, runner: TaskRunner
) -> bool:
    """Ask a person for a new passphrase and make their private space; shows the code."""
    from relate_desktop.services import privacy

    name = household.name_of(person_id)
    dialog = SecretFormDialog(
        QCoreApplication.translate("privacy_dialogs", "Set up {name}'s private space").format(
            name=name
        ),
        text("journal.no_private_space"),
        lambda values: privacy.create_private_space(household, person_id, values["new"]),
        runner,
        parent,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    show_recovery_code(parent, name, dialog.result_value)
    return True


def open_private_space(
    parent: QWidget, household: Household, person_id: str, runner: TaskRunner
) -> bool:
    """Make sure this person's private space is open: unlock it, or offer to set one up.
    False when they cancel; nothing typed elsewhere is touched."""
    from relate_desktop.services import maintenance, privacy
    from relate_desktop.ui.recovery import offer_recovery

    if household.vault(person_id) is not None:
        return True
    name = household.name_of(person_id)
    if not household.info.has_private_space(person_id):
        answer = QMessageBox.question(
            parent,
            name,
            text("journal.no_private_space")
            + "\n\n"
            + QCoreApplication.translate("privacy_dialogs", "Set one up now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return create_private_space(parent, household, person_id, runner)
    person = next(p for p in household.people if p.id == person_id)
    dialog = UnlockDialog(
        [person],
        lambda pid, secret: privacy.unlock_private(household, pid, secret),
        runner,
        parent,
        title=QCoreApplication.translate("privacy_dialogs", "Unlock {name}'s private space").format(
            name=name
        ),
        intro=QCoreApplication.translate("privacy_dialogs", "{name}, type your passphrase.").format(
            name=name
        ),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if dialog.damage is not None:
            names = {p.id: p.name for p in household.people}
            if offer_recovery(parent, household.paths, dialog.damage, household.clock, names):
                return open_private_space(parent, household, person_id, runner)
        return False
    # The private space's first backup of the day, on the worker (unlocking doesn't wait).
    runner.run(
        lambda: maintenance.back_up_if_due(household),
        lambda _made: None,
        lambda error: show_error(parent, error),
    )
    if dialog.result_value:
        change_passphrase(parent, household, person_id, runner, recovered=True)
    return True


def confirm_presence(
    parent: QWidget, household: Household, person_id: str, runner: TaskRunner
) -> bool:
    """Ask this person for their passphrase, to show they are here (their "I agree"). True
    when it matches; a wrong one says so and can be tried again. Nothing is opened."""
    from relate_desktop.services import privacy

    person = next(p for p in household.people if p.id == person_id)
    name = person.name

    def attempt(pid: str, secret: str) -> None:
        try:
            privacy.confirm_presence(household, pid, secret)
        except WrongPassphrase:
            raise WrongPassphrase(text("steps.agreement.presence_wrong", name=name)) from None

    dialog = UnlockDialog(
        [person],
        attempt,
        runner,
        parent,
        title=text("steps.agreement.presence_title", name=name),
        greeting=text("steps.agreement.presence_heading", name=name),
        intro=text("steps.agreement.presence_intro", name=name),
        action=text("steps.agreement.presence_button"),
    )
    dialog.setObjectName("presenceDialog")
    dialog.setMinimumWidth(500)
    return dialog.exec() == QDialog.DialogCode.Accepted


def change_passphrase(
    parent: QWidget,
    household: Household,
    person_id: str,
    runner: TaskRunner,
    recovered: bool = False,
) -> bool:
    """Re-lock a person's keys under a new passphrase (their data is not rewritten)."""
    from relate_desktop.services import privacy

    name = household.name_of(person_id)
    if recovered:
        intro = QCoreApplication.translate(
            "privacy_dialogs",
            "You used your recovery code. Choose a new passphrase now; "
            "your recovery code keeps working.",
        )
    else:
        intro = QCoreApplication.translate(
            "privacy_dialogs", "Your writing stays as it is: only the lock on your keys changes."
        )
    # Just unlocked with the recovery code: it is not asked for again.
    without_current = recovered and household.recovered_person == person_id
    title = (
        QCoreApplication.translate("privacy_dialogs", "Choose a new passphrase")
        if without_current or len(household.people) == 1
        else QCoreApplication.translate("privacy_dialogs", "Change {name}'s passphrase").format(
            name=name
        )
    )
    dialog = SecretFormDialog(
        title,
        intro,
        (lambda values: privacy.set_passphrase_after_recovery(household, person_id, values["new"]))
        if without_current
        else (
            lambda values: privacy.change_passphrase(
                household, person_id, values["current"], values["new"]
            )
        ),
        runner,
        parent,
        ask_current=not without_current,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted


def replace_recovery_code(
    parent: QWidget, household: Household, person_id: str, runner: TaskRunner
) -> None:
    """A new recovery code, shown once; the old one stops working."""
    from relate_desktop.services import privacy

    dialog = SecretFormDialog(
        QCoreApplication.translate("privacy_dialogs", "New recovery code"),
        QCoreApplication.translate(
            "privacy_dialogs",
            "Your old recovery code will stop working. Type your passphrase to go on.",
        ),
        lambda values: privacy.replace_recovery_code(household, person_id, values["current"]),
        runner,
        parent,
        ask_current=True,
        ask_new=False,
    )
    if dialog.exec() == QDialog.DialogCode.Accepted:
        show_recovery_code(parent, household.name_of(person_id), dialog.result_value)


def add_partner(parent: QWidget, household: Household, runner: TaskRunner) -> bool:
    """Add a second person; with a passphrase they get a private space and a code."""
    from relate_desktop.services import privacy

    protected = household.info.shared_protected
    intro = QCoreApplication.translate(
        "privacy_dialogs",
        "Your partner gets their own private space, locked with their own passphrase.",
    )
    if not protected:
        intro += " " + QCoreApplication.translate(
            "privacy_dialogs", "Leave the passphrase empty to skip it for now."
        )
    dialog = SecretFormDialog(
        QCoreApplication.translate("privacy_dialogs", "Add your partner"),
        intro,
        lambda values: privacy.add_person(household, values["name"], values["new"] or None),
        runner,
        parent,
        ask_name=True,
        new_optional=not protected,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    person, code = dialog.result_value
    show_recovery_code(parent, person.name, code)
    return True
