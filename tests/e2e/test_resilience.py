"""Nothing lost: the command line and a writer like the app killed with SIGKILL at random
points, a full disk, and writers refused while the app has the folder. Afterwards the data
passes its check and every acknowledged write is there, whole."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from relate_desktop.domain.clock import SystemClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import browse, journal, maintenance
from relate_desktop.services.household import open_household
from relate_desktop.store.lock import DataFolderLock
from tests.e2e.test_cli import (
    LLOYD,
    MARIA,
    assert_one_error_line,
    interchange,
    relate,
    snapshot,
    write_json,
)

SEED = int(os.environ.get("RELATE_CRASH_SEED", str(time.time_ns() % 100_000)))
KILLS = 8
BIG = 150  # conflicts (with an agreement each) and journal entries in the big import

# A writer doing what the app does on every autosave: one journal save per transaction,
# then saying so on stdout. Entry k is written, then entry k-1 rewritten longer.
WRITER = """
import sys, uuid
from relate_desktop.paths import DataPaths
from relate_desktop.services import journal
from relate_desktop.services.household import claim_data_folder, open_household
paths = DataPaths(__import__("pathlib").Path(sys.argv[1]))
claim = claim_data_folder(paths)
household = open_household(paths)
author = household.people[0].id
def ident(k): return str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate-entry-{k}"))
def body(k, v): return f"entry {k} version {v} " + "words " * (50 * v + k % 7)
k = int(sys.argv[2])
while True:
    journal.write_entry(household, author, body(k, 1), None, ident(k), private=False)
    if k > 0:
        journal.write_entry(household, author, body(k - 1, 2), None, ident(k - 1), private=False)
    print(k, flush=True)
    k += 1
"""


def ident(k: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"relate-entry-{k}"))


def body(k: int, version: int) -> str:
    return f"entry {k} version {version} " + "words " * (50 * version + k % 7)


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def big_import() -> dict[str, Any]:
    data = interchange()
    template = data["conflicts"][0]
    conflicts = []
    for i in range(BIG):
        conflict = json.loads(json.dumps(template))
        conflict["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"c{i}"))
        conflict["title"] = f"Conflict {i}"
        for draft in conflict["drafts"]:
            draft["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"d{i}{draft['kind']}"))
        agreement = conflict["agreements"][0]
        agreement["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"a{i}"))
        for n, follow in enumerate(agreement["follow_ups"]):
            follow["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"f{i}-{n}"))
        conflicts.append(conflict)
    data["conflicts"] = conflicts
    data["journal"] = [
        {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"j{i}")),
            "author": LLOYD if i % 2 else MARIA,
            "created_at": "2026-03-03T07:00:00-06:00",
            "private": False,
            "prompt": None,
            "body": f"Journal {i} " + "lorem ipsum " * 40,
        }
        for i in range(BIG)
    ]
    return data


def counts(paths: DataPaths) -> tuple[int, int]:
    household = open_household(paths, clock=SystemClock())
    try:
        return (
            len(browse.recent_conflicts(household, None)),
            len(journal.entries(household, None)),
        )
    finally:
        household.close()


@pytest.fixture
def household_dir(tmp_path: Path) -> Path:
    """A couple with the interchange file's ids and nothing else."""
    people = {"format": "relate-desktop", "version": 1, "people": interchange()["people"]}
    data_dir = tmp_path / "data"
    made = relate(data_dir, "import", str(write_json(tmp_path / "people.json", people)))
    assert made.returncode == 0, made.stderr
    return data_dir


def test_an_import_killed_at_random_points_is_all_or_nothing(tmp_path: Path) -> None:
    kill_imports(tmp_path, KILLS)


def test_saves_killed_at_random_points_keep_every_acknowledged_write(household_dir: Path) -> None:
    kill_saves(household_dir, KILLS)


@pytest.mark.benchmark
def test_soak_many_kills(household_dir: Path, tmp_path: Path) -> None:
    """The same, a hundred times each (run on demand: -m benchmark)."""
    kill_saves(household_dir, 100)
    kill_imports(tmp_path, 100)


def kill_imports(tmp_path: Path, kills: int) -> None:
    rng = random.Random(SEED)
    source = write_json(tmp_path / "big.json", big_import())
    people = write_json(tmp_path / "p.json", {**interchange(), "conflicts": [], "journal": []})
    # How long a whole import takes here, in a household of its own.
    timing = tmp_path / "timing"
    assert relate(timing, "import", str(people)).returncode == 0
    started = time.monotonic()
    whole = relate(timing, "import", str(source))
    assert whole.returncode == 0, whole.stderr
    full_time = time.monotonic() - started
    assert counts(DataPaths(timing)) == (BIG, BIG)
    # Then kill imports into another household at random points of that time.
    fresh = tmp_path / "fresh"
    assert relate(fresh, "import", str(people)).returncode == 0
    paths = DataPaths(fresh)
    killed = 0
    for attempt in range(kills):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "relate_desktop",
                "--data-dir",
                str(fresh),
                "import",
                str(source),
            ],
            env=env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, full_time))
        process.send_signal(signal.SIGKILL)
        code = process.wait()
        killed += code == -signal.SIGKILL
        report = maintenance.check(paths)
        assert report.ok, (SEED, attempt, report.lines)
        assert counts(paths) in {(0, 0), (BIG, BIG)}, (SEED, attempt)
    assert killed >= kills // 2, f"most runs should be cut short (seed {SEED})"
    # The lock died with each process: the next import runs and completes.
    again = relate(fresh, "import", str(source))
    assert again.returncode == 0, again.stderr
    assert counts(paths) == (BIG, BIG)
    assert relate(fresh, "check").returncode == 0


def _run_writer_and_kill(data_dir: Path, start: int, rng: random.Random) -> list[int]:
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(start)],
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as process:
        assert process.stdout is not None
        acknowledged = [int(process.stdout.readline())]  # it is up and writing
        time.sleep(rng.uniform(0.0, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait()
        acknowledged += [int(line) for line in process.stdout.read().split()]
    return acknowledged


def kill_saves(household_dir: Path, kills: int) -> None:
    rng = random.Random(SEED)
    paths = DataPaths(household_dir)
    acknowledged: set[int] = set()
    start = 0
    for attempt in range(kills):
        acknowledged.update(_run_writer_and_kill(household_dir, start, rng))
        start = max(acknowledged) + 2  # skip the one that may have been cut off
        report = maintenance.check(paths)
        assert report.ok, (SEED, attempt, report.lines)
        household = open_household(paths)
        try:
            stored = {e.id: e.body for e in journal.entries(household, None)}
        finally:
            household.close()
        for k in acknowledged:
            expected = body(k, 2) if k + 1 in acknowledged else None
            assert ident(k) in stored, (SEED, attempt, k)
            if expected is not None:
                assert stored[ident(k)] == expected, (SEED, attempt, k)
        known = {ident(k): k for k in range(start + 1)}
        for entry_id, text in stored.items():
            k = known[entry_id]
            assert text in (body(k, 1), body(k, 2)), "a save is whole or absent"
    assert len(acknowledged) > kills
    assert relate(household_dir, "check").returncode == 0


@pytest.mark.parametrize("command", ["import", "backup", "restore"])
def test_writers_refuse_while_the_app_has_the_folder(
    household_dir: Path, tmp_path: Path, command: str
) -> None:
    source = write_json(tmp_path / "in.json", interchange())
    args = {
        "import": [str(source)],
        "backup": [],
        "restore": ["shared-20260101T000000000000-daily.db"],
    }
    before = snapshot(household_dir)
    with DataFolderLock(household_dir):
        result = relate(household_dir, command, *args[command])
        after = snapshot(household_dir)
    line = assert_one_error_line(result, 4)
    assert "already open" in line
    assert after == before


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB disk (tmpfs; needs the right to mount, as root in CI containers)."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("can't mount a small tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_reported_and_nothing_is_half_written(
    small_disk: Path, tmp_path: Path
) -> None:
    data_dir = small_disk / "data"
    people = {"format": "relate-desktop", "version": 1, "people": interchange()["people"]}
    assert relate(data_dir, "import", str(write_json(tmp_path / "p.json", people))).returncode == 0
    paths = DataPaths(data_dir)
    big = big_import()
    for entry in big["journal"]:
        entry["body"] *= 10  # several megabytes: more than the disk holds
    before = counts(paths)

    result = relate(data_dir, "import", str(write_json(tmp_path / "big.json", big)))

    line = assert_one_error_line(result, 4)
    assert "disk is full" in line
    assert counts(paths) == before
    assert maintenance.check(paths).ok


def test_a_second_launch_finds_the_running_app_and_writers_wait_for_it(
    household_dir: Path, tmp_path: Path
) -> None:
    source = write_json(tmp_path / "in.json", interchange())
    lock = household_dir / ".lock"
    with subprocess.Popen(
        [sys.executable, "-m", "relate_desktop", "--data-dir", str(household_dir)],
        env={**env(), "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    ) as app:
        try:
            second = None
            for _ in range(60):  # until the app is up (it holds the folder and listens)
                assert app.poll() is None, "the app ended by itself"
                if lock.exists() and lock.read_text(encoding="utf-8").strip():
                    second = relate(household_dir, "--exit-when-ready")
                    if second.returncode == 0:
                        break
                time.sleep(0.5)
            assert second is not None and second.returncode == 0, second
            assert "brought forward" in second.stderr

            refused = relate(household_dir, "import", str(source))
            assert "already open" in assert_one_error_line(refused, 4)
        finally:
            app.send_signal(signal.SIGKILL)  # and a kill -9 of the app loses nothing
            app.wait()
    assert relate(household_dir, "check").returncode == 0
    assert counts(DataPaths(household_dir)) == (0, 0)
    assert relate(household_dir, "import", str(source)).returncode == 0


def test_backup_check_and_restore_from_the_command_line(
    household_dir: Path, tmp_path: Path
) -> None:
    assert (
        relate(
            household_dir, "import", str(write_json(tmp_path / "in.json", interchange()))
        ).returncode
        == 0
    )
    made = relate(household_dir, "backup")
    assert made.returncode == 0, made.stderr
    name = Path(made.stdout.split("Backed up to ", 1)[1].strip()).name
    listed = relate(household_dir, "restore")
    assert listed.returncode == 0
    assert name in listed.stdout and "\tshared\tmanual" in listed.stdout

    shared = household_dir / "shared.db"
    data = bytearray(shared.read_bytes())
    data[4096:12288] = random.Random(5).randbytes(8192)
    shared.write_bytes(bytes(data))
    damaged = snapshot(household_dir)["shared.db"]

    checked = relate(household_dir, "check")
    assert checked.returncode == 4
    assert name in checked.stdout, "check names the newest good backup"
    restored = relate(household_dir, "restore", name)
    assert restored.returncode == 0, restored.stderr

    assert relate(household_dir, "check").returncode == 0
    assert counts(DataPaths(household_dir)) == (1, 1)
    kept = [p for p in snapshot(household_dir) if p.startswith("backups/damaged/")]
    assert [snapshot(household_dir)[p] for p in kept if p.endswith("shared.db")] == [damaged]
    wrong = relate(household_dir, "restore", "shared-not-a-backup.db")
    assert_one_error_line(wrong, 2)


def test_a_read_only_data_folder_is_reported_and_left_alone(
    small_disk: Path, tmp_path: Path
) -> None:
    data_dir = small_disk / "data"
    assert (
        relate(data_dir, "import", str(write_json(tmp_path / "in.json", interchange()))).returncode
        == 0
    )
    before = snapshot(data_dir)
    remounted = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=False)
    assert remounted.returncode == 0
    try:
        for args in (["import", str(tmp_path / "in.json")], ["backup"]):
            result = relate(data_dir, *args)
            assert "can't be written to" in assert_one_error_line(result, 4)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=False)
    assert snapshot(data_dir) == before


def test_the_app_reports_a_damaged_file_and_leaves_it_alone(household_dir: Path) -> None:
    assert relate(household_dir, "backup").returncode == 0
    shared = household_dir / "shared.db"
    shared.write_bytes(random.Random(9).randbytes(64 * 1024))
    before = snapshot(household_dir)

    started = relate(household_dir, "--exit-when-ready")

    line = assert_one_error_line(started, 4)
    assert "damaged" in line and "newest good backup" in line
    assert snapshot(household_dir) == before
