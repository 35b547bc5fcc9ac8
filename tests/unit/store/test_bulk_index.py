"""The search index built in bulk after an import's rows holds exactly what the insert
triggers would have put there, row by row; and the triggers are back afterwards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import Household, open_household
from relate_desktop.services.portability import import_file, parse_import
from relate_desktop.store import repositories
from relate_desktop.store.search import indexed_after
from tests.benchmarks import synthetic

INDEX = "SELECT kind, item_id, parent_id, at, title, body FROM search_index ORDER BY kind, item_id"
TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"


def _index(household: Household) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with household.shared.read() as session:
        rows = [tuple(r) for r in session.execute(text(INDEX))]
        triggers = [tuple(r) for r in session.execute(text(TRIGGERS))]
        keys = session.execute(text("SELECT count(*) FROM search_keys")).scalar()
    assert keys == len(rows)
    return rows, triggers


@pytest.fixture
def source(tmp_path: Path) -> Path:
    data = synthetic.household(40, 60)
    # Every kind of text the index takes: a prompt, commitments, a conflict with no agreement.
    data["journal"][0]["prompt"] = "What went well?"
    return _write(tmp_path, data)


def _write(tmp_path: Path, data: dict[str, object]) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "household.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_bulk_index_matches_the_triggers(tmp_path: Path, source: Path, clock: FixedClock) -> None:
    bulk_paths = DataPaths(tmp_path / "bulk")
    import_file(bulk_paths, source, clock)  # the import builds the index in bulk
    bulk = open_household(bulk_paths, clock=clock)

    row_paths = DataPaths(tmp_path / "rows")
    import_file(row_paths, _write(tmp_path / "empty", _people_only(source)), clock)
    by_rows = open_household(row_paths, clock=clock)
    plan = parse_import(json.loads(source.read_text(encoding="utf-8")))
    with by_rows.shared.session() as session:  # one by one: the triggers index each row
        for conflict in plan.conflicts:
            repositories.save_conflict(session, conflict)
        for entry in plan.journal:
            repositories.save_journal_entry(session, entry)
    try:
        bulk_rows, bulk_triggers = _index(bulk)
        trigger_rows, triggers = _index(by_rows)
        assert len(bulk_rows) > 100
        assert bulk_rows == trigger_rows
        assert bulk_triggers == triggers  # made again exactly as they were
    finally:
        bulk.close()
        by_rows.close()


def test_a_failure_inside_leaves_the_triggers_and_index_as_they_were(
    couple: Household,
) -> None:
    before = _index(couple)
    with (
        pytest.raises(RuntimeError),
        couple.shared.session() as session,
        indexed_after(session, ("conflict", "draft", "agreement", "journal")),
    ):
        session.execute(text("DELETE FROM search_keys"))
        raise RuntimeError("stopped half way")
    assert _index(couple) == before


def _people_only(source: Path) -> dict[str, object]:
    data = json.loads(source.read_text(encoding="utf-8"))
    return {**data, "conflicts": [], "journal": []}
