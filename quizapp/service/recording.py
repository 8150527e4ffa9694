"""The store's side of a running quiz: :class:`quizapp.quiz.recorder.AttemptRecorder`.

Each call is one short transaction (:func:`quizapp.store.db.session_scope`),
committed before it returns, so an answer is on disk the moment it is given
(SQLite in WAL mode makes this a millisecond or two; ``benchmarks/startup.py``
measures it). The desktop app calls it from its own writer thread
(``quizapp.ui.writer``), never from the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine
from sqlmodel import Session

from quizapp.bank.model import content_hash
from quizapp.store import attempts, cards, killpoints
from quizapp.store.db import session_scope

if TYPE_CHECKING:
    from quizapp.quiz.session import AnswerEvent


class StoreRecorder:
    """Records one attempt's answers, current question, flags and end in the store."""

    def __init__(self, engine: Engine, attempt_id: str) -> None:
        self._engine = engine
        self.attempt_id = attempt_id

    def record_answer(self, event: AnswerEvent) -> None:
        """Store the answer and, in the same transaction, review its study card."""
        with self._write("answer") as session:
            added = attempts.record_answer(
                session=session,
                answer_id=event.answer_id,
                attempt_id=self.attempt_id,
                question=event.question,
                response=event.response,
                points=event.grade.points,
                possible=event.grade.possible,
                shown_at=event.shown_at,
                answered_at=event.answered_at,
            )
            if added:
                cards.review_answer(
                    session=session,
                    attempt_id=self.attempt_id,
                    answer_id=event.answer_id,
                    question=event.question,
                    points=event.grade.points,
                    possible=event.grade.possible,
                    content_hash=content_hash(event.question),
                    shown_at=event.shown_at,
                    answered_at=event.answered_at,
                )

    def set_current(self, question_id: str, shown_at: datetime) -> None:
        with self._write("current") as session:
            attempts.set_current_question(
                session=session,
                attempt_id=self.attempt_id,
                question_id=question_id,
                shown_at=shown_at,
            )

    def set_flagged(self, question_ids: Sequence[str]) -> None:
        with self._write("flag") as session:
            attempts.set_flagged(
                session=session, attempt_id=self.attempt_id, question_ids=question_ids
            )

    def note_open(self, at: datetime) -> None:
        with self._write("open") as session:
            attempts.note_opened(
                session=session, attempt_id=self.attempt_id, opened_at=at, clock_set_back=False
            )

    def finish(self, end_reason: str, finished_at: datetime) -> None:
        with self._write("finish") as session:
            attempts.finish_attempt(
                session=session,
                attempt_id=self.attempt_id,
                finished_at=finished_at,
                end_reason=end_reason,
            )

    @contextmanager
    def _write(self, what: str) -> Iterator[Session]:
        """One transaction, with the crash trials' kill points before and after its commit."""
        with session_scope(self._engine) as session:
            yield session
            killpoints.reached(what + ".written")
        killpoints.reached(what + ".committed")
