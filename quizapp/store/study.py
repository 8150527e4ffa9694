"""What the study modes ask next: the mistakes to drill and the review cards due.

Both read only the profile's own rows and keep to the library as it is now:
questions gone from their file (inactive) and banks gone from the library
(hidden) are left out, and come back with them. A card whose question was
edited since it was last answered (a new content hash) is due at once.

The caller owns the transaction (``*, session``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, Select, and_, func, select
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


@dataclass(frozen=True)
class NextCard:
    """The card to review next, and how many are due with it."""

    bank_id: str
    question_id: str
    # As scheduled (stored, UTC); a changed question makes it due now, whatever this says.
    due: datetime
    changed: bool  # its question changed since it was last answered
    due_count: int  # the cards due now, this one included (see next_due_card)
    changed_later: int | None  # other changed cards scheduled after the window; None: not counted


def next_due_card(
    *,
    session: Session,
    profile_id: int,
    before: datetime,
    now: datetime,
    bank_id: str | None = None,
    excluding: QuestionKey | None = None,
    count_changed: bool = True,
) -> NextCard | None:
    """The profile's most overdue visible card due before ``before``, or None when none is.

    A card whose question changed since it was last answered is due ``now``,
    whatever its schedule says. ``excluding`` (the card just answered) waits
    while another card is due, and is the answer only when none is.

    The cards due first are read through the ``(profile_id, due)`` index, two
    of them (one may be ``excluding``). Only when none of the others is due
    by ``now`` can a changed card come before them; only then are all the
    cards read for the changed ones. ``due_count`` counts the cards due before ``before``
    through the same index; the changed cards scheduled later are found only
    by reading every card, so they are counted only with ``count_changed``
    (otherwise only the card chosen is, when it is one of them).
    """
    connection = session.connection()
    cards = _visible_cards(profile_id, bank_id)
    scheduled = connection.execute(_first_two(cards.where(CARDS.c.due < before)))
    candidates = [_Candidate.of(row, now, excluding) for row in scheduled]
    if not any(c.due_by_now and not c.excluded for c in candidates):
        # Unordered: ordered by due, SQLite would walk the due index over every card.
        changed = connection.execute(cards.where(_CHANGED))
        candidates += [_Candidate.of(row, now, excluding) for row in changed]
    if not candidates:
        return None
    chosen = min(candidates)
    chosen_later = chosen.due >= before
    counts = cards.with_only_columns(func.count(), func.count().filter(_CHANGED))
    due_count, changed_sooner = connection.execute(counts.where(CARDS.c.due < before)).one()
    changed_later = None
    if count_changed:
        # Every changed card, then less those due anyway: "due >= before" here would
        # walk the due index over nearly every card, slower than reading the table.
        every_changed = connection.execute(counts.where(_CHANGED)).one()[0]
        changed_later = every_changed - changed_sooner - int(chosen_later)
        due_count += changed_later
    return NextCard(
        bank_id=chosen.key[0],
        question_id=chosen.key[1],
        due=chosen.due,
        changed=chosen.changed,
        due_count=due_count + int(chosen_later),
        changed_later=changed_later,
    )


_CHANGED = CARDS.c.content_hash != QUESTIONS.c.content_hash


@dataclass(frozen=True, order=True)
class _Candidate:
    """A card that may come next, ordered as it would be asked."""

    excluded: bool
    asked_at: datetime  # its due date, or now when its question changed and it was due later
    key: QuestionKey
    due: datetime
    changed: bool
    due_by_now: bool

    @staticmethod
    def of(row: Row[Any], now: datetime, excluding: QuestionKey | None) -> _Candidate:
        key = (row.bank_id, row.question_id)
        asked_at = min(row.due, now) if row.changed else row.due
        return _Candidate(
            excluded=key == excluding,
            asked_at=asked_at,
            key=key,
            due=row.due,
            changed=bool(row.changed),
            due_by_now=asked_at <= now,
        )


def _visible_cards(profile_id: int, bank_id: str | None) -> Select[Any]:
    """The profile's cards whose question is in its file and whose bank is in the library."""
    query = (
        select(CARDS.c.bank_id, CARDS.c.question_id, CARDS.c.due, _CHANGED.label("changed"))
        .join(BANKS, BANKS.c.id == CARDS.c.bank_id)
        .join(
            QUESTIONS,
            and_(
                QUESTIONS.c.bank_id == CARDS.c.bank_id,
                QUESTIONS.c.question_id == CARDS.c.question_id,
            ),
        )
        .where(CARDS.c.profile_id == profile_id, QUESTIONS.c.active, BANKS.c.hidden.is_(False))
    )
    return query if bank_id is None else query.where(CARDS.c.bank_id == bank_id)


def _first_two(query: Select[Any]) -> Select[Any]:
    """The two cards of ``query`` due first (ties in key order)."""
    return query.order_by(CARDS.c.due, CARDS.c.bank_id, CARDS.c.question_id).limit(2)
