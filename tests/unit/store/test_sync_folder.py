"""Sealed change files: what opens, and what is refused (store/sync_folder.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from relate_desktop.store.keys import new_space_key
from relate_desktop.store.sync_folder import SyncFolder, Unreadable, households_in, seal, unseal

CONTENT = {"versions": [{"title": "Café ☕ שלום 晚饭"}]}


def test_a_sealed_file_opens_with_its_key_and_context_only() -> None:
    key = new_space_key()
    sealed = seal(key, b"h/shared/d/1", CONTENT)
    assert unseal(key, b"h/shared/d/1", sealed) == CONTENT
    assert "Café".encode() not in sealed
    for other_key, context in (
        (new_space_key(), b"h/shared/d/1"),  # another space's key
        (key, b"h/shared/d/2"),  # renamed: replayed as another number
        (key, b"x/shared/d/1"),  # another household
        (key, b"h/vault-p/d/1"),  # another space
    ):
        with pytest.raises(Unreadable):
            unseal(other_key, context, sealed)
    for damaged in (sealed[:-1], sealed[:20], b"", sealed[:-1] + bytes([sealed[-1] ^ 1])):
        with pytest.raises(Unreadable):
            unseal(key, b"h/shared/d/1", damaged)


def test_the_layout_lists_only_its_own_files(tmp_path: Path) -> None:
    key = new_space_key()
    place = SyncFolder.at(tmp_path, "household-1")
    place.write_change(key, "device1", "shared", 1, CONTENT)
    place.write_change(key, "device1", "shared", 3, CONTENT)
    space = place.space_dir("device1", "shared")
    (space / ".syncthing.0000000002.relate.tmp").write_bytes(b"half")
    (space / "notes.txt").write_text("not ours")
    (place.root / "devices" / ".stfolder").mkdir()
    assert place.devices() == ["device1"]
    assert place.change_numbers("device1", "shared") == [1, 3]
    assert place.read_change(key, "device1", "shared", 3) == CONTENT
    assert households_in(tmp_path) == ["household-1"]
    assert households_in(tmp_path / "nothing here") == []
    if os.name == "posix":
        assert (place.change_path("device1", "shared", 1).stat().st_mode & 0o777) == 0o600
