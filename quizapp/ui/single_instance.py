"""One running app per data folder.

The first instance listens on a local socket whose name is derived from a
hash of its data folder; a second launch connects, asks it to bring its
window forward, and exits. Two data folders are two independent apps.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from quizapp import APP_NAME

RAISE_REQUEST = b"raise\n"
_CONNECT_TIMEOUT_MS = 500
_WRITE_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """The local socket name for the app running on ``data_dir``."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:24]
    return f"{APP_NAME}-{digest}"


def ask_running_instance_to_raise(name: str) -> bool:
    """Tell the instance listening on ``name`` to raise its window; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_REQUEST)
    socket.waitForBytesWritten(_WRITE_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(_WRITE_TIMEOUT_MS)
    return True


class InstanceServer(QObject):
    """Listens for later launches on the same data folder; emits ``raise_requested``."""

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setObjectName("instanceServer")
        self._name = name
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is removed first."""
        if self._server.listen(self._name):
            return True
        # Nobody answered before we got here, so a socket file that is in the way is stale.
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    @Slot()
    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The socket stays the server's child; it goes once the caller hangs up.
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == RAISE_REQUEST:
                self.raise_requested.emit()
