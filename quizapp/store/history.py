"""The attempts made, newest first, each with its whole answer log.

The service layer turns these rows into history's results and JSON; times
are the stored instants (aware UTC), scores the sums of the answers that count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlmodel import Session

from quizapp.bank.model import settings_from_dict
from quizapp.stats.scoring import Score
from quizapp.store.attempts import ANSWERS, latest_by_question, score_of
from quizapp.store.db import seconds_between
from quizapp.store.profiles import profile_key
from quizapp.store.tables import AttemptStatus, metadata

ATTEMPTS = metadata.tables["attempts"]
PROFILES = metadata.tables["profiles"]


@dataclass(frozen=True)
class HistoryRow:
    """One attempt with its log; ``answers`` are the stored answer rows in the order given."""

    id: str
    profile: str
    bank: str
    mode: str  # quizapp.learn.modes.Mode
    status: str
    end_reason: str | None
    started_at: datetime
    finished_at: datetime | None
    deadline: datetime | None
    score: Score  # the latest answer per question, with the pass mark; see list_attempts
    answers: tuple[Any, ...]


def list_attempts(
    *,
    session: Session,
    profile: str | None = None,
    bank: str | None = None,
    started_from: datetime | None = None,
    started_before: datetime | None = None,
    modes: Sequence[str] | None = None,
) -> list[HistoryRow]:
    """Every attempt (of this profile name, of this bank id), newest first, with its answers.

    ``started_from`` and ``started_before`` (aware instants) keep the attempts
    started at or after the first and before the second; ``modes`` (None: any)
    the attempts of those modes.

    ``score`` and ``possible`` count the latest answer per question; while an
    attempt is in progress ``possible`` is the answered questions' points,
    once finished all the drawn questions'. ``answers`` is the whole log.
    """
    connection = session.connection()
    where = _Filter(profile, bank, started_from, started_before, modes)
    attempts = connection.execute(where.apply(_attempt_columns())).all()
    all_answers = select(ANSWERS).join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
    answers = connection.execute(
        where.apply(all_answers).order_by(ANSWERS.c.attempt_id, ANSWERS.c.seq)
    ).all()
    log: dict[str, list[Any]] = defaultdict(list)
    for answer in answers:
        log[answer.attempt_id].append(answer)
    return [_history_row(attempt, log[attempt.id]) for attempt in attempts]


def _attempt_columns() -> Select[Any]:
    return (
        select(ATTEMPTS, PROFILES.c.name.label("profile_name"))
        .join(PROFILES, PROFILES.c.id == ATTEMPTS.c.profile_id)
        .order_by(ATTEMPTS.c.started_at.desc(), ATTEMPTS.c.id)
    )


@dataclass(frozen=True)
class _Filter:
    profile: str | None
    bank: str | None
    started_from: datetime | None
    started_before: datetime | None
    modes: Sequence[str] | None = None

    def apply(self, statement: Select[Any]) -> Select[Any]:
        if self.modes is not None:
            statement = statement.where(ATTEMPTS.c.mode.in_(list(self.modes)))
        if self.profile is not None:
            key = profile_key(self.profile)
            # Or by the name itself: a class database keys its profiles by their roles.
            profile_ids = select(PROFILES.c.id).where(
                or_(PROFILES.c.name_key == key, func.lower(PROFILES.c.name) == key)
            )
            statement = statement.where(ATTEMPTS.c.profile_id.in_(profile_ids))
        if self.bank is not None:
            statement = statement.where(ATTEMPTS.c.bank_id == self.bank)
        if self.started_from is not None:
            statement = statement.where(ATTEMPTS.c.started_at >= self.started_from)
        if self.started_before is not None:
            statement = statement.where(ATTEMPTS.c.started_at < self.started_before)
        return statement


def _history_row(attempt: Any, answers: list[Any]) -> HistoryRow:
    latest = latest_by_question(answers)
    score = score_of(
        ((a.points, a.possible) for a in latest.values()),
        finished=attempt.status == AttemptStatus.FINISHED,
        total_points=attempt.total_points,
        pass_mark=settings_from_dict(attempt.settings).pass_mark,
    )
    return HistoryRow(
        id=attempt.id,
        profile=attempt.profile_name,
        bank=attempt.bank_id,
        mode=attempt.mode,
        status=attempt.status,
        end_reason=attempt.end_reason,
        started_at=attempt.started_at,
        finished_at=attempt.finished_at,
        deadline=attempt.deadline,
        score=score,
        answers=tuple(answers),
    )


# --- one page of a profile's history ---------------------------------------------------------

BANKS = metadata.tables["banks"]

# What a page of history can be sorted by (the service's HistorySort names these).
SORT_KEYS = ("bank", "started_at", "points", "percent", "passed", "time_used", "end")
# What the result filter can keep.
RESULTS = ("passed", "failed", "in_progress")


@dataclass(frozen=True)
class HistoryPageRow:
    """One attempt as a row of the history page: no answer log, its score summed in SQL."""

    id: str
    bank_id: str
    bank_title: str
    bank_hidden: bool
    mode: str
    status: str
    end_reason: str | None
    started_at: datetime
    finished_at: datetime | None
    deadline: datetime | None
    points: float
    possible: float  # the drawn questions' points once finished; the answered ones' before
    pass_mark: float
    time_used: float | None  # seconds, finished attempts only


def history_page(
    *,
    session: Session,
    profile_id: int,
    offset: int,
    limit: int,
    bank: str | None = None,
    started_from: datetime | None = None,
    started_before: datetime | None = None,
    result: str | None = None,
    modes: Sequence[str] | None = None,
    sort: str = "started_at",
    descending: bool = True,
    tolerance: float = 0.0,
) -> list[HistoryPageRow]:
    """``limit`` of the profile's attempts from ``offset``, filtered and sorted in SQL.

    The score is the latest answer per question, as :func:`score_of` counts it;
    ``result`` keeps ``passed``, ``failed`` (finished attempts, by the percent
    against the pass mark less ``tolerance``, as ``Score.passed`` decides) or
    ``in_progress`` attempts; ``modes`` (None: any) the attempts of those
    modes. Ties are broken by the start, newest first, then the id.
    """
    if sort not in SORT_KEYS:
        raise ValueError(f"cannot sort history by {sort!r}")
    if result is not None and result not in RESULTS:
        raise ValueError(f"no history result {result!r}")
    dialect = session.connection().dialect.name
    mine = select(ATTEMPTS.c.id).where(ATTEMPTS.c.profile_id == profile_id)
    latest = (
        select(
            ANSWERS.c.attempt_id,
            ANSWERS.c.question_id,
            func.max(ANSWERS.c.seq).label("seq"),
        )
        .where(ANSWERS.c.attempt_id.in_(mine))
        .group_by(ANSWERS.c.attempt_id, ANSWERS.c.question_id)
        .subquery("latest")
    )
    sums = (
        select(
            latest.c.attempt_id,
            func.sum(ANSWERS.c.points).label("points"),
            func.sum(ANSWERS.c.possible).label("possible"),
        )
        .join(
            ANSWERS,
            and_(ANSWERS.c.attempt_id == latest.c.attempt_id, ANSWERS.c.seq == latest.c.seq),
        )
        .group_by(latest.c.attempt_id)
        .subquery("sums")
    )
    finished = ATTEMPTS.c.status == AttemptStatus.FINISHED.value
    points = func.coalesce(sums.c.points, 0.0)
    possible = case((finished, ATTEMPTS.c.total_points), else_=func.coalesce(sums.c.possible, 0.0))
    percent = case((possible > 0, 100.0 * points / possible), else_=None)
    pass_mark = func.coalesce(ATTEMPTS.c.settings["pass_mark"].as_float(), 60.0)
    passed = and_(finished, func.coalesce(percent, 0.0) >= pass_mark - tolerance)
    used = seconds_between(ATTEMPTS.c.started_at, ATTEMPTS.c.finished_at, dialect)
    limited = seconds_between(ATTEMPTS.c.started_at, ATTEMPTS.c.deadline, dialect)
    used_for_sort = case(
        (ATTEMPTS.c.finished_at.is_(None), None),
        (ATTEMPTS.c.deadline.is_not(None) & (limited < used), limited),
        else_=used,
    )
    statement = (
        select(
            ATTEMPTS.c.id,
            ATTEMPTS.c.bank_id,
            BANKS.c.title.label("bank_title"),
            BANKS.c.hidden.label("bank_hidden"),
            ATTEMPTS.c.mode,
            ATTEMPTS.c.status,
            ATTEMPTS.c.end_reason,
            ATTEMPTS.c.started_at,
            ATTEMPTS.c.finished_at,
            ATTEMPTS.c.deadline,
            points.label("points"),
            possible.label("possible"),
            pass_mark.label("pass_mark"),
        )
        .join(BANKS, BANKS.c.id == ATTEMPTS.c.bank_id)
        .outerjoin(sums, sums.c.attempt_id == ATTEMPTS.c.id)
        .where(ATTEMPTS.c.profile_id == profile_id)
    )
    if bank is not None:
        statement = statement.where(ATTEMPTS.c.bank_id == bank)
    if modes is not None:
        statement = statement.where(ATTEMPTS.c.mode.in_(list(modes)))
    if started_from is not None:
        statement = statement.where(ATTEMPTS.c.started_at >= started_from)
    if started_before is not None:
        statement = statement.where(ATTEMPTS.c.started_at < started_before)
    if result == "in_progress":
        statement = statement.where(~finished)
    elif result == "passed":
        statement = statement.where(passed)
    elif result == "failed":
        statement = statement.where(finished, ~passed)
    keys: dict[str, Any] = {
        "bank": func.lower(BANKS.c.title),
        "started_at": ATTEMPTS.c.started_at,
        "points": points,
        "percent": percent,
        "passed": case((~finished, 0), (passed, 2), else_=1),
        "time_used": used_for_sort,
        "end": func.coalesce(ATTEMPTS.c.end_reason, ""),
    }
    key = keys[sort]
    # Rows without a value (no percent, no time yet) come last either way.
    order = [key.is_(None), key.desc() if descending else key.asc()]
    if sort != "started_at":
        order.append(ATTEMPTS.c.started_at.desc())
    order.append(ATTEMPTS.c.id)
    statement = statement.order_by(*order).limit(limit).offset(offset)
    return [
        HistoryPageRow(
            id=row.id,
            bank_id=row.bank_id,
            bank_title=row.bank_title,
            bank_hidden=bool(row.bank_hidden),
            mode=row.mode,
            status=row.status,
            end_reason=row.end_reason,
            started_at=row.started_at,
            finished_at=row.finished_at,
            deadline=row.deadline,
            points=float(row.points),
            possible=float(row.possible),
            pass_mark=float(row.pass_mark),
            time_used=time_used(row.started_at, row.finished_at, row.deadline),
        )
        for row in session.connection().execute(statement)
    ]


def history_banks(*, session: Session, profile_id: int) -> list[tuple[str, str]]:
    """The banks the profile has attempts at, as (id, title), by title."""
    statement = (
        select(BANKS.c.id, BANKS.c.title)
        .where(
            BANKS.c.id.in_(select(ATTEMPTS.c.bank_id).where(ATTEMPTS.c.profile_id == profile_id))
        )
        .order_by(func.lower(BANKS.c.title), BANKS.c.id)
    )
    return [(row.id, row.title) for row in session.connection().execute(statement)]


def time_used(
    started_at: datetime, finished_at: datetime | None, deadline: datetime | None
) -> float | None:
    """Seconds from the start to the end, at most to the deadline (as the SQL sort counts it)."""
    if finished_at is None:
        return None
    end = finished_at if deadline is None else min(finished_at, deadline)
    return max(0.0, (end - started_at).total_seconds())
