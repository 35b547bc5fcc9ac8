"""Errors a person can act on, each with a plain message and a command-line exit code."""

from __future__ import annotations

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


class NotSetUp(StorageError):
    """The data folder holds no household yet."""
