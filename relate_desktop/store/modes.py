"""Who may open what Relate writes, on POSIX systems: the data folder and its sub-folders are
0700 and every file in them 0600, so other accounts on the computer can't list or copy them.

Three layers make that hold: the process umask (0o077, set by `cli.main` before anything is
written, for the app and every command), files and folders created here with those modes
whatever the umask, and `tighten` when a data folder is claimed or opened, which fixes a folder
made by an older version (0755 / 0644). On Windows these are no-ops: the user's profile
folder already keeps other accounts out."""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
DIR_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def restrict_process() -> None:
    """Make everything this process creates from now on readable by its owner only."""
    if POSIX:
        os.umask(PRIVATE_UMASK)


def private_dir(path: Path) -> Path:
    """Create a folder (and its parents) if needed, and make it 0700. Parents it had to
    create are made with the process umask."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if POSIX:
        os.chmod(path, DIR_MODE)
    return path


def private_file(path: Path) -> None:
    """Make an existing file 0600."""
    if POSIX:
        os.chmod(path, FILE_MODE)


def create_private(path: Path) -> None:
    """Create an empty file that is 0600 from its first moment (a SQLite file that is then
    opened as a new database, whose log files SQLite makes with the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    private_file(path)


def tighten(root: Path) -> None:
    """Make the data folder 0700, its folders 0700 and its files 0600, all the way down
    (backups/, backups/damaged/...). Symbolic links are left alone, and so is anything this
    user may not change: tightening is best effort and never stops Relate from starting."""
    if not POSIX or not root.is_dir():
        return
    _chmod(root, DIR_MODE)
    for folder, dirs, files in os.walk(root):
        for name in dirs:
            _chmod(Path(folder) / name, DIR_MODE)
        for name in files:
            _chmod(Path(folder) / name, FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        info = path.lstat()
        if not stat.S_ISLNK(info.st_mode) and stat.S_IMODE(info.st_mode) != mode:
            os.chmod(path, mode)
    except OSError:
        pass
