"""The use cases as the CLI and the UI call them: profiles, library, attempts, history."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.errors import AttemptsUsedUpError, BankNotAvailableError
from quizapp.service.quiz_run import QuizRun
from tests.store.helpers import bank_yaml, write_bank


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


def limited_bank(library: Path, bank_id: str = "solar", attempts: int = 2) -> Path:
    text = bank_yaml(bank_id, ["q1", "q2", "q3"], points={"q3": 2})
    text = text.replace("questions:\n", f"settings:\n  max_attempts: {attempts}\nquestions:\n")
    return write_bank(library / f"{bank_id}.yaml", text)


def take(service: QuizService, profile_id: int, bank_id: str, right: set[str]) -> QuizRun:
    prepared = service.start_attempt(profile_id, bank_id, seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        run.go_to(index)
        run.submit("right" if presented.question.id in right else "wrong")
    run.finish()
    return run


def test_the_library_counts_attempts_left_and_keeps_best_and_last_scores(
    service: QuizService, library: Path, clock: FakeClock
) -> None:
    limited_bank(library)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile

    (fresh,) = service.library(ana.id)
    assert (fresh.attempts_used, fresh.attempts_left, fresh.best, fresh.last) == (0, 2, None, None)

    take(service, ana.id, "solar", right={"q1", "q2", "q3"})
    clock.advance(60)
    take(service, ana.id, "solar", right={"q1"})

    (entry,) = service.library(ana.id)
    assert (entry.attempts_used, entry.attempts_left, entry.can_start) == (2, 0, False)
    assert entry.best is not None
    assert entry.last is not None
    assert (entry.best.points, entry.best.possible, entry.best.passed) == (4, 4, True)
    assert (entry.last.points, entry.last.percent, entry.last.passed) == (1, 25.0, False)


def test_no_attempt_starts_once_they_are_used_up(service: QuizService, library: Path) -> None:
    limited_bank(library, attempts=1)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile
    take(service, ana.id, "solar", right=set())

    with pytest.raises(AttemptsUsedUpError):
        service.start_attempt(ana.id, "solar")
    assert len(service.history(profile="Ana")) == 1  # the refusal stored nothing


def test_a_bank_gone_from_the_library_is_refused_by_name(
    service: QuizService, library: Path
) -> None:
    path = limited_bank(library)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile
    path.unlink()
    service.sync_library([library])  # hidden, as the library page's row still shows it

    with pytest.raises(BankNotAvailableError) as refused:
        service.start_attempt(ana.id, "solar")
    assert refused.value.bank_id == "solar"
    with pytest.raises(BankNotAvailableError):
        service.start_attempt(ana.id, "never-stored")


def test_an_interrupted_attempt_resumes_then_ends_as_it_stood(
    service: QuizService, library: Path, clock: FakeClock
) -> None:
    limited_bank(library)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile
    prepared = service.start_attempt(ana.id, "solar", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    run.remember_current()
    run.submit("right")
    run.set_flagged(0, True)

    (unfinished,) = service.enter_profile("ana").unfinished
    assert (unfinished.attempt_id, unfinished.answered, unfinished.question_count) == (
        prepared.attempt_id,
        1,
        3,
    )
    resumed = service.resume_attempt(prepared.attempt_id).session
    assert resumed.flagged == frozenset({0})
    assert resumed.is_answered(0)

    clock.advance(600)
    ended = service.finish_interrupted(prepared.attempt_id).session
    (record,) = service.history(profile="Ana")
    assert (record.status, record.end_reason) == ("finished", "ended_after_interruption")
    assert record.finished_at == ended.finished_at
    assert service.enter_profile("Ana").unfinished == []


def test_a_name_that_cannot_be_a_profile_is_refused(service: QuizService) -> None:
    with pytest.raises(ValueError, match="empty"):
        service.enter_profile("   ")
    assert service.profile_names() == []
