"""Starting at login: off by default; turning it on writes a valid XDG autostart entry that
starts this same copy of Relate; turning it off removes it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from relate_desktop.services import autostart


@pytest.fixture(autouse=True)
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_off_by_default_then_on_and_off(config_home: Path) -> None:
    assert not autostart.enabled()
    autostart.set_enabled(True)
    entry = config_home / "autostart" / "relate-desktop.desktop"
    assert autostart.enabled() and entry.is_file()
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    assert "Type=Application" in lines
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert sys.executable in exec_line and exec_line.endswith("-m relate_desktop")
    autostart.set_enabled(False)
    assert not autostart.enabled() and not entry.exists()
    autostart.set_enabled(False)  # turning off twice is fine


def test_a_frozen_bundle_starts_its_own_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/relate desktop/relate-desktop")
    assert autostart.launch_command() == '"/opt/relate desktop/relate-desktop"'


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says() -> None:
    assert autostart.exec_quote("/usr/bin/python3") == "/usr/bin/python3"
    assert autostart.exec_quote('/home/a "b"/$x') == '"/home/a \\"b\\"/\\$x"'
