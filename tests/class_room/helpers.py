"""A quiz taken on a desktop's own store, as the app records it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from quizapp.quiz.clock import FakeClock
from quizapp.quiz.ending import EndReason
from quizapp.quiz.session import QuizSession
from quizapp.service.recording import StoreRecorder
from quizapp.store.attempts import start_attempt
from quizapp.store.db import session_scope
from quizapp.store.library import import_paths, load_stored_bank
from quizapp.store.profiles import get_or_create_profile
from tests.store.helpers import bank_yaml, write_bank


def profile(engine: Engine, name: str, clock: FakeClock) -> int:
    with session_scope(engine) as session:
        profile_id = get_or_create_profile(name, session=session, now=clock.now()).id
    assert profile_id is not None
    return profile_id


def take_quiz(
    engine: Engine,
    library: Path,
    clock: FakeClock,
    profile_id: int,
    *,
    attempt_id: str,
    answers: int = 3,
    finish: bool = True,
    response: object = "right",
) -> None:
    """Answer ``answers`` questions of a three-question bank (``response`` each time)."""
    path = library / "solar.yaml"
    if not path.exists():
        write_bank(path, bank_yaml("solar", ["q1", "q2", "q3"]))
    import_paths(engine, [str(path)], now=clock.now())  # nothing new when already stored
    with session_scope(engine) as session:
        bank = load_stored_bank("solar", session=session)
        quiz = QuizSession.start(bank, attempt_id=attempt_id, seed=3, clock=clock)
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
    recorder = StoreRecorder(engine, attempt_id)
    for number in range(answers):
        if number:
            quiz.next()
        clock.advance(4)
        recorder.record_answer(quiz.submit(response))  # type: ignore[arg-type]
    if finish:
        clock.advance(1)
        recorder.finish(EndReason.SUBMITTED.value, clock.now())
