"""How a remaining time is shown: pure functions the UI repaints with.

Seconds are rounded *up*, so a countdown reads "0:01" until the very end and
"0:00" only once the time has run out.
"""

from __future__ import annotations

import math

WARNING_SECONDS = 10

# Stored instants have microsecond resolution; rounding to it first keeps
# float noise (59.0000000001) from showing as a whole extra second.
_RESOLUTION_DIGITS = 6


def whole_seconds_left(seconds: float) -> int:
    """``seconds`` rounded up to a whole second, never below zero."""
    return max(0, math.ceil(round(seconds, _RESOLUTION_DIGITS)))


def format_remaining(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from one hour on: 0.1 -> "0:01", 3600 -> "1:00:00"."""
    minutes, secs = divmod(whole_seconds_left(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def is_warning(seconds: float) -> bool:
    """True in the last ten seconds, i.e. while the display shows 0:10 or less."""
    return whole_seconds_left(seconds) <= WARNING_SECONDS
