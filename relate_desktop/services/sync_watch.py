"""Which folders of the sync folder to watch for the other computers' new change files.

The app watches them (ui/sync_keeper.py) and runs a round soon after one changes. This
computer's own folder is left out: its own writes need no round."""

from __future__ import annotations

from pathlib import Path

from relate_desktop.services import sync_settings
from relate_desktop.services.household import Household
from relate_desktop.store.sync_folder import DEVICES, SyncFolder


def folders_to_watch(household: Household) -> list[Path]:
    """The household's `devices/` folder (a new computer appears there), each other
    computer's folder (a new space appears there) and each of its space folders (new change
    files). Empty when this computer doesn't sync or the folder isn't there."""
    config = sync_settings.load(household.paths)
    if config is None:
        return []
    place = SyncFolder.at(config.folder, household.keyfile.household_id)
    devices = place.root / DEVICES
    if not devices.is_dir():
        return []
    found = [devices]
    for device in place.devices():
        if device == config.device:
            continue
        folder = place.device_dir(device)
        found.append(folder)
        try:
            found += sorted(p for p in folder.iterdir() if p.is_dir())
        except OSError:
            continue
    return found
