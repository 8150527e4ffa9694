"""Moving through a quiz, answering, changing answers, flags and the score."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from quizapp.bank.grading import Response
from quizapp.bank.model import Bank, Question, Settings, SingleChoice
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.countdown import format_remaining, is_warning
from quizapp.quiz.session import (
    EndReason,
    NavigationError,
    QuizFinishedError,
    QuizSession,
    Shown,
    is_given,
)
from quizapp.stats.scoring import Score

RIGHT, WRONG = "Mars", "Venus"


def single(qid: str, *, points: float = 1.0, time_limit: int | None = None) -> SingleChoice:
    return SingleChoice(
        id=qid,
        prompt="Which planet is red?",
        choices=("Venus", "Earth", "Mars"),
        answer=RIGHT,
        points=points,
        time_limit=time_limit,
    )


def bank_of(questions: list[Question], settings: Settings | None = None) -> Bank:
    # Questions in file order, so index i is the i-th question written.
    return Bank(
        id="session-test",
        title="Session test",
        settings=settings or Settings(shuffle_questions=False),
        questions=tuple(questions),
    )


def three_questions(**question_options: int) -> Bank:
    return bank_of([single(f"q{n}", **question_options) for n in range(3)])


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def start(bank: Bank, clock: FakeClock) -> QuizSession:
    return QuizSession.start(bank, attempt_id="attempt-1", seed=11, clock=clock)


# --- free navigation ---------------------------------------------------------------------


def test_a_quiz_without_question_limits_lets_the_student_move_freely(clock: FakeClock) -> None:
    session = start(three_questions(), clock)

    assert not session.forward_only
    assert session.index == 0
    session.go_to(2)
    session.previous()
    assert session.index == 1
    session.go_to(0)
    assert session.current.question.id == "q0"


def test_skipped_questions_are_listed_as_unanswered(clock: FakeClock) -> None:
    session = start(three_questions(), clock)

    session.next()
    session.submit(WRONG)
    session.next()

    assert session.unanswered() == [0, 2]
    assert session.is_answered(1)
    assert not session.is_answered(0)


@pytest.mark.parametrize(
    ("response", "given"),
    [
        (None, False),
        ("", False),
        ("   ", False),
        ([], False),
        (["", " "], False),
        ({}, False),
        ({"cat": ""}, False),
        ("Mars", True),
        (False, True),
        (0.0, True),
        (["", "moo"], True),
        ({"cat": "meow"}, True),
    ],
)
def test_what_counts_as_an_answer_given(response: Response, given: bool) -> None:
    assert is_given(response) is given


def test_a_blank_submission_leaves_the_question_unanswered(clock: FakeClock) -> None:
    session = start(three_questions(), clock)

    session.submit("  ")

    assert session.unanswered() == [0, 1, 2]


def test_flags_mark_questions_to_come_back_to(clock: FakeClock) -> None:
    session = start(three_questions(), clock)

    session.flag(0)
    session.flag(2)
    session.unflag(0)

    assert session.flagged == frozenset({2})


def test_moving_past_either_end_is_refused(clock: FakeClock) -> None:
    session = start(three_questions(), clock)

    with pytest.raises(NavigationError):
        session.previous()
    session.go_to(2)
    with pytest.raises(NavigationError):
        session.next()


# --- forward-only quizzes -------------------------------------------------------------


@pytest.mark.parametrize(
    "bank",
    [
        bank_of([single("q0"), single("q1", time_limit=30), single("q2")]),
        bank_of(
            [single("q0"), single("q1"), single("q2")],
            Settings(shuffle_questions=False, question_time_limit=20),
        ),
    ],
    ids=["one question has its own limit", "the bank sets a limit per question"],
)
def test_a_per_question_limit_makes_the_quiz_forward_only(bank: Bank, clock: FakeClock) -> None:
    session = start(bank, clock)

    assert session.forward_only
    session.go_to(2)  # skipping ahead is allowed
    with pytest.raises(NavigationError):
        session.previous()
    with pytest.raises(NavigationError):
        session.go_to(1)
    with pytest.raises(NavigationError):
        session.flag(2)
    assert session.index == 2


def test_forward_only_still_lets_the_current_answer_change(clock: FakeClock) -> None:
    session = start(three_questions(time_limit=30), clock)

    session.submit(WRONG)
    session.submit(RIGHT)

    assert session.answer_for(0) == RIGHT
    assert session.score() == (1.0, 3.0)


# --- answers ---------------------------------------------------------------------------


def test_submitting_grades_the_answer_and_stays_on_the_question(clock: FakeClock) -> None:
    session = start(three_questions(), clock)
    clock.advance(12)

    event = session.submit(RIGHT)

    assert session.index == 0
    assert event.question.id == "q0"
    assert event.response == RIGHT
    assert event.grade.correct
    assert event.shown_at == clock.now() - timedelta(seconds=12)
    assert event.answered_at == clock.now()
    assert uuid.UUID(event.answer_id).version == 4


def test_every_answer_event_has_its_own_id(clock: FakeClock) -> None:
    session = start(three_questions(), clock)

    ids = {session.submit(RIGHT).answer_id for _ in range(5)}

    assert len(ids) == 5


def test_going_back_and_changing_an_answer_the_latest_counts(clock: FakeClock) -> None:
    session = start(three_questions(), clock)
    session.submit(RIGHT)
    session.next()
    session.submit(RIGHT)

    session.previous()
    session.submit(WRONG)

    assert session.answer_for(0) == WRONG
    assert session.score() == (1.0, 3.0)


def test_an_answer_keeps_the_time_its_question_was_first_shown(clock: FakeClock) -> None:
    session = start(three_questions(), clock)
    first_shown = clock.now()
    clock.advance(5)
    session.next()
    clock.advance(30)

    back = session.previous()
    event = session.submit(RIGHT)

    assert back == Shown("q0", clock.now())
    assert event.shown_at == first_shown


def test_moving_reports_the_question_shown_and_when(clock: FakeClock) -> None:
    session = start(three_questions(), clock)
    assert session.shown == Shown("q0", clock.now())
    clock.advance(7)

    assert session.next() == Shown("q1", clock.now())
    assert session.shown == Shown("q1", clock.now())


# --- finishing -------------------------------------------------------------------------


def test_finishing_ends_the_attempt_and_nothing_more_is_accepted(clock: FakeClock) -> None:
    session = start(three_questions(), clock)
    session.submit(RIGHT)
    clock.advance(42)

    session.finish()

    assert session.finished
    assert session.end_reason is EndReason.SUBMITTED
    assert session.finished_at == clock.now()
    assert session.time_used() == 42
    for action in (lambda: session.submit(RIGHT), session.next, session.finish):
        with pytest.raises(QuizFinishedError):
            action()


# --- score -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("responses", "pass_mark", "expected_score", "expected_percent", "expected_pass"),
    [
        ([RIGHT, RIGHT, RIGHT], 60.0, (5.0, 5.0), 100.0, True),
        ([RIGHT, WRONG, WRONG], 60.0, (1.0, 5.0), 20.0, False),
        ([WRONG, RIGHT, RIGHT], 60.0, (4.0, 5.0), 80.0, True),
        ([RIGHT, None, RIGHT], 60.0, (3.0, 5.0), 60.0, True),  # exactly the mark passes
        ([RIGHT, None, RIGHT], 61.0, (3.0, 5.0), 60.0, False),
        ([None, None, None], 0.0, (0.0, 5.0), 0.0, True),
    ],
)
def test_score_percent_and_pass(
    clock: FakeClock,
    responses: list[str | None],
    pass_mark: float,
    expected_score: tuple[float, float],
    expected_percent: float,
    expected_pass: bool,
) -> None:
    bank = bank_of(
        [single("q0"), single("q1", points=2), single("q2", points=2)],
        Settings(shuffle_questions=False, pass_mark=pass_mark),
    )
    session = start(bank, clock)
    for index, response in enumerate(responses):
        session.go_to(index)
        if response is not None:
            session.submit(response)

    assert session.score() == expected_score
    score = Score.of(*session.score(), pass_mark=bank.settings.pass_mark)
    assert score.percent == pytest.approx(expected_percent)
    assert score.passed is expected_pass


def test_possible_points_count_only_the_drawn_questions(clock: FakeClock) -> None:
    bank = bank_of(
        [single("q0", points=3), single("q1", points=3), single("q2", points=3)],
        Settings(draw=2),
    )

    assert start(bank, clock).score() == (0.0, 6.0)


# --- showing the remaining time ------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (-3, "0:00"),
        (0.1, "0:01"),
        (0.999, "0:01"),
        (1, "0:01"),
        (9.2, "0:10"),
        (59.0000000001, "0:59"),  # float noise is not a second
        (59.5, "1:00"),
        (61, "1:01"),
        (600, "10:00"),
        (3599.5, "1:00:00"),
        (3600, "1:00:00"),
        (3661, "1:01:01"),
        (36000, "10:00:00"),
    ],
)
def test_remaining_time_is_shown_rounded_up(seconds: float, shown: str) -> None:
    assert format_remaining(seconds) == shown


@pytest.mark.parametrize(
    ("seconds", "warning"),
    [(600, False), (11, False), (10.5, False), (10, True), (3.2, True), (0.1, True)],
)
def test_the_last_ten_seconds_are_a_warning(seconds: float, warning: bool) -> None:
    assert is_warning(seconds) is warning
