"""What a backup or a restore killed half way leaves in the data folder, and clearing it up when
the folder is claimed. Kept apart from store/backups.py (which loads the database side) so
claiming the folder, before the first window shows, reads no more than it needs."""

from __future__ import annotations

from pathlib import Path

# What a backup killed half way leaves: its copy and SQLite's journal beside it.
PARTIAL_SUFFIXES = (".partial", ".partial-journal", ".partial-wal", ".partial-shm")
RESTORING = ".restoring"
HELD = ".held"


def companions(path: Path) -> list[Path]:
    """The write-ahead log and shared-memory files SQLite keeps next to a database."""
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def held(item: Path) -> Path:
    """Where a restore puts a live file's log out of the way while it swaps the file."""
    return item.with_name(f".{item.name}{HELD}")


def clean_leftovers(backups_dir: Path, space: str = "") -> list[Path]:
    """Remove what a backup killed half way left in the backups folder (of one space, or of
    all); best effort, it never stops anything."""
    removed: list[Path] = []
    if not backups_dir.is_dir():
        return removed
    for suffix in PARTIAL_SUFFIXES:
        for leftover in backups_dir.glob(f"{space}*{suffix}" if space else f"*{suffix}"):
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass
    return removed


def clean_restore_leftovers(data_dir: Path) -> list[Path]:
    """Undo what a restore killed half way left beside the live files: its unfinished copy
    (`.<name>.restoring`) is removed, and a log it had put out of the way (`.<name>.held`) goes
    back beside the file it belongs to when the swap never happened. Best effort."""
    removed: list[Path] = []
    for tmp in data_dir.glob(f".*{RESTORING}"):
        target = data_dir / tmp.name[1 : -len(RESTORING)]
        try:
            for item in companions(target):
                kept = held(item)
                if kept.exists() and not item.exists():
                    kept.replace(item)
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass
    return removed
