"""One writer per data folder: an OS file lock that dies with the process holding it."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from relate_desktop.domain.errors import DataFolderLocked
from relate_desktop.store.connection import translate

LOCK_NAME = ".lock"


class DataFolderLock:
    """Held by the app for its whole run and by command-line commands that write."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._handle: IO[str] | None = None
        # What the previous holder left in the file: empty after a clean release, its pid and
        # note after a crash or a kill.
        self.left_behind = ""

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        except OSError as error:  # a read-only or full disk, no permission
            raise translate(error) from None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DataFolderLocked(
                "Relate is already open on this data folder. Close it first, then try again."
            ) from None
        handle.seek(0)
        self.left_behind = handle.read().strip()
        self._handle = handle
        self.note("")

    @property
    def crashed_before(self) -> bool:
        """Whether the previous holder ended without releasing the folder (a crash, a kill,
        a power cut)."""
        return bool(self.left_behind)

    @property
    def left_note(self) -> str:
        """The note the previous holder had written, if it ended without releasing."""
        return self.left_behind.partition(" ")[2]

    def note(self, note: str) -> None:
        """Record (with our pid) what is being worked on, for the next start after a crash.
        Never anything anyone wrote: ids only."""
        if self._handle is None:
            return
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(f"{os.getpid()} {note}".strip())
        self._handle.flush()

    def release(self) -> None:
        if self._handle is not None:
            # Empty means "closed properly".
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.close()
            self._handle = None

    def __enter__(self) -> DataFolderLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
