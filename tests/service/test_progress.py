"""The progress charts' use cases over a real SQLite store: which attempts count, and the series."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.errors import UnknownBankError
from quizapp.service.quiz_run import QuizRun
from quizapp.stats.scoring import Score
from quizapp.store import progress as progress_rows
from tests.store.helpers import write_bank

BANK = """\
format: quizapp/1
id: shapes
title: Shapes and sums
settings:
  shuffle_questions: false
  pass_mark: {pass_mark}
questions:
  - id: q1
    type: single_choice
    prompt: "One?"
    choices: [right, wrong]
    answer: right
    tags: [{q1_tag}]
  - id: q2
    type: single_choice
    prompt: "Two?"
    choices: [right, wrong]
    answer: right
    points: 2
    tags: [algebra, geometry]
  - id: q3
    type: single_choice
    prompt: "Three?"
    choices: [right, wrong]
    answer: right
    tags: [geometry]
"""


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


def write_shapes(library: Path, *, pass_mark: int = 60, q1_tag: str = "algebra") -> None:
    write_bank(library / "shapes.yaml", BANK.format(pass_mark=pass_mark, q1_tag=q1_tag))


def take(
    service: QuizService,
    clock: FakeClock,
    profile_id: int,
    answers: dict[str, tuple[bool, int]],
    *,
    finish: bool = True,
) -> str:
    """Answer the questions in ``answers`` (right or wrong, after so many seconds), then finish."""
    prepared = service.start_attempt(profile_id, "shapes", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        if presented.question.id not in answers:
            continue
        right, seconds = answers[presented.question.id]
        run.go_to(index)
        clock.advance(seconds)
        run.submit("right" if right else "wrong")
    if finish:
        run.finish()
    return prepared.attempt_id


@pytest.fixture
def ana(service: QuizService, library: Path, clock: FakeClock) -> int:
    """Ana at Shapes: day 1 one point of four, day 2 every point, day 3 one left open."""
    write_shapes(library)
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile.id
    take(service, clock, ana, {"q1": (True, 10), "q2": (False, 30)})  # q3 never answered
    clock.advance(86400)
    take(service, clock, ana, {"q1": (True, 6), "q2": (True, 8), "q3": (True, 40)})
    clock.advance(86400)
    take(service, clock, ana, {"q1": (False, 5)}, finish=False)
    budi = service.enter_profile("Budi").profile.id
    take(service, clock, budi, {"q1": (False, 99), "q2": (False, 99), "q3": (False, 99)})
    return ana


def test_scores_count_the_profiles_finished_attempts_oldest_first(
    service: QuizService, ana: int
) -> None:
    progress = service.bank_progress(ana, "shapes")

    assert progress.title == "Shapes and sums"
    assert progress.bank_available
    assert [point.score for point in progress.scores] == [Score.of(1, 4, 60), Score.of(4, 4, 60)]
    assert [point.percent for point in progress.scores] == [25.0, 100.0]
    assert progress.scores[0].finished_at < progress.scores[1].finished_at
    assert progress.pass_mark == 60


def test_mastery_per_tag_and_time_per_question_come_from_the_stored_answers(
    service: QuizService, ana: int
) -> None:
    progress = service.bank_progress(ana, "shapes")

    # geometry: 0/2 + 0/1 (never answered) + 2/2 + 1/1 = 3 of 6; algebra: 1 + 0 + 1 + 2 = 4 of 6
    assert [(tag.tag, tag.score) for tag in progress.tags] == [
        ("geometry", Score.of(3, 6)),
        ("algebra", Score.of(4, 6)),
    ]
    # Medians of 10 s and 30 s, then of 6, 8 and 40 s.
    assert [(t.median_seconds, t.answered) for t in progress.times] == [(20.0, 2), (8.0, 3)]


def test_tags_and_pass_mark_are_those_the_attempt_was_taken_under(
    service: QuizService, ana: int, library: Path, clock: FakeClock
) -> None:
    write_shapes(library, pass_mark=80, q1_tag="counting")
    service.sync_library([library])
    clock.advance(3600)
    take(service, clock, ana, {"q1": (True, 4)})  # only q1, 1 of 4 points

    progress = service.bank_progress(ana, "shapes")

    assert [point.score.pass_mark for point in progress.scores] == [60, 60, 80]
    assert progress.pass_mark == 80
    tags = {tag.tag: tag.score for tag in progress.tags}
    assert tags["counting"] == Score.of(1, 1)  # the new q1 version's tag
    assert tags["algebra"] == Score.of(4, 8)  # old q1 twice (2 of 2), q2 thrice (2 of 6)


def test_no_finished_attempt_gives_empty_series_and_no_bank_in_the_list(
    service: QuizService, library: Path, clock: FakeClock
) -> None:
    write_shapes(library)
    service.sync_library([library])
    cita = service.enter_profile("Cita").profile.id
    take(service, clock, cita, {"q1": (True, 5)}, finish=False)

    progress = service.bank_progress(cita, "shapes")

    assert progress.empty
    assert (progress.tags, progress.times, progress.pass_mark) == ((), (), None)
    assert service.progress_banks(cita) == []


def test_the_bank_list_has_the_banks_with_finished_attempts(service: QuizService, ana: int) -> None:
    assert service.progress_banks(ana) == [("shapes", "Shapes and sums")]


def test_an_unknown_bank_is_refused(service: QuizService, ana: int) -> None:
    with pytest.raises(UnknownBankError):
        service.bank_progress(ana, "no-such-bank")


def test_the_counted_attempts_are_read_through_the_profile_and_bank_index(
    service: QuizService, ana: int
) -> None:
    statement = progress_rows.counted_attempts(ana).where(
        progress_rows.ATTEMPTS.c.bank_id == "shapes"
    )
    compiled = statement.compile(service.engine, compile_kwargs={"literal_binds": True})
    with service.engine.connect() as connection:
        plan = connection.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    assert any("USING INDEX ix_attempts_profile_id_" in str(row) for row in plan), plan
