"""Command-line arguments that used to surprise: --out a pipe or a device, an empty --data-dir,
and output cut short by `| head`."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from relate_desktop.cli import run


def cli(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        code = run(list(argv), io.StringIO(""), out, err)
    except SystemExit as leaving:  # argparse's usage errors
        code = int(leaving.code or 0)
    return code, err.getvalue()


@pytest.mark.parametrize("command", ["export-json", "export-ics"])
def test_out_a_fifo_is_refused_and_left_alone(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    code, _err = cli("--data-dir", str(tmp_path / "data"), command, "--out", str(fifo))
    assert code == 2
    assert fifo.is_fifo()
    assert not (tmp_path / "data").exists()


def test_out_a_device_or_a_folder_is_refused(tmp_path: Path) -> None:
    for target in ("/dev/null", str(tmp_path)):
        code, _err = cli("--data-dir", str(tmp_path / "d"), "export-json", "--out", target)
        assert code == 2
    code, _err = cli("--data-dir", str(tmp_path / "d"), "export-pdf", "x", "--out", "/dev/null")
    assert code == 2


@pytest.mark.parametrize("where", ["before", "after"])
def test_an_empty_data_dir_is_refused(tmp_path: Path, where: str) -> None:
    argv = (
        ["--data-dir", "", "agreements"] if where == "before" else ["agreements", "--data-dir", " "]
    )
    code, _err = cli(*argv)
    assert code == 2


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    """`relate-desktop setup … | head -0`: no BrokenPipe traceback, exit 0."""
    command = [sys.executable, "-m", "relate_desktop", "--data-dir", str(tmp_path / "data")]
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        done = subprocess.run(
            [*command, "setup", "--person", "Maria"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == 0
    assert (tmp_path / "data" / "keys.json").exists()


def test_an_error_message_is_one_line_whatever_the_file_holds(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "relate-desktop", "version": 1, "x\\ny": 1}', encoding="utf-8")
    code, err = cli("--data-dir", str(tmp_path / "data"), "import", str(bad))
    assert code == 2
    assert err.count("\n") == 1 and "x\\ny" in err
