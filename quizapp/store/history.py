"""The attempts made, newest first, in the JSON shape ``quizapp history --json`` prints.

Times are ISO 8601 in UTC with a ``Z`` and milliseconds
(``2026-01-05T09:00:00.000Z``), or null.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlmodel import Session

from quizapp.store.attempts import ANSWERS, latest_by_question, score_of
from quizapp.store.profiles import profile_key
from quizapp.store.tables import AttemptStatus, metadata

ATTEMPTS = metadata.tables["attempts"]
PROFILES = metadata.tables["profiles"]


def iso_utc(instant: datetime | None) -> str | None:
    if instant is None:
        return None
    text = instant.astimezone(UTC).isoformat(timespec="milliseconds")
    return text.removesuffix("+00:00") + "Z"


def list_attempts(
    *, session: Session, profile: str | None = None, bank: str | None = None
) -> list[dict[str, Any]]:
    """Every attempt (of this profile name, of this bank id), newest first, with its answers.

    ``score`` and ``possible`` count the latest answer per question; while an
    attempt is in progress ``possible`` is the answered questions' points,
    once finished all the drawn questions'. ``answers`` is the whole log.
    """
    connection = session.connection()
    attempts = connection.execute(_filtered(_attempt_columns(), profile, bank)).all()
    all_answers = select(ANSWERS).join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
    answers = connection.execute(
        _filtered(all_answers, profile, bank).order_by(ANSWERS.c.attempt_id, ANSWERS.c.seq)
    ).all()
    log: dict[str, list[Any]] = defaultdict(list)
    for answer in answers:
        log[answer.attempt_id].append(answer)
    return [_attempt_json(attempt, log[attempt.id]) for attempt in attempts]


def _attempt_columns() -> Select[Any]:
    return (
        select(ATTEMPTS, PROFILES.c.name.label("profile_name"))
        .join(PROFILES, PROFILES.c.id == ATTEMPTS.c.profile_id)
        .order_by(ATTEMPTS.c.started_at.desc(), ATTEMPTS.c.id)
    )


def _filtered(statement: Select[Any], profile: str | None, bank: str | None) -> Select[Any]:
    if profile is not None:
        profile_ids = select(PROFILES.c.id).where(PROFILES.c.name_key == profile_key(profile))
        statement = statement.where(ATTEMPTS.c.profile_id.in_(profile_ids))
    if bank is not None:
        statement = statement.where(ATTEMPTS.c.bank_id == bank)
    return statement


def _attempt_json(attempt: Any, answers: list[Any]) -> dict[str, Any]:
    latest = latest_by_question(answers)
    score = score_of(
        ((a.points, a.possible) for a in latest.values()),
        finished=attempt.status == AttemptStatus.FINISHED,
        total_points=attempt.total_points,
    )
    return {
        "id": attempt.id,
        "profile": attempt.profile_name,
        "bank": attempt.bank_id,
        "status": attempt.status,
        "end_reason": attempt.end_reason,
        "started_at": iso_utc(attempt.started_at),
        "finished_at": iso_utc(attempt.finished_at),
        "deadline": iso_utc(attempt.deadline),
        "score": score.points,
        "possible": score.possible,
        "answers": [_answer_json(a) for a in answers],
    }


def _answer_json(answer: Any) -> dict[str, Any]:
    return {
        "id": answer.id,
        "question": answer.question_id,
        "response": answer.response,
        "points": answer.points,
        "possible": answer.possible,
        "shown_at": iso_utc(answer.shown_at),
        "answered_at": iso_utc(answer.answered_at),
    }
