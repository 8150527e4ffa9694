"""Whether the app runs on a data folder, without Qt: the lock of ``quizapp.ui.single_instance``.

The app holds a ``QLockFile`` named :data:`LOCK_FILE` in its data folder. On
POSIX systems Qt keeps that file open with an exclusive ``flock`` for as long
as the app runs, and a stale file (its app was killed) carries no lock. So
:func:`app_stopped` takes the same ``flock``: failing, the app runs; holding
it, no app can start on the folder until the body is done (a starting app
cannot take over a lock file it cannot ``flock``). A lock file made here is
written as Qt writes one (process id, process name, host name) and removed
afterwards. Where there is no ``flock`` (Windows), Qt keeps the file open
without write sharing, so failing to open it for writing means the app runs.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from quizapp import APP_NAME
from quizapp.service.errors import AppRunningError

LOCK_FILE = f"{APP_NAME}.lock"


@contextlib.contextmanager
def app_stopped(data_dir: Path) -> Iterator[None]:
    """Run the body while no app runs on ``data_dir`` (and none can start); else AppRunningError."""
    path = data_dir / LOCK_FILE
    if sys.platform == "win32":
        _refuse_if_held_open(path, data_dir)
        yield
        return
    import fcntl

    descriptor, created = _open_lock_file(path)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AppRunningError(data_dir) from None
        if created:
            os.write(descriptor, _lock_contents())
        try:
            yield
        finally:
            if created:
                path.unlink(missing_ok=True)  # as Qt unlocks: removed while still locked
    finally:
        os.close(descriptor)


def _open_lock_file(path: Path) -> tuple[int, bool]:
    """The lock file, opened for writing, and whether it was made now."""
    for _ in range(3):  # the app may remove its file between the two tries
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), True
        except FileExistsError:
            pass
        try:
            return os.open(path, os.O_RDWR), False
        except FileNotFoundError:
            continue
    raise AppRunningError(path.parent)


def _lock_contents() -> bytes:
    process = Path(sys.executable).resolve().name
    return f"{os.getpid()}\n{process}\n{socket.gethostname()}\n".encode()


def _refuse_if_held_open(path: Path, data_dir: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return
    except PermissionError:
        raise AppRunningError(data_dir) from None
    os.close(descriptor)
