"""When something went wrong with the files: the damaged-file screen (offering the newest good
backup) and the Restore screen (every backup, by date)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.clock import Clock
from relate_desktop.domain.errors import CorruptDatabase
from relate_desktop.paths import DataPaths
from relate_desktop.services import maintenance
from relate_desktop.services.household import Household
from relate_desktop.ui.appearance import tone
from relate_desktop.ui.components import note
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.widgets import heading, paragraph

NAME_ROLE = Qt.ItemDataRole.UserRole
REASONS = {
    "daily": str(QT_TRANSLATE_NOOP("RestoreDialog", "first start of the day")),
    "manual": str(QT_TRANSLATE_NOOP("RestoreDialog", "made by hand")),
    "before-import": str(QT_TRANSLATE_NOOP("RestoreDialog", "before an import")),
    "before-upgrade": str(QT_TRANSLATE_NOOP("RestoreDialog", "before an update")),
    "before-restore": str(QT_TRANSLATE_NOOP("RestoreDialog", "before a restore")),
}


def when(moment: datetime) -> str:
    """A date people read at a glance: 'Sunday 22 November 2026, 09:30' (in their language)."""
    return local_text(moment, "dddd d MMMM yyyy, HH:mm")


def _space_label(error: CorruptDatabase, household_names: dict[str, str]) -> str:
    if error.space and error.space.startswith("vault-"):
        name = household_names.get(error.space.removeprefix("vault-"))
        if name:
            return QCoreApplication.translate("DamagedFileScreen", "{name}'s private space").format(
                name=name
            )
        return QCoreApplication.translate("DamagedFileScreen", "a private space")
    return QCoreApplication.translate("DamagedFileScreen", "the shared space")


class DamagedFileScreen(QDialog):
    """Says in plain words that a file is damaged, that nothing was written to it, and offers
    the newest good backup. Accepted when the person chose to restore it."""

    def __init__(
        self,
        error: CorruptDatabase,
        names: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("damagedFileScreen")
        self.setWindowTitle(self.tr("A Relate file is damaged"))
        self.setMinimumWidth(560)
        self.error = error
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE["m"])
        layout.addWidget(heading(self.tr("One of your Relate files is damaged"), "damagedTitle"))
        where = _space_label(error, names or {})
        layout.addWidget(
            paragraph(
                self.tr(
                    "Relate can't read {where} safely. This can happen after a power cut or a "
                    "disk problem. Relate has not changed the damaged file and won't write to "
                    "it, so nothing in it is lost by waiting."
                ).format(where=where),
                "damagedExplanation",
            )
        )
        if error.backup and error.backup_made_at:
            offer = paragraph(
                self.tr(
                    "Your newest good backup is from {date}. Restoring it brings back "
                    "everything as it was then. The damaged file is kept aside in the "
                    "backups folder, untouched."
                ).format(date=when(error.backup_made_at)),
                "damagedOffer",
            )
        else:
            offer = paragraph(
                self.tr(
                    "There is no good backup of it. Please keep the data folder as it is "
                    "and ask someone you trust with computers for help."
                ),
                "damagedOffer",
            )
        note(offer, "caution")
        layout.addWidget(offer)
        facts = [self.tr("Damaged file: {name}").format(name=error.file)] if error.file else []
        if error.backup:
            facts.append(self.tr("Backup: {name}").format(name=error.backup))
        details = paragraph("   ·   ".join(facts), "damagedDetails")
        details.setToolTip(error.message)
        details.setStyleSheet(f"color: {tone('muted')};")
        layout.addWidget(details)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("&Quit for now"))
        self.quit_button.setObjectName("damagedQuit")
        self.quit_button.clicked.connect(self.reject)
        buttons.addWidget(self.quit_button)
        self.restore_button = QPushButton(self.tr("&Restore the backup"))
        self.restore_button.setObjectName("restoreNewestBackup")
        self.restore_button.setVisible(bool(error.backup))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.accept)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)


def offer_recovery(
    parent: QWidget | None,
    paths: DataPaths,
    error: CorruptDatabase,
    clock: Clock,
    names: dict[str, str] | None = None,
) -> bool:
    """Show the damaged-file screen; True when the newest good backup was put back."""
    screen = DamagedFileScreen(error, names, parent)
    if screen.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        maintenance.recover_damaged(paths, error, clock)
    except Exception as failure:
        show_error(parent, failure)
        return False
    return True


class RestoreDialog(QDialog):
    """Every backup of the shared space and of the open private space, newest first, grouped
    by day. Restoring one backs up the current state first."""

    restored = Signal()

    def __init__(self, household: Household, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 460)
        self.household, self.runner = household, runner
        self._dates: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Restore from a backup")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Relate keeps a backup from the first start of each day and before every "
                    "import or update: the last ten, and one a month for a year. Restoring "
                    "one first backs up how things are now, so you can always go back."
                )
            )
        )
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.empty.setObjectName("noBackups")
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.back_up_button.setObjectName("backUpNow")
        buttons.addWidget(self.back_up_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._selected)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.back_up_button.clicked.connect(self.back_up)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        day: date | None = None
        person = self.household.private_person
        owner = self.household.name_of(person) if person else ""
        for item in maintenance.backups(self.household):
            if item.made_at.date() != day:
                day = item.made_at.date()
                header = QListWidgetItem(local_text(item.made_at, "dddd d MMMM yyyy"))
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            where = (
                self.tr("{name}'s private space").format(name=owner)
                if item.private
                else self.tr("Shared space")
            )
            reason = (
                QCoreApplication.translate("RestoreDialog", REASONS[item.reason])
                if item.reason in REASONS
                else item.reason
            )
            row = QListWidgetItem(
                f"    {local_text(item.made_at, 'HH:mm')}  ·  {where}  ·  {reason}"
            )
            row.setData(NAME_ROLE, item.name)
            self._dates[item.name] = when(item.made_at)
            row.setToolTip(item.name)
            self.list.addItem(row)
        self.empty.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)

    def _selected(self, item: QListWidgetItem | None) -> None:
        self.restore_button.setEnabled(item is not None and bool(item.data(NAME_ROLE)))

    def back_up(self) -> None:
        self.runner.run(
            lambda: maintenance.back_up(self.household),
            lambda _made: self.refresh(),
            lambda error: show_error(self, error),
        )

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        name = item.data(NAME_ROLE) if item is not None else None
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Everything in this space goes back to how it was on {date}. How things are "
                "now is backed up first, so you can come back to it."
            ).format(date=self._dates.get(name, "")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_result: object) -> None:
            self.restored.emit()
            self.accept()

        self.runner.run(
            lambda: maintenance.restore(self.household, name),
            done,
            lambda error: show_error(self, error),
        )
