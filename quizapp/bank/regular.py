"""Reading a file a bank names, or a bank file itself, safely: regular files only, capped.

A FIFO blocks whoever opens it, a device such as ``/dev/zero`` never ends,
and a file can be far larger than anything a bank needs. So a file is
``stat``-ed (symbolic links followed) before it is opened, opened without
blocking, checked again on the open descriptor (it may have been swapped
meanwhile), and never read or hashed past its cap + 1 byte.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAX_BANK_BYTES = 16 * 1024 * 1024  # the format's limit on a bank file
_CHUNK = 1024 * 1024
_NO_CAP = 1 << 62
# O_NONBLOCK: opening a FIFO swapped in after the check returns at once.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


@dataclass(frozen=True)
class Refused:
    """Why a file was not read: ``"not-regular"``, ``"too-large"`` (``size`` bytes at
    least) or ``"unreadable"`` (``reason`` from the system)."""

    code: str
    size: int = 0
    reason: str = ""


def check_regular(path: Path | str, limit: int) -> os.stat_result | Refused:
    """The file's status if it is a regular file of at most ``limit`` bytes; opens nothing."""
    try:
        status = os.stat(path)
    except (OSError, ValueError) as error:
        return Refused("unreadable", reason=_reason(error))
    return _judge(status, limit) or status


def read_regular(path: Path | str, limit: int) -> bytes | Refused:
    """The bytes of a regular file of at most ``limit`` bytes (``limit`` + 1 read at most)."""
    chunks: list[bytes] = []
    streamed = _stream(path, limit, chunks.append)
    return streamed if isinstance(streamed, Refused) else b"".join(chunks)


def read_head(path: Path | str, count: int) -> bytes | Refused:
    """At most the first ``count`` bytes of a regular file, whatever its size."""
    chunks: list[bytes] = []
    streamed = _stream(path, count, chunks.append, whole=False)
    return streamed if isinstance(streamed, Refused) else b"".join(chunks)


def hash_regular(path: Path | str, limit: int) -> str | Refused:
    """SHA-256 of a regular file of at most ``limit`` bytes, read in chunks, capped."""
    digest = hashlib.sha256()
    streamed = _stream(path, limit, digest.update)
    return streamed if isinstance(streamed, Refused) else digest.hexdigest()


def _stream(
    path: Path | str, limit: int, sink: Callable[[bytes], object], *, whole: bool = True
) -> Refused | None:
    """Pass the file's bytes to ``sink`` in chunks: the whole file, refused past ``limit``
    bytes (``limit`` + 1 read at most), or (not ``whole``) its first ``limit`` bytes."""
    cap = limit if whole else _NO_CAP
    checked = check_regular(path, cap)
    if isinstance(checked, Refused):
        return checked
    opened = _open_checked(path, cap)
    if isinstance(opened, Refused):
        return opened
    wanted = limit + 1 if whole else limit
    total = 0
    try:
        while total < wanted:
            chunk = os.read(opened, min(_CHUNK, wanted - total))
            if not chunk:
                break
            sink(chunk)
            total += len(chunk)
    except OSError as error:
        return Refused("unreadable", reason=_reason(error))
    finally:
        os.close(opened)
    if total > limit:
        return Refused("too-large", size=total)
    return None


def _open_checked(path: Path | str, limit: int) -> int | Refused:
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except (OSError, ValueError) as error:
        return Refused("unreadable", reason=_reason(error))
    try:
        refused = _judge(os.fstat(descriptor), limit)
    except OSError as error:
        refused = Refused("unreadable", reason=_reason(error))
    if refused is not None:
        os.close(descriptor)
        return refused
    return descriptor


def _judge(status: os.stat_result, limit: int) -> Refused | None:
    if stat.S_ISDIR(status.st_mode):
        return Refused("unreadable", reason=os.strerror(errno.EISDIR))
    if not stat.S_ISREG(status.st_mode):
        return Refused("not-regular")
    if status.st_size > limit:
        return Refused("too-large", size=status.st_size)
    return None


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
