"""A database made by the first schema revision upgrades with every attempt and answer readable.

``tests/fixtures/schema-0001.db`` was made by revision 0001 and filled the way
that release stored its rows (``tests/fixtures/make_schema_0001.py``). Each test
upgrades a copy to the newest revision with the app's own ``open_database`` and
reads it back through the store, comparing with the fixture's raw rows.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import PastAnswer, QuizSession
from quizapp.service.app import QuizService
from quizapp.service.types import iso_utc
from quizapp.store.attempts import (
    attempt_answers,
    attempt_bank,
    attempt_score,
    get_attempt,
    latest_stored_instant,
    unfinished_attempts,
)
from quizapp.store.db import SCHEMA_REVISION, current_revision, open_database, sqlite_url

FIXTURE = Path(__file__).parents[1] / "fixtures" / "schema-0001.db"
IN_PROGRESS = "0001cccc-0000-4000-8000-000000000003"


def raw(sql: str) -> list[sqlite3.Row]:
    """Rows of the committed fixture itself, read without the app (and never written)."""
    connection = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


RAW_ANSWERS = "SELECT * FROM answers ORDER BY attempt_id, seq"


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[Engine]:
    path = tmp_path / "quizapp.db"
    shutil.copyfile(FIXTURE, path)
    engine = open_database(sqlite_url(path))
    yield engine
    engine.dispose()


def test_the_fixture_is_a_first_revision_database_with_data() -> None:
    assert [tuple(r) for r in raw("SELECT version_num FROM alembic_version")] == [("0001",)]
    assert len(raw("SELECT id FROM attempts")) == 3
    assert len(raw(RAW_ANSWERS)) == 9


def test_it_upgrades_to_the_newest_revision_intact(upgraded: Engine) -> None:
    with upgraded.connect() as connection:
        assert current_revision(connection) == SCHEMA_REVISION
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []


def test_every_attempt_and_answer_is_in_the_history(upgraded: Engine) -> None:
    history = [record.to_json() for record in QuizService(upgraded, FakeClock()).history()]

    attempts = {r["id"]: r for r in raw("SELECT * FROM attempts")}
    assert {a["id"] for a in history} == set(attempts)
    for attempt in history:
        row = attempts[attempt["id"]]
        assert (attempt["status"], attempt["end_reason"]) == (row["status"], row["end_reason"])
        assert attempt["mode"] == "exam"  # attempts made before modes were exams
        assert attempt["started_at"] == iso_utc(utc(row["started_at"]))
    logged = [(a["id"], answer) for a in history for answer in a["answers"]]
    expected = {r["id"]: r for r in raw(RAW_ANSWERS)}
    assert len(logged) == len(expected)
    for attempt_id, answer in logged:
        row = expected[answer["id"]]
        assert row["attempt_id"] == attempt_id
        assert answer == {
            "id": row["id"],
            "question": row["question_id"],
            "response": json.loads(row["response"]),
            "points": row["points"],
            "possible": row["possible"],
            "shown_at": iso_utc(utc(row["shown_at"])),
            "answered_at": iso_utc(utc(row["answered_at"])),
        }


def test_every_answer_reads_back_with_the_question_it_was_graded_against(
    upgraded: Engine,
) -> None:
    by_attempt: dict[str, list[Any]] = {}
    for row in raw(RAW_ANSWERS):
        by_attempt.setdefault(row["attempt_id"], []).append(row)

    with Session(upgraded) as session:
        for attempt_id, rows in by_attempt.items():
            answers = attempt_answers(session=session, attempt_id=attempt_id)
            assert [(a.id, a.seq, a.question_id, a.content_hash, a.response) for a in answers] == [
                (r["id"], r["seq"], r["question_id"], r["content_hash"], json.loads(r["response"]))
                for r in rows
            ]
            assert [a.question.id for a in answers] == [r["question_id"] for r in rows]
            assert [(a.shown_at, a.answered_at) for a in answers] == [
                (utc(r["shown_at"]), utc(r["answered_at"])) for r in rows
            ]


def test_scores_count_the_latest_answers_as_before(upgraded: Engine) -> None:
    with Session(upgraded) as session:
        changed = attempt_score(session=session, attempt_id="0001aaaa-0000-4000-8000-000000000001")
        timed_out = attempt_score(
            session=session, attempt_id="0001bbbb-0000-4000-8000-000000000002"
        )

    # Mars (changed from Venus) 1, Jupiter alone 1 of 2, the Moon 1, " mercury " 1.
    assert (changed.points, changed.possible) == (4.0, 5.0)
    assert (timed_out.points, timed_out.possible) == (1.0, 5.0)


def test_the_unfinished_attempt_resumes_where_it_stopped(upgraded: Engine) -> None:
    row = raw(f"SELECT * FROM attempts WHERE id = '{IN_PROGRESS}'")[0]
    started = utc(row["started_at"])
    with Session(upgraded) as session:
        (attempt,) = unfinished_attempts(session=session, profile_id=1)
        assert attempt.id == IN_PROGRESS
        assert (attempt.flagged, attempt.last_opened_at, attempt.clock_setbacks) == ([], None, 0)
        assert latest_stored_instant(session=session, attempt_id=IN_PROGRESS) == started + (
            timedelta(seconds=45)
        )
        quiz = QuizSession.resume(
            attempt_bank(IN_PROGRESS, session=session),
            attempt_id=attempt.id,
            seed=attempt.seed,
            question_ids=attempt.question_order,
            started_at=attempt.started_at,
            deadline=attempt.deadline,
            answers=[
                PastAnswer(a.id, a.question_id, a.response, a.shown_at, a.answered_at)
                for a in attempt_answers(session=session, attempt_id=IN_PROGRESS)
            ],
            current_question_id=attempt.current_question_id,
            current_shown_at=attempt.current_shown_at,
            clock=FakeClock(started + timedelta(seconds=50)),
            flagged=attempt.flagged,
            last_opened_at=attempt.last_opened_at,
        )
        assert get_attempt(IN_PROGRESS, session=session).status == "in_progress"

    assert quiz.current.question.id == "moon"
    assert [quiz.answer_for(i) for i in range(4)] == ["Mars", ["Jupiter", "Saturn"], None, None]
    assert quiz.remaining() == 600 - 50
    assert not quiz.clock_set_back


def test_old_attempts_review_without_stored_pictures_and_new_ones_keep_theirs(
    upgraded: Engine, tmp_path: Path
) -> None:
    from tests.service.test_pictures import ORIGINAL, pictured_bank
    from tests.store.helpers import write_bank

    service = QuizService(upgraded, FakeClock())
    old = service.past_attempt("0001aaaa-0000-4000-8000-000000000001")
    assert [q.picture for q in old.questions] == [None] * len(old.questions)

    library = tmp_path / "library"
    library.mkdir()
    (library / "pic.png").write_bytes(ORIGINAL)
    write_bank(library / "pics.yaml", pictured_bank({"q1": "What is it?"}))
    service.sync_library([library])
    profile = service.enter_profile("Ana").profile
    assert profile.id is not None
    attempt = service.start_attempt(profile.id, "pics", seed=1).attempt_id
    (library / "pic.png").unlink()

    assert [q.picture for q in service.past_attempt(attempt).questions] == [ORIGINAL]
