"""Attempts and their answers: an append-only log, each answer with its question.

Every answer is one row with its own UUID; storing the same UUID again adds
nothing, so an answer is recorded exactly once however often it is sent. When
a student changes an answer a new row is added and the latest row for that
question counts. Each row points at the question version it was graded
against, so what it shows stays true after the bank changes or is deleted.

The caller owns the transaction (``*, session``): the service layer commits each
answer on its own (``quizapp.service.recording``), so it is stored the moment it
is given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import func, select
from sqlmodel import Session, col
from sqlmodel import select as model_select

from quizapp.bank.model import Bank, Question
from quizapp.learn.modes import Mode
from quizapp.quiz.ending import EndReason
from quizapp.stats.scoring import Score
from quizapp.store.banks import bank_from_row
from quizapp.store.db import insert_ignoring_duplicates
from quizapp.store.library import UnknownBankError
from quizapp.store.outbox import EventKind, jsonable_row, record_event
from quizapp.store.tables import (
    Attempt,
    AttemptStatus,
    StoredBank,
    metadata,
)
from quizapp.store.versions import (
    VERSIONS,
    Snapshot,
    question_from_version,
    snapshot,
    store_versions,
)

if TYPE_CHECKING:
    from quizapp.bank.grading import Response  # grading imports Babel: not at start-up

ANSWERS = metadata.tables["answers"]
ATTEMPTS = metadata.tables["attempts"]
QUESTIONS = metadata.tables["questions"]


class UnknownAttemptError(LookupError):
    def __init__(self, attempt_id: str) -> None:
        super().__init__(f"no attempt {attempt_id!r} is stored")
        self.attempt_id = attempt_id


@dataclass(frozen=True)
class StoredAnswer:
    """One row of an attempt's log, with the question as it was graded."""

    id: str
    seq: int  # 1, 2, ... in the order the answers were given
    question_id: str
    question: Question
    content_hash: str
    response: Response
    points: float
    possible: float
    shown_at: datetime
    answered_at: datetime


# --- attempts ----------------------------------------------------------------------------------


def start_attempt(
    *,
    session: Session,
    attempt_id: str,
    profile_id: int,
    bank_id: str,
    seed: int,
    question_ids: Sequence[str],
    started_at: datetime,
    deadline: datetime | None,
    mode: Mode = Mode.EXAM,
) -> Attempt:
    """A new attempt in progress over the drawn ``question_ids`` (flushed, not committed).

    The bank's settings and the drawn questions' current versions are kept
    with it. ValueError when a question id is not an active question of the bank.
    """
    bank = session.get(StoredBank, bank_id)
    if bank is None:
        raise UnknownBankError(bank_id)
    if len(set(question_ids)) != len(question_ids) or not question_ids:
        raise ValueError("an attempt needs at least one question, each drawn once")
    current = {
        row.question_id: row
        for row in session.connection().execute(
            select(QUESTIONS.c.question_id, QUESTIONS.c.points, QUESTIONS.c.content_hash).where(
                QUESTIONS.c.bank_id == bank_id, QUESTIONS.c.active
            )
        )
    }
    missing = [qid for qid in question_ids if qid not in current]
    if missing:
        raise ValueError(f"bank {bank_id!r} has no question {missing[0]!r}")
    attempt = Attempt(
        id=attempt_id,
        profile_id=profile_id,
        bank_id=bank_id,
        seed=seed,
        question_order=list(question_ids),
        question_hashes=[current[qid].content_hash for qid in question_ids],
        settings=dict(bank.settings),
        total_points=sum(current[qid].points for qid in question_ids),
        started_at=started_at,
        deadline=deadline,
        status=AttemptStatus.IN_PROGRESS.value,
        mode=Mode(mode).value,
    )
    session.add(attempt)
    session.flush()
    record_event(
        session,
        profile_id=profile_id,
        kind=EventKind.ATTEMPT_STARTED,
        payload={
            "attempt": jsonable_row(attempt.model_dump()),
            "bank": {"id": bank.id, "title": bank.title, "language": bank.language},
        },
    )
    return attempt


def count_attempts(*, session: Session, profile_id: int, bank_id: str) -> int:
    """How many exam attempts (finished or not) the profile has made at the bank.

    Study attempts (practice, review, mistakes) never use up ``max_attempts``.
    """
    statement = (
        select(func.count())
        .select_from(Attempt)
        .where(
            col(Attempt.profile_id) == profile_id,
            col(Attempt.bank_id) == bank_id,
            col(Attempt.mode) == Mode.EXAM.value,
        )
    )
    return int(session.connection().execute(statement).scalar_one())


def get_attempt(attempt_id: str, *, session: Session) -> Attempt:
    attempt = session.get(Attempt, attempt_id)
    if attempt is None:
        raise UnknownAttemptError(attempt_id)
    return attempt


def attempt_bank(attempt_id: str, *, session: Session) -> Bank:
    """The bank as the attempt began: its settings then, its drawn questions as drawn.

    Resume an attempt with this, not the bank as it is now, so a bank edited
    or hidden in the meantime changes nothing in it.
    """
    attempt = get_attempt(attempt_id, session=session)
    bank = session.get(StoredBank, attempt.bank_id)
    if bank is None:  # cannot happen: banks are never deleted
        raise UnknownBankError(attempt.bank_id)
    statement = select(VERSIONS.c.content_hash, VERSIONS.c.data).where(
        VERSIONS.c.content_hash.in_(set(attempt.question_hashes))
    )
    data = {row.content_hash: row.data for row in session.connection().execute(statement)}
    questions = (question_from_version(data[h]) for h in attempt.question_hashes)
    return bank_from_row(bank, attempt.settings, questions)


def set_current_question(
    *, session: Session, attempt_id: str, question_id: str | None, shown_at: datetime | None
) -> None:
    """Remember which question is on screen since when, so its clock survives a restart."""
    attempt = get_attempt(attempt_id, session=session)
    attempt.current_question_id = question_id
    attempt.current_shown_at = shown_at
    session.add(attempt)
    session.flush()


def note_opened(
    *, session: Session, attempt_id: str, opened_at: datetime, clock_set_back: bool
) -> None:
    """Remember that the attempt was opened (resumed) at ``opened_at``, on its own timeline.

    A later resume never counts time from before it (``QuizSession.opened_at``);
    ``clock_set_back`` (``QuizSession.clock_set_back``) is counted in ``clock_setbacks``.
    """
    attempt = get_attempt(attempt_id, session=session)
    if attempt.last_opened_at is None or opened_at > attempt.last_opened_at:
        attempt.last_opened_at = opened_at
    if clock_set_back:
        attempt.clock_setbacks += 1
    session.add(attempt)
    session.flush()


def latest_stored_instant(*, session: Session, attempt_id: str) -> datetime:
    """The latest instant stored for the attempt: no time is counted from before it.

    The start, when it was last opened, the current question's showing and
    every answer's instants: what ``QuizSession.resume`` anchors its clock to.
    """
    from quizapp.quiz.session import latest_instant  # grading imports Babel

    attempt = get_attempt(attempt_id, session=session)
    answered = session.connection().execute(
        select(func.max(ANSWERS.c.shown_at), func.max(ANSWERS.c.answered_at)).where(
            ANSWERS.c.attempt_id == attempt_id
        )
    )
    stored = (attempt.started_at, attempt.last_opened_at, attempt.current_shown_at)
    return latest_instant((*stored, *answered.one()), ())


def set_flagged(*, session: Session, attempt_id: str, question_ids: Sequence[str]) -> None:
    """Remember which questions are flagged for review (replacing what was stored)."""
    attempt = get_attempt(attempt_id, session=session)
    unknown = [qid for qid in question_ids if qid not in attempt.question_order]
    if unknown:
        raise ValueError(f"attempt {attempt_id!r} has no question {unknown[0]!r}")
    order = {qid: n for n, qid in enumerate(attempt.question_order)}
    attempt.flagged = sorted(set(question_ids), key=order.__getitem__)
    session.add(attempt)
    session.flush()
    record_event(
        session,
        profile_id=attempt.profile_id,
        kind=EventKind.FLAGS_CHANGED,
        payload={"attempt_id": attempt_id, "flagged": attempt.flagged},
    )


def finish_attempt(
    *, session: Session, attempt_id: str, finished_at: datetime, end_reason: EndReason | str
) -> bool:
    """Mark the attempt finished; False (and no change) when it already was."""
    reason = EndReason(end_reason)
    attempt = get_attempt(attempt_id, session=session)
    if attempt.status == AttemptStatus.FINISHED:
        return False
    attempt.status = AttemptStatus.FINISHED.value
    attempt.finished_at = finished_at
    attempt.end_reason = reason.value
    attempt.current_question_id = None
    attempt.current_shown_at = None
    session.add(attempt)
    session.flush()
    record_event(
        session,
        profile_id=attempt.profile_id,
        kind=EventKind.ATTEMPT_FINISHED,
        payload=jsonable_row(
            {
                "attempt_id": attempt_id,
                "status": attempt.status,
                "finished_at": finished_at,
                "end_reason": attempt.end_reason,
            }
        ),
    )
    return True


def unfinished_attempts(
    *, session: Session, profile_id: int, mode: Mode | None = Mode.EXAM
) -> list[Attempt]:
    """The profile's attempts still in progress (of ``mode``; None: any), newest first.

    Only exams are offered to be resumed: a study session left open is ended
    instead (:func:`end_open_study`).
    """
    statement = model_select(Attempt).where(
        Attempt.profile_id == profile_id, Attempt.status == AttemptStatus.IN_PROGRESS
    )
    if mode is not None:
        statement = statement.where(Attempt.mode == mode.value)
    statement = statement.order_by(col(Attempt.started_at).desc(), col(Attempt.id))
    return list(session.exec(statement))


def end_open_study(*, session: Session, profile_id: int) -> int:
    """End the profile's study sessions left open (the app stopped during one); how many.

    Each ends at its latest stored instant, as an interrupted exam ends, so
    the time the app was closed is not counted.
    """
    ended = 0
    for attempt in unfinished_attempts(session=session, profile_id=profile_id, mode=None):
        if attempt.mode == Mode.EXAM.value:
            continue
        at = latest_stored_instant(session=session, attempt_id=attempt.id)
        ended += finish_attempt(
            session=session,
            attempt_id=attempt.id,
            finished_at=at,
            end_reason=EndReason.ENDED_AFTER_INTERRUPTION,
        )
    return ended


def add_attempt_question(
    *, session: Session, attempt_id: str, question_id: str, content_hash: str, points: float
) -> bool:
    """Add a question to a study attempt's drawn questions; False when it was there.

    A review or a mistakes drill across banks does not know in advance which
    questions of each bank it will ask; each is added when first shown.
    """
    attempt = get_attempt(attempt_id, session=session)
    if question_id in attempt.question_order:
        return False
    attempt.question_order = [*attempt.question_order, question_id]
    attempt.question_hashes = [*attempt.question_hashes, content_hash]
    attempt.total_points += points
    session.add(attempt)
    session.flush()
    return True


# --- answers -----------------------------------------------------------------------------------


def record_answer(
    *,
    session: Session,
    answer_id: str,
    attempt_id: str,
    question: Question,
    response: Response,
    points: float,
    possible: float,
    shown_at: datetime,
    answered_at: datetime,
) -> bool:
    """Append one answer to the attempt's log (flushed, not committed).

    False when an answer with this id was already stored: nothing changes.
    """
    version = snapshot(question)
    connection = session.connection()
    store_versions(connection, [version])
    next_seq = (
        select(func.coalesce(func.max(ANSWERS.c.seq), 0) + 1)
        .where(ANSWERS.c.attempt_id == attempt_id)
        .scalar_subquery()
    )
    # One statement: the sequence number is taken under the write lock.
    values = {
        "id": answer_id,
        "attempt_id": attempt_id,
        "question_id": question.id,
        "content_hash": version.content_hash,
        "response": response,
        "points": points,
        "possible": possible,
        "shown_at": shown_at,
        "answered_at": answered_at,
    }
    statement = insert_ignoring_duplicates(connection.dialect.name, ANSWERS, ["id"]).values(
        seq=next_seq, **values
    )
    if connection.execute(statement).rowcount != 1:
        return False
    _record_answer_event(session, values, version)
    return True


def _record_answer_event(session: Session, values: dict[str, Any], version: Snapshot) -> None:
    connection = session.connection()
    seq, profile_id = connection.execute(
        select(ANSWERS.c.seq, ATTEMPTS.c.profile_id)
        .join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
        .where(ANSWERS.c.id == values["id"])
    ).one()
    record_event(
        session,
        profile_id=profile_id,
        kind=EventKind.ANSWER_GIVEN,
        payload={"answer": jsonable_row({**values, "seq": seq}), "version": version.row()},
    )


def attempt_answers(*, session: Session, attempt_id: str) -> list[StoredAnswer]:
    """Every answer of the attempt, in the order given (the whole log)."""
    statement = (
        select(ANSWERS, VERSIONS.c.data)
        .join(VERSIONS, VERSIONS.c.content_hash == ANSWERS.c.content_hash)
        .where(ANSWERS.c.attempt_id == attempt_id)
        .order_by(ANSWERS.c.seq)
    )
    questions: dict[str, Question] = {}
    answers = []
    for row in session.connection().execute(statement):
        question = questions.get(row.content_hash)
        if question is None:
            question = questions[row.content_hash] = question_from_version(row.data)
        answers.append(
            StoredAnswer(
                id=row.id,
                seq=row.seq,
                question_id=row.question_id,
                question=question,
                content_hash=row.content_hash,
                response=row.response,
                points=row.points,
                possible=row.possible,
                shown_at=row.shown_at,
                answered_at=row.answered_at,
            )
        )
    return answers


def latest_answers(*, session: Session, attempt_id: str) -> dict[str, StoredAnswer]:
    """The answer that counts for each answered question, by question id."""
    return latest_by_question(attempt_answers(session=session, attempt_id=attempt_id))


class _Answered(Protocol):
    @property
    def question_id(self) -> str: ...


_A = TypeVar("_A", bound=_Answered)


def latest_by_question(answers: Iterable[_A]) -> dict[str, _A]:
    """The last answer per question id, from answers in the order given."""
    latest: dict[str, _A] = {}
    for answer in answers:
        latest.pop(answer.question_id, None)  # keep the dict in order of the latest answers
        latest[answer.question_id] = answer
    return latest


def attempt_score(*, session: Session, attempt_id: str) -> Score:
    """Points so far, counting the latest answer per question.

    ``possible`` is the answered questions' points while the attempt is in
    progress, and all the drawn questions' points once it is finished.
    """
    attempt = get_attempt(attempt_id, session=session)
    latest = latest_by_question(attempt_answers(session=session, attempt_id=attempt_id))
    return score_of(
        ((a.points, a.possible) for a in latest.values()),
        finished=attempt.status == AttemptStatus.FINISHED,
        total_points=attempt.total_points,
    )


def score_of(
    latest: Iterable[tuple[float, float]],
    *,
    finished: bool,
    total_points: float,
    pass_mark: float | None = None,
) -> Score:
    """The score from the (points, possible) of the answers that count."""
    points = possible = 0.0
    for answer_points, answer_possible in latest:
        points += answer_points
        possible += answer_possible
    return Score.of(points, total_points if finished else possible, pass_mark)
