"""Export and import of the interchange JSON: round trips, idempotency, and refusing bad files."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import InvalidImport, InvalidInput
from relate_desktop.domain.repair_flow import CommitmentLine, PerspectiveAnswers
from relate_desktop.paths import DataPaths
from relate_desktop.services import portability
from relate_desktop.services.household import Household, household_info, open_household, set_up
from relate_desktop.services.journal import write_entry
from relate_desktop.services.portability import (
    ImportResult,
    export_data,
    import_file,
    import_plan,
    parse_import,
    read_import_file,
    write_export,
)
from relate_desktop.services.repair import finish_repair, start_repair
from relate_desktop.store import repositories

CENTRAL = timezone(timedelta(hours=-6))
TITLE = "Dishes 🍽️ again — שלום · 你好"
STRANGER = "00000000-0000-4000-8000-000000000000"
BODY = "Grateful 🙏 for today. אני אוהבת אותך. 今天很好。"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 2, 8, 30, tzinfo=CENTRAL))


@pytest.fixture
def household(tmp_path: Path, clock: FixedClock) -> Iterator[Household]:
    home = set_up(DataPaths(tmp_path / "home"), ["Maria", "Sam"], None, clock)
    _fill(home)
    yield home
    home.close()


def _fill(home: Household) -> None:
    maria, sam = home.people
    state = start_repair(home, maria.id)
    state.title = TITLE
    state.what_happened = "The sink was full when I came home.\nI said something sharp."
    state.topic = "home"
    state.intensity = 7
    state.perspectives = {
        maria.id: PerspectiveAnswers(
            "one_up",
            ["fight"],
            ["being_right", "retaliation"],
            "scared, tired",
            "You don't care",
            "I was hungry",
        ),
        sam.id: PerspectiveAnswers("one_down", ["flight", "wise_adult"], ["withdrawal"]),
    }
    state.speaker_id = maria.id
    state.draft_kind = "request"
    state.draft_parts = {
        "remember_love": "I love our home",
        "saw_heard": "the sink was full",
        "made_up": "you don't care",
        "feel": "sad",
        "would_like": "wash up at night",
    }
    state.response_parts = {
        "reflect": "the sink bothered you",
        "acknowledge": "Makes sense.",
        "give": "I'll wash up before bed",
    }
    state.agreement_title = "Evening dishes 🧽"
    state.commitments = [
        CommitmentLine(sam.id, "Wash up", "every evening"),
        CommitmentLine(maria.id, "Say thanks", ""),
    ]
    state.confirmed_by = [maria.id, sam.id]
    state.follow_up_presets = ["3d", "1w"]
    finish_repair(home, state)
    write_entry(home, sam.id, BODY, prompt="What went well?", private=False)


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="ascii")  # escapes, so lone surrogates survive
    return path


# Round trips ----------------------------------------------------------------------------------


def test_export_import_export_is_byte_identical(
    household: Household, tmp_path: Path, clock: FixedClock
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    write_export(household, first)
    other = DataPaths(tmp_path / "other")

    result = import_file(other, first, clock)

    assert result == ImportResult(people=2, conflicts=1, agreements=1, journal_entries=1)
    copy_home = open_household(other, clock=clock)
    try:
        write_export(copy_home, second)
        assert [p.id for p in copy_home.people] == [p.id for p in household.people]
    finally:
        copy_home.close()
    assert second.read_bytes() == first.read_bytes()


def test_export_follows_the_contract(household: Household) -> None:
    data = export_data(household)
    maria, sam = household.people
    assert (data["format"], data["version"]) == ("relate-desktop", 2)
    assert data["people"] == [{"id": maria.id, "name": "Maria"}, {"id": sam.id, "name": "Sam"}]
    conflict = data["conflicts"][0]
    assert conflict["title"] == TITLE
    assert conflict["perspectives"][1]["reactions"] == ["flight", "wise_adult"]
    request, response = conflict["drafts"]
    assert request["would_like"] == "wash up at night"
    assert (request["author"], request["to"], request["status"]) == (maria.id, sam.id, "accepted")
    assert response["kind"] == "response" and response["give"] == "I'll wash up before bed"
    agreement = conflict["agreements"][0]
    assert [f["due_at"] for f in agreement["follow_ups"]] == [
        "2026-03-05T19:00:00-06:00",
        "2026-03-09T19:00:00-06:00",
    ]
    assert data["journal"][0]["body"] == BODY
    assert all(not p["private"] for p in conflict["perspectives"])
    assert parse_import(data).conflicts[0].title == TITLE


def test_written_file_is_readable_utf8_json(household: Household, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    write_export(household, out)
    text = out.read_text(encoding="utf-8")
    assert BODY in text and text.startswith('{\n  "format": "relate-desktop"')
    assert read_import_file(out) == export_data(household)


def test_unicode_text_survives_parsing_exactly(household: Household) -> None:
    data = export_data(household)
    odd = "\u202eRTL override, zero\u200bwidth, e\u0301 vs é, 👩‍❤️‍👨, 𝕏, \x00 nul"
    data["journal"][0]["body"] = odd
    assert parse_import(data).journal[0].body == odd


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2026-03-02T14:30:00Z", "2026-03-02T14:30:00+00:00"),
        ("2026-03-02T08:30:00.5-06:00", "2026-03-02T08:30:00.500000-06:00"),
        ("2026-03-02T08:30:00+05:45", "2026-03-02T08:30:00+05:45"),
    ],
)
def test_times_with_an_offset_are_accepted(household: Household, written: str, read: str) -> None:
    data = export_data(household)
    data["journal"][0]["created_at"] = written
    assert parse_import(data).journal[0].created_at.isoformat() == read


@pytest.mark.parametrize(
    "written", ["2026-03-02", "2026-03-02T08:30:00", "0001-01-01T00:00:00+05:00"]
)
def test_times_without_a_usable_offset_are_refused(household: Household, written: str) -> None:
    data = export_data(household)
    data["journal"][0]["created_at"] = written
    with pytest.raises(InvalidImport) as caught:
        parse_import(data)
    assert caught.value.path == "journal[0].created_at"


def test_importing_twice_creates_no_duplicates(
    household: Household, tmp_path: Path, clock: FixedClock
) -> None:
    file = tmp_path / "export.json"
    write_export(household, file)
    before = _dump(export_data(household))

    for _ in range(2):
        import_file(household.paths, file, clock)
        assert _dump(export_data(household)) == before

    other = DataPaths(tmp_path / "other")
    import_file(other, file, clock)
    import_file(other, file, clock)
    copy_home = open_household(other, clock=clock)
    try:
        assert _dump(export_data(copy_home)) == before
    finally:
        copy_home.close()


def test_import_updates_records_with_the_same_id(household: Household) -> None:
    data = export_data(household)
    data["conflicts"][0]["title"] = "Renamed"
    data["conflicts"][0]["agreements"][0]["follow_ups"][0]["status"] = "done"
    import_plan(household, parse_import(data))
    assert export_data(household) == data


def test_solo_file_sets_up_a_solo_household(tmp_path: Path, clock: FixedClock) -> None:
    data = {
        "format": "relate-desktop",
        "version": 1,
        "people": [{"id": "3f2c8a9e-1d4b-4c7a-9e2f-5b6a7c8d9e0f", "name": "Ana"}],
    }
    paths = DataPaths(tmp_path / "solo")
    result = import_file(paths, _write(tmp_path / "solo.json", data), clock)
    assert result == ImportResult(people=1, conflicts=0, agreements=0, journal_entries=0)
    info = household_info(paths)
    assert info is not None and [p.name for p in info.people] == ["Ana"]


# Refusing bad files ---------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _duplicate_id(data: dict[str, Any]) -> None:
    data["journal"][0]["id"] = data["conflicts"][0]["id"]


def _unknown_person(data: dict[str, Any]) -> None:
    data["conflicts"][0]["logged_by"] = STRANGER


def _confirmed_twice(data: dict[str, Any]) -> None:
    confirmed = data["conflicts"][0]["agreements"][0]["confirmed_by"]
    confirmed[1] = confirmed[0]


def _three_people(data: dict[str, Any]) -> None:
    data["people"].append({"id": STRANGER, "name": "Kim"})


INVALID: list[tuple[str, Mutation, str, str]] = [
    (
        "unknown version",
        _set(["version"], 3),
        "version",
        "this file comes from a newer version of Relate (version 3); please update Relate",
    ),
    ("wrong format", _set(["format"], "other-app"), "format", "not a Relate export"),
    ("bool version", _set(["version"], True), "version", "expected a whole number"),
    (
        "invalid stance",
        _set(["conflicts", 0, "perspectives", 1, "stance"], "angry"),
        "conflicts[0].perspectives[1].stance",
        "'angry' is not one of one_up, one_down, same_as",
    ),
    (
        "invalid reaction",
        _set(["conflicts", 0, "perspectives", 0, "reactions"], ["sulk"]),
        "conflicts[0].perspectives[0].reactions[0]",
        "'sulk' is not one of fight, flight, fix, wise_adult",
    ),
    (
        "naive datetime",
        _set(["conflicts", 0, "occurred_at"], "2026-03-02T08:30:00"),
        "conflicts[0].occurred_at",
        "no UTC offset",
    ),
    (
        "bad datetime",
        _set(["journal", 0, "created_at"], "yesterday"),
        "journal[0].created_at",
        "is not a date and time",
    ),
    ("unknown person", _unknown_person, "conflicts[0].logged_by", "not one of the people"),
    (
        "private journal",
        _set(["journal", 0, "private"], True),
        "journal[0].private",
        "this private item belongs to Sam; import it with --unlock Sam",
    ),
    (
        "private perspective",
        _set(["conflicts", 0, "perspectives", 0, "private"], True),
        "conflicts[0].perspectives[0].private",
        "import it with --unlock Maria",
    ),
    (
        "bool intensity",
        _set(["conflicts", 0, "intensity"], True),
        "conflicts[0].intensity",
        "expected a whole number from 0 to 10, got true/false",
    ),
    (
        "intensity too high",
        _set(["conflicts", 0, "intensity"], 11),
        "conflicts[0].intensity",
        "11 is not a whole number from 0 to 10",
    ),
    ("duplicate ids", _duplicate_id, "journal[0].id", "is used twice"),
    (
        "unknown draft part",
        _set(["conflicts", 0, "drafts", 0, "what_i_did"], "x"),
        "conflicts[0].drafts[0].what_i_did",
        "unknown field 'what_i_did'",
    ),
    ("unknown field", _set(["conflicts", 0, "mood"], "x"), "conflicts[0].mood", "unknown field"),
    (
        "number as text",
        _set(["conflicts", 0, "title"], 42),
        "conflicts[0].title",
        "expected text, got a whole number",
    ),
    ("missing title", lambda d: d["conflicts"][0].pop("title"), "conflicts[0].title", "missing"),
    ("huge text", _set(["journal", 0, "body"], "x" * 1_000_001), "journal[0].body", "the limit"),
    ("lone surrogate", _set(["journal", 0, "body"], "\ud800"), "journal[0].body", "Unicode"),
    (
        "bad follow-up status",
        _set(["conflicts", 0, "agreements", 0, "follow_ups", 0, "status"], "later"),
        "conflicts[0].agreements[0].follow_ups[0].status",
        "not one of pending, done, skipped",
    ),
    (
        "bad draft status",
        _set(["conflicts", 0, "drafts", 1, "status"], "lost"),
        "conflicts[0].drafts[1].status",
        "not one of draft, sent, accepted",
    ),
    (
        "bad agreement status",
        _set(["conflicts", 0, "agreements", 0, "status"], "paused"),
        "conflicts[0].agreements[0].status",
        "not one of active, retired",
    ),
    (
        "null person",
        _set(["conflicts", 0, "agreements", 0, "confirmed_by", 1], None),
        "conflicts[0].agreements[0].confirmed_by[1]",
        "expected text, got null",
    ),
    (
        "confirmed twice",
        _confirmed_twice,
        "conflicts[0].agreements[0].confirmed_by[1]",
        "is listed twice",
    ),
    (
        "draft to a stranger",
        _set(["conflicts", 0, "drafts", 0, "to"], STRANGER),
        "conflicts[0].drafts[0].to",
        "not one of the people",
    ),
    ("id not a uuid", _set(["journal", 0, "id"], "entry-1"), "journal[0].id", "is not an id"),
    ("three people", _three_people, "people", "one or two people; this file has 3"),
    ("no conflict list", _set(["conflicts"], {}), "conflicts", "expected a list, got an object"),
]


@pytest.mark.parametrize(
    ("mutate", "path", "problem"),
    [case[1:] for case in INVALID],
    ids=[case[0] for case in INVALID],
)
def test_invalid_file_is_refused_and_changes_nothing(
    household: Household,
    tmp_path: Path,
    clock: FixedClock,
    mutate: Mutation,
    path: str,
    problem: str,
) -> None:
    data = export_data(household)
    before = _dump(data)
    bad = copy.deepcopy(data)
    mutate(bad)
    file = _write(tmp_path / "bad.json", bad)

    with pytest.raises(InvalidImport) as caught:
        import_file(household.paths, file, clock)
    assert caught.value.path == path
    assert problem in caught.value.problem
    assert _dump(export_data(household)) == before

    empty = DataPaths(tmp_path / "empty")
    with pytest.raises(InvalidImport):
        import_file(empty, file, clock)
    assert not empty.root.exists()


def test_truncated_json_names_line_and_column(
    household: Household, tmp_path: Path, clock: FixedClock
) -> None:
    before = _dump(export_data(household))
    file = tmp_path / "cut.json"
    file.write_text(before[: len(before) // 2], encoding="utf-8")
    with pytest.raises(InvalidImport) as caught:
        import_file(household.paths, file, clock)
    assert "line " in caught.value.problem and "column " in caught.value.problem
    assert caught.value.path == ""
    assert _dump(export_data(household)) == before


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"a": 1,\n "b": x}', "line 2, column 7"),
        (b"[1, 2]", "holds a list"),
        (b"", "ends too soon"),
        (b"\xff\xfe{}", "UTF-8"),
        (b'{"version": NaN}', "NaN"),
        (b'{"a": 1, "a": 2}', "appears twice"),
        (b"[" * 100_000, "JSON"),
    ],
)
def test_unreadable_files_raise_invalid_import(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    file = tmp_path / "file.json"
    file.write_bytes(content)
    with pytest.raises(InvalidImport) as caught:
        read_import_file(file)
    assert problem in caught.value.problem


def test_missing_file_is_invalid_input(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as caught:
        read_import_file(tmp_path / "nope.json")
    assert not isinstance(caught.value, InvalidImport)


def test_stranger_is_not_imported_into_a_household(
    household: Household, tmp_path: Path, clock: FixedClock
) -> None:
    before = _dump(export_data(household))
    text = before.replace(household.people[0].id, STRANGER)
    file = tmp_path / "stranger.json"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidImport) as caught:
        import_file(household.paths, file, clock)
    assert caught.value.path == "people[0].id"
    assert "isn't part of this household" in caught.value.problem
    assert _dump(export_data(household)) == before


def test_id_owned_by_another_conflict_is_refused(household: Household) -> None:
    data = export_data(household)
    before = _dump(data)
    twin = copy.deepcopy(data["conflicts"][0])
    twin["id"] = STRANGER
    twin["perspectives"], twin["drafts"] = [], []
    data["conflicts"] = [twin]
    with pytest.raises(InvalidImport) as caught:
        import_plan(household, parse_import(data))
    assert caught.value.path == "conflicts[0].agreements[0].id"
    assert _dump(export_data(household)) == before


def test_import_is_one_transaction(household: Household, monkeypatch: pytest.MonkeyPatch) -> None:
    data = export_data(household)
    before = _dump(data)
    data["conflicts"][0]["title"] = "Changed"

    def fail(*_args: Any) -> None:
        raise RuntimeError("disk gremlin")

    monkeypatch.setattr(repositories, "save_journal_entry", fail)
    with pytest.raises(RuntimeError):
        import_plan(household, parse_import(data))
    assert _dump(export_data(household)) == before


def test_failed_import_into_new_folder_leaves_it_empty(
    household: Household, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "export.json"
    write_export(household, file)
    fresh = DataPaths(tmp_path / "fresh")

    def fail(*_args: Any) -> None:
        raise RuntimeError("disk gremlin")

    monkeypatch.setattr(repositories, "add_new_journal_entries", fail)  # late in the import
    with pytest.raises(RuntimeError):
        import_file(fresh, file, clock)
    assert household_info(fresh) is None
    assert sorted(p.name for p in fresh.root.iterdir()) == []


# Fuzzing --------------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=30,
)
FIELD_NAMES = st.sampled_from(
    [
        "format",
        "version",
        "people",
        "conflicts",
        "journal",
        "id",
        "name",
        "title",
        "occurred_at",
        "perspectives",
        "drafts",
        "agreements",
        "stance",
        "kind",
        "author",
        "to",
        "private",
    ]
)


@settings(max_examples=200, deadline=None)
@given(JSON_VALUES)
def test_parse_import_only_raises_invalid_import(data: Any) -> None:
    with contextlib.suppress(InvalidImport):
        parse_import(data)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(FIELD_NAMES, JSON_VALUES, max_size=6))
def test_parse_import_only_raises_invalid_import_for_likely_fields(data: dict[str, Any]) -> None:
    data.setdefault("format", "relate-desktop")
    data.setdefault("version", 1)
    with contextlib.suppress(InvalidImport):
        parse_import(data)


@pytest.fixture(scope="module")
def valid_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    clock = FixedClock(datetime(2026, 3, 2, 8, 30, tzinfo=CENTRAL))
    home = set_up(DataPaths(tmp_path_factory.mktemp("doc") / "home"), ["Maria", "Sam"], None, clock)
    try:
        _fill(home)
        return export_data(home)
    finally:
        home.close()


def _leaf_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    children: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    paths = [prefix] if prefix else []
    for key, child in children:
        paths += _leaf_paths(child, (*prefix, key))
    return paths


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_one_changed_value_is_accepted_or_refused_cleanly(
    valid_document: dict[str, Any], data: st.DataObject
) -> None:
    document = copy.deepcopy(valid_document)
    where = data.draw(st.sampled_from(_leaf_paths(document)))
    target = document
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = data.draw(JSON_VALUES)
    try:
        parse_import(document)
    except InvalidImport as error:
        assert error.path == "" or error.path.split(".")[0].split("[")[0] in document


def test_module_api_names() -> None:
    assert (portability.FORMAT, portability.VERSION) == ("relate-desktop", 2)
    assert portability.READS == (1, 2)


def test_check_ins_versions_and_repeats_survive_a_round_trip(
    couple: Household, tmp_path: Path, clock: FixedClock
) -> None:
    from datetime import timedelta

    from relate_desktop.domain.follow_ups import Repeat
    from relate_desktop.domain.models import CheckInAnswer, CheckInDecision, Commitment, Held
    from relate_desktop.services import browse, check_ins
    from tests.agreements import make_agreement

    agreement_id = make_agreement(couple)
    first = browse.agreement_document(couple, agreement_id).agreement.follow_ups[0]
    check_ins.add_check_in(couple, agreement_id, clock.now() + timedelta(days=30), Repeat.MONTHLY)
    clock.set(first.due_at)
    maria, lloyd = couple.people
    check_ins.record_check_in(
        couple,
        first.id,
        [
            CheckInAnswer(maria.id, Held.PARTLY, "Calmer", "Merci 🙏"),
            CheckInAnswer(lloyd.id, Held.HELD, "", "שלום"),
        ],
        CheckInDecision.ADJUST,
        check_ins.AgreementChange("Phones away", (Commitment(lloyd.id, "Phone in the hall", ""),)),
    )
    before = browse.agreement_document(couple, agreement_id).agreement
    first_file, second_file = tmp_path / "first.json", tmp_path / "second.json"
    write_export(couple, first_file)
    other = DataPaths(tmp_path / "other")
    import_file(other, first_file, clock)
    copy_home = open_household(other, clock=clock)
    try:
        after = browse.agreement_document(copy_home, agreement_id).agreement
        write_export(copy_home, second_file)
    finally:
        copy_home.close()
    assert after == before
    assert after.history[0].version == 1 and after.version == 2
    assert second_file.read_bytes() == first_file.read_bytes()


def test_turns_both_of_us_and_what_each_saw_survive_a_round_trip(
    couple: Household, tmp_path: Path, clock: FixedClock
) -> None:
    from relate_desktop.services import browse
    from tests.agreements import make_two_turn_agreement

    agreement_id = make_two_turn_agreement(couple)
    data = export_data(couple)
    (conflict,) = data["conflicts"]
    assert [(d["kind"], d["turn"]) for d in conflict["drafts"]] == [
        ("request", 1),
        ("response", 1),
        ("apology", 2),
        ("response", 2),
    ]
    assert conflict["drafts"][3]["take_in"] == "you see how it shamed me"
    assert [c.get("both", False) for c in conflict["agreements"][0]["commitments"]] == [
        False,
        False,
        True,
    ]
    first = tmp_path / "turns.json"
    write_export(couple, first)
    other = DataPaths(tmp_path / "other")
    import_file(other, first, clock)
    copy_home = open_household(other, clock=clock)
    try:
        assert browse.agreement_document(copy_home, agreement_id) == browse.agreement_document(
            couple, agreement_id
        )
        assert export_data(copy_home) == data
    finally:
        copy_home.close()


def test_a_journal_entrys_title_tags_feeling_and_time_of_day_survive_a_round_trip(
    household: Household, tmp_path: Path, clock: FixedClock
) -> None:
    sam = household.people[1]
    written = write_entry(
        household,
        sam.id,
        "## Evening\n\nA **calm** walk\n\n- bread",
        private=False,
        title="By the lake",
        tags="lake, Quiet",
        feeling="hopeful",
        time_of_day="evening",
    )
    data = export_data(household)
    [out] = [e for e in data["journal"] if e["id"] == written.id]
    assert (out["title"], out["tags"], out["feeling"], out["time_of_day"]) == (
        "By the lake",
        ["lake", "Quiet"],
        "hopeful",
        "evening",
    )
    other = DataPaths(tmp_path / "other")
    result = import_file(other, _write(tmp_path / "file.json", data), clock)
    assert result.journal_entries == 2
    copy_home = open_household(other, clock=clock)
    try:
        from relate_desktop.services.journal import entry

        copied = entry(copy_home, written.id)
        assert copied == written
        assert export_data(copy_home) == data
    finally:
        copy_home.close()


def test_a_version_1_file_is_still_read(household: Household) -> None:
    data = export_data(household)
    data["version"] = 1
    for conflict in data["conflicts"]:
        for draft in conflict["drafts"]:
            del draft["turn"]
    for item in data["journal"]:
        for name in ("title", "tags", "feeling", "time_of_day"):
            del item[name]
    plan = parse_import(data)
    assert {d.turn for c in plan.conflicts for d in c.drafts} == {1}
    import_plan(household, plan)
    assert export_data(household)["conflicts"] == export_data(household)["conflicts"]
    data["version"] = 3
    with pytest.raises(InvalidImport, match="newer version"):
        parse_import(data)


def test_a_version_1_file_still_imports_and_its_entries_get_no_title_or_tags(
    household: Household, tmp_path: Path, clock: FixedClock
) -> None:
    data = export_data(household)
    data["version"] = 1
    for item in data["journal"]:
        for name in ("title", "tags", "feeling", "time_of_day"):
            del item[name]
    result = import_file(DataPaths(tmp_path / "old"), _write(tmp_path / "v1.json", data), clock)
    assert result.journal_entries == 1
    [read] = parse_import(data).journal
    assert (read.title, read.tags, read.feeling, read.time_of_day) == ("", (), None, None)
    data["journal"][0]["title"] = "Not in version 1"
    with pytest.raises(InvalidImport) as caught:
        parse_import(data)
    assert caught.value.path == "journal[0].title"
