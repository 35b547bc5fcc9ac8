"""What is loaded when: reportlab and QtPdf only when a PDF is made, QtCharts only when Insights
is shown, Alembic only to migrate, each font only when needed."""

from __future__ import annotations

from tests.offscreen import run_python


def test_the_gui_and_the_cli_start_without_reportlab_or_qtpdf() -> None:
    loaded = run_python(
        """
        import sys
        import relate_desktop.cli
        import relate_desktop.ui.main_window
        import relate_desktop.ui.export_dialog
        import relate_desktop.services.documents
        import relate_desktop.ui.session
        heavy = (
            "reportlab", "bidi", "arabic_reshaper", "PySide6.QtPdf", "PySide6.QtCharts",
            "alembic", "icalendar",
        )
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


def test_a_shown_main_window_has_not_loaded_qtcharts_or_alembic_until_insights_opens(
    tmp_path: object,
) -> None:
    loaded = run_python(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from relate_desktop.paths import DataPaths
        from relate_desktop.services.household import set_up
        from relate_desktop.ui.main_window import MainWindow
        from relate_desktop.ui.tasks import TaskRunner
        household = set_up(DataPaths(Path({str(tmp_path)!r}) / "data"), ["Maria"])
        sys.modules.pop("alembic", None)  # set-up migrated a new space; start-up would not
        window = MainWindow(household, household.people[0].id, TaskRunner(synchronous=True))
        window.show()
        app.processEvents()
        heavy = ("PySide6.QtCharts", "alembic", "reportlab")
        print(sorted(name for name in heavy if name in sys.modules))
        window.show_section(4)
        print("PySide6.QtCharts" in sys.modules)
        window.close()
        household.close()
        """
    ).splitlines()
    assert loaded == ["[]", "True"]
