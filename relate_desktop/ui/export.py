"""Exporting an agreement to PDF: choose where, make it in the background, say where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from relate_desktop.services import documents
from relate_desktop.services.household import Household
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.tasks import TaskRunner


def export_agreement_pdf(
    parent: QWidget,
    household: Household,
    agreement_id: str,
    runner: TaskRunner,
    on_saved: Callable[[Path], None],
) -> None:
    """Ask where to save, then write the PDF off the GUI thread."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(
        Path(folder or Path.home()) / documents.suggested_pdf_name(household, agreement_id)
    )
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        parent.tr("Save the agreement as PDF"),
        suggested,
        parent.tr("PDF documents (*.pdf)"),
    )
    if not chosen:
        return
    out = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    progress = QProgressDialog(parent.tr("Making the PDF…"), "", 0, 0, parent)
    progress.setObjectName("pdfProgress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def done(path: Path) -> None:
        progress.close()
        on_saved(path)

    def failed(error: BaseException) -> None:
        progress.close()
        show_error(parent, error)

    runner.run(lambda: documents.export_agreement_pdf(household, agreement_id, out), done, failed)
