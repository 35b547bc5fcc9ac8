"""Sync at scale (on demand: `pytest -m benchmark tests/benchmarks/test_sync.py -s`).

Against a baseline measured in the same run, importing the same data into a new protected
household:
- the first computer's first round (everything goes out),
- joining on a second computer (everything comes in),
- one incremental round after a single change, on both sides, for the large household and a
  small one (it should not grow with the years of data).
RELATE_BENCH_SYNC_SIZE="conflicts,entries" changes the size (default 10000,100000).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from relate_desktop.domain.clock import SystemClock
from relate_desktop.paths import DataPaths
from relate_desktop.services import conflicts, sync
from relate_desktop.services.household import Household, open_household, set_up
from relate_desktop.services.portability import import_file
from relate_desktop.store import repositories
from tests.benchmarks import synthetic
from tests.conftest import FAST_KDF

pytestmark = pytest.mark.benchmark
SECRETS = ("lake house mornings", "coffee on the porch")
T = TypeVar("T")


def _size() -> tuple[int, int]:
    text = os.environ.get("RELATE_BENCH_SYNC_SIZE", "10000,100000")
    conflicts_count, entries = (int(part) for part in text.split(","))
    return conflicts_count, entries


def _timed(action: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _protected(folder: Path) -> DataPaths:
    paths = DataPaths(folder)
    household = set_up(
        paths,
        ["Maria", "Lloyd"],
        list(SECRETS),
        SystemClock(),
        kdf=FAST_KDF,
        person_ids=[synthetic.MARIA, synthetic.LLOYD],
    )
    household.close()
    return paths


def _open(paths: DataPaths, who: int = 0) -> Household:
    person = (synthetic.MARIA, synthetic.LLOYD)[who]
    return open_household(paths, person, SECRETS[who], SystemClock(), check=False)


def _one_change(household: Household) -> None:
    with household.shared.read() as session:
        first = repositories.conflict_summaries(session, limit=1)[0]
    conflicts.edit_conflict(household, first.id, first.title[:100] + " (again)", "Changed", "")


def _measure(tmp_path: Path, label: str, size: tuple[int, int]) -> dict[str, float]:
    source = synthetic.write(tmp_path / f"{label}.json", *size)
    baseline = _protected(tmp_path / f"{label}-import")
    seconds_import, _ = _timed(
        lambda: import_file(baseline, source, person_id=synthetic.MARIA, passphrase=SECRETS[0])
    )
    first_paths = _protected(tmp_path / f"{label}-first")
    import_file(first_paths, source, person_id=synthetic.MARIA, passphrase=SECRETS[0])
    source.unlink()
    folder = tmp_path / f"{label}-Sync"
    folder.mkdir()
    first = _open(first_paths)
    sync.start_sync(first, folder, "first")
    seconds_send, sent = _timed(lambda: sync.sync_round(first))
    seconds_join, (second, _got) = _timed(
        lambda: sync.join(
            DataPaths(tmp_path / f"{label}-second"), folder, "Lloyd", SECRETS[1], SystemClock()
        )
    )
    idle = [_timed(lambda: sync.sync_round(first))[0] for _ in range(3)]
    sends, receives = [], []
    for _ in range(5):
        _one_change(first)
        sends.append(_timed(lambda: sync.sync_round(first))[0])
        receives.append(_timed(lambda: sync.sync_round(second))[0])
    megabytes = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20
    first.close()
    second.close()
    return {
        "records": size[0] + size[1],
        "versions": sent.sent,
        "folder_mb": megabytes,
        "import": seconds_import,
        "send": seconds_send,
        "join": seconds_join,
        "idle": sorted(idle)[1],
        "send_one": sorted(sends)[2],
        "receive_one": sorted(receives)[2],
    }


def test_join_and_incremental_rounds_against_an_import(tmp_path: Path) -> None:
    size = _size()
    small = _measure(tmp_path, "small", (50, 100))
    large = _measure(tmp_path, "large", size)
    print(f"\nsync, {size[0]} conflicts and {size[1]} journal entries (same run):")
    print(
        f"  import into a new protected household (baseline) {large['import']:8.1f} s"
        f"   {large['records'] / large['import']:7.0f} records/s"
    )
    print(
        f"  first round, everything out ({large['versions']:.0f} versions, "
        f"{large['folder_mb']:.0f} MB sealed)   {large['send']:8.1f} s"
        f"   {large['send'] / large['import']:5.2f}x the import"
    )
    print(
        f"  join on a second computer, everything in        {large['join']:8.1f} s"
        f"   {large['join'] / large['import']:5.2f}x the import"
    )
    for name in ("idle", "send_one", "receive_one"):
        words = {
            "idle": "a round with nothing new",
            "send_one": "one change, sending round",
            "receive_one": "one change, receiving round",
        }[name]
        print(
            f"  {words:28} large {large[name] * 1000:7.1f} ms, small {small[name] * 1000:7.1f} ms"
            f"   {large[name] / small[name]:5.2f}x the small household"
            f"   ({large[name] / large['import'] * 100:.3f}% of the import)"
        )
