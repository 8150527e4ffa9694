"""Spaced repetition with FSRS (the ``fsrs`` package, version 6): cards, due days, mastery.

A card is one question for one profile. Its state is a plain, immutable
:class:`CardState`, so the store can keep it and rebuild it: :func:`replay`
over a card's review log gives exactly the state that reviewing one answer at
a time (:func:`review`) gave, because the scheduler runs without FSRS's random
fuzzing. Everything about days is in the student's local days: a card due at
any time today (before the next local midnight) is due today.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cache

import fsrs

from quizapp.learn.rating import Rating

DEFAULT_RETENTION = 0.9


@dataclass(frozen=True)
class CardState:
    """Where a card stands after its reviews (FSRS's card, as plain values)."""

    state: int  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: int | None
    stability: float | None
    difficulty: float | None
    due: datetime  # aware, UTC
    last_review: datetime | None  # aware, UTC


@dataclass(frozen=True)
class Review:
    """One answer as a review: when, and how well."""

    at: datetime  # aware
    rating: Rating


def new_card(now: datetime) -> CardState:
    """A card never reviewed: due now."""
    return _state_of(fsrs.Card(card_id=0, due=now.astimezone(UTC)))


def review(
    card: CardState | None, rating: Rating, at: datetime, retention: float = DEFAULT_RETENTION
) -> CardState:
    """The card after one more review (``card`` None: its first)."""
    scheduler = _scheduler(retention)
    before = _card_of(card if card is not None else new_card(at))
    after, _ = scheduler.review_card(
        before, fsrs.Rating(int(rating)), review_datetime=at.astimezone(UTC)
    )
    return _state_of(after)


def replay(reviews: Iterable[Review], retention: float = DEFAULT_RETENTION) -> CardState | None:
    """The card's state worked out again from its whole review log, oldest first."""
    card: CardState | None = None
    for each in reviews:
        card = review(card, each.rating, each.at, retention)
    return card


def retrievability(card: CardState, now: datetime, retention: float = DEFAULT_RETENTION) -> float:
    """The chance, 0–1, that the student recalls the card now (FSRS's forgetting curve)."""
    return float(_scheduler(retention).get_card_retrievability(_card_of(card), now.astimezone(UTC)))


def end_of_day(now: datetime, zone: tzinfo) -> datetime:
    """The next local midnight after ``now``: a card due before it is due today."""
    today = now.astimezone(zone).date()
    return start_of_day(today + timedelta(days=1), zone)


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """The instant ``day`` begins in ``zone`` (its local midnight), as UTC."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def is_due_today(card: CardState, now: datetime, zone: tzinfo) -> bool:
    return card.due < end_of_day(now, zone)


def due_count(cards: Iterable[CardState], now: datetime, zone: tzinfo) -> int:
    """How many cards are due today, in the student's local days."""
    cutoff = end_of_day(now, zone)
    return sum(1 for card in cards if card.due < cutoff)


def mastery(
    cards: Sequence[CardState], at: datetime, retention: float = DEFAULT_RETENTION
) -> float | None:
    """The share of cards, 0–100, mastered at ``at``; None without cards.

    A card is mastered when FSRS puts its retrievability at ``at`` at or above
    the desired retention and does not want it again before then. FSRS counts
    elapsed time in whole days, so a card answered today has a retrievability
    of 1 all day: the second condition keeps a card still in its learning or
    relearning steps (one just answered wrong, say) from counting as mastered.
    The library asks at the end of today (:func:`end_of_day`).
    """
    if not cards:
        return None
    known = sum(1 for card in cards if is_mastered(card, at, retention))
    return 100.0 * known / len(cards)


def is_mastered(card: CardState, at: datetime, retention: float = DEFAULT_RETENTION) -> bool:
    """Whether ``card`` counts as mastered at ``at`` (see :func:`mastery`).

    FSRS's retrievability after ``t`` whole days is ``(1 + F t / S) ** D``
    (``S`` the stability, ``D`` < 0); it is at or above the retention ``r``
    exactly when ``t <= S * recall_days_factor(r)``. Asked that way, the store
    can answer it in SQL for every card at once, with the same result.
    """
    if card.due < at or card.stability is None or card.last_review is None:
        return False
    return elapsed_days(card.last_review, at) <= card.stability * recall_days_factor(retention)


def elapsed_days(since: datetime, at: datetime) -> int:
    """Whole days from ``since`` to ``at``, never below 0, as FSRS counts them."""
    return max(0, (at - since).days)


def recall_days_factor(retention: float) -> float:
    """How many times its stability a card is recalled at ``retention`` or better.

    FSRS's own interval (``Scheduler._next_interval`` before rounding): 1 at
    a retention of 0.9, more below it, less above.
    """
    decay = -float(_scheduler(retention).parameters[20])  # FSRS-6's w20, as the scheduler reads it
    return float((retention ** (1 / decay) - 1) / (0.9 ** (1 / decay) - 1))


def streak(review_instants: Iterable[datetime], now: datetime, zone: tzinfo) -> int:
    """Days in a row, in local days, with at least one review, ending today or yesterday.

    A streak is not broken before the day is over: with no review yet today,
    the days up to yesterday still count.
    """
    days = {instant.astimezone(zone).date() for instant in review_instants}
    return streak_of_days(days, now.astimezone(zone).date())


def streak_of_days(days: Collection[date], today: date) -> int:
    """The streak ending ``today`` or yesterday, given the local days with a review."""
    day = today
    if day not in days:
        day -= timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


# --- FSRS's own types ------------------------------------------------------------------


@cache
def _scheduler(retention: float) -> fsrs.Scheduler:
    # No fuzzing: the same log must always give the same schedule (replay).
    return fsrs.Scheduler(desired_retention=retention, enable_fuzzing=False)


def _card_of(state: CardState) -> fsrs.Card:
    return fsrs.Card(
        card_id=0,
        state=fsrs.State(state.state),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due.astimezone(UTC),
        last_review=None if state.last_review is None else state.last_review.astimezone(UTC),
    )


def _state_of(card: fsrs.Card) -> CardState:
    return CardState(
        state=int(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )
