"""An import is all or nothing across the shared and the private space, a refused import writes
nothing (backups included), odd values are exit 2 with one line, and only regular files of a
bounded size are read."""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from relate_desktop.cli import run
from relate_desktop.domain.errors import InvalidImport, StorageError
from relate_desktop.paths import DataPaths
from relate_desktop.services import maintenance, portability
from relate_desktop.services.household import (
    Household,
    claim_data_folder,
    open_household,
)
from relate_desktop.store import import_marker, repositories
from relate_desktop.store.lock import DataFolderLock
from tests.conftest import PASSPHRASES

CONFLICT = "33333333-3333-4333-8333-333333333333"
AGREEMENT = "66666666-6666-4666-8666-666666666666"
FOLLOW_UP = "77777777-7777-4777-8777-777777777777"
ENTRY = "99999999-9999-4999-8999-999999999999"
PRIVATE_ENTRY = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"
NOT_DATA = {".lock"}


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in NOT_DATA
    }


def document(household: Household, *, private_for: str | None = None) -> dict[str, Any]:
    """A file with one conflict (and, for `private_for`, their private reflection on it and a
    private journal entry), one agreement with a check-in, one shared journal entry."""
    people = [{"id": p.id, "name": p.name} for p in household.people]
    maria = household.people[0].id
    perspectives: list[dict[str, Any]] = [{"person": maria, "private": False, "notes": "shared"}]
    journal: list[dict[str, Any]] = [
        {"id": ENTRY, "author": maria, "created_at": "2026-03-03T07:00:00-06:00", "body": "hi"}
    ]
    if private_for:
        perspectives = [{"person": private_for, "private": True, "notes": "only mine"}]
        journal.append(
            {
                "id": PRIVATE_ENTRY,
                "author": private_for,
                "created_at": "2026-03-03T08:00:00-06:00",
                "private": True,
                "body": "private words",
            }
        )
    return {
        "format": "relate-desktop",
        "version": 1,
        "people": people,
        "conflicts": [
            {
                "id": CONFLICT,
                "occurred_at": "2026-03-02T08:30:00-06:00",
                "title": "Dishes",
                "logged_by": maria,
                "perspectives": perspectives,
                "agreements": [
                    {
                        "id": AGREEMENT,
                        "title": "Evening dishes",
                        "created_at": "2026-03-02T09:00:00-06:00",
                        "commitments": [{"person": maria, "action": "Wash up"}],
                        "follow_ups": [
                            {
                                "id": FOLLOW_UP,
                                "due_at": "2026-03-05T19:00:00-06:00",
                                "zone": "America/Chicago",
                            }
                        ],
                    }
                ],
            }
        ],
        "journal": journal,
    }


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def cli(paths: DataPaths, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(paths.root), *argv], io.StringIO(stdin), out, err)
    return code, out.getvalue(), err.getvalue()


def state(paths: DataPaths, person_id: str, passphrase: str) -> tuple[set[str], set[str], set[str]]:
    """Conflicts in the shared space; reflections and journal entries in the private one."""
    household = open_household(paths, person_id, passphrase, check=False)
    try:
        with household.shared.read() as session:
            conflicts = set(repositories.conflict_ids(session))
        vault = household.require_vault(person_id)
        with vault.read() as session:
            reflections = {r.conflict_id for r in repositories.reflections(session)}
            entries = {e.id for e in repositories.journal_entries(session)}
    finally:
        household.close()
    return conflicts, reflections, entries


@pytest.fixture
def closed(protected: Household) -> Household:
    protected.close()
    return protected


class Crash(BaseException):
    """The process dying: nothing after it runs (the rollback is switched off too)."""


def test_a_crash_between_the_shared_and_the_private_commit_is_undone_on_the_next_open(
    closed: Household, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, maria = closed.paths, closed.people[0].id
    file = write(tmp_path / "in.json", document(closed, private_for=maria))
    before = state(paths, maria, PASSPHRASES[0])

    def die(*_args: Any) -> None:
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(portability, "_store_private", die)  # after the shared commit
        patch.setattr(portability, "roll_back_interrupted_import", lambda _paths: False)
        with pytest.raises(Crash):
            portability.import_file(paths, file, person_id=maria, passphrase=PASSPHRASES[0])
    assert import_marker.exists(paths.root)
    # Half done: the shared space has the conflict, the private space nothing. Nobody reads it
    # like that: opening says so, and `check` fails, until the folder's holder undoes it.
    with pytest.raises(StorageError, match="interrupted"):
        open_household(paths, maria, PASSPHRASES[0])
    code, _out, err = cli(paths, "check", "--unlock", "Maria", "--passphrase-stdin",
                          stdin=PASSPHRASES[0] + "\n")  # fmt: skip
    assert code == 4 and "interrupted" in err

    claim_data_folder(paths).release()  # what the app does when it starts
    assert not import_marker.exists(paths.root)
    assert state(paths, maria, PASSPHRASES[0]) == before
    code, _out, _err = cli(paths, "check", "--unlock", "Maria", "--passphrase-stdin",
                           stdin=PASSPHRASES[0] + "\n")  # fmt: skip
    assert code == 0

    # Importing again now does all of it.
    portability.import_file(paths, file, person_id=maria, passphrase=PASSPHRASES[0])
    conflicts, reflections, entries = state(paths, maria, PASSPHRASES[0])
    assert CONFLICT in conflicts and CONFLICT in reflections and PRIVATE_ENTRY in entries
    assert not import_marker.exists(paths.root)


def test_a_command_that_writes_finishes_the_undo_too(
    closed: Household, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, maria = closed.paths, closed.people[0].id
    file = write(tmp_path / "in.json", document(closed, private_for=maria))
    before = state(paths, maria, PASSPHRASES[0])
    with monkeypatch.context() as patch:
        patch.setattr(portability, "_store_private", lambda *_a: (_ for _ in ()).throw(Crash()))
        patch.setattr(portability, "roll_back_interrupted_import", lambda _paths: False)
        with pytest.raises(Crash):
            portability.import_file(paths, file, person_id=maria, passphrase=PASSPHRASES[0])
    code, _out, err = cli(paths, "backup", "--unlock", "Maria", "--passphrase-stdin",
                          stdin=PASSPHRASES[0] + "\n")  # fmt: skip
    assert code == 0, err
    assert state(paths, maria, PASSPHRASES[0]) == before


def test_a_failing_private_commit_puts_the_shared_space_back_at_once(
    closed: Household, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, maria = closed.paths, closed.people[0].id
    file = write(tmp_path / "in.json", document(closed, private_for=maria))
    before = state(paths, maria, PASSPHRASES[0])

    def fail(*_args: Any) -> None:
        raise OSError("disk gremlin")

    monkeypatch.setattr(portability, "_store_private", fail)
    with pytest.raises(OSError):
        portability.import_file(paths, file, person_id=maria, passphrase=PASSPHRASES[0])
    assert not import_marker.exists(paths.root)
    assert state(paths, maria, PASSPHRASES[0]) == before


def refused_cases(household: Household) -> dict[str, dict[str, Any]]:
    lloyd = household.people[1].id
    cases: dict[str, dict[str, Any]] = {}
    cases["another person's private item"] = document(household, private_for=lloyd)
    data = document(household)
    data["people"][1]["id"] = "00000000-0000-4000-8000-000000000000"
    cases["an unknown person"] = data
    data = document(household)
    data["conflicts"][0]["intensity"] = 11
    cases["a bad value"] = data
    for name, version in (("2^63", 2**63), ("2^64", 2**64), ("10^30", 10**30)):
        data = document(household)
        data["conflicts"][0]["agreements"][0]["version"] = version
        cases[f"agreement version {name}"] = data
        data = document(household)
        data["conflicts"][0]["agreements"][0]["history"] = [
            {"version": version, "title": "x", "replaced_at": "2026-03-02T09:00:00-06:00"}
        ]
        cases[f"history version {name}"] = data
    for zone in ("America", "Etc", "Z" * 5000, "America/../../etc/passwd", "/etc/localtime"):
        data = document(household)
        data["conflicts"][0]["agreements"][0]["follow_ups"][0]["zone"] = zone
        cases[f"zone {zone[:20]}"] = data
    # Past the ends of the calendar once seen in the zone (year 0, year 10000).
    for due, zone in (
        ("0001-01-01T00:00:00+00:00", "America/Chicago"),
        ("9999-12-31T23:59:00+00:00", "Pacific/Kiritimati"),
    ):
        data = document(household)
        follow_up = data["conflicts"][0]["agreements"][0]["follow_ups"][0]
        follow_up["due_at"], follow_up["zone"] = due, zone
        cases[f"{due[:4]} in {zone}"] = data
        data = document(household)
        follow_up = data["conflicts"][0]["agreements"][0]["follow_ups"][0]
        follow_up["anchor"], follow_up["zone"] = due, zone
        cases[f"anchor {due[:4]} in {zone}"] = data
    return cases


def test_a_refused_import_writes_nothing_at_all_backups_included(
    closed: Household, tmp_path: Path
) -> None:
    paths = closed.paths
    # Backups to rotate: a refused import used to make one and prune an old one.
    for _ in range(11):
        code, _out, _err = cli(paths, "backup", "--unlock", "Maria", "--passphrase-stdin",
                               stdin=PASSPHRASES[0] + "\n")  # fmt: skip
        assert code == 0
    for name, data in refused_cases(closed).items():
        file = write(tmp_path / "bad.json", data)
        before = snapshot(paths.root)
        code, out, err = cli(paths, "import", str(file), "--unlock", "Maria",
                             "--passphrase-stdin", stdin=PASSPHRASES[0] + "\n")  # fmt: skip
        assert code == 2, (name, out, err)
        assert (
            err.startswith("relate-desktop: This file can't be imported") and err.count("\n") == 1
        ), (name, err)
        assert snapshot(paths.root) == before, name


@pytest.mark.parametrize(
    ("due", "zone"),
    [("0001-01-01T00:00:00+00:00", "Etc/GMT-14"), ("9999-12-31T23:59:00+00:00", "Etc/GMT+12")],
)
def test_the_first_and_last_years_inside_the_calendar_are_imported_and_exported(
    closed: Household, tmp_path: Path, due: str, zone: str
) -> None:
    data = document(closed)
    follow_up = data["conflicts"][0]["agreements"][0]["follow_ups"][0]
    follow_up["due_at"], follow_up["zone"] = due, zone
    file = write(tmp_path / "in.json", data)
    code, _out, err = cli(closed.paths, "import", str(file), "--unlock", "Maria",
                          "--passphrase-stdin", stdin=PASSPHRASES[0] + "\n")  # fmt: skip
    assert code == 0, err
    out = tmp_path / "out.json"
    code, _out, err = cli(closed.paths, "export-json", "--out", str(out), "--unlock", "Maria",
                          "--passphrase-stdin", stdin=PASSPHRASES[0] + "\n")  # fmt: skip
    assert code == 0, err
    code, _out, err = cli(closed.paths, "agreements", "--unlock", "Maria",
                          "--passphrase-stdin", stdin=PASSPHRASES[0] + "\n")  # fmt: skip
    assert code == 0, err


def test_the_refused_values_are_refused_by_the_parser_alone(closed: Household) -> None:
    for name, data in refused_cases(closed).items():
        if name in ("another person's private item", "an unknown person"):
            continue
        with pytest.raises(InvalidImport):
            portability.parse_import(data)


def test_a_fifo_or_a_device_is_refused_at_once_without_the_folder(
    closed: Household, tmp_path: Path
) -> None:
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)
    held = DataFolderLock(closed.paths.root)
    held.acquire()  # were the folder taken first, this would be exit 4 "already open"
    try:
        for source in (fifo, Path("/dev/zero"), tmp_path):
            started = time.monotonic()
            code, _out, err = cli(closed.paths, "import", str(source))
            assert code == 2, err
            assert "not a regular file" in err or "couldn't be read" in err
            assert time.monotonic() - started < 5
    finally:
        held.release()


def test_a_file_over_the_size_limit_is_refused(
    closed: Household, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = write(tmp_path / "in.json", document(closed))
    monkeypatch.setattr(portability, "MAX_FILE_BYTES", file.stat().st_size - 1)
    with pytest.raises(InvalidImport, match="larger than"):
        portability.read_import_file(file)
    assert portability.MAX_FILE_BYTES < 512 * 1024 * 1024


def test_the_documented_limit_is_512_mb() -> None:
    assert portability.MAX_FILE_BYTES == 512 * 1024 * 1024
    docs = Path(__file__).parents[3] / "docs" / "interchange.md"
    assert "512 MB" in docs.read_text(encoding="utf-8")


def test_check_still_reads_a_whole_folder(closed: Household) -> None:
    report = maintenance.check(closed.paths, closed.people[0].id, PASSPHRASES[0])
    assert report.ok
