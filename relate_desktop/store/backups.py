"""Encrypted copies of a space, made with SQLite's online backup API into `backups/`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from relate_desktop.store.connection import connect_raw, plain_errors


@dataclass(frozen=True)
class BackupFile:
    path: Path
    space: str
    made_at: datetime
    reason: str


def backup_name(space: str, moment: datetime, reason: str) -> str:
    return f"{space}-{moment.strftime('%Y%m%dT%H%M%S%f')}-{reason}.db"


def backup_connection(source: Any, target_path: Path, key: bytes) -> Path:
    """Copy an open, keyed connection into a new file encrypted with the same key."""
    target_path.parent.mkdir(parents=True, exist_ok=True)
    partial = target_path.with_suffix(".partial")
    with plain_errors():
        target = connect_raw(partial, key)
        try:
            source.backup(target)
        finally:
            target.close()
        partial.replace(target_path)
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
