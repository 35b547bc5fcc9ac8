"""The Syncthing harness, for real: two daemons on 127.0.0.1 carry whole files both ways, touch
nothing beyond loopback, explain a file that never arrives, and leave no process behind."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.syncthing import (
    REQUIRE_ENV,
    SocketInfo,
    SyncthingError,
    SyncthingPair,
    proc_address,
    syncthing_or_skip,
    write_whole,
)

pytestmark = pytest.mark.syncthing

# Names like the change files Relate's sync writes: one folder per device, numbered files.
A_TO_B = Path("devices") / "laptop-a" / "000001.change"
B_TO_A = Path("devices") / "laptop-b" / "000001.change"
UNFORCED = Path("devices") / "laptop-a" / "000002.change"


def leftovers(folder: Path) -> list[str]:
    """Temporary files in `folder`: ours (".name.partial") or Syncthing's (".syncthing.*.tmp")."""
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob(".*")
        if path.name.endswith((".partial", ".tmp"))
    )


def test_files_written_whole_on_one_side_arrive_whole_on_the_other(
    syncthing_pair: SyncthingPair, record_property: Callable[[str, object], None]
) -> None:
    pair = syncthing_pair
    # Incompressible and bigger than one 128 KiB block, so it travels in several pieces.
    to_b = os.urandom(300_000)
    to_a = os.urandom(50_000)

    write_whole(pair.a.folder / A_TO_B, to_b)
    a_to_b_seconds = pair.wait_for_file(A_TO_B, on=pair.b, content=to_b)
    write_whole(pair.b.folder / B_TO_A, to_a)
    b_to_a_seconds = pair.wait_for_file(B_TO_A, on=pair.a, content=to_a)
    # As in real use, with no rescan forced: Syncthing's watcher (or its 5 s rescan) finds it.
    unforced = os.urandom(10_000)
    write_whole(pair.a.folder / UNFORCED, unforced)
    unforced_seconds = pair.wait_for_file(UNFORCED, on=pair.b, content=unforced, scan=False)
    pair.wait_in_sync()

    for folder in (pair.a.folder, pair.b.folder):
        assert (folder / A_TO_B).read_bytes() == to_b
        assert (folder / B_TO_A).read_bytes() == to_a
        assert leftovers(folder) == []
    pair.assert_loopback_only()
    # Reported, not asserted: speed belongs to benchmarks. Shown with `pytest -s` or in JUnit XML.
    record_property("a_to_b_seconds", round(a_to_b_seconds, 3))
    record_property("b_to_a_seconds", round(b_to_a_seconds, 3))
    record_property("unforced_seconds", round(unforced_seconds, 3))
    print(
        f"\nSyncthing delivery: A->B {a_to_b_seconds:.3f} s, B->A {b_to_a_seconds:.3f} s "
        f"(rescan forced), A->B {unforced_seconds:.3f} s (watcher)"
    )


def test_a_file_that_never_arrives_fails_with_what_is_there_and_the_logs(
    syncthing_pair: SyncthingPair,
) -> None:
    pair = syncthing_pair
    write_whole(pair.a.folder / "written-in-a.bin", b"only this")

    with pytest.raises(SyncthingError) as failure:
        pair.wait_for_file("written-in-a.bin", on=pair.b, content=b"something else", timeout=1.5)

    message = str(failure.value)
    assert "timed out after 1.5 s waiting for written-in-a.bin to arrive in b's folder" in message
    assert "exists with 9 bytes (not the expected ones)" in message
    assert "--- daemon a (running), last log lines:" in message
    assert "--- daemon b (running), last log lines:" in message
    assert "INFO:" in message  # the log tail itself, not just its heading


def test_stopping_the_pair_leaves_no_syncthing_process(tmp_path: Path) -> None:
    binary = syncthing_or_skip()
    with SyncthingPair(
        tmp_path / "a", tmp_path / "b", tmp_path / "syncthing", binary=binary
    ) as pair:
        processes = [daemon.process for daemon in pair.daemons]
        assert all(daemon.running() for daemon in pair.daemons)

    for process in processes:
        assert process is not None
        assert process.returncode is not None
        assert not Path(f"/proc/{process.pid}").exists()


def test_a_daemon_that_dies_is_reported_and_the_other_stopped(tmp_path: Path) -> None:
    binary = syncthing_or_skip()
    pair = SyncthingPair(tmp_path / "a", tmp_path / "b", tmp_path / "syncthing", binary=binary)
    dead = pytest.raises(SyncthingError, match="daemon b exited while waiting for x to arrive")
    with dead, pair:
        assert pair.b.process is not None
        pair.b.process.kill()
        pair.wait_for_file("x", on=pair.a, timeout=10)
    assert pair.a.process is not None
    assert pair.a.process.returncode is not None


def test_a_missing_binary_skips_unless_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(pytest.skip.Exception, match="not installed"):
        syncthing_or_skip({})
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_ENV}=1 but"):
        syncthing_or_skip({REQUIRE_ENV: "1"})


def test_a_setting_that_would_reach_further_is_caught(syncthing_pair: SyncthingPair) -> None:
    pair = syncthing_pair
    pair.assert_loopback_only()
    # A harmless option stands in for the ones that would leave 127.0.0.1 (turning those on
    # for real would announce this machine on the LAN or to Syncthing's servers).
    pair.b.rest_patch("/rest/config/options", {"reconnectionIntervalS": 60})

    with pytest.raises(SyncthingError, match="b: option reconnectionIntervalS is 60"):
        pair.assert_loopback_only()


@pytest.mark.parametrize(
    ("field", "address"),
    [
        ("0100007F:1F90", ("127.0.0.1", 8080)),
        ("00000000:0000", ("0.0.0.0", 0)),
        ("0101A8C0:0050", ("192.168.1.1", 80)),
        ("00000000000000000000000001000000:0016", ("::1", 22)),
        ("0000000000000000FFFF00000100007F:1F90", ("::ffff:127.0.0.1", 8080)),
    ],
)
def test_proc_net_addresses_are_decoded(field: str, address: tuple[str, int]) -> None:
    ip, port = proc_address(field)
    assert (ipaddress.ip_address(ip), port) == (ipaddress.ip_address(address[0]), address[1])


@pytest.mark.parametrize(
    ("local", "remote", "loopback"),
    [
        (("127.0.0.1", 22000), ("0.0.0.0", 0), True),
        (("127.0.0.1", 22000), ("127.0.0.1", 40000), True),
        (("::ffff:127.0.0.1", 22000), ("::", 0), True),
        (("0.0.0.0", 21027), ("0.0.0.0", 0), False),  # local discovery listening on every address
        (("192.168.1.5", 40000), ("198.51.100.7", 443), False),  # a discovery server
        (("127.0.0.1", 40000), ("198.51.100.7", 443), False),
    ],
)
def test_only_loopback_sockets_pass(
    local: tuple[str, int], remote: tuple[str, int], loopback: bool
) -> None:
    assert SocketInfo("tcp", local, remote).loopback_only() is loopback
