"""A large household made once per benchmark session: 10k conflicts and 100k journal entries,
kept in a cache folder so repeated runs reuse it (delete the folder to make it again).
RELATE_BENCH_HUGE=1 adds the 50k conflicts / 500k entries household to the benchmarks that
compare sizes (it takes minutes to make)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from relate_desktop.paths import DataPaths
from relate_desktop.services.portability import import_file
from tests.benchmarks import synthetic

CONFLICTS = 10_000
JOURNAL = 100_000
HUGE = (50_000, 500_000)
WITH_HUGE = os.environ.get("RELATE_BENCH_HUGE", "") not in ("", "0")
CACHE = Path(os.environ.get("RELATE_BENCH_CACHE", Path(tempfile.gettempdir()) / "relate-bench"))


def large_household(conflicts: int = CONFLICTS, journal: int = JOURNAL) -> DataPaths:
    """The data folder of a large household (built on first use, about half a minute for the
    default size)."""
    folder = CACHE / f"household-{conflicts}-{journal}"
    paths = DataPaths(folder / "data")
    if not (folder / "done").exists():
        folder.mkdir(parents=True, exist_ok=True)
        source = synthetic.write(folder / "household.json", conflicts, journal)
        import_file(paths, source)
        source.unlink()
        (folder / "done").write_text("ok\n")
    return paths
