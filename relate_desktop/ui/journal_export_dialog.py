"""Export a journal: the days, tags, PDF or Markdown, and, only by an explicit tick, one's own
private entries (the box is there only while one's own private space is open)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.services import journal_export
from relate_desktop.services.household import Household
from relate_desktop.services.journal_export import JournalExportChoice
from relate_desktop.ui.components import primary
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.saved_file import offer_saved_file


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class JournalExportDialog(QDialog):
    def __init__(self, parent: QWidget, household: Household, person_id: str) -> None:
        super().__init__(parent)
        self.household = household
        self.person_id = person_id
        self.saved_to: Path | None = None
        self.setObjectName("journalExport")
        self.setWindowTitle(self.tr("Export my journal"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the days to take out, for yourself or to bring to a therapist. "
                "Shared entries of those days go in; your private entries only if you tick "
                "the box."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        today = household.clock.now().date()
        self.start = self._date_field("journalExportFrom", today.replace(day=1))
        self.end = self._date_field("journalExportTo", today)
        form.addRow(self.tr("&From"), self.start)
        form.addRow(self.tr("&To"), self.end)
        self.tags = QLineEdit()
        self.tags.setObjectName("journalExportTags")
        self.tags.setPlaceholderText(self.tr("All tags"))
        self.tags.setAccessibleName(self.tr("Only entries with these tags"))
        form.addRow(self.tr("Only these &tags"), self.tags)
        layout.addLayout(form)
        self.pdf = QRadioButton(self.tr("&PDF, to print or send"))
        self.pdf.setObjectName("journalExportPdf")
        self.pdf.setChecked(True)
        self.markdown = QRadioButton(self.tr("&Markdown text, to keep or edit"))
        self.markdown.setObjectName("journalExportMarkdown")
        layout.addWidget(self.pdf)
        layout.addWidget(self.markdown)
        self.private = QCheckBox(self.tr("Include my &private entries"))
        self.private.setObjectName("journalExportPrivate")
        self.private.setChecked(False)
        own_space_open = household.private_person == person_id
        self.private.setVisible(own_space_open)
        layout.addWidget(self.private)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = primary(QPushButton(self.tr("&Save as…")))
        self.save_button.setObjectName("journalExportSave")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_as)
        layout.addWidget(buttons)

    def _date_field(self, name: str, day: date) -> QDateEdit:
        field = QDateEdit(_qdate(day))
        field.setObjectName(name)
        field.setCalendarPopup(True)
        field.setDisplayFormat("yyyy-MM-dd")
        return field

    def choice(self) -> JournalExportChoice:
        return JournalExportChoice(
            start=_day(self.start.date()),
            end=_day(self.end.date()),
            tags=tuple(self.tags.text().split(",")),
            include_private=self.private.isVisible() and self.private.isChecked(),
            format="md" if self.markdown.isChecked() else "pdf",
        )

    def save_as(self) -> None:
        choice = self.choice()
        if choice.end < choice.start:
            show_error(self, ValueError(self.tr("The first day comes after the last one.")))
            return
        name = journal_export.suggested_name(self.household, self.person_id, choice)
        kind = self.tr("PDF (*.pdf)") if choice.format == "pdf" else self.tr("Markdown (*.md)")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save my journal as"), str(Path.home() / name), kind
        )
        if not chosen:
            return
        out = Path(chosen)
        if not out.suffix:
            out = out.with_suffix(f".{choice.format}")
        try:
            journal_export.export_journal(self.household, self.person_id, choice, out)
        except Exception as error:
            show_error(self, error)
            return
        self.saved_to = out
        self.accept()
        offer_saved_file(self.parentWidget(), out)
