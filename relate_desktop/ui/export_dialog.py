"""Exporting an agreement: choose what goes in, see the first page, save it where you like."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relate_desktop.domain.models import AgreementPdfIncludes
from relate_desktop.services import documents
from relate_desktop.services.household import Household
from relate_desktop.ui.components import dress, muted
from relate_desktop.ui.design import SPACE
from relate_desktop.ui.errors import show_error
from relate_desktop.ui.tasks import TaskRunner

# Width of the first-page preview, in device-independent pixels (A4 keeps its proportions).
PREVIEW_WIDTH = 360


@dataclass(frozen=True)
class IncludeOption:
    """One checkbox: the AgreementPdfIncludes field it sets, its label (with a mnemonic), and
    what it says when this agreement has nothing for it."""

    field: str
    label: str
    unavailable: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


# The extension point for new choices: a field on AgreementPdfIncludes and a line here.
INCLUDE_OPTIONS: tuple[IncludeOption, ...] = (
    IncludeOption(
        "response",
        str(QT_TRANSLATE_NOOP("ExportDialog", "The &response")),
        str(QT_TRANSLATE_NOOP("ExportDialog", "This agreement has no response.")),
    ),
    IncludeOption(
        "follow_up_dates",
        str(QT_TRANSLATE_NOOP("ExportDialog", "&Follow-up dates")),
        str(QT_TRANSLATE_NOOP("ExportDialog", "No check-ins are scheduled.")),
    ),
    IncludeOption(
        "check_in_history",
        str(QT_TRANSLATE_NOOP("ExportDialog", "Check-in &history")),
        str(QT_TRANSLATE_NOOP("ExportDialog", "No check-in has happened yet.")),
    ),
)


def _plain(label: str) -> str:
    return label.replace("&", "")


class ExportDialog(QDialog):
    """Choices on the left, the first page on the right, Save as… below. The PDF is made on the
    worker thread each time a choice changes; only the newest result is shown."""

    saved = Signal(Path)

    def __init__(
        self,
        household: Household,
        agreement_id: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.household = household
        self.agreement_id = agreement_id
        self.runner = runner
        self._generation = 0
        self._open = True
        self._pdf: documents.AgreementPdf | None = None
        self.page_count = 0
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the agreement as PDF"))

        choices = QVBoxLayout()
        heading = QLabel(self.tr("What goes in"))
        heading.setStyleSheet("font-weight: 600;")
        choices.addWidget(heading)
        self.boxes: dict[str, QCheckBox] = {}
        for option in INCLUDE_OPTIONS:
            box = QCheckBox(_tr(option.label))
            box.setObjectName(f"include_{option.field}")
            box.setAccessibleName(_plain(_tr(option.label)))
            box.setChecked(getattr(AgreementPdfIncludes(), option.field))
            box.toggled.connect(self.refresh)
            choices.addWidget(box)
            self.boxes[option.field] = box
        always = QLabel(
            self.tr(
                "The agreement, the commitments and the lines to sign are always in. "
                "Nothing private is."
            )
        )
        always.setObjectName("exportAlwaysNote")
        always.setWordWrap(True)
        muted(always)
        choices.addWidget(always)
        choices.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Export status"))
        choices.addWidget(self.status)

        self.preview = QLabel()
        self.preview.setObjectName("pdfPreview")
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(QSize(PREVIEW_WIDTH, round(PREVIEW_WIDTH * 297 / 210)))
        self.preview.setFrameShape(QFrame.Shape.Box)
        dress(self.preview, "preview")  # a sheet of paper, white in either scheme
        self.preview.setWordWrap(True)
        self.pages = QLabel()
        self.pages.setObjectName("previewPages")
        self.pages.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page_column = QVBoxLayout()
        page_column.addWidget(self.preview)
        page_column.addWidget(self.pages)

        choices_box = QWidget()
        choices_box.setLayout(choices)
        choices_box.setMinimumWidth(240)
        body = QHBoxLayout()
        body.addWidget(choices_box, 1)
        body.addSpacing(SPACE["m"])
        body.addLayout(page_column)

        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("savePdfButton")
        self.save_button.setAccessibleName(self.tr("Save as"))
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_as)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeExportButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.refresh()

    # --- Choices and preview -----------------------------------------------------------------

    def includes(self) -> AgreementPdfIncludes:
        """The choices as ticked; one that has nothing to show is off."""
        chosen = {name: box.isChecked() and box.isEnabled() for name, box in self.boxes.items()}
        return AgreementPdfIncludes(**chosen)

    def refresh(self) -> None:
        """Make the PDF for the current choices in the background, then show its first page."""
        self._generation += 1
        generation = self._generation
        includes = self.includes()
        self.status.setText(self.tr("Making the preview…"))
        self.runner.run(
            lambda: documents.make_agreement_pdf(self.household, self.agreement_id, includes),
            lambda pdf: self._show(generation, pdf),
            self._failed,
        )

    def _show(self, generation: int, pdf: documents.AgreementPdf) -> None:
        if not self._open or generation != self._generation:
            return  # closed meanwhile, or a newer choice is on its way
        self._pdf = pdf
        for option in INCLUDE_OPTIONS:
            box = self.boxes[option.field]
            available = bool(getattr(pdf.available, option.field))
            box.setEnabled(available)
            box.setToolTip("" if available else _tr(option.unavailable))
            box.setAccessibleDescription("" if available else _tr(option.unavailable))
        image, self.page_count = _first_page(pdf.data, PREVIEW_WIDTH, self.devicePixelRatioF())
        if image is None:
            self.preview.setText(
                self.tr("The preview can't be shown on this computer. Saving works as usual.")
            )
        else:
            self.preview.setPixmap(QPixmap.fromImage(image))
        pages = self.tr("Page 1 of {count}").format(count=self.page_count or "?")
        self.pages.setText(pages)
        self.preview.setAccessibleDescription(pages)
        self.status.clear()
        self.save_button.setEnabled(True)

    def _failed(self, error: BaseException) -> None:
        if not self._open:
            return
        self.status.setText(self.tr("The PDF couldn't be made."))
        self.save_button.setEnabled(self._pdf is not None)
        show_error(self, error)

    # --- Saving ------------------------------------------------------------------------------

    def choose_path(self, suggested: str) -> Path | None:
        """Ask where to save; None when the person changes their mind."""
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the agreement as PDF"),
            str(Path(folder or Path.home()) / suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def save_as(self) -> None:
        suggested = self._pdf.suggested_name if self._pdf else _tr("Relate agreement.pdf")
        out = self.choose_path(suggested)
        if out is None:
            return
        includes = self.includes()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.runner.run(
            lambda: documents.export_agreement_pdf(
                self.household, self.agreement_id, out, includes
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, path: Path) -> None:
        if not self._open:
            return
        self.saved.emit(path)
        self.accept()

    def done(self, result: int) -> None:
        self._open = False
        super().done(result)


def _first_page(data: bytes, width: int, pixel_ratio: float) -> tuple[QImage | None, int]:
    """The first page drawn `width` pixels wide, and the page count, with Qt's own PDF engine
    (pdfium). QtPdf is loaded here, on first use, to keep start-up fast."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:  # a Qt build without QtPdf: no preview, saving still works
        return None, 0
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            return None, 0
        page = document.pagePointSize(0)
        pixels = QSize(
            round(width * pixel_ratio), round(width * pixel_ratio * page.height() / page.width())
        )
        image = document.render(0, pixels)
        image.setDevicePixelRatio(pixel_ratio)
        return (None if image.isNull() else image), document.pageCount()
    finally:
        document.close()
        buffer.close()


def open_export_dialog(
    parent: QWidget,
    household: Household,
    agreement_id: str,
    runner: TaskRunner,
    on_saved: Callable[[Path], None],
) -> ExportDialog:
    """Open the export dialog over `parent` (window-modal, returns at once)."""
    dialog = ExportDialog(household, agreement_id, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(on_saved)
    dialog.open()
    return dialog
