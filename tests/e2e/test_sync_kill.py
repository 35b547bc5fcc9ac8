"""A sync round killed with SIGKILL at any moment loses nothing: the next round completes and
both computers end up with the same household."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.e2e.test_cli import _env, relate, set_up_protected, write_json

MARIA_SECRET = "lake house mornings"
LLOYD_SECRET = "coffee on the porch"
# Seconds after the start, each a quarter later than the one before, from 0.3 s to about 12 s:
# a round takes anywhere from 1.4 s to 9 s on this machine depending on its load, and several
# kills must land inside it whatever it takes.
KILLS = tuple(round(0.3 * 1.25**n, 2) for n in range(17))


def _household(people: dict[str, str], count: int) -> dict[str, object]:
    return {
        "format": "relate-desktop",
        "version": 2,
        "people": [
            {"id": people["Maria"], "name": "Maria"},
            {"id": people["Lloyd"], "name": "Lloyd"},
        ],
        "conflicts": [
            {
                "id": f"{n:08x}-0000-4000-8000-000000000000",
                "occurred_at": "2026-11-30T20:15:00-06:00",
                "title": f"Conflict {n} ☕",
                "what_happened": "Words " * 40,
                "logged_by": people["Maria"],
            }
            for n in range(count)
        ],
        "journal": [
            {
                "id": f"{n:08x}-1111-4000-8000-000000000000",
                "author": people["Lloyd"],
                "created_at": "2026-12-01T07:00:00-06:00",
                "body": "A line or two " * 30,
            }
            for n in range(count * 3)
        ],
    }


def _sync(data_dir: Path, secret: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "relate_desktop",
            "--data-dir",
            str(data_dir),
            "sync",
            "--passphrase-stdin",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(data_dir.parent),
    )


def _run_killed(data_dir: Path, secret: str, after: float) -> bool:
    """Start a round and kill it `after` seconds in; True when it had finished first."""
    process = _sync(data_dir, secret)
    assert process.stdin is not None
    process.stdin.write(secret + "\n")
    process.stdin.close()
    time.sleep(after)
    finished = process.poll() is not None
    if not finished:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    return finished


def test_killed_rounds_lose_nothing(tmp_path: Path) -> None:
    first, second, folder = tmp_path / "first", tmp_path / "second", tmp_path / "Sync"
    folder.mkdir()
    people = set_up_protected(first, MARIA_SECRET, LLOYD_SECRET)
    first_sync = relate(
        first,
        "sync",
        "--folder",
        str(folder),
        "--unlock",
        "Maria",
        "--passphrase-stdin",
        stdin=MARIA_SECRET,
    )
    assert first_sync.returncode == 0, first_sync.stderr
    joined = relate(
        second,
        "join",
        "--folder",
        str(folder),
        "--unlock",
        "Lloyd",
        "--passphrase-stdin",
        stdin=LLOYD_SECRET,
    )
    assert joined.returncode == 0, joined.stderr
    data = write_json(tmp_path / "data.json", _household(people, 400))
    imported = relate(first, "import", str(data), "--passphrase-stdin", stdin=MARIA_SECRET)
    assert imported.returncode == 0, imported.stderr

    # Each side's round is killed at growing moments (start-up, reading, writing, applying),
    # until one gets to the end by itself; then a last round must complete.
    for side, secret in ((first, MARIA_SECRET), (second, LLOYD_SECRET)):
        kills = 0
        for after in KILLS:
            if _run_killed(side, secret, after):
                break
            kills += 1
        print(f"{side.name}: killed {kills} times")
        assert kills >= 2  # the kills landed inside the round, not after it
        finished = relate(side, "sync", "--passphrase-stdin", stdin=secret)
        assert finished.returncode == 0, finished.stderr
    again = relate(first, "sync", "--passphrase-stdin", stdin=MARIA_SECRET)
    assert again.returncode == 0 and again.stdout.startswith("Synced: sent 0, received 0")

    outputs = []
    for side, secret in ((first, MARIA_SECRET), (second, LLOYD_SECRET)):
        out = tmp_path / f"{side.name}.json"
        result = relate(side, "export-json", "--out", str(out), "--passphrase-stdin", stdin=secret)
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert outputs[0].count("Conflict ") == 400
    assert outputs[0].count("A line or two") >= 1200
