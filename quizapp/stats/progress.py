"""A student's progress at one bank, for the progress charts: plain rows in, three series out.

Pure functions, free of the store and of Qt. The store reads one
:class:`AttemptResults` per counted attempt (finished, of one profile at one
bank); :func:`progress` turns them into

* **score over time**: each attempt's percent and pass/fail, as
  :mod:`quizapp.stats.scoring` makes every score (the points of the latest
  answer per question out of all the drawn questions' points), with the pass
  mark the attempt was taken under;
* **mastery per tag**: per tag of the questions drawn, the share of the points
  earned across every counted attempt (a question with two tags counts for
  both; an unanswered one earns 0 of its points; untagged questions count for no
  tag), weakest first;
* **time per question**: per attempt, the *median* seconds a student took over the
  questions they answered (from the question shown to the answer that counts).
  The median rather than the mean: a question left on screen while the student
  was away would pull the mean up and hide the trend, and the median of a handful
  of answers is what "how long does a question take me now" means. Attempts
  with no answer have no point.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from quizapp.stats.scoring import Score


@dataclass(frozen=True)
class QuestionResult:
    """One drawn question of an attempt, with the answer that counts.

    A question never answered has 0 ``points``, its own points as ``possible``
    and no ``seconds``.
    """

    question_id: str
    tags: tuple[str, ...]
    points: float
    possible: float
    seconds: float | None = None


@dataclass(frozen=True)
class AttemptResults:
    """A counted attempt: when it ended, its total and pass mark, each drawn question."""

    attempt_id: str
    finished_at: datetime  # aware UTC
    total_points: float  # the drawn questions' points when it started
    pass_mark: float
    questions: tuple[QuestionResult, ...]


@dataclass(frozen=True)
class ScorePoint:
    attempt_id: str
    finished_at: datetime
    score: Score  # with the attempt's pass mark

    @property
    def percent(self) -> float:
        return self.score.percent if self.score.percent is not None else 0.0


@dataclass(frozen=True)
class TagMastery:
    """The points earned on the questions of ``tag`` out of their points, in every attempt."""

    tag: str
    score: Score
    answers: int  # how many drawn questions, over all the attempts, carried the tag

    @property
    def percent(self) -> float:
        return self.score.percent if self.score.percent is not None else 0.0


@dataclass(frozen=True)
class TimePoint:
    attempt_id: str
    finished_at: datetime
    median_seconds: float  # per answered question
    answered: int


@dataclass(frozen=True)
class Progress:
    scores: tuple[ScorePoint, ...]  # oldest first
    tags: tuple[TagMastery, ...]  # weakest first
    times: tuple[TimePoint, ...]  # oldest first

    @property
    def pass_mark(self) -> float | None:
        """The pass mark of the latest attempt (the one to beat next); None without attempts."""
        return self.scores[-1].score.pass_mark if self.scores else None


def progress(attempts: Iterable[AttemptResults]) -> Progress:
    """The three series over ``attempts`` (in any order: they come out oldest first)."""
    ordered = sorted(attempts, key=lambda attempt: (attempt.finished_at, attempt.attempt_id))
    return Progress(
        scores=tuple(_score_point(attempt) for attempt in ordered),
        tags=tag_mastery(ordered),
        times=tuple(point for attempt in ordered if (point := _time_point(attempt)) is not None),
    )


def _score_point(attempt: AttemptResults) -> ScorePoint:
    points = sum(question.points for question in attempt.questions)
    return ScorePoint(
        attempt.attempt_id,
        attempt.finished_at,
        Score.of(points, attempt.total_points, attempt.pass_mark),
    )


def tag_mastery(attempts: Iterable[AttemptResults]) -> tuple[TagMastery, ...]:
    """Per tag, the points earned out of the points possible; weakest first, then by name."""
    earned: dict[str, float] = {}
    possible: dict[str, float] = {}
    counts: dict[str, int] = {}
    for attempt in attempts:
        for question in attempt.questions:
            for tag in dict.fromkeys(question.tags):  # a tag written twice counts once
                earned[tag] = earned.get(tag, 0.0) + question.points
                possible[tag] = possible.get(tag, 0.0) + question.possible
                counts[tag] = counts.get(tag, 0) + 1
    mastery = [
        TagMastery(tag, Score.of(earned[tag], possible[tag]), counts[tag])
        for tag in earned
        if possible[tag] > 0
    ]
    return tuple(sorted(mastery, key=lambda item: (item.percent, item.tag.casefold(), item.tag)))


def _time_point(attempt: AttemptResults) -> TimePoint | None:
    seconds = [q.seconds for q in attempt.questions if q.seconds is not None]
    if not seconds:
        return None
    return TimePoint(
        attempt.attempt_id,
        attempt.finished_at,
        float(statistics.median(max(0.0, value) for value in seconds)),
        len(seconds),
    )
