"""A space: one SQLCipher file with its own key, migrated and checked when it opens."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from relate_desktop.domain.errors import (
    CorruptDatabase,
    NewerDatabase,
    StorageError,
)
from relate_desktop.store import migrate
from relate_desktop.store.backups import (
    aside_folder,
    backup_connection,
    backup_name,
    is_good,
    newest_good,
    prune,
    put_in_place,
)
from relate_desktop.store.connection import (
    connect_raw,
    is_damage,
    is_readable,
    looking_at,
    make_engine,
    plain_errors,
)
from relate_desktop.store.modes import create_private, private_dir

SHARED_SPACE = "shared"


class Space:
    """An open, current, checked space. Use `session()` for one transaction."""

    def __init__(self, name: str, path: Path, key: bytes, backups_dir: Path) -> None:
        self.name = name
        self.path = path
        self.backups_dir = backups_dir
        self._key = key
        self.engine: Engine = make_engine(path, key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._checking: Any = None  # the connection running quick_check, to interrupt it
        self._check_stopped = False
        self._closed = False

    @property
    def key(self) -> bytes:
        """This space's key: what seals a small note for its readers only (store.editing)."""
        return self._key

    @classmethod
    def open(
        cls,
        name: str,
        path: Path,
        key: bytes,
        backups_dir: Path,
        now: datetime,
        check: bool = True,
    ) -> Space:
        """Open (or create) a space: refuse damaged or newer files untouched, back up and
        migrate older ones, then run a quick integrity check. `check=False` leaves the
        integrity check to the caller (it reads the whole file: seconds for years of data),
        which the app runs in the background once the window is shown; the file must still
        open with the key and be a version this build knows, and every page read later is
        verified as it is read (SQLCipher's per-page authentication), so damage met by a read
        is refused with the same message."""
        is_new = not path.exists()
        with plain_errors(path.parent):
            private_dir(path.parent)
        revision = None
        if not is_new:
            revision = cls._probe(name, path, key, backups_dir, now, check)
        else:
            # 0600 from the start; SQLite gives its -wal and -shm files the same mode.
            with plain_errors(path.parent):
                create_private(path)
        space = cls(name, path, key, backups_dir)
        try:
            if is_new or revision != migrate.HEAD_REVISION:
                with plain_errors(path.parent), space.engine.begin() as connection:
                    migrate.upgrade(connection)
                space.check()  # (checked read-only before, unless left to the caller)
        except CorruptDatabase as error:
            space.close()
            if error.space is None:  # found by the driver rather than the check
                raise damaged(path, backups_dir, name, key) from error
            raise
        except BaseException:
            space.close()
            raise
        return space

    @staticmethod
    def _probe(
        name: str, path: Path, key: bytes, backups_dir: Path, now: datetime, check: bool
    ) -> str | None:
        """Look at an existing file read-only (so a damaged one is never written to, not even
        by a log checkpoint): readable with the key, a version we know, and (with `check`)
        whole by `quick_check`. An older file is backed up here, before it is migrated.
        Returns its revision."""
        with plain_errors(path.parent), looking_at(path, key) as probe:
            if not is_readable(probe):
                raise damaged(path, backups_dir, name, key)
            try:
                revision = migrate.current_revision(probe)
                empty = migrate.is_empty(probe)
                checked = (
                    [tuple(r) for r in probe.execute("PRAGMA quick_check").fetchall()]
                    if check or revision != migrate.HEAD_REVISION
                    else [("ok",)]
                )
            except sqlcipher3.DatabaseError as error:
                if not is_damage(error):
                    raise  # the disk or the folder, not the file: said as it is
                raise damaged(path, backups_dir, name, key) from None
            if checked != [("ok",)]:
                raise damaged(path, backups_dir, name, key)
            if revision != migrate.HEAD_REVISION and not empty:
                if revision not in migrate.known_revisions():
                    raise NewerDatabase(
                        f"The file {path.name} was saved by a newer version of Relate. "
                        "Please update Relate to open it. Nothing was changed."
                    )
                backup_connection(
                    probe, backups_dir / backup_name(name, now, "before-upgrade"), key
                )
                prune(backups_dir, name, now)
            return revision

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with (
            self._damage_named(),
            plain_errors(self.path.parent),
            self._sessions.begin() as session,
        ):
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only."""
        with self._damage_named(), plain_errors(self.path.parent), self._sessions() as session:
            yield session

    @contextmanager
    def _damage_named(self) -> Iterator[None]:
        """Damage met while reading (a space opened without its full check: the pages read are
        verified as they are read) is said like damage found by the check: naming this file
        and its newest good backup."""
        try:
            yield
        except CorruptDatabase as error:
            if error.space is not None:
                raise
            raise damaged(self.path, self.backups_dir, self.name, self._key) from error

    def check(self) -> None:
        """SQLite's quick integrity check; raises CorruptDatabase naming the newest good
        backup. Returns quietly when the space is closed meanwhile (close() interrupts it) or
        the check was stopped (stop_check), even before it began."""
        if self._check_stopped:
            return
        try:
            with plain_errors(self.path.parent), self.engine.connect() as connection:
                self._checking = connection.connection.dbapi_connection
                try:
                    rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
                finally:
                    self._checking = None
        except StorageError as error:
            if self._closed or self._check_stopped:
                return
            if isinstance(error, CorruptDatabase):
                raise damaged(self.path, self.backups_dir, self.name, self._key) from None
            raise
        if [tuple(r) for r in rows] != [("ok",)]:
            raise damaged(self.path, self.backups_dir, self.name, self._key)

    def backup(self, now: datetime, reason: str) -> Path:
        """A consistent encrypted copy of this space, taken while it stays open."""
        target = self.backups_dir / backup_name(self.name, now, reason)
        with plain_errors(self.path.parent), self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            return backup_connection(raw, target, self._key)

    def restore(self, backup: Path, now: datetime) -> Space:
        """Put a backup in place of this space: the current state is backed up first, this
        space is closed, and the reopened one is returned. restore_space checks the backup
        before anything changes, so the reopened file needs no second full check."""
        self.close()  # restore_space backs the current state up first
        try:
            restore_space(self.name, self.path, self._key, self.backups_dir, backup, now)
        except BaseException:
            # Nothing changed: this space goes on as it was (its engine reconnects).
            self._closed = self._check_stopped = False
            raise
        return Space.open(self.name, self.path, self._key, self.backups_dir, now, check=False)

    def stop_check(self) -> None:
        """End a background integrity check now (it returns quietly), so locking or quitting
        doesn't wait seconds for it; the next start checks again."""
        self._check_stopped = True
        checking = self._checking
        if checking is not None:
            checking.interrupt()

    def close(self) -> None:
        self._closed = True
        self.stop_check()
        self.engine.dispose()


def restore_space(
    name: str, path: Path, key: bytes, backups_dir: Path, backup: Path, now: datetime
) -> None:
    """Put a backup in place of a closed space's file. The backup must be good (not empty, opens
    with the key, whole, a known revision: checked on its copy beside the live file) or nothing
    changes. A good current file is backed up first; a damaged one is kept unchanged in
    backups/damaged/<time>/. The live file is swapped only once that checked copy is beside it
    (`put_in_place`); on any failure it is exactly as before, and so is the backups folder."""
    live_good = path.exists() and is_good(path, key)

    def back_up_current() -> Path | None:
        if not live_good:
            return None
        before = backups_dir / backup_name(name, now, "before-restore")
        with plain_errors(path.parent):
            current = connect_raw(path, key)
            try:
                return backup_connection(current, before, key)
            finally:
                current.close()

    keep_old_in = aside_folder(backups_dir, now) if path.exists() and not live_good else None
    put_in_place(backup, path, key, keep_old_in, back_up_current)
    with suppress(StorageError):  # restored; the rotation runs again at the next backup
        prune(backups_dir, name, now)


def damaged(path: Path, backups_dir: Path, name: str, key: bytes) -> CorruptDatabase:
    """The error for a damaged space, naming its newest backup that is good."""
    message = (
        f"The file {path.name} is damaged and can't be read. Relate has not changed it and "
        "won't write to it."
    )
    good = newest_good(backups_dir, name, key)
    if good is None:
        return CorruptDatabase(message + " There is no good backup of it.", name, file=path.name)
    message += f" The newest good backup is {good.path.name}, from {good.made_at:%d %B %Y, %H:%M}."
    return CorruptDatabase(message, name, good.path.name, good.made_at, file=path.name)
