"""`.importing`: written while an import writes to two spaces, naming each space's file and the
backup taken just before, so an import stopped between the two commits can be undone.

It holds file names only (no names of people, no text). Written atomically before the shared
space is written, removed once the private space has committed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from relate_desktop.domain.errors import StorageError
from relate_desktop.store.atomic import write_atomically

MARKER_NAME = ".importing"
FORMAT = "relate-import-marker"
_SPACE_FILE = re.compile(r"(shared|vault-[0-9A-Za-z_-]{1,64})\.db")
_BACKUP_FILE = re.compile(r"[0-9A-Za-z_.-]{1,200}")


def path(root: Path) -> Path:
    return root / MARKER_NAME


def exists(root: Path) -> bool:
    return path(root).exists()


def write(root: Path, spaces: list[tuple[Path, Path]]) -> None:
    """Note each (space file, its before-import backup) before the import writes."""
    entries = [{"file": space.name, "backup": backup.name} for space, backup in spaces]
    text = json.dumps({"format": FORMAT, "spaces": entries}) + "\n"
    write_atomically(path(root), text.encode("utf-8"))


def clear(root: Path) -> None:
    path(root).unlink(missing_ok=True)


def roll_back(root: Path, backups_dir: Path) -> bool:
    """Put every space named in the marker back from its before-import backup, then remove the
    marker. The spaces must be closed (the caller holds the folder's lock). True when there
    was an interrupted import to undo."""
    marker = path(root)
    if not marker.exists():
        return False
    problem = StorageError(
        f"An import into {root} was interrupted, and the note of what to undo ({MARKER_NAME}) "
        "is damaged. Restore the newest before-import backups, then remove that file."
    )
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        entries = [(str(e["file"]), str(e["backup"])) for e in data["spaces"]]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise problem from error
    if data.get("format") != FORMAT or not all(
        _SPACE_FILE.fullmatch(f) and _BACKUP_FILE.fullmatch(b) for f, b in entries
    ):
        raise problem
    for _file, backup in entries:
        if not (backups_dir / backup).is_file():
            raise StorageError(
                f"An import into {root} was interrupted, and its backup {backup} is missing, "
                "so it can't be undone: restore a backup of each space yourself."
            )
    from relate_desktop.store.backups import put_in_place  # the database side: only when needed

    for file, backup in entries:
        put_in_place(backups_dir / backup, root / file)
    clear(root)
    return True
