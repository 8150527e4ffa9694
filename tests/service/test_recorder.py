"""A real quiz session recorded through StoreRecorder, then resumed from the store."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import PastAnswer, QuizSession
from quizapp.service.recording import StoreRecorder
from quizapp.store.attempts import (
    attempt_answers,
    attempt_bank,
    attempt_score,
    get_attempt,
    start_attempt,
)
from quizapp.store.db import session_scope
from quizapp.store.library import import_paths, load_stored_bank
from quizapp.store.profiles import get_or_create_profile
from tests.store.helpers import bank_yaml, write_bank


def test_a_quiz_recorded_as_it_goes_resumes_where_it_stopped(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", "q2", "q3"]))
    import_paths(engine, [str(path)], now=clock.now())
    with session_scope(engine) as session:
        profile_id = get_or_create_profile("Ana", session=session, now=clock.now()).id
        assert profile_id is not None
        bank = load_stored_bank("solar", session=session)
        quiz = QuizSession.start(bank, attempt_id="attempt-1", seed=3, clock=clock)
        start_attempt(
            session=session,
            attempt_id=quiz.attempt_id,
            profile_id=profile_id,
            bank_id="solar",
            seed=quiz.seed,
            question_ids=quiz.question_ids,
            started_at=quiz.started_at,
            deadline=quiz.deadline,
        )
    recorder = StoreRecorder(engine, "attempt-1")
    recorder.set_current(quiz.shown.question_id, quiz.shown.shown_at)
    clock.advance(5)
    event = quiz.submit("right")
    recorder.record_answer(event)
    recorder.record_answer(event)  # sent again after a hiccup: stored once
    shown = quiz.next()
    recorder.set_current(shown.question_id, shown.shown_at)
    clock.advance(7)

    # The app stops here; later it resumes from the store alone.
    with Session(engine) as session:
        attempt = get_attempt("attempt-1", session=session)
        stored = attempt_answers(session=session, attempt_id="attempt-1")
        resumed = QuizSession.resume(
            attempt_bank("attempt-1", session=session),
            attempt_id=attempt.id,
            seed=attempt.seed,
            question_ids=attempt.question_order,
            started_at=attempt.started_at,
            deadline=attempt.deadline,
            answers=[
                PastAnswer(a.id, a.question_id, a.response, a.shown_at, a.answered_at)
                for a in stored
            ],
            current_question_id=attempt.current_question_id,
            current_shown_at=attempt.current_shown_at,
            clock=clock,
        )

    assert [a.id for a in stored] == [event.answer_id]
    assert resumed.question_ids == quiz.question_ids
    assert resumed.index == 1
    assert resumed.is_answered(0)

    resumed.finish()
    assert resumed.end_reason is not None
    assert resumed.finished_at is not None
    recorder.finish(resumed.end_reason.value, resumed.finished_at)
    with Session(engine) as session:
        score = attempt_score(session=session, attempt_id="attempt-1")
        assert get_attempt("attempt-1", session=session).end_reason == "submitted"
    assert (score.points, score.possible) == resumed.score()
