"""The rows of a profile's progress at a bank, for ``quizapp.stats.progress``.

Three indexed reads: the counted attempts (``ix_attempts_profile_id_bank_id``),
their answers (the ``(attempt_id, seq)`` unique index) and the question
versions they drew or answered (by primary key), whose stored JSON gives each
question's tags and points as the attempt saw them.

Which attempts count is decided in :func:`counted_attempts` alone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session

from quizapp.bank.model import settings_from_dict
from quizapp.learn.modes import Mode
from quizapp.stats.progress import AttemptResults, QuestionResult
from quizapp.store.attempts import ANSWERS, latest_by_question
from quizapp.store.db import seconds_between
from quizapp.store.tables import AttemptStatus, metadata
from quizapp.store.versions import VERSIONS

ATTEMPTS = metadata.tables["attempts"]
BANKS = metadata.tables["banks"]
_DEFAULT_POINTS = 1.0  # the format's default, for a version stored without its points


def counted_attempts(profile_id: int) -> Select[Any]:
    """The profile's attempts that the charts count: every finished exam.

    The one place that says so: practice, review and the mistakes drill are left
    out here, for the charts and their bank list alike.
    """
    return select(ATTEMPTS).where(
        ATTEMPTS.c.profile_id == profile_id,
        ATTEMPTS.c.status == AttemptStatus.FINISHED.value,
        ATTEMPTS.c.mode == Mode.EXAM.value,
    )


def progress_attempts(*, session: Session, profile_id: int, bank_id: str) -> list[AttemptResults]:
    """Each counted attempt of the profile at the bank, with every question it drew."""
    connection = session.connection()
    counted = counted_attempts(profile_id).where(ATTEMPTS.c.bank_id == bank_id).subquery()
    attempts = connection.execute(
        select(
            counted.c.id,
            counted.c.started_at,
            counted.c.finished_at,
            counted.c.total_points,
            counted.c.settings,
            counted.c.question_order,
            counted.c.question_hashes,
        ).order_by(counted.c.started_at, counted.c.id)
    ).all()
    if not attempts:
        return []
    answers = connection.execute(
        select(
            ANSWERS.c.attempt_id,
            ANSWERS.c.question_id,
            ANSWERS.c.content_hash,
            ANSWERS.c.points,
            ANSWERS.c.possible,
            seconds_between(
                ANSWERS.c.shown_at, ANSWERS.c.answered_at, connection.dialect.name
            ).label("seconds"),
        )
        .join(counted, counted.c.id == ANSWERS.c.attempt_id)
        .order_by(ANSWERS.c.attempt_id, ANSWERS.c.seq)
    ).all()
    log: dict[str, list[Any]] = defaultdict(list)
    for answer in answers:
        log[answer.attempt_id].append(answer)
    latest = {attempt.id: latest_by_question(log[attempt.id]) for attempt in attempts}
    hashes = {answer.content_hash for answer in answers}
    for attempt in attempts:
        hashes.update(attempt.question_hashes)
    versions = _versions(session, hashes)
    return [_attempt_results(attempt, latest[attempt.id], versions) for attempt in attempts]


def _attempt_results(
    attempt: Any, latest: dict[str, Any], versions: dict[str, tuple[tuple[str, ...], float]]
) -> AttemptResults:
    questions = []
    for question_id, drawn_hash in zip(
        attempt.question_order, attempt.question_hashes, strict=True
    ):
        answer = latest.get(question_id)
        if answer is None:
            tags, points = versions.get(drawn_hash, ((), _DEFAULT_POINTS))
            questions.append(QuestionResult(question_id, tags, 0.0, points))
            continue
        tags, _points = versions.get(answer.content_hash, ((), 0.0))
        questions.append(
            QuestionResult(
                question_id,
                tags,
                float(answer.points),
                float(answer.possible),
                None if answer.seconds is None else max(0.0, float(answer.seconds)),
            )
        )
    return AttemptResults(
        attempt_id=attempt.id,
        finished_at=attempt.finished_at or attempt.started_at,
        total_points=float(attempt.total_points),
        pass_mark=settings_from_dict(attempt.settings).pass_mark,
        questions=tuple(questions),
    )


def _versions(session: Session, hashes: set[str]) -> dict[str, tuple[tuple[str, ...], float]]:
    """(tags, points) of each stored question version among ``hashes``."""
    if not hashes:
        return {}
    rows = session.connection().execute(
        select(VERSIONS.c.content_hash, VERSIONS.c.data).where(VERSIONS.c.content_hash.in_(hashes))
    )
    versions = {}
    for row in rows:
        data = json.loads(row.data)
        tags = tuple(str(tag) for tag in data.get("tags") or ())
        versions[row.content_hash] = (tags, float(data.get("points", _DEFAULT_POINTS)))
    return versions


def progress_banks(*, session: Session, profile_id: int) -> list[tuple[str, str]]:
    """The banks the profile has counted attempts at, as (id, title), by title."""
    counted = counted_attempts(profile_id).subquery()
    statement = (
        select(BANKS.c.id, BANKS.c.title)
        .where(BANKS.c.id.in_(select(counted.c.bank_id)))
        .order_by(func.lower(BANKS.c.title), BANKS.c.id)
    )
    return [(row.id, row.title) for row in session.connection().execute(statement)]
