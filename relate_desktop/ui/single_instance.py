"""One copy of the app per data folder: the running copy listens on a local socket, and a second
launch asks it to bring its window forward instead of opening the same data twice."""

from __future__ import annotations

import hashlib
import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from relate_desktop.paths import DataPaths

SHOW = b"show\n"
WAIT_MS = 1500
RETRY_S = 0.05


def server_name(paths: DataPaths) -> str:
    """A name per data folder (two folders can each have their own copy running)."""
    digest = hashlib.sha256(str(paths.root).encode("utf-8")).hexdigest()[:16]
    return f"relate-desktop-{digest}"


class InstanceServer(QObject):
    """Listens for later launches on the same data folder; emits show_requested for each."""

    show_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(paths)
        # We hold the folder lock, so a socket left by a crashed copy is stale: clear it.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(self._ready)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            socket.write(b"ok\n")
            socket.flush()
            self.show_requested.emit()

    def close(self) -> None:
        self.server.close()


def ask_running_copy_to_show(paths: DataPaths) -> bool:
    """True when a running copy answered and is bringing its window forward. The running copy
    starts listening just after its first window is painted, so a launch in that moment
    keeps trying for a little while."""
    socket = QLocalSocket()
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        socket.connectToServer(server_name(paths))
        if socket.waitForConnected(WAIT_MS):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(RETRY_S)
    socket.write(SHOW)
    socket.flush()
    answered = socket.waitForReadyRead(WAIT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return answered
