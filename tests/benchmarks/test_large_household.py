"""Years of data: import, search, the first page of the journal and memory, each against a
baseline measured in the same run. Targets are from issue 8; see docs/performance.md."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from relate_desktop.domain.search import MARK_END, MARK_START, fts_expression, parse_query
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import open_household
from relate_desktop.services.portability import import_file, parse_import, read_import_file
from relate_desktop.services.search import search
from relate_desktop.store import keys
from relate_desktop.store.connection import connect_raw
from tests.benchmarks import synthetic
from tests.benchmarks.large import CONFLICTS, JOURNAL, large_household

pytestmark = pytest.mark.benchmark

QUERIES = ("lantern", "river orchard", "tired", "café", "散步", "the", "notebook balcony", "zzzq")
REPEATS = 9


def _median_ms(action: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_import_of_ten_thousand_conflicts(tmp_path: Path) -> None:
    source = synthetic.write(tmp_path / "conflicts.json", CONFLICTS, 0)
    reading = _median_ms(lambda: parse_import(read_import_file(source)), 3)
    start = time.perf_counter()
    result = import_file(DataPaths(tmp_path / "data"), source)
    seconds = time.perf_counter() - start
    assert result.conflicts == CONFLICTS
    print(f"\nimport of {CONFLICTS} conflicts ({result.agreements} agreements):")
    print(f"  reading and checking the file only   {reading:8.0f} ms   1.00x")
    print(
        f"  import into a new household          {seconds * 1000:8.0f} ms   {seconds * 1000 / reading:.2f}x   target < 10 s"
    )


def _raw_search(paths: DataPaths) -> Callable[[str], object]:
    """The same FTS5 query, on the same file, with a bare sqlcipher3 cursor."""
    plain = keys.load(paths.root).shared_key_plain
    assert plain is not None
    conn = connect_raw(paths.shared_db, bytes.fromhex(plain))
    sql = (
        "SELECT kind, item_id, parent_id, at, title, "
        "snippet(search_index, -1, ?, ?, '…', 48), rowid FROM search_index "
        "WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 50"
    )

    def run(text: str) -> object:
        query = parse_query(text)
        if not query.indexed:  # short words: the app scans with LIKE; so does this
            like = f"%{query.short[0]}%"
            return conn.execute(
                "SELECT kind, item_id, parent_id, at, title, body, rowid FROM search_index "
                "WHERE title LIKE ? OR body LIKE ? ORDER BY rowid DESC LIMIT 50",
                (like, like),
            ).fetchall()
        return conn.execute(sql, (MARK_START, MARK_END, fts_expression(query))).fetchall()

    return run


def test_search_and_the_first_journal_page_over_a_large_household() -> None:
    paths = large_household()
    household = open_household(paths)
    raw = _raw_search(paths)
    try:
        print(
            f"\nsearch over {JOURNAL} journal entries and {CONFLICTS} conflicts "
            f"(median of {REPEATS}):"
        )
        print(f"  {'query':20} {'hits':>5} {'raw FTS5':>10} {'relate':>10}  ratio")
        ours, theirs = [], []
        for text in QUERIES:
            hits = search(household, text)
            mine = _median_ms(lambda t=text: search(household, t))
            bare = _median_ms(lambda t=text: raw(t))
            ours.append(mine)
            theirs.append(bare)
            print(
                f"  {text:20} {len(hits):5d} {bare:8.2f}ms {mine:8.2f}ms  {mine / max(bare, 1e-6):5.2f}x"
            )
        median, base = statistics.median(ours), statistics.median(theirs)
        print(
            f"  {'median':20} {'':5} {base:8.2f}ms {median:8.2f}ms  {median / base:5.2f}x"
            "   target < 30 ms and <= 4x"
        )
    finally:
        household.close()


# Peak resident memory of this process (VmHWM starts afresh at exec; ru_maxrss would carry
# the parent's figure over, here pytest's).
PEAK = r"""
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""

DRIVER = (
    PEAK
    + r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import open_household
app = QApplication(sys.argv[:1])
from relate_desktop.ui.main_window import MainWindow
from relate_desktop.ui.tasks import TaskRunner
household = open_household(DataPaths(Path(sys.argv[1])))
runner = TaskRunner(synchronous=True)
window = MainWindow(household, household.people[0].id, runner)
window.show()
app.processEvents()
figures = {}
start = time.perf_counter()
window.show_section(3)
app.processEvents()
figures["journal_first_page_ms"] = (time.perf_counter() - start) * 1000
figures["journal_rows"] = window.journal.model.rowCount()
for section in (1, 2, 4):
    start = time.perf_counter()
    window.show_section(section)
    app.processEvents()
    figures[f"section_{section}_ms"] = (time.perf_counter() - start) * 1000
window.open_search()
window.search_dialog.box.setText("lantern")
window.search_dialog.run()
app.processEvents()
figures["peak_rss_mb"] = peak_mb()
print(json.dumps(figures))
window.close()
household.close()
"""
)

BARE = (
    PEAK
    + r"""
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
app.processEvents()
print(json.dumps({"peak_rss_mb": peak_mb()}))
"""
)


def _run(code: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, check=True, capture_output=True, text=True
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def test_first_journal_page_and_memory_with_the_large_household_open(tmp_path: Path) -> None:
    large = large_household()
    small = DataPaths(tmp_path / "small")
    import_file(small, synthetic.write(tmp_path / "small.json", 10, 150))
    bare = _run(BARE)
    little = _run(DRIVER, str(small.root))
    big = _run(DRIVER, str(large.root))
    print("\nthe app with the large household open (offscreen, one process each):")
    print(f"  {'':32} {'small (10/150)':>15} {'large':>10}  ratio")
    for key, name in (
        ("journal_first_page_ms", "journal, first page shown"),
        ("section_1_ms", "conflicts, first page shown"),
        ("section_2_ms", "agreements, first page shown"),
        ("section_4_ms", "insights (all charts)"),
    ):
        print(
            f"  {name:32} {little[key]:13.1f}ms {big[key]:8.1f}ms  {big[key] / little[key]:5.2f}x"
        )
    print("  target: journal first page < 100 ms")
    print(
        f"  peak memory: bare window {bare['peak_rss_mb']:.0f} MB, small {little['peak_rss_mb']:.0f} MB, "
        f"large {big['peak_rss_mb']:.0f} MB ({big['peak_rss_mb'] / bare['peak_rss_mb']:.2f}x the bare "
        "window)   target < 300 MB"
    )
    assert big["journal_rows"] == 100
