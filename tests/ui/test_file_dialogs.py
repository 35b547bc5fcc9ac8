"""Qt's file dialogs remember folders (QtProject.conf, normally in ~/.config): Relate keeps that
history in its data folder, readable by its owner only, and writes none of it elsewhere."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from relate_desktop.paths import DataPaths
from relate_desktop.ui.application import keep_qt_settings_in


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    umask = os.umask(0o077)  # as cli.main sets it (restrict_process) for the app
    home = tmp_path / "home"
    (home / ".config").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    yield home
    # Back to Qt's usual place for any later test (the path is process-wide).
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, default)
    os.umask(umask)


@pytest.mark.skipif(os.name != "posix", reason="file modes and XDG folders are POSIX")
def test_file_dialogs_keep_their_history_in_the_data_folder_only(
    qtbot: QtBot, home: Path, paths: DataPaths, tmp_path: Path
) -> None:
    keep_qt_settings_in(paths)
    chosen = tmp_path / "somewhere I saved a PDF"
    chosen.mkdir()
    dialog = QFileDialog(None, "Save", str(chosen))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.selectFile(str(chosen / "agreement.pdf"))
    dialog.accept()
    dialog.close()
    dialog.deleteLater()
    conf = paths.root / "QtProject.conf"
    qtbot.waitUntil(lambda: conf.exists() and conf.stat().st_size > 0)

    written = [p for p in home.rglob("*") if p.is_file()]
    assert written == [], f"Qt wrote outside the data folder: {written}"
    assert "somewhere%20I%20saved%20a%20PDF" in conf.read_text(encoding="utf-8")
    assert stat.S_IMODE(conf.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700
