"""Reminders while the app runs: a due check-in raises a neutral notification (the system tray
when there is one) and a banner in the window, with Check in now, Later (snooze) and Hide.
The words never name the agreement or anything anyone wrote."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.follow_ups import snooze_choices
from relate_desktop.domain.guide import fill, text
from relate_desktop.domain.journal import reminder_due
from relate_desktop.domain.models import DueFollowUp, TimeOut
from relate_desktop.services import check_ins, journal, preferences, time_outs
from relate_desktop.services.household import Household
from relate_desktop.ui.components import banner, dress, primary, quiet
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.errors import show_error

CHECK_EVERY_MS = 30_000


def _t(key: str, **values: str) -> str:
    return text(f"reminder.{key}", **values)


class ReminderBanner(QFrame):
    """A strip at the top of the main window while check-ins are due."""

    check_in = Signal(str)
    snoozed = Signal(list)

    def __init__(self, household: Household) -> None:
        super().__init__()
        self.household = household
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_t("notification"))
        dress(self, "banner-reminder")
        layout = QHBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("reminderText")
        self.label.setStyleSheet("font-weight: 600;")
        self.check_button = QPushButton(_t("check_in"))
        self.check_button.setObjectName("reminderCheckIn")
        self.later_button = QPushButton(_t("later"))
        self.later_button.setObjectName("reminderLater")
        self.later_menu = QMenu(self.later_button)
        self.later_button.setMenu(self.later_menu)
        self.later_menu.aboutToShow.connect(self._fill_later)
        self.hide_button = QPushButton(_t("dismiss"))
        self.hide_button.setObjectName("reminderHide")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.check_button)
        layout.addWidget(self.later_button)
        layout.addWidget(self.hide_button)
        self.due: list[DueFollowUp] = []
        # Check-ins someone chose to hide from the banner (they stay on Home) in this run.
        self.hidden: set[str] = set()
        self.check_button.clicked.connect(self._check_in)
        self.hide_button.clicked.connect(self._hide_these)
        self.hide()

    def _hide_these(self) -> None:
        self.hidden.update(d.follow_up_id for d in self.due)
        self.hide()

    def show_due(self, due: list[DueFollowUp]) -> None:
        self.due = due
        if not due:
            self.hide()
            return
        self.label.setText(_t("banner") if len(due) == 1 else _t("banner_many", n=str(len(due))))
        self.show()

    def _check_in(self) -> None:
        if self.due:
            self.check_in.emit(self.due[0].follow_up_id)

    def _fill_later(self) -> None:
        self.later_menu.clear()
        for key, moment in snooze_choices(self.household.clock.now()):
            when = local_text(moment, "ddd HH:mm")
            act = self.later_menu.addAction(f"{_t(f'snooze.{key}')} ({when})")
            act.setObjectName(f"snooze_{key}")
            act.triggered.connect(lambda _=False, m=moment: self.snooze_until(m))

    def snooze_until(self, moment: datetime) -> None:
        snoozed: list[str] = []
        for item in self.due:
            try:
                check_ins.snooze(self.household, item.follow_up_id, moment)
            except Exception as error:
                show_error(self, error)
                break
            snoozed.append(item.follow_up_id)
        self.due = [d for d in self.due if d.follow_up_id not in snoozed]
        self.show_due(self.due)
        self.snoozed.emit(snoozed)


class _Poller(QObject):
    """Looks again every CHECK_EVERY_MS while the window is open, and tells through the
    system tray when there is one (the in-window banner is the reminder either way)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def check(self) -> None:
        raise NotImplementedError

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def _notify(self, message: str, alert: bool = True) -> None:
        window = self.parent()
        if alert and isinstance(window, QWidget):
            QApplication.alert(window)  # the taskbar entry asks for attention
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = QApplication.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(_t("notification_title"))
            self.tray.messageClicked.connect(self._bring_forward)
            self.tray.show()
        self.tray.showMessage(_t("notification_title"), message)

    def _bring_forward(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget):
            window.showNormal()
            window.raise_()
            window.activateWindow()


class Reminders(_Poller):
    """Looks for due check-ins every half minute (and at once when started)."""

    changed = Signal()
    # A time-out's time to come back has come (the TimeOut, reminded once).
    time_out_over = Signal(object)

    def __init__(self, household: Household, banner: ReminderBanner, window: QWidget) -> None:
        super().__init__(window)
        self.household = household
        self.banner = banner
        self.told: set[str] = set()
        banner.snoozed.connect(self._snoozed)

    def check(self) -> None:
        """Remind about check-ins whose time has come and that weren't mentioned yet; the banner
        lists those due that were not hidden."""
        try:
            due = check_ins.reminders_due(self.household)
        except Exception:
            return  # a locked or closing household: the next look will tell
        new = [d for d in due if d.follow_up_id not in self.told]
        self.banner.show_due([d for d in due if d.follow_up_id not in self.banner.hidden])
        if new:
            self.told.update(d.follow_up_id for d in new)
            self._notify(_t("notification"))
            self.changed.emit()
        self.check_time_outs()

    def check_time_outs(self) -> None:
        """A time-out whose time to come back has come: remind once, and say so."""
        try:
            over: list[TimeOut] = time_outs.time_outs_due(self.household)
            for item in over:
                time_outs.mark_reminded(self.household, item.id)
        except Exception:
            return
        for item in over:
            self._notify(fill("turns", "time_out.reminder"))
            self.time_out_over.emit(item)

    def _snoozed(self, follow_up_ids: list[str]) -> None:
        # Remind again once the snooze is over (the stored snooze keeps them quiet till then).
        self.told.difference_update(follow_up_ids)
        self.banner.hidden.difference_update(follow_up_ids)
        self.changed.emit()


class JournalNudge(QFrame):
    """ "Time for a few lines?": a soft band at the top of the window, with Write now and Not
    today. Neutral words only; nothing anyone wrote."""

    write = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("journalNudge")
        banner(self, "info")
        layout = QHBoxLayout(self)
        self.label = QLabel(self.tr("Time for a few lines?"))
        self.label.setObjectName("journalNudgeText")
        self.write_button = primary(QPushButton(self.tr("&Write now")))
        self.write_button.setObjectName("journalNudgeWrite")
        self.later_button = quiet(QPushButton(self.tr("Not today")))
        self.later_button.setObjectName("journalNudgeLater")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.write_button)
        layout.addWidget(self.later_button)
        self.write_button.clicked.connect(self._write)
        self.later_button.clicked.connect(self.hide)
        self.hide()

    def _write(self) -> None:
        self.hide()
        self.write.emit()


class JournalReminder(_Poller):
    """Once a day, from the chosen time (Preferences.journal_reminder) on, unless something was
    written that day: the nudge, and a tray message where there is a tray."""

    def __init__(self, household: Household, nudge: JournalNudge, window: QWidget) -> None:
        super().__init__(window)
        self.household = household
        self.nudge = nudge
        self.reminded_on: date | None = None

    def check(self) -> None:
        chosen = preferences.load(self.household.paths).journal_reminder
        if not chosen:
            self.nudge.hide()
            return
        now = self.household.clock.now()
        hours, minutes = (int(part) for part in chosen.split(":"))
        try:
            wrote = journal.wrote_on(self.household, now.date())
        except Exception:
            return  # a locked or closing household: the next look will tell
        if wrote:
            self.nudge.hide()
        if not reminder_due(now, time(hours, minutes), self.reminded_on, wrote):
            return
        self.reminded_on = now.date()
        self.nudge.show()
        self._notify(self.nudge.label.text(), alert=False)


class JournalReminderDialog(QDialog):
    """Relate → Daily reminder to write…: on or off, and at what time."""

    def __init__(self, parent: QWidget, household: Household) -> None:
        super().__init__(parent)
        self.household = household
        self.setObjectName("journalReminderDialog")
        self.setWindowTitle(self.tr("Daily reminder to write"))
        layout = QVBoxLayout(self)
        chosen = preferences.load(household.paths).journal_reminder
        self.on = QCheckBox(self.tr("&Remind me each day to write a few lines"))
        self.on.setObjectName("journalReminderOn")
        self.on.setChecked(bool(chosen))
        self.at = QTimeEdit()
        self.at.setObjectName("journalReminderTime")
        self.at.setAccessibleName(self.tr("Reminder time"))
        self.at.setDisplayFormat("HH:mm")
        hours, minutes = (int(p) for p in (chosen or "21:00").split(":"))
        self.at.setTime(QTime(hours, minutes))
        self.at.setEnabled(bool(chosen))
        note = QLabel(
            self.tr(
                'It only says "Time for a few lines?", and not on a day you have written '
                "already. It shows while Relate is open."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(self.on)
        layout.addWidget(self.at)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.on.toggled.connect(self.at.setEnabled)

    def save(self) -> None:
        value = self.at.time().toString("HH:mm") if self.on.isChecked() else ""
        try:
            preferences.update(self.household.paths, journal_reminder=value)
        except Exception as error:
            show_error(self, error)
            return
        self.accept()
