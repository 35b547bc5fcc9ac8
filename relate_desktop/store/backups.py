"""Encrypted copies of a space, made with SQLite's online backup API into `backups/`; keeping
the right ones, checking them, and putting one back in place of the live file."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3

from relate_desktop.store import migrate
from relate_desktop.store.connection import (
    companions,
    connect_raw,
    is_readable,
    looking_at,
    plain_errors,
)
from relate_desktop.store.modes import create_private, private_dir, private_file

KEEP_LATEST = 10
KEEP_MONTHLY_DAYS = 365
DAMAGED_DIR = "damaged"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    space: str
    made_at: datetime
    reason: str


def backup_name(space: str, moment: datetime, reason: str) -> str:
    return f"{space}-{moment.strftime('%Y%m%dT%H%M%S%f')}-{reason}.db"


def backup_connection(source: Any, target_path: Path, key: bytes) -> Path:
    """Copy an open, keyed connection into a new file encrypted with the same key. The copy is
    made under a temporary name and renamed only when complete, so a crash leaves no half
    backup that looks whole."""
    partial = target_path.with_suffix(".partial")
    with plain_errors():
        private_dir(target_path.parent)
        partial.unlink(missing_ok=True)  # a copy left half made by a crash
        try:
            create_private(partial)
            target = connect_raw(partial, key)
            try:
                source.backup(target)
                # A backup is a single file: no log beside it, even when it is read read-only.
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            _fsync(partial)
            partial.replace(target_path)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        _fsync_dir(target_path.parent)
    return target_path


def list_backups(backups_dir: Path, space: str) -> list[BackupFile]:
    """Backups of one space, newest first."""
    found: list[BackupFile] = []
    for path in backups_dir.glob(f"{space}-*.db"):
        stamp, _, reason = path.stem[len(space) + 1 :].partition("-")
        try:
            made_at = datetime.strptime(stamp, "%Y%m%dT%H%M%S%f")
        except ValueError:
            continue
        found.append(BackupFile(path, space, made_at, reason))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def to_prune(backups: list[BackupFile], now: datetime) -> list[BackupFile]:
    """Which backups of one space to delete: keep the newest ten, and the newest one of each
    month for a year."""
    newest_first = sorted(backups, key=lambda b: b.made_at, reverse=True)
    keep = set(id(b) for b in newest_first[:KEEP_LATEST])
    cutoff = now.replace(tzinfo=None) - timedelta(days=KEEP_MONTHLY_DAYS)
    months: set[tuple[int, int]] = set()
    for backup in newest_first:
        month = (backup.made_at.year, backup.made_at.month)
        if backup.made_at >= cutoff and month not in months:
            months.add(month)
            keep.add(id(backup))
    return [b for b in newest_first if id(b) not in keep]


def prune(backups_dir: Path, space: str, now: datetime) -> list[Path]:
    """Delete the backups of one space that the rotation no longer keeps, and any copy left
    half made by a crash."""
    removed = []
    for backup in to_prune(list_backups(backups_dir, space), now):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    for partial in backups_dir.glob(f"{space}-*.partial"):
        partial.unlink(missing_ok=True)
    return removed


def is_good(path: Path, key: bytes) -> bool:
    """Whether a backup opens with the key, passes the integrity check and was written by a
    version we know."""
    try:
        with looking_at(path, key) as conn:
            if not is_readable(conn):
                return False
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if [tuple(r) for r in rows] != [("ok",)]:
                return False
            revision = migrate.current_revision(conn)
    except (sqlcipher3.Error, OSError):
        return False
    return revision in (None, migrate.HEAD_REVISION) or revision in migrate.known_revisions()


def newest_good(backups_dir: Path, space: str, key: bytes) -> BackupFile | None:
    for backup in list_backups(backups_dir, space):
        if is_good(backup.path, key):
            return backup
    return None


def set_aside(path: Path, backups_dir: Path, now: datetime) -> Path:
    """Move a damaged file (and its log) out of the way, unchanged, into backups/damaged/.
    Renaming never writes to the file, so whatever can still be saved from it is kept."""
    private_dir(backups_dir)
    private_dir(backups_dir / DAMAGED_DIR)
    folder = private_dir(backups_dir / DAMAGED_DIR / now.strftime("%Y%m%dT%H%M%S%f"))
    for item in [path, *companions(path)]:
        if item.exists():
            item.replace(folder / item.name)
    _fsync_dir(path.parent)
    return folder / path.name


def put_in_place(backup: Path, target: Path) -> None:
    """Copy a backup next to the target, flush it, then swap it in with one rename. The
    target must be closed. Its old log goes first: a log left beside the new file would be
    replayed into it."""
    tmp = target.with_name(f".{target.name}.restoring")
    with plain_errors():
        shutil.copyfile(backup, tmp)
        private_file(tmp)
        _fsync(tmp)
        for item in companions(target):
            item.unlink(missing_ok=True)
        os.replace(tmp, target)
        _fsync_dir(target.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows can't open a folder; its renames are durable enough
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
