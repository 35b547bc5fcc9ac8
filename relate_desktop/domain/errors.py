"""Errors a person can act on, each with a plain message and a command-line exit code."""

from __future__ import annotations

import errno
from datetime import datetime


class RelateError(Exception):
    """Something the user can understand and act on (not a bug)."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(RelateError):
    """Bad input from the user or a file: a usage mistake or an invalid import."""

    exit_code = 2


class InvalidImport(InvalidInput):
    """An import file that cannot be read; `path` names the bad field, like `conflicts[0].title`."""

    def __init__(self, path: str, problem: str) -> None:
        where = f" at {path}" if path else ""
        super().__init__(f"This file can't be imported: {problem}{where}.")
        self.path = path
        self.problem = problem


class PrivateSpaceLocked(InvalidInput):
    """Something private was asked for while its owner's private space is locked."""


class WrongPassphrase(RelateError):
    """The passphrase did not unlock the keys."""

    exit_code = 3


class StorageError(RelateError):
    """Something about the files on disk stops us: locked, corrupt, newer, full."""

    exit_code = 4


class DataFolderLocked(StorageError):
    """Another copy of Relate has the data folder open."""


class CorruptDatabase(StorageError):
    """A space's file cannot be read or fails its integrity check. `space` names it and
    `backup` is the file name of its newest backup that passed the check (if any), so the
    app can offer to put that backup back; `file` is the damaged file's name."""

    def __init__(
        self,
        message: str,
        space: str | None = None,
        backup: str | None = None,
        backup_made_at: datetime | None = None,
        file: str | None = None,
    ) -> None:
        super().__init__(message)
        self.space = space
        self.backup = backup
        self.backup_made_at = backup_made_at
        self.file = file


class NewerDatabase(StorageError):
    """A space was written by a newer version of Relate."""


class DiskFull(StorageError):
    """There is no room left to write."""


class FolderNotWritable(StorageError):
    """The data folder is on a read-only disk, or this account may not write to it."""


class UnusableBackup(StorageError):
    """A backup that is empty, cut short or damaged: it is never put back."""


DISK_FULL = (
    "The disk is full, so Relate can't safely read or save its data. Nothing was changed: "
    "free some space and try again."
)
READ_ONLY = (
    "The data folder is on a read-only disk, so it can't be written to. Nothing was changed."
)
NO_PERMISSION = (
    "The data folder can't be written to: this account has no permission. Check its "
    "permissions; nothing was changed."
)


def from_os_error(error: OSError) -> StorageError:
    """The plain error for a failed read or write of a file: a full disk, a read-only disk and
    a missing permission each say so; anything else names the system's error."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull(DISK_FULL)
    if error.errno == errno.EROFS:
        return FolderNotWritable(READ_ONLY)
    if error.errno in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
        return FolderNotWritable(NO_PERMISSION)
    name = errno.errorcode.get(error.errno or 0, type(error).__name__)
    return StorageError(f"Relate couldn't read or write its data ({name}). Nothing was changed.")


class NotSetUp(StorageError):
    """The data folder holds no household yet."""
