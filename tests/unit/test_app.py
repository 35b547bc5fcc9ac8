"""Start-up: what the GUI needs from outside Qt is imported before Qt (see app.BEFORE_QT)."""

from __future__ import annotations

from tests.unit.export.test_loading import run_python


def test_the_window_imports_no_qt_free_module_after_qt() -> None:
    late = run_python(
        """
        import sys
        from relate_desktop.app import preload
        preload()
        assert not any(name.startswith("PySide6") for name in sys.modules)
        before = set(sys.modules)
        import relate_desktop.ui.application, relate_desktop.ui.session
        import relate_desktop.ui.main_window
        prefixes = ("relate_desktop.services", "relate_desktop.domain", "relate_desktop.store",
                    "sqlalchemy")
        print(sorted(n for n in set(sys.modules) - before if n.startswith(prefixes)))
        """
    )
    assert late == "[]"
