"""An agreement's check-ins as its page shows them (what is planned, what was said, earlier
versions and appreciations), and the dialog that plans one more check-in."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from relate_desktop.domain.errors import InvalidInput
from relate_desktop.domain.follow_ups import (
    CHECK_IN_TIME,
    Repeat,
    at_wall_time,
    custom_date,
    outcome_words,
    repeat_label,
)
from relate_desktop.domain.guide import fill, table, text
from relate_desktop.domain.models import AgreementDocument, AgreementStatus, FollowUpStatus
from relate_desktop.services import check_ins
from relate_desktop.services.household import Household
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.widgets import day_and_time, wall_clock

# Qt date formats (the day and month names follow the interface's language).
LONG = "dddd d MMMM yyyy, HH:mm"
DAY = "dddd d MMMM yyyy"

# Links in the agreement's page that act on one planned check-in.
CHECK_IN_LINK = "relate-check-in:"
REMOVE_LINK = "relate-remove-check-in:"


def _t(key: str, **values: str) -> str:
    return text(f"check_in.{key}", **values)


def check_in_html(doc: AgreementDocument, zone: tzinfo | None) -> list[str]:
    """Planned check-ins, then what was said at each one (newest first), then earlier versions."""
    a = doc.agreement
    html: list[str] = []
    pending = sorted(
        (f for f in a.follow_ups if f.status is FollowUpStatus.PENDING), key=lambda f: f.due_at
    )
    if pending:
        html.append(f"<h3>{escape(_t('planned'))}</h3><ul>")
        active = a.status is AgreementStatus.ACTIVE
        for f in pending:
            repeat = f" · {repeat_label(f.repeat).lower()}" if f.repeat is not Repeat.NONE else ""
            actions = (
                f' · <a href="{CHECK_IN_LINK}{f.id}">{escape(_t("check_in_link"))}</a>'
                f' · <a href="{REMOVE_LINK}{f.id}">{escape(_t("remove_link"))}</a>'
                if active
                else ""
            )
            html.append(f"<li>{local_text(f.due_at.astimezone(zone), LONG)}{repeat}{actions}</li>")
        html.append("</ul>")
    happened = sorted(
        (f for f in a.follow_ups if f.status is not FollowUpStatus.PENDING),
        key=lambda f: f.due_at,
        reverse=True,
    )
    if happened:
        held_words = table("check_in.held")
        decisions = table("check_in.decisions")
        html.append(f"<h3>{escape(_t('history'))}</h3>")
        for f in happened:
            when = local_text((f.done_at or f.due_at).astimezone(zone), DAY)
            if f.status is FollowUpStatus.SKIPPED:
                html.append(f"<p><b>{when}</b>: {escape(_t('skipped'))}</p>")
                continue
            decision = decisions.get(f.decision.value, "") if f.decision else ""
            html.append(f"<p><b>{when}</b>" + (f" · {escape(decision)}" if decision else ""))
            html.append("<ul>")
            if not f.answers and (f.outcome or f.note.strip()):
                # A check-in from before each person answered (Relate 0.1): how it went, and
                # what was written then.
                said = " · ".join(w for w in (outcome_words(f.outcome), f.note.strip()) if w)
                html.append(f"<li>{escape(said)}</li>")
            for answer in f.answers:
                name = doc.name_of(answer.person_id)  # escaped once, with the words around it
                html.append(f"<li>{escape(name)}: {escape(held_words.get(answer.held.value, ''))}")
                if answer.saw:
                    saw = fill("turns", "check_in.saw_by", name=name)
                    html.append(f"<br>{escape(saw)} {escape(answer.saw)}")
                if answer.noticed:
                    html.append(f"<br>{escape(_t('noticed_by', name=name, text=answer.noticed))}")
                if answer.appreciation:
                    said = _t("appreciated", name=name, text=answer.appreciation)
                    html.append(f"<br><i>{escape(said)}</i>")
                html.append("</li>")
            html.append("</ul></p>")
    for version in reversed(a.history):
        html.append(
            "<h4>"
            + escape(
                _t(
                    "version_replaced",
                    n=str(version.version),
                    date=local_text(version.replaced_at, "d MMMM yyyy"),
                )
            )
            + f": {escape(version.title)}</h4><ul>"
        )
        for c in version.commitments:
            when = f" ({escape(c.when)})" if c.when else ""
            html.append(f"<li>{escape(doc.name_of(c.person_id))}: {escape(c.action)}{when}</li>")
        html.append("</ul>")
    return html


class PlanCheckInDialog(QDialog):
    """A date and time for one more check-in, and whether it repeats."""

    def __init__(self, household: Household, agreement_id: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("planCheckInDialog")
        self.setWindowTitle(self.tr("Plan a check-in"))
        self.household = household
        self.agreement_id = agreement_id
        now = household.clock.now()
        default = at_wall_time(now.date() + timedelta(days=7), CHECK_IN_TIME, now.tzinfo)
        form = QFormLayout(self)
        self.when = QDateTimeEdit()
        self.when.setObjectName("planWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dddd d MMMM yyyy, HH:mm")
        self.when.setDateTime(wall_clock(default))
        self.when.setMinimumDateTime(wall_clock(now))
        self.when.setAccessibleName(self.tr("When"))
        form.addRow(self.tr("&When"), self.when)
        self.repeat = QComboBox()
        self.repeat.setObjectName("planRepeat")
        for repeat in Repeat:
            self.repeat.addItem(repeat_label(repeat), repeat.value)
        self.repeat.setAccessibleName(self.tr("Repeat"))
        form.addRow(self.tr("&Repeat"), self.repeat)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> datetime:
        """The chosen wall-clock moment in the household clock's zone (ValueError if past)."""
        day, moment = day_and_time(self.when.dateTime())
        return custom_date(day, moment, self.household.clock)

    def _save(self) -> None:
        try:
            check_ins.add_check_in(
                self.household, self.agreement_id, self.chosen(), Repeat(self.repeat.currentData())
            )
        except ValueError as error:
            show_error(self, InvalidInput(str(error)))
            return
        except Exception as error:
            show_error(self, error)
            return
        self.accept()


def remove_check_in(parent: QWidget, household: Household, follow_up_id: str) -> bool:
    """Take a planned check-in away, after asking."""
    answer = QMessageBox.question(parent, _t("remove_title"), _t("remove_text"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        check_ins.remove_check_in(household, follow_up_id)
    except Exception as error:
        show_error(parent, error)
        return False
    return True


def plan_check_in(parent: QWidget, household: Household, agreement_id: str) -> bool:
    return PlanCheckInDialog(household, agreement_id, parent).exec() == QDialog.DialogCode.Accepted
