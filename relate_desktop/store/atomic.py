"""Writing a small file so that a crash leaves either the old or the new version, never half."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from relate_desktop.store.modes import FILE_MODE, POSIX


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, flush it, then rename it over `path`.
    The file is 0600 whatever the umask (mkstemp makes it so, and it is set again here), so
    the new version is its owner's only even where the old one was not."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if POSIX:
                os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
