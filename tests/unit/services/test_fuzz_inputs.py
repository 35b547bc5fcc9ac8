"""Hypothesis fuzzing of the two files Relate reads from outside: an import file and keys.json.
Whatever they hold, the command ends with a documented exit code and one line, never a
traceback, and the data folder is byte for byte as it was unless the command succeeded.

Fixed seed (`derandomize=True`): the same 1,000 examples every run, each test well under a
minute here. The commands run in-process (`cli.run`) for speed."""

from __future__ import annotations

import copy
import hashlib
import io
import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relate_desktop.cli import run
from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import set_up
from relate_desktop.store import keys
from tests.conftest import CHICAGO, FAST_KDF, PASSPHRASES
from tests.unit.services.test_import_whole import document

EXAMPLES = 1000
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NOT_DATA = {".lock"}

# Values that have broken readers before, and the usual suspects.
NASTY = st.sampled_from(
    [
        None,
        True,
        0,
        -1,
        1,
        2**31,
        2**63,
        2**64,
        -(2**63) - 1,
        10**30,
        1.5,
        1e308,
        "",
        " ",
        "America",
        "Etc",
        "Z" * 5000,
        "../../etc/passwd",
        "0001-01-01T00:00:00+00:00",
        "9999-12-31T23:59:00+00:00",
        "0001-01-01T00:00:00-12:00",
        "2026-03-02T08:30:00",
        "not base64!",
        "AAAA",
        "\u0000",
        "\ud800",
        "x" * 70,
        [],
        {},
        [None],
        {"": None},
    ]
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
VALUES = NASTY | JSON_VALUES


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in NOT_DATA
    }


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a path of keys and indexes."""
    children: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    found = [prefix] if prefix else []
    for key, child in children:
        found += _paths(child, (*prefix, key))
    return found


@st.composite
def mutated(draw: st.DrawFn, valid: dict[str, Any]) -> Any:
    """The valid document with one to three changes: a value replaced, a field removed or
    added, a list emptied or doubled."""
    data = copy.deepcopy(valid)
    for _ in range(draw(st.integers(1, 3))):
        places = _paths(data)
        if not places:
            break
        where = draw(st.sampled_from(places))
        parent = data
        for key in where[:-1]:
            parent = parent[key]
        key = where[-1]
        action = draw(st.sampled_from(["replace", "replace", "remove", "add", "double"]))
        if action == "replace":
            parent[key] = draw(VALUES)
        elif action == "remove":
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(VALUES)
        elif action == "double" and isinstance(parent[key], list):
            parent[key] = parent[key] * 2
    return data


def call(paths: DataPaths, *argv: str, stdin: str = "") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(paths.root), *argv], io.StringIO(stdin), out, err)
    assert "Traceback" not in err.getvalue()
    return code, err.getvalue()


# The importer ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DataPaths, dict[str, Any]]]:
    paths = DataPaths(tmp_path_factory.mktemp("fuzz-import") / "data")
    clock = FixedClock(datetime(2026, 11, 22, 9, 30, tzinfo=CHICAGO))
    household = set_up(paths, ["Maria", "Lloyd"], list(PASSPHRASES), clock, kdf=FAST_KDF)
    valid = document(household, private_for=household.people[0].id)
    household.close()
    yield paths, valid


@FUZZ
@given(data=st.data())
def test_fuzzed_import_files_are_exit_0_or_2_and_change_nothing_unless_0(
    home: tuple[DataPaths, dict[str, Any]], data: st.DataObject
) -> None:
    paths, valid = home
    file = paths.root.parent / "fuzz.json"
    content = data.draw(mutated(valid))
    raw = json.dumps(content, ensure_ascii=data.draw(st.booleans())).encode(
        "utf-8", "surrogatepass"
    )
    if data.draw(st.integers(0, 19)) == 0:
        raw = raw[: data.draw(st.integers(0, len(raw)))]  # cut short
    file.write_bytes(raw)
    before = snapshot(paths.root)
    code, err = call(
        paths, "import", str(file), "--unlock", "Maria", "--passphrase-stdin",
        stdin=PASSPHRASES[0] + "\n",
    )  # fmt: skip
    assert code in (0, 2), err
    if code != 0:
        assert err.startswith("relate-desktop: ") and err.count("\n") == 1, err
        assert snapshot(paths.root) == before


# keys.json ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def protected_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DataPaths, bytes]]:
    paths = DataPaths(tmp_path_factory.mktemp("fuzz-keys") / "data")
    clock = FixedClock(datetime(2026, 11, 22, 9, 30, tzinfo=CHICAGO))
    set_up(paths, ["Maria", "Lloyd"], list(PASSPHRASES), clock, kdf=FAST_KDF).close()
    yield paths, keys.keyfile_path(paths.root).read_bytes()


@FUZZ
@given(data=st.data())
def test_fuzzed_key_files_are_one_line_exit_2_3_or_4_and_never_rewritten(
    protected_home: tuple[DataPaths, bytes], data: st.DataObject
) -> None:
    paths, original = protected_home
    valid = json.loads(original)
    content = data.draw(mutated(valid))
    raw = json.dumps(content).encode("utf-8", "surrogatepass")
    if data.draw(st.integers(0, 19)) == 0:
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    keys.keyfile_path(paths.root).write_bytes(raw)
    before = snapshot(paths.root)
    who, passphrase = data.draw(
        st.sampled_from([("Maria", PASSPHRASES[0]), ("Lloyd", PASSPHRASES[1])])
    )
    command = data.draw(st.sampled_from(["check", "agreements"]))
    with pytest.MonkeyPatch.context() as patch:
        # Stay inside the bounds, but cheaply: no 4 GiB derivation in a unit test.
        patch.setattr(keys, "MAX_MEMORY_KIB", 16 * 1024)
        patch.setattr(keys, "MAX_COST_KIB", 32 * 1024)
        code, err = call(
            paths, command, "--unlock", who, "--passphrase-stdin", stdin=passphrase + "\n"
        )
    assert code in (0, 2, 3, 4), err
    assert err.count("\n") <= 1, err
    assert snapshot(paths.root) == before
