"""What start-up asks of a space stops early: SQLite's plan for every query Home and the
journal's first page run reads rows in index order, never a whole large table and never a sort
of everything it found (issue 22). Plans are fixed by the schema, not the amount of data
(no statistics are kept), so a small household shows the plan a decade of data gets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.models import AgreementStatus
from relate_desktop.paths import DataPaths
from relate_desktop.services import browse, check_ins, journal, repair
from relate_desktop.services.household import Household, open_household
from relate_desktop.services.portability import import_file
from tests.benchmarks import synthetic

# Tables that grow with the years (the rest hold a row or a few per household).
LARGE = {
    "conflicts",
    "perspectives",
    "drafts",
    "agreements",
    "commitments",
    "follow_ups",
    "check_in_answers",
    "agreement_versions",
    "journal_entries",
    "search_index",
    "search_keys",
}


@pytest.fixture
def household(tmp_path: Path, clock: FixedClock) -> Iterator[Household]:
    paths = DataPaths(tmp_path / "data")
    import_file(paths, synthetic.write(tmp_path / "household.json", 60, 200), clock)
    opened = open_household(paths, clock=clock, check=False)
    yield opened
    opened.close()


def _start_up(household: Household) -> None:
    """What the app asks for before Home and the journal show (ui/home.py, ui/journal_view.py)."""
    check_ins.home_check_ins(household)
    check_ins.next_check_in(household)
    check_ins.reminders_due(household)
    repair.repairs_in_progress(household)
    browse.agreements_page(household, 0, 20, AgreementStatus.ACTIVE)
    browse.recent_conflicts(household, 10)
    first = journal.entries_page(household, None, 50)
    journal.entries_page(household, first[-1], 50)


def _queries(household: Household) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, sql: str, params: Any, *_: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params))

    engine = household.shared.engine
    event.listen(engine, "before_cursor_execute", grab)
    try:
        _start_up(household)
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    return seen


def _plan(household: Household, sql: str, params: Any) -> list[str]:
    with household.shared.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        return [str(row[3]) for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def test_start_up_queries_read_in_index_order_and_stop_early(household: Household) -> None:
    queries = _queries(household)
    assert len(queries) >= 8
    for sql, params in queries:
        plan = _plan(household, sql, params)
        shown = " ".join(sql.split()) + "\n  " + "\n  ".join(plan)
        assert not any("TEMP B-TREE" in step for step in plan), f"sorts what it found: {shown}"
        for step in plan:
            scanned = re.match(r"SCAN (\w+)", step)
            if scanned and scanned.group(1) in LARGE:
                # Walking an index in order is fine only when a LIMIT stops the walk.
                assert "USING" in step and " LIMIT " in sql, f"reads a whole table: {shown}"


def test_home_lists_keep_their_order_newest_first(household: Household) -> None:
    """The indexes change how rows are found, not which or in what order."""
    page = browse.agreements_page(household, 0, 20, AgreementStatus.ACTIVE)
    everything = browse.agreements(household, AgreementStatus.ACTIVE)
    assert page == everything[:20]
    keys = [(a.created_at, a.id) for a in everything]
    assert keys == sorted(keys, reverse=True)
    recent = browse.recent_conflicts(household, 10)
    assert [(c.occurred_at, c.id) for c in recent] == sorted(
        ((c.occurred_at, c.id) for c in browse.recent_conflicts(household, None)), reverse=True
    )[:10]
