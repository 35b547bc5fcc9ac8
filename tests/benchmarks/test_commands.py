"""Commands and import that don't grow with the file (issue 22), each against a baseline
measured in the same run: `search`, `agreements` and `export-pdf` as whole processes on the
large household against the same command on a 150-entry one (target within 1.5x); import time
per record of the large household against a 1k one (target within 1.3x); peak memory of the
import process (target < 300 MB). RELATE_BENCH_HUGE=1 compares the 50k household too.
Figures go in docs/performance.md."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from relate_desktop.paths import DataPaths
from relate_desktop.services.portability import import_file
from tests.benchmarks import synthetic
from tests.benchmarks.large import CONFLICTS, HUGE, JOURNAL, WITH_HUGE, large_household

pytestmark = pytest.mark.benchmark

RUNS = 5
SMALL = (15, 150)  # conflicts, journal entries
IMPORT_BASE = (1_000, 10_000)

# Runs a command in a child and reports the child's time and peak resident memory (this
# middle process's RUSAGE_CHILDREN holds only that one child).
MEASURE = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "code": done.returncode,
                  "err": done.stderr.decode("utf-8", "replace")[-500:]}))
"""


def _measure(*args: str) -> dict[str, float]:
    command = [sys.executable, "-m", "relate_desktop", *args]
    env = {k: v for k, v in os.environ.items() if k != "RELATE_DATA_DIR"}
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    assert figures["code"] == 0, figures["err"]
    return figures


def _median_ms(*args: str) -> float:
    return statistics.median(_measure(*args)["seconds"] for _ in range(RUNS)) * 1000


def _first_agreement(paths: DataPaths) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "relate_desktop", "--data-dir", str(paths.root), "agreements"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.split("\t", 1)[0]


def test_commands_on_the_large_household_against_a_small_one(tmp_path: Path) -> None:
    large = large_household()
    small = DataPaths(tmp_path / "small")
    import_file(small, synthetic.write(tmp_path / "small.json", *SMALL))
    commands = {
        "search lantern": lambda p: ["search", "lantern"],
        "agreements": lambda p: ["agreements"],
        "export-pdf": lambda p: [
            "export-pdf",
            _first_agreement(p),
            "--out",
            str(tmp_path / "a.pdf"),
        ],
    }
    print(
        f"\ncommands as whole processes (median of {RUNS}): {SMALL[0]} conflicts / {SMALL[1]} "
        f"entries against {CONFLICTS} / {JOURNAL}:"
    )
    print(f"  {'command':16} {'small':>9} {'large':>9}  ratio   target <= 1.5x")
    for name, args in commands.items():
        base = _median_ms("--data-dir", str(small.root), *args(small))
        big = _median_ms("--data-dir", str(large.root), *args(large))
        print(f"  {name:16} {base:7.0f}ms {big:7.0f}ms  {big / base:5.2f}x")


def _import(tmp_path: Path, conflicts: int, journal: int) -> tuple[float, float, int]:
    source = synthetic.write(tmp_path / f"import-{conflicts}.json", conflicts, journal)
    figures = _measure("--data-dir", str(tmp_path / f"data-{conflicts}"), "import", str(source))
    megabytes = source.stat().st_size / 2**20
    source.unlink()
    records = conflicts + journal
    print(
        f"  {conflicts:>6} conflicts / {journal:>6} entries ({megabytes:4.0f} MB file): "
        f"{figures['seconds']:7.1f} s, {figures['seconds'] / records * 1e6:6.0f} µs per record, "
        f"peak {figures['peak_mb']:5.0f} MB"
    )
    return figures["seconds"] / records, figures["peak_mb"], records


def test_import_time_per_record_and_peak_memory(tmp_path: Path) -> None:
    print("\nimport into a new household, `relate-desktop import` as a whole process:")
    base, base_peak, _ = _import(tmp_path, *IMPORT_BASE)
    sizes = [(CONFLICTS, JOURNAL), *([HUGE] if WITH_HUGE else [])]
    for conflicts, journal in sizes:
        per_record, peak, _ = _import(tmp_path, conflicts, journal)
        print(
            f"    per record {per_record / base:4.2f}x the 1k import (target <= 1.3x), "
            f"peak {peak:.0f} MB against {base_peak:.0f} MB (target < 300 MB)"
        )
