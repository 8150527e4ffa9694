"""One running app per data folder.

The first instance takes a lock file in its data folder (a ``QLockFile``:
the lock of an instance that was killed names a process that no longer
runs, so the next start takes it over). Once its window is on screen it also
listens on a local socket named after the folder. A later launch on the same
folder finds the lock taken, connects to that socket (waiting a few seconds
for an instance that is still starting), asks it to bring its window
forward, and exits. Two data folders are two independent apps.

The lock, not the socket, decides who runs: two launches at the same moment
cannot both take it, whereas both could find no socket yet. QtNetwork is
imported only once the lock is settled, so the first window does not wait
for it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal, Slot

from quizapp import APP_NAME
from quizapp.service.instance import LOCK_FILE  # also read, without Qt, by restore

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE_REQUEST = b"raise\n"
# How long a second launch keeps trying to reach the first: it may still be starting.
DEFAULT_ANSWER_TIMEOUT_S = 10.0
_RETRY_PAUSE_MS = 100
_WRITE_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """The local socket name for the app running on ``data_dir``."""
    import hashlib

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:24]
    return f"{APP_NAME}-{digest}"


class InstanceLock:
    """The lock that makes this process the one app running on ``data_dir``."""

    def __init__(self, data_dir: Path) -> None:
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        # Never stale by age: a live instance may run for days. A lock whose process
        # is gone is recognised as stale by its process id, whatever its age.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock; False only when another running instance holds it.

        A lock that cannot be written at all (a read-only folder) does not
        keep the app from starting: the database will say what is wrong.
        """
        if self._lock.tryLock(0):
            return True
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def ask_running_instance_to_raise(name: str, timeout_s: float = DEFAULT_ANSWER_TIMEOUT_S) -> bool:
    """Tell the instance listening on ``name`` to raise its window; False when none answers.

    Tries again until ``timeout_s`` has passed (0: one try), as the instance
    holding the lock starts listening only once its window is painted.
    """
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_RETRY_PAUSE_MS):
            _send_raise_request(socket)
            return True
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        # Refused at once (nobody listens yet): pause before the next try.
        time.sleep(_RETRY_PAUSE_MS / 1000)


def _send_raise_request(socket: QLocalSocket) -> None:
    from PySide6.QtNetwork import QLocalSocket

    socket.write(RAISE_REQUEST)
    socket.waitForBytesWritten(_WRITE_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(_WRITE_TIMEOUT_MS)


class InstanceServer(QObject):
    """Listens for later launches on the same data folder; emits ``raise_requested``.

    Only the holder of the :class:`InstanceLock` listens, so a socket file in
    the way was left by an instance that crashed, and is replaced.
    """

    raise_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.setObjectName("instanceServer")
        self._server: QLocalServer = QLocalServer(self)
        self._name = name
        self._server.newConnection.connect(self._on_new_connection)

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed instance is removed first."""
        from PySide6.QtNetwork import QLocalServer

        if self._server.listen(self._name):
            return True
        QLocalServer.removeServer(self._name)
        return self._server.listen(self._name)

    def close(self) -> None:
        self._server.close()

    def error_text(self) -> str:
        """Why :meth:`listen` failed, in Qt's words."""
        return self._server.errorString()

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
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        while socket.canReadLine():
            if bytes(socket.readLine().data()) == RAISE_REQUEST:
                self.raise_requested.emit()
