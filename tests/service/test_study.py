"""Every answer reviews its study card: due counts, mastery, and banks that change."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import Engine

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.quiz_run import QuizRun
from quizapp.store import cards
from quizapp.store.db import session_scope
from tests.store.helpers import bank_yaml, write_bank

ZONE = UTC


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


@pytest.fixture
def ana(service: QuizService, library: Path) -> int:
    write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", "q2", "q3"]))
    service.sync_library([library])
    return service.enter_profile("Ana").profile.id


def answer_all(
    service: QuizService, clock: FakeClock, profile_id: int, right: set[str], seconds: float = 12
) -> QuizRun:
    prepared = service.start_attempt(profile_id, "solar", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        run.go_to(index)
        clock.advance(seconds)
        run.submit("right" if presented.question.id in right else "wrong")
    run.finish()
    return run


def test_answers_become_cards_and_a_known_question_moves_out_of_today(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    assert service.due(ana, ZONE) == []

    answer_all(service, clock, ana, right={"q1", "q2"})
    (first,) = service.due(ana, ZONE)
    assert (first.bank_id, first.cards, first.due) == ("solar", 3, 3)  # all still learning

    clock.advance(15 * 60)  # past the first learning step
    answer_all(service, clock, ana, right={"q1", "q2"})

    (second,) = service.due(ana, ZONE)
    assert (second.cards, second.due) == (3, 1)  # only the one answered wrong twice
    assert second.mastery == pytest.approx(200 / 3)
    assert second.to_json() == {"bank": "solar", "due": 1, "cards": 3, "mastery": 66.6667}


def test_the_stored_schedule_equals_the_one_worked_out_again_from_the_log(
    service: QuizService, clock: FakeClock, ana: int, engine: Engine
) -> None:
    for right in ({"q1"}, {"q1", "q2"}, {"q2"}, {"q1", "q2", "q3"}):
        answer_all(service, clock, ana, right=right, seconds=4)
        clock.advance(3 * 24 * 3600)

    with session_scope(engine) as session:
        for question in ("q1", "q2", "q3"):
            stored = cards.card_state(session, ana, "solar", question)
            assert stored is not None
            assert cards.replay_card(session, ana, "solar", question) == stored


def test_an_answer_sent_twice_is_one_review(
    service: QuizService, clock: FakeClock, ana: int, engine: Engine
) -> None:
    prepared = service.start_attempt(ana, "solar", seed=1)
    recorder = service.recorder(prepared.attempt_id)
    event = prepared.session.submit("right")
    recorder.record_answer(event)
    recorder.record_answer(event)  # a retry after a hiccup

    with session_scope(engine) as session:
        card = cards.card_state(session, ana, "solar", event.question_id)
        count = session.connection().execute(cards.REVIEWS.select()).all()
    assert card is not None
    assert len(count) == 1


def test_changed_removed_and_hidden_questions(
    service: QuizService, clock: FakeClock, ana: int, library: Path
) -> None:
    answer_all(service, clock, ana, right={"q1", "q2", "q3"})
    clock.advance(15 * 60)
    answer_all(service, clock, ana, right={"q1", "q2", "q3"})
    (known,) = service.due(ana, ZONE)
    assert (known.cards, known.due) == (3, 0)

    # The teacher rewrites q1 and takes q3 out: q1 is due again, q3 is set aside.
    path = write_bank(library / "solar.yaml", bank_yaml("solar", [("q1", "another"), "q2"]))
    service.sync_library([library])
    (changed,) = service.due(ana, ZONE)
    assert (changed.cards, changed.due) == (2, 1)

    path.unlink()  # the bank leaves the library: its cards with it
    service.sync_library([library])
    assert service.due(ana, ZONE) == []

    write_bank(path, bank_yaml("solar", ["q1", "q2", "q3"]))  # and comes back, q3 too
    service.sync_library([library])
    (back,) = service.due(ana, ZONE)
    assert (back.cards, back.due) == (3, 0)
