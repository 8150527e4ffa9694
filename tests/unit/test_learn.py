"""Spaced repetition, Qt-free: ratings from answers, FSRS schedules, local days, streaks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from quizapp.learn.rating import Rating, rating_for, typical_seconds
from quizapp.learn.schedule import (
    Review,
    due_count,
    end_of_day,
    is_due_today,
    mastery,
    new_card,
    replay,
    review,
    streak,
)

JAKARTA = ZoneInfo("Asia/Jakarta")  # UTC+7 all year
BERLIN = ZoneInfo("Europe/Berlin")  # summer time from 2026-03-29 02:00
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


# --- ratings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("points", "possible", "seconds", "expected"),
    [
        (0, 1, 3, Rating.AGAIN),  # wrong
        (0.4, 1, 3, Rating.AGAIN),  # partial, below half
        (0.5, 1, 3, Rating.HARD),  # partial, half
        (2, 3, 30, Rating.HARD),
        (1, 1, 10, Rating.GOOD),  # right in the typical time
        (1, 1, 9.9, Rating.EASY),  # right in under half of 20 s
        (2, 2, 10, Rating.GOOD),  # exactly half is not under half
    ],
)
def test_a_graded_answer_becomes_a_rating(
    points: float, possible: float, seconds: float, expected: Rating
) -> None:
    assert rating_for(points, possible, seconds, typical=20) is expected


def test_the_typical_time_is_the_median_of_right_answers_then_the_limit_then_20_s() -> None:
    assert typical_seconds([12, 30, 18], time_limit=60) == 18
    assert typical_seconds([], time_limit=45) == 45
    assert typical_seconds([], time_limit=None) == 20


# --- schedules -------------------------------------------------------------------------


def test_a_card_answered_right_moves_further_out_each_time() -> None:
    card = review(None, Rating.GOOD, START)
    intervals = []
    for _ in range(4):
        at = card.due
        card = review(card, Rating.GOOD, at)
        intervals.append(card.due - at)
    assert intervals == sorted(intervals)
    assert intervals[-1] > timedelta(days=7)


def test_a_wrong_answer_comes_back_the_same_day() -> None:
    card = replay(Review(START + timedelta(days=d), Rating.GOOD) for d in (0, 0, 2, 13))
    assert card is not None
    assert card.last_review is not None
    assert card.due - card.last_review > timedelta(days=7)
    lapse = datetime(2026, 2, 20, 8, 0, tzinfo=JAKARTA)

    again = review(card, Rating.AGAIN, lapse)

    assert again.due.astimezone(JAKARTA).date() == lapse.date()
    assert is_due_today(again, lapse, JAKARTA)


def test_the_schedule_worked_out_again_from_the_log_equals_the_one_stored_as_it_went() -> None:
    log = [
        Review(START, Rating.GOOD),
        Review(START + timedelta(minutes=11), Rating.HARD),
        Review(START + timedelta(days=2), Rating.EASY),
        Review(START + timedelta(days=9), Rating.AGAIN),
        Review(START + timedelta(days=9, minutes=15), Rating.GOOD),
    ]
    stepwise = None
    for each in log:
        stepwise = review(stepwise, each.rating, each.at)

    assert replay(log) == stepwise


# --- local days ------------------------------------------------------------------------


def test_due_today_counts_to_the_next_local_midnight() -> None:
    late_tonight = new_card(datetime(2026, 1, 5, 23, 30, tzinfo=JAKARTA))
    after_midnight = new_card(datetime(2026, 1, 6, 0, 30, tzinfo=JAKARTA))
    cards = [late_tonight, after_midnight]

    morning = datetime(2026, 1, 5, 10, 0, tzinfo=JAKARTA)  # 03:00 UTC
    assert due_count(cards, morning, JAKARTA) == 1
    assert due_count(cards, datetime(2026, 1, 5, 23, 59, 59, tzinfo=JAKARTA), JAKARTA) == 1
    assert due_count(cards, datetime(2026, 1, 6, 0, 0, tzinfo=JAKARTA), JAKARTA) == 2
    # In UTC it is still 5 January at 16:59 local: the local day decides, not UTC's.
    assert end_of_day(morning, JAKARTA) == datetime(2026, 1, 6, tzinfo=JAKARTA)


def test_a_streak_counts_local_days_across_a_change_to_summer_time() -> None:
    reviews = [
        datetime(2026, 3, 27, 21, 0, tzinfo=BERLIN),
        datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN),
        datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN),  # a 23-hour day
        datetime(2026, 3, 30, 0, 15, tzinfo=BERLIN),
    ]
    noon = datetime(2026, 3, 30, 12, 0, tzinfo=BERLIN)
    assert streak(reviews, noon, BERLIN) == 4
    # Nothing yet on the 31st: the streak still stands until that day is over.
    assert streak(reviews, datetime(2026, 3, 31, 20, 0, tzinfo=BERLIN), BERLIN) == 4
    assert streak(reviews, datetime(2026, 4, 1, 0, 0, tzinfo=BERLIN), BERLIN) == 0
    assert streak(reviews[:2] + reviews[3:], noon, BERLIN) == 1  # the 29th missed


def test_mastery_is_the_share_of_cards_recalled_at_the_desired_retention() -> None:
    known = review(review(None, Rating.GOOD, START), Rating.GOOD, START + timedelta(minutes=10))
    forgotten = review(None, Rating.AGAIN, START - timedelta(days=400))

    assert mastery([known, forgotten], START + timedelta(minutes=11)) == 50.0
    assert mastery([], START) is None


def test_mastered_by_whole_days_is_fsrs_retrievability_at_the_desired_retention() -> None:
    from quizapp.learn.schedule import is_mastered, recall_days_factor, retrievability

    assert recall_days_factor(0.9) == pytest.approx(1.0)
    assert recall_days_factor(0.7) > 1 > recall_days_factor(0.97)
    for retention in (0.7, 0.8, 0.9, 0.95, 0.97):
        first = review(None, Rating.GOOD, START, retention)
        card = review(first, Rating.EASY, START + timedelta(minutes=10), retention)
        for days in range(0, 60):
            at = START + timedelta(days=days, hours=3)
            recalled = retrievability(card, at, retention)
            if abs(recalled - retention) < 1e-9:
                continue  # on the boundary float rounding may go either way
            expected = card.due >= at and recalled >= retention
            assert is_mastered(card, at, retention) == expected, (retention, days)
        assert is_mastered(card, START + timedelta(minutes=11), retention)
        assert not is_mastered(card, card.due + timedelta(seconds=1), retention)  # due again
