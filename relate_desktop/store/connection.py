"""Opening a SQLCipher file: the raw key first, then durable settings; errors made plain."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from relate_desktop.domain.errors import CorruptDatabase, DiskFull, StorageError

KEY_BYTES = 32


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a space key is 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes, read_only: bool = False) -> Any:
    """A DB-API connection with the key applied and SQLCipher's own stderr logging off.
    Read-only connections never write to the file, not even a checkpoint of its log when they
    close: that is how a file that may be damaged is looked at."""
    if read_only:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        conn = sqlcipher3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(key))
    return conn


def companions(path: Path) -> list[Path]:
    """The write-ahead log and shared-memory files SQLite keeps next to a database."""
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


@contextmanager
def looking_at(path: Path, key: bytes) -> Iterator[Any]:
    """A read-only connection to an existing file, for checking it. SQLite may leave an empty
    log and its index beside a read-only reader; those that were not there before are removed,
    so looking changes nothing in the folder."""
    wal, shm = companions(path)
    existed = [wal.exists(), shm.exists()]
    conn = connect_raw(path, key, read_only=True)
    try:
        yield conn
    finally:
        conn.close()
        if not existed[0] and wal.exists() and wal.stat().st_size == 0:
            wal.unlink(missing_ok=True)
            if not existed[1]:
                shm.unlink(missing_ok=True)


def is_readable(conn: Any) -> bool:
    """Whether the key opens the file (a wrong key or garbage reads as 'not a database')."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    return True


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine whose every connection is keyed, in WAL mode, with synchronous=FULL."""

    def creator() -> Any:
        conn = connect_raw(path, key)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        return conn

    engine = create_engine(
        "sqlite://", module=sqlcipher3, creator=creator, poolclass=QueuePool, pool_size=2
    )

    # Take control of transactions ourselves (the driver's implicit BEGIN is off), as
    # SQLAlchemy recommends for pysqlite: https://docs.sqlalchemy.org/en/20/dialects/sqlite.html
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def translate(error: BaseException) -> StorageError:
    """Turn a low-level storage error into one a person can act on."""
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "full" in text:
        return DiskFull("The disk is full, so nothing was saved. Free some space and try again.")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabase(
            "A Relate data file is damaged and can't be read. Nothing was changed."
        )
    if "locked" in text or "busy" in text:
        return StorageError("The data is busy in another program. Close it and try again.")
    if "readonly" in text or "read-only" in text or isinstance(error, PermissionError):
        return StorageError("The data folder can't be written to. Check its permissions.")
    return StorageError(f"Relate couldn't read or write its data ({type(error).__name__}).")


@contextmanager
def plain_errors() -> Iterator[None]:
    """Re-raise storage errors from the driver or the OS as `StorageError`s."""
    try:
        yield
    except (sqlcipher3.Error, OSError) as error:
        raise translate(error) from error
    except Exception as error:  # SQLAlchemy wraps driver errors
        orig = getattr(error, "orig", None)
        if isinstance(orig, sqlcipher3.Error | OSError):
            raise translate(orig) from error
        raise
