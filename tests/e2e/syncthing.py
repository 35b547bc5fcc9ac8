"""Two real Syncthing daemons on 127.0.0.1, sharing one folder, for end-to-end tests.

`SyncthingPair` starts two `syncthing serve` processes (Debian's `syncthing` package; 1.19 is
what `.ci/run` installs), each with its own `--home` under a work directory, and has them share
one folder: a path per daemon, given by the caller. It is a context manager::

    with SyncthingPair(folder_a, folder_b, workdir=tmp_path / "syncthing") as pair:
        write_whole(folder_a / "note.bin", data)          # temp name, then rename
        seconds = pair.wait_for_file("note.bin", on=pair.b, content=data)

Entering it generates keys and config, starts both daemons, and returns once each sees the other
connected and the shared folder is idle on both sides (`SyncthingError` with the daemons' log
tails if not within `startup_timeout`). Leaving it asks both to shut down over the REST API and
kills whatever has not exited within a few seconds, so no process outlives the `with` block.

Only 127.0.0.1, nothing else: each daemon is configured (see `_configure`) to listen for the sync
protocol on `tcp://127.0.0.1:PORT` only (no QUIC, so no STUN either), with its GUI/REST API on
`127.0.0.1:PORT`, to reach its peer at the peer's explicit `tcp://127.0.0.1:PORT` address (not
`dynamic`, so no discovery is needed), and with global discovery, local (LAN broadcast)
discovery, relays, NAT traversal (UPnP/NAT-PMP), STUN, usage reporting, crash reporting,
automatic upgrades and starting a browser all off. `assert_loopback_only` checks this twice:
the options each running daemon reports (`GET /rest/config/options`, `/rest/config/devices`),
and every TCP/UDP socket the
process actually holds (from /proc), which must be bound to and connected to loopback only.

Ports are free ports picked at run time, so several pairs (or a person's own Syncthing on 8384
and 22000) do not collide. The REST calls use urllib and the API key from each daemon's config.
"""

import contextlib
import copy
import ipaddress
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import pytest

DEFAULT_FOLDER_ID = "relate"
# A short periodic rescan as a fallback; tests call `scan()` so they do not wait for it, and the
# filesystem watcher (delay 1 s, the smallest whole value 1.19 accepts) catches the rest.
RESCAN_INTERVAL_S = 5
FS_WATCHER_DELAY_S = 1
# How often a daemon retries dialing its peer (5 s is the least 1.19 accepts); the first dial
# happens at start.
RECONNECTION_INTERVAL_S = 5
LOG_TAIL_LINES = 40
REQUIRE_ENV = "RELATE_REQUIRE_SYNCTHING"

# Environment for every daemon: no default "Sync" folder in $HOME, no restarts, no upgrades,
# and no monitor process. In 1.19 `serve` (even with --no-restart) forks the real daemon from a
# monitor into a process group of its own, so killing the monitor would orphan it; STMONITORED
# (what wrappers such as Syncthing-Android set) runs the daemon itself as the one process.
_DAEMON_ENV = {
    "STNODEFAULTFOLDER": "1",
    "STNORESTART": "1",
    "STNOUPGRADE": "1",
    "STMONITORED": "1",
    # Skip the start-up benchmark that picks a SHA-256 implementation (0.9 s per daemon).
    "STHASHING": "minio",
}

# <options> values written into each daemon's config.xml (listenAddress is set separately).
_OFFLINE_OPTIONS = {
    "globalAnnounceEnabled": "false",  # no global discovery servers
    "localAnnounceEnabled": "false",  # no LAN broadcast/multicast discovery (UDP 21027)
    "relaysEnabled": "false",  # no relay pool, no relay servers
    "natEnabled": "false",  # no UPnP / NAT-PMP port mapping
    "stunKeepaliveStartS": "0",  # never contact a STUN server
    "announceLANAddresses": "false",  # nothing to announce anyway
    "urAccepted": "-1",  # usage reporting declined (0 would mean "ask later")
    "urSeen": "3",  # and the question already shown
    "crashReportingEnabled": "false",  # no panic logs sent to crash.syncthing.net
    "autoUpgradeIntervalH": "0",  # no upgrade checks against upgrades.syncthing.net
    "startBrowser": "false",
    "reconnectionIntervalS": str(RECONNECTION_INTERVAL_S),
}


class SyncthingError(AssertionError):
    """The harness could not do what a test asked (start, connect, deliver, stop).

    An AssertionError, so pytest reports it as a test failure with its message.
    """


def find_syncthing() -> str | None:
    """The path of the `syncthing` binary on PATH, or None when it is not installed."""
    return shutil.which("syncthing")


def syncthing_or_skip(environ: Mapping[str, str] | None = None) -> str:
    """The `syncthing` binary for a test, or skip the test with a clear reason when it is missing.

    With RELATE_REQUIRE_SYNCTHING=1 in the environment (CI sets it) a missing binary fails the
    test instead, so CI cannot pass by silently skipping the end-to-end sync tests.
    """
    environ = os.environ if environ is None else environ
    found = find_syncthing()
    if found is not None:
        return found
    if environ.get(REQUIRE_ENV) == "1":
        pytest.fail(
            f"{REQUIRE_ENV}=1 but the `syncthing` binary is not on PATH "
            "(.ci/run installs Debian's syncthing package)",
            pytrace=False,
        )
    pytest.skip(
        "the `syncthing` binary is not installed (apt-get install syncthing); "
        f"set {REQUIRE_ENV}=1 to make this a failure instead of a skip"
    )


def free_ports(count: int) -> list[int]:
    """`count` distinct TCP ports free on 127.0.0.1 right now (held open together while picked)."""
    with contextlib.ExitStack() as stack:
        ports = []
        for _ in range(count):
            sock = stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
            sock.bind(("127.0.0.1", 0))
            ports.append(int(sock.getsockname()[1]))
        return ports


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` as Relate does: a temporary name in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.partial")
    with open(temp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temp, path)


@dataclass(frozen=True)
class SocketInfo:
    """One TCP or UDP socket held by a process, as /proc/PID/net/* describes it."""

    protocol: str  # "tcp", "tcp6", "udp" or "udp6"
    local: tuple[str, int]
    remote: tuple[str, int]

    def loopback_only(self) -> bool:
        """Bound to loopback, and connected to loopback or to nothing (a listening socket)."""
        local_ip = _unmapped(self.local[0])
        remote_ip = _unmapped(self.remote[0])
        return local_ip.is_loopback and (remote_ip.is_loopback or remote_ip.is_unspecified)


class SyncthingDaemon:
    """One `syncthing serve` process with its own home, ports and API key.

    Made and started by `SyncthingPair`; tests use its `folder`, `device_id`, `rest_get`,
    `scan` and `log_tail`.
    """

    def __init__(
        self, name: str, binary: str, home: Path, folder: Path, listen_port: int, gui_port: int
    ) -> None:
        self.name = name
        self.binary = binary
        self.home = home
        self.folder = folder
        self.listen_port = listen_port
        self.gui_port = gui_port
        self.log_path = home / "syncthing.log"
        self.device_id = ""
        self.api_key = ""
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def listen_address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    def generate(self) -> None:
        """Make this daemon's key, certificate and default config; read its device id."""
        self.home.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [self.binary, "generate", f"--home={self.home}", "--no-default-folder"],
            env=self._env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0:
            raise SyncthingError(
                f"syncthing generate for {self.name} failed ({result.returncode}):\n"
                + (result.stdout + result.stderr).decode(errors="replace")
            )
        root = ET.parse(self.home / "config.xml").getroot()
        self.device_id = _required(root.find("device"), "device").attrib["id"]
        self.api_key = _text(root, "gui/apikey")

    def start(self) -> None:
        """Start `syncthing serve` on this home; its output goes to `log_path`."""
        self.folder.mkdir(parents=True, exist_ok=True)
        # The marker Syncthing looks for before it trusts a folder's path (a missing marker
        # means "unmounted disk: do not sync deletions"). Relate's sync must skip `.stfolder`
        # and Syncthing's `.syncthing.*.tmp` files, as it would any name it does not own.
        (self.folder / ".stfolder").mkdir(exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [
                    self.binary,
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    "--no-default-folder",
                    "--logflags=6",  # time with microseconds
                ],
                env=self._env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, killed as one on failure
            )

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def rest_get(self, path: str, timeout: float = 5.0) -> Any:
        """GET a REST endpoint (e.g. "/rest/system/connections") and decode its JSON."""
        return self._rest("GET", path, timeout)

    def rest_post(self, path: str, timeout: float = 30.0) -> Any:
        """POST to a REST endpoint with an empty body; its JSON, or None when it returns none."""
        return self._rest("POST", path, timeout)

    def rest_patch(self, path: str, body: Any, timeout: float = 5.0) -> Any:
        """PATCH a REST endpoint (e.g. "/rest/config/options") with `body` as JSON."""
        return self._rest("PATCH", path, timeout, body)

    def scan(self, folder_id: str = DEFAULT_FOLDER_ID) -> None:
        """Rescan the folder now (returns once the scan has finished)."""
        self.rest_post(f"/rest/db/scan?folder={folder_id}")

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def sockets(self) -> list[SocketInfo]:
        """Every TCP/UDP socket the daemon's process holds right now (Linux /proc)."""
        if self.process is None:
            return []
        return _process_sockets(self.process.pid)

    def request_shutdown(self) -> None:
        """Ask the daemon to exit (`POST /rest/system/shutdown`); do not wait for it."""
        if self.running():
            with contextlib.suppress(OSError, SyncthingError):
                self.rest_post("/rest/system/shutdown", timeout=5.0)

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the daemon to shut down; terminate, then kill, its process group if it lingers."""
        process = self.process
        if process is None:
            return
        if process.poll() is None:
            self.request_shutdown()
            for sig in (None, signal.SIGTERM, signal.SIGKILL):
                if sig is not None:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(process.pid, sig)
                try:
                    process.wait(timeout=timeout if sig is None else 5.0)
                    break
                except subprocess.TimeoutExpired:
                    continue
        # Reap it even when it had already exited, so no zombie and no ResourceWarning remain.
        process.wait()

    def _env(self) -> dict[str, str]:
        # HOME too, so nothing is written to the real user's ~/.config or ~/Sync.
        return {**os.environ, **_DAEMON_ENV, "HOME": str(self.home)}

    def _rest(self, method: str, path: str, timeout: float, body: Any = None) -> Any:
        headers = {"X-API-Key": self.api_key}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        elif method != "GET":
            data = b""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", method=method, data=data, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode(errors="replace").strip()
            error.close()
            raise SyncthingError(
                f"{self.name}: {method} {path} -> HTTP {error.code}: {detail}"
            ) from error
        return json.loads(raw) if raw.strip() else None


class SyncthingPair:
    """Two Syncthing daemons on 127.0.0.1 sharing `folder_a` (daemon a) and `folder_b` (b).

    `workdir` holds both daemons' homes (keys, config, database, logs); it need not exist.
    The folders are created if missing; files already in them are synced once the pair is up.
    """

    def __init__(
        self,
        folder_a: Path,
        folder_b: Path,
        workdir: Path,
        *,
        folder_id: str = DEFAULT_FOLDER_ID,
        binary: str | None = None,
        startup_timeout: float = 30.0,
    ) -> None:
        found = binary or find_syncthing()
        if found is None:
            raise SyncthingError(
                "the `syncthing` binary is not installed (apt-get install syncthing)"
            )
        self.folder_id = folder_id
        self.startup_timeout = startup_timeout
        ports = free_ports(4)
        self.a = SyncthingDaemon("a", found, workdir / "home-a", folder_a, ports[0], ports[1])
        self.b = SyncthingDaemon("b", found, workdir / "home-b", folder_b, ports[2], ports[3])

    @property
    def daemons(self) -> tuple[SyncthingDaemon, SyncthingDaemon]:
        return (self.a, self.b)

    def peer(self, daemon: SyncthingDaemon) -> SyncthingDaemon:
        return self.b if daemon is self.a else self.a

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Generate, configure and start both daemons; wait until connected and idle."""
        for daemon in self.daemons:
            daemon.generate()
        for daemon in self.daemons:
            _configure(daemon, self.peer(daemon), self.folder_id)
        # One after the other: started together, both dial each other at the same instant and
        # 1.19 can then stall both handshakes for its 20 s Hello timeout (seen 2 starts in 8).
        # Started once a listens, b's first dial reaches a and a's retry finds them connected.
        self.a.start()
        self._wait(lambda: self._api_up(self.a), self.startup_timeout, "daemon a to start")
        self.b.start()
        self.wait_connected(self.startup_timeout)

    def stop(self) -> None:
        """Stop both daemons (cleanly if they answer, killed if not). Safe to call twice."""
        for daemon in self.daemons:  # both at once: each takes about a second to exit
            daemon.request_shutdown()
        for daemon in self.daemons:
            daemon.stop()

    def wait_connected(self, timeout: float) -> None:
        """Wait until each daemon sees the other connected and the folder is idle on both."""

        def ready() -> bool:
            return all(
                self._connected(daemon, self.peer(daemon)) and self._folder_state(daemon) == "idle"
                for daemon in self.daemons
            )

        self._wait(ready, timeout, "the two daemons to start and connect to each other")

    def scan(self) -> None:
        """Rescan the shared folder on both daemons now, so tests need not wait for watchers."""
        for daemon in self.daemons:
            daemon.scan(self.folder_id)

    def wait_for_file(
        self,
        relative: str | Path,
        *,
        on: SyncthingDaemon,
        content: bytes | None = None,
        timeout: float = 20.0,
        scan: bool = True,
    ) -> float:
        """Wait until `relative` exists in `on`'s folder (holding exactly `content`, if given).

        Rescans both sides first (and again every couple of seconds) so a change made on the
        other side is noticed at once; with `scan=False` it leaves that to Syncthing's watcher
        and periodic rescan, as in real use. Returns the seconds it took; raises
        `SyncthingError`, with what is there instead and both daemons' log tails, on timeout.
        """
        target = on.folder / relative
        started = time.monotonic()
        last_scan = 0.0

        def arrived() -> bool:
            nonlocal last_scan
            if scan and time.monotonic() - last_scan >= 2.0:
                self.scan()
                last_scan = time.monotonic()
            try:
                data = target.read_bytes()
            except (FileNotFoundError, IsADirectoryError):
                return False
            return content is None or data == content

        self._wait(arrived, timeout, f"{relative} to arrive in {on.name}'s folder", target=target)
        return time.monotonic() - started

    def wait_in_sync(self, timeout: float = 20.0) -> None:
        """Wait until each daemon reports the folder 100% complete on the other, nothing needed."""

        def in_sync() -> bool:
            for daemon in self.daemons:
                completion = daemon.rest_get(
                    f"/rest/db/completion?folder={self.folder_id}"
                    f"&device={self.peer(daemon).device_id}"
                )
                if completion["completion"] < 100 or completion["needItems"] > 0:
                    return False
                if self._folder_state(daemon) != "idle":
                    return False
            return True

        self.scan()
        self._wait(in_sync, timeout, "both folders to be in sync")

    def assert_loopback_only(self) -> None:
        """Fail unless both daemons are configured offline and hold only loopback sockets."""
        problems: list[str] = []
        for daemon in self.daemons:
            options = daemon.rest_get("/rest/config/options")
            for key, wanted in _OFFLINE_OPTIONS.items():
                if str(options.get(key)).lower() != wanted:
                    problems.append(f"{daemon.name}: option {key} is {options.get(key)!r}")
            if options.get("listenAddresses") != [daemon.listen_address]:
                problems.append(f"{daemon.name}: listens on {options.get('listenAddresses')}")
            for device in daemon.rest_get("/rest/config/devices"):
                if device["deviceID"] == daemon.device_id:
                    continue
                if device["addresses"] != [self.peer(daemon).listen_address]:
                    problems.append(f"{daemon.name}: peer addresses {device['addresses']}")
            sockets = daemon.sockets()
            if not sockets:
                problems.append(f"{daemon.name}: no sockets found (is /proc readable?)")
            problems.extend(
                f"{daemon.name}: socket {s.protocol} {s.local} -> {s.remote} leaves loopback"
                for s in sockets
                if not s.loopback_only()
            )
        if problems:
            raise SyncthingError("Syncthing reaches beyond 127.0.0.1:\n" + "\n".join(problems))

    def _api_up(self, daemon: SyncthingDaemon) -> bool:
        return bool(daemon.rest_get("/rest/system/ping").get("ping") == "pong")

    def _connected(self, daemon: SyncthingDaemon, peer: SyncthingDaemon) -> bool:
        connections = daemon.rest_get("/rest/system/connections")["connections"]
        return bool(connections.get(peer.device_id, {}).get("connected"))

    def _folder_state(self, daemon: SyncthingDaemon) -> str:
        return str(daemon.rest_get(f"/rest/db/status?folder={self.folder_id}")["state"])

    def _wait(
        self,
        condition: Callable[[], bool],
        timeout: float,
        what: str,
        target: Path | None = None,
    ) -> None:
        deadline = time.monotonic() + timeout
        last_error = ""
        while True:
            stopped = [
                daemon.name
                for daemon in self.daemons
                if daemon.process is not None and not daemon.running()
            ]
            if stopped:
                headline = f"daemon {' and '.join(stopped)} exited while waiting for {what}"
                raise SyncthingError(self._failure_report(headline, last_error, target))
            try:
                if condition():
                    return
            except (OSError, SyncthingError, KeyError) as error:
                last_error = f"{type(error).__name__}: {error}"
            if time.monotonic() >= deadline:
                break
            time.sleep(0.05)
        raise SyncthingError(
            self._failure_report(
                f"timed out after {timeout:g} s waiting for {what}", last_error, target
            )
        )

    def _failure_report(self, headline: str, last_error: str, target: Path | None) -> str:
        parts = [headline]
        if last_error:
            parts.append(f"last error: {last_error}")
        if target is not None:
            if target.exists():
                parts.append(
                    f"{target} exists with {target.stat().st_size} bytes (not the expected ones)"
                )
            else:
                present = (
                    sorted(str(path.relative_to(target.parent)) for path in target.parent.glob("*"))
                    if target.parent.exists()
                    else []
                )
                parts.append(f"{target} is missing; its folder holds {present}")
        for daemon in self.daemons:
            state = "running" if daemon.running() else f"exited ({_returncode(daemon)})"
            parts.append(
                f"--- daemon {daemon.name} ({state}), last log lines:\n{daemon.log_tail()}"
            )
        return "\n".join(parts)


def _configure(daemon: SyncthingDaemon, peer: SyncthingDaemon, folder_id: str) -> None:
    """Rewrite `daemon`'s generated config.xml: loopback only, everything remote off, the peer
    known at its explicit address, and the shared folder at `daemon.folder`."""
    config_path = daemon.home / "config.xml"
    tree = ET.parse(config_path)
    root = tree.getroot()

    _required(root.find("gui"), "gui").attrib["tls"] = "false"
    _required(root.find("gui/address"), "gui/address").text = f"127.0.0.1:{daemon.gui_port}"

    options = _required(root.find("options"), "options")
    for old in options.findall("listenAddress"):
        options.remove(old)
    ET.SubElement(options, "listenAddress").text = daemon.listen_address
    for key, value in _OFFLINE_OPTIONS.items():
        element = options.find(key)
        if element is None:
            element = ET.SubElement(options, key)
        element.text = value

    # The peer device, modelled on the config's own defaults so every field 1.19 expects is there.
    peer_device = copy.deepcopy(_required(root.find("defaults/device"), "defaults/device"))
    peer_device.attrib.update({"id": peer.device_id, "name": f"relate-test-{peer.name}"})
    _required(peer_device.find("address"), "device/address").text = peer.listen_address
    root.insert(list(root).index(_required(root.find("gui"), "gui")), peer_device)

    folder = copy.deepcopy(_required(root.find("defaults/folder"), "defaults/folder"))
    folder.attrib.update(
        {
            "id": folder_id,
            "label": folder_id,
            "path": str(daemon.folder),
            "type": "sendreceive",
            "rescanIntervalS": str(RESCAN_INTERVAL_S),
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": str(FS_WATCHER_DELAY_S),
        }
    )
    for device in folder.findall("device"):
        folder.remove(device)
    for member in (daemon, peer):
        shared = ET.SubElement(folder, "device", {"id": member.device_id, "introducedBy": ""})
        ET.SubElement(shared, "encryptionPassword")
    root.insert(0, folder)
    tree.write(config_path, encoding="utf-8", xml_declaration=False)


def _process_sockets(pid: int) -> list[SocketInfo]:
    inodes = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    for fd in fd_dir.iterdir():
        with contextlib.suppress(OSError):
            link = os.readlink(fd)
            if link.startswith("socket:["):
                inodes.add(link[len("socket:[") : -1])
    found = []
    for protocol in ("tcp", "tcp6", "udp", "udp6"):
        table = Path(f"/proc/{pid}/net/{protocol}")
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            if len(fields) > 9 and fields[9] in inodes:
                found.append(SocketInfo(protocol, proc_address(fields[1]), proc_address(fields[2])))
    return found


def proc_address(field: str) -> tuple[str, int]:
    """Decode /proc/net/tcp's "0100007F:1F90" (each 32-bit word in host byte order)."""
    hex_ip, hex_port = field.split(":")
    raw = bytes.fromhex(hex_ip)
    if sys.byteorder == "little":
        raw = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    return (str(ipaddress.ip_address(raw)), int(hex_port, 16))


def _unmapped(ip: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def _required(element: ET.Element | None, where: str) -> ET.Element:
    if element is None:
        raise SyncthingError(f"Syncthing's generated config.xml has no <{where}>")
    return element


def _text(root: ET.Element, where: str) -> str:
    return (_required(root.find(where), where).text or "").strip()


def _returncode(daemon: SyncthingDaemon) -> int | None:
    return None if daemon.process is None else daemon.process.poll()
