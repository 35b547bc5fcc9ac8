"""Opening a SQLCipher file: the raw key first, then durable settings; errors made plain."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import sqlcipher3

from relate_desktop.domain.errors import (
    DISK_FULL,
    NO_PERMISSION,
    READ_ONLY,
    CorruptDatabase,
    DiskFull,
    FolderNotWritable,
    StorageError,
    from_os_error,
)
from relate_desktop.store.leftovers import companions as companions

if TYPE_CHECKING:  # SQLAlchemy loads after the first window shows (docs/performance.md)
    from sqlalchemy import Engine

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
    """Whether the key opens the file (a wrong key or garbage reads as 'not a database').
    Any other error (the disk, the folder) is raised, for the caller to translate."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        if is_damage(error):
            return False
        raise  # a full or read-only disk, a missing permission: not the file's fault
    return True


def make_engine(path: Path, key: bytes) -> Engine:
    """An engine whose every connection is keyed, in WAL mode, with synchronous=FULL."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    def creator() -> Any:
        conn = connect_raw(path, key)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
        except BaseException:
            conn.close()  # (a full or read-only disk): no file left open
            raise
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


# SQLite's primary result codes (the low byte of an extended code).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26
# Below this much free space, a failed read or write is put down to the full disk.
LOW_SPACE = 1 << 20


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code of a driver error, if it carries one."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_damage(error: BaseException) -> bool:
    """Whether a driver error means the file itself is damaged (or not opened by this key),
    as opposed to the disk or folder around it: only then is a file called damaged."""
    code = sqlite_code(error)
    if code is not None:
        return code in (SQLITE_CORRUPT, SQLITE_NOTADB)
    text = str(error).lower()
    return "not a database" in text or "malformed" in text


def _folder_trouble(folder: Path | None) -> StorageError | None:
    """What is wrong with the folder a file lives in, if anything: read-only, full, or not
    ours to write."""
    if folder is None:
        return None
    try:
        info = os.statvfs(folder) if hasattr(os, "statvfs") else None
    except OSError:
        info = None
    if info is not None and info.f_flag & getattr(os, "ST_RDONLY", 1):
        return FolderNotWritable(READ_ONLY)
    if info is not None and info.f_bavail * info.f_frsize < LOW_SPACE:
        return DiskFull(DISK_FULL)
    if folder.exists() and not os.access(folder, os.W_OK):
        return FolderNotWritable(NO_PERMISSION)
    return None


def translate(error: BaseException, folder: Path | None = None) -> StorageError:
    """Turn a low-level storage error into one a person can act on. `folder` is where the
    files are: an I/O error or a file that can't be opened is put down to a full or read-only
    disk there when that is what it is. A file is called damaged only for SQLite's "not a
    database" and "malformed"."""
    if isinstance(error, OSError):
        return from_os_error(error)
    code = sqlite_code(error)
    text = str(error).lower()
    if code == SQLITE_FULL or (code is None and "full" in text):
        return DiskFull(DISK_FULL)
    if is_damage(error):
        return CorruptDatabase(
            "A Relate data file is damaged and can't be read. Nothing was changed."
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED) or (
        code is None and ("locked" in text or "busy" in text)
    ):
        return StorageError("The data is busy in another program. Close it and try again.")
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_IOERR, SQLITE_CANTOPEN) or code is None:
        trouble = _folder_trouble(folder)
        if trouble is not None:
            return trouble
    if code in (SQLITE_READONLY, SQLITE_PERM) or "readonly" in text or "read-only" in text:
        return FolderNotWritable(NO_PERMISSION)
    if code == SQLITE_CANTOPEN:
        return StorageError(
            "Relate couldn't open its data file: check that the data folder is there and "
            "can be written to. Nothing was changed."
        )
    if code == SQLITE_IOERR:
        return StorageError(
            "The disk reported an error while Relate was reading or writing its data. "
            "Nothing was changed."
        )
    return StorageError(f"Relate couldn't read or write its data ({type(error).__name__}).")


@contextmanager
def plain_errors(folder: Path | None = None) -> Iterator[None]:
    """Re-raise storage errors from the driver or the OS as `StorageError`s; `folder` is where
    the files are (see `translate`)."""
    try:
        yield
    except (sqlcipher3.Error, OSError) as error:
        raise translate(error, folder) from error
    except Exception as error:  # SQLAlchemy wraps driver errors
        orig = getattr(error, "orig", None)
        if isinstance(orig, sqlcipher3.Error | OSError):
            raise translate(orig, folder) from error
        raise
