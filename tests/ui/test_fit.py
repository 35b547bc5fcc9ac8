"""Every top-level window and dialog fits a small screen (1024x640) and a laptop at 150%
(1440x900 at scale 1.5, which leaves 960x600), in English and in Spanish (longer words), with
all its buttons on screen. Each screen runs in a process of its own (tests/ui/tour.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from tests.ui.tour import fit_report, screen_config

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [(1024, 640, 1.0), (1440, 900, 1.5)]


def tour(tmp_path: Path, width: int, height: int, scale: float, language: str) -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": screen_config(width, height, scale, tmp_path)}
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.tour", "--fit", "--language", language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    reports: list[dict] = json.loads(run.stdout.strip().splitlines()[-1])
    return reports


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("screen", SCREENS, ids=["1024x640", "1440x900@1.5"])
def test_every_window_fits_the_screen_with_its_buttons_visible(
    tmp_path: Path, screen: tuple[int, int, float], language: str
) -> None:
    reports = tour(tmp_path, *screen, language)
    names = {r["name"] for r in reports}
    # The walk reached every kind of window: the main sections, the wizard, the dialogs.
    assert {"main-1-home", "main-4-journal", "main-5-insights", "wizard-01-conflict"} <= names
    assert {"dialog-check-in", "dialog-export-pdf", "dialog-help", "start-welcome"} <= names
    expected = [round(screen[0] / screen[2]), round(screen[1] / screen[2])]
    assert all(r["screen"][2:] == expected for r in reports)
    too_big = [(r["name"], r["window"]) for r in reports if not r["fits"]]
    cut = [(r["name"], r["cut_buttons"]) for r in reports if r["cut_buttons"]]
    assert too_big == [] and cut == []


def test_the_check_sees_a_window_that_does_not_fit(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addSpacing(5000)
    button = QPushButton("Save")
    button.setObjectName("saveButton")
    layout.addWidget(button)
    dialog.show()
    report = fit_report("too-tall", dialog)
    assert report["fits"] is False
    assert report["cut_buttons"] == ["saveButton"]
