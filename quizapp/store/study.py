"""What the study modes ask next: the mistakes to drill and the review cards due.

Both read only the profile's own rows and keep to the library as it is now:
questions gone from their file (inactive) and banks gone from the library
(hidden) are left out, and come back with them. A card whose question was
edited since it was last answered (a new content hash) is due at once.

The caller owns the transaction (``*, session``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, case, func, select
from sqlmodel import Session

from quizapp.store.tables import metadata

ANSWERS = metadata.tables["answers"]
ATTEMPTS = metadata.tables["attempts"]
BANKS = metadata.tables["banks"]
CARDS = metadata.tables["cards"]
QUESTIONS = metadata.tables["questions"]

QuestionKey = tuple[str, str]  # (bank id, question id)


def mistaken_questions(
    *, session: Session, profile_id: int, bank_id: str | None = None
) -> list[QuestionKey]:
    """The questions whose latest answer by the profile, in any mode, was below full marks.

    By bank title, then the question's place in its file.
    """
    ranked = (
        select(
            ATTEMPTS.c.bank_id,
            ANSWERS.c.question_id,
            ANSWERS.c.points,
            ANSWERS.c.possible,
            func.row_number()
            .over(
                partition_by=(ATTEMPTS.c.bank_id, ANSWERS.c.question_id),
                order_by=(ANSWERS.c.answered_at.desc(), ANSWERS.c.seq.desc()),
            )
            .label("newest"),
        )
        .join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
        .where(ATTEMPTS.c.profile_id == profile_id)
    )
    if bank_id is not None:
        ranked = ranked.where(ATTEMPTS.c.bank_id == bank_id)
    latest = ranked.subquery("latest")
    statement = (
        select(latest.c.bank_id, latest.c.question_id)
        .join(BANKS, BANKS.c.id == latest.c.bank_id)
        .join(
            QUESTIONS,
            and_(
                QUESTIONS.c.bank_id == latest.c.bank_id,
                QUESTIONS.c.question_id == latest.c.question_id,
            ),
        )
        .where(
            latest.c.newest == 1,
            latest.c.points < latest.c.possible,
            QUESTIONS.c.active,
            BANKS.c.hidden.is_(False),
        )
        .order_by(func.lower(BANKS.c.title), BANKS.c.id, QUESTIONS.c.position)
    )
    return [(row.bank_id, row.question_id) for row in session.connection().execute(statement)]


def due_cards(
    *,
    session: Session,
    profile_id: int,
    due_before: datetime,
    bank_id: str | None = None,
    limit: int | None = None,
) -> list[QuestionKey]:
    """The profile's cards due before ``due_before``, the most overdue first.

    A card whose question changed since it was last answered comes first,
    whatever its due date; suspended and hidden cards are left out.
    """
    changed = CARDS.c.content_hash != QUESTIONS.c.content_hash
    statement = (
        select(CARDS.c.bank_id, CARDS.c.question_id)
        .join(BANKS, BANKS.c.id == CARDS.c.bank_id)
        .join(
            QUESTIONS,
            and_(
                QUESTIONS.c.bank_id == CARDS.c.bank_id,
                QUESTIONS.c.question_id == CARDS.c.question_id,
            ),
        )
        .where(
            CARDS.c.profile_id == profile_id,
            QUESTIONS.c.active,
            BANKS.c.hidden.is_(False),
            (CARDS.c.due < due_before) | changed,
        )
        .order_by(case((changed, 0), else_=1), CARDS.c.due, CARDS.c.bank_id, CARDS.c.question_id)
    )
    if bank_id is not None:
        statement = statement.where(CARDS.c.bank_id == bank_id)
    if limit is not None:
        statement = statement.limit(limit)
    return [(row.bank_id, row.question_id) for row in session.connection().execute(statement)]
