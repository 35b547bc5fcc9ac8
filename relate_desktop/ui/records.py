"""The Conflicts and Agreements screens: a list on the left, the chosen item on the right."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
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
from relate_desktop.services import browse
from relate_desktop.services.household import Household
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

    def __init__(self, household: Household) -> None:
        super().__init__(household, "agreements", self.tr("Agreements"))
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Make a &PDF…"))
        self.pdf_button.setObjectName("agreementPdfButton")
        self.pdf_button.setAccessibleName(self.tr("Make a PDF of this agreement"))
        self.pdf_button.clicked.connect(self._export)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)

    def _export(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(ID_ROLE):
            self.export_pdf.emit(item.data(ID_ROLE))

    def refresh(self) -> None:
        self.fill(
            [
                (f"{a.title} ({QCoreApplication.translate('records', a.status.value)})", a.id)
                for a in browse.agreements(self.household)
            ]
        )
        self.pdf_button.setEnabled(self.list.count() > 0)

    def render_html(self, item_id: str) -> str:
        doc = browse.agreement_document(self.household, item_id)
        a = doc.agreement
        html = [
            f"<h2>{escape(a.title)}</h2>",
            "<p><i>"
            + self.tr("Made on {day}").format(day=f"{a.created_at:%d %B %Y}")
            + f" · {QCoreApplication.translate('records', a.status.value)}</i></p>",
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
        html.append("</ul><h3>" + self.tr("Check-ins") + "</h3><ul>")
        for f in a.follow_ups:
            html.append(
                f"<li>{f.due_at.astimezone():%A %d %B %Y, %H:%M} ({QCoreApplication.translate('records', f.status.value)})</li>"
            )
        html.append("</ul>")
        return "".join(html)
