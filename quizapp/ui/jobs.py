"""The work the main window runs on its worker: everything that touches the store.

Each function runs on the worker thread (:func:`quizapp.ui.workers.run_in_background`)
and returns plain values for the window to show (the pages' row and summary
types included); none touches a widget. The store, SQLModel and YAML are
imported inside the functions, never at module level: the window imports
this module on the GUI thread, and those imports take most of a second.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

    from quizapp.bank.model import Bank
    from quizapp.bank.problems import Problem
    from quizapp.quiz.clock import Clock
    from quizapp.quiz.recorder import AttemptRecorder
    from quizapp.quiz.session import QuizSession
    from quizapp.store.library import BankSummary
    from quizapp.store.tables import StoredBank
    from quizapp.ui.models.library_model import LibraryRow
    from quizapp.ui.resume_dialog import UnfinishedQuiz

_SEED_BITS = 63


@dataclass(frozen=True)
class ProfileRef:
    id: int
    name: str


@dataclass(frozen=True)
class OpenedStore:
    engine: Engine
    profile_names: list[str]


@dataclass(frozen=True)
class EnteredProfile:
    profile: ProfileRef
    unfinished: list[UnfinishedQuiz]


@dataclass(frozen=True)
class SyncOutcome:
    problems: list[tuple[str, Problem]]  # (file, problem), in file order then line order
    unreadable: list[str]  # folders or files that could not be read (Phrases: translatable)
    bank_count: int  # files read without errors


@dataclass(frozen=True)
class PreparedQuiz:
    """A quiz ready for its page: the session, the store behind it, the bank's folder."""

    session: QuizSession
    bank: Bank
    bank_dir: Path | None
    recorder: AttemptRecorder


class AttemptsUsedUpError(Exception):
    """The profile has used every attempt the bank allows."""


def open_store(url: str) -> OpenedStore:
    from quizapp.store.db import open_database

    engine = open_database(url)
    return OpenedStore(engine, profile_names(engine))


def profile_names(engine: Engine) -> list[str]:
    from quizapp.store.db import session_scope
    from quizapp.store.profiles import list_profiles

    with session_scope(engine) as session:
        return [profile.name for profile in list_profiles(session=session)]


def sync_folders(
    engine: Engine, folders: list[Path], now: datetime, report: Callable[[int, int], None]
) -> SyncOutcome:
    from quizapp.store.library import Outcome, sync_library

    result = sync_library(engine, folders, now=now, progress=report)
    problems = [(file.display_path, problem) for file in result.files for problem in file.problems]
    loaded = sum(1 for file in result.files if file.outcome is not Outcome.FAILED)
    return SyncOutcome(problems, list(result.unreadable), loaded)


def enter_profile(engine: Engine, name: str, clock: Clock) -> EnteredProfile:
    from quizapp.store.attempts import (
        attempt_answers,
        latest_stored_instant,
        unfinished_attempts,
    )
    from quizapp.store.db import session_scope
    from quizapp.store.profiles import get_or_create_profile
    from quizapp.ui.resume_dialog import UnfinishedQuiz

    with session_scope(engine) as session:
        profile = get_or_create_profile(name, session=session, now=clock.now())
        assert profile.id is not None
        unfinished = [
            UnfinishedQuiz(
                attempt_id=attempt.id,
                bank_title=_stored_bank(session, attempt.bank_id).title,
                started_at=attempt.started_at,
                answered=len(
                    {a.question_id for a in attempt_answers(session=session, attempt_id=attempt.id)}
                ),
                question_count=len(attempt.question_order),
                deadline=attempt.deadline,
                not_before=latest_stored_instant(session=session, attempt_id=attempt.id),
            )
            for attempt in unfinished_attempts(session=session, profile_id=profile.id)
        ]
        return EnteredProfile(ProfileRef(profile.id, profile.name), unfinished)


def _stored_bank(session: Session, bank_id: str) -> StoredBank:
    from quizapp.store.tables import StoredBank

    bank = session.get(StoredBank, bank_id)
    if bank is None:  # banks are hidden, never deleted: an attempt's bank is always there
        raise LookupError(f"no bank {bank_id!r} is stored")
    return bank


def library_rows(engine: Engine, profile_id: int) -> list[LibraryRow]:
    from quizapp.store.db import session_scope
    from quizapp.store.library import list_banks

    with session_scope(engine) as session:
        return [_row(summary) for summary in list_banks(session=session, profile_id=profile_id)]


def _row(summary: BankSummary) -> LibraryRow:
    from quizapp.ui.models.library_model import LibraryRow

    return LibraryRow(
        bank_id=summary.bank_id,
        title=summary.title,
        language=summary.language,
        question_count=summary.question_count,
        time_limit=summary.time_limit,
        tags=tuple(summary.tags),
        description=summary.description,
        draw=summary.draw,
        pass_mark=summary.pass_mark,
        max_attempts=summary.max_attempts,
        attempts_used=summary.attempts_used,
        best_percent=summary.best_percent,
        last_attempt=summary.last_attempt_at,
        path=summary.path,
    )


def _recorder(engine: Engine, attempt_id: str) -> AttemptRecorder:
    from quizapp.store.recorder import SqlRecorder

    return SqlRecorder(engine, attempt_id)


def _bank_dir(path: str | None) -> Path | None:
    return Path(path).parent if path else None


def prepare_new_quiz(engine: Engine, profile_id: int, bank_id: str, clock: Clock) -> PreparedQuiz:
    import uuid

    from quizapp.quiz.session import QuizSession
    from quizapp.store.attempts import start_attempt
    from quizapp.store.db import session_scope
    from quizapp.store.library import list_banks, load_stored_bank

    with session_scope(engine) as session:
        summary = next(
            s for s in list_banks(session=session, profile_id=profile_id) if s.bank_id == bank_id
        )
        if _row(summary).attempts_left == 0:
            raise AttemptsUsedUpError(bank_id)
        bank = load_stored_bank(bank_id, session=session)
        quiz = QuizSession.start(
            bank,
            attempt_id=str(uuid.uuid4()),
            seed=random.getrandbits(_SEED_BITS),
            clock=clock,
        )
        start_attempt(
            session=session,
            attempt_id=quiz.attempt_id,
            profile_id=profile_id,
            bank_id=bank_id,
            seed=quiz.seed,
            question_ids=quiz.question_ids,
            started_at=quiz.started_at,
            deadline=quiz.deadline,
        )
        path = summary.path
    return PreparedQuiz(quiz, bank, _bank_dir(path), _recorder(engine, quiz.attempt_id))


def _resumed_session(engine: Engine, attempt_id: str, clock: Clock) -> tuple[QuizSession, str]:
    from quizapp.quiz.session import PastAnswer, QuizSession
    from quizapp.store.attempts import attempt_answers, attempt_bank, get_attempt, note_opened
    from quizapp.store.db import session_scope

    with session_scope(engine) as session:
        attempt = get_attempt(attempt_id, session=session)
        bank = attempt_bank(attempt_id, session=session)
        answers = [
            PastAnswer(
                answer_id=a.id,
                question_id=a.question_id,
                response=a.response,
                shown_at=a.shown_at,
                answered_at=a.answered_at,
            )
            for a in attempt_answers(session=session, attempt_id=attempt_id)
        ]
        quiz = QuizSession.resume(
            bank,
            attempt_id=attempt.id,
            seed=attempt.seed,
            question_ids=list(attempt.question_order),
            started_at=attempt.started_at,
            deadline=attempt.deadline,
            answers=answers,
            current_question_id=attempt.current_question_id,
            current_shown_at=attempt.current_shown_at,
            clock=clock,
            flagged=list(attempt.flagged),
            last_opened_at=attempt.last_opened_at,
        )
        note_opened(
            session=session,
            attempt_id=attempt.id,
            opened_at=quiz.opened_at,
            clock_set_back=quiz.clock_set_back,
        )
        return quiz, _stored_bank(session, attempt.bank_id).path


def prepare_resumed_quiz(engine: Engine, attempt_id: str, clock: Clock) -> PreparedQuiz:
    quiz, path = _resumed_session(engine, attempt_id, clock)
    return PreparedQuiz(quiz, quiz.bank, _bank_dir(path), _recorder(engine, attempt_id))


def finish_interrupted(engine: Engine, attempt_id: str, clock: Clock) -> PreparedQuiz:
    quiz, path = _resumed_session(engine, attempt_id, clock)
    quiz.end_after_interruption()
    recorder = _recorder(engine, attempt_id)
    assert quiz.end_reason is not None
    assert quiz.finished_at is not None
    recorder.finish(quiz.end_reason.value, quiz.finished_at)
    return PreparedQuiz(quiz, quiz.bank, _bank_dir(path), recorder)
