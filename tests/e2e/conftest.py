"""Fixtures for end-to-end tests: a pair of real Syncthing daemons sharing one folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.syncthing import SyncthingPair, syncthing_or_skip


@pytest.fixture
def syncthing_binary() -> str:
    """Path of `syncthing`; skips the test when missing (fails under RELATE_REQUIRE_SYNCTHING=1)."""
    return syncthing_or_skip()


@pytest.fixture
def syncthing_pair(tmp_path: Path, syncthing_binary: str) -> Iterator[SyncthingPair]:
    """Two connected daemons sharing tmp_path/"folder-a" (pair.a) and tmp_path/"folder-b" (pair.b).

    For other folders (say, a sync folder inside each of two data folders) use the class itself:
    `with SyncthingPair(folder_a, folder_b, workdir, binary=syncthing_binary) as pair: ...`
    """
    with SyncthingPair(
        tmp_path / "folder-a",
        tmp_path / "folder-b",
        tmp_path / "syncthing",
        binary=syncthing_binary,
    ) as pair:
        yield pair
