"""How an attempt ended: one vocabulary for the session, the store and the CLI."""

from __future__ import annotations

from enum import StrEnum


class EndReason(StrEnum):
    SUBMITTED = "submitted"
    TIME_UP = "time_up"
    ENDED_AFTER_INTERRUPTION = "ended_after_interruption"
