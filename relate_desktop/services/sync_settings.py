"""Where this computer syncs, kept in settings.json under "sync": the folder, this computer's
id and the name it goes by. No words anyone wrote: a folder, an id and a computer's name."""

from __future__ import annotations

import re
import secrets
import socket
from dataclasses import dataclass
from pathlib import Path

from relate_desktop.paths import DataPaths
from relate_desktop.store import settings

KEY = "sync"
MAX_DEVICE_NAME = 60
_DEVICE = re.compile(r"^[0-9a-f]{20}$")


@dataclass(frozen=True)
class SyncConfig:
    folder: Path
    device: str
    device_name: str


def new_device_id() -> str:
    return secrets.token_hex(10)


def default_device_name() -> str:
    """This computer's host name, which people usually recognise."""
    name = socket.gethostname().split(".")[0].strip()
    return (name or "This computer")[:MAX_DEVICE_NAME]


def clean_device_name(name: str) -> str:
    name = " ".join(name.split())[:MAX_DEVICE_NAME]
    return name or default_device_name()


def load(paths: DataPaths) -> SyncConfig | None:
    data = settings.load(paths.settings).get(KEY)
    if not isinstance(data, dict):
        return None
    folder, device, name = data.get("folder"), data.get("device"), data.get("device_name")
    if not isinstance(folder, str) or not folder or not isinstance(device, str):
        return None
    if not _DEVICE.match(device):
        return None
    return SyncConfig(Path(folder), device, clean_device_name(str(name or "")))


def save(paths: DataPaths, config: SyncConfig | None) -> None:
    data = settings.load(paths.settings)
    if config is None:
        data.pop(KEY, None)
    else:
        data[KEY] = {
            "folder": str(config.folder),
            "device": config.device,
            "device_name": config.device_name,
        }
    settings.save(paths.settings, data)
