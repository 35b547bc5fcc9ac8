"""The Conflicts and Agreements screens: a list on the left, the chosen item on the right."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relate_desktop import APP_NAME
from relate_desktop.domain import vocabulary
from relate_desktop.domain.guide import fill
from relate_desktop.domain.models import (
    Agreement,
    AgreementDocument,
    AgreementStatus,
    AgreementSummary,
    Commitment,
    Conflict,
    ConflictSummary,
    FollowUpStatus,
)
from relate_desktop.services import browse, conflicts
from relate_desktop.services.household import Household
from relate_desktop.ui.agreement_history import (
    CHECK_IN_LINK,
    REMOVE_LINK,
    check_in_html,
    plan_check_in,
    remove_check_in,
)
from relate_desktop.ui.components import banner, primary, quiet
from relate_desktop.ui.dates import local_text
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.paged_model import PagedListModel
from relate_desktop.ui.widgets import ID_ROLE, heading, line_field, paragraph, text_field

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
    """A list that loads a page at a time as it scrolls, and the chosen item's details."""

    model: PagedListModel[Any]

    def __init__(self, household: Household, name: str, title: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.household = household
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title))
        split = QSplitter()
        self.list = QListView()
        self.list.setObjectName(f"{name}List")
        self.list.setAccessibleName(title)
        self.list.setUniformItemSizes(True)  # no measuring of every row: long lists stay fast
        self.list.setModel(self.model)
        self.detail = QTextBrowser()
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setAccessibleName(self.tr("Details"))
        split.addWidget(self.list)
        split.addWidget(self.detail)
        # The list gets two parts of five: long titles have room on a wide window.
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([320, 480])
        layout.addWidget(split, 1)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.shown_id: str | None = None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_item(current.data(ID_ROLE) if current.isValid() else None)

    def show_item(self, item_id: str | None) -> None:
        self.shown_id = item_id
        self.detail.setHtml(self.render_html(item_id) if item_id else "")

    def render_html(self, item_id: str) -> str:
        raise NotImplementedError

    def count(self) -> int:
        """How many rows are loaded so far."""
        return self.model.rowCount()

    def select(self, item_id: str) -> None:
        """Select the item in the list, or (when it is further down than loaded) just show it."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()
            self.show_item(item_id)

    def refresh(self) -> None:
        keep = self.shown_id
        self.model.reload()
        if keep and self.model.row_of(keep) >= 0:
            self.select(keep)
        elif self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self.show_item(keep)


def _who(doc: AgreementDocument, commitment: Commitment) -> str:
    return fill("turns", "agreement.both") if commitment.both else doc.name_of(commitment.person_id)


def _conflict_label(c: ConflictSummary) -> str:
    return f"{local_text(c.occurred_at, 'd MMM yyyy')}: {c.title}"


def _w(key: str, **values: str) -> str:
    return fill("turns", f"records.{key}", **values)


class EditConflictDialog(QDialog):
    """New words for a conflict's facts: its name, what happened, its topic."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictDialog")
        self.setWindowTitle(APP_NAME)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_w("edit_title")))
        self.title = line_field(layout, _w("title_label"), "editConflictTitle")
        self.title.setText(conflict.title)
        self.what = text_field(layout, _w("what_label"), "editWhatHappened", lines=5)
        self.what.setPlainText(conflict.what_happened)
        self.topic = line_field(layout, _w("topic_label"), "editTopic")
        self.topic.setText(conflict.topic)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("editConflictButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ConflictsPage(_MasterDetail):
    """The conflicts: each with its facts and every turn; edit, delete (with undo), and add
    a turn to one."""

    add_turn = Signal(str)  # a conflict id
    changed = Signal()

    def __init__(self, household: Household) -> None:
        def page(loaded: Sequence[ConflictSummary], limit: int) -> list[ConflictSummary]:
            return browse.conflicts_page(household, len(loaded), limit)

        self.model = PagedListModel(page, _conflict_label, lambda c: c.id)
        super().__init__(household, "conflicts", self.tr("Conflicts"))
        self.deleted: Conflict | None = None
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("undoBar")
        banner(self.undo_bar, "info")
        bar = QHBoxLayout(self.undo_bar)
        self.undo_label = paragraph("", "undoText")
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(_w("undo"))
        self.undo_button.setObjectName("undoDelete")
        self.undo_button.clicked.connect(self.undo_delete)
        bar.addWidget(self.undo_label, 1)
        bar.addWidget(self.undo_button)
        self.undo_bar.hide()
        row = QHBoxLayout()
        self.edit_button = QPushButton(_w("edit") + "…")
        self.edit_button.setObjectName("conflictEdit")
        self.delete_button = quiet(QPushButton(_w("delete")))
        self.delete_button.setObjectName("conflictDelete")
        self.turn_button = QPushButton(_w("add_turn") + "…")
        self.turn_button.setObjectName("conflictAddTurn")
        primary(self.turn_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.turn_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.undo_bar)
        layout.addLayout(row)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.turn_button.clicked.connect(self._add_turn)

    def show_item(self, item_id: str | None) -> None:
        super().show_item(item_id)
        for button in (self.edit_button, self.delete_button, self.turn_button):
            button.setEnabled(item_id is not None)

    def _add_turn(self) -> None:
        if self.shown_id:
            self.add_turn.emit(self.shown_id)

    def edit(self) -> None:
        if not self.shown_id:
            return
        try:
            conflict = browse.conflict_detail(self.household, self.shown_id)
        except Exception as error:
            show_error(self, error)
            return
        dialog = EditConflictDialog(conflict, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            try:
                conflicts.edit_conflict(
                    self.household,
                    conflict.id,
                    dialog.title.text(),
                    dialog.what.toPlainText(),
                    dialog.topic.text(),
                )
            except Exception as error:
                show_error(self, error)
                return
            self.refresh()
            self.changed.emit()

        dialog.accepted.connect(save)
        dialog.open()

    def delete(self) -> None:
        """Delete the conflict on show; Undo brings it back whole while the bar shows."""
        if not self.shown_id:
            return
        try:
            self.deleted = conflicts.delete_conflict(self.household, self.shown_id)
        except Exception as error:
            show_error(self, error)
            return
        self.undo_label.setText(_w("deleted", title=self.deleted.title))
        self.undo_bar.show()
        self.shown_id = None
        self.refresh()
        self.changed.emit()

    def undo_delete(self) -> None:
        if self.deleted is None:
            return
        try:
            conflicts.restore_conflict(self.household, self.deleted)
        except Exception as error:
            show_error(self, error)
            return
        restored, self.deleted = self.deleted.id, None
        self.undo_bar.hide()
        self.refresh()
        self.select(restored)
        self.changed.emit()

    def render_html(self, item_id: str) -> str:
        c = browse.conflict_detail(self.household, item_id)
        name = self.household.name_of
        html = [
            f"<h2>{escape(c.title)}</h2>",
            f"<p><i>{local_text(c.occurred_at, self.tr('dddd d MMMM yyyy, HH:mm'))}</i>"
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
        numbered = len({d.turn for d in c.drafts}) > 1
        for d in c.drafts:
            kind = self.tr("{kind} from {name}").format(
                kind=QCoreApplication.translate("records", d.kind.value.capitalize()),
                name=escape(name(d.author_id)),
            )
            if numbered:
                kind = f"{escape(fill('turns', 'pdf.turn', n=str(d.turn)))} · {kind}"
            html.append(f"<h3>{kind}</h3><p>{escape(d.text)}</p>")
        return "".join(html)


class AgreementsPage(_MasterDetail):
    export_pdf = Signal(str)
    check_in = Signal(str)

    def __init__(self, household: Household) -> None:
        def page(loaded: Sequence[AgreementSummary], limit: int) -> list[AgreementSummary]:
            return browse.agreements_page(household, len(loaded), limit)

        self.model = PagedListModel(page, self._label, lambda a: a.id)
        # The agreement on show, as read to draw it: the buttons follow it without reading again.
        self.shown: Agreement | None = None
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

    def _label(self, a: AgreementSummary) -> str:
        return f"{a.title} ({QCoreApplication.translate('records', a.status.value)})"

    def _current(self) -> str | None:
        return self.shown_id

    def _export(self) -> None:
        agreement_id = self._current()
        if agreement_id:
            self.export_pdf.emit(agreement_id)

    def _next_check_in(self) -> str | None:
        shown = self.shown
        pending = (
            [f for f in shown.follow_ups if f.status is FollowUpStatus.PENDING] if (shown) else []
        )
        return min(pending, key=lambda f: f.due_at).id if pending else None

    def _check_in(self) -> None:
        follow_up = self._next_check_in()
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

    def _plan(self) -> None:
        agreement_id = self._current()
        if agreement_id and plan_check_in(self, self.household, agreement_id):
            self.refresh()

    def show_item(self, item_id: str | None) -> None:
        self.shown = None
        super().show_item(item_id)  # draws it, which sets self.shown
        active = self.shown is not None and self.shown.status is AgreementStatus.ACTIVE
        self.pdf_button.setEnabled(self.shown is not None)
        self.plan_button.setEnabled(active)
        self.check_in_button.setEnabled(active and self._next_check_in() is not None)

    def render_html(self, item_id: str) -> str:
        doc = browse.agreement_document(self.household, item_id)
        a = self.shown = doc.agreement
        html = [
            f"<h2>{escape(a.title)}</h2>",
            "<p><i>"
            + self.tr("Made on {day}").format(day=local_text(a.created_at, "d MMMM yyyy"))
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
            html.append(f"<li><b>{escape(_who(doc, c))}</b>: {escape(c.action)}{when}</li>")
        html.append("</ul>")
        html.extend(check_in_html(doc, self.household.clock.now().tzinfo))
        return "".join(html)
