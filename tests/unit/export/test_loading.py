"""What is loaded when: reportlab and QtPdf only when a PDF is made, each font only when needed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def run_python(code: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.strip()


def test_the_gui_and_the_cli_start_without_reportlab_or_qtpdf() -> None:
    loaded = run_python(
        """
        import sys
        import relate_desktop.cli
        import relate_desktop.ui.main_window
        import relate_desktop.ui.export_dialog
        import relate_desktop.services.documents
        heavy = ("reportlab", "bidi", "arabic_reshaper", "PySide6.QtPdf")
        print(sorted(name for name in heavy if name in sys.modules))
        """
    )
    assert loaded == "[]"


def test_fonts_load_only_for_the_scripts_a_document_uses() -> None:
    loaded = run_python(
        """
        from relate_desktop.export.agreement_pdf import agreement_pdf_bytes
        from relate_desktop.export.fonts import loaded_fonts
        from tests.unit.export.samples import make_document, many_scripts_document
        agreement_pdf_bytes(make_document())
        print(loaded_fonts())
        agreement_pdf_bytes(many_scripts_document())
        print(loaded_fonts())
        """
    ).splitlines()
    assert loaded[0] == "['RelateSans', 'RelateSans-Bold', 'RelateSans-Oblique']"
    for name in ("RelateHebrew", "RelateArabic", "RelateCJK", "RelateEmoji"):
        assert name in loaded[1]
