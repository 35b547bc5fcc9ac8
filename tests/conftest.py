"""Shared fixtures: an offscreen Qt, a fixed clock, fresh households in temporary folders."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from relate_desktop.domain.clock import FixedClock
from relate_desktop.paths import DataPaths
from relate_desktop.services.household import Household, set_up
from relate_desktop.store.keys import KdfParams

# Cheap key derivation for tests that only need a passphrase to exist; a separate test
# measures the real cost.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)
CHICAGO = ZoneInfo("America/Chicago")
PASSPHRASES = ("correct horse battery", "staple 🔑 ключ 钥匙")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 22, 9, 30, tzinfo=CHICAGO))


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


@pytest.fixture
def couple(paths: DataPaths, clock: FixedClock) -> Iterator[Household]:
    household = set_up(paths, ["Maria", "Lloyd"], None, clock)
    yield household
    household.close()


@pytest.fixture
def protected(paths: DataPaths, clock: FixedClock) -> Iterator[Household]:
    """A couple with a passphrase each: two private spaces, Maria's open."""
    household = set_up(paths, ["Maria", "Lloyd"], list(PASSPHRASES), clock, kdf=FAST_KDF)
    yield household
    household.close()


@pytest.fixture
def solo(paths: DataPaths, clock: FixedClock) -> Iterator[Household]:
    household = set_up(paths, ["Terry"], None, clock)
    yield household
    household.close()


@pytest.fixture(autouse=True)
def no_leftover_threads() -> Iterator[None]:
    """Fail a test that leaves a worker thread running."""
    before = set(threading.enumerate())
    yield
    leftover = [
        t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon
    ]
    assert not leftover, f"threads left running: {leftover}"
