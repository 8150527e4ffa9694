"""How an attempt ended: one vocabulary for the session, the store and the CLI."""

from __future__ import annotations

from enum import StrEnum


class EndReason(StrEnum):
    SUBMITTED = "submitted"
    TIME_UP = "time_up"  # the whole quiz's own deadline passed
    QUESTION_TIME_UP = "question_time_up"  # the last question's own time ran out
    ENDED_AFTER_INTERRUPTION = "ended_after_interruption"
