"""Deadlines: the quiz's and each question's, and an attempt resumed after a crash.

Time only moves when a test moves the FakeClock; nothing sleeps.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from quizapp.bank.model import Bank, Question, Settings, SingleChoice
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.countdown import format_remaining
from quizapp.quiz.session import (
    AnswerEvent,
    DeadlinePassedError,
    EndReason,
    ExpiryKind,
    PastAnswer,
    QuizSession,
    ResumeError,
    Shown,
)

RIGHT, WRONG = "Mars", "Venus"
T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def single(qid: str, *, time_limit: int | None = None) -> SingleChoice:
    return SingleChoice(
        id=qid,
        prompt="Which planet is red?",
        choices=("Venus", "Earth", "Mars", "Jupiter"),
        answer=RIGHT,
        time_limit=time_limit,
    )


def bank_of(questions: list[Question], settings: Settings | None = None) -> Bank:
    return Bank(
        id="time-test",
        title="Time test",
        settings=settings or Settings(shuffle_questions=False),
        questions=tuple(questions),
    )


def quiz_bank(time_limit: int = 600) -> Bank:
    """Free navigation, a limit on the whole quiz."""
    return bank_of(
        [single(f"q{n}") for n in range(3)],
        Settings(shuffle_questions=False, time_limit=time_limit),
    )


def question_bank(question_time_limit: int = 30) -> Bank:
    """Forward-only: every question has its own limit."""
    return bank_of(
        [single(f"q{n}") for n in range(3)],
        Settings(shuffle_questions=False, question_time_limit=question_time_limit),
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


def start(bank: Bank, clock: FakeClock, seed: int = 11) -> QuizSession:
    return QuizSession.start(bank, attempt_id="attempt-1", seed=seed, clock=clock)


class JumpyClock:
    """A clock whose wall time can jump (a user or NTP setting it) while monotonic time runs on."""

    def __init__(self) -> None:
        self.wall = T0
        self.mono = 50.0

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono


# --- the quiz's own limit --------------------------------------------------------------


def test_the_quiz_deadline_is_the_start_plus_the_limit(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=600), clock)

    assert session.started_at == T0
    assert session.deadline == T0 + timedelta(seconds=600)
    assert session.remaining() == 600
    assert session.question_remaining() is None


def test_without_limits_there_is_no_remaining_time(clock: FakeClock) -> None:
    session = start(bank_of([single("q0")]), clock)
    clock.advance(10_000)

    assert session.remaining() is None
    assert session.deadline is None
    assert session.tick() is None


def test_remaining_time_counts_down_with_the_clock(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=600), clock)

    clock.advance(100.5)

    assert session.remaining() == 499.5
    assert format_remaining(session.remaining() or 0) == "8:20"


def test_the_display_shows_zero_only_when_the_time_is_up(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=2), clock)
    for _ in range(19):
        clock.advance(0.1)

    assert format_remaining(session.remaining() or 0) == "0:01"
    assert session.tick() is None
    clock.advance(0.1)
    assert format_remaining(session.remaining() or 0) == "0:00"


def test_a_wall_clock_change_during_the_quiz_changes_nothing() -> None:
    jumpy = JumpyClock()
    session = QuizSession.start(quiz_bank(time_limit=600), attempt_id="a", seed=1, clock=jumpy)

    jumpy.mono += 60
    jumpy.wall += timedelta(hours=3)

    assert session.remaining() == 540
    assert session.tick() is None


def test_how_often_tick_is_called_does_not_matter(clock: FakeClock) -> None:
    ticked, untouched = start(quiz_bank(), clock), start(quiz_bank(), clock)

    for _ in range(100):
        clock.advance(1)
        ticked.tick()

    assert ticked.remaining() == untouched.remaining() == 500


def test_when_the_quiz_time_runs_out_it_ends_with_the_answer_on_screen(
    clock: FakeClock,
) -> None:
    session = start(quiz_bank(time_limit=60), clock)
    session.submit(RIGHT)
    session.next()
    clock.advance(61)

    expiry = session.tick(RIGHT)

    assert expiry is not None
    assert expiry.kind is ExpiryKind.QUIZ
    assert expiry.shown is None
    assert expiry.answer is not None
    assert expiry.answer.question.id == "q1"
    assert expiry.answer.response == RIGHT
    assert expiry.answer.answered_at == T0 + timedelta(seconds=60)
    assert session.finished
    assert session.end_reason is EndReason.TIME_UP
    assert session.finished_at == session.deadline
    assert session.remaining() == 0
    assert session.time_used() == 60
    assert session.score() == (2.0, 3.0)
    assert session.tick(WRONG) is None


def test_when_the_quiz_time_runs_out_with_nothing_on_screen_nothing_new_is_kept(
    clock: FakeClock,
) -> None:
    session = start(quiz_bank(time_limit=60), clock)
    session.submit(RIGHT)
    clock.advance(60)

    expiry = session.tick(None)

    assert expiry is not None
    assert expiry.answer is None  # the submitted answer stands
    assert session.answer_for(0) == RIGHT


def test_when_the_quiz_time_runs_out_on_a_blank_question_no_answer_is_made_up(
    clock: FakeClock,
) -> None:
    session = start(quiz_bank(time_limit=60), clock)
    clock.advance(60)

    expiry = session.tick("")

    assert expiry is not None
    assert expiry.answer is None
    assert session.latest_answer(0) is None


@pytest.mark.parametrize(
    "action",
    [
        lambda s: s.submit(RIGHT),
        lambda s: s.next(),
        lambda s: s.go_to(2),
        lambda s: s.finish(),
    ],
    ids=["submit", "next", "go_to", "finish"],
)
def test_after_the_deadline_the_student_cannot_act_before_a_tick(
    clock: FakeClock, action: object
) -> None:
    session = start(quiz_bank(time_limit=60), clock)
    clock.advance(60)

    with pytest.raises(DeadlinePassedError):
        action(session)  # type: ignore[operator]
    assert session.tick(RIGHT) is not None
    assert session.end_reason is EndReason.TIME_UP


# --- each question's own limit -----------------------------------------------------


def test_a_question_limit_counts_from_when_the_question_was_shown(clock: FakeClock) -> None:
    bank = bank_of([single("q0"), single("q1", time_limit=45)])
    session = start(bank, clock)
    assert session.question_remaining() is None  # q0 has no limit of its own
    clock.advance(100)

    session.next()
    clock.advance(15)

    assert session.question_remaining() == 30


def test_a_question_running_out_records_the_answer_on_screen_and_moves_on(
    clock: FakeClock,
) -> None:
    session = start(question_bank(30), clock)
    clock.advance(29.9)
    assert session.tick(WRONG) is None

    clock.advance(0.1)
    expiry = session.tick(RIGHT)

    assert expiry is not None
    assert expiry.kind is ExpiryKind.QUESTION
    assert expiry.answer is not None
    assert (expiry.answer.question.id, expiry.answer.response) == ("q0", RIGHT)
    assert expiry.answer.answered_at == T0 + timedelta(seconds=30)
    assert expiry.shown == Shown("q1", clock.now())
    assert session.index == 1
    assert session.question_remaining() == 30
    assert session.score() == (1.0, 3.0)


def test_a_question_running_out_with_nothing_given_records_no_answer(
    clock: FakeClock,
) -> None:
    session = start(question_bank(30), clock)
    clock.advance(30)

    expiry = session.tick(None)

    assert expiry is not None
    assert expiry.answer is not None
    assert expiry.answer.response is None
    assert expiry.answer.grade.points == 0
    assert session.index == 1
    assert session.unanswered() == [0, 1, 2]


def test_a_question_running_out_keeps_an_answer_already_submitted(clock: FakeClock) -> None:
    session = start(question_bank(30), clock)
    session.submit(RIGHT)
    clock.advance(31)

    expiry = session.tick(RIGHT)

    assert expiry is not None
    assert expiry.answer is None  # nothing new to store
    assert session.answer_for(0) == RIGHT
    assert session.index == 1


def test_the_last_question_running_out_ends_the_quiz(clock: FakeClock) -> None:
    session = start(question_bank(30), clock)
    session.go_to(2)
    clock.advance(35)

    expiry = session.tick(WRONG)

    assert expiry is not None
    assert expiry.shown is None
    assert session.finished
    assert session.end_reason is EndReason.QUESTION_TIME_UP  # not the quiz's own deadline
    assert session.finished_at == T0 + timedelta(seconds=30)
    assert session.answer_for(2) == WRONG


def test_the_quiz_limit_wins_over_a_question_limit(clock: FakeClock) -> None:
    bank = bank_of(
        [single(f"q{n}") for n in range(3)],
        Settings(shuffle_questions=False, time_limit=20, question_time_limit=30),
    )
    session = start(bank, clock)
    clock.advance(40)

    expiry = session.tick(RIGHT)

    assert expiry is not None
    assert expiry.kind is ExpiryKind.QUIZ
    assert session.end_reason is EndReason.TIME_UP
    assert session.index == 0


# --- resuming after a crash --------------------------------------------------------------


def stored(events: list[AnswerEvent]) -> list[PastAnswer]:
    """What the store gives back: the answer log, in the order it was written."""
    return [
        PastAnswer(
            answer_id=e.answer_id,
            question_id=e.question.id,
            response=e.response,
            shown_at=e.shown_at,
            answered_at=e.answered_at,
        )
        for e in events
    ]


def resume_later(
    session: QuizSession,
    events: list[AnswerEvent],
    shown: Shown,
    clock: FakeClock,
) -> QuizSession:
    """Rebuild ``session`` from what the store kept, on a fresh run's clock."""
    return QuizSession.resume(
        session.bank,
        attempt_id=session.attempt_id,
        seed=session.seed,
        question_ids=session.question_ids,
        started_at=session.started_at,
        deadline=session.deadline,
        answers=stored(events),
        current_question_id=shown.question_id,
        current_shown_at=shown.shown_at,
        clock=clock,
        flagged=session.flagged_question_ids,
    )


def new_run(clock: FakeClock) -> FakeClock:
    """The clock of a new process: the same wall time, a different monotonic origin."""
    return FakeClock(clock.now(), monotonic_start=7.0)


def shuffled_bank() -> Bank:
    return Bank(
        id="resume-test",
        title="Resume test",
        settings=Settings(time_limit=600, draw=4),
        questions=tuple(single(f"q{n}") for n in range(8)),
    )


def test_resuming_rebuilds_the_same_questions_answers_and_place(clock: FakeClock) -> None:
    session = start(shuffled_bank(), clock, seed=2024)
    events = [session.submit(WRONG)]
    session.next()
    events.append(session.submit(RIGHT))
    shown = session.go_to(3)
    clock.advance(100)  # the app is killed here and started again 100 s later

    resumed = resume_later(session, events, shown, new_run(clock))

    assert resumed.questions == session.questions
    assert resumed.index == 3
    assert resumed.shown == shown
    assert [resumed.answer_for(i) for i in range(4)] == [WRONG, RIGHT, None, None]
    assert resumed.score() == (1.0, 4.0)
    assert resumed.remaining() == 500


def test_a_resumed_quiz_keeps_its_flags(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=600), clock)
    session.flag(2)
    session.flag(0)
    assert session.flagged_question_ids == (
        session.questions[0].question.id,
        session.questions[2].question.id,
    )

    resumed = resume_later(session, [], session.shown, new_run(clock))

    assert resumed.flagged == frozenset({0, 2})


def test_a_resumed_quiz_keeps_counting_from_the_stored_deadline(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=600), clock)
    clock.advance(590)
    later = new_run(clock)

    resumed = resume_later(session, [], session.shown, later)
    later.advance(9)
    assert resumed.tick() is None
    later.advance(1)
    expiry = resumed.tick(None)

    assert expiry is not None
    assert resumed.end_reason is EndReason.TIME_UP
    assert resumed.time_used() == 600


def test_a_quiz_whose_time_ran_out_while_closed_ends_on_the_first_tick(
    clock: FakeClock,
) -> None:
    session = start(quiz_bank(time_limit=600), clock)
    events = [session.submit(RIGHT)]
    clock.advance(3600)

    resumed = resume_later(session, events, session.shown, new_run(clock))

    assert resumed.remaining() == 0
    with pytest.raises(DeadlinePassedError):
        resumed.submit(WRONG)
    expiry = resumed.tick(None)
    assert expiry is not None
    assert expiry.kind is ExpiryKind.QUIZ
    assert resumed.end_reason is EndReason.TIME_UP
    assert resumed.finished_at == session.deadline
    assert resumed.score() == (1.0, 3.0)


def test_a_restart_does_not_reset_the_question_clock(clock: FakeClock) -> None:
    session = start(question_bank(30), clock)
    clock.advance(10)
    shown = session.next()  # q1 shown at T0+10 s
    clock.advance(20)  # killed at T0+30 s
    clock.advance(5)  # started again at T0+35 s
    later = new_run(clock)

    resumed = resume_later(session, [], shown, later)

    assert resumed.forward_only
    assert resumed.index == 1
    assert resumed.question_remaining() == 5
    later.advance(5)
    expiry = resumed.tick(None)
    assert expiry is not None
    assert expiry.shown == Shown("q2", later.now())
    assert resumed.question_remaining() == 30


def test_a_question_whose_time_ran_out_while_closed_moves_on_at_the_first_tick(
    clock: FakeClock,
) -> None:
    session = start(question_bank(30), clock)
    clock.advance(600)
    later = new_run(clock)

    resumed = resume_later(session, [], session.shown, later)
    expiry = resumed.tick(None)

    assert expiry is not None
    assert expiry.answer is not None
    assert expiry.answer.answered_at == T0 + timedelta(seconds=30)
    assert expiry.shown == Shown("q1", later.now())
    assert resumed.question_remaining() == 30


def test_the_latest_stored_answer_to_a_question_counts(clock: FakeClock) -> None:
    session = start(quiz_bank(), clock)
    events = [session.submit(RIGHT)]
    clock.advance(5)
    events.append(session.submit(WRONG))

    resumed = resume_later(session, events, session.shown, new_run(clock))

    assert resumed.answer_for(0) == WRONG
    assert resumed.score() == (0.0, 3.0)
    assert resumed.latest_answer(0) == events[1]


def test_a_changed_answer_after_resuming_keeps_the_first_shown_time(clock: FakeClock) -> None:
    session = start(quiz_bank(), clock)
    events = [session.submit(WRONG)]
    shown = session.next()
    clock.advance(50)

    resumed = resume_later(session, events, shown, new_run(clock))
    resumed.previous()
    event = resumed.submit(RIGHT)

    assert event.shown_at == T0


def test_ending_after_an_interruption_does_not_count_the_time_closed(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=3600), clock)
    clock.advance(40)
    events = [session.submit(RIGHT)]
    clock.advance(1000)  # closed for a while

    resumed = resume_later(session, events, session.shown, new_run(clock))
    resumed.end_after_interruption()

    assert resumed.end_reason is EndReason.ENDED_AFTER_INTERRUPTION
    assert resumed.finished_at == T0 + timedelta(seconds=40)
    assert resumed.time_used() == 40
    assert resumed.score() == (1.0, 3.0)


def test_resuming_without_a_current_question_carries_on_after_the_last_answered(
    clock: FakeClock,
) -> None:
    session = start(quiz_bank(), clock)
    session.next()
    events = [session.submit(RIGHT)]

    resumed = QuizSession.resume(
        session.bank,
        attempt_id=session.attempt_id,
        seed=session.seed,
        question_ids=session.question_ids,
        started_at=session.started_at,
        deadline=session.deadline,
        answers=stored(events),
        current_question_id=None,
        current_shown_at=None,
        clock=new_run(clock),
    )

    assert resumed.index == 2
    assert resumed.shown == Shown("q2", clock.now())


@pytest.mark.parametrize(
    ("question_ids", "current"),
    [(["q0", "gone"], "q0"), (["q0", "q1"], "q2")],
    ids=["question no longer in the bank", "current question not drawn"],
)
def test_resuming_what_does_not_fit_the_bank_is_refused(
    clock: FakeClock, question_ids: list[str], current: str
) -> None:
    with pytest.raises(ResumeError):
        QuizSession.resume(
            quiz_bank(),
            attempt_id="a",
            seed=1,
            question_ids=question_ids,
            started_at=T0,
            deadline=None,
            answers=[],
            current_question_id=current,
            current_shown_at=T0,
            clock=clock,
        )


# --- a clock set back while the app was closed ------------------------------------------


def set_back_run(clock: FakeClock, by: timedelta) -> FakeClock:
    """A new process whose wall clock the student set back by ``by`` while the app was closed."""
    return FakeClock(clock.now() - by, monotonic_start=7.0)


def test_a_clock_set_back_while_closed_gains_no_quiz_time(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=60), clock)
    clock.advance(20)
    events = [session.submit(RIGHT)]  # the latest instant stored: T0 + 20 s
    clock.advance(5)  # killed here, the clock set back a day, started again

    resumed = resume_later(session, events, session.shown, set_back_run(clock, timedelta(days=1)))

    assert resumed.remaining() == 40  # deadline - the latest stored instant, not 24:00:40
    assert resumed.clock_set_back
    assert resumed.opened_at == T0 + timedelta(seconds=20)


def test_after_a_set_back_the_quiz_runs_out_on_the_monotonic_clock(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=60), clock)
    clock.advance(20)
    events = [session.submit(RIGHT)]
    later = set_back_run(clock, timedelta(days=1))
    resumed = resume_later(session, events, session.shown, later)

    later.advance(10)
    answer = resumed.submit(WRONG)
    later.advance(30)
    expiry = resumed.tick()

    assert answer.answered_at == T0 + timedelta(seconds=30)  # stored on the attempt's timeline
    assert expiry is not None
    assert expiry.kind is ExpiryKind.QUIZ
    assert resumed.finished_at == session.deadline


def test_a_clock_set_back_gains_no_question_time_either(clock: FakeClock) -> None:
    session = start(question_bank(question_time_limit=30), clock)
    clock.advance(10)
    shown = session.shown  # q0, shown at T0; 20 s of its 30 left when the app stops

    resumed = resume_later(session, [], shown, set_back_run(clock, timedelta(hours=2)))

    assert resumed.question_remaining() == 30  # counted from the latest instant stored: T0
    assert resumed.clock_set_back


def test_the_instant_the_attempt_was_last_opened_counts_too(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=600), clock)
    opened_at = T0 + timedelta(seconds=300)  # a resume 5 minutes in was stored
    back = FakeClock(T0 + timedelta(seconds=100), monotonic_start=7.0)

    resumed = QuizSession.resume(
        session.bank,
        attempt_id=session.attempt_id,
        seed=session.seed,
        question_ids=session.question_ids,
        started_at=session.started_at,
        deadline=session.deadline,
        answers=[],
        current_question_id=None,
        current_shown_at=None,
        clock=back,
        last_opened_at=opened_at,
    )

    assert resumed.remaining() == 300
    assert resumed.opened_at == opened_at
    assert resumed.clock_set_back


def test_an_ordinary_restart_is_not_a_set_back(clock: FakeClock) -> None:
    session = start(quiz_bank(time_limit=600), clock)
    clock.advance(20)
    events = [session.submit(RIGHT)]
    clock.advance(100)

    resumed = resume_later(session, events, session.shown, new_run(clock))

    assert not resumed.clock_set_back
    assert resumed.opened_at == clock.now()
    assert resumed.remaining() == 480


def test_a_wall_clock_set_back_during_the_quiz_does_not_move_stored_instants() -> None:
    jumpy = JumpyClock()
    session = QuizSession.start(quiz_bank(time_limit=600), attempt_id="a", seed=1, clock=jumpy)

    jumpy.mono += 60
    jumpy.wall -= timedelta(days=1)
    event = session.submit(RIGHT)
    shown = session.next()

    assert event.answered_at == T0 + timedelta(seconds=60)
    assert shown.shown_at == T0 + timedelta(seconds=60)
