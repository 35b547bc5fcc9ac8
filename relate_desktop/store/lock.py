"""One writer per data folder: an OS file lock that dies with the process holding it."""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO, Any

from relate_desktop.domain.errors import DataFolderLocked, from_os_error
from relate_desktop.store.atomic import write_atomically
from relate_desktop.store.modes import FILE_MODE, private_dir, tighten

LOCK_NAME = ".lock"
# Beside the lock while an entry is open: which one, sealed (see store/editing.py).
EDITING_NAME = ".editing"


class DataFolderLock:
    """Held by the app for its whole run and by command-line commands that write."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self.editing_path = data_dir / EDITING_NAME
        self._handle: IO[str] | None = None
        # What the previous holder left in the file: empty after a clean release, its pid and
        # note after a crash or a kill.
        self.left_behind = ""
        # The sealed note it left beside the lock (b"" after a clean release), kept in memory
        # so this run can write its own.
        self.left_sealed = b""

    def acquire(self) -> None:
        try:
            private_dir(self.path.parent)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
            handle = open(fd, "r+", encoding="utf-8")  # noqa: SIM115 - held until release
        except OSError as error:  # a read-only or full disk, no permission
            raise from_os_error(error) from None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DataFolderLocked(
                "Relate is already open on this data folder. Close it first, then try again."
            ) from None
        try:
            handle.seek(0)
            self.left_behind = handle.read().strip()
        except (OSError, UnicodeDecodeError):
            self.left_behind = "?"  # unreadable: treat as left behind by a crash
        self._handle = handle
        try:
            self.left_sealed = self.editing_path.read_bytes() if self.crashed_before else b""
        except OSError:
            self.left_sealed = b""
        try:
            self.note("")
        except BaseException:
            # A full or read-only disk: let go of the folder and say so in one line.
            self._handle = None
            with suppress(OSError):
                handle.close()
            raise
        # Ours now: a folder made by an older version (0755 / 0644) becomes its owner's only.
        tighten(self.path.parent)

    @property
    def crashed_before(self) -> bool:
        """Whether the previous holder ended without releasing the folder (a crash, a kill,
        a power cut)."""
        return bool(self.left_behind)

    @property
    def left_note(self) -> str:
        """The kind of work the previous holder noted (e.g. "journal"), if it ended without
        releasing."""
        return self.left_behind.partition(" ")[2]

    def note(self, kind: str, sealed: bytes = b"") -> None:
        """Record (with our pid) what kind of work is under way, for the next start after a
        crash: one plain word, never an id or anything anyone wrote (the file can be read by
        anyone who can open the folder). Which item it is goes in `sealed`, encrypted by the
        caller, into a file beside the lock; b"" removes it."""
        if kind and not (kind.isascii() and kind.isalpha()):
            raise ValueError("the folder lock holds one plain word, never an id")
        if self._handle is None:
            return
        # Only files here, no database: an OS error is said plainly (as store.connection's
        # plain_errors would), without loading the database driver before the first window.
        try:
            # Unbuffered, so a full disk fails here (and is said plainly), not at close.
            fd = self._handle.fileno()
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()} {kind}".strip().encode("utf-8"))
            if sealed:
                write_atomically(self.editing_path, sealed)
            else:
                self.editing_path.unlink(missing_ok=True)
        except OSError as error:
            raise from_os_error(error) from error

    def release(self) -> None:
        if self._handle is not None:
            handle, self._handle = self._handle, None
            try:
                self.editing_path.unlink(missing_ok=True)
                os.ftruncate(handle.fileno(), 0)  # empty means "closed properly"
            except OSError:
                pass  # a read-only disk: the next start reads it as left by a crash, safely
            finally:
                with suppress(OSError):
                    handle.close()

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def left_by_crash(data_dir: Path) -> bool:
    """Whether the folder's last holder ended without releasing it (a crash, a kill, a power
    cut), seen without changing anything: the lock file is only read, never written or
    created. False when no one ever held the folder, and while someone holds it now (the app
    is running: it checks its own files)."""
    try:
        handle = open(data_dir / LOCK_NAME, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False
    with handle:
        try:
            _lock(handle)  # let go of when the file closes
        except OSError:
            return False
        try:
            return bool(handle.read().strip())
        except OSError:
            return True  # unreadable: treat as left behind by a crash, as acquire() does


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(handle: IO[Any]) -> None:
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[Any]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
