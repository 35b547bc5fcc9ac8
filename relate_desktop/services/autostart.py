"""Opening Relate at login on Linux: an XDG autostart entry, off unless the person turns it on.

The entry is `$XDG_CONFIG_HOME/autostart/relate-desktop.desktop` (by default under
~/.config). It starts the same command that is running now, so a bundle, a .deb or a
virtual environment each start themselves.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from relate_desktop.store.atomic import write_atomically

ENTRY_NAME = "relate-desktop.desktop"


def supported() -> bool:
    return sys.platform.startswith("linux")


def entry_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart" / ENTRY_NAME


def enabled() -> bool:
    return entry_path().is_file()


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(argument: str) -> str:
    """An argument as the Desktop Entry spec's Exec key wants it: in double quotes, with ",
    `, $ and \\ escaped, when it holds a reserved character."""
    if argument and not (_RESERVED & set(argument)):
        return argument
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    return f'"{escaped}"'


def launch_command() -> str:
    """How this copy of Relate is started: the bundle's executable, or Python with the module."""
    if getattr(sys, "frozen", False):
        return exec_quote(sys.executable)
    return f"{exec_quote(sys.executable)} -m relate_desktop"


def entry_text(command: str) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Relate\n"
        "Comment=Open Relate when you log in\n"
        # The string-value escape (backslash doubled) applies on top of Exec's own quoting.
        f"Exec={command.replace(chr(92), chr(92) * 2)}\n"
        "Icon=relate-desktop\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_enabled(on: bool) -> None:
    """Turn starting at login on (write the entry) or off (remove it)."""
    path = entry_path()
    if not on:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, entry_text(launch_command()).encode("utf-8"))
