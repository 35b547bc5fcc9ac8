"""Start-up: what the first window needs from outside Qt is imported before Qt (see
app.BEFORE_QT), and nothing heavy (paint first, load after: docs/performance.md)."""

from __future__ import annotations

from tests.offscreen import run_python

HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6.QtCharts")


def test_the_first_window_imports_no_qt_free_module_after_qt() -> None:
    late = run_python(
        """
        import sys
        from relate_desktop.app import preload
        preload()
        assert not any(name.startswith("PySide6") for name in sys.modules)
        before = set(sys.modules)
        import relate_desktop.ui.application, relate_desktop.ui.session
        prefixes = ("relate_desktop.services", "relate_desktop.domain", "relate_desktop.store",
                    "sqlalchemy")
        print(sorted(n for n in set(sys.modules) - before if n.startswith(prefixes)))
        """
    )
    assert late == "[]"


def test_the_first_window_modules_leave_the_store_for_later() -> None:
    loaded = run_python(
        f"""
        import sys
        import relate_desktop.app, relate_desktop.ui.application, relate_desktop.ui.session
        print(sorted(n for n in sys.modules if n.startswith({HEAVY!r})))
        """
    )
    assert loaded == "[]"
