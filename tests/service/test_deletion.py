"""Deleting a profile or an attempt: what goes is named first, the PIN guards it, all goes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.errors import UnknownProfileError, WrongPinError
from quizapp.service.quiz_run import QuizRun
from quizapp.store.library import import_paths
from tests.service.test_statistics import QUESTIONS, play
from tests.store.helpers import bank_yaml, write_bank


@pytest.fixture
def service(engine: Engine, library: Path, clock: FakeClock) -> QuizService:
    write_bank(library / "solar.yaml", bank_yaml("solar", QUESTIONS))
    import_paths(engine, [str(library)], now=clock.now())
    return QuizService(engine, clock)


def count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def test_a_profile_goes_with_its_attempts_answers_and_cards(
    service: QuizService, engine: Engine
) -> None:
    take(service, "Ana", {"q1": "wrong", "q2": "right"})
    take(service, "Ana", {"q1": "right"})
    take(service, "Budi", {"q1": "right", "q2": "right"})
    ana = service.profile_id("Ana")
    summary = service.profile_deletion(ana)
    assert (summary.name, summary.attempts, summary.answers) == ("Ana", 2, 3)

    service.delete_profile(ana)
    assert service.profile_names() == ["Budi"]
    assert {a.profile for a in service.history()} == {"Budi"}
    assert count(engine, "answers") == 2
    assert count(engine, "reviews") == 2
    assert count(engine, "cards") == 2
    assert service.bank_statistics("solar").test.attempts == 1
    with pytest.raises(UnknownProfileError):
        service.profile_deletion(ana)


def take(service: QuizService, name: str, answers: dict[str, str]) -> str:
    """An attempt through the service, so its answers are study reviews too."""
    profile = service.enter_profile(name).profile
    prepared = service.start_attempt(profile.id, "solar", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        if presented.question.id in answers:
            run.go_to(index)
            run.submit(answers[presented.question.id])
    run.finish()
    return prepared.attempt_id


def test_an_attempt_goes_and_its_cards_are_worked_out_again(
    service: QuizService, engine: Engine
) -> None:
    first = take(service, "Ana", {"q1": "wrong", "q2": "right"})
    take(service, "Ana", {"q1": "right"})
    take(service, "Budi", {"q2": "right"})
    with engine.connect() as connection:
        before = connection.execute(text("SELECT * FROM cards WHERE question_id = 'q1'")).one()
    assert before.reviews == 2
    summary = service.attempt_deletion(first)
    assert (summary.profile, summary.answers) == ("Ana", 2)

    service.delete_attempt(first)
    assert first not in {a.id for a in service.history()}
    assert len(service.history()) == 2
    with engine.connect() as connection:
        cards = connection.execute(
            text("SELECT profile_id, question_id, reviews FROM cards ORDER BY profile_id")
        ).all()
        reviews = connection.execute(text("SELECT count(*) FROM reviews")).scalar_one()
    ana, budi = service.profile_id("Ana"), service.profile_id("Budi")
    # Ana's q2 was answered only in the deleted attempt; Budi's card is not touched.
    assert [tuple(card) for card in cards] == [(ana, "q1", 1), (budi, "q2", 1)]
    assert reviews == 2


def test_with_a_pin_deleting_needs_it(
    service: QuizService, engine: Engine, clock: FakeClock
) -> None:
    attempt = play(engine, clock, "Ana", {"q1": ["wrong"]})
    service.set_pin("2468")
    ana = service.profile_id("Ana")
    with pytest.raises(WrongPinError):
        service.delete_attempt(attempt)
    with pytest.raises(WrongPinError):
        service.delete_profile(ana, pin="0000")
    assert len(service.history()) == 1
    service.delete_attempt(attempt, pin="2468")
    service.delete_profile(ana, pin="2468")
    assert service.profile_names() == []
