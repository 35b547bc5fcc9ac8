"""Encrypted copies of a space, made with SQLite's online backup API into `backups/`; keeping
the right ones, checking them, and putting one back in place of the live file.

Nothing here moves or deletes a live file before a complete, checked replacement is beside it:
a restore copies the backup next to the live file, flushes and checks the copy, then swaps it
in with one rename. On any failure the live file is as it was and the copy is removed."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from relate_desktop.domain.errors import CorruptDatabase, UnusableBackup
from relate_desktop.store import migrate
from relate_desktop.store.connection import (
    connect_raw,
    is_readable,
    looking_at,
    plain_errors,
)
from relate_desktop.store.leftovers import (
    PARTIAL_SUFFIXES,
    RESTORING,
    clean_leftovers,
    companions,
)
from relate_desktop.store.leftovers import (
    clean_restore_leftovers as clean_restore_leftovers,
)
from relate_desktop.store.leftovers import (
    held as _held,
)
from relate_desktop.store.modes import create_private, private_dir, private_file

# Rotation: the newest ten made by the app (first start of the day, before an import or an
# update), the newest ten a person made on purpose (by hand, or the state before a restore),
# and the newest of each month for a year. Routine backups never push out deliberate ones.
KEEP_LATEST = 10
KEEP_DELIBERATE = 10
DELIBERATE = frozenset({"manual", "before-restore"})
KEEP_MONTHLY_DAYS = 365
DAMAGED_DIR = "damaged"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    space: str
    made_at: datetime
    reason: str

    @property
    def deliberate(self) -> bool:
        """Made on purpose by a person (by hand, or the state kept before a restore)."""
        return self.reason in DELIBERATE


def backup_name(space: str, moment: datetime, reason: str) -> str:
    return f"{space}-{moment.strftime('%Y%m%dT%H%M%S%f')}-{reason}.db"


def backup_connection(source: Any, target_path: Path, key: bytes) -> Path:
    """Copy an open, keyed connection into a new file encrypted with the same key. The copy is
    made under a temporary name and renamed only when complete, so a crash leaves no half
    backup that looks whole (only a `.partial` that the next backup or start removes)."""
    partial = target_path.with_suffix(".partial")
    with plain_errors(target_path.parent.parent):
        private_dir(target_path.parent)
        _remove_partial(partial)  # a copy left half made by a crash
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
            _remove_partial(partial)
            raise
        _fsync_dir(target_path.parent)
    return target_path


def _remove_partial(partial: Path) -> None:
    for suffix in PARTIAL_SUFFIXES:
        with contextlib.suppress(OSError):
            partial.with_suffix(suffix).unlink(missing_ok=True)


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
    """Which backups of one space to delete: keep the newest ten the app made, the newest ten
    made on purpose (by hand, before a restore), and the newest one of each month for a
    year."""
    newest_first = sorted(backups, key=lambda b: b.made_at, reverse=True)
    routine = [b for b in newest_first if not b.deliberate]
    deliberate = [b for b in newest_first if b.deliberate]
    keep = set(id(b) for b in routine[:KEEP_LATEST])
    keep |= set(id(b) for b in deliberate[:KEEP_DELIBERATE])
    cutoff = now.replace(tzinfo=None) - timedelta(days=KEEP_MONTHLY_DAYS)
    months: set[tuple[int, int]] = set()
    for backup in newest_first:
        month = (backup.made_at.year, backup.made_at.month)
        if backup.made_at >= cutoff and month not in months:
            months.add(month)
            keep.add(id(backup))
    return [b for b in newest_first if id(b) not in keep]


def prune(backups_dir: Path, space: str, now: datetime) -> list[Path]:
    """Delete the backups of one space that the rotation no longer keeps, and what a backup
    killed half way left (its `.partial` copy and SQLite's `.partial-journal`)."""
    removed = []
    with plain_errors(backups_dir.parent):
        for backup in to_prune(list_backups(backups_dir, space), now):
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    clean_leftovers(backups_dir, space)
    return removed


def is_good(path: Path, key: bytes) -> bool:
    """Whether a backup is one that can be put back: not empty, opens with the key, passes the
    integrity check and carries a schema revision this version knows. An empty or cut-short
    file never is. A file that can't be read because of the disk (full, read-only, no
    permission) raises that plain error instead of being called bad."""
    try:
        if path.stat().st_size == 0:
            return False
    except FileNotFoundError:
        return False
    try:
        with plain_errors(path.parent), looking_at(path, key) as conn:
            if not is_readable(conn):
                return False
            rows = conn.execute("PRAGMA quick_check").fetchall()
            if [tuple(r) for r in rows] != [("ok",)]:
                return False
            revision = migrate.current_revision(conn)
    except CorruptDatabase:  # "not a database", "malformed": the file itself
        return False
    return revision is not None and (
        revision == migrate.HEAD_REVISION or revision in migrate.known_revisions()
    )


def newest_good(backups_dir: Path, space: str, key: bytes) -> BackupFile | None:
    for backup in list_backups(backups_dir, space):
        if is_good(backup.path, key):
            return backup
    return None


def aside_folder(backups_dir: Path, now: datetime) -> Path:
    """Where a damaged file is kept, unchanged: backups/damaged/<time>/."""
    return backups_dir / DAMAGED_DIR / now.strftime("%Y%m%dT%H%M%S%f")


def set_aside(path: Path, backups_dir: Path, now: datetime) -> Path:
    """Keep a damaged file (and its log) unchanged in backups/damaged/<time>/: hard links where
    the disk has them (nothing is written, the live file stays where it is), else copies.
    Returns the kept file. The live file is left for `put_in_place` to swap out."""
    folder = aside_folder(backups_dir, now)
    with plain_errors(path.parent):
        set_aside_into(path, folder)
    return folder / path.name


def set_aside_into(path: Path, folder: Path) -> None:
    """Keep `path` and its log unchanged in `folder` (backups/damaged/<time>/: hard links, or
    copies)."""
    private_dir(folder.parent.parent)
    private_dir(folder.parent)
    private_dir(folder)
    for item in [path, *companions(path)]:
        if item.exists() and not (folder / item.name).exists():
            _keep(item, folder / item.name)
    _fsync_dir(folder)


def _keep(item: Path, kept: Path) -> None:
    try:
        os.link(item, kept)
    except OSError:  # no hard links here (or across disks): an unchanged copy
        shutil.copyfile(item, kept)
        private_file(kept)
        _fsync(kept)


def put_in_place(
    backup: Path,
    target: Path,
    key: bytes | None = None,
    keep_old_in: Path | None = None,
    before_swap: Callable[[], Path | None] | None = None,
) -> None:
    """Swap a backup in for the target (which must be closed). The backup is copied beside the
    target, flushed, and checked before anything else happens: given the key, the copy must
    pass `is_good`; without it, it must match the backup byte for byte (the backup was checked
    with the key when it was chosen). Then `before_swap` runs (the backup of the current state,
    which it returns), the damaged file is kept unchanged in `keep_old_in` (see set_aside),
    the target's old log is put out of the way (a log left beside the new file would be
    replayed into it) and the copy renamed over the target in one step. On any failure the
    target and its log are exactly as before, and the copy, the `before_swap` backup and
    whatever was kept aside are removed."""
    tmp = target.with_name(f".{target.name}{RESTORING}")
    held: list[Path] = []
    made: list[Path] = []
    with plain_errors(target.parent):
        try:
            tmp.unlink(missing_ok=True)
            expected = _copy(backup, tmp)
            if key is not None:
                if not is_good(tmp, key):
                    raise UnusableBackup(
                        f"The backup {backup.name} is empty, incomplete or damaged, so it was "
                        "not used. Nothing was changed."
                    )
            elif tmp.stat().st_size == 0 or _digest(tmp) != expected:
                raise UnusableBackup(
                    f"The copy of {backup.name} didn't come out whole, so it was not used. "
                    "Nothing was changed."
                )
            if before_swap is not None:
                before = before_swap()
                if before is not None:
                    made.append(before)
            if keep_old_in is not None and target.exists():
                made.append(keep_old_in)
                set_aside_into(target, keep_old_in)
            for item in companions(target):
                if item.exists():
                    item.replace(_held(item))
                    held.append(item)
            os.replace(tmp, target)  # the swap: one rename
        except BaseException:
            _undo(tmp, held, made)
            raise
    # Swapped: what is left is tidying, which never undoes the restore.
    for item in held:
        with contextlib.suppress(OSError):  # kept aside too, when the file was damaged
            _held(item).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        _fsync_dir(target.parent)


def _undo(tmp: Path, held: list[Path], made: list[Path]) -> None:
    """Put back what a failed swap moved, and remove what it made; never raises."""
    for item in held:
        with contextlib.suppress(OSError):
            _held(item).replace(item)
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
    for path in made:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> str:
    """Copy a file into a new 0600 file and flush it; returns the source's digest."""
    digest = hashlib.sha256()
    create_private(target)
    with open(source, "rb") as reading, open(target, "wb") as writing:
        while chunk := reading.read(1 << 20):
            digest.update(chunk)
            writing.write(chunk)
        writing.flush()
        os.fsync(writing.fileno())
    return digest.hexdigest()


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reading:
        while chunk := reading.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


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
