"""Backup files: which ones the rotation keeps, which ones count as good, and swapping one in."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path

from relate_desktop.store import migrate
from relate_desktop.store.backups import (
    BackupFile,
    backup_connection,
    clean_leftovers,
    clean_restore_leftovers,
    companions,
    is_good,
    list_backups,
    prune,
    put_in_place,
    set_aside,
    to_prune,
)
from relate_desktop.store.connection import connect_raw
from relate_desktop.store.keys import new_space_key

NOW = datetime(2026, 11, 22, 9, 30)


def fake(moment: datetime, space: str = "shared") -> BackupFile:
    return BackupFile(Path(f"{space}-{moment:%Y%m%dT%H%M%S%f}-daily.db"), space, moment, "daily")


def test_rotation_keeps_the_newest_ten_and_one_a_month_for_a_year() -> None:
    # Two backups a week for two years, newest first.
    backups = [fake(NOW - timedelta(days=3.5 * i)) for i in range(210)]
    pruned = {b.made_at for b in to_prune(backups, NOW)}
    kept = sorted((b.made_at for b in backups if b.made_at not in pruned), reverse=True)

    assert kept[:10] == [b.made_at for b in backups[:10]]
    older = kept[10:]
    months = [(m.year, m.month) for m in older]
    assert len(months) == len(set(months)), "at most one a month beyond the newest ten"
    assert all(m >= NOW - timedelta(days=365) for m in older), "nothing older than a year"
    # Every month of the past year still has a backup.
    covered = {(m.year, m.month) for m in kept}
    for back in range(12):
        month = (NOW.month - back - 1) % 12 + 1
        year = NOW.year - (1 if NOW.month - back <= 0 else 0)
        assert (year, month) in covered
    # The one kept for a month is that month's newest.
    for moment in older:
        same_month = [
            b.made_at
            for b in backups
            if (b.made_at.year, b.made_at.month) == (moment.year, moment.month)
        ]
        assert moment == max(same_month)


def test_a_few_backups_are_all_kept() -> None:
    backups = [fake(NOW - timedelta(days=400 * i)) for i in range(5)]
    assert to_prune(backups, NOW) == []


def _space_file(path: Path, key: bytes, rows: int = 3) -> None:
    """A small space: a table of rows, stamped with the current schema revision."""
    conn = connect_raw(path, key)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (migrate.HEAD_REVISION,))
    conn.execute("CREATE TABLE t (x TEXT)")
    for i in range(rows):
        conn.execute("INSERT INTO t VALUES (?)", (f"row {i}",))
    conn.close()


def test_prune_deletes_files_and_half_made_copies(tmp_path: Path) -> None:
    key = new_space_key()
    source = tmp_path / "shared.db"
    _space_file(source, key)
    conn = connect_raw(source, key)
    for i in range(14):
        backup_connection(conn, tmp_path / "b" / fake(NOW - timedelta(hours=i)).path.name, key)
    conn.close()
    (tmp_path / "b" / "shared-20261122T000000000000-daily.partial").write_bytes(b"half")

    removed = prune(tmp_path / "b", "shared", NOW)

    assert len(removed) == 4
    assert len(list_backups(tmp_path / "b", "shared")) == 10
    assert not list((tmp_path / "b").glob("*.partial"))


def test_a_backup_is_encrypted_with_its_spaces_key_and_checked(tmp_path: Path) -> None:
    key, other = new_space_key(), new_space_key()
    source = tmp_path / "vault.db"
    _space_file(source, key)
    conn = connect_raw(source, key)
    made = backup_connection(conn, tmp_path / "b" / "vault-x-20261122T093000000000-manual.db", key)
    conn.close()

    assert is_good(made, key)
    assert not is_good(made, other)
    assert b"row 1" not in made.read_bytes()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00garbage" * 2048)
    assert not is_good(garbage, key)


def test_a_damaged_file_is_moved_aside_unchanged_and_a_backup_put_in_its_place(
    tmp_path: Path,
) -> None:
    key = new_space_key()
    good = tmp_path / "good.db"
    _space_file(good, key, rows=5)
    live = tmp_path / "data" / "shared.db"
    live.parent.mkdir()
    live.write_bytes(b"\x00damaged" * 4096)
    wal = companions(live)[0]
    wal.write_bytes(b"an old log")
    digest = hashlib.sha256(live.read_bytes()).hexdigest()

    aside = set_aside(live, tmp_path / "data" / "backups", NOW)
    put_in_place(good, live, key, keep_old_in=aside.parent)

    assert hashlib.sha256(aside.read_bytes()).hexdigest() == digest
    assert (aside.parent / wal.name).read_bytes() == b"an old log"
    assert not wal.exists(), "a log left next to the new file would be replayed into it"
    assert is_good(live, key)
    conn = connect_raw(live, key)
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 5
    conn.close()


def test_backups_made_on_purpose_are_kept_apart_from_the_routine_ones() -> None:
    """A person's restore points (by hand, before a restore) are never pushed out by the
    app's own backups: the newest ten of each are kept."""

    def made(moment: datetime, reason: str) -> BackupFile:
        return BackupFile(
            Path(f"shared-{moment:%Y%m%dT%H%M%S%f}-{reason}.db"), "shared", moment, reason
        )

    deliberate = [made(NOW - timedelta(days=20, hours=i), "manual") for i in range(12)]
    deliberate.append(made(NOW - timedelta(days=19), "before-restore"))
    routine = [made(NOW - timedelta(hours=i), "before-import") for i in range(30)]

    pruned = to_prune(deliberate + routine, NOW)

    kept_deliberate = {b.made_at for b in deliberate if b not in pruned}
    newest = sorted(deliberate, key=lambda b: b.made_at, reverse=True)[:10]
    assert kept_deliberate == {b.made_at for b in newest}
    assert len([b for b in routine if b not in pruned]) == 10


def test_what_a_killed_backup_or_restore_left_is_cleaned(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    left = [
        backups / "shared-20261122T000000000000-manual.partial",
        backups / "shared-20261122T000000000000-manual.partial-journal",
        backups / "vault-x-20261122T000000000000-daily.partial-journal",
    ]
    for path in left:
        path.write_bytes(b"half")
    kept = backups / "shared-20261121T000000000000-manual.db"
    kept.write_bytes(b"a backup")
    live = tmp_path / "shared.db"
    live.write_bytes(b"the live file")
    (tmp_path / ".shared.db.restoring").write_bytes(b"half a copy")
    (tmp_path / ".shared.db-wal.held").write_bytes(b"its log")

    assert sorted(clean_leftovers(backups)) == sorted(left)
    clean_restore_leftovers(tmp_path)

    assert sorted(p.name for p in backups.iterdir()) == [kept.name]
    assert not (tmp_path / ".shared.db.restoring").exists()
    assert (tmp_path / "shared.db-wal").read_bytes() == b"its log", "the swap never happened"
    assert live.read_bytes() == b"the live file"


def test_prune_removes_a_killed_backups_journal(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "shared-20261122T000000000000-daily.partial-journal").write_bytes(b"j")
    prune(tmp_path / "b", "shared", NOW)
    assert not list((tmp_path / "b").iterdir())
