"""History as ``quizapp history --json`` prints it (the service): shape, order, filters, log."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.store.attempts import finish_attempt, record_answer, start_attempt
from quizapp.store.db import session_scope
from quizapp.store.library import import_paths, load_stored_bank
from quizapp.store.profiles import get_or_create_profile
from tests.store.helpers import bank_yaml, write_bank

ATTEMPT_KEYS = {
    "id",
    "profile",
    "bank",
    "mode",
    "status",
    "end_reason",
    "started_at",
    "finished_at",
    "deadline",
    "score",
    "possible",
    "answers",
}
ANSWER_KEYS = {"id", "question", "response", "points", "possible", "shown_at", "answered_at"}


def list_attempts(
    engine: Engine, *, profile: str | None = None, bank: str | None = None
) -> list[dict[str, Any]]:
    """History through the service, in the JSON shape the command line prints."""
    service = QuizService(engine, FakeClock())
    return [record.to_json() for record in service.history(profile=profile, bank=bank)]


@pytest.fixture
def history(engine: Engine, library: Path, clock: FakeClock) -> None:
    """Ana finished solar (answering q1 twice); later Budi started moon and answered once."""
    for bank_id in ("solar", "moon"):
        write_bank(library / f"{bank_id}.yaml", bank_yaml(bank_id, ["q1", "q2"]))
    import_paths(engine, [str(library)], now=clock.now())
    play(engine, clock, "Ana", "solar", "11111111-1111-4111-8111-111111111111", [0, 1], finish=True)
    clock.advance(3600)
    play(engine, clock, "Budi", "moon", "22222222-2222-4222-8222-222222222222", [1], finish=False)


def play(
    engine: Engine,
    clock: FakeClock,
    name: str,
    bank_id: str,
    attempt_id: str,
    points: list[float],
    *,
    finish: bool,
) -> None:
    with session_scope(engine) as session:
        profile_id = get_or_create_profile(name, session=session, now=clock.now()).id
        assert profile_id is not None
        question = load_stored_bank(bank_id, session=session).question("q1")
        start_attempt(
            session=session,
            attempt_id=attempt_id,
            profile_id=profile_id,
            bank_id=bank_id,
            seed=1,
            question_ids=["q1", "q2"],
            started_at=clock.now(),
            deadline=clock.now() + timedelta(minutes=10) if finish else None,
        )
        for n, value in enumerate(points):
            shown_at = clock.now()
            clock.advance(10)
            record_answer(
                session=session,
                answer_id=f"{attempt_id}-{n}",
                attempt_id=attempt_id,
                question=question,
                response=["wrong", "right"][int(value)],
                points=value,
                possible=1,
                shown_at=shown_at,
                answered_at=clock.now(),
            )
        if finish:
            finish_attempt(
                session=session,
                attempt_id=attempt_id,
                finished_at=clock.now(),
                end_reason="submitted",
            )
            session.commit()


@pytest.mark.usefixtures("history")
def test_attempts_come_newest_first_in_the_documented_shape(engine: Engine) -> None:
    attempts = list_attempts(engine)

    assert [a["id"] for a in attempts] == [
        "22222222-2222-4222-8222-222222222222",
        "11111111-1111-4111-8111-111111111111",
    ]
    assert all(set(a) == ATTEMPT_KEYS for a in attempts)
    assert all(set(answer) == ANSWER_KEYS for a in attempts for answer in a["answers"])
    assert json.loads(json.dumps(attempts)) == attempts  # plain JSON, nothing else


@pytest.mark.usefixtures("history")
def test_a_finished_attempt(engine: Engine) -> None:
    (ana,) = list_attempts(engine, profile="Ana")

    assert ana == {
        "id": "11111111-1111-4111-8111-111111111111",
        "profile": "Ana",
        "bank": "solar",
        "mode": "exam",
        "status": "finished",
        "end_reason": "submitted",
        "started_at": "2026-01-05T09:00:00.000Z",
        "finished_at": "2026-01-05T09:00:20.000Z",
        "deadline": "2026-01-05T09:10:00.000Z",
        "score": 1.0,  # the latest answer to q1 counts
        "possible": 2.0,  # both drawn questions, once finished
        "answers": [  # the whole log, in order
            {
                "id": "11111111-1111-4111-8111-111111111111-0",
                "question": "q1",
                "response": "wrong",
                "points": 0.0,
                "possible": 1.0,
                "shown_at": "2026-01-05T09:00:00.000Z",
                "answered_at": "2026-01-05T09:00:10.000Z",
            },
            {
                "id": "11111111-1111-4111-8111-111111111111-1",
                "question": "q1",
                "response": "right",
                "points": 1.0,
                "possible": 1.0,
                "shown_at": "2026-01-05T09:00:10.000Z",
                "answered_at": "2026-01-05T09:00:20.000Z",
            },
        ],
    }


@pytest.mark.usefixtures("history")
def test_an_attempt_in_progress_scores_the_answers_so_far(engine: Engine) -> None:
    (budi,) = list_attempts(engine, bank="moon")

    assert (budi["status"], budi["end_reason"], budi["finished_at"], budi["deadline"]) == (
        "in_progress",
        None,
        None,
        None,
    )
    assert (budi["score"], budi["possible"]) == (1.0, 1.0)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("profile", "bank", "expected"),
    [
        ("ana", None, ["solar"]),  # a profile name in any case
        ("  BUDI ", None, ["moon"]),
        (None, "solar", ["solar"]),
        ("Ana", "moon", []),
        ("Nobody", None, []),
        (None, "no-such-bank", []),
    ],
)
def test_filters(
    engine: Engine, profile: str | None, bank: str | None, expected: list[str]
) -> None:
    attempts = list_attempts(engine, profile=profile, bank=bank)
    assert [a["bank"] for a in attempts] == expected


def test_no_attempts_at_all(engine: Engine) -> None:
    assert list_attempts(engine) == []


@pytest.fixture
def kiritimati(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock at UTC+14: Ana starts 23:00 on 5 January, Budi 00:00 on the 6th."""
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("history", "kiritimati")
@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (date(2026, 1, 6), None, ["moon"]),
        (None, date(2026, 1, 5), ["solar"]),
        (date(2026, 1, 5), date(2026, 1, 6), ["moon", "solar"]),  # both days included
        (date(2026, 1, 7), None, []),
        (None, date(2026, 1, 4), []),
    ],
)
def test_dates_are_this_computers_days(
    engine: Engine, since: date | None, until: date | None, expected: list[str]
) -> None:
    service = QuizService(engine, FakeClock())
    attempts = service.history(since=since, until=until)
    assert [a.bank for a in attempts] == expected
