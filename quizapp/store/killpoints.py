"""Test-only kill points: SIGKILL this process at a named moment of a write.

The crash trials (``tests/reliability/test_crash.py``) start the real app with

    QUIZAPP_KILL_AT=answer.written:3

and the process kills itself, as a power cut would, the 3rd time it reaches
that point. A point is ``WRITE.STAGE``:

- ``WRITE``: ``answer``, ``flag``, ``current`` (the question on screen), ``open``
  (the attempt still open, every 30 s), ``finish`` (an attempt's end), ``sync``
  (one bank file stored by a library sync or an import) or ``class`` (one batch
  of events sent to a class database: ``written`` there, ``committed`` there and
  not yet marked sent here);
- ``STAGE``: ``written`` (the rows are written in the transaction, not yet
  committed) or ``committed`` (committed, not yet reported to the caller).

Several points may be given, comma-separated; the first one reached kills.
Unset, as always outside those trials, :func:`reached` is one dict lookup.
"""

from __future__ import annotations

import os
import signal
import threading

KILL_AT_ENV = "QUIZAPP_KILL_AT"
WRITES = ("answer", "flag", "current", "open", "finish", "sync", "class")
STAGES = ("written", "committed")


def parse(text: str) -> dict[str, int]:
    """``"answer.written:3,sync.committed:1"`` as {point: how many times to pass it}."""
    armed: dict[str, int] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        point, _, count = item.partition(":")
        write, _, stage = point.partition(".")
        if write not in WRITES or stage not in STAGES or not count.isdigit() or int(count) < 1:
            raise ValueError(f"{KILL_AT_ENV}: {item!r} is not WRITE.STAGE:N")
        armed[point] = int(count)
    return armed


_armed = parse(os.environ.get(KILL_AT_ENV, ""))
_lock = threading.Lock()


def reached(point: str) -> None:
    """Say that this process has reached ``point``; it dies here when the trial says so."""
    if point in _armed:
        _count(point)


def _count(point: str) -> None:
    with _lock:
        _armed[point] -= 1
        if _armed[point] > 0:
            return
    # SIGKILL where there is one: no handler, no flush, no cleanup.
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
