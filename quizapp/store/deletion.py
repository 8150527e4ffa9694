"""Deleting a profile or an attempt, with everything that hangs from it.

An attempt goes with its answers and their study reviews; the cards those
reviews touched are worked out again from the reviews left (a card left with
none goes). A profile goes with all its attempts and its cards. Question
versions and their stored pictures stay: they hold nothing of a student and
may be shared with other attempts and banks. The caller
owns the transaction (``*, session``) and asks first (the service checks the
teacher PIN).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, distinct, func, select
from sqlmodel import Session

from quizapp.store.cards import replay_card
from quizapp.store.tables import Attempt, Profile, StoredBank, metadata

CARDS = metadata.tables["cards"]
REVIEWS = metadata.tables["reviews"]
OUTBOX = metadata.tables["outbox"]
CLASS_LINK = metadata.tables["class_link"]
ANSWERS = metadata.tables["answers"]
ATTEMPTS = metadata.tables["attempts"]
PROFILES = metadata.tables["profiles"]


@dataclass(frozen=True)
class ProfileContents:
    name: str
    attempts: int
    answers: int


@dataclass(frozen=True)
class AttemptContents:
    profile: str
    bank_title: str
    started_at: datetime
    answers: int


def profile_contents(profile_id: int, *, session: Session) -> ProfileContents:
    """What deleting the profile would take with it; LookupError when there is no such profile."""
    profile = session.get(Profile, profile_id)
    if profile is None:
        raise LookupError(f"no profile {profile_id}")
    connection = session.connection()
    attempts = connection.execute(
        select(func.count()).select_from(ATTEMPTS).where(ATTEMPTS.c.profile_id == profile_id)
    ).scalar_one()
    answers = connection.execute(
        select(func.count(distinct(ANSWERS.c.id)))
        .join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
        .where(ATTEMPTS.c.profile_id == profile_id)
    ).scalar_one()
    return ProfileContents(profile.name, int(attempts), int(answers))


def attempt_contents(attempt_id: str, *, session: Session) -> AttemptContents:
    """What deleting the attempt would take with it; LookupError when there is no such attempt."""
    attempt = session.get(Attempt, attempt_id)
    if attempt is None:
        raise LookupError(f"no attempt {attempt_id}")
    profile = session.get(Profile, attempt.profile_id)
    bank = session.get(StoredBank, attempt.bank_id)
    answers = (
        session.connection()
        .execute(
            select(func.count()).select_from(ANSWERS).where(ANSWERS.c.attempt_id == attempt_id)
        )
        .scalar_one()
    )
    return AttemptContents(
        profile.name if profile is not None else "",
        bank.title if bank is not None else attempt.bank_id,
        attempt.started_at,
        int(answers),
    )


def delete_attempt(attempt_id: str, *, session: Session) -> None:
    """Delete the attempt, its answers and their reviews; its cards replayed (flushed)."""
    attempt = session.get(Attempt, attempt_id)
    if attempt is None:
        raise LookupError(f"no attempt {attempt_id}")
    connection = session.connection()
    answer_ids = select(ANSWERS.c.id).where(ANSWERS.c.attempt_id == attempt_id)
    touched = connection.execute(
        select(REVIEWS.c.profile_id, REVIEWS.c.bank_id, REVIEWS.c.question_id)
        .where(REVIEWS.c.answer_id.in_(answer_ids))
        .distinct()
    ).all()
    connection.execute(delete(REVIEWS).where(REVIEWS.c.answer_id.in_(answer_ids)))
    connection.execute(delete(ANSWERS).where(ANSWERS.c.attempt_id == attempt_id))
    connection.execute(delete(ATTEMPTS).where(ATTEMPTS.c.id == attempt_id))
    for profile_id, bank_id, question_id in touched:
        _replay(session, profile_id, bank_id, question_id)
    session.expire_all()


def delete_profile(profile_id: int, *, session: Session) -> None:
    """Delete the profile with its attempts, answers, reviews and cards (flushed)."""
    if session.get(Profile, profile_id) is None:
        raise LookupError(f"no profile {profile_id}")
    connection = session.connection()
    attempt_ids = select(ATTEMPTS.c.id).where(ATTEMPTS.c.profile_id == profile_id)
    connection.execute(delete(REVIEWS).where(REVIEWS.c.profile_id == profile_id))
    connection.execute(delete(CARDS).where(CARDS.c.profile_id == profile_id))
    connection.execute(delete(ANSWERS).where(ANSWERS.c.attempt_id.in_(attempt_ids)))
    connection.execute(delete(ATTEMPTS).where(ATTEMPTS.c.profile_id == profile_id))
    # What a class database was sent stays there; what was not yet sent goes.
    connection.execute(delete(OUTBOX).where(OUTBOX.c.profile_id == profile_id))
    connection.execute(delete(CLASS_LINK).where(CLASS_LINK.c.profile_id == profile_id))
    connection.execute(delete(PROFILES).where(PROFILES.c.id == profile_id))
    session.expire_all()


def _replay(session: Session, profile_id: int, bank_id: str, question_id: str) -> None:
    where = (
        (CARDS.c.profile_id == profile_id)
        & (CARDS.c.bank_id == bank_id)
        & (CARDS.c.question_id == question_id)
    )
    connection = session.connection()
    state = replay_card(session, profile_id, bank_id, question_id)
    if state is None:
        connection.execute(delete(CARDS).where(where))
        return
    count = connection.execute(
        select(func.count())
        .select_from(REVIEWS)
        .where(
            REVIEWS.c.profile_id == profile_id,
            REVIEWS.c.bank_id == bank_id,
            REVIEWS.c.question_id == question_id,
        )
    ).scalar_one()
    connection.execute(
        CARDS.update()
        .where(where)
        .values(
            state=state.state,
            step=state.step,
            stability=state.stability,
            difficulty=state.difficulty,
            due=state.due,
            last_review=state.last_review,
            reviews=count,
        )
    )
