"""A bank's item statistics through the service: which attempts and answers count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.errors import UnknownBankError
from quizapp.store.attempts import finish_attempt, record_answer, start_attempt
from quizapp.store.db import session_scope
from quizapp.store.library import import_paths, load_stored_bank, sync_library
from quizapp.store.profiles import get_or_create_profile
from tests.store.helpers import bank_yaml, write_bank

QUESTIONS = ["q1", "q2"]
STATS_KEYS = {
    "bank",
    "attempts",
    "mean",
    "median",
    "standard_deviation",
    "skewness",
    "kurtosis",
    "cronbach_alpha",
    "error_ratio",
    "standard_error",
    "questions",
}
QUESTION_KEYS = {
    "id",
    "attempts",
    "facility_index",
    "standard_deviation",
    "discrimination_index",
    "discriminative_efficiency",
    "mean_time_s",
    "common_wrong_answers",
}


def play(
    engine: Engine,
    clock: FakeClock,
    name: str,
    answers: dict[str, list[str]],
    *,
    finish: bool = True,
) -> str:
    """One attempt at "solar" by ``name``: each question's responses in turn (the last counts)."""
    with session_scope(engine) as session:
        profile_id = get_or_create_profile(name, session=session, now=clock.now()).id
        assert profile_id is not None
        bank = load_stored_bank("solar", session=session)
        attempt_id = f"{name}-{clock.now().isoformat()}"
        start_attempt(
            session=session,
            attempt_id=attempt_id,
            profile_id=profile_id,
            bank_id="solar",
            seed=1,
            question_ids=QUESTIONS,
            started_at=clock.now(),
            deadline=None,
        )
        for question_id, responses in answers.items():
            for n, response in enumerate(responses):
                shown_at = clock.now()
                clock.advance(10)
                record_answer(
                    session=session,
                    answer_id=f"{attempt_id}-{question_id}-{n}",
                    attempt_id=attempt_id,
                    question=bank.question(question_id),
                    response=response,
                    points=1.0 if response == "right" else 0.0,
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
    clock.advance(3600)
    return attempt_id


@pytest.fixture
def service(engine: Engine, library: Path, clock: FakeClock) -> QuizService:
    write_bank(library / "solar.yaml", bank_yaml("solar", QUESTIONS))
    import_paths(engine, [str(library)], now=clock.now())
    return QuizService(engine, clock)


@pytest.fixture
def played(engine: Engine, clock: FakeClock, service: QuizService) -> None:
    """Ana twice (0 of 2, then 2 of 2); Budi 1 of 2, leaving q2 unanswered; Citra unfinished."""
    play(engine, clock, "Ana", {"q1": ["wrong"], "q2": ["wrong"]})
    play(engine, clock, "Budi", {"q1": ["wrong", "right"]})
    play(engine, clock, "Ana", {"q1": ["right"], "q2": ["right"]})
    play(engine, clock, "Citra", {"q1": ["right"], "q2": ["right"]}, finish=False)


@pytest.mark.usefixtures("played")
def test_each_profiles_first_finished_attempt_counts(service: QuizService) -> None:
    stats = service.bank_statistics("solar")

    # Ana 0% and Budi 50%; Ana's second attempt and Citra's unfinished one do not count.
    assert (stats.test.attempts, stats.test.mean, stats.test.median) == (2, 25, 25)
    q1, q2 = stats.questions
    assert (q1.id, q1.attempts, q1.facility_index) == ("q1", 2, 50)  # Budi's latest answer
    assert q1.mean_time_s == 10  # the answer that counts, not the whole log
    assert [(w.response, w.count) for w in q1.common_wrong_answers] == [("wrong", 1)]
    assert (q2.attempts, q2.facility_index) == (2, 0)  # unanswered by Budi: 0 of 1
    assert q2.mean_time_s == 10  # only Ana answered it
    assert stats.all_attempts is False


@pytest.mark.usefixtures("played")
def test_all_finished_attempts_on_request(service: QuizService) -> None:
    stats = service.bank_statistics("solar", all_attempts=True)

    assert stats.test.attempts == 3
    assert stats.test.mean == pytest.approx(50)  # 0, 50 and 100
    assert stats.questions[1].facility_index == pytest.approx(100 / 3)


@pytest.mark.usefixtures("played")
def test_json_has_exactly_the_documented_keys(service: QuizService) -> None:
    data = service.bank_statistics("solar", all_attempts=True).to_json()

    assert set(data) == STATS_KEYS
    assert data["bank"] == "solar"
    assert all(set(q) == QUESTION_KEYS for q in data["questions"])
    assert data["questions"][0]["common_wrong_answers"] == [{"response": "wrong", "count": 1}]
    assert data["cronbach_alpha"] is not None
    assert json.loads(json.dumps(data)) == data


def test_a_bank_without_attempts(service: QuizService) -> None:
    data = service.bank_statistics("solar").to_json()

    assert data["attempts"] == 0
    assert data["mean"] is None
    assert [(q["id"], q["attempts"], q["facility_index"]) for q in data["questions"]] == [
        ("q1", 0, None),
        ("q2", 0, None),
    ]


def test_an_unknown_bank_is_a_service_error(service: QuizService) -> None:
    with pytest.raises(UnknownBankError, match="no bank 'nothing' is stored"):
        service.bank_statistics("nothing")


@pytest.mark.usefixtures("played")
def test_a_question_removed_from_the_file_is_still_counted_and_listed_last(
    engine: Engine, library: Path, clock: FakeClock, service: QuizService
) -> None:
    write_bank(library / "solar.yaml", bank_yaml("solar", ["q0", "q1"]))
    import_paths(engine, [str(library)], now=clock.now())

    stats = service.bank_statistics("solar")

    assert [(q.id, q.attempts) for q in stats.questions] == [("q0", 0), ("q1", 2), ("q2", 2)]


@pytest.mark.usefixtures("played")
def test_a_bank_whose_file_is_gone_keeps_its_statistics(
    engine: Engine, library: Path, clock: FakeClock, service: QuizService
) -> None:
    (library / "solar.yaml").unlink()
    sync_library(engine, [library], now=clock.now())
    assert service.library() == []  # hidden from the library

    assert service.bank_statistics("solar").test.attempts == 2
