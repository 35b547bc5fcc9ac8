"""When read commands check a file (docs/architecture.md, "When files are checked"): no full
integrity check in front of every read; a damaged page met while reading is refused in one
line, changing nothing; after a crash the full check runs first."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from relate_desktop.store.connection import looking_at
from tests.e2e.test_cli import (
    AGREEMENT,
    AGREEMENT_TITLE,
    _env,
    assert_one_error_line,
    filled,
    relate,
    snapshot,
    template,
)

__all__ = ["filled", "template"]  # fixtures, used by name

READ_COMMANDS = {
    "agreements": [],
    "search": ["dishes"],
    "export-json": ["--out", "{out}.json"],
    "export-ics": ["--out", "{out}.ics"],
    "export-pdf": [AGREEMENT, "--out", "{out}.pdf"],
}


def _damage_tables(data_dir: Path, names: set[str] | None = None) -> None:
    """Overwrite the root page of these tables of the shared space (every table but the
    version stamp when None) with random bytes; the schema page stays whole, so the file opens."""
    shared = data_dir / "shared.db"
    keyfile = json.loads((data_dir / "keys.json").read_text(encoding="utf-8"))
    with looking_at(shared, bytes.fromhex(keyfile["shared"]["key"])) as conn:
        page = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        rows = conn.execute(
            "SELECT name, rootpage FROM sqlite_master WHERE type IN ('table', 'index') "
            "AND rootpage > 1"
        ).fetchall()
    roots = [
        root
        for name, root in rows
        if (name in names if names is not None else not name.startswith("alembic"))
    ]
    assert roots
    data = bytearray(shared.read_bytes())
    noise = random.Random(5)
    for root in roots:
        start = (root - 1) * page
        data[start + 64 : start + page - 64] = noise.randbytes(page - 128)
    shared.write_bytes(bytes(data))


@pytest.mark.parametrize("command", sorted(READ_COMMANDS))
def test_a_read_command_on_a_damaged_file_fails_in_one_line_and_changes_nothing(
    filled: Path, tmp_path: Path, command: str
) -> None:
    _damage_tables(filled)
    before = snapshot(filled)
    lock_before = (filled / ".lock").read_bytes()
    out = tmp_path / "out"
    args = [a.format(out=out) for a in READ_COMMANDS[command]]

    result = relate(filled, command, *args)

    line = assert_one_error_line(result, 4)
    assert "shared.db is damaged" in line and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert snapshot(filled) == before  # byte for byte, and no -wal or -shm left behind
    assert (filled / ".lock").read_bytes() == lock_before
    assert not list(tmp_path.glob("out*"))


def test_reads_skip_the_full_check_unless_the_last_run_crashed(filled: Path) -> None:
    """Damage in a part `agreements` doesn't read goes unnoticed by it (the full check, which
    would find it, is not run in front of every read), until the folder's lock shows the last
    holder ended without letting go: then the full check runs first and refuses the file."""
    _damage_tables(filled, {"journal_entries"})
    before = snapshot(filled)

    listed = relate(filled, "agreements")
    assert listed.returncode == 0, listed.stderr
    assert AGREEMENT_TITLE in listed.stdout
    assert snapshot(filled) == before

    (filled / ".lock").write_text("4242 journal", encoding="utf-8")  # as a kill -9 leaves it
    refused = relate(filled, "agreements")
    line = assert_one_error_line(refused, 4)
    assert "shared.db is damaged" in line
    assert refused.stdout == ""
    assert snapshot(filled) == before
    assert (filled / ".lock").read_text(encoding="utf-8") == "4242 journal"

    checked = relate(filled, "check")
    assert checked.returncode == 4 and "damaged" in checked.stdout
    assert snapshot(filled) == before


@pytest.mark.parametrize("command", ["search", "agreements"])
def test_a_reader_that_stops_early_ends_a_read_command_quietly(filled: Path, command: str) -> None:
    """`relate-desktop search … | head`: exit 0, no BrokenPipe traceback, nothing changed."""
    before = snapshot(filled)
    argv = [sys.executable, "-m", "relate_desktop", "--data-dir", str(filled), command]
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        done = subprocess.run(
            [*argv, *(["dishes"] if command == "search" else [])],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=_env(filled.parent),
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == b""
    assert done.returncode == 0
    assert snapshot(filled) == before
