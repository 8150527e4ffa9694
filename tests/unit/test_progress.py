"""The progress charts' series, worked out by hand on two small attempts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quizapp.stats.progress import AttemptResults, QuestionResult, progress, tag_mastery
from quizapp.stats.scoring import Score

DAY_1 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
DAY_2 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

# Day 1: 1 of 4 points (25 %, failed at 60); q3 never answered. Answers took 10 s and 30 s.
FIRST = AttemptResults(
    "first",
    DAY_1,
    total_points=4,
    pass_mark=60,
    questions=(
        QuestionResult("q1", ("algebra",), 1, 1, 10.0),
        QuestionResult("q2", ("algebra", "geometry"), 0, 2, 30.0),
        QuestionResult("q3", ("geometry",), 0, 1, None),
    ),
)
# Day 2: every point (100 %, passed at 70); answers took 6 s, 8 s and 40 s.
SECOND = AttemptResults(
    "second",
    DAY_2,
    total_points=4,
    pass_mark=70,
    questions=(
        QuestionResult("q1", ("algebra",), 1, 1, 6.0),
        QuestionResult("q2", ("algebra", "geometry"), 2, 2, 8.0),
        QuestionResult("q3", ("geometry",), 1, 1, 40.0),
    ),
)


def test_scores_are_each_attempts_percent_oldest_first_with_its_pass_mark() -> None:
    result = progress([SECOND, FIRST])

    assert [point.attempt_id for point in result.scores] == ["first", "second"]
    assert [point.percent for point in result.scores] == [25.0, 100.0]
    assert result.scores[0].score == Score.of(1, 4, 60)
    assert [point.score.passed for point in result.scores] == [False, True]
    assert result.pass_mark == 70  # the latest attempt's: the one to beat next


def test_mastery_per_tag_is_the_share_of_points_across_attempts_weakest_first() -> None:
    # geometry: q2 0/2 + q3 0/1 (unanswered) + q2 2/2 + q3 1/1 = 3 of 6 = 50 %
    # algebra:  q1 1/1 + q2 0/2 + q1 1/1 + q2 2/2 = 4 of 6 = 66.7 %
    mastery = progress([FIRST, SECOND]).tags

    assert [item.tag for item in mastery] == ["geometry", "algebra"]
    assert mastery[0].score == Score.of(3, 6)
    assert mastery[0].percent == 50.0
    assert mastery[1].percent == pytest.approx(200 / 3)
    assert [item.answers for item in mastery] == [4, 4]


def test_time_per_question_is_the_median_of_the_answered_ones_per_attempt() -> None:
    # Day 1: median of 10 and 30 (q3 unanswered, left out) = 20; day 2: of 6, 8, 40 = 8.
    times = progress([FIRST, SECOND]).times

    assert [(point.attempt_id, point.median_seconds, point.answered) for point in times] == [
        ("first", 20.0, 2),
        ("second", 8.0, 3),
    ]


def test_an_attempt_without_answers_scores_zero_and_has_no_time() -> None:
    blank = AttemptResults(
        "blank", DAY_1, total_points=2, pass_mark=50, questions=(QuestionResult("q1", (), 0, 2),)
    )

    result = progress([blank])

    assert [point.percent for point in result.scores] == [0.0]
    assert result.times == ()
    assert result.tags == ()  # an untagged question counts for no tag


def test_a_tag_written_twice_counts_once_and_ties_go_by_name() -> None:
    attempt = AttemptResults(
        "a",
        DAY_1,
        total_points=2,
        pass_mark=60,
        questions=(
            QuestionResult("q1", ("Zebra", "zebra", "Zebra"), 1, 2),
            QuestionResult("q2", ("apple",), 1, 2),
        ),
    )

    mastery = tag_mastery([attempt])

    assert [(item.tag, item.score) for item in mastery] == [
        ("apple", Score.of(1, 2)),
        ("Zebra", Score.of(1, 2)),
        ("zebra", Score.of(1, 2)),
    ]


def test_no_attempts_no_series_and_no_pass_mark() -> None:
    result = progress([])

    assert (result.scores, result.tags, result.times, result.pass_mark) == ((), (), (), None)
