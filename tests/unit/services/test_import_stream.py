"""A file larger than STREAM_FROM is checked as a stream, then read again record by record
while it is stored: the same records, the same refusals (naming the same field), the same
all-or-nothing and idempotence as a file read whole."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidImport
from relate_desktop.paths import DataPaths
from relate_desktop.services import portability
from relate_desktop.services.household import open_household
from relate_desktop.services.portability import (
    ImportPlan,
    StreamedPlan,
    import_checked,
    import_file,
    parse_import,
    read_import_file,
    read_plan,
)
from relate_desktop.services.search import search
from tests.benchmarks import synthetic

MARIA = synthetic.MARIA
STRANGER = "00000000-0000-4000-8000-000000000001"


def _household() -> dict[str, Any]:
    data = synthetic.household(30, 40)
    data["journal"][3]["private"] = True
    data["conflicts"][5]["perspectives"][0]["private"] = True
    return data


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


@pytest.fixture
def streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file is read as a stream, however small."""
    monkeypatch.setattr(portability, "STREAM_FROM", 0)


def test_a_streamed_plan_holds_the_same_records(tmp_path: Path, streamed: None) -> None:
    data = _household()
    data["journal"][3]["author"] = synthetic.LLOYD
    source = _write(tmp_path / "household.json", data)
    plan = read_plan(source)
    whole = parse_import(read_import_file(source))
    assert isinstance(plan, StreamedPlan) and isinstance(whole, ImportPlan)
    assert plan.people == whole.people
    assert list(plan.records()) == [*whole.conflicts, *whole.journal]
    assert portability._result(plan) == portability._result(whole)
    assert plan.private_firsts == (
        (MARIA, "conflicts[5].perspectives[0].private"),
        (synthetic.LLOYD, "journal[3].private"),
    )


def _bad(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = copy.deepcopy(synthetic.household(3, 3))
    change(data)
    return data


BAD: dict[str, dict[str, Any]] = {
    "unknown top field": _bad(lambda d: d.update(extra=1)),
    "format": _bad(lambda d: d.update(format="other")),
    "newer version": _bad(lambda d: d.update(version=9)),
    "three people": _bad(lambda d: d["people"].append({"id": synthetic.LLOYD, "name": "X"})),
    "conflicts not a list": _bad(lambda d: d.update(conflicts={})),
    "missing title": _bad(lambda d: d["conflicts"][1].pop("title")),
    "bad stance": _bad(lambda d: d["conflicts"][2]["perspectives"][0].update(stance="angry")),
    "stranger": _bad(lambda d: d["journal"][2].update(author=STRANGER)),
    "repeated id": _bad(lambda d: d["journal"][2].update(id=d["conflicts"][0]["id"])),
    "people last": {
        **{k: v for k, v in synthetic.household(2, 2).items() if k != "people"},
        "people": [{"id": MARIA, "name": "Maria"}],
    },
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_record_is_refused_naming_the_same_field(
    tmp_path: Path, streamed: None, name: str
) -> None:
    source = _write(tmp_path / "bad.json", BAD[name])
    try:
        whole = parse_import(read_import_file(source))
    except InvalidImport as error:
        with pytest.raises(InvalidImport) as found:
            read_plan(source)
        assert found.value.path == error.path
        if "twice" not in error.problem:
            assert found.value.problem == error.problem
        return
    plan = read_plan(source)  # a good file (people after the records): the same records
    assert isinstance(plan, StreamedPlan)
    assert list(plan.records()) == [*whole.conflicts, *whole.journal]


# A good start, so what is wrong inside a record is what is found.
HEADER = (
    b'{"format": "relate-desktop", "version": 1, "people": [{"id": "'
    + MARIA.encode()
    + b'", "name": "Maria"}], '
)
SYNTAX = {
    "empty": (b"", "ends too soon"),
    "cut short": (b'{"format": "relate-desktop", "people": [', "ends too soon"),
    "trailing": (b'{"format": "relate-desktop"} {}', "JSON is broken"),
    "repeated key": (b'{"format": "relate-desktop", "format": "x"}', "appears twice"),
    "repeated key inside": (HEADER + b'"conflicts": [{"id": "a", "id": "b"}]}', "appears twice"),
    "a list": (b"[1, 2]", "should hold one JSON object"),
    "NaN": (b'{"version": NaN}', "JSON is broken"),
    "deep": (HEADER + b'"journal": [' + b"[" * 200 + b"]" * 200 + b"]}", "nested too deeply"),
}


@pytest.mark.parametrize("name", sorted(SYNTAX))
def test_broken_json_is_refused_in_one_plain_line(
    tmp_path: Path, streamed: None, name: str
) -> None:
    raw, expected = SYNTAX[name]
    source = tmp_path / "bad.json"
    source.write_bytes(raw)
    with pytest.raises(InvalidImport) as found:
        read_plan(source)
    assert expected in found.value.message
    assert "\n" not in found.value.message


def test_a_byte_order_mark_is_read_past(tmp_path: Path, streamed: None) -> None:
    source = tmp_path / "bom.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(synthetic.household(2, 2)).encode())
    assert isinstance(read_plan(source), StreamedPlan)


def test_streamed_import_is_idempotent_and_searchable(
    tmp_path: Path, clock: FixedClock, streamed: None
) -> None:
    data = synthetic.household(30, 40)
    source = _write(tmp_path / "household.json", data)
    paths = DataPaths(tmp_path / "data")
    first = import_file(paths, source, clock)
    again = import_file(paths, source, clock)
    assert first == again
    assert (first.conflicts, first.journal_entries) == (30, 40)
    household = open_household(paths, clock=clock)
    try:
        with household.shared.read() as session:
            counts = [
                session.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                for table in ("conflicts", "journal_entries", "search_keys")
            ]
        agreements = sum(len(c["agreements"]) + len(c["drafts"]) for c in data["conflicts"])
        assert counts == [30, 40, 30 + 40 + agreements]
        body = data["journal"][-1]["body"].split()[0:3]
        assert search(household, " ".join(body))
    finally:
        household.close()


def test_a_file_changed_between_the_readings_stores_nothing(
    tmp_path: Path, clock: FixedClock, streamed: None
) -> None:
    paths = DataPaths(tmp_path / "data")
    import_file(paths, _write(tmp_path / "start.json", synthetic.household(2, 2)), clock)
    before = _snapshot(paths.root)
    source = _write(tmp_path / "household.json", synthetic.household(20, 20, seed=3))
    plan = read_plan(source)
    changed = synthetic.household(20, 20, seed=3)
    changed["journal"][-1]["body"] = "changed after it was checked"
    _write(source, changed)
    with pytest.raises(InvalidImport, match="changed while it was being imported"):
        import_checked(paths, plan, clock)
    after = _snapshot(paths.root)
    assert {k: v for k, v in after.items() if not k.startswith("backups/")} == {
        k: v for k, v in before.items() if not k.startswith("backups/")
    }


@pytest.mark.parametrize(
    ("text", "good"),
    [
        ("\\ud83d\\ude00 smile", True),
        ("\\\\ud800 is written out, not an escape", True),
        ("\\\\\\ud83d\\ude00", True),
        ("\\ud800 alone", False),
        ("\\udc00 alone", False),
        ("\\ude00\\ud83d the wrong way round", False),
        ("\\\\\\ud800", False),
        ("pair at the end \\ud83d\\ude00", True),
    ],
)
@pytest.mark.parametrize("chunk", [1, 5, 7, 13, 1 << 16])
def test_a_lone_surrogate_is_refused_as_in_a_small_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    streamed: None,
    text: str,
    good: bool,
    chunk: int,
) -> None:
    from relate_desktop.services import import_stream

    monkeypatch.setattr(import_stream, "CHUNK", chunk)
    data = synthetic.household(2, 2)
    data["journal"][1]["body"] = "@@"
    raw = json.dumps(data).replace("@@", text)
    source = tmp_path / "s.json"
    source.write_text(raw, encoding="utf-8")
    try:
        parse_import(read_import_file(source))
        whole_good = True
    except InvalidImport:
        whole_good = False
    assert whole_good == good
    if good:
        plan = read_plan(source)
        assert isinstance(plan, StreamedPlan)
        assert list(plan.records())[-1].body == json.loads(raw)["journal"][1]["body"]
    else:
        with pytest.raises(InvalidImport, match="isn't valid Unicode"):
            read_plan(source)
