"""What waits for the first paint (ui/painted.py): it runs once, just after the window is
painted, never before it shows; and the single-instance client waits for a copy that is
still starting (it listens only once its first window is painted)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout
from pytestqt.qtbot import QtBot

from relate_desktop.paths import DataPaths
from relate_desktop.ui.appearance import needs_bundled_fonts
from relate_desktop.ui.painted import after_first_paint
from relate_desktop.ui.single_instance import ask_running_copy_to_show


def test_it_runs_once_after_the_window_is_painted(qtbot: QtBot) -> None:
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLabel("Welcome back"))
    qtbot.addWidget(dialog)
    calls: list[bool] = []
    after_first_paint(dialog, lambda: calls.append(dialog.isVisible()))
    qtbot.wait(50)
    assert calls == []  # not shown: nothing painted yet (the fallback is far later)
    dialog.show()
    qtbot.waitUntil(lambda: bool(calls))
    dialog.update()
    qtbot.wait(50)
    assert calls == [True]


def test_only_names_beyond_latin_need_the_bundled_fonts_first() -> None:
    assert not needs_bundled_fonts(["Maria", "Lloyd", "José", "Zoë", "Łukasz"])
    assert needs_bundled_fonts(["Maria", "美咲"])
    assert needs_bundled_fonts(["נועה"])
    assert needs_bundled_fonts(["Sam 🙂"])
    assert not needs_bundled_fonts([])


SERVER = """
import sys, time
from PySide6.QtCore import QCoreApplication, QTimer
from relate_desktop.paths import DataPaths
from relate_desktop.ui.single_instance import InstanceServer
from pathlib import Path

app = QCoreApplication([])
print("starting", flush=True)
time.sleep(0.4)  # still starting: not listening yet
server = InstanceServer(DataPaths(Path(sys.argv[1])))
server.show_requested.connect(lambda: print("shown", flush=True))
QTimer.singleShot(5000, app.quit)
app.exec()
"""


def test_a_second_launch_waits_for_a_copy_still_starting(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(SERVER), str(paths.root)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as starting:
        try:
            assert starting.stdout is not None
            assert starting.stdout.readline().strip() == "starting"
            assert ask_running_copy_to_show(paths)
            # The first copy says so once its event loop has handled the request (it may
            # take a moment on a busy machine; it quits by itself after 5 s).
            said = starting.stdout.readline().strip()
        finally:
            starting.terminate()
            starting.communicate()
    assert said == "shown"
