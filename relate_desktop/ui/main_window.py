"""The main window: Home, Conflicts, Agreements and Journal, with the repair wizard a click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from relate_desktop import APP_NAME, __version__
from relate_desktop.domain.repair_flow import RepairState
from relate_desktop.services import maintenance, repair
from relate_desktop.services.household import Household
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.export_dialog import open_export_dialog
from relate_desktop.ui.home import HomePage
from relate_desktop.ui.journal_view import JournalPage
from relate_desktop.ui.records import AgreementsPage, ConflictsPage
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.wizard.wizard import RepairWizard

SECTIONS = ("Home", "Conflicts", "Agreements", "Journal")


class MainWindow(QMainWindow):
    def __init__(self, household: Household, current_person: str, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(1000, 700)
        self.household = household
        self.current_person = current_person
        self.runner = runner
        self.wizard: RepairWizard | None = None

        central = QWidget()
        layout = QHBoxLayout(central)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }"
        )
        self.stack = QStackedWidget()
        self.home = HomePage(household)
        self.conflicts = ConflictsPage(household)
        self.agreements = AgreementsPage(household)
        self.journal = JournalPage(household, current_person)
        for index, (title, page) in enumerate(
            zip(SECTIONS, (self.home, self.conflicts, self.agreements, self.journal), strict=True)
        ):
            self.nav.addItem(self.tr(title))
            self.nav.item(index).setToolTip(f"Ctrl+{index + 1}")
            self.stack.addWidget(page)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._section_changed)

        self.home.start_repair.connect(self.start_repair)
        self.home.write_journal.connect(lambda: self.show_section(3, new_entry=True))
        self.home.resume_repair.connect(self.resume_repair)
        self.home.open_agreement.connect(self.open_agreement)
        self.home.open_conflict.connect(self.open_conflict)
        self.agreements.export_pdf.connect(self.export_pdf)
        self._build_menus()
        self.show_section(0)
        self.statusBar().showMessage(self._protection_note())

    def _protection_note(self) -> str:
        if self.household.info.shared_protected:
            return self.tr("Your shared space is encrypted and locked with your passphrases.")
        return self.tr("Your data is encrypted on disk, but no passphrase protects it.")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Relate"))

        def action(
            menu_title: str,
            shortcut: str | QKeySequence.StandardKey | None,
            slot: object,
            name: str,
        ) -> QAction:
            act = QAction(menu_title, self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        file_menu.addAction(
            action(self.tr("Start a &repair"), "Ctrl+N", self.start_repair, "actionStartRepair")
        )
        file_menu.addAction(
            action(
                self.tr("Write in the &journal"),
                "Ctrl+J",
                lambda: self.show_section(3, new_entry=True),
                "actionJournal",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(action(self.tr("&Back up now"), None, self.back_up, "actionBackup"))
        file_menu.addSeparator()
        file_menu.addAction(
            action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "actionQuit")
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, title in enumerate(SECTIONS):
            view_menu.addAction(
                action(
                    self.tr(title),
                    f"Ctrl+{index + 1}",
                    lambda _=False, i=index: self.show_section(i),
                    f"actionSection{index}",
                )
            )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(action(self.tr("&About Relate"), None, self.about, "actionAbout"))

    def show_section(self, index: int, new_entry: bool = False) -> None:
        self.nav.setCurrentRow(index)
        self._section_changed(index)
        if new_entry:
            self.journal.new_entry()

    def _section_changed(self, index: int) -> None:
        if index < 0:
            return
        if self.stack.currentWidget() is self.journal and index != 3:
            self.journal.save()
        self.stack.setCurrentIndex(index)
        refresh = getattr(self.stack.currentWidget(), "refresh", None)
        try:
            if refresh is not None:
                refresh()
        except Exception as error:
            show_error(self, error)

    def refresh(self) -> None:
        self._section_changed(self.stack.currentIndex())

    # Repairs ----------------------------------------------------------------------------------

    def start_repair(self) -> None:
        self._open_wizard(repair.start_repair(self.household, self.current_person))

    def resume_repair(self, repair_id: str) -> None:
        try:
            state = repair.resume_repair(self.household, repair_id)
        except Exception as error:
            show_error(self, error)
            return
        self._open_wizard(state)

    def _open_wizard(self, state: RepairState) -> None:
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return
        self.wizard = RepairWizard(self.household, state, self.runner, self)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.finished.connect(lambda _result: self.refresh())
        self.wizard.destroyed.connect(lambda: setattr(self, "wizard", None))
        self.wizard.show()

    def open_agreement(self, agreement_id: str) -> None:
        self.show_section(2)
        self.agreements.select(agreement_id)

    def open_conflict(self, conflict_id: str) -> None:
        self.show_section(1)
        self.conflicts.select(conflict_id)

    def export_pdf(self, agreement_id: str) -> None:
        def saved(path: Path) -> None:
            self.statusBar().showMessage(
                self.tr("Saved the PDF to {path}").format(path=path), 10000
            )

        open_export_dialog(self, self.household, agreement_id, self.runner, saved)

    def back_up(self) -> None:
        def done(paths: list[Path]) -> None:
            self.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=paths[0]), 10000
            )

        self.runner.run(
            lambda: maintenance.back_up(self.household), done, lambda e: show_error(self, e)
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Relate"),
            self.tr(
                "<h3>Relate {version}</h3><p>A companion for repair after a fight, for keeping "
                "promises, and for journaling. Your data stays on this computer, encrypted with "
                "SQLCipher.</p><p>Fonts in the agreement PDF: DejaVu (Bitstream Vera licence), "
                "Noto Sans Hebrew, Noto Sans Arabic and Noto Emoji (SIL Open Font License), "
                "Droid Sans Fallback (Apache 2.0). Built with Qt for Python (LGPL), SQLAlchemy, "
                "Alembic, ReportLab, python-bidi and arabic-reshaper.</p>"
            ).format(version=__version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.journal.save()
        if self.wizard is not None:
            self.wizard.close()
        super().closeEvent(event)
