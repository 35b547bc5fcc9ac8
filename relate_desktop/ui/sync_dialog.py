"""Relate → Sync with another computer…: set sync up (a folder the couple already keeps in step
between their computers, and this computer's name), then see how it goes: the folder, when it
last synced and from which computer, the other computers (Remove), Sync now, and Stop syncing
on this computer. Errors in plain words, with nothing changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.errors import RelateError
from relate_desktop.services import sync, sync_settings
from relate_desktop.services.household import Household
from relate_desktop.ui.components import card, muted, note, padded, primary, quiet, section_header
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.sync_keeper import MISSING, RETIRED, SyncKeeper
from relate_desktop.ui.widgets import fit_to_screen, heading, paragraph


def folder_row(parent: QWidget, field: QLineEdit, browse: QPushButton) -> QHBoxLayout:
    """A folder field with its Browse… button (the chosen folder goes into the field)."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(browse)

    def choose() -> None:
        start = field.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            parent, parent.tr("Choose the sync folder"), start
        )
        if chosen:
            field.setText(chosen)
            field.editingFinished.emit()

    browse.clicked.connect(choose)
    return row


def typed_folder(field: QLineEdit) -> Path | None:
    text = field.text().strip()
    return Path(text).expanduser() if text else None


class SyncDialog(QDialog):
    def __init__(self, household: Household, keeper: SyncKeeper, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Sync with another computer"))
        self.household, self.keeper = household, keeper
        layout = padded(QVBoxLayout(self), "l", "m")
        self.stack = QStackedWidget()
        self.setup_page = self._setup_page()
        self.syncing_page = self._syncing_page()
        self.stack.addWidget(self.setup_page)
        self.stack.addWidget(self.syncing_page)
        layout.addWidget(self.stack, 1)
        self.error = note(QLabel(), "caution")
        self.error.setObjectName("syncError")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.stop_button = QPushButton(self.tr("Stop syncing on this computer"))
        quiet(self.stop_button)
        self.stop_button.setObjectName("syncStop")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("syncClose")
        self.now_button = QPushButton(self.tr("Sync now"))
        primary(self.now_button)
        self.now_button.setObjectName("syncNow")
        self.start_button = QPushButton(self.tr("Start syncing"))
        primary(self.start_button)
        self.start_button.setObjectName("syncStart")
        row.addWidget(self.stop_button)
        row.addStretch(1)
        for button in (self.close_button, self.now_button, self.start_button):
            row.addWidget(button)
        layout.addLayout(row)
        for button in (self.stop_button, self.close_button, self.browse):
            button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        self.start_button.clicked.connect(self.start_syncing)
        self.now_button.clicked.connect(keeper.sync_now)
        self.stop_button.clicked.connect(self.stop_syncing)
        keeper.changed.connect(self._refresh)
        self.setMinimumWidth(560)
        self._show_page(syncing=keeper.configured() and keeper.problem != RETIRED)
        fit_to_screen(self, 620, 460)

    # Setting up -----------------------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE["m"])
        layout.addWidget(heading(self.tr("Use Relate on both of your computers"), "syncTitle"))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Pick a folder you already keep in step between your computers, with "
                    "Syncthing, Nextcloud, Dropbox or a USB stick. Relate encrypts everything "
                    "it puts there with your passphrases, and never connects to the internet "
                    "itself."
                ),
                "syncIntro",
            )
        )
        self.protect_note = note(
            QLabel(
                self.tr(
                    "Sync needs a passphrase for each person: the folder is shared with other "
                    "computers, so everything in it is encrypted, and without passphrases "
                    "there is nothing to encrypt it with. This household was set up without "
                    "passphrases; set them first."
                )
            ),
            "caution",
        )
        self.protect_note.setObjectName("syncNeedsPassphrases")
        self.protect_note.setVisible(not self.household.info.shared_protected)
        layout.addWidget(self.protect_note)
        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("syncFolder")
        self.folder.setPlaceholderText(self.tr("For example ~/Sync"))
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("syncBrowse")
        self.browse.setAccessibleName(self.tr("Choose the sync folder"))
        form.addRow(self.tr("Sync &folder"), folder_row(self, self.folder, self.browse))
        self.device_name = QLineEdit()
        self.device_name.setObjectName("syncDeviceName")
        self.device_name.setMaxLength(sync_settings.MAX_DEVICE_NAME)
        self.device_name.setAccessibleName(self.tr("This computer's name"))
        form.addRow(self.tr("This computer's &name"), self.device_name)
        for row, field in enumerate((self.folder, self.device_name)):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setBuddy(field)
        layout.addLayout(form)
        layout.addWidget(
            muted(
                paragraph(
                    self.tr("The other computer sees this name, so pick one you both recognise."),
                    "syncNameHint",
                )
            )
        )
        layout.addStretch(1)
        return page

    def start_syncing(self) -> None:
        self._say("")
        folder = typed_folder(self.folder)
        if folder is None:
            self._say(self.tr("Choose the folder to sync through first."), self.folder)
            return
        if not folder.is_dir():
            self._say(
                self.tr(
                    "There is no folder at {path}. If it is on a drive, connect it; otherwise "
                    "choose a folder that exists."
                ).format(path=folder),
                self.folder,
            )
            return
        try:
            if self.keeper.problem == RETIRED:
                sync.stop_sync(self.household.paths)  # removed elsewhere: come back as new
            sync.start_sync(self.household, folder, self.device_name.text())
        except RelateError as error:
            self._say(error.message, self.folder)
            return
        except OSError as error:
            show_error(self, error)
            return
        self.keeper.stop()
        self.keeper.problem = self.keeper.problem_message = ""
        self._show_page(syncing=True)
        self.keeper.start()

    # Syncing --------------------------------------------------------------------------------

    def _syncing_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE["m"])
        layout.addWidget(heading(self.tr("Syncing with your other computers"), "syncingTitle"))
        self.problem = note(QLabel(), "caution")
        self.problem.setObjectName("syncProblem")
        layout.addWidget(self.problem)
        self.choose_again = QPushButton(self.tr("Choose the folder again…"))
        self.choose_again.setObjectName("syncChooseAgain")
        self.choose_again.clicked.connect(self._choose_again)
        layout.addWidget(self.choose_again, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.folder_shown = QLabel()
        self.folder_shown.setObjectName("syncFolderShown")
        self.folder_shown.setWordWrap(True)
        self.folder_shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.device_shown = QLabel()
        self.device_shown.setObjectName("syncDeviceShown")
        self.last_shown = QLabel()
        self.last_shown.setObjectName("syncLastShown")
        self.last_shown.setWordWrap(True)
        form.addRow(self.tr("Folder"), self.folder_shown)
        form.addRow(self.tr("This computer"), self.device_shown)
        form.addRow(self.tr("Last synced"), self.last_shown)
        layout.addLayout(form)
        layout.addWidget(section_header(self.tr("Your other computers"), "syncOthersHeader"))
        self.others = QVBoxLayout()
        layout.addLayout(self.others)
        layout.addStretch(1)
        return page

    def _show_page(self, syncing: bool) -> None:
        self.stack.setCurrentWidget(self.syncing_page if syncing else self.setup_page)
        self.start_button.setVisible(not syncing)
        self.now_button.setVisible(syncing)
        self.stop_button.setVisible(syncing)
        self.start_button.setDefault(not syncing)
        self.now_button.setDefault(syncing)
        if syncing:
            self._refresh()
        else:
            status = self.keeper.status
            config = sync_settings.load(self.household.paths)
            if config is not None and not self.folder.text():
                self.folder.setText(str(config.folder))
            self.device_name.setText(
                status.device_name
                if status is not None
                else config.device_name
                if config is not None
                else sync_settings.default_device_name()
            )
            shut = not self.household.info.shared_protected
            for widget in (self.folder, self.browse, self.device_name, self.start_button):
                widget.setEnabled(not shut)
            (self.protect_note if shut else self.folder).setFocus()

    def _refresh(self) -> None:
        if self.stack.currentWidget() is not self.syncing_page:
            return
        keeper, status = self.keeper, self.keeper.status
        problem = {
            MISSING: self.tr(
                "The sync folder isn't there. If it is on a drive, connect it; otherwise "
                "choose the folder again."
            ),
            RETIRED: self.tr(
                "This computer was removed from sync on another computer. Choose the folder "
                "again to sync it as a new computer."
            ),
        }.get(keeper.problem, keeper.problem_message)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.choose_again.setVisible(keeper.problem in (MISSING, RETIRED))
        self.now_button.setEnabled(not keeper.running)
        self.now_button.setText(self.tr("Syncing…") if keeper.running else self.tr("Sync now"))
        if status is None:
            return
        self.folder_shown.setText(str(status.folder))
        self.device_shown.setText(status.device_name)
        if status.last_round is None:
            last = self.tr("Not yet")
        else:
            last = keeper.ago(status.last_round)
            source = keeper.latest_source()
            if source:
                last = self.tr("{when}, with changes from {computer}").format(
                    when=last, computer=source
                )
        self.last_shown.setText(last)
        self._fill_others()

    def _fill_others(self) -> None:
        while self.others.count():
            item = self.others.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        status = self.keeper.status
        others = [d for d in status.others if not d.retired] if status else []
        if not others:
            self.others.addWidget(
                muted(
                    paragraph(
                        self.tr(
                            "No other computer syncs here yet. On the other computer, when "
                            "Relate first opens, choose “Use Relate on another computer” and "
                            "pick this folder."
                        ),
                        "syncNoOthers",
                    )
                )
            )
            return
        for index, device in enumerate(others):
            row = card(QFrame())
            row.setObjectName(f"syncOther{index}")
            line = padded(QHBoxLayout(row), "m", "m")
            words = QVBoxLayout()
            name = QLabel(device.name)
            name.setObjectName(f"syncOtherName{index}")
            heard = (
                self.tr("Last heard from {when}").format(when=self.keeper.ago(device.applied_at))
                if device.applied_at is not None
                else self.tr("Nothing from it yet")
            )
            words.addWidget(name)
            words.addWidget(muted(QLabel(heard)))
            line.addLayout(words, 1)
            remove = quiet(QPushButton(self.tr("Remove…")))
            remove.setObjectName(f"syncRemove{index}")
            remove.setAccessibleName(self.tr("Remove {computer}").format(computer=device.name))
            remove.clicked.connect(
                lambda _=False, d=device.device, n=device.name: self.remove(d, n)
            )
            line.addWidget(remove)
            self.others.addWidget(row)

    def remove(self, device: str, name: str) -> None:
        if not self._confirm(
            self.tr("Remove {computer}?").format(computer=name),
            self.tr(
                "{computer} stops syncing with this household. The changes it made stay, "
                "here and on your other computers. Do this for an old computer you no longer "
                "use; it can join again later as a new one."
            ).format(computer=name),
            "syncRemove",
            self.tr("Remove"),
            self.tr("Keep it"),
        ):
            return
        try:
            sync.retire_device(self.household, device)
        except (RelateError, OSError) as error:
            show_error(self, error)
            return
        self.keeper.refresh_status()
        self.keeper.sync_now()

    def _confirm(self, title: str, text: str, name: str, yes_text: str, keep_text: str) -> bool:
        """Ask before something that changes how this computer syncs; keeping is the default
        (Enter and Esc). The box is `{name}Confirm`, its buttons `{name}Yes` and keep."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName(f"{name}Confirm")
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName(f"{name}Yes")
        keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is yes

    def stop_syncing(self) -> None:
        if not self._confirm(
            self.tr("Stop syncing on this computer?"),
            self.tr(
                "Everything stays here as it is, and the sync folder keeps what it has; this "
                "computer just stops sending and receiving changes. You can start again later."
            ),
            "syncStop",
            self.tr("Stop syncing"),
            self.tr("Keep syncing"),
        ):
            return
        try:
            sync.stop_sync(self.household.paths)
        except (RelateError, OSError) as error:
            show_error(self, error)
            return
        self.keeper.turned_off()
        self._show_page(syncing=False)

    def _choose_again(self) -> None:
        self._show_page(syncing=False)
        self.folder.selectAll()
        self.folder.setFocus()

    def _say(self, message: str, field: QLineEdit | None = None) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        if message and field is not None:
            field.selectAll()
            field.setFocus()
