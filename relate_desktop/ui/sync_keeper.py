"""SyncKeeper: sync rounds while a household is open and syncs (services/sync.py), on the
worker, one at a time: when the window opens, a few seconds after the other computers' files
change in the sync folder (QFileSystemWatcher), every minute, and on "Sync now". Stopped when
the window locks or closes. Its words name computers and times, never anything anyone wrote."""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.sync import RoundSummary
from relate_desktop.services import sync, sync_settings, sync_watch
from relate_desktop.services.household import Household
from relate_desktop.services.sync import SyncStatus
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.tasks import TaskRunner

SETTLE_MS = 2_000  # after the last change seen in the folder: the engine may still be writing
EVERY_MS = 60_000

MISSING, RETIRED, FAILED = "missing", "retired", "failed"


class SyncKeeper(QObject):
    changed = Signal()  # the status or a problem changed: redraw what shows it
    received = Signal()  # a round brought changes from another computer: refresh the views

    def __init__(self, household: Household, runner: TaskRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.household, self.runner = household, runner
        self.status: SyncStatus | None = None
        self.last: RoundSummary | None = None
        self.problem = ""  # MISSING, RETIRED or FAILED
        self.problem_message = ""
        self.active = False
        self.running = False
        self.again = False
        self._idle = threading.Event()
        self._idle.set()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.sync_now)
        self.every = QTimer(self)
        self.every.setInterval(EVERY_MS)
        self.every.timeout.connect(self.sync_now)

    # Starting and stopping ------------------------------------------------------------------

    def configured(self) -> bool:
        return sync_settings.load(self.household.paths) is not None

    def start(self) -> None:
        """Begin (or begin again, after setting sync up): a round now, then as things change."""
        if not self.configured():
            self.stop()
            self.status = None
            self.changed.emit()
            return
        self.active = True
        self.every.start()
        self._watch()
        try:
            self.status = sync.status(self.household)
        except RelateError:
            self.status = None
        self.changed.emit()
        self.sync_now()

    def stop(self) -> None:
        """No more rounds from now on (a round under way finishes; its result is dropped)."""
        self.active = False
        self.again = False
        self.settle.stop()
        self.every.stop()
        watched = self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)

    def turned_off(self) -> None:
        """Sync was turned off on this computer."""
        self.stop()
        self.status, self.last, self.problem, self.problem_message = None, None, "", ""
        self.changed.emit()

    def refresh_status(self) -> None:
        """Read the status again (after a choice or a change made here)."""
        if self.active:
            try:
                self.status = sync.status(self.household)
            except (RelateError, OSError):
                return
            self.changed.emit()

    def wait_until_idle(self) -> None:
        """Let a round on the worker finish (before a private space it reads closes)."""
        self._idle.wait(120)

    # Rounds ---------------------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.active:
            return
        if self.running:
            self.again = True  # one more when this one ends, never two at once
            return
        self.running = True
        self.settle.stop()
        self._idle.clear()
        household = self.household

        def job() -> tuple[RoundSummary, SyncStatus | None]:
            try:
                return sync.sync_round(household), sync.status(household)
            finally:
                self._idle.set()

        self.changed.emit()
        self.runner.run(job, self._done, self._failed)

    def _done(self, result: tuple[RoundSummary, SyncStatus | None]) -> None:
        self.running = False
        if not self.active:
            return
        self.last, self.status = result
        self.problem = self.problem_message = ""
        self._watch()
        self.changed.emit()
        if self.last.received:
            self.received.emit()
        self._again()

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if not self.active:
            return
        if isinstance(error, sync.SyncFolderMissing):
            self.problem = MISSING
        elif isinstance(error, sync.DeviceRetired):
            self.problem = RETIRED
        elif isinstance(error, RelateError | OSError):
            self.problem = FAILED
        else:
            raise error
        self.problem_message = error.message if isinstance(error, RelateError) else ""
        self.changed.emit()
        self._again()

    def _again(self) -> None:
        if self.again:
            self.again = False
            self.sync_now()

    # The folder -----------------------------------------------------------------------------

    def _watch(self) -> None:
        """Watch every folder the other computers' files arrive in (new ones as they appear)."""
        try:
            wanted = {str(p) for p in sync_watch.folders_to_watch(self.household)}
        except OSError:
            wanted = set()
        watched = set(self.watcher.directories())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _folder_changed(self, _path: str) -> None:
        if self.active:
            self._watch()
            self.settle.start()  # restarted by each change: one round once it goes quiet

    # Words ----------------------------------------------------------------------------------

    def ago(self, moment: datetime) -> str:
        """'just now', '5 minutes ago', '3 hours ago', 'on 2 Dec at 14:05'."""
        now = self.household.clock.now()
        seconds = (now - moment).total_seconds()
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            return self.tr("%n minute(s) ago", "", int(seconds // 60))
        if seconds < 12 * 3600:
            return self.tr("%n hour(s) ago", "", int(seconds // 3600))
        local = moment.astimezone(now.tzinfo)
        return self.tr("on {day} at {time}").format(
            day=local_text(local, self.tr("d MMM")), time=local_text(local, "HH:mm")
        )

    def status_line(self) -> str:
        """For the status bar: when, and from which computer; or what is wrong."""
        if self.problem == MISSING:
            return self.tr("Sync folder not found")
        if self.problem == RETIRED:
            return self.tr("This computer was removed from sync")
        if self.problem == FAILED:
            return self.tr("Sync didn't finish")
        return self.synced_line()

    def synced_line(self) -> str:
        status = self.status
        if status is None:
            return ""
        if status.last_round is None:
            return self.tr("Syncing…") if self.running else self.tr("Not synced yet")
        line = self.tr("Synced {when}").format(when=self.ago(status.last_round))
        source = self.latest_source()
        if source:
            line += " · " + self.tr("changes from {computer}").format(computer=source)
        return line

    def latest_source(self) -> str:
        """The computer whose changes arrived here last."""
        if self.status is None:
            return ""
        heard = [d for d in self.status.others if d.applied_at is not None and not d.retired]
        if not heard:
            return ""
        return max(heard, key=lambda d: d.applied_at or datetime.min).name
