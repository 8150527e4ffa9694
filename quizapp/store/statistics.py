"""The answers that count for a bank's item statistics, as rows for ``quizapp.stats.items``.

Only finished exam attempts count (study answers are the student's own
practice). By default each profile's first finished attempt at the bank
(earliest started), as Moodle does for a quiz graded on the first attempt;
with ``all_attempts`` every finished attempt, each taken as if by a
different student. In each counted attempt every drawn question gives one
row: the latest answer to it, or 0 points when it was never answered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, Text, cast, func, select
from sqlmodel import Session

from quizapp.learn.modes import Mode
from quizapp.stats.items import ItemRow
from quizapp.store.attempts import ANSWERS, QUESTIONS
from quizapp.store.db import seconds_between
from quizapp.store.library import UnknownBankError
from quizapp.store.tables import AttemptStatus, StoredBank, metadata
from quizapp.store.versions import VERSIONS

ATTEMPTS = metadata.tables["attempts"]
_IDS_PER_QUERY = 500  # well under the bound parameters SQLite allows in one statement
_DEFAULT_POINTS = 1.0  # the format's default, for a version stored without its points


@dataclass(frozen=True)
class BankAnswers:
    bank_id: str
    title: str
    question_ids: list[str]  # the bank's active questions, in file order
    rows: list[ItemRow]


def bank_answers(*, session: Session, bank_id: str, all_attempts: bool = False) -> BankAnswers:
    """The rows of the counted attempts at the bank; UnknownBankError when none is stored."""
    bank = session.get(StoredBank, bank_id)
    if bank is None:
        raise UnknownBankError(bank_id)
    connection = session.connection()
    counted = _counted_attempts(bank_id, all_attempts).subquery()
    in_order = select(counted.c.id, counted.c.question_order, counted.c.question_hashes).order_by(
        counted.c.started_at, counted.c.id
    )
    attempts = list(connection.execute(in_order))
    answers = select(
        ANSWERS.c.attempt_id,
        ANSWERS.c.question_id,
        ANSWERS.c.points,
        ANSWERS.c.possible,
        # Read as text and decoded only for the wrong answers, the only ones listed.
        cast(ANSWERS.c.response, Text).label("response_json"),
        # Worked out in SQL: a million stored instants made into datetimes cost seconds.
        seconds_between(ANSWERS.c.shown_at, ANSWERS.c.answered_at, connection.dialect.name).label(
            "seconds"
        ),
        VERSIONS.c.type,
        ANSWERS.c.seq,
    ).join(VERSIONS, VERSIONS.c.content_hash == ANSWERS.c.content_hash)
    if all_attempts:  # the counted attempts are a plain filter: joined in the same pass
        answers = answers.join(counted, counted.c.id == ANSWERS.c.attempt_id)
        found = connection.execute(answers).all()
    else:  # asked by id, so that the ranking of every attempt is not worked out again
        ids = [attempt.id for attempt in attempts]
        found = []
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = answers.where(ANSWERS.c.attempt_id.in_(ids[start : start + _IDS_PER_QUERY]))
            found += connection.execute(chunk).all()
    rows = _counted_rows(session, attempts, _latest_answers(found))
    return BankAnswers(bank_id, bank.title, _question_order(session, bank_id), rows)


def _counted_attempts(bank_id: str, all_attempts: bool) -> Select[Any]:
    finished = select(
        ATTEMPTS.c.id,
        ATTEMPTS.c.started_at,
        ATTEMPTS.c.question_order,
        ATTEMPTS.c.question_hashes,
    ).where(
        ATTEMPTS.c.bank_id == bank_id,
        ATTEMPTS.c.status == AttemptStatus.FINISHED.value,
        ATTEMPTS.c.mode == Mode.EXAM.value,
    )
    if all_attempts:
        return finished
    rank = (
        func.row_number()
        .over(
            partition_by=ATTEMPTS.c.profile_id,
            order_by=(ATTEMPTS.c.started_at, ATTEMPTS.c.id),
        )
        .label("rank")
    )
    ranked = finished.add_columns(rank).subquery()
    return select(
        ranked.c.id, ranked.c.started_at, ranked.c.question_order, ranked.c.question_hashes
    ).where(ranked.c.rank == 1)


def _latest_answers(answers: Iterable[Any]) -> dict[tuple[str, str], tuple[Any, ...]]:
    """The latest answer per (attempt, question), the one with the highest seq (the last column).

    Picked here rather than by an ORDER BY: sorting a million answers costs SQLite more.
    """
    latest: dict[tuple[str, str], tuple[Any, ...]] = {}
    for answer in answers:
        key = answer[0], answer[1]
        kept = latest.get(key)
        if kept is None or kept[-1] < answer[-1]:
            latest[key] = answer
    return latest


def _counted_rows(
    session: Session, attempts: Sequence[Any], latest: dict[tuple[str, str], tuple[Any, ...]]
) -> list[ItemRow]:
    rows: list[ItemRow] = []
    unanswered: list[tuple[int, str, str, str]] = []  # (row index, attempt, question, hash)
    decoded: dict[str, Any] = {}  # wrong responses are few distinct texts: each decoded once
    for attempt in attempts:
        attempt_id = attempt.id
        for question_id, content_hash in zip(
            attempt.question_order, attempt.question_hashes, strict=True
        ):
            answer = latest.get((attempt_id, question_id))
            if answer is None:
                unanswered.append((len(rows), attempt_id, question_id, content_hash))
                rows.append(ItemRow(attempt_id, question_id, 0.0, 0.0))  # filled in below
                continue
            _, _, points, possible, response_json, seconds, kind, _ = answer
            response = None
            if points < possible:
                response = decoded.get(response_json)
                if response is None:
                    response = decoded[response_json] = json.loads(response_json)
            rows.append(ItemRow(attempt_id, question_id, points, possible, response, seconds, kind))
    versions = _unanswered_versions(session, {content_hash for *_, content_hash in unanswered})
    for index, attempt_id, question_id, content_hash in unanswered:
        kind, points = versions[content_hash]
        rows[index] = ItemRow(attempt_id, question_id, 0.0, points, question_type=kind)
    return rows


def _unanswered_versions(session: Session, hashes: set[str]) -> dict[str, tuple[str, float]]:
    """(type, points) of the drawn question versions some counted attempt left unanswered."""
    if not hashes:
        return {}
    versions = session.connection().execute(
        select(VERSIONS.c.content_hash, VERSIONS.c.type, VERSIONS.c.data).where(
            VERSIONS.c.content_hash.in_(hashes)
        )
    )
    return {
        v.content_hash: (v.type, float(json.loads(v.data).get("points", _DEFAULT_POINTS)))
        for v in versions
    }


def _question_order(session: Session, bank_id: str) -> list[str]:
    statement = (
        select(QUESTIONS.c.question_id)
        .where(QUESTIONS.c.bank_id == bank_id, QUESTIONS.c.active)
        .order_by(QUESTIONS.c.position)
    )
    return list(session.connection().execute(statement).scalars())
