"""An attempt in progress: the quiz session and its persistence, paired in one place.

The :class:`~quizapp.quiz.session.QuizSession` decides (grading, moving,
deadlines); every change it makes that must survive a restart goes to the
:class:`~quizapp.quiz.recorder.AttemptRecorder` the moment it happens. Pages
and commands act through a :class:`QuizRun`, so "end the session, then tell
the recorder" is written once, here.

The recorder may store at once (:class:`quizapp.service.recording.StoreRecorder`)
or hand each record to a writer thread (the desktop app does, so a slow
database never freezes its window); records are idempotent either way.
"""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.grading import Response
from quizapp.bank.model import Bank
from quizapp.quiz.recorder import AttemptRecorder
from quizapp.quiz.session import AnswerEvent, Expiry, QuizSession, Shown
from quizapp.service.types import PreparedAttempt
from quizapp.stats.scoring import Score


class QuizRun:
    """One attempt being taken: read the state from :attr:`session`, act through the run."""

    def __init__(self, prepared: PreparedAttempt, recorder: AttemptRecorder) -> None:
        self._session = prepared.session
        self._bank_dir = prepared.bank_dir
        self._recorder = recorder

    # --- what it is ------------------------------------------------------------------

    @property
    def session(self) -> QuizSession:
        return self._session

    @property
    def bank(self) -> Bank:
        return self._session.bank

    @property
    def bank_dir(self) -> Path | None:
        return self._bank_dir

    @property
    def attempt_id(self) -> str:
        return self._session.attempt_id

    def score(self) -> Score:
        """The points of the latest answers out of all drawn questions', with the pass mark."""
        points, possible = self._session.score()
        return Score.of(points, possible, self._session.settings.pass_mark)

    # --- acting ----------------------------------------------------------------------

    def remember_current(self) -> None:
        """Store which question is on screen and since when (when a page first shows it)."""
        self._record_shown(self._session.shown)

    def submit(self, response: Response) -> AnswerEvent:
        """Grade and store an answer to the current question."""
        event = self._session.submit(response)
        self._recorder.record_answer(event)
        return event

    def go_to(self, index: int) -> Shown:
        return self._record_shown(self._session.go_to(index))

    def next(self) -> Shown:
        return self._record_shown(self._session.next())

    def previous(self) -> Shown:
        return self._record_shown(self._session.previous())

    def set_flagged(self, index: int, flagged: bool) -> None:
        if flagged:
            self._session.flag(index)
        else:
            self._session.unflag(index)
        self._recorder.set_flagged(self._session.flagged_question_ids)

    def note_still_open(self) -> None:
        """Store that the attempt is still open now, on its own timeline.

        Called now and then while the quiz is on screen: after a kill, a clock set
        back gains at most the time since the last such note (the resume never
        counts time from before the latest stored instant).
        """
        if not self._session.finished:
            self._recorder.note_open(self._session.timeline_now())

    def finish(self) -> None:
        """The student hands the attempt in."""
        self._session.finish()
        self._record_end()

    def end_after_interruption(self) -> None:
        """End an attempt the app stopped during, as it stood then."""
        self._session.end_after_interruption()
        self._record_end()

    def tick(self, pending: Response = None) -> Expiry | None:
        """Act on a passed deadline (see :meth:`QuizSession.tick`) and store what it did."""
        expiry = self._session.tick(pending)
        if expiry is None:
            return None
        if expiry.answer is not None:
            self._recorder.record_answer(expiry.answer)
        if expiry.shown is not None:
            self._record_shown(expiry.shown)
        if self._session.finished:
            self._record_end()
        return expiry

    # --- inside ----------------------------------------------------------------------

    def _record_shown(self, shown: Shown) -> Shown:
        self._recorder.set_current(shown.question_id, shown.shown_at)
        return shown

    def _record_end(self) -> None:
        session = self._session
        assert session.end_reason is not None
        assert session.finished_at is not None
        self._recorder.finish(session.end_reason.value, session.finished_at)
