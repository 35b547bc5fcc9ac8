"""A space: one encrypted file, refused untouched when damaged or newer, backed up before upgrade."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection

from relate_desktop.domain.clock import FixedClock
from relate_desktop.domain.errors import CorruptDatabase, NewerDatabase
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import Household
from relate_desktop.services.journal import write_entry
from relate_desktop.store import keys, migrate
from relate_desktop.store.backups import list_backups
from relate_desktop.store.connection import connect_raw, is_readable
from relate_desktop.store.space import SHARED_SPACE, Space

MARKER = "MARKER-0f3c9a-private-words-🙈"


def files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def shared_key(paths: DataPaths) -> bytes:
    plain = keys.load(paths.root).shared_key_plain
    assert plain is not None
    return bytes.fromhex(plain)


def open_shared(paths: DataPaths, key: bytes, clock: FixedClock) -> Space:
    return Space.open(SHARED_SPACE, paths.shared_db, key, paths.backups, clock.now())


@pytest.fixture
def closed_couple(couple: Household) -> Iterator[DataPaths]:
    """A couple's folder with one journal entry, every file closed."""
    write_entry(couple, couple.people[0].id, MARKER, private=False)
    couple.close()
    yield couple.paths


def read_bodies(path: Path, key: bytes) -> list[str]:
    connection = connect_raw(path, key)
    try:
        return [row[0] for row in connection.execute("SELECT body FROM journal_entries")]
    finally:
        connection.close()


def stamped_revision(path: Path, key: bytes) -> str | None:
    connection = connect_raw(path, key)
    try:
        return migrate.current_revision(connection)
    finally:
        connection.close()


# Encryption -----------------------------------------------------------------------------------


def test_a_new_space_is_encrypted_on_disk_and_in_its_log(couple: Household) -> None:
    write_entry(couple, couple.people[0].id, MARKER, private=False)
    db = couple.paths.shared_db
    wal = Path(f"{db}-wal")
    needle = MARKER.encode("utf-8")
    assert wal.exists()  # the new entry is in the write-ahead log while the space is open
    for path in (db, wal):
        raw = path.read_bytes()
        assert needle not in raw, path.name
        assert b"MARKER" not in raw, path.name
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert b"journal_entries" not in db.read_bytes()  # even the schema is hidden

    couple.close()
    assert needle not in db.read_bytes()
    assert read_bodies(db, shared_key(couple.paths)) == [MARKER]


def test_a_wrong_key_is_refused_and_changes_nothing(
    closed_couple: DataPaths, clock: FixedClock
) -> None:
    before = files(closed_couple.root)
    with pytest.raises(CorruptDatabase, match="damaged"):
        open_shared(closed_couple, keys.new_space_key(), clock)
    assert files(closed_couple.root) == before


def test_a_garbage_file_is_refused_naming_the_newest_backup(
    closed_couple: DataPaths, clock: FixedClock
) -> None:
    key = shared_key(closed_couple)
    space = open_shared(closed_couple, key, clock)
    try:
        older = space.backup(clock.now(), "manual")
        clock.advance(timedelta(hours=1))
        newest = space.backup(clock.now(), "manual")
    finally:
        space.close()
    assert older != newest
    closed_couple.shared_db.write_bytes(b"\x00garbage" * 4096)
    before = files(closed_couple.root)

    with pytest.raises(CorruptDatabase) as raised:
        open_shared(closed_couple, key, clock)

    assert newest.name in raised.value.message
    assert files(closed_couple.root) == before


def test_a_space_from_a_newer_version_is_refused_untouched(
    closed_couple: DataPaths, clock: FixedClock
) -> None:
    key = shared_key(closed_couple)
    connection = connect_raw(closed_couple.shared_db, key)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    finally:
        connection.close()
    before = files(closed_couple.root)

    with pytest.raises(NewerDatabase, match="newer"):
        open_shared(closed_couple, key, clock)

    assert files(closed_couple.root) == before
    assert not closed_couple.backups.exists()


# Upgrading ------------------------------------------------------------------------------------


def test_an_older_known_space_is_backed_up_before_it_is_upgraded(
    closed_couple: DataPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = shared_key(closed_couple)
    upgrades: list[Connection] = []
    stored = migrate.HEAD_REVISION
    monkeypatch.setattr(migrate, "HEAD_REVISION", "zzzz")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {stored, "zzzz"})
    monkeypatch.setattr(
        migrate, "upgrade", lambda connection, revision="head": upgrades.append(connection)
    )

    space = open_shared(closed_couple, key, clock)
    space.close()

    assert len(upgrades) == 1
    backups = list(closed_couple.backups.glob("shared-*-before-upgrade.db"))
    assert len(backups) == 1
    found = list_backups(closed_couple.backups, SHARED_SPACE)
    assert [(b.path, b.reason) for b in found] == [(backups[0], "before-upgrade")]
    assert found[0].made_at == clock.now().replace(tzinfo=None)
    # The copy opens with the same key and holds the data as it was before the upgrade.
    assert stamped_revision(backups[0], key) == stored
    assert read_bodies(backups[0], key) == [MARKER]
    assert MARKER.encode() not in backups[0].read_bytes()


def test_a_current_space_is_neither_backed_up_nor_migrated(
    closed_couple: DataPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    monkeypatch.setattr(migrate, "upgrade", lambda *args: calls.append(args))
    space = open_shared(closed_couple, shared_key(closed_couple), clock)
    space.close()
    assert calls == []
    assert not closed_couple.backups.exists()


def test_a_new_space_is_created_at_head(tmp_path: Path, clock: FixedClock) -> None:
    paths = DataPaths(tmp_path / "fresh")
    key = keys.new_space_key()
    space = open_shared(paths, key, clock)
    try:
        space.check()
        with space.engine.connect() as connection:
            assert "journal_entries" in migrate.table_names(connection)
            assert migrate.stamp_count(connection) == 1
    finally:
        space.close()
    assert stamped_revision(paths.shared_db, key) == migrate.HEAD_REVISION
    assert not paths.backups.exists()


# Checking and backing up ----------------------------------------------------------------------


def test_quick_check_passes_on_a_healthy_space(couple: Household) -> None:
    couple.shared.check()
    write_entry(couple, couple.people[1].id, MARKER, private=False)
    couple.shared.check()


def test_a_backup_is_a_readable_encrypted_copy(couple: Household, clock: FixedClock) -> None:
    write_entry(couple, couple.people[0].id, MARKER, private=False)
    key = shared_key(couple.paths)

    target = couple.shared.backup(clock.now(), "manual")

    assert target.parent == couple.paths.backups
    assert target.name.startswith("shared-") and target.name.endswith("-manual.db")
    assert not target.with_suffix(".partial").exists()
    raw = target.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert MARKER.encode() not in raw
    assert read_bodies(target, key) == [MARKER]

    wrong = connect_raw(target, keys.new_space_key())
    try:
        assert not is_readable(wrong)
    finally:
        wrong.close()

    # The space stays open and usable while and after it is copied.
    write_entry(couple, couple.people[1].id, "after the backup", private=False)
    assert len(read_bodies(target, key)) == 1


def test_a_damaged_file_with_a_log_left_by_a_crash_is_not_written_to(
    closed_couple: DataPaths, clock: FixedClock, tmp_path: Path
) -> None:
    import shutil

    key = shared_key(closed_couple)
    space = open_shared(closed_couple, key, clock)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    try:
        with space.session() as session:
            session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
        write_entry_raw(space)
        # A copy taken while it is open is what a power cut leaves: the file and its log.
        for item in closed_couple.root.glob("shared.db*"):
            shutil.copy(item, crashed / item.name)
    finally:
        space.close()
    db = crashed / "shared.db"
    assert (crashed / "shared.db-wal").stat().st_size > 0
    data = bytearray(db.read_bytes())
    data[4096:8192] = b"\x00damaged" * 512
    db.write_bytes(bytes(data))
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in crashed.iterdir()}

    with pytest.raises(CorruptDatabase):
        Space.open(SHARED_SPACE, db, key, crashed / "backups", clock.now())

    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in crashed.iterdir()}
    for name in ("shared.db", "shared.db-wal"):
        assert after[name] == before[name], f"{name} was written to"


def write_entry_raw(space: Space) -> None:
    """Enough writing to leave pages in the log (no checkpoint yet)."""
    with space.session() as session:
        for n in range(50):
            session.connection().exec_driver_sql(
                "INSERT INTO journal_entries (id, author_id, created_at, private, body) "
                f"VALUES ('{n:08d}-0000-4000-8000-000000000000', "
                "'00000000-0000-4000-8000-000000000000', '2026-11-22T09:30:00+00:00', 0, "
                f"'{'words ' * 200}')"
            )


def test_the_integrity_check_can_wait_until_after_opening(
    couple: Household, clock: FixedClock
) -> None:
    """The app opens without reading every page (seconds on years of data) and checks in the
    background; damage deep in the file is still found, by that check."""
    from relate_desktop.services.household import open_household
    from relate_desktop.services.maintenance import check_open

    for n in range(300):
        write_entry(couple, couple.people[0].id, f"{n} " + "words " * 200, private=False)
    paths = couple.paths
    couple.close()
    data = bytearray(paths.shared_db.read_bytes())
    assert len(data) > 200_000
    page = 4096
    for start in range(
        len(data) // 4 // page * page, len(data) - page, 8 * page
    ):  # past the schema
        data[start + 100 : start + 164] = bytes(64)
    paths.shared_db.write_bytes(bytes(data))
    assert not Path(f"{paths.shared_db}-wal").exists()

    opened = open_household(paths, clock=clock, check=False)
    try:
        with pytest.raises(CorruptDatabase, match="damaged"):
            check_open(opened)
        # Locking or quitting stops a background check, even one not begun: it returns
        # quietly (the next start checks again) instead of holding the app up.
        opened.stop_checks()
        check_open(opened)
    finally:
        opened.close()
    with pytest.raises(CorruptDatabase, match="damaged"):
        open_household(paths, clock=clock)
