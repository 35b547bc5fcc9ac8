"""A space: one SQLCipher file with its own key, migrated and checked when it opens."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from relate_desktop.domain.errors import CorruptDatabase, NewerDatabase, StorageError
from relate_desktop.store import migrate
from relate_desktop.store.backups import backup_connection, backup_name, list_backups
from relate_desktop.store.connection import connect_raw, is_readable, make_engine, plain_errors

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
        self._closed = False

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
        which the app runs in the background once the window is shown."""
        is_new = not path.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        with plain_errors():
            probe = connect_raw(path, key)
            try:
                if not is_readable(probe):
                    raise CorruptDatabase(_damaged_message(path, backups_dir, name))
                try:
                    revision = migrate.current_revision(probe)
                    empty = migrate.is_empty(probe)
                except CorruptDatabase:
                    raise CorruptDatabase(_damaged_message(path, backups_dir, name)) from None
                if revision != migrate.HEAD_REVISION and not empty:
                    if revision not in migrate.known_revisions():
                        raise NewerDatabase(
                            f"The file {path.name} was saved by a newer version of Relate. "
                            "Please update Relate to open it. Nothing was changed."
                        )
                    backup_connection(
                        probe, backups_dir / backup_name(name, now, "before-upgrade"), key
                    )
            finally:
                probe.close()
        space = cls(name, path, key, backups_dir)
        try:
            if is_new or revision != migrate.HEAD_REVISION:
                with plain_errors(), space.engine.begin() as connection:
                    migrate.upgrade(connection)
            if check or is_new or revision != migrate.HEAD_REVISION:
                space.check()
        except BaseException:
            space.close()
            raise
        return space

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with plain_errors(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only."""
        with plain_errors(), self._sessions() as session:
            yield session

    def check(self) -> None:
        """SQLite's quick integrity check; raises CorruptDatabase naming the newest backup.
        Returns quietly when the space is closed meanwhile (close() interrupts it)."""
        try:
            with plain_errors(), self.engine.connect() as connection:
                self._checking = connection.connection.dbapi_connection
                try:
                    rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
                finally:
                    self._checking = None
        except StorageError as error:
            if self._closed:
                return
            if isinstance(error, CorruptDatabase):
                raise CorruptDatabase(
                    _damaged_message(self.path, self.backups_dir, self.name)
                ) from None
            raise
        if [tuple(r) for r in rows] != [("ok",)]:
            raise CorruptDatabase(_damaged_message(self.path, self.backups_dir, self.name))

    def backup(self, now: datetime, reason: str) -> Path:
        """A consistent encrypted copy of this space, taken while it stays open."""
        target = self.backups_dir / backup_name(self.name, now, reason)
        with plain_errors(), self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            return backup_connection(raw, target, self._key)

    def close(self) -> None:
        self._closed = True
        checking = self._checking
        if checking is not None:
            checking.interrupt()  # a background check ends now rather than hold up quitting
        self.engine.dispose()


def _damaged_message(path: Path, backups_dir: Path, name: str) -> str:
    message = f"The file {path.name} is damaged and can't be read. Nothing was changed."
    backups = list_backups(backups_dir, name)
    if backups:
        newest = backups[0]
        message += (
            f" The newest backup is {newest.path.name}, from {newest.made_at:%d %B %Y %H:%M}."
        )
    return message
