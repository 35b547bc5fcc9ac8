"""The guard against PySide6 6.12.0's lost references keeps a busy app alive (in a subprocess,
since without it Python aborts)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from relate_desktop.ui import refcount_guard

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLineEdit
    from relate_desktop.ui import refcount_guard

    app = QApplication([])
    if sys.argv[1] == "guarded":
        refcount_guard.install(app)

    class Typing(QObject):
        changed = Signal()

    typing, edit = Typing(), QLineEdit()
    typing.changed.connect(lambda: None)
    edit.textChanged.connect(lambda text: None)
    # Many more signals than None and True have references, as in a long session.
    for n in range(3 * max(sys.getrefcount(True), sys.getrefcount(None))):
        typing.changed.emit()
        edit.setText(str(n % 7))
        if sys.argv[1] == "guarded" and n % 20_000 == 0:
            refcount_guard.top_up()  # what the guard's timer does every few seconds
    print("still here")
    """
)


def run(mode: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.mark.skipif(not refcount_guard.affected(), reason="only PySide6 6.12.0 on Python 3.11")
def test_without_the_guard_python_aborts_and_with_it_the_app_lives() -> None:
    bare = run("bare")
    assert bare.returncode != 0 and "deallocating" in bare.stderr
    guarded = run("guarded")
    assert guarded.returncode == 0, guarded.stderr[-2000:]
    assert "still here" in guarded.stdout
