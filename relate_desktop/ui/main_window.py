"""The main window: Home, Conflicts, Agreements and Journal, with the repair wizard a click away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain.guide import text
from relate_desktop.domain.repair_flow import RepairState
from relate_desktop.domain.search import HitKind, SearchHit
from relate_desktop.services import (
    autostart,
    calendar,
    maintenance,
    preferences,
    privacy,
    repair,
    safety,
)
from relate_desktop.services.household import Household
from relate_desktop.ui.about import AboutDialog
from relate_desktop.ui.components import quiet, type_size
from relate_desktop.ui.display_menus import add_display_menus
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.home import HomePage
from relate_desktop.ui.icons import icon
from relate_desktop.ui.insights_view import InsightsPage
from relate_desktop.ui.journal_view import JournalPage
from relate_desktop.ui.lazy_pages import LazyPages
from relate_desktop.ui.privacy_dialogs import (
    add_partner,
    change_passphrase,
    open_private_space,
    replace_recovery_code,
)
from relate_desktop.ui.private_watch import PrivateWatch
from relate_desktop.ui.records import AgreementsPage, ConflictsPage
from relate_desktop.ui.recovery import RestoreDialog
from relate_desktop.ui.reminders import (
    JournalNudge,
    JournalReminder,
    JournalReminderDialog,
    ReminderBanner,
    Reminders,
)
from relate_desktop.ui.safety_check import SafetyCheckDialog
from relate_desktop.ui.saved_file import offer_saved_file
from relate_desktop.ui.sync_keeper import MISSING, RETIRED, SyncKeeper
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.time_out import TimeOutBanner, TimeOutDialog
from relate_desktop.ui.widgets import keep_place, place_window

if TYPE_CHECKING:  # these load when first opened, not at start-up (a benchmarked figure)
    from relate_desktop.ui.both_edited import BothEditedDialog
    from relate_desktop.ui.search_view import SearchDialog
    from relate_desktop.ui.sync_dialog import SyncDialog
    from relate_desktop.ui.wizard.wizard import RepairWizard

SECTION_ICONS = ("home", "conflicts", "agreements", "journal", "insights")
CONFLICTS = SECTION_ICONS.index("conflicts")
AGREEMENTS = SECTION_ICONS.index("agreements")
INSIGHTS = SECTION_ICONS.index("insights")
JOURNAL = SECTION_ICONS.index("journal")
SECTIONS = (
    str(QT_TRANSLATE_NOOP("MainWindow", "Home")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Conflicts")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Agreements")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Journal")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Insights")),
)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quick_hide_requested = Signal()
    auto_lock_changed = Signal()
    rebuild_requested = Signal()  # the language or colour scheme changed: draw a new window
    journal_editing_changed = Signal(str)  # the journal's entry in the editor (see JournalPage)

    def __init__(self, household: Household, current_person: str, runner: TaskRunner) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.household = household
        place_window(self, household.paths, 1000, 700, grow=0.72)
        self.current_person = current_person
        self.runner = runner
        self.wizard: RepairWizard | None = None
        self.search_dialog: SearchDialog | None = None
        self.offer_safety_check = True  # off in the run that set up the household together

        central = QWidget()
        self.setCentralWidget(central)  # first: what is added below is placed in it once
        outer = QVBoxLayout(central)
        self.banner = ReminderBanner(household)
        outer.addWidget(self.banner)
        self.time_out_banner = TimeOutBanner(household)
        outer.addWidget(self.time_out_banner)
        self.nudge = JournalNudge()
        outer.addWidget(self.nudge)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(20, 20))
        type_size(self.nav, "lead")
        self.stack = QStackedWidget()
        self.home = HomePage(household)
        # Only Home is made now: the other sections are made the first time they are shown
        # or asked for (an unlock shows Home and needs none of them).
        self.pages = LazyPages(self.stack)
        makers: tuple[QWidget | Callable[[], QWidget], ...] = (
            self.home,
            self._make_conflicts,
            self._make_agreements,
            self._make_journal,
            self._make_insights,
        )
        for index, (title, page) in enumerate(zip(SECTIONS, makers, strict=True)):
            self.nav.addItem(QListWidgetItem(icon(SECTION_ICONS[index]), self.tr(title)))
            self.nav.item(index).setToolTip(
                QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            )
            self.pages.add(page)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._section_changed)

        self.home.start_repair.connect(self.start_repair)
        self.home.write_journal.connect(lambda: self.show_section(3, new_entry=True))
        self.home.write_with_prompt.connect(self.write_with_prompt)
        self.home.time_out.connect(lambda: self.take_time_out())
        self.home.resume_repair.connect(self.resume_repair)
        self.home.open_agreement.connect(self.open_agreement)
        self.home.open_conflict.connect(self.open_conflict)
        self.home.check_in.connect(self.check_in)
        self.home.on_my_own.connect(self.on_my_own)
        self.banner.check_in.connect(self.check_in)
        self.reminders = Reminders(household, self.banner, self)
        self.reminders.changed.connect(self._reminders_changed)
        self.reminders.time_out_over.connect(lambda _item: self.time_out_banner.refresh())
        self.time_out_banner.resume.connect(self.resume_repair)
        self.time_out_banner.refresh()
        self.journal_reminder = JournalReminder(household, self.nudge, self)
        self.nudge.write.connect(lambda: self.show_section(3, new_entry=True))
        self._build_menus()
        self.show_section(0)
        self.private_status = QLabel()
        self.private_status.setObjectName("privateStatus")
        self.statusBar().addPermanentWidget(self.private_status)
        self.statusBar().showMessage(self._protection_note())
        self.closing_down = False  # locking or closing: nothing to refresh any more
        # Every view that can show private words saves on `closing` and drops on `closed`.
        self.private_watch = PrivateWatch(household, self)
        self.private_watch.closing.connect(self._journal_closing)
        self.private_watch.closed.connect(self._private_closed)
        self._show_private_status()
        self._build_sync()

    # Sections -------------------------------------------------------------------------------

    def _make_conflicts(self) -> ConflictsPage:
        page = ConflictsPage(self.household)
        page.add_turn.connect(self.add_turn)
        return page

    def _make_agreements(self) -> AgreementsPage:
        page = AgreementsPage(self.household)
        page.export_pdf.connect(self.export_pdf)
        page.check_in.connect(self.check_in)
        return page

    def _make_journal(self) -> JournalPage:
        page = JournalPage(self.household, self.runner)
        page.private_changed.connect(self.private_space_changed)
        page.unlock_requested.connect(self.unlock_private)
        page.editing_changed.connect(self.journal_editing_changed)
        return page

    def _make_insights(self) -> InsightsPage:
        return InsightsPage(self.household, self.current_person, self.runner)

    @property
    def conflicts(self) -> ConflictsPage:
        return self.pages.page(CONFLICTS, ConflictsPage)

    @property
    def agreements(self) -> AgreementsPage:
        return self.pages.page(AGREEMENTS, AgreementsPage)

    @property
    def journal(self) -> JournalPage:
        return self.pages.page(JOURNAL, JournalPage)

    @property
    def _journal(self) -> JournalPage | None:
        """The Journal section if it was made (nothing was written in one that was not)."""
        return self.pages.made(JOURNAL, JournalPage)

    def _save_journal(self) -> None:
        if self._journal is not None:  # never built: nothing written there
            self._journal.save()

    def _journal_closing(self, person_id: str) -> None:
        if self._journal is not None:
            self._journal.private_closing(person_id)

    @property
    def insights(self) -> InsightsPage:
        return self.pages.page(INSIGHTS, InsightsPage)

    @property
    def _insights(self) -> InsightsPage | None:
        return self.pages.made(INSIGHTS, InsightsPage)

    def _private_closed(self, person_id: str) -> None:
        """A private space closed, however it happened: drop its words from every view now
        (hidden ones too), then show what is left."""
        if self._journal is not None:
            self._journal.private_closed(person_id)
        if self._insights is not None:  # never built: nothing of it to drop
            self._insights.drop_results()
        if self.search_dialog is not None:
            self.search_dialog.drop_private()
        if not self.closing_down:
            self.private_space_changed()

    # Sync ---------------------------------------------------------------------------------------

    def _build_sync(self) -> None:
        """Rounds while this window is open (ui/sync_keeper.py), their status in the status bar
        (with the way to fix a missing folder), and Home's banner for records edited on both
        computers."""
        self.sync_keeper = SyncKeeper(self.household, self.runner, self)
        self.sync_started = False
        self.sync_status = QLabel()
        self.sync_status.setObjectName("syncStatus")
        self.sync_fix = quiet(QPushButton())
        self.sync_fix.setObjectName("syncFix")
        self.sync_fix.clicked.connect(self.open_sync)
        self.sync_line = QFrame()  # between whose private space is open and the sync line
        self.sync_line.setFrameShape(QFrame.Shape.VLine)
        for widget in (self.sync_line, self.sync_status, self.sync_fix):
            widget.hide()
        self.statusBar().addPermanentWidget(self.sync_line)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.sync_fix)
        self.sync_keeper.changed.connect(self._sync_changed)
        self.sync_keeper.received.connect(self._sync_received)
        self.home.both_edited.choose.connect(self.choose_both_edited)
        # A round on the worker reads the open private space: it ends before the space closes.
        self.private_watch.closing.connect(lambda _person: self.sync_keeper.wait_until_idle())

    def _sync_changed(self) -> None:
        keeper = self.sync_keeper
        line = keeper.status_line()
        self.sync_status.setText(line)
        self.sync_status.setAccessibleName(line)
        self.sync_status.setVisible(bool(line))
        self.sync_line.setVisible(bool(line))
        fix = {
            MISSING: self.tr("Choose the folder…"),
            RETIRED: self.tr("Sync again…"),
        }.get(keeper.problem, self.tr("Details…") if keeper.problem else "")
        self.sync_fix.setText(fix)
        self.sync_fix.setVisible(bool(fix))
        count = keeper.status.both_edited if keeper.status is not None else 0
        self.home.both_edited.show_count(count)

    def _sync_received(self) -> None:
        """Changes came from another computer: show them (a check-in answered there no
        longer reminds here)."""
        if self.closing_down:
            return
        self.reminders.check()
        self.time_out_banner.refresh()
        self.refresh()

    def open_sync(self) -> SyncDialog:
        from relate_desktop.ui.sync_dialog import SyncDialog

        dialog = SyncDialog(self.household, self.sync_keeper, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def choose_both_edited(self) -> BothEditedDialog:
        from relate_desktop.ui.both_edited import BothEditedDialog

        dialog = BothEditedDialog(self.household, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.settled.connect(self._settled)
        self.private_watch.closed.connect(dialog.reject)  # it may show private titles
        dialog.open()
        return dialog

    def _settled(self) -> None:
        """A version was chosen: show it, and send the choice to the other computers."""
        self.refresh()
        self.sync_keeper.refresh_status()
        self.sync_keeper.sync_now()

    def _protection_note(self) -> str:
        alone = len(self.household.people) == 1
        if self.household.info.shared_protected:
            return (
                self.tr("Your writing is encrypted and locked with your passphrase.")
                if alone
                else self.tr("Your shared space is encrypted and locked with your passphrases.")
            )
        return self.tr("Your data is encrypted on disk, but no passphrase protects it.")

    def private_space_changed(self) -> None:
        """Someone's private space opened or closed: say whose, and refresh what shows it."""
        self._show_private_status()
        self.refresh()

    def _show_private_status(self) -> None:
        person = self.household.private_person
        alone = len(self.household.people) == 1
        if person is not None:
            self.current_person = person
            self.private_status.setText(
                self.tr("Your private space is open")
                if alone
                else self.tr("{name}'s private space is open").format(
                    name=self.household.name_of(person)
                )
            )
        else:
            self.private_status.setText(
                self.tr("Your private space is locked")
                if alone
                else self.tr("Private spaces are locked")
            )
        if self._journal is not None:
            self._journal.follow_private_space()
        self.home.set_person(self.current_person)
        self._update_privacy_actions()

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
                self.tr("Take a &time-out…"),
                "Ctrl+T",
                lambda: self.take_time_out(),
                "actionTimeOut",
            )
        )
        file_menu.addAction(
            action(
                self.tr("Write in the &journal"),
                "Ctrl+J",
                lambda: self.show_section(3, new_entry=True),
                "actionJournal",
            )
        )
        file_menu.addAction(
            action(
                self.tr("&Search…"), QKeySequence.StandardKey.Find, self.open_search, "actionSearch"
            )
        )
        file_menu.addAction(
            action(
                self.tr("Add check-ins to my &calendar…"),
                None,
                self.export_calendar,
                "actionExportCalendar",
            )
        )
        file_menu.addAction(
            action(
                self.tr("Daily reminder to &write…"),
                None,
                self.choose_journal_reminder,
                "actionJournalReminder",
            )
        )
        file_menu.addAction(
            action(
                self.tr("S&ync with another computer…"),
                None,
                lambda: self.open_sync(),
                "actionSync",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(action(self.tr("&Back up now"), None, self.back_up, "actionBackup"))
        file_menu.addAction(
            action(self.tr("R&estore from a backup…"), None, self.restore_backup, "actionRestore")
        )
        if autostart.supported():
            self.autostart_action = action(
                self.tr("&Open Relate when I log in"), None, self.set_autostart, "actionAutostart"
            )
            self.autostart_action.setCheckable(True)
            self.autostart_action.setChecked(autostart.enabled())
            file_menu.addAction(self.autostart_action)
        file_menu.addSeparator()
        file_menu.addAction(
            action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "actionQuit")
        )
        self._build_privacy_menu(action)
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
        view_menu.addSeparator()
        add_display_menus(self, view_menu, self.household.paths, self.rebuild_requested.emit)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = action(
            self.tr("&Guide to the repair"),
            QKeySequence.StandardKey.HelpContents,
            self.guide,
            "actionGuide",
        )
        guide.setIcon(icon("guide"))
        help_menu.addAction(guide)
        help_menu.addAction(
            action(
                self.tr("Words we &use"), None, lambda: self.guide(glossary=True), "actionGlossary"
            )
        )
        help_menu.addSeparator()
        help_menu.addAction(action(self.tr("&About Relate"), None, self.about, "actionAbout"))

    def _build_privacy_menu(self, action: Callable[..., QAction]) -> None:
        menu = self.menuBar().addMenu(self.tr("&Privacy"))
        menu.setObjectName("privacyMenu")
        self.unlock_action = action(
            self.tr("&Unlock my private space…"),
            "Ctrl+U",
            self.unlock_private,
            "actionUnlockPrivate",
        )
        self.lock_private_action = action(
            self.tr("&Lock my private space"), None, self.lock_private, "actionLockPrivate"
        )
        lock_all = action(self.tr("Lock &everything"), "Ctrl+L", self.lock_requested, "actionLock")
        # Its shortcut shows beside it like the others (the application's event filter also
        # catches the keys in every other Relate window).
        quick = action(
            self.tr("&Quick hide"), "Ctrl+Shift+H", self.quick_hide_requested, "actionQuickHide"
        )
        self.change_action = action(
            self.tr("&Change my passphrase…"),
            None,
            self.change_passphrase,
            "actionChangePassphrase",
        )
        self.recovery_action = action(
            self.tr("New &recovery code…"), None, self.new_recovery_code, "actionRecoveryCode"
        )
        safety_action = action(
            self.tr("&Safety check…"), None, self.safety_check, "actionSafetyCheck"
        )
        self.partner_action = action(
            self.tr("&Add my partner…"), None, self.add_partner, "actionAddPartner"
        )
        self.private_use_action = QAction(text("safety.private_use_menu"), self, checkable=True)
        self.private_use_action.setObjectName("actionPrivateUse")
        self.private_use_action.toggled.connect(self.set_private_use)
        for item in (self.unlock_action, self.lock_private_action, lock_all, quick):
            menu.addAction(item)
        menu.addSeparator()
        for item in (self.change_action, self.recovery_action, safety_action, self.partner_action):
            menu.addAction(item)
        menu.addAction(self.private_use_action)
        menu.addSeparator()
        auto = menu.addMenu(self.tr("&Auto-lock after"))
        auto.setObjectName("autoLockMenu")
        chosen = preferences.load(self.household.paths).auto_lock_minutes
        group = QActionGroup(self)
        for minutes in preferences.AUTO_LOCK_CHOICES:
            label = (
                self.tr("Never")
                if minutes == 0
                else self.tr("{n} minutes").format(n=minutes)
                if minutes > 1
                else self.tr("1 minute")
            )
            item = QAction(label, self, checkable=True)
            item.setObjectName(f"autoLock{minutes}")
            item.setChecked(minutes == chosen)
            item.triggered.connect(lambda _=False, m=minutes: self.set_auto_lock(m))
            group.addAction(item)
            auto.addAction(item)

    def _update_privacy_actions(self) -> None:
        has_space = self.household.info.has_private_space(self.current_person)
        opened = self.household.private_person is not None
        self.lock_private_action.setEnabled(opened)
        self.change_action.setEnabled(has_space)
        self.recovery_action.setEnabled(has_space)
        self.partner_action.setVisible(len(self.household.people) < 2)
        self.private_use_action.blockSignals(True)
        self.private_use_action.setChecked(safety.private_use(self.household, self.current_person))
        self.private_use_action.blockSignals(False)

    def choose_person(self, title: str) -> str | None:
        """Whose private space: asks when there are two people."""
        people = self.household.people
        if len(people) == 1:
            return people[0].id
        names = [p.name for p in people]
        current = next((i for i, p in enumerate(people) if p.id == self.current_person), 0)
        name, ok = QInputDialog.getItem(self, title, self.tr("Who are you?"), names, current, False)
        return people[names.index(name)].id if ok else None

    def unlock_private(self) -> None:
        person = self.choose_person(self.tr("Unlock a private space"))
        if person is None:
            return
        self._save_journal()
        if open_private_space(self, self.household, person, self.runner):
            self.current_person = person
            self.private_space_changed()
            self.sync_keeper.sync_now()  # their private space syncs too, now it is open
            if self.offer_safety_check and safety.needs_check(self.household, person):
                self.open_safety_check(person)

    def lock_private(self) -> None:
        self._save_journal()
        privacy.lock_private(self.household)
        self.private_space_changed()

    def change_passphrase(self) -> None:
        change_passphrase(self, self.household, self.current_person, self.runner)

    def new_recovery_code(self) -> None:
        replace_recovery_code(self, self.household, self.current_person, self.runner)

    def safety_check(self) -> None:
        self.open_safety_check(self.current_person)

    def open_safety_check(self, person: str) -> None:
        dialog = SafetyCheckDialog(self.household, person, self)
        dialog.private_use_changed.connect(lambda _on: self.home.show_for_person())
        dialog.exec()
        self._update_privacy_actions()
        self.home.show_for_person()

    def on_my_own(self) -> None:
        """'I'm on my own now': the private check, for whoever says who they are."""
        person: str | None = self.current_person
        if self.household.private_person is None:
            person = self.choose_person(APP_NAME)  # a neutral title
        if person is None:
            return
        if person != self.current_person:
            self.current_person = person
            self._show_private_status()
        self.open_safety_check(person)

    def set_private_use(self, on: bool) -> None:
        safety.set_private_use(self.household, self.current_person, on)
        self.home.show_for_person()

    def add_partner(self) -> None:
        if add_partner(self, self.household, self.runner):
            self.private_space_changed()

    def set_auto_lock(self, minutes: int) -> None:
        preferences.update(self.household.paths, auto_lock_minutes=minutes)
        self.auto_lock_changed.emit()

    def prepare_to_lock(self) -> None:
        """Save whatever is being written; private answers in a repair go to their vault."""
        self.closing_down = True
        self.sync_keeper.stop()
        self._save_journal()
        if self.wizard is not None:
            self.wizard.save_and_close()

    def show_section(self, index: int, new_entry: bool = False) -> None:
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)  # -> currentRowChanged -> _section_changed, once
        else:
            self._section_changed(index)  # the same section again: refresh it
        if new_entry:
            self.journal.new_entry()

    def write_with_prompt(self, prompt: str) -> None:
        """Home's prompt of the day: a new journal entry with that prompt chosen."""
        self.show_section(3, new_entry=True)
        choice = self.journal.prompt.findData(prompt)
        if choice >= 0:
            self.journal.prompt.setCurrentIndex(choice)

    def _section_changed(self, index: int) -> None:
        if index < 0:
            return
        leaving = self._journal is not None and self.stack.currentWidget() is self._journal
        if leaving and index != JOURNAL:
            self._save_journal()
        self.pages.page(index)  # made now, in its place, if it never was
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

    def take_time_out(self, repair_id: str | None = None) -> TimeOutDialog:
        """Call a responsible time-out (from the menu, Home, or a repair's own button)."""
        dialog = TimeOutDialog(self.household, self.current_person, repair_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.time_out_banner.refresh)
        dialog.open()
        return dialog

    def add_turn(self, conflict_id: str) -> None:
        """Another turn in a stored conflict, from its page: straight to who speaks now."""
        try:
            state = repair.start_turn(self.household, conflict_id, self.current_person)
        except Exception as error:
            show_error(self, error)
            return
        self._open_wizard(state)

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
        self._save_journal()  # before turns in the repair can close a private space
        from relate_desktop.ui.wizard.wizard import RepairWizard

        self.wizard = RepairWizard(self.household, state, self.runner, self)
        self.wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard.finished.connect(lambda _result: self.refresh())
        self.wizard.private_changed.connect(self.private_space_changed)
        self.wizard.time_out_called.connect(lambda _item: self.time_out_banner.refresh())
        self.private_watch.closing.connect(self.wizard.private_closing)
        self.private_watch.closed.connect(self.wizard.private_closed)
        self.wizard.destroyed.connect(lambda: setattr(self, "wizard", None))
        self.wizard.show()

    def open_agreement(self, agreement_id: str) -> None:
        self.show_section(2)
        self.agreements.select(agreement_id)

    def open_conflict(self, conflict_id: str) -> None:
        self.show_section(1)
        self.conflicts.select(conflict_id)

    def open_search(self) -> None:
        """The search box (Ctrl+F); one at a time, kept until the window closes."""
        if self.search_dialog is None:
            from relate_desktop.ui.search_view import SearchDialog

            self.search_dialog = SearchDialog(self.household, self)
            self.search_dialog.open_hit.connect(self.open_hit)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.box.setFocus()
        self.search_dialog.box.selectAll()

    def open_hit(self, hit: SearchHit) -> None:
        if hit.kind is HitKind.AGREEMENT:
            self.open_agreement(hit.item_id)
        elif hit.kind is HitKind.JOURNAL:
            self.show_section(3)
            self.journal.open_entry(hit.item_id)
        else:  # a conflict, or something said in it
            self.open_conflict(hit.parent_id)

    def export_pdf(self, agreement_id: str) -> None:
        def saved(path: Path) -> None:
            self.statusBar().showMessage(
                self.tr("Saved the PDF to {path}").format(path=path), 10000
            )
            offer_saved_file(self, path)

        from relate_desktop.ui.export_dialog import open_export_dialog

        open_export_dialog(self, self.household, agreement_id, self.runner, saved)

    def check_in(self, follow_up_id: str) -> None:
        """Open the check-in screen; afterwards the pages that show check-ins are refreshed."""
        from relate_desktop.ui.check_in import CheckInDialog  # on first use, not at start-up

        try:
            dialog = CheckInDialog(self.household, follow_up_id, self)
        except Exception as error:
            show_error(self, error)
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._checked_in)
        dialog.open()

    def _checked_in(self) -> None:
        key = "saved_couple" if len(self.household.people) > 1 else "saved_solo"
        self.statusBar().showMessage(text(f"check_in.{key}"), 10000)
        self.reminders.check()
        self.refresh()

    def _reminders_changed(self) -> None:
        if self.stack.currentWidget() is self.home:
            self.home.refresh()

    def export_calendar(self) -> None:
        start = str(Path.home() / "relate-check-ins.ics")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Add check-ins to my calendar"), start, self.tr("Calendar (*.ics)")
        )
        if not name:
            return
        out = Path(name if name.lower().endswith(".ics") else f"{name}.ics")

        def done(count: int) -> None:
            self.statusBar().showMessage(
                self.tr(
                    "Saved %n check-in(s) to {path}. Open it with your calendar app.", "", count
                ).format(path=out),
                10000,
            )

        self.runner.run(
            lambda: calendar.export_calendar(self.household, out),
            done,
            lambda e: show_error(self, e),
        )

    def choose_journal_reminder(self) -> None:
        dialog = JournalReminderDialog(self, self.household)
        if dialog.exec() == JournalReminderDialog.DialogCode.Accepted:
            self.journal_reminder.reminded_on = None
            self.journal_reminder.check()
        dialog.deleteLater()

    def set_autostart(self, on: bool) -> None:
        try:
            autostart.set_enabled(on)
        except Exception as error:
            show_error(self, error)
        self.autostart_action.setChecked(autostart.enabled())

    def back_up(self) -> None:
        def done(paths: list[Path]) -> None:
            self.statusBar().showMessage(
                self.tr("Backed up to {path}").format(path=paths[0]), 10000
            )

        self.runner.run(
            lambda: maintenance.back_up(self.household), done, lambda e: show_error(self, e)
        )

    def restore_backup(self) -> None:
        """The Restore screen; what is being written is saved first, and shown afresh after."""
        self.prepare_to_lock()
        dialog = RestoreDialog(self.household, self.runner, self)
        dialog.restored.connect(self._restored)
        dialog.exec()

    def _restored(self) -> None:
        if self._journal is not None:
            self._journal.new_entry()
        self.refresh()
        self.statusBar().showMessage(self.tr("Restored the backup."), 10000)

    def guide(self, glossary: bool = False) -> None:
        from relate_desktop.ui.help_guide import HelpDialog  # loads when first asked for

        dialog = HelpDialog(self)
        if glossary:
            dialog.show_glossary()
        dialog.exec()

    def about(self) -> None:
        AboutDialog(self).exec()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.reminders.timer.isActive():
            self.reminders.start()
        if not self.journal_reminder.timer.isActive():
            self.journal_reminder.start()
        if not self.sync_started and not self.closing_down:
            self.sync_started = True
            self.sync_keeper.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        keep_place(self, self.household.paths)
        self.reminders.stop()
        self.journal_reminder.stop()
        self.prepare_to_lock()
        super().closeEvent(event)
