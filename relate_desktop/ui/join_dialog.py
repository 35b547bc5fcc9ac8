"""Use Relate on another computer (from the welcome screen): the sync folder the first computer
already syncs through, then who you are, your passphrase (or recovery code) and this
computer's name. Joining runs on the worker; a wrong passphrase changes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.clock import Clock, SystemClock
from relate_desktop.domain.errors import RelateError, WrongPassphrase
from relate_desktop.domain.models import Person
from relate_desktop.paths import DataPaths
from relate_desktop.services import sync, sync_settings
from relate_desktop.services.household import Household
from relate_desktop.ui.components import muted, note, padded, primary
from relate_desktop.ui.sync_dialog import folder_row, typed_folder
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.widgets import fit_to_screen, heading, paragraph


class JoinDialog(QDialog):
    """Accepted once this data folder holds the household, with `household` (the chosen
    person unlocked) and `person_id` set."""

    def __init__(
        self,
        paths: DataPaths,
        runner: TaskRunner,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(self.tr("Use Relate on another computer"))
        self.paths, self.runner = paths, runner
        self.clock = clock or SystemClock()
        self.household: Household | None = None
        self.person_id = ""
        self.people: tuple[Person, ...] = ()
        self.busy = False

        layout = padded(QVBoxLayout(self), "l", "m")
        layout.addWidget(heading(self.tr("Use Relate on another computer"), "joinTitle"))
        layout.addWidget(
            paragraph(
                self.tr(
                    "On the computer that already has Relate, choose Relate → Sync with another "
                    "computer… and pick a folder you keep in step between your computers "
                    "(Syncthing, Nextcloud, Dropbox or a USB stick). Then pick that same folder "
                    "here."
                ),
                "joinIntro",
            )
        )
        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("joinFolder")
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.folder.setPlaceholderText(self.tr("For example ~/Sync"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("joinBrowse")
        self.browse.setAccessibleName(self.tr("Choose the sync folder"))
        self.look = QPushButton(self.tr("&Look in this folder"))
        self.look.setObjectName("joinLook")
        folder_label = QLabel(self.tr("Sync &folder"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row(self, self.folder, self.browse))
        look_row = QHBoxLayout()
        look_row.addWidget(self.look)
        look_row.addStretch(1)
        form.addRow("", look_row)
        layout.addLayout(form)

        self.who = QGroupBox(self.tr("Who are you?"))
        self.who.setObjectName("joinWho")
        self.who_layout = QHBoxLayout(self.who)
        self.who_group = QButtonGroup(self)
        layout.addWidget(self.who)
        self.details = QWidget()
        details = QFormLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("joinPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Your passphrase or recovery code"))
        secret_label = QLabel(self.tr("Your &passphrase"))
        secret_label.setBuddy(self.passphrase)
        details.addRow(secret_label, self.passphrase)
        details.addRow("", muted(QLabel(self.tr("Forgot it? Type your recovery code instead."))))
        self.device_name = QLineEdit(sync_settings.default_device_name())
        self.device_name.setObjectName("joinDeviceName")
        self.device_name.setMaxLength(sync_settings.MAX_DEVICE_NAME)
        self.device_name.setAccessibleName(self.tr("This computer's name"))
        name_label = QLabel(self.tr("This computer's &name"))
        name_label.setBuddy(self.device_name)
        details.addRow(name_label, self.device_name)
        layout.addWidget(self.details)

        self.progress = QProgressBar()
        self.progress.setObjectName("joinBusy")
        self.progress.setRange(0, 0)  # moving, with no end known
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Setting up this computer…"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = note(QLabel(), "caution")
        self.message.setObjectName("joinError")
        self.message.hide()
        layout.addWidget(self.message)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("joinCancel")
        self.join_button = QPushButton(self.tr("&Join"))
        primary(self.join_button)
        self.join_button.setObjectName("joinStart")
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.join_button)
        layout.addLayout(buttons)

        self.cancel_button.clicked.connect(self.reject)
        self.join_button.clicked.connect(self.join)
        self.look.clicked.connect(self.look_in_folder)
        self.folder.returnPressed.connect(self.look_in_folder)
        self.folder.textEdited.connect(lambda _text: self._show_people(()))
        self.browse.clicked.connect(lambda: self.look_in_folder() if self.folder.text() else None)
        self.join_button.setDefault(True)
        for button in (self.browse, self.look, self.cancel_button):
            button.setAutoDefault(False)
        self._show_people(())
        self.setMinimumWidth(560)
        fit_to_screen(self, 600, 480)

    # The folder and the people --------------------------------------------------------------

    def look_in_folder(self) -> None:
        if self.busy:
            return
        self._say("")
        folder = typed_folder(self.folder)
        if folder is None:
            self._say(self.tr("Choose the sync folder first."))
            self.folder.setFocus()
            return
        if not folder.is_dir():
            self._say(
                self.tr(
                    "There is no folder at {path}. If it is on a drive, connect it; otherwise "
                    "choose the folder again."
                ).format(path=folder)
            )
            self.folder.setFocus()
            return
        try:
            people = sync.published_people(folder)
        except (RelateError, OSError) as error:
            self._show_people(())
            self._say(
                error.message
                if isinstance(error, RelateError)
                else self.tr("Relate can't read that folder.")
            )
            return
        self._show_people(people)

    def _show_people(self, people: tuple[Person, ...]) -> None:
        self.people = people
        for button in self.who_group.buttons():
            self.who_group.removeButton(button)
            self.who_layout.removeWidget(button)
            button.deleteLater()
        while self.who_layout.count():
            self.who_layout.takeAt(0)
        for index, person in enumerate(people):
            choice = QRadioButton(person.name)
            choice.setObjectName(f"joinPerson{index}")
            choice.setAccessibleName(person.name)
            self.who_group.addButton(choice, index)
            self.who_layout.addWidget(choice)
            choice.toggled.connect(lambda on: self._person_chosen() if on else None)
        self.who_layout.addStretch(1)
        if len(people) == 1:
            self.who_group.buttons()[0].setChecked(True)
        self.who.setVisible(bool(people))
        self.details.setVisible(bool(people))
        self._refresh_buttons()
        if len(people) > 1:
            self.who_group.buttons()[0].setFocus()
        elif people:
            self.passphrase.setFocus()

    def _person_chosen(self) -> None:
        self._refresh_buttons()
        self.passphrase.setFocus()

    def chosen(self) -> Person | None:
        index = self.who_group.checkedId()
        return self.people[index] if 0 <= index < len(self.people) else None

    def _refresh_buttons(self) -> None:
        self.join_button.setEnabled(self.chosen() is not None and not self.busy)
        for widget in (self.folder, self.browse, self.look, self.who, self.details):
            widget.setEnabled(not self.busy)
        self.cancel_button.setEnabled(not self.busy)

    # Joining --------------------------------------------------------------------------------

    def join(self) -> None:
        person, folder = self.chosen(), typed_folder(self.folder)
        if self.busy or person is None or folder is None:
            return
        secret = self.passphrase.text()
        if not secret:
            self._say(self.tr("Type your passphrase or recovery code."))
            self.passphrase.setFocus()
            return
        self.passphrase.clear()  # off the screen at once
        name = self.device_name.text()
        paths, clock = self.paths, self.clock
        self._busy(True)

        def done(result: Any) -> None:
            self._busy(False)
            self.household, _summary = result
            self.person_id = person.id
            self.accept()

        def failed(error: BaseException) -> None:
            self._busy(False)
            if isinstance(error, WrongPassphrase):
                self._say(
                    self.tr(
                        "That isn't {name}'s passphrase or recovery code. Nothing was changed; "
                        "try again."
                    ).format(name=person.name)
                )
                self.passphrase.setFocus()
                return
            if not isinstance(error, RelateError | OSError):
                raise error
            self._say(
                error.message
                if isinstance(error, RelateError)
                else self.tr("Relate couldn't set up this computer: {reason}").format(
                    reason=error.strerror or error
                )
            )

        self.runner.run(
            lambda: sync.join(paths, folder, person.name, secret, clock, name), done, failed
        )

    def _busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        self._say(self.tr("Setting up this computer…") if busy else "", calm=True)
        self._refresh_buttons()

    def _say(self, message: str, calm: bool = False) -> None:
        note(self.message, "info" if calm else "caution")
        self.message.setText(message)
        self.message.setVisible(bool(message))

    def reject(self) -> None:
        if self.busy:
            return  # joining finishes (or is undone) first
        self.passphrase.clear()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.folder.hasFocus():
            return  # Enter in the folder field looks in it; it never joins
        super().keyPressEvent(event)
