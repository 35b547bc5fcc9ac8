"""The Conflicts and Agreements screens: a list on the left, the chosen item on the right."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain import vocabulary
from relate_desktop.domain.models import AgreementStatus, FollowUpStatus
from relate_desktop.services import browse
from relate_desktop.services.household import Household
from relate_desktop.ui.agreement_history import (
    CHECK_IN_LINK,
    REMOVE_LINK,
    check_in_html,
    plan_check_in,
    remove_check_in,
)
from relate_desktop.ui.widgets import ID_ROLE, heading

# Words the records show for stored values (draft kinds, statuses), for the translators.
STORED_WORDS = (
    QT_TRANSLATE_NOOP("records", "Request"),
    QT_TRANSLATE_NOOP("records", "Apology"),
    QT_TRANSLATE_NOOP("records", "Response"),
    QT_TRANSLATE_NOOP("records", "active"),
    QT_TRANSLATE_NOOP("records", "retired"),
    QT_TRANSLATE_NOOP("records", "pending"),
    QT_TRANSLATE_NOOP("records", "done"),
    QT_TRANSLATE_NOOP("records", "skipped"),
)


class _MasterDetail(QWidget):
    def __init__(self, household: Household, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.household = household
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        split = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(title)
        self.detail = QTextBrowser()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setAccessibleName(self.tr("Details"))
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([260, 520])
        layout.addWidget(split, 1)
        self.list.currentItemChanged.connect(self._current_changed)

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        item_id = item.data(ID_ROLE) if item else None
        self.detail.setHtml(self.render_html(item_id) if item_id else "")

    def render_html(self, item_id: str) -> str:
        raise NotImplementedError

    def select(self, item_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == item_id:
                self.list.setCurrentRow(row)
                return

    def fill(self, rows: list[tuple[str, str]]) -> None:
        current = self.list.currentItem()
        keep = current.data(ID_ROLE) if current else None
        self.list.clear()
        for label, item_id in rows:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, item_id)
            self.list.addItem(item)
        if keep:
            self.select(keep)
        elif self.list.count():
            self.list.setCurrentRow(0)


class ConflictsPage(_MasterDetail):
    def __init__(self, household: Household) -> None:
        super().__init__(household, "conflicts", self.tr("Conflicts"))

    def refresh(self) -> None:
        self.fill(
            [
                (f"{c.occurred_at:%d %b %Y}: {c.title}", c.id)
                for c in browse.recent_conflicts(self.household, None)
            ]
        )

    def render_html(self, item_id: str) -> str:
        c = browse.conflict_detail(self.household, item_id)
        name = self.household.name_of
        html = [
            f"<h2>{escape(c.title)}</h2>",
            f"<p><i>{c.occurred_at:%A %d %B %Y, %H:%M}</i>"
            + (f" · {escape(c.topic)}" if c.topic else "")
            + " · "
            + self.tr("intensity {n}/10").format(n=c.intensity)
            + "</p>",
            f"<p>{escape(c.what_happened)}</p>",
        ]
        for p in c.perspectives:
            stance = vocabulary.label(p.stance.value) if p.stance else "?"
            reactions = ", ".join(vocabulary.label(r.value) for r in p.reactions)
            html.append(
                f"<h3>{escape(name(p.person_id))}</h3><p>"
                + self.tr("Stance: {stance}. Reaction: {reactions}.").format(
                    stance=stance, reactions=reactions
                )
            )
            if p.losing_strategies:
                html.append(
                    " "
                    + self.tr("Losing strategies:")
                    + " "
                    + ", ".join(vocabulary.label(s.value) for s in p.losing_strategies)
                    + "."
                )
            html.append("</p>")
        for d in c.drafts:
            html.append(
                "<h3>"
                + self.tr("{kind} from {name}").format(
                    kind=QCoreApplication.translate("records", d.kind.value.capitalize()),
                    name=escape(name(d.author_id)),
                )
                + f"</h3><p>{escape(d.text)}</p>"
            )
        return "".join(html)


class AgreementsPage(_MasterDetail):
    export_pdf = Signal(str)
    check_in = Signal(str)

    def __init__(self, household: Household) -> None:
        super().__init__(household, "agreements", self.tr("Agreements"))
        row = QHBoxLayout()
        self.check_in_button = QPushButton(self.tr("&Check in now"))
        self.check_in_button.setObjectName("agreementCheckInButton")
        self.check_in_button.clicked.connect(self._check_in)
        self.plan_button = QPushButton(self.tr("Plan a check-&in…"))
        self.plan_button.setObjectName("agreementPlanButton")
        self.plan_button.clicked.connect(self._plan)
        self.pdf_button = QPushButton(self.tr("Make a &PDF…"))
        self.pdf_button.setObjectName("agreementPdfButton")
        self.pdf_button.setAccessibleName(self.tr("Make a PDF of this agreement"))
        self.pdf_button.clicked.connect(self._export)
        row.addStretch(1)
        row.addWidget(self.check_in_button)
        row.addWidget(self.plan_button)
        row.addWidget(self.pdf_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link)

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None and item.data(ID_ROLE) else None

    def _export(self) -> None:
        agreement_id = self._current()
        if agreement_id:
            self.export_pdf.emit(agreement_id)

    def _next_check_in(self, agreement_id: str) -> str | None:
        pending = [
            f
            for f in browse.agreement_document(self.household, agreement_id).agreement.follow_ups
            if f.status is FollowUpStatus.PENDING
        ]
        return min(pending, key=lambda f: f.due_at).id if pending else None

    def _check_in(self) -> None:
        agreement_id = self._current()
        follow_up = self._next_check_in(agreement_id) if agreement_id else None
        if follow_up:
            self.check_in.emit(follow_up)

    def _link(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(CHECK_IN_LINK):
            self.check_in.emit(target.removeprefix(CHECK_IN_LINK))
        elif target.startswith(REMOVE_LINK) and remove_check_in(
            self, self.household, target.removeprefix(REMOVE_LINK)
        ):
            self.refresh()
            self._current_changed(self.list.currentItem())

    def _plan(self) -> None:
        agreement_id = self._current()
        if agreement_id and plan_check_in(self, self.household, agreement_id):
            self.refresh()
            self._current_changed(self.list.currentItem())

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        super()._current_changed(item)
        agreement_id = item.data(ID_ROLE) if item else None
        active = False
        if agreement_id:
            summary = next(
                (a for a in browse.agreements(self.household) if a.id == agreement_id), None
            )
            active = summary is not None and summary.status is AgreementStatus.ACTIVE
        self.pdf_button.setEnabled(bool(agreement_id))
        self.plan_button.setEnabled(active)
        self.check_in_button.setEnabled(
            active and agreement_id is not None and self._next_check_in(agreement_id) is not None
        )

    def refresh(self) -> None:
        self.fill(
            [
                (f"{a.title} ({QCoreApplication.translate('records', a.status.value)})", a.id)
                for a in browse.agreements(self.household)
            ]
        )
        self._current_changed(self.list.currentItem())

    def render_html(self, item_id: str) -> str:
        doc = browse.agreement_document(self.household, item_id)
        a = doc.agreement
        html = [
            f"<h2>{escape(a.title)}</h2>",
            "<p><i>"
            + self.tr("Made on {day}").format(day=f"{a.created_at:%d %B %Y}")
            + f" · {QCoreApplication.translate('records', a.status.value)}"
            + (" · " + self.tr("version {n}").format(n=a.version) if a.version > 1 else "")
            + "</i></p>",
        ]
        if doc.opening:
            html.append(
                f"<p>{escape(doc.opening.text)}<br>— {escape(doc.name_of(doc.opening.author_id))}</p>"
            )
        if doc.response:
            html.append(
                f"<p>{escape(doc.response.text)}<br>— {escape(doc.name_of(doc.response.author_id))}</p>"
            )
        html.append("<h3>" + self.tr("Commitments") + "</h3><ul>")
        for c in a.commitments:
            when = f" ({escape(c.when)})" if c.when else ""
            html.append(
                f"<li><b>{escape(doc.name_of(c.person_id))}</b>: {escape(c.action)}{when}</li>"
            )
        html.append("</ul>")
        html.extend(check_in_html(doc, self.household.clock.now().tzinfo))
        return "".join(html)
