"""Study use cases over the cards: the streak and the desired retention.

The counts per bank (``QuizService.due``) live with the other use cases in
:mod:`quizapp.service.app`; what is here is what a study session and the
library's header ask beside them (the next card to review is chosen with
the review session, :func:`quizapp.service.study.next_review_card`). Days are
the student's local days: the computer's own time zone, summer time included
(:func:`local_zone`), unless a zone is given.
"""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from sqlalchemy.engine import Engine

from quizapp.learn.schedule import streak_of_days
from quizapp.quiz.clock import Clock
from quizapp.service.errors import UnknownProfileError
from quizapp.store import study_queue
from quizapp.store.db import session_scope
from quizapp.store.tables import Profile

# What the Settings dialog offers; FSRS's authors advise staying within it.
LOWEST_RETENTION = 0.70
HIGHEST_RETENTION = 0.97


def local_zone() -> tzinfo:
    """This computer's time zone, with its summer time (not just today's offset)."""
    from tzlocal import get_localzone

    return get_localzone()


def study_streak(engine: Engine, clock: Clock, profile_id: int, zone: tzinfo | None = None) -> int:
    """Days in a row, in local days, with at least one review, ending today or yesterday."""
    local = zone or local_zone()
    today = clock.now().astimezone(local).date()
    reviewed: set[date] = set()
    newest = today
    with session_scope(engine) as session:
        while True:
            flags = study_queue.reviewed_days(
                session=session, profile_id=profile_id, newest=newest, zone=local
            )
            days = [newest - timedelta(days=i) for i in range(len(flags))]
            reviewed.update(day for day, flag in zip(days, flags, strict=True) if flag)
            count = streak_of_days(reviewed, today)
            first = today if today in reviewed else today - timedelta(days=1)
            if count == 0 or first - timedelta(days=count - 1) != days[-1]:
                return count
            newest = days[-1] - timedelta(days=1)  # the streak goes on past these days


def desired_retention(engine: Engine, profile_id: int) -> float:
    with session_scope(engine) as session:
        profile = session.get(Profile, profile_id)
        if profile is None:
            raise UnknownProfileError(str(profile_id))
        return profile.desired_retention


def set_desired_retention(engine: Engine, profile_id: int, retention: float) -> None:
    """Keep ``retention`` (0.70 to 0.97) for the profile; its cards are rescheduled with it.

    ValueError outside that range.
    """
    if not LOWEST_RETENTION <= retention <= HIGHEST_RETENTION:
        raise ValueError(
            f"a desired retention is from {LOWEST_RETENTION} to {HIGHEST_RETENTION}, "
            f"not {retention}"
        )
    with session_scope(engine) as session:
        try:
            study_queue.set_desired_retention(
                session=session, profile_id=profile_id, retention=retention
            )
        except LookupError:
            raise UnknownProfileError(str(profile_id)) from None
