"""The one source of time: two readings, injected wherever time matters.

``monotonic()`` measures within a run; ``now()`` is an aware UTC instant for
what is stored. Tests pass a :class:`FakeClock` and move it by hand, so no
test ever sleeps.

The system clock's ``monotonic()`` keeps counting while the computer is
suspended (``CLOCK_BOOTTIME`` on Linux), so closing a laptop's lid does not
pause a quiz's countdown; where that clock is missing it is ``time.monotonic``.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class SystemClock:
    def monotonic(self) -> float:
        boottime: int | None = getattr(time, "CLOCK_BOOTTIME", None)  # Linux only
        if boottime is None:
            return time.monotonic()
        return time.clock_gettime(boottime)

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when told to; both readings move together."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        self._mono = monotonic_start

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._now += timedelta(seconds=seconds)

    def set_wall(self, instant: datetime) -> None:
        """Set the wall clock only, as a user (or NTP) setting it: monotonic time runs on."""
        self._now = instant
