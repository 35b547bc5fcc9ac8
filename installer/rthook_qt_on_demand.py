"""A PyInstaller runtime hook (installer/relate-desktop.spec) that runs before PyInstaller's own
hook for PySide6 and keeps it from loading Qt before the app's first line (issue 19).

That hook imports PySide6.QtCore to give Qt a qt.conf naming where Qt lives in the bundle, and
does nothing more when one is there already: PySide6's wheels register their own as QtCore
loads. So its import only moves Qt's loading first: every command-line command paid for Qt
(about 80 ms) and the app lost its order, the Qt-free modules before Qt (relate_desktop/app.py
says why). Here that one step is skipped; the hook's other work (QT_PLUGIN_PATH and such) is
kept. PySide6 still registers its qt.conf when the app first imports Qt.
"""

try:
    from _pyi_rth_utils import qt as _qt_helpers  # PyInstaller's helpers for its Qt hooks
except ImportError:  # another PyInstaller: its hook runs unchanged, only slower to start
    pass
else:

    def _qt_conf_from_pyside(qt_bindings: str, prefix_path: str) -> None:
        """PySide6 registers its own qt.conf when QtCore loads; nothing to do before that."""

    _qt_helpers.create_embedded_qt_conf = _qt_conf_from_pyside
