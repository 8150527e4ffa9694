"""What study asks the store beside the library's counts and the next card: reviewed days,
and a profile's schedule worked out again for a new desired retention.

The caller owns the transaction (``*, session``).
"""

from __future__ import annotations

from datetime import date, tzinfo

from sqlalchemy import bindparam, exists, select, update
from sqlmodel import Session

from quizapp.learn.rating import Rating
from quizapp.learn.schedule import Review, replay, start_of_day
from quizapp.store.cards import ANSWERS, CARDS, REVIEWS
from quizapp.store.tables import Profile, UTCDateTime

# --- the days with a review (the streak) -------------------------------------------------

DAYS_PER_QUERY = 64

_BOUNDS = [bindparam(f"bound{i}", type_=UTCDateTime) for i in range(DAYS_PER_QUERY + 1)]
# One row: for each of DAYS_PER_QUERY days, newest first, whether it has a review.
# Day i runs from bound i+1 to bound i; each is one seek in the (profile_id, reviewed_at) index.
_REVIEWED_DAYS = select(
    *[
        exists()
        .where(
            REVIEWS.c.profile_id == bindparam("profile_id"),
            REVIEWS.c.reviewed_at >= _BOUNDS[i + 1],
            REVIEWS.c.reviewed_at < _BOUNDS[i],
        )
        .label(f"day{i}")
        for i in range(DAYS_PER_QUERY)
    ]
)


def reviewed_days(*, session: Session, profile_id: int, newest: date, zone: tzinfo) -> list[bool]:
    """For ``newest`` and the days before it (DAYS_PER_QUERY in all), whether each has a review.

    Days are local days in ``zone``: a day of 23 or 25 hours (summer time) is
    still one day.
    """
    bounds = {
        f"bound{i}": start_of_day(date.fromordinal(newest.toordinal() + 1 - i), zone)
        for i in range(DAYS_PER_QUERY + 1)
    }
    row = session.connection().execute(_REVIEWED_DAYS, {"profile_id": profile_id, **bounds}).one()
    return [bool(value) for value in row]


# --- a new desired retention ----------------------------------------------------------


def set_desired_retention(*, session: Session, profile_id: int, retention: float) -> int:
    """Store the profile's desired retention and work every card's schedule out again with it.

    The stored state stays what replaying the log gives (``cards.replay_card``
    uses the profile's retention): FSRS's stability and difficulty do not
    depend on it, the intervals, and so the due dates, do. Returns the number
    of cards rescheduled.
    """
    profile = session.get(Profile, profile_id)
    if profile is None:
        raise LookupError(profile_id)
    profile.desired_retention = retention
    session.add(profile)
    session.flush()
    connection = session.connection()
    rows = connection.execute(
        select(REVIEWS.c.bank_id, REVIEWS.c.question_id, REVIEWS.c.rating, REVIEWS.c.reviewed_at)
        .join(ANSWERS, ANSWERS.c.id == REVIEWS.c.answer_id)
        .where(REVIEWS.c.profile_id == profile_id)
        .order_by(REVIEWS.c.bank_id, REVIEWS.c.question_id, REVIEWS.c.reviewed_at, ANSWERS.c.seq)
    )
    logs: dict[tuple[str, str], list[Review]] = {}
    for row in rows:
        logs.setdefault((row.bank_id, row.question_id), []).append(
            Review(row.reviewed_at, Rating(row.rating))
        )
    changes = []
    for (bank_id, question_id), log in logs.items():
        state = replay(log, retention)
        assert state is not None
        changes.append(
            {
                "key_profile": profile_id,
                "key_bank": bank_id,
                "key_question": question_id,
                "state": state.state,
                "step": state.step,
                "stability": state.stability,
                "difficulty": state.difficulty,
                "due": state.due,
                "last_review": state.last_review,
            }
        )
    if changes:
        connection.execute(_UPDATE_CARD, changes)
    return len(changes)


_UPDATE_CARD = update(CARDS).where(
    CARDS.c.profile_id == bindparam("key_profile"),
    CARDS.c.bank_id == bindparam("key_bank"),
    CARDS.c.question_id == bindparam("key_question"),
)
