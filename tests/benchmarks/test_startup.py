"""Start-up time: `relate-desktop --exit-when-ready` against a bare PySide6 window, same run."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.benchmarks.large import CONFLICTS, JOURNAL, large_household

pytestmark = pytest.mark.benchmark

RUNS = 7
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _median_seconds(command: list[str], env: dict[str, str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_start_up_against_a_bare_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    relate = [sys.executable, "-m", "relate_desktop"]
    fresh = tmp_path / "fresh"
    household = tmp_path / "household"
    subprocess.run(
        [*relate, "--data-dir", str(household), "setup", "--person", "Maria", "--person", "Lloyd"],
        env=env,
        check=True,
        capture_output=True,
    )

    bare = _median_seconds([sys.executable, "-c", BARE_WINDOW], env)
    first_run = _median_seconds([*relate, "--data-dir", str(fresh), "--exit-when-ready"], env)
    main_window = _median_seconds([*relate, "--data-dir", str(household), "--exit-when-ready"], env)
    large = large_household().root
    with_data = _median_seconds([*relate, "--data-dir", str(large), "--exit-when-ready"], env)

    print(f"\nstart-up, median of {RUNS} runs (process start to exit, window shown):")
    print(f"  bare PySide6 window              {bare * 1000:7.0f} ms   1.00x")
    print(
        f"  relate, fresh folder (welcome)   {first_run * 1000:7.0f} ms   {first_run / bare:.2f}x"
    )
    print(
        f"  relate, household (main window)  {main_window * 1000:7.0f} ms   {main_window / bare:.2f}x"
    )
    print(
        f"  relate, {CONFLICTS} conflicts, {JOURNAL} entries "
        f"{with_data * 1000:5.0f} ms   {with_data / bare:.2f}x   target <= 2x"
    )
