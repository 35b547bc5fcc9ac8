"""Paint first, load after (issue 19): the first window a person sees (welcome for a fresh
folder, unlock for a protected household, Home for one without passphrases) is on screen
before SQLAlchemy, Alembic, reportlab and QtCharts are imported. Each case starts the real app
in its own process and reads sys.modules at the moment the first window is shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from relate_desktop.paths import DataPaths
from relate_desktop.services.household import set_up
from tests.conftest import FAST_KDF, PASSPHRASES

HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6.QtCharts")

WATCH_FIRST_WINDOW = """
import json, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

HEAVY = {heavy!r}
seen = []

class FirstWindow(QObject):
    def eventFilter(self, watched, event):
        if (
            not seen
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            seen.append({{
                "window": watched.objectName() or type(watched).__name__,
                "heavy": sorted(n for n in sys.modules if n.startswith(HEAVY)),
                "shown": [w.objectName() for w in watched.findChildren(QWidget)
                          if w.objectName() and w.isVisibleTo(watched)],
            }})
        return False

app = QApplication(sys.argv[:1])
watcher = FirstWindow()
app.installEventFilter(watcher)
from relate_desktop.cli import main
code = main(["--data-dir", {folder!r}, "--exit-when-ready"])
print(json.dumps({{"code": code, "first": seen[0] if seen else None}}))
"""


def first_window(folder: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    script = textwrap.dedent(WATCH_FIRST_WINDOW.format(heavy=HEAVY, folder=str(folder)))
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )
    report: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, result.stderr
    first = report["first"]
    assert isinstance(first, dict), result.stderr
    return first


@pytest.mark.parametrize(
    ("household", "window", "part"),
    [
        ("fresh", "firstRunDialog", None),
        ("protected", "unlockDialog", "unlockPassphrase"),
        ("open", "openingWindow", "homeGreeting"),
    ],
)
def test_the_first_window_shows_before_the_store_loads(
    tmp_path: Path, household: str, window: str, part: str | None
) -> None:
    paths = DataPaths(tmp_path / "data")
    if household != "fresh":
        passphrases = list(PASSPHRASES) if household == "protected" else None
        set_up(paths, ["Maria", "Lloyd"], passphrases, kdf=FAST_KDF).close()
    first = first_window(paths.root)
    assert first["window"] == window
    assert first["heavy"] == []
    if part is not None:
        assert part in first["shown"]  # type: ignore[operator]
