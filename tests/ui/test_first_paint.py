"""Paint first, load after (issue 19): the first window a person sees (welcome for a fresh
folder, unlock for a protected household, Home for one without passphrases) is on screen
before SQLAlchemy, Alembic, reportlab and QtCharts are imported. Each case starts the real app
in its own process and reads sys.modules (and which Qt classes Python has been shown) as soon
as the first window is shown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relate_desktop.paths import DataPaths
from relate_desktop.services.household import set_up
from tests.conftest import FAST_KDF, PASSPHRASES
from tests.offscreen import run_python

HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6.QtCharts")
# Not heavy, but not needed to show the first window either: the key derivation and the cipher
# (loaded when a key is derived), the database driver (when a space opens) and QtNetwork (the
# single-instance server, started once the window is painted).
LATER = ("argon2", "cryptography", "sqlcipher3", "PySide6.QtNetwork")
# Qt classes the first window does not use. Naming one (even in an import) makes Python's view
# of it and of its enums, which costs milliseconds each: QStyle's alone is 13 ms.
UNMADE = {
    "QtWidgets": ("QStyle", "QMessageBox"),
    "QtGui": ("QKeySequence",),
    "QtCore": ("QSettings",),
}

WATCH_FIRST_WINDOW = """
import json, sys
import PySide6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

HEAVY = {heavy!r}
LATER = {later!r}
UNMADE = {unmade!r}
seen = []


def look():
    # At each turn of the event loop (a timer, not an event filter: a filter would be handed
    # Qt's own objects, the style among them, and make their Python classes itself).
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    if seen or not shown:
        return
    first = shown[0]
    seen.append({{
        "window": first.objectName() or type(first).__name__,
        "heavy": sorted(n for n in sys.modules if n.startswith(HEAVY)),
        "later": sorted(n for n in sys.modules if n.startswith(LATER)),
        "made": sorted(
            name
            for module, names in UNMADE.items()
            for name in names
            if name in vars(getattr(PySide6, module))
        ),
        "shown": [w.objectName() for w in first.findChildren(QWidget)
                  if w.objectName() and w.isVisibleTo(first)],
    }})


class Watched(QApplication):  # the application Relate makes, as it makes it, watched
    def __init__(self, argv):
        super().__init__(argv)
        self.watch = QTimer()
        self.watch.timeout.connect(look)
        self.watch.start(0)

    def exec(self):  # --exit-when-ready shows the window, then quits at the loop's first turn
        look()
        return super().exec()


import relate_desktop.ui.application

relate_desktop.ui.application.QApplication = Watched
from relate_desktop.cli import main
code = main(["--data-dir", {folder!r}, "--exit-when-ready"])
print(json.dumps({{"code": code, "first": seen[0] if seen else None}}))
"""


def first_window(folder: Path) -> dict[str, object]:
    script = WATCH_FIRST_WINDOW.format(heavy=HEAVY, later=LATER, unmade=UNMADE, folder=str(folder))
    report: dict[str, object] = json.loads(run_python(script).splitlines()[-1])
    assert report["code"] == 0
    first = report["first"]
    assert isinstance(first, dict)
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
    assert first["later"] == []
    assert first["made"] == []
    if part is not None:
        assert part in first["shown"]  # type: ignore[operator]


FONTS_AFTER_PAINT = """
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
from relate_desktop.domain.people import Person
from relate_desktop.ui.appearance import apply_scheme, register_fonts
from relate_desktop.ui.tasks import TaskRunner
from relate_desktop.ui.unlock import UnlockDialog

app = QApplication(sys.argv[:1])
apply_scheme("light")
dialog = UnlockDialog([Person("a", "Maria"), Person("b", "José")], lambda *_: None, TaskRunner())
dialog.show()
app.processEvents()

def places():
    return {w.objectName(): list(w.geometry().getRect()) for w in dialog.findChildren(QWidget)
            if w.objectName()}

before = places()
register_fonts()  # what AfterFirstPaint does once the window is painted
app.processEvents()
print(json.dumps({"before": before, "after": places(), "size": dialog.size().toTuple()}))
"""


def test_the_bundled_fonts_arrive_after_the_paint_without_moving_anything() -> None:
    """Latin names draw with the desktop's own fonts, so the bundled fallbacks (CJK, emoji,
    Hebrew, Arabic) are registered after the first paint; the words stay where they were."""
    report = json.loads(run_python(FONTS_AFTER_PAINT).splitlines()[-1])
    assert report["before"]
    assert report["after"] == report["before"]
