"""The use cases as the CLI and the UI call them: profiles, library, attempts, history."""

from __future__ import annotations

from datetime import timedelta
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


def test_a_prepared_attempt_knows_the_attempts_left_after_it(
    service: QuizService, library: Path
) -> None:
    limited_bank(library, attempts=2)
    bank_yaml_text = bank_yaml("open", ["q1"])
    write_bank(library / "open.yaml", bank_yaml_text)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile

    first = service.start_attempt(ana.id, "solar", seed=1)
    assert first.attempts_left == 1  # this one counted
    assert service.resume_attempt(first.attempt_id).attempts_left == 1
    QuizRun(first, service.recorder(first.attempt_id)).finish()
    second = service.start_attempt(ana.id, "solar", seed=1)
    assert second.attempts_left == 0  # the last one
    assert service.finish_interrupted(second.attempt_id).attempts_left == 0
    # Another profile's attempts are its own; a bank without a limit has no count.
    bea = service.enter_profile("Bea").profile
    assert service.start_attempt(bea.id, "solar", seed=1).attempts_left == 1
    assert service.start_attempt(ana.id, "open", seed=1).attempts_left is None


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


def test_a_renamed_profile_keeps_its_attempts(service: QuizService, library: Path) -> None:
    from quizapp.service.errors import ProfileNameTakenError

    limited_bank(library)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile
    service.enter_profile("Budi")
    take(service, ana.id, "solar", right={"q1"})

    renamed = service.rename_profile(ana.id, "Ana Putri")
    assert renamed.id == ana.id
    assert renamed.name == "Ana Putri"
    assert service.profile_names() == ["Ana Putri", "Budi"]
    (entry,) = service.library(renamed.id)
    assert entry.attempts_used == 1
    assert [record.profile for record in service.history()] == ["Ana Putri"]

    with pytest.raises(ProfileNameTakenError):
        service.rename_profile(ana.id, "budi")
    with pytest.raises(ValueError, match="cannot be empty"):
        service.rename_profile(ana.id, "")
    assert service.profile_names() == ["Ana Putri", "Budi"]


def test_a_bank_overview_has_the_settings_the_reading_and_the_unfinished_attempt(
    service: QuizService, library: Path
) -> None:
    from quizapp.bank.model import Feedback, Review

    text = bank_yaml("solar", ["q1", "q2", "q3"])
    text = text.replace(
        "questions:\n",
        "reading: The Sun is a *star*.\n"
        "settings:\n  feedback: never\n  question_time_limit: 30\n  max_attempts: 3\n"
        "questions:\n",
    )
    write_bank(library / "solar.yaml", text)
    write_bank(library / "moon.yaml", bank_yaml("moon"))
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile

    fresh = service.bank_overview(ana.id, "solar")
    assert fresh.reading == "The Sun is a *star*."
    assert fresh.unfinished is None
    entry = fresh.entry
    assert (entry.feedback, entry.review) == (Feedback.NEVER, Review.POINTS)
    assert (entry.question_time_limit, entry.attempts_left, entry.has_reading) == (30, 3, True)

    take(service, ana.id, "solar", right={"q1"})
    started = service.start_attempt(ana.id, "solar", seed=2)
    QuizRun(started, service.recorder(started.attempt_id)).submit("right")
    service.start_attempt(ana.id, "moon", seed=3)  # another bank's: not this page's

    overview = service.bank_overview(ana.id, "solar")
    assert overview.unfinished is not None
    assert overview.unfinished.attempt_id == started.attempt_id
    assert (overview.unfinished.answered, overview.unfinished.question_count) == (1, 3)
    assert overview.entry.attempts_used == 2
    assert overview.entry.last is not None
    assert overview.entry.last.points == 1
    assert service.bank_overview(ana.id, "moon").entry.has_reading is False

    with pytest.raises(BankNotAvailableError):
        service.bank_overview(ana.id, "nowhere")


def test_a_clock_set_back_after_a_kill_gains_no_more_than_the_last_half_minute(
    service: QuizService, library: Path, clock: FakeClock
) -> None:
    text = bank_yaml("timed", ["q1", "q2"]).replace(
        "questions:\n", "settings:\n  time_limit: 120\nquestions:\n"
    )
    write_bank(library / "timed.yaml", text)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile
    prepared = service.start_attempt(ana.id, "timed", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    run.remember_current()
    clock.advance(90)
    run.note_still_open()  # what the quiz page does every half minute
    clock.advance(10)  # then the app is killed, 100 s into the quiz

    clock.set_wall(clock.now() - timedelta(days=1))  # and the clock set back a day
    resumed = service.resume_attempt(prepared.attempt_id).session

    assert resumed.remaining() == 30  # 120 - 90: only the 10 s after the last note come back
    assert resumed.clock_set_back
