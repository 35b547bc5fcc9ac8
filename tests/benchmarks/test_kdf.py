"""The real Argon2id cost (docs/security.md "Cost, measured"): `pytest tests/benchmarks/test_kdf.py
-m benchmark -s` prints the median of 5 derivations, wall and CPU time."""

from __future__ import annotations

import resource
import statistics
import time

import pytest

from relate_desktop.store.keys import KdfParams


@pytest.mark.benchmark
def test_argon2id_with_the_default_settings() -> None:
    params = KdfParams()
    walls, cpus = [], []
    for _ in range(5):
        before, started = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        params.derive("lantern maple Tuesday soup", b"0123456789abcdef")
        after = resource.getrusage(resource.RUSAGE_SELF)
        walls.append(time.perf_counter() - started)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(
        f"\nArgon2id {params}: wall median {statistics.median(walls):.3f} s "
        f"({min(walls):.3f}-{max(walls):.3f}), CPU median {statistics.median(cpus):.3f} s"
    )
    assert statistics.median(cpus) < 5
