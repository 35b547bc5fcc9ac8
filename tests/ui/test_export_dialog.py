"""The export dialog: choose what goes in, see the first page, save through the file chooser."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from relate_desktop.domain.models import AgreementPdfIncludes
from relate_desktop.services import documents
from relate_desktop.services.household import Household
from relate_desktop.ui.export_dialog import INCLUDE_OPTIONS, ExportDialog, open_export_dialog
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
from tests.agreements import make_agreement
from tests.ui.conftest import screenshot


def find(parent: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def dialog(qtbot: QtBot, couple: Household, runner: TaskRunner) -> Iterator[ExportDialog]:
    agreement_id = make_agreement(couple, check_in_done=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    saved: list[Path] = []
    opened = open_export_dialog(parent, couple, agreement_id, runner, saved.append)
    opened.saved_paths = saved  # type: ignore[attr-defined]
    qtbot.waitExposed(opened)
    yield opened  # while `parent` lives


def test_every_include_choice_has_a_checkbox() -> None:
    assert [option.field for option in INCLUDE_OPTIONS] == [
        field.name for field in fields(AgreementPdfIncludes)
    ]


def test_the_dialog_previews_toggles_and_saves(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first page is shown as soon as the dialog opens, with the page count.
    preview = find(dialog, QLabel, "pdfPreview")
    assert not preview.pixmap().isNull()
    assert preview.pixmap().width() > 100
    assert find(dialog, QLabel, "previewPages").text() == "Page 1 of 1"
    assert preview.accessibleName() == "Preview of the first page"
    before = preview.pixmap().toImage()
    screenshot(dialog, "export-dialog")

    # Leave the response out: the preview is made again, without it.
    response = find(dialog, QCheckBox, "include_response")
    assert response.isChecked() and response.isEnabled()
    assert response.accessibleName() == "The response"
    on_the_box = response.rect().center()
    on_the_box.setX(8)  # check boxes react to clicks on their box and label, at the left
    qtbot.mouseClick(response, Qt.MouseButton.LeftButton, pos=on_the_box)
    assert not response.isChecked()
    assert dialog.includes() == AgreementPdfIncludes(response=False)
    assert preview.pixmap().toImage() != before

    # Save as…, with the file chooser answering for the person.
    out = tmp_path / "ours.pdf"
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "ours"), "PDF documents (*.pdf)"  # no extension typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    save = find(dialog, QPushButton, "savePdfButton")
    assert save.isDefault()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert Path(asked[0]).name.startswith("Relate agreement - Dîners sans téléphone")
    assert Path(asked[0]).name.endswith(".pdf")
    assert out.exists()
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out.read_bytes())
    assert "Leave my phone in the hall" in text
    assert "The response" not in text
    assert "How the check-ins went" in text
    assert dialog.saved_paths == [out]  # type: ignore[attr-defined]
    assert not dialog.isVisible()


def test_choices_with_nothing_to_show_are_disabled_and_say_why(
    qtbot: QtBot, solo: Household, runner: TaskRunner
) -> None:
    agreement_id = make_agreement(solo)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_export_dialog(parent, solo, agreement_id, runner, lambda _path: None)
    response = find(dialog, QCheckBox, "include_response")
    history = find(dialog, QCheckBox, "include_check_in_history")
    assert not response.isEnabled()
    assert response.toolTip() == "This agreement has no response."
    assert not history.isEnabled()
    assert history.accessibleDescription() == "No check-in has happened yet."
    assert find(dialog, QCheckBox, "include_follow_up_dates").isEnabled()
    assert dialog.includes() == AgreementPdfIncludes(response=False, check_in_history=False)
    dialog.close()


def test_the_keyboard_alone_can_toggle_and_close(qtbot: QtBot, dialog: ExportDialog) -> None:
    dates = find(dialog, QCheckBox, "include_follow_up_dates")
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    # Alt+F is the mnemonic of "&Follow-up dates": it moves focus there and ticks it off.
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert dates.hasFocus()
    qtbot.waitUntil(lambda: not dates.isChecked())  # a mnemonic "animates" the click
    assert not dialog.includes().follow_up_dates
    # Tab moves on to the next choice; Space ticks it.
    qtbot.keyClick(dates, Qt.Key.Key_Tab)
    history = find(dialog, QCheckBox, "include_check_in_history")
    assert history.hasFocus()
    qtbot.keyClick(history, Qt.Key.Key_Space)
    assert not history.isChecked()
    for box in dialog.findChildren(QCheckBox):
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert box.accessibleName()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.saved_paths == []  # type: ignore[attr-defined]


def test_the_main_window_opens_the_dialog_for_an_agreement(
    qtbot: QtBot, window: MainWindow
) -> None:
    agreement_id = make_agreement(window.household)
    window.export_pdf(agreement_id)
    dialog = window.findChild(ExportDialog, "exportDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.isModal() or dialog.windowModality() != Qt.WindowModality.NonModal
    dialog.close()
    QApplication.processEvents()


def test_the_pdf_is_made_off_the_gui_thread(
    qtbot: QtBot, couple: Household, monkeypatch: pytest.MonkeyPatch
) -> None:
    agreement_id = make_agreement(couple)
    threads: list[threading.Thread] = []
    make = documents.make_agreement_pdf

    def recording(*args: object) -> documents.AgreementPdf:
        threads.append(threading.current_thread())
        return make(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "make_agreement_pdf", recording)
    runner = TaskRunner()  # a real worker thread, as in the app
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        dialog = open_export_dialog(parent, couple, agreement_id, runner, lambda _path: None)
        preview = find(dialog, QLabel, "pdfPreview")
        qtbot.waitUntil(lambda: preview.pixmap() is not None and not preview.pixmap().isNull())
        assert threads and threads[0] is not threading.main_thread()
        # Changing a choice while the dialog closes: the late result is dropped quietly.
        find(dialog, QCheckBox, "include_response").setChecked(False)
        dialog.close()
        qtbot.waitUntil(lambda: runner.busy == 0)
    finally:
        runner.shutdown()
