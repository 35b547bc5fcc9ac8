"""The app's session: first run or unlock, the main window, and locking. Locking saves what is
being written, closes every dialog and window that could show private text, closes the spaces
and shows a neutral screen. Idle time and the quick-hide shortcut both lock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from relate_desktop import APP_NAME
from relate_desktop.domain.clock import Clock
from relate_desktop.domain.errors import CorruptDatabase, RelateError
from relate_desktop.paths import DataPaths
from relate_desktop.services import preferences
from relate_desktop.services.household import (
    FolderClaim,
    Household,
    HouseholdInfo,
    household_info,
    open_household,
)
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.painted import after_first_paint
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.warm_up import WarmUp, load_services

if TYPE_CHECKING:
    from relate_desktop.ui.lock_screen import LockScreen
    from relate_desktop.ui.main_window import MainWindow
    from relate_desktop.ui.opening import OpeningWindow

# Paint first, load after (docs/performance.md): the welcome, unlock or opening window shows
# with only what it needs (each imported when it is the one shown); the main window, the
# services behind it and the ORM load after it is painted (ui/warm_up.py), or when first
# needed, and so does the application-wide event filter (quick hide, idle time).

QUICK_HIDE = "Ctrl+Shift+H"
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}
T = TypeVar("T")


def _is_quick_hide(event: QEvent) -> bool:
    # QtGui's key classes are named here, not at the top: naming them makes their enums,
    # which the first window need not wait for (ui/errors.py).
    from PySide6.QtGui import QKeyEvent, QKeySequence

    if not isinstance(event, QKeyEvent):
        return False
    combo = QKeySequence(event.keyCombination())
    return combo.matches(QKeySequence(QUICK_HIDE)) == QKeySequence.SequenceMatch.ExactMatch


def run_and_wait(runner: TaskRunner, job: Callable[[], T]) -> T:
    """Run slow work (key derivation) on the runner while the GUI keeps painting; returns its
    result or raises its error."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        runner.run(job, done, failed)
        if not outcome:
            loop.exec()
    finally:
        QApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    result: T = outcome["result"]
    return result


def offer_unsaved_after_crash(window: MainWindow, note: str, sealed: bytes = b"") -> None:
    """After a run that ended without closing properly: say that writing was kept as it was
    typed, and offer its writer the journal entry that was open then (`note` is the kind
    of work the lock named, `sealed` which entry, readable only with the writer's keys)."""
    from PySide6.QtWidgets import QMessageBox  # not before the first window (ui/errors.py)

    from relate_desktop.services import journal

    box = QMessageBox(
        QMessageBox.Icon.Information,
        APP_NAME,
        QCoreApplication.translate(
            "Session",
            "Relate closed unexpectedly last time. What you were writing was saved as you "
            "typed, up to a moment before it closed. Any repair you had started is waiting on "
            "the Home page, where you left it.",
        ),
        parent=window,
    )
    box.setObjectName("crashRecoveryNotice")
    open_button = found = None
    # Only the writer is offered their entry (or told to unlock for it).
    household, person = window.household, window.current_person
    if note == journal.EDITING:
        found = journal.entry_left_open(household, sealed, person)
        if found is not None:
            open_button = box.addButton(
                QCoreApplication.translate("Session", "Open what I was writing"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            open_button.setObjectName("openUnsaved")
        elif household.info.has_private_space(person) and household.vault(person) is None:
            box.setInformativeText(
                QCoreApplication.translate(
                    "Session", "If it was private, unlock your private space to see it."
                )
            )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if found is not None and box.clickedButton() is open_button:
        window.show_section(3)
        window.journal.open_entry(found.id)


class Session(QObject):
    """Owns the household while unlocked, and the window showing it."""

    # Once, just after the first window (welcome, unlock or opening) has been painted: what
    # that window does not need starts then (ui/application.py, ui/warm_up.py).
    first_painted = Signal()

    def __init__(
        self,
        paths: DataPaths,
        clock: Clock,
        runner: TaskRunner,
        claim: FolderClaim | None = None,
    ) -> None:
        super().__init__()
        self.paths, self.clock, self.runner = paths, clock, runner
        self.claim = claim
        self.offer_backups = True  # off for --exit-when-ready, which must never wait
        # The day's first backup, after the window shows; off for --exit-when-ready, whose
        # process ends at once (closing would wait for the copy: seconds on years of data).
        self.daily_backup = True
        # Offer what was being written when the last run ended without closing properly.
        self.crash_note: str | None = claim.left_note if claim and claim.crashed_before else None
        self.crash_sealed = claim.left_sealed if claim else b""
        self.household: Household | None = None
        self.window: MainWindow | None = None
        # Set up together in this run: the private safety check waits for a later unlock
        # (or "I'm on my own now"), never with both partners at the laptop.
        self.set_up_together = False
        self.joined = False  # this run set the folder up from another computer (sync)
        self.lock_screen: LockScreen | None = None
        self.geometry: QByteArray | None = None  # the main window's place, kept for this run
        self.warm_up = WarmUp(runner)  # the rest loads once the first window is painted
        self.opening: OpeningWindow | None = None  # shown while an open household opens
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.apply_auto_lock()
        self.watching = False  # the application-wide filter: quick hide, idle time
        self.painted = False

    def _watch(self) -> None:
        """Install the application-wide event filter (once). Every event then passes through
        Python, so it waits until the first window is painted, or a window that needs it."""
        if not self.watching:
            self.watching = True
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)

    def _shown_first(self, window: QWidget) -> None:
        """After `window`, the first one, is painted: the filter, the warm-up, first_painted."""
        if self.painted:
            return

        def painted() -> None:
            if not self.painted:
                self.painted = True
                self._watch()
                self.warm_up.start()
                self.first_painted.emit()

        after_first_paint(window, painted)

    # Opening ------------------------------------------------------------------------------

    def start(self) -> bool:
        """First run or unlock, then the main window. False when the person cancels."""
        info = household_info(self.paths)
        while True:
            try:
                opened = self._first_run() if info is None else self._unlock(info)
                # Joined from another computer: one person, on their own (not together).
                self.set_up_together |= info is None and opened is not None and not self.joined
            except CorruptDatabase as error:
                # Never write to a damaged file: offer the newest good backup, or stop.
                if not self.offer_backups:
                    raise
                names = {p.id: p.name for p in info.people} if info else {}
                from relate_desktop.ui.recovery import offer_recovery

                if not offer_recovery(None, self.paths, error, self.clock, names):
                    return False
                continue
            break
        if opened is None:
            return False
        household, person = opened
        if self.set_up_together and len(household.people) > 1:
            # Both are still at the keyboard: no one's private space stays open, so nothing
            # is written in one person's name while the other types. Each unlocks their own.
            from relate_desktop.services import privacy

            privacy.lock_private(household)
        self.show_main(household, person)
        return True

    def _first_run(self) -> tuple[Household, str] | None:
        from relate_desktop.ui.first_run import FirstRunDialog

        # Set-up takes turns inside the dialog, which writes nothing until the last is done.
        dialog = FirstRunDialog(self.paths, self.runner, self.clock)
        self._shown_first(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.household is None:
            return None
        self.joined = getattr(dialog, "joined", False)
        return dialog.household, dialog.person_id

    def _unlock(self, info: HouseholdInfo) -> tuple[Household, str] | None:
        if not info.shared_protected:
            # Nothing to type: open the shared space; private spaces open from the Privacy menu.
            # At start, the opening window shows first, where the main window will be, while
            # the worker loads the services (and SQLAlchemy under them) and opens the space.
            if self.window is None and self.lock_screen is None and self.opening is None:
                from relate_desktop.ui.opening import OpeningWindow

                self.opening = OpeningWindow(info, self.paths, self.clock.now())
                self.opening.show()
                # The worker starts once the opening window is painted: its imports would
                # otherwise hold Python's lock while the window is being drawn.
                self._wait_for_paint(self.opening)

            def open_it() -> Household:
                load_services()
                return open_household(self.paths, clock=self.clock, check=False)

            try:
                opened: Household = run_and_wait(self.runner, open_it)
            except BaseException:
                self._close_opening()
                raise
            return opened, info.people[0].id
        from relate_desktop.ui.unlock import UnlockDialog

        dialog = UnlockDialog(
            info.people,
            lambda pid, secret: open_household(
                self.paths, pid, secret, self.clock, check=False, add_private_space=True
            ),
            self.runner,
            self.lock_screen,
        )
        self._shown_first(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            if dialog.damage is not None:
                raise dialog.damage
            return None
        unlocked: Household = dialog.result_value
        return unlocked, dialog.person_id()

    def _wait_for_paint(self, window: QWidget) -> None:
        """Keep the GUI going until `window` has been painted (the first window only)."""
        loop = QEventLoop()
        self._shown_first(window)
        if not self.painted:
            self.first_painted.connect(loop.quit)
            loop.exec()
            self.first_painted.disconnect(loop.quit)

    @contextmanager
    def _filters_paused(self) -> Iterator[None]:
        """Building the main window sends some ten thousand events (children added, polished)
        and no input: the application-wide filters in Python need not see them. Input waits
        in the event loop, which does not run meanwhile, so nothing is missed."""
        from relate_desktop.ui import keyboard

        app = QApplication.instance()
        assert app is not None
        # In the order they were installed (ours, then the keyboard habits), to put back so.
        paused = [f for f in (self if self.watching else None, keyboard.installed()) if f]
        for watcher in paused:
            app.removeEventFilter(watcher)
        try:
            yield
        finally:
            for watcher in paused:
                app.installEventFilter(watcher)

    def _new_window(self, household: Household, person: str) -> MainWindow:
        from relate_desktop.ui.main_window import MainWindow

        with self._filters_paused():
            window = MainWindow(household, person, self.runner)
        window.offer_safety_check = not self.set_up_together
        window.lock_requested.connect(self.lock)
        window.quick_hide_requested.connect(self.quick_hide)
        window.auto_lock_changed.connect(self.apply_auto_lock)
        window.journal_editing_changed.connect(self._note_editing)
        window.rebuild_requested.connect(self.rebuild_window)
        if self.geometry is not None:  # back where it was before the lock or the rebuild
            window.restoreGeometry(self.geometry)
        elif self.opening is not None:  # exactly where the opening window is
            window.setGeometry(self.opening.geometry())
        window.show()
        self._close_opening()
        return window

    def _close_opening(self) -> None:
        if self.opening is not None:
            opening, self.opening = self.opening, None
            opening.hide()
            opening.deleteLater()

    def _close_household(self) -> None:
        """Close the spaces: a background check ends at once; a backup or save on the worker
        finishes first."""
        if self.household is not None:
            household, self.household = self.household, None
            household.stop_checks()
            self.runner.shutdown()
            household.close()

    def show_main(self, household: Household, person: str) -> None:
        from relate_desktop.services import maintenance, safety
        from relate_desktop.ui.privacy_dialogs import change_passphrase

        self.household = household
        self._watch()
        self.window = self._new_window(household, person)
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        self.idle.start()
        if household.unlocked_by_recovery_code:
            household.unlocked_by_recovery_code = False
            change_passphrase(self.window, household, person, self.runner, recovered=True)
        # Offered only to someone who unlocked with their own passphrase, in a later run than
        # the joint set-up; anyone else can take it from Home or the Privacy menu.
        on_their_own = household.private_person == person and not self.set_up_together
        ask_safety = on_their_own and safety.needs_check(household, person)
        # The integrity check reads every page (seconds on years of data): in the background,
        # after the window shows. A damaged file closes everything and offers its backup.
        self.runner.run(lambda: maintenance.check_open(household), lambda _ok: None, self._damaged)
        # The first backup of the day, on the worker; a failure is shown, not fatal.
        if self.daily_backup:
            self.runner.run(
                lambda: maintenance.back_up_if_due(household),
                lambda _made: None,
                lambda error: show_error(self.window, error),
            )
        note, self.crash_note = self.crash_note, None
        # One question at a time, once the window shows: what a crash left, then the check.
        QTimer.singleShot(0, lambda: self._after_showing(person, note, ask_safety))

    def _after_showing(self, person: str, crash_note: str | None, ask_safety: bool) -> None:
        if crash_note is not None:
            self._offer_after_crash(crash_note)
        if ask_safety:
            self._safety_check(person)

    def _note_editing(self, entry_id: str) -> None:
        """Keep which entry is open for the next start after a crash: the lock says only
        "journal"; the ids are sealed for the writer (services.journal.note_editing)."""
        if self.claim is not None and self.household is not None and self.window is not None:
            from relate_desktop.services import journal

            author = self.window.journal.writer_id or ""
            journal.note_editing(self.household, self.claim, author, entry_id)

    def _offer_after_crash(self, note: str) -> None:
        if self.window is not None:
            offer_unsaved_after_crash(self.window, note, self.crash_sealed)

    def bring_forward(self) -> None:
        """Another launch asked for us: show whichever window is in front now (after a quick
        hide, the plain locked screen: coming back takes a passphrase where there is one)."""
        if self.window is None and self.lock_screen is None and self.household is None:
            self._show_lock_screen()
        target = QApplication.activeModalWidget() or self.window or self.lock_screen
        if target is not None:
            target.showNormal()
            target.raise_()
            target.activateWindow()

    def _damaged(self, error: BaseException) -> None:
        """The background check found a damaged space: stop using it (nothing more is saved
        to it), then offer its newest good backup; without one, or when declined, quit."""
        if not isinstance(error, CorruptDatabase):
            return  # interrupted by locking or quitting, or not the check's to report
        if not self.offer_backups:
            show_error(self.window, error)
            QApplication.quit()
            return
        info = household_info(self.paths)
        names = {p.id: p.name for p in info.people} if info else {}
        if self.window is not None:
            window, self.window = self.window, None
            window.hide()
            window.deleteLater()
        self._close_household()
        from relate_desktop.ui.recovery import offer_recovery

        if not offer_recovery(None, self.paths, error, self.clock, names) or not self.start():
            QApplication.quit()

    def rebuild_window(self) -> None:
        """A new main window in the language and colours just chosen; what was being written is
        saved first, and the spaces stay open."""
        if self.window is None or self.household is None:
            return
        old, person = self.window, self.window.current_person
        self.geometry = old.saveGeometry()
        old.prepare_to_lock()
        old.hide()
        old.deleteLater()
        self.window = self._new_window(self.household, person)

    def _safety_check(self, person: str) -> None:
        if self.household is not None and self.window is not None:
            self.window.open_safety_check(person)

    # Locking ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Save, close everything that shows our data, close the spaces, show the plain screen
        where the window was."""
        where = self.window.geometry() if self.window is not None else None
        self._lock(hide=False)
        if self.lock_screen is None:
            self._show_lock_screen(where)

    def quick_hide(self) -> None:
        """Like lock, but every Relate window leaves the screen: nothing is left to see.
        Opening Relate again shows the locked screen."""
        self._lock(hide=True)
        if self.lock_screen is not None:
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None

    def _show_lock_screen(self, where: QRect | None = None) -> None:
        from relate_desktop.ui.lock_screen import LockScreen

        self._watch()
        self.lock_screen = LockScreen()
        self.lock_screen.unlock_requested.connect(self.unlock_from_lock_screen)
        if where is not None:
            self.lock_screen.setGeometry(where)
        self.lock_screen.show()

    def _lock(self, hide: bool) -> None:
        self.idle.stop()
        if hide:
            for widget in QApplication.topLevelWidgets():
                if widget.isVisible():
                    widget.hide()  # off the screen first; saving and closing follow
        if self.window is not None:
            window, self.window = self.window, None
            self.geometry = window.saveGeometry()
            window.prepare_to_lock()
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and (widget.isVisible() or hide):
                    widget.reject()
            window.hide()
            window.deleteLater()
        self._close_household()

    def unlock_from_lock_screen(self) -> None:
        info = household_info(self.paths)
        if info is None:
            return
        try:
            opened = self._unlock(info)
        except RelateError as error:
            show_error(self.lock_screen, error)
            return
        if opened is not None:
            self.show_main(*opened)

    def apply_auto_lock(self) -> None:
        minutes = preferences.load(self.paths).auto_lock_minutes
        self.idle.setInterval(max(1, minutes) * 60_000)
        self.auto_lock_on = minutes > 0
        if not self.auto_lock_on:
            self.idle.stop()
        elif self.window is not None:
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and _is_quick_hide(event):
            if self.window is not None or self.lock_screen is not None:
                self.quick_hide()
            return True
        if kind in _ACTIVITY and self.window is not None and self.auto_lock_on:
            self.idle.start()
        return False

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None and self.watching:
            app.removeEventFilter(self)
            self.watching = False
        self.idle.stop()
        self._close_opening()
        if self.window is not None:
            self.window.close()
            self.window = None
        self._close_household()
        if self.lock_screen is not None:
            self.lock_screen.close()
            self.lock_screen = None
