"""The use cases over one database: :class:`QuizService`.

One object per open database, as Anki has one collection: the command line
makes one per command, the desktop app one per window, on its worker thread.
Every method is a unit of work of its own (one or a few short transactions
through :func:`quizapp.store.db.session_scope`) and returns plain values from
:mod:`quizapp.service.types`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine

from quizapp.bank.bank_files import bank_folders
from quizapp.bank.model import content_hash
from quizapp.learn.modes import Mode
from quizapp.quiz.clock import Clock
from quizapp.quiz.session import PastAnswer, QuizSession
from quizapp.service import study_queue
from quizapp.service.backup import Backups
from quizapp.service.class_reader import Passwords, ReadSource
from quizapp.service.errors import (
    AttemptsUsedUpError,
    BankNotAvailableError,
    NoPinError,
    ProfileNameTakenError,
    UnknownAttemptError,
    UnknownBankError,
    UnknownProfileError,
    WrongPinError,
)
from quizapp.service.pin import PinHash, check_pin_text, hash_pin, pin_matches
from quizapp.service.quiz_run import QuizRun
from quizapp.service.recording import StoreRecorder
from quizapp.service.study import StudySession, next_review_card, practice_queue
from quizapp.service.types import (
    AttemptDeletion,
    AttemptRecord,
    BankEntry,
    BankOverview,
    BankProgress,
    BankStatistics,
    DataSource,
    DueBank,
    DueCard,
    EnteredProfile,
    HistoryEntry,
    HistoryFilters,
    HistoryResult,
    HistorySort,
    ImportOutcome,
    PastAttempt,
    PreparedAttempt,
    ProfileDeletion,
    ProfileRef,
    RecordedAnswer,
    ReviewedQuestion,
    SyncOutcome,
    UnfinishedAttempt,
)
from quizapp.stats.items import collection_paused, item_statistics
from quizapp.stats.progress import progress as progress_series
from quizapp.stats.scoring import PERCENT_TOLERANCE, Score
from quizapp.store import (
    attempts,
    cards,
    deletion,
    history,
    library,
    pictures,
    profiles,
    statistics,
    study,
    teacher,
)
from quizapp.store import progress as progress_rows
from quizapp.store.db import open_database, session_scope
from quizapp.store.tables import Profile, StoredBank

_SEED_BITS = 63

Progress = Callable[[int, int], None]


class QuizService:
    """What students and teachers do, over one database. Make it with :meth:`open`."""

    def __init__(
        self, engine: Engine, clock: Clock, class_passwords: Passwords | None = None
    ) -> None:
        self._engine = engine
        self._clock = clock
        # The teacher's views read through this: the class database on the class's
        # teacher's desktop, else this one (quizapp.service.class_reader).
        self._reads = ReadSource(engine, class_passwords)

    @classmethod
    def open(
        cls,
        database_url: str,
        clock: Clock,
        backups: Backups | None = None,
        class_passwords: Passwords | None = None,
    ) -> QuizService:
        """Open (and migrate to the newest schema) the database at ``database_url``.

        With ``backups``, a database that needs migrating is backed up first.
        ``class_passwords`` gives where the class's password is kept (needed to
        read the class on its teacher's desktop).
        """
        before = backups.before_migration if backups is not None else None
        return cls(open_database(database_url, before_migration=before), clock, class_passwords)

    @property
    def engine(self) -> Engine:
        """The database (for tests and benchmarks; the UI and the CLI never use it)."""
        return self._engine

    @property
    def clock(self) -> Clock:
        return self._clock

    def close(self) -> None:
        """Let go of the database's connections."""
        self._reads.close()
        self._engine.dispose()

    # --- profiles --------------------------------------------------------------------

    def profile_names(self) -> list[str]:
        with session_scope(self._engine) as session:
            return [profile.name for profile in profiles.list_profiles(session=session)]

    def enter_profile(self, name: str) -> EnteredProfile:
        """The profile of this name (made now when new), with its unfinished attempts.

        ValueError, with the reason in English, when the name cannot be a profile's.
        """
        with session_scope(self._engine) as session:
            profile = profiles.get_or_create_profile(name, session=session, now=self._clock.now())
            assert profile.id is not None
            attempts.end_open_study(session=session, profile_id=profile.id)
            unfinished = [
                _unfinished(session, attempt)
                for attempt in attempts.unfinished_attempts(session=session, profile_id=profile.id)
            ]
            return EnteredProfile(ProfileRef(profile.id, profile.name), unfinished)

    def rename_profile(self, profile_id: int, new_name: str) -> ProfileRef:
        """Give the profile a new name; its attempts and scores stay with it.

        ValueError, with the reason in English, when the name cannot be a
        profile's; ProfileNameTakenError when another profile has it.
        """
        with session_scope(self._engine) as session:
            try:
                profile = profiles.rename_profile(profile_id, new_name, session=session)
            except profiles.ProfileNameTakenError as error:
                raise ProfileNameTakenError(error.name) from error
            assert profile.id is not None
            return ProfileRef(profile.id, profile.name)

    # --- the library -----------------------------------------------------------------

    def sync_library(
        self,
        folders: Sequence[Path],
        progress: Progress | None = None,
        *,
        class_folder: Path | None = None,
    ) -> SyncOutcome:
        """Make the stored library match the bank files in ``folders``.

        The class's published banks (``class_folder``, one of ``folders``) keep
        their ids over any other file's: a bank the teacher published is the one
        the class takes, even where the student had one with its id.
        """
        result = library.sync_library(
            self._engine,
            folders,
            now=self._clock.now(),
            progress=progress,
            prevailing=class_folder,
        )
        problems = [
            (file.display_path, problem) for file in result.files for problem in file.problems
        ]
        not_loaded = (library.Outcome.FAILED, library.Outcome.SHADOWED)
        loaded = sum(1 for file in result.files if file.outcome not in not_loaded)
        return SyncOutcome(
            problems,
            list(result.unreadable),
            loaded,
            out_of_date=list(result.out_of_date),
            files=[str(file.path) for file in result.files],
            folders=bank_folders(folders),
        )

    def import_paths(self, paths: Sequence[str]) -> ImportOutcome:
        """Validate the named bank files and folders and store every valid bank."""
        report = library.import_paths(self._engine, paths, now=self._clock.now())
        return ImportOutcome(report.load, report.imported, report.updated, report.unchanged)

    def library(self, profile_id: int | None = None) -> list[BankEntry]:
        """The banks in the library, by title; with a profile, its attempts and scores at each."""
        with session_scope(self._engine) as session:
            summaries = library.list_banks(session=session, profile_id=profile_id)
        return [_entry(summary) for summary in summaries]

    def bank_overview(self, profile_id: int, bank_id: str) -> BankOverview:
        """One bank as its start page shows it: settings, the profile's attempts and
        scores at it, its reading, and the profile's unfinished attempt of it (the
        newest, if several).

        BankNotAvailableError when the bank is not in the library.
        """
        with session_scope(self._engine) as session:
            entry = self._library_entry(session, profile_id, bank_id)
            unfinished = next(
                (
                    _unfinished(session, attempt)
                    for attempt in attempts.unfinished_attempts(
                        session=session, profile_id=profile_id
                    )
                    if attempt.bank_id == bank_id
                ),
                None,
            )
            reading = _stored_bank(session, bank_id).reading
        return BankOverview(entry, reading, unfinished)

    # --- attempts --------------------------------------------------------------------

    def start_attempt(
        self, profile_id: int, bank_id: str, *, seed: int | None = None
    ) -> PreparedAttempt:
        """A new attempt, stored as started; it counts against the bank's attempts.

        BankNotAvailableError when the bank left the library meanwhile;
        AttemptsUsedUpError when the profile has none left.
        """
        with session_scope(self._engine) as session:
            entry = self._library_entry(session, profile_id, bank_id)
            if not entry.can_start:
                raise AttemptsUsedUpError(bank_id)
            bank = library.load_stored_bank(bank_id, session=session)
            quiz = QuizSession.start(
                bank,
                attempt_id=str(uuid.uuid4()),
                seed=random.getrandbits(_SEED_BITS) if seed is None else seed,
                clock=self._clock,
            )
            attempts.start_attempt(
                session=session,
                attempt_id=quiz.attempt_id,
                profile_id=profile_id,
                bank_id=bank_id,
                seed=quiz.seed,
                question_ids=quiz.question_ids,
                started_at=quiz.started_at,
                deadline=quiz.deadline,
            )
            # The pictures as this attempt shows them, for its review later.
            pictures.capture_pictures(
                session.connection(),
                ((content_hash(p.question), p.question) for p in quiz.questions),
                _bank_dir(entry.path),
                quiz.started_at,
            )
            left = _attempts_left(session, profile_id, bank_id, bank.settings.max_attempts)
        return PreparedAttempt(quiz, _bank_dir(entry.path), left)

    def resume_attempt(self, attempt_id: str) -> PreparedAttempt:
        """An unfinished attempt as it was left: its answers, flags and running deadlines."""
        with session_scope(self._engine) as session:
            attempt = attempts.get_attempt(attempt_id, session=session)
            bank = attempts.attempt_bank(attempt_id, session=session)
            answers = [
                PastAnswer(
                    answer_id=a.id,
                    question_id=a.question_id,
                    response=a.response,
                    shown_at=a.shown_at,
                    answered_at=a.answered_at,
                )
                for a in attempts.attempt_answers(session=session, attempt_id=attempt_id)
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
                clock=self._clock,
                flagged=list(attempt.flagged),
                last_opened_at=attempt.last_opened_at,
            )
            attempts.note_opened(
                session=session,
                attempt_id=attempt.id,
                opened_at=quiz.opened_at,
                clock_set_back=quiz.clock_set_back,
            )
            path = _stored_bank(session, attempt.bank_id).path
            left = _attempts_left(
                session, attempt.profile_id, attempt.bank_id, bank.settings.max_attempts
            )
        return PreparedAttempt(quiz, _bank_dir(path), left)

    def finish_interrupted(self, attempt_id: str) -> PreparedAttempt:
        """End an unfinished attempt as it stood when the app stopped, and store that."""
        prepared = self.resume_attempt(attempt_id)
        QuizRun(prepared, self.recorder(attempt_id)).end_after_interruption()
        return prepared

    def recorder(self, attempt_id: str) -> StoreRecorder:
        """What stores an attempt's answers, moves, flags and end, each as it happens."""
        return StoreRecorder(self._engine, attempt_id)

    def profile_id(self, name: str) -> int:
        """The id of the profile of this name (any case); UnknownProfileError when none."""
        with session_scope(self._engine) as session:
            profile = profiles.get_profile_by_name(name, session=session)
            if profile is None or profile.id is None:
                raise UnknownProfileError(name)
            return profile.id

    # --- study -----------------------------------------------------------------------

    def due(self, profile_id: int, zone: tzinfo | None = None) -> list[DueBank]:
        """Per bank the profile has studied: cards, those due today, and mastery.

        Days are the profile's local days (``zone``; None: this computer's).
        """
        now = self._clock.now()
        local = zone if zone is not None else study_queue.local_zone()
        with session_scope(self._engine) as session:
            banks = cards.study_by_bank(session=session, profile_id=profile_id, now=now, zone=local)
        return [DueBank(b.bank_id, b.title, b.due, b.cards, b.mastery) for b in banks]

    def study_streak(self, profile_id: int, zone: tzinfo | None = None) -> int:
        """Days in a row, in local days (``zone``; None: this computer's), with a review."""
        return study_queue.study_streak(self._engine, self._clock, profile_id, zone)

    def next_due_card(
        self,
        profile_id: int,
        bank_id: str | None = None,
        *,
        excluding: tuple[str, str] | None = None,
        count_changed: bool = True,
    ) -> DueCard | None:
        """The card review asks next, across banks or in ``bank_id``; None when none is due.

        Exactly the review session's choice (:func:`~quizapp.service.study.next_review_card`):
        the most overdue card due within the learn-ahead window, a changed question due
        now, ``excluding`` (the card just answered, as (bank id, question id)) last.
        """
        return next_review_card(
            self._engine,
            self._clock,
            profile_id,
            bank_id,
            excluding=excluding,
            count_changed=count_changed,
        )

    def desired_retention(self, profile_id: int) -> float:
        """The chance of recall, 0-1, the profile's study aims at (0.9 unless changed)."""
        return study_queue.desired_retention(self._engine, profile_id)

    def set_desired_retention(self, profile_id: int, retention: float) -> None:
        """Aim the profile's study at ``retention`` (0.70-0.97); its cards are rescheduled."""
        study_queue.set_desired_retention(self._engine, profile_id, retention)

    def start_practice(
        self, profile_id: int, bank_id: str, *, timed: bool = False, seed: int | None = None
    ) -> StudySession:
        """Practice every question of the bank, with feedback after each answer.

        ``timed``: keep the bank's time limits. Never counts as an exam attempt.
        BankNotAvailableError when the bank is not in the library.
        """
        seed = random.getrandbits(_SEED_BITS) if seed is None else seed
        with session_scope(self._engine) as session:
            self._library_entry(session, profile_id, bank_id)
            bank = library.load_stored_bank(bank_id, session=session)
        return StudySession(
            self._engine,
            self._clock,
            mode=Mode.PRACTICE,
            profile_id=profile_id,
            bank_id=bank_id,
            queue=practice_queue(bank, seed),
            timed=timed,
            seed=seed,
        )

    def start_mistakes(self, profile_id: int, bank_id: str | None = None) -> StudySession:
        """Drill the questions the profile last answered wrong (of one bank, or all)."""
        with session_scope(self._engine) as session:
            if bank_id is not None:
                self._library_entry(session, profile_id, bank_id)
            queue = study.mistaken_questions(
                session=session, profile_id=profile_id, bank_id=bank_id
            )
        return StudySession(
            self._engine,
            self._clock,
            mode=Mode.MISTAKES,
            profile_id=profile_id,
            bank_id=bank_id,
            queue=queue,
        )

    def start_review(self, profile_id: int, bank_id: str | None = None) -> StudySession:
        """Review the profile's due cards (of one bank, or all), the next chosen as it goes."""
        if bank_id is not None:
            with session_scope(self._engine) as session:
                self._library_entry(session, profile_id, bank_id)
        return StudySession(
            self._engine,
            self._clock,
            mode=Mode.REVIEW,
            profile_id=profile_id,
            bank_id=bank_id,
            queue=[],
        )

    def mistakes_count(self, profile_id: int, bank_id: str | None = None) -> int:
        """How many questions the mistakes drill would ask now."""
        with session_scope(self._engine) as session:
            return len(
                study.mistaken_questions(session=session, profile_id=profile_id, bank_id=bank_id)
            )

    # --- history ---------------------------------------------------------------------

    def history(
        self,
        *,
        profile: str | None = None,
        bank: str | None = None,
        since: date | None = None,
        until: date | None = None,
        modes: Sequence[Mode] | None = (Mode.EXAM,),
    ) -> list[AttemptRecord]:
        """Every attempt (of this profile name, of this bank id), newest first, with its log.

        ``since`` and ``until`` are days of this computer's time zone, both
        included: the attempts started from the first's midnight to the last's end.
        Exams only by default; ``modes`` names others, None every mode.
        On the class's teacher's desktop, every student's attempts on the class's
        server (:meth:`data_source`); ClassReadError when it cannot be read.
        """
        with self._reads.session() as session:
            rows = history.list_attempts(
                session=session,
                profile=profile,
                bank=bank,
                started_from=None if since is None else _local_midnight(since),
                started_before=None if until is None else _local_midnight(until, days=1),
                modes=None if modes is None else [Mode(m).value for m in modes],
            )
        return [_attempt_record(row) for row in rows]

    def history_export(self, profile_id: int, filters: HistoryFilters) -> list[AttemptRecord]:
        """The profile's attempts the history page's ``filters`` keep, newest first, with logs.

        What ``quizapp history --profile NAME --bank ... --since ... --until ...``
        exports, and the result filter as the page applies it.
        """
        with session_scope(self._engine) as session:
            profile = session.get(Profile, profile_id)
            if profile is None:
                raise UnknownProfileError(str(profile_id))
            name = profile.name
        records = self.history(
            profile=name, bank=filters.bank_id, since=filters.since, until=filters.until
        )
        return [r for r in records if _keeps(filters.result, r.status, r.score.passed)]

    def history_page(
        self,
        profile_id: int,
        offset: int,
        limit: int,
        filters: HistoryFilters | None = None,
        sort: HistorySort | None = None,
    ) -> list[HistoryEntry]:
        """``limit`` of the profile's attempts from ``offset``, filtered and sorted by the store.

        Newest first unless ``sort`` says otherwise; the history page asks for one
        page at a time as it scrolls.
        """
        filters = filters or HistoryFilters()
        sort = sort or HistorySort()
        with session_scope(self._engine) as session:
            rows = history.history_page(
                session=session,
                profile_id=profile_id,
                offset=max(0, offset),
                limit=max(0, limit),
                bank=filters.bank_id,
                started_from=None if filters.since is None else _local_midnight(filters.since),
                started_before=(
                    None if filters.until is None else _local_midnight(filters.until, days=1)
                ),
                result=None if filters.result is None else filters.result.value,
                modes=None if filters.mode is None else [filters.mode.value],
                sort=sort.key.value,
                descending=sort.descending,
                tolerance=PERCENT_TOLERANCE,
            )
        return [
            HistoryEntry(
                attempt_id=row.id,
                bank_id=row.bank_id,
                bank_title=row.bank_title,
                bank_available=not row.bank_hidden,
                status=row.status,
                end_reason=row.end_reason,
                started_at=row.started_at,
                finished_at=row.finished_at,
                score=Score.of(row.points, row.possible, row.pass_mark),
                time_used=row.time_used,
                mode=Mode(row.mode),
            )
            for row in rows
        ]

    def history_banks(self, profile_id: int) -> list[tuple[str, str]]:
        """The banks the profile has attempts at, as (id, title) by title; empty: no history."""
        with session_scope(self._engine) as session:
            return history.history_banks(session=session, profile_id=profile_id)

    def past_attempt(self, attempt_id: str) -> PastAttempt:
        """A stored attempt for its review: each question as it was answered, with its answer.

        The bank is the one the attempt began with (its settings and question
        snapshots), so the review stays true after the bank changed or left the
        library. UnknownAttemptError when no such attempt is stored.
        """
        with session_scope(self._engine) as session:
            try:
                attempt = attempts.get_attempt(attempt_id, session=session)
            except attempts.UnknownAttemptError:
                raise UnknownAttemptError(attempt_id) from None
            bank = attempts.attempt_bank(attempt_id, session=session)
            latest = attempts.latest_answers(session=session, attempt_id=attempt_id)
            stored = _stored_bank(session, attempt.bank_id)
            path = None if stored.hidden else stored.path
            left = _attempts_left(
                session, attempt.profile_id, attempt.bank_id, bank.settings.max_attempts
            )
            profile = session.get(Profile, attempt.profile_id)
            profile_name = profile.name if profile is not None else ""
            status, end_reason = attempt.status, attempt.end_reason
            started_at, finished_at = attempt.started_at, attempt.finished_at
            deadline, total = attempt.deadline, attempt.total_points
            shown = [
                (answer.content_hash, answer.question)
                if (answer := latest.get(drawn.id)) is not None
                else (content_hash(drawn), drawn)
                for drawn in bank.questions
            ]
            stored_pictures = pictures.pictures_for_attempt(
                session.connection(),
                [(version, q.image) for version, q in shown if q.image],
                started_at,
            )
        questions = []
        for (version, question), drawn in zip(shown, bank.questions, strict=True):
            picture = stored_pictures.get((version, question.image or ""))
            data = picture.data if picture is not None else None
            answer = latest.get(drawn.id)
            if answer is None:
                questions.append(ReviewedQuestion(drawn, None, 0.0, drawn.points, None, data))
                continue
            taken = (answer.answered_at - answer.shown_at).total_seconds()
            questions.append(
                ReviewedQuestion(
                    answer.question,
                    answer.response,
                    answer.points,
                    answer.possible,
                    max(0.0, taken),
                    data,
                )
            )
        finished = status == "finished"
        score = attempts.score_of(
            ((a.points, a.possible) for a in latest.values()),
            finished=finished,
            total_points=total,
            pass_mark=bank.settings.pass_mark,
        )
        return PastAttempt(
            attempt_id=attempt_id,
            bank=bank,
            bank_dir=_bank_dir(path),
            attempts_left=left,
            status=status,
            end_reason=end_reason,
            started_at=started_at,
            finished_at=finished_at,
            time_used=history.time_used(started_at, finished_at, deadline),
            score=score,
            questions=tuple(questions),
            profile=profile_name,
        )

    # --- progress charts -------------------------------------------------------------

    def progress_banks(self, profile_id: int) -> list[tuple[str, str]]:
        """The banks the profile has finished attempts at, as (id, title) by title."""
        with session_scope(self._engine) as session:
            return progress_rows.progress_banks(session=session, profile_id=profile_id)

    def bank_progress(self, profile_id: int, bank_id: str) -> BankProgress:
        """The profile's score, mastery per tag and time per question at the bank, over time.

        Every finished attempt counts (``quizapp.store.progress`` says which).
        UnknownBankError when no such bank was ever stored.
        """
        with session_scope(self._engine) as session:
            bank = session.get(StoredBank, bank_id)
            if bank is None:
                raise UnknownBankError(bank_id)
            title, available = bank.title, not bank.hidden
            rows = progress_rows.progress_attempts(
                session=session, profile_id=profile_id, bank_id=bank_id
            )
        series = progress_series(rows)
        return BankProgress(
            bank_id=bank_id,
            title=title,
            bank_available=available,
            scores=series.scores,
            pass_mark=series.pass_mark,
            tags=series.tags,
            times=series.times,
        )

    # --- statistics ------------------------------------------------------------------

    def data_source(self) -> DataSource:
        """What the teacher's views (statistics, every profile's history) read now."""
        return self._reads.source()

    def statistics_banks(self) -> list[tuple[str, str]]:
        """The banks the statistics page offers, as (id, title) by title.

        The library's banks; on the class's teacher's desktop, the class's.
        """
        with self._reads.session() as session:
            return [
                (summary.bank_id, summary.title) for summary in library.list_banks(session=session)
            ]

    def bank_statistics(self, bank_id: str, *, all_attempts: bool = False) -> BankStatistics:
        """The bank's item statistics, as Moodle's quiz statistics report defines them.

        Each profile's first finished attempt counts, or with ``all_attempts``
        every finished attempt. UnknownBankError when no such bank was ever stored.
        On the class's teacher's desktop, over every student's attempts on the
        class's server (:meth:`data_source`); ClassReadError when it cannot be read.
        """
        with collection_paused():
            with self._reads.session() as session:
                try:
                    answers = statistics.bank_answers(
                        session=session, bank_id=bank_id, all_attempts=all_attempts
                    )
                except library.UnknownBankError:
                    raise UnknownBankError(bank_id) from None
            computed = item_statistics(answers.rows, answers.question_ids)
        return BankStatistics(
            bank=answers.bank_id,
            title=answers.title,
            all_attempts=all_attempts,
            test=computed.test,
            questions=computed.questions,
        )

    # --- the teacher PIN -------------------------------------------------------------

    def pin_is_set(self) -> bool:
        """Whether a teacher PIN guards the teacher's views and commands."""
        with session_scope(self._engine) as session:
            return teacher.get_pin(session=session) is not None

    def check_pin(self, pin: str) -> bool:
        """Whether ``pin`` is the teacher PIN (False when none is set)."""
        with session_scope(self._engine) as session:
            stored = _stored_pin(session)
        return stored is not None and pin_matches(pin, stored)

    def set_pin(self, new_pin: str, *, old_pin: str | None = None) -> None:
        """Set the teacher PIN, or change it (``old_pin`` must then be the current one).

        ValueError, saying why in English, when ``new_pin`` cannot be a PIN;
        WrongPinError when a PIN is set and ``old_pin`` is not it.
        """
        check_pin_text(new_pin)
        made = hash_pin(new_pin)
        with session_scope(self._engine) as session:
            stored = _stored_pin(session)
            if stored is not None and (old_pin is None or not pin_matches(old_pin, stored)):
                raise WrongPinError()
            teacher.put_pin(
                session=session,
                salt=made.salt,
                pin_hash=made.pin_hash,
                n=made.n,
                r=made.r,
                p=made.p,
                now=self._clock.now(),
            )

    def remove_pin(self, old_pin: str) -> None:
        """Remove the teacher PIN; WrongPinError unless ``old_pin`` is it, NoPinError if none."""
        with session_scope(self._engine) as session:
            stored = _stored_pin(session)
            if stored is None:
                raise NoPinError()
            if not pin_matches(old_pin, stored):
                raise WrongPinError()
            teacher.delete_pin(session=session)

    def reset_pin(self) -> bool:
        """Remove the teacher PIN without it (``quizapp pin reset``); True when one was set."""
        with session_scope(self._engine) as session:
            return teacher.delete_pin(session=session)

    # --- deleting (asked first, behind the teacher PIN when one is set) ----------------

    def profile_deletion(self, profile_id: int) -> ProfileDeletion:
        """What deleting the profile would take with it; UnknownProfileError when it is gone."""
        with session_scope(self._engine) as session:
            try:
                found = deletion.profile_contents(profile_id, session=session)
            except LookupError:
                raise UnknownProfileError(str(profile_id)) from None
        return ProfileDeletion(profile_id, found.name, found.attempts, found.answers)

    def delete_profile(self, profile_id: int, *, pin: str | None = None) -> None:
        """Delete the profile, its attempts, answers and study cards, for good.

        WrongPinError when a teacher PIN is set and ``pin`` is not it.
        """
        with session_scope(self._engine) as session:
            self._require_pin(session, pin)
            try:
                deletion.delete_profile(profile_id, session=session)
            except LookupError:
                raise UnknownProfileError(str(profile_id)) from None

    def attempt_deletion(self, attempt_id: str) -> AttemptDeletion:
        """What deleting the attempt would take with it."""
        with session_scope(self._engine) as session:
            found = deletion.attempt_contents(attempt_id, session=session)
        return AttemptDeletion(
            attempt_id, found.profile, found.bank_title, found.started_at, found.answers
        )

    def delete_attempt(self, attempt_id: str, *, pin: str | None = None) -> None:
        """Delete the attempt and its answers for good; the study cards they made are
        worked out again without them.

        WrongPinError when a teacher PIN is set and ``pin`` is not it.
        """
        with session_scope(self._engine) as session:
            self._require_pin(session, pin)
            deletion.delete_attempt(attempt_id, session=session)

    # --- inside ----------------------------------------------------------------------

    def _require_pin(self, session: Any, pin: str | None) -> None:
        stored = _stored_pin(session)
        if stored is not None and (pin is None or not pin_matches(pin, stored)):
            raise WrongPinError()

    def _library_entry(self, session: Any, profile_id: int, bank_id: str) -> BankEntry:
        for summary in library.list_banks(session=session, profile_id=profile_id):
            if summary.bank_id == bank_id:
                return _entry(summary)
        raise BankNotAvailableError(bank_id)


def _stored_bank(session: Any, bank_id: str) -> StoredBank:
    bank = session.get(StoredBank, bank_id)
    if bank is None:  # banks are hidden, never deleted: an attempt's bank is always there
        raise BankNotAvailableError(bank_id)
    assert isinstance(bank, StoredBank)
    return bank


def _stored_pin(session: Any) -> PinHash | None:
    row = teacher.get_pin(session=session)
    if row is None:
        return None
    return PinHash(row.salt, row.pin_hash, row.scrypt_n, row.scrypt_r, row.scrypt_p)


def _keeps(result: HistoryResult | None, status: str, passed: bool | None) -> bool:
    """Whether the history's result filter keeps an attempt of this status and score."""
    finished = status == "finished"
    if result is HistoryResult.IN_PROGRESS:
        return not finished
    if result is HistoryResult.PASSED:
        return finished and bool(passed)
    if result is HistoryResult.FAILED:
        return finished and not passed
    return True


def _local_midnight(day: date, *, days: int = 0) -> datetime:
    """The start of ``day`` (plus ``days``) in this computer's time zone, as an aware instant."""
    return datetime.combine(day + timedelta(days=days), time()).astimezone()


def _attempts_left(
    session: Any, profile_id: int, bank_id: str, max_attempts: int | None
) -> int | None:
    """The attempts the profile has left at the bank, its attempts so far counted."""
    if max_attempts is None:
        return None
    used = attempts.count_attempts(session=session, profile_id=profile_id, bank_id=bank_id)
    return max(0, max_attempts - used)


def _unfinished(session: Any, attempt: Any) -> UnfinishedAttempt:
    return UnfinishedAttempt(
        attempt_id=attempt.id,
        bank_title=_stored_bank(session, attempt.bank_id).title,
        started_at=attempt.started_at,
        answered=len(
            {
                answer.question_id
                for answer in attempts.attempt_answers(session=session, attempt_id=attempt.id)
            }
        ),
        question_count=len(attempt.question_order),
        deadline=attempt.deadline,
        not_before=attempts.latest_stored_instant(session=session, attempt_id=attempt.id),
    )


def _bank_dir(path: str | None) -> Path | None:
    return Path(path).parent if path else None


def _entry(summary: library.BankSummary) -> BankEntry:
    return BankEntry(
        bank_id=summary.bank_id,
        title=summary.title,
        language=summary.language,
        description=summary.description,
        tags=tuple(summary.tags),
        path=summary.path,
        question_count=summary.question_count,
        time_limit=summary.time_limit,
        question_time_limit=summary.question_time_limit,
        pass_mark=summary.pass_mark,
        max_attempts=summary.max_attempts,
        draw=summary.draw,
        feedback=summary.feedback,
        review=summary.review,
        reading_during_quiz=summary.reading_during_quiz,
        has_reading=summary.has_reading,
        attempts_used=summary.attempts_used,
        best=summary.best,
        last=summary.last,
        last_attempt_at=summary.last_attempt_at,
    )


def _attempt_record(row: history.HistoryRow) -> AttemptRecord:
    return AttemptRecord(
        id=row.id,
        profile=row.profile,
        bank=row.bank,
        mode=Mode(row.mode),
        status=row.status,
        end_reason=row.end_reason,
        started_at=row.started_at,
        finished_at=row.finished_at,
        deadline=row.deadline,
        score=row.score,
        answers=tuple(
            RecordedAnswer(
                id=answer.id,
                question=answer.question_id,
                response=answer.response,
                points=answer.points,
                possible=answer.possible,
                shown_at=answer.shown_at,
                answered_at=answer.answered_at,
            )
            for answer in row.answers
        ),
    )
