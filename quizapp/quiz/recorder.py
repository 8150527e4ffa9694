"""Where a running quiz sends what must be stored the moment it happens.

The quiz page talks to this protocol only; the store implements it over the
database (``quizapp.store.recorder.SqlRecorder``) and tests use an in-memory
one. Every method commits before it returns: an answer is stored the moment
it is given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from quizapp.quiz.session import AnswerEvent


class AttemptRecorder(Protocol):
    def record_answer(self, event: AnswerEvent) -> None:
        """Append one answer to the attempt's log (idempotent by answer id)."""

    def set_current(self, question_id: str, shown_at: datetime) -> None:
        """Remember which question is on screen, and since when (its clock survives a restart)."""

    def set_flagged(self, question_ids: Sequence[str]) -> None:
        """Remember which questions are flagged for review (all of them, each time)."""

    def note_open(self, at: datetime) -> None:
        """Remember that the attempt was still open at ``at`` (its timeline), for a resume."""

    def finish(self, end_reason: str, finished_at: datetime) -> None:
        """Mark the attempt finished (an :class:`~quizapp.quiz.ending.EndReason` value)."""
