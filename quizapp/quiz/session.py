"""One attempt at a quiz, as a state machine free of Qt.

A session is made by :meth:`QuizSession.start` (a new attempt) or
:meth:`QuizSession.resume` (rebuilt from what the store kept after the app
stopped). It draws and shows questions deterministically from the attempt's
seed (see :mod:`quizapp.quiz.draw`), grades every answer as it is given and
works out all time from deadlines and readings of the injected clock; nothing
counts ticks.

What the caller must store comes back from the calls that cause it:

* :meth:`~QuizSession.submit` returns an :class:`AnswerEvent` (append it to
  the attempt's log at once);
* moving (:meth:`~QuizSession.next`, :meth:`~QuizSession.previous`,
  :meth:`~QuizSession.go_to`) returns a :class:`Shown` (remember it as the
  current question, so a restart does not reset the question's clock);
  ``session.shown`` gives the one for the first question after ``start``;
* :meth:`~QuizSession.tick`, called whenever the UI repaints the time,
  returns an :class:`Expiry` when a deadline has passed: an answer to store,
  perhaps the next question shown, perhaps the end of the quiz.

A student's action after a deadline has passed (submitting, moving,
finishing) raises :class:`DeadlinePassedError`: call ``tick(pending)`` first,
which records the answer on screen as it stood and moves on or finishes.

Time: the quiz deadline is a UTC instant, stored, so it survives a restart.
Within a run the session anchors the clock once (a ``now()`` and a
``monotonic()`` reading taken together) and maps every stored instant onto
the monotonic scale, so a wall-clock jump during the quiz changes nothing;
the instants it hands out to be stored are read on that same scale. A resumed
session is never anchored before the latest instant stored for the attempt,
so a clock set back while the app was closed gains no time
(:attr:`QuizSession.clock_set_back` says it happened; store it).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from quizapp.bank.grading import Grade, Response, grade
from quizapp.bank.model import Bank, Question, Settings
from quizapp.quiz.clock import Clock
from quizapp.quiz.draw import draw_questions, present
from quizapp.quiz.ending import EndReason
from quizapp.quiz.presentation import PresentedQuestion

# Stored instants have microsecond resolution; remaining times are rounded to
# it so that "no time left" is exactly 0.
_RESOLUTION_DIGITS = 6
# A wall clock this far behind the attempt's latest stored instant was set back
# (smaller steps are clock corrections, ignored for the record, never for time).
_SET_BACK_TOLERANCE = timedelta(seconds=1)


class ExpiryKind(StrEnum):
    QUESTION = "question"  # the current question's own time ran out
    QUIZ = "quiz"  # the whole quiz's time ran out


class SessionError(Exception):
    """A call the session's state does not allow: a mistake of the caller."""


class QuizFinishedError(SessionError):
    """The attempt has ended; nothing more can be answered or moved."""


class NavigationError(SessionError):
    """No such question, or going back in a forward-only quiz."""


class DeadlinePassedError(SessionError):
    """A deadline has passed: call ``tick(pending)`` before acting further."""


class ResumeError(SessionError):
    """What the store kept does not fit the bank (an unknown question id)."""


@dataclass(frozen=True)
class AnswerEvent:
    """One answer, graded, to be appended to the attempt's log."""

    answer_id: str  # a new UUID4, unique per event
    question: Question
    response: Response
    grade: Grade
    shown_at: datetime  # when the question was first shown in this attempt
    answered_at: datetime

    @property
    def question_id(self) -> str:
        return self.question.id


@dataclass(frozen=True)
class PastAnswer:
    """One stored answer, as the store gives it back to resume an attempt."""

    answer_id: str
    question_id: str
    response: Response
    shown_at: datetime
    answered_at: datetime


@dataclass(frozen=True)
class Shown:
    """Which question became current, and when (for the store to remember)."""

    question_id: str
    shown_at: datetime


@dataclass(frozen=True)
class Expiry:
    """What a passed deadline did.

    ``answer`` is the answer recorded at expiry (``None`` when the question
    already had that answer); ``shown`` is the next question when a question's
    time ran out before the last one; otherwise the quiz has ended.
    """

    kind: ExpiryKind
    answer: AnswerEvent | None
    shown: Shown | None


def question_time_limit(question: Question, settings: Settings) -> int | None:
    """The question's own limit in seconds, or the bank's default, or None."""
    if question.time_limit is not None:
        return question.time_limit
    return settings.question_time_limit


def is_given(response: Response) -> bool:
    """Whether a response holds anything (blank text, no picks: nothing given)."""
    if response is None:
        return False
    if isinstance(response, str):
        return bool(response.strip())
    if isinstance(response, list):
        return any(item.strip() for item in response)
    if isinstance(response, dict):
        return any(value.strip() for value in response.values())
    return True


class _Timeline:
    """This run's clock, anchored once: stored instants <-> monotonic readings.

    The anchor is never before ``not_before`` (the latest instant stored for
    the attempt): a wall clock behind it was set back, and counts for nothing.
    """

    def __init__(self, clock: Clock, not_before: datetime | None = None) -> None:
        self.clock = clock
        wall = clock.now()
        self.anchor_wall = wall if not_before is None else max(wall, not_before)
        self.set_back = self.anchor_wall - wall > _SET_BACK_TOLERANCE
        self._anchor_mono = clock.monotonic()

    def reading(self) -> float:
        return self.clock.monotonic()

    def now(self) -> tuple[datetime, float]:
        """The instant now on this run's scale, with its monotonic reading."""
        reading = self.reading()
        return self.instant_of(reading), reading

    def reading_of(self, instant: datetime) -> float:
        return self._anchor_mono + (instant - self.anchor_wall).total_seconds()

    def instant_of(self, reading: float) -> datetime:
        return self.anchor_wall + timedelta(seconds=reading - self._anchor_mono)


def _seconds_between(reading: float, deadline: float) -> float:
    return round(max(0.0, deadline - reading), _RESOLUTION_DIGITS)


class QuizSession:
    """One attempt. Make it with :meth:`start` or :meth:`resume`.

    Questions are addressed by their index in :attr:`questions` (the order
    they are asked in). The latest answer to a question is the one that
    counts. If any drawn question has a time limit of its own the quiz is
    :attr:`forward_only`: no going back and no flags.
    """

    def __init__(
        self,
        *,
        bank: Bank,
        attempt_id: str,
        seed: int,
        questions: tuple[PresentedQuestion, ...],
        started_at: datetime,
        deadline: datetime | None,
        timeline: _Timeline,
        current: int,
        current_since: datetime,
        current_since_reading: float,
    ) -> None:
        self._bank = bank
        self._attempt_id = attempt_id
        self._seed = seed
        self._questions = questions
        self._started_at = started_at
        self._deadline = deadline
        self._timeline = timeline
        self._deadline_reading = None if deadline is None else timeline.reading_of(deadline)
        self._limits = tuple(question_time_limit(p.question, bank.settings) for p in questions)
        self._forward_only = any(limit is not None for limit in self._limits)
        self._latest: dict[int, AnswerEvent] = {}
        self._first_shown: dict[int, datetime] = {}
        self._flagged: set[int] = set()
        self._last_activity = started_at
        self._end_reason: EndReason | None = None
        self._finished_at: datetime | None = None
        self._finished_reading: float | None = None
        self._index = current
        self._current_since = current_since
        self._current_since_reading = current_since_reading
        self._note_shown(current, current_since)

    # --- making a session ------------------------------------------------------------

    @classmethod
    def start(cls, bank: Bank, *, attempt_id: str, seed: int, clock: Clock) -> QuizSession:
        """A new attempt: draw and shuffle from ``seed``; the clock starts now."""
        timeline = _Timeline(clock)
        started_at = timeline.anchor_wall
        time_limit = bank.settings.time_limit
        return cls(
            bank=bank,
            attempt_id=attempt_id,
            seed=seed,
            questions=_present_all(bank, draw_questions(bank, seed), seed),
            started_at=started_at,
            deadline=None if time_limit is None else started_at + timedelta(seconds=time_limit),
            timeline=timeline,
            current=0,
            current_since=started_at,
            current_since_reading=timeline.reading_of(started_at),
        )

    @classmethod
    def resume(
        cls,
        bank: Bank,
        *,
        attempt_id: str,
        seed: int,
        question_ids: Sequence[str],
        started_at: datetime,
        deadline: datetime | None,
        answers: Sequence[PastAnswer],
        current_question_id: str | None,
        current_shown_at: datetime | None,
        clock: Clock,
        flagged: Sequence[str] = (),
        last_opened_at: datetime | None = None,
    ) -> QuizSession:
        """An attempt rebuilt after the app stopped.

        ``question_ids`` are the drawn ids in the order asked; ``answers`` are
        the stored answers in the order they were recorded (the last one for
        a question counts); ``flagged`` the ids flagged for review. The
        deadlines keep running from the stored instants, so the remaining time
        may already be zero; the next :meth:`tick` then ends the quiz or the
        question. Time is counted from the clock's ``now()``, or from the
        latest instant stored for the attempt when that is later (the start,
        every answer, ``current_shown_at`` and ``last_opened_at``: the last
        :attr:`opened_at` stored), so setting the clock back gains nothing.
        """
        positions = {question_id: i for i, question_id in enumerate(question_ids)}
        questions = tuple(_find(bank, question_id) for question_id in question_ids)
        answered = [_position(positions, past.question_id) for past in answers]
        if current_question_id is not None:
            current = _position(positions, current_question_id)
        else:  # never stored: carry on after the furthest answered question
            current = min(max(answered, default=-1) + 1, len(questions) - 1)
        stored = (started_at, last_opened_at, current_shown_at)
        timeline = _Timeline(clock, not_before=latest_instant(stored, answers))
        since = current_shown_at if current_shown_at is not None else timeline.anchor_wall
        session = cls(
            bank=bank,
            attempt_id=attempt_id,
            seed=seed,
            questions=_present_all(bank, questions, seed),
            started_at=started_at,
            deadline=deadline,
            timeline=timeline,
            current=current,
            current_since=since,
            current_since_reading=timeline.reading_of(since),
        )
        session._replay(answers, positions)
        if not session.forward_only:
            session._flagged = {_position(positions, question_id) for question_id in flagged}
        return session

    # --- what the attempt is ---------------------------------------------------------

    @property
    def bank(self) -> Bank:
        return self._bank

    @property
    def settings(self) -> Settings:
        return self._bank.settings

    @property
    def attempt_id(self) -> str:
        return self._attempt_id

    @property
    def seed(self) -> int:
        return self._seed

    @property
    def questions(self) -> tuple[PresentedQuestion, ...]:
        return self._questions

    @property
    def question_ids(self) -> tuple[str, ...]:
        """The drawn question ids in the order asked: what the store keeps."""
        return tuple(p.question.id for p in self._questions)

    @property
    def started_at(self) -> datetime:
        return self._started_at

    @property
    def deadline(self) -> datetime | None:
        """When the whole quiz's time runs out (UTC), or None without a limit."""
        return self._deadline

    @property
    def forward_only(self) -> bool:
        return self._forward_only

    @property
    def opened_at(self) -> datetime:
        """When this run of the attempt began, on its timeline: store it for the next resume."""
        return self._timeline.anchor_wall

    def timeline_now(self) -> datetime:
        """The instant now on this run's timeline (never behind what was stored)."""
        return self._timeline.now()[0]

    @property
    def clock_set_back(self) -> bool:
        """Whether the wall clock was behind the attempt's stored instants at resume."""
        return self._timeline.set_back

    def time_limit_of(self, index: int) -> int | None:
        """The question's own time limit in seconds, or None."""
        return self._limits[self._checked(index)]

    # --- where the student is ---------------------------------------------------------

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> PresentedQuestion:
        return self._questions[self._index]

    @property
    def shown(self) -> Shown:
        """The current question and since when it has been current."""
        return Shown(self.current.question.id, self._current_since)

    @property
    def flagged(self) -> frozenset[int]:
        """The positions flagged for review."""
        return frozenset(self._flagged)

    @property
    def flagged_question_ids(self) -> tuple[str, ...]:
        """The ids flagged for review, in the order asked: what the store keeps."""
        return tuple(self._questions[i].question.id for i in sorted(self._flagged))

    @property
    def finished(self) -> bool:
        return self._end_reason is not None

    @property
    def end_reason(self) -> EndReason | None:
        return self._end_reason

    @property
    def finished_at(self) -> datetime | None:
        return self._finished_at

    # --- time ------------------------------------------------------------------------

    def remaining(self) -> float | None:
        """Seconds left for the whole quiz (0 when up), or None without a limit."""
        if self._deadline_reading is None:
            return None
        return _seconds_between(self._reading(), self._deadline_reading)

    def question_remaining(self) -> float | None:
        """Seconds left for the current question, or None when it has no limit."""
        deadline = self._question_deadline_reading()
        if deadline is None:
            return None
        return _seconds_between(self._reading(), deadline)

    def time_used(self) -> float:
        """Seconds from the start to the end (or to now), at most the time limit."""
        end = self._finished_at
        if end is None:
            end, _ = self._timeline.now()
        used = (end - self._started_at).total_seconds()
        if self._deadline is not None:
            used = min(used, (self._deadline - self._started_at).total_seconds())
        return max(0.0, used)

    def tick(self, pending: Response = None) -> Expiry | None:
        """Act on a passed deadline; None while no deadline has passed.

        ``pending`` is the answer on screen for the current question, submitted
        or not. At expiry it is recorded when it differs from the latest
        answer. A question whose own time ran out with nothing given is
        recorded as ``None`` (no points), so the log shows it timed out; when
        the whole quiz's time runs out, nothing is recorded for a blank.
        """
        if self.finished:
            return None
        question_due = self._question_deadline() if self.question_remaining() == 0 else None
        if self._deadline is not None and self.remaining() == 0:
            return self._quiz_time_up(pending, self._deadline, question_due)
        if question_due is not None:
            return self._question_time_up(pending, question_due)
        return None

    # --- the student's actions --------------------------------------------------------

    def submit(self, response: Response) -> AnswerEvent:
        """Grade and record an answer to the current question; does not move."""
        self._check_open()
        answered_at, _ = self._timeline.now()
        return self._record(self._index, response, answered_at)

    def next(self) -> Shown:
        return self.go_to(self._index + 1)

    def previous(self) -> Shown:
        return self.go_to(self._index - 1)

    def go_to(self, index: int) -> Shown:
        """Make question ``index`` current (forward only, in a forward-only quiz)."""
        self._check_open()
        self._checked(index)
        if index == self._index:
            return self.shown
        if self._forward_only and index < self._index:
            raise NavigationError("this quiz only goes forward")
        return self._move_to(index)

    def flag(self, index: int) -> None:
        self._check_flaggable(index)
        self._flagged.add(index)

    def unflag(self, index: int) -> None:
        self._check_flaggable(index)
        self._flagged.discard(index)

    def finish(self) -> None:
        """The student hands the quiz in (end reason ``submitted``)."""
        self._check_open()
        self._end(EndReason.SUBMITTED, *self._timeline.now())

    def end_after_interruption(self) -> None:
        """End a resumed attempt as it stood when the app stopped.

        It ends at the last thing recorded (an answer or a question shown),
        not at the restart, so the time the app was closed is not counted.
        """
        self._check_not_finished()
        at = self._last_activity
        if self._deadline is not None:
            at = min(at, self._deadline)
        self._end(EndReason.ENDED_AFTER_INTERRUPTION, at, self._timeline.reading_of(at))

    # --- answers and score ------------------------------------------------------------

    def latest_answer(self, index: int) -> AnswerEvent | None:
        return self._latest.get(self._checked(index))

    def answer_for(self, index: int) -> Response:
        """The latest response to question ``index`` (None when none)."""
        latest = self.latest_answer(index)
        return None if latest is None else latest.response

    def is_answered(self, index: int) -> bool:
        return is_given(self.answer_for(index))

    def unanswered(self) -> list[int]:
        return [i for i in range(len(self._questions)) if not self.is_answered(i)]

    def score(self) -> tuple[float, float]:
        """(points from the latest answers, points of all drawn questions).

        Percent and pass or fail come from :mod:`quizapp.stats.scoring`
        (``QuizRun.score`` pairs these totals with the bank's pass mark).
        """
        points = sum(event.grade.points for event in self._latest.values())
        possible = sum(p.question.points for p in self._questions)
        return points, possible

    # --- inside ----------------------------------------------------------------------

    def _reading(self) -> float:
        if self._finished_reading is not None:
            return self._finished_reading
        return self._timeline.reading()

    def _question_deadline_reading(self) -> float | None:
        limit = self._limits[self._index]
        return None if limit is None else self._current_since_reading + limit

    def _question_deadline(self) -> datetime | None:
        limit = self._limits[self._index]
        return None if limit is None else self._current_since + timedelta(seconds=limit)

    def _quiz_time_up(
        self, pending: Response, deadline: datetime, question_due: datetime | None
    ) -> Expiry:
        locked_at = deadline if question_due is None else min(deadline, question_due)
        answer = self._record_pending(pending, locked_at, blank_counts=False)
        self._end(EndReason.TIME_UP, deadline, self._timeline.reading_of(deadline))
        return Expiry(ExpiryKind.QUIZ, answer, None)

    def _question_time_up(self, pending: Response, due: datetime) -> Expiry:
        answer = self._record_pending(pending, due, blank_counts=True)
        if self._index < len(self._questions) - 1:
            return Expiry(ExpiryKind.QUESTION, answer, self._move_to(self._index + 1))
        due_reading = self._current_since_reading + (due - self._current_since).total_seconds()
        self._end(EndReason.QUESTION_TIME_UP, due, due_reading)
        return Expiry(ExpiryKind.QUESTION, answer, None)

    def _checked(self, index: int) -> int:
        if not 0 <= index < len(self._questions):
            raise NavigationError(f"there is no question {index}")
        return index

    def _check_not_finished(self) -> None:
        if self.finished:
            raise QuizFinishedError("the attempt has ended")

    def _check_open(self) -> None:
        self._check_not_finished()
        if self.remaining() == 0 or self.question_remaining() == 0:
            raise DeadlinePassedError("a deadline has passed; call tick() first")

    def _check_flaggable(self, index: int) -> None:
        self._check_not_finished()
        self._checked(index)
        if self._forward_only:
            raise NavigationError("questions cannot be flagged in a forward-only quiz")

    def _move_to(self, index: int) -> Shown:
        return self._make_current(index, *self._timeline.now())

    def _make_current(self, index: int, since: datetime, since_reading: float) -> Shown:
        self._index = index
        self._current_since = since
        self._current_since_reading = since_reading
        self._note_shown(index, since)
        return self.shown

    def _note_shown(self, index: int, at: datetime) -> None:
        earliest = self._first_shown.get(index)
        if earliest is None or at < earliest:
            self._first_shown[index] = at
        self._note_activity(at)

    def _note_activity(self, at: datetime) -> None:
        self._last_activity = max(self._last_activity, at)

    def _record(self, index: int, response: Response, answered_at: datetime) -> AnswerEvent:
        question = self._questions[index].question
        event = AnswerEvent(
            answer_id=str(uuid.uuid4()),
            question=question,
            response=response,
            grade=grade(question, response),
            shown_at=self._first_shown[index],
            answered_at=answered_at,
        )
        self._latest[index] = event
        self._note_activity(answered_at)
        return event

    def _record_pending(
        self, pending: Response, locked_at: datetime, *, blank_counts: bool
    ) -> AnswerEvent | None:
        """Record the answer on screen at expiry, unless it is already the latest.

        With ``blank_counts`` an unanswered question gets a ``None`` answer,
        so the log shows that its time ran out.
        """
        latest = self._latest.get(self._index)
        if not is_given(pending):
            if latest is not None or not blank_counts:
                return None
            return self._record(self._index, None, locked_at)
        if latest is not None and latest.response == pending:
            return None
        return self._record(self._index, pending, locked_at)

    def _replay(self, answers: Sequence[PastAnswer], positions: Mapping[str, int]) -> None:
        for past in answers:
            index = positions[past.question_id]
            question = self._questions[index].question
            self._note_shown(index, past.shown_at)
            self._note_activity(past.answered_at)
            self._latest[index] = AnswerEvent(
                answer_id=past.answer_id,
                question=question,
                response=past.response,
                grade=grade(question, past.response),
                shown_at=past.shown_at,
                answered_at=past.answered_at,
            )

    def _end(self, reason: EndReason, at: datetime, reading: float) -> None:
        self._end_reason = reason
        self._finished_at = at
        self._finished_reading = reading


class _Timed(Protocol):
    @property
    def shown_at(self) -> datetime: ...

    @property
    def answered_at(self) -> datetime: ...


def latest_instant(instants: Iterable[datetime | None], answers: Iterable[_Timed]) -> datetime:
    """The latest of ``instants`` (at least one given) and of the answers' instants."""
    times = [t for t in instants if t is not None]
    times.extend(t for answer in answers for t in (answer.shown_at, answer.answered_at))
    return max(times)


def _present_all(
    bank: Bank, questions: Sequence[Question], seed: int
) -> tuple[PresentedQuestion, ...]:
    shuffle = bank.settings.shuffle_choices
    return tuple(present(q, seed=seed, shuffle_choices=shuffle) for q in questions)


def _find(bank: Bank, question_id: str) -> Question:
    try:
        return bank.question(question_id)
    except KeyError:
        raise ResumeError(f"the bank has no question {question_id!r}") from None


def _position(positions: Mapping[str, int], question_id: str) -> int:
    try:
        return positions[question_id]
    except KeyError:
        raise ResumeError(f"question {question_id!r} was not drawn in this attempt") from None
