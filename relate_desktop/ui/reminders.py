"""Reminders while the app runs: a due check-in raises a neutral notification (the system tray
when there is one) and a banner in the window, with Check in now, Later (snooze) and Hide.
The words never name the agreement or anything anyone wrote."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from relate_desktop.domain.follow_ups import snooze_choices
from relate_desktop.domain.guide import fill, text
from relate_desktop.domain.models import DueFollowUp, TimeOut
from relate_desktop.services import check_ins, time_outs
from relate_desktop.services.household import Household
from relate_desktop.ui.components import dress
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


class Reminders(QObject):
    """Looks for due check-ins every half minute (and at once when started)."""

    changed = Signal()
    # A time-out's time to come back has come (the TimeOut, reminded once).
    time_out_over = Signal(object)

    def __init__(self, household: Household, banner: ReminderBanner, window: QWidget) -> None:
        super().__init__(window)
        self.household = household
        self.banner = banner
        self.told: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        banner.snoozed.connect(self._snoozed)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

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
            self._notify()
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

    def _notify(self, message: str | None = None) -> None:
        window = self.parent()
        if isinstance(window, QWidget):
            QApplication.alert(window)  # the taskbar entry asks for attention
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return  # the banner is the reminder
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
        self.tray.showMessage(_t("notification_title"), message or _t("notification"))

    def _bring_forward(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget):
            window.showNormal()
            window.raise_()
            window.activateWindow()
