"""Study sessions: practice, the mistakes drill and spaced-repetition review, free of Qt.

A :class:`StudySession` asks one question at a time (:meth:`~StudySession.next`,
the service choosing which), grades each answer at once and says how it went
(:meth:`~StudySession.submit`). Every answer is stored the moment it is given,
in the same append-only log as an exam's, in a study attempt of its bank
(mode practice, review or mistakes: never counted as an exam attempt), and
its first try at a question is a review of that question's FSRS card.

Retries (practice): after a wrong answer the student may try the same question
again. Each try is one more row of the log, so the attempt's score counts the
latest try, as an exam counts a changed answer; but only the first try is a
review of the card, because a try made just after seeing "wrong" (and perhaps
the right answer) says little about what the student remembers.

What feedback reveals follows the bank's ``review`` setting
(:func:`quizapp.learn.reveal.reveals_right_answers`): right answers,
explanations and sources only when the results page would show them to this
profile now; otherwise right or wrong alone.
"""

from __future__ import annotations

import random
import uuid
from collections import deque
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from quizapp.bank.grading import Grade, Response, correct_response, grade
from quizapp.bank.model import Bank, Question, content_hash
from quizapp.learn.modes import Mode
from quizapp.learn.reveal import reveals_right_answers
from quizapp.quiz.clock import Clock
from quizapp.quiz.draw import draw_questions, present
from quizapp.quiz.ending import EndReason
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.quiz.session import is_given, question_time_limit
from quizapp.service.types import DueCard
from quizapp.store import attempts, cards, killpoints, library, study
from quizapp.store.db import session_scope
from quizapp.store.tables import StoredBank

# Cards due within this much of now are asked now (Anki's "learn ahead limit"):
# a card answered wrong comes back a minute later, in the same session.
LEARN_AHEAD = timedelta(minutes=20)
_SEED_BITS = 63

QuestionKey = tuple[str, str]  # (bank id, question id)


@dataclass(frozen=True)
class StudyQuestion:
    """One question on screen in a study session."""

    bank_id: str
    bank_title: str
    language: str  # the bank's: numbers are read in its locale
    presented: PresentedQuestion
    shown_at: datetime
    reveals: bool  # whether feedback may show the right answer, explanation and source
    bank_dir: Path | None  # where its images are
    reading: str | None  # the bank's reading (Markdown), shown beside it in practice
    time_limit: int | None  # seconds for this question, when the session keeps time
    left: int  # questions still to go, this one included

    @property
    def question(self) -> Question:
        return self.presented.question


@dataclass(frozen=True)
class StudyFeedback:
    """How an answer went, with only what the bank's ``review`` setting lets show."""

    question_id: str
    grade: Grade
    reveals: bool
    right_answer: Response  # None unless revealed
    explanation: str | None  # None unless revealed
    source: str | None  # the quote in the reading; None unless revealed
    can_retry: bool  # practice: a wrong answer can be tried again
    timed_out: bool = False

    @property
    def right(self) -> bool:
        return self.grade.possible > 0 and self.grade.correct


@dataclass
class _StudyBank:
    bank: Bank
    reveals: bool
    bank_dir: Path | None
    attempt_id: str | None = None


class StudySession:
    """One study session of a profile. Made by the ``QuizService.start_*`` methods.

    Not thread-safe: the desktop app calls it from its one worker thread.
    """

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        *,
        mode: Mode,
        profile_id: int,
        bank_id: str | None,
        queue: list[QuestionKey],
        timed: bool = False,
        seed: int | None = None,
    ) -> None:
        if mode is Mode.EXAM:
            raise ValueError("an exam is a QuizSession, not a study session")
        self._engine = engine
        self._clock = clock
        self.mode = mode
        self.profile_id = profile_id
        self.bank_id = bank_id
        self._queue: deque[QuestionKey] = deque(queue)
        self._timed = timed
        self._seed = seed if seed is not None else random.getrandbits(_SEED_BITS)
        self._banks: dict[str, _StudyBank] = {}
        self._current: StudyQuestion | None = None
        self._current_key: QuestionKey | None = None
        self._shown_reading: float = 0.0
        self._tries = 0
        self._last_key: QuestionKey | None = None
        self._due_count = 0  # review: the cards due when the one on screen was chosen
        self._count_changed = True
        self._finished = False
        self._deadline_reading: float | None = None
        self.answered = 0
        self.right_first_time = 0

    # --- what it is ------------------------------------------------------------------

    @property
    def current(self) -> StudyQuestion | None:
        return self._current

    @property
    def finished(self) -> bool:
        return self._finished

    @property
    def attempt_ids(self) -> list[str]:
        return [b.attempt_id for b in self._banks.values() if b.attempt_id is not None]

    def remaining(self) -> float | None:
        """Seconds left for the whole session (timed practice), or None."""
        if self._deadline_reading is None:
            return None
        return max(0.0, self._deadline_reading - self._clock.monotonic())

    def question_remaining(self) -> float | None:
        """Seconds left for the question on screen (timed practice), or None."""
        if self._current is None or self._current.time_limit is None:
            return None
        used = self._clock.monotonic() - self._shown_reading
        return max(0.0, self._current.time_limit - used)

    # --- acting ----------------------------------------------------------------------

    def next(self) -> StudyQuestion | None:
        """The next question (now shown), or None when the session is over (then finished)."""
        if self._finished:
            return None
        key = self._choose_next()
        if key is None:
            self.stop()
            return None
        return self._show(key)

    def submit(self, response: Response) -> StudyFeedback:
        """Grade and store an answer to the question on screen."""
        current = self._require_current()
        return self._answer(current, response, timed_out=False)

    def tick(self, pending: Response = None) -> StudyFeedback | None:
        """Act on a passed time limit (timed practice); None when there is no answer to show.

        The answer on screen is stored as it stands (a blank as no answer) and
        cannot be tried again; when the whole session's time is up it ends
        (see :attr:`finished`), after storing the answer on screen if the
        question was not answered yet.
        """
        if self._finished or self._current is None:
            return None
        session_up = self.remaining() == 0
        if not session_up and self.question_remaining() != 0:
            return None
        current = self._current
        if session_up and self._tries > 0:  # the question on screen is answered already
            self.stop(EndReason.TIME_UP)
            return None
        feedback = self._answer(current, pending if is_given(pending) else None, timed_out=True)
        if session_up:
            self.stop(EndReason.TIME_UP)
        return feedback

    def stop(self, reason: EndReason = EndReason.SUBMITTED) -> None:
        """End the session: its attempts are finished now."""
        if self._finished:
            return
        self._finished = True
        self._current = None
        now = self._clock.now()
        with session_scope(self._engine) as session:
            for each in self.attempt_ids:
                attempts.finish_attempt(
                    session=session, attempt_id=each, finished_at=now, end_reason=reason
                )

    # --- inside ----------------------------------------------------------------------

    def _require_current(self) -> StudyQuestion:
        if self._finished or self._current is None:
            raise RuntimeError("no question is on screen")
        return self._current

    def _choose_next(self) -> QuestionKey | None:
        if self.mode is Mode.REVIEW:
            return self._next_due()
        while self._queue:
            key = self._queue.popleft()
            if self._still_there(key):
                return key
        return None

    def _next_due(self) -> QuestionKey | None:
        card = next_review_card(
            self._engine,
            self._clock,
            self.profile_id,
            self.bank_id,
            excluding=self._last_key,
            count_changed=self._count_changed,
        )
        if card is None:
            return None
        self._due_count = card.due_count
        # Changed questions are found only by reading every card: counted while some wait,
        # and again when one turns up (its bank was edited during the session).
        self._count_changed = card.changed or bool(card.changed_later)
        return (card.bank_id, card.question_id)

    def _still_there(self, key: QuestionKey) -> bool:
        try:
            self._bank(key[0]).bank.question(key[1])
        except (KeyError, library.UnknownBankError):
            return False
        return True

    def _bank(self, bank_id: str) -> _StudyBank:
        known = self._banks.get(bank_id)
        if known is not None:
            return known
        with session_scope(self._engine) as session:
            stored = session.get(StoredBank, bank_id)
            if stored is None or stored.hidden:
                raise library.UnknownBankError(bank_id)
            bank = library.load_stored_bank(bank_id, session=session)
            used = attempts.count_attempts(
                session=session, profile_id=self.profile_id, bank_id=bank_id
            )
            path = stored.path
        limit = bank.settings.max_attempts
        left = None if limit is None else max(0, limit - used)
        made = _StudyBank(bank, reveals_right_answers(bank.settings, left), Path(path).parent)
        self._banks[bank_id] = made
        return made

    def _show(self, key: QuestionKey) -> StudyQuestion:
        entry = self._bank(key[0])
        bank = entry.bank
        question = bank.question(key[1])
        now = self._clock.now()
        with session_scope(self._engine) as session:
            if entry.attempt_id is None:
                entry.attempt_id = self._start_attempt(session, bank, question, now)
            else:
                attempts.add_attempt_question(
                    session=session,
                    attempt_id=entry.attempt_id,
                    question_id=question.id,
                    content_hash=content_hash(question),
                    points=question.points,
                )
            attempts.set_current_question(
                session=session, attempt_id=entry.attempt_id, question_id=question.id, shown_at=now
            )
        limit = question_time_limit(question, bank.settings) if self._timed else None
        self._current_key = key
        self._shown_reading = self._clock.monotonic()
        self._tries = 0
        self._current = StudyQuestion(
            bank_id=bank.id,
            bank_title=bank.title,
            language=bank.language,
            presented=present(
                question, seed=self._seed, shuffle_choices=bank.settings.shuffle_choices
            ),
            shown_at=now,
            reveals=entry.reveals,
            bank_dir=entry.bank_dir,
            reading=bank.reading,
            time_limit=limit,
            left=self._due_count if self.mode is Mode.REVIEW else len(self._queue) + 1,
        )
        return self._current

    def _start_attempt(self, session: Session, bank: Bank, first: Question, now: datetime) -> str:
        """The bank's study attempt of this session, begun with the question first shown."""
        attempt_id = str(uuid.uuid4())
        deadline = None
        if self._timed and bank.settings.time_limit is not None:
            deadline = now + timedelta(seconds=bank.settings.time_limit)
            self._deadline_reading = self._clock.monotonic() + bank.settings.time_limit
        attempts.start_attempt(
            session=session,
            attempt_id=attempt_id,
            profile_id=self.profile_id,
            bank_id=bank.id,
            seed=self._seed,
            question_ids=[first.id],
            started_at=now,
            deadline=deadline,
            mode=self.mode,
        )
        return attempt_id

    def _answer(
        self, current: StudyQuestion, response: Response, *, timed_out: bool
    ) -> StudyFeedback:
        entry = self._bank(current.bank_id)
        assert entry.attempt_id is not None
        question = current.question
        graded = grade(question, response)
        first_try = self._tries == 0
        self._tries += 1
        self._record(entry.attempt_id, current, response, graded, review=first_try)
        right = graded.possible > 0 and graded.correct
        key = (current.bank_id, question.id)
        self._last_key = key
        if first_try:
            self.answered += 1
            self.right_first_time += int(right)
        if self.mode is Mode.MISTAKES and not right:
            self._queue.append(key)  # drilled until answered right
        can_retry = self.mode is Mode.PRACTICE and not right and not timed_out
        reveals = current.reveals
        return StudyFeedback(
            question_id=question.id,
            grade=graded,
            reveals=reveals,
            right_answer=correct_response(question) if reveals else None,
            explanation=question.explanation if reveals else None,
            source=question.source if reveals else None,
            can_retry=can_retry,
            timed_out=timed_out,
        )

    def _record(
        self,
        attempt_id: str,
        current: StudyQuestion,
        response: Response,
        graded: Grade,
        *,
        review: bool,
    ) -> None:
        """One answer stored, and (first tries) its card reviewed, in one transaction."""
        answer_id = str(uuid.uuid4())
        answered_at = max(self._clock.now(), current.shown_at)
        question = current.question
        with session_scope(self._engine) as session:
            added = attempts.record_answer(
                session=session,
                answer_id=answer_id,
                attempt_id=attempt_id,
                question=question,
                response=response,
                points=graded.points,
                possible=graded.possible,
                shown_at=current.shown_at,
                answered_at=answered_at,
            )
            if added and review:
                cards.review_answer(
                    session=session,
                    attempt_id=attempt_id,
                    answer_id=answer_id,
                    question=question,
                    points=graded.points,
                    possible=graded.possible,
                    content_hash=content_hash(question),
                    shown_at=current.shown_at,
                    answered_at=answered_at,
                )
            killpoints.reached("study.written")
        killpoints.reached("study.committed")


def next_review_card(
    engine: Engine,
    clock: Clock,
    profile_id: int,
    bank_id: str | None = None,
    *,
    excluding: QuestionKey | None = None,
    count_changed: bool = True,
) -> DueCard | None:
    """The card review asks next, across banks or in one: the most overdue of those due
    within ``LEARN_AHEAD`` of now, a changed question counting as due now; None when none is.

    ``excluding`` (the card just answered) waits while another card is due.
    ``count_changed``: count the changed cards scheduled after the window in
    ``due_count`` (this reads every card; see :func:`quizapp.store.study.next_due_card`).
    """
    now = clock.now()
    with session_scope(engine) as session:
        card = study.next_due_card(
            session=session,
            profile_id=profile_id,
            before=now + LEARN_AHEAD,
            now=now,
            bank_id=bank_id,
            excluding=excluding,
            count_changed=count_changed,
        )
    if card is None:
        return None
    return DueCard(
        card.bank_id, card.question_id, card.due, card.changed, card.due_count, card.changed_later
    )


def practice_queue(bank: Bank, seed: int) -> list[QuestionKey]:
    """Every active question of the bank, in the bank's order or shuffled as it says."""
    every_one = replace(bank, settings=replace(bank.settings, draw=None))
    return [(bank.id, question.id) for question in draw_questions(every_one, seed)]
