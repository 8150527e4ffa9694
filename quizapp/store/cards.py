"""Study cards in the store: every answer a review, each card's FSRS state kept.

An answer stored by :func:`quizapp.store.attempts.record_answer` becomes a
review of its question's card for the attempt's profile (:func:`review_answer`,
in the same transaction, once per answer id). The card's state is kept in
``cards``; the log in ``reviews`` is enough to work it out again
(:func:`replay_card`). What the library shows is worked out when asked:

* a card whose question changed since it was last answered is due now;
* a card whose question left its file, or whose bank left the library, is
  not counted (suspended, hidden), and comes back with it.

The caller owns the transaction (``*, session``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Row,
    and_,
    case,
    cast,
    func,
    literal,
    not_,
    or_,
    select,
)
from sqlmodel import Session

from quizapp.bank.model import Question, settings_from_dict
from quizapp.learn.rating import Rating, rating_for, typical_seconds
from quizapp.learn.schedule import (
    CardState,
    Review,
    end_of_day,
    recall_days_factor,
    replay,
    review,
)
from quizapp.store.db import insert_ignoring_duplicates
from quizapp.store.tables import Attempt, Profile, metadata

CARDS = metadata.tables["cards"]
REVIEWS = metadata.tables["reviews"]
ANSWERS = metadata.tables["answers"]
ATTEMPTS = metadata.tables["attempts"]
QUESTIONS = metadata.tables["questions"]
BANKS = metadata.tables["banks"]


@dataclass(frozen=True)
class BankStudy:
    """One bank's cards for one profile, as the library and ``quizapp due`` show them."""

    bank_id: str
    title: str
    cards: int
    due: int  # due today, in the profile's local days
    mastery: float | None  # percent of cards still recalled at the desired retention tonight


def review_answer(
    *,
    session: Session,
    attempt_id: str,
    answer_id: str,
    question: Question,
    points: float,
    possible: float,
    content_hash: str,
    shown_at: datetime,
    answered_at: datetime,
) -> bool:
    """Review the card of an answer just stored; False when this answer was reviewed before."""
    attempt = session.get(Attempt, attempt_id)
    assert attempt is not None
    profile = session.get(Profile, attempt.profile_id)
    assert profile is not None
    key = (attempt.profile_id, attempt.bank_id, question.id)
    limit = question.time_limit or settings_from_dict(attempt.settings).question_time_limit
    typical = typical_seconds(_right_answer_seconds(session, *key, answer_id), limit)
    seconds = (answered_at - shown_at).total_seconds()
    rating = rating_for(points, possible, seconds, typical)
    connection = session.connection()
    added = connection.execute(
        insert_ignoring_duplicates(connection.dialect.name, REVIEWS, ["answer_id"]).values(
            answer_id=answer_id,
            profile_id=key[0],
            bank_id=key[1],
            question_id=key[2],
            rating=int(rating),
            reviewed_at=answered_at,
        )
    )
    if added.rowcount != 1:
        return False
    before = card_state(session, *key)
    after = review(before, rating, answered_at, profile.desired_retention)
    _save_card(session, key, after, content_hash, reviews=1 if before is None else None)
    return True


def card_state(
    session: Session, profile_id: int, bank_id: str, question_id: str
) -> CardState | None:
    """The card's stored state, or None before its first review."""
    row = (
        session.connection()
        .execute(
            select(CARDS).where(
                CARDS.c.profile_id == profile_id,
                CARDS.c.bank_id == bank_id,
                CARDS.c.question_id == question_id,
            )
        )
        .first()
    )
    return None if row is None else _state(row)


def replay_card(
    session: Session, profile_id: int, bank_id: str, question_id: str
) -> CardState | None:
    """The card's state worked out again from its review log alone."""
    profile = session.get(Profile, profile_id)
    assert profile is not None
    rows = session.connection().execute(
        select(REVIEWS.c.rating, REVIEWS.c.reviewed_at)
        .join(ANSWERS, ANSWERS.c.id == REVIEWS.c.answer_id)
        .where(
            REVIEWS.c.profile_id == profile_id,
            REVIEWS.c.bank_id == bank_id,
            REVIEWS.c.question_id == question_id,
        )
        .order_by(REVIEWS.c.reviewed_at, ANSWERS.c.seq)
    )
    log = [Review(row.reviewed_at, Rating(row.rating)) for row in rows]
    return replay(log, profile.desired_retention)


def study_by_bank(
    *, session: Session, profile_id: int, now: datetime, zone: tzinfo
) -> list[BankStudy]:
    """Per visible bank with cards: how many, how many due today, and the mastery.

    One grouped query for every bank: the library asks it on every visit. A
    card is due today when its question changed since it was answered or it is
    due before the next local midnight; it is mastered when neither holds and
    :func:`quizapp.learn.schedule.is_mastered` says so at that midnight (the
    same rule, in SQL: ``tests/store/test_study_glance.py`` compares the two).
    """
    profile = session.get(Profile, profile_id)
    assert profile is not None
    cutoff = end_of_day(now, zone)
    connection = session.connection()
    changed = CARDS.c.content_hash != QUESTIONS.c.content_hash
    due = or_(changed, CARDS.c.due < cutoff)
    mastered = and_(
        not_(changed),
        CARDS.c.due >= cutoff,
        CARDS.c.stability.is_not(None),
        CARDS.c.last_review > recalled_since(cutoff, profile.desired_retention, connection),
    )
    rows = connection.execute(
        select(
            CARDS.c.bank_id,
            BANKS.c.title,
            func.count().label("cards"),
            func.sum(case((due, 1), else_=0)).label("due"),
            func.sum(case((mastered, 1), else_=0)).label("mastered"),
        )
        .select_from(CARDS)
        .join(BANKS, BANKS.c.id == CARDS.c.bank_id)
        .join(
            QUESTIONS,
            and_(
                QUESTIONS.c.bank_id == CARDS.c.bank_id,
                QUESTIONS.c.question_id == CARDS.c.question_id,
            ),
        )
        .where(CARDS.c.profile_id == profile_id, QUESTIONS.c.active, BANKS.c.hidden.is_(False))
        .group_by(CARDS.c.bank_id, BANKS.c.title)
        .order_by(BANKS.c.title, CARDS.c.bank_id)
    )
    return [
        BankStudy(row.bank_id, row.title, row.cards, row.due, 100.0 * row.mastered / row.cards)
        for row in rows
    ]


def recalled_since(at: datetime, retention: float, connection: Connection) -> ColumnElement[Any]:
    """SQL for the earliest last review after which a card is still recalled at ``at``.

    FSRS counts whole days: a card reviewed ``t`` whole days before ``at`` is
    recalled at ``retention`` while ``t <= floor(stability * factor)``, that is
    while its last review is later than ``at`` less ``floor(stability * factor) + 1``
    days. The days are capped at about a thousand years, past any review.
    """
    whole = cast(CARDS.c.stability * recall_days_factor(retention), Integer)
    if connection.dialect.name == "sqlite":
        # Stored instants read "YYYY-MM-DD HH:MM:SS.ffffff" (UTC): whole days are
        # moved in SQLite's date arithmetic, the microseconds carried over as text.
        days = func.min(whole, _MAX_DAYS) + 1
        stamp = at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
        earliest = func.strftime("%Y-%m-%d %H:%M:%S", stamp, func.printf("-%d days", days))
        return earliest.concat(f".{at.microsecond:06d}")
    return literal(at) - func.make_interval(0, 0, 0, func.least(whole, _MAX_DAYS) + 1)


_MAX_DAYS = 365_000


def _right_answer_seconds(
    session: Session, profile_id: int, bank_id: str, question_id: str, except_answer: str
) -> list[float]:
    rows = session.connection().execute(
        select(ANSWERS.c.shown_at, ANSWERS.c.answered_at)
        .join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
        .where(
            ATTEMPTS.c.profile_id == profile_id,
            ATTEMPTS.c.bank_id == bank_id,
            ANSWERS.c.question_id == question_id,
            ANSWERS.c.id != except_answer,
            ANSWERS.c.possible > 0,
            ANSWERS.c.points >= ANSWERS.c.possible,
        )
    )
    return [(row.answered_at - row.shown_at).total_seconds() for row in rows]


def _save_card(
    session: Session,
    key: tuple[int, str, str],
    state: CardState,
    content_hash: str,
    *,
    reviews: int | None,
) -> None:
    values = {
        "content_hash": content_hash,
        "state": state.state,
        "step": state.step,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "due": state.due,
        "last_review": state.last_review,
    }
    connection = session.connection()
    if reviews is not None:  # the card's first review
        connection.execute(
            CARDS.insert().values(
                profile_id=key[0], bank_id=key[1], question_id=key[2], reviews=1, **values
            )
        )
        return
    connection.execute(
        CARDS.update()
        .where(
            CARDS.c.profile_id == key[0],
            CARDS.c.bank_id == key[1],
            CARDS.c.question_id == key[2],
        )
        .values(reviews=CARDS.c.reviews + 1, **values)
    )


def _state(row: Row[Any]) -> CardState:
    return CardState(
        state=row.state,
        step=row.step,
        stability=row.stability,
        difficulty=row.difficulty,
        due=row.due,
        last_review=row.last_review,
    )
