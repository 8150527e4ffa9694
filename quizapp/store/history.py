"""The attempts made, newest first, each with its whole answer log.

The service layer turns these rows into history's results and JSON; times
are the stored instants (aware UTC), scores the sums of the answers that count.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlmodel import Session

from quizapp.bank.model import settings_from_dict
from quizapp.stats.scoring import Score
from quizapp.store.attempts import ANSWERS, latest_by_question, score_of
from quizapp.store.profiles import profile_key
from quizapp.store.tables import AttemptStatus, metadata

ATTEMPTS = metadata.tables["attempts"]
PROFILES = metadata.tables["profiles"]


@dataclass(frozen=True)
class HistoryRow:
    """One attempt with its log; ``answers`` are the stored answer rows in the order given."""

    id: str
    profile: str
    bank: str
    status: str
    end_reason: str | None
    started_at: datetime
    finished_at: datetime | None
    deadline: datetime | None
    score: Score  # the latest answer per question, with the pass mark; see list_attempts
    answers: tuple[Any, ...]


def list_attempts(
    *,
    session: Session,
    profile: str | None = None,
    bank: str | None = None,
    started_from: datetime | None = None,
    started_before: datetime | None = None,
) -> list[HistoryRow]:
    """Every attempt (of this profile name, of this bank id), newest first, with its answers.

    ``started_from`` and ``started_before`` (aware instants) keep the attempts
    started at or after the first and before the second.

    ``score`` and ``possible`` count the latest answer per question; while an
    attempt is in progress ``possible`` is the answered questions' points,
    once finished all the drawn questions'. ``answers`` is the whole log.
    """
    connection = session.connection()
    where = _Filter(profile, bank, started_from, started_before)
    attempts = connection.execute(where.apply(_attempt_columns())).all()
    all_answers = select(ANSWERS).join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
    answers = connection.execute(
        where.apply(all_answers).order_by(ANSWERS.c.attempt_id, ANSWERS.c.seq)
    ).all()
    log: dict[str, list[Any]] = defaultdict(list)
    for answer in answers:
        log[answer.attempt_id].append(answer)
    return [_history_row(attempt, log[attempt.id]) for attempt in attempts]


def _attempt_columns() -> Select[Any]:
    return (
        select(ATTEMPTS, PROFILES.c.name.label("profile_name"))
        .join(PROFILES, PROFILES.c.id == ATTEMPTS.c.profile_id)
        .order_by(ATTEMPTS.c.started_at.desc(), ATTEMPTS.c.id)
    )


@dataclass(frozen=True)
class _Filter:
    profile: str | None
    bank: str | None
    started_from: datetime | None
    started_before: datetime | None

    def apply(self, statement: Select[Any]) -> Select[Any]:
        if self.profile is not None:
            key = profile_key(self.profile)
            profile_ids = select(PROFILES.c.id).where(PROFILES.c.name_key == key)
            statement = statement.where(ATTEMPTS.c.profile_id.in_(profile_ids))
        if self.bank is not None:
            statement = statement.where(ATTEMPTS.c.bank_id == self.bank)
        if self.started_from is not None:
            statement = statement.where(ATTEMPTS.c.started_at >= self.started_from)
        if self.started_before is not None:
            statement = statement.where(ATTEMPTS.c.started_at < self.started_before)
        return statement


def _history_row(attempt: Any, answers: list[Any]) -> HistoryRow:
    latest = latest_by_question(answers)
    score = score_of(
        ((a.points, a.possible) for a in latest.values()),
        finished=attempt.status == AttemptStatus.FINISHED,
        total_points=attempt.total_points,
        pass_mark=settings_from_dict(attempt.settings).pass_mark,
    )
    return HistoryRow(
        id=attempt.id,
        profile=attempt.profile_name,
        bank=attempt.bank_id,
        status=attempt.status,
        end_reason=attempt.end_reason,
        started_at=attempt.started_at,
        finished_at=attempt.finished_at,
        deadline=attempt.deadline,
        score=score,
        answers=tuple(answers),
    )
