"""The study modes in the window: starting a session, and running its steps on the worker.

:class:`StudyView` (the window's child, one per window) starts practice, the
mistakes drill or review through the service, shows the
:class:`~quizapp.ui.pages.study_page.StudyPage`, and runs each of the page's
steps (an answer, the next question, the end) on the worker, handing the
result back to the page. The page never touches the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Slot

from quizapp.learn.modes import Mode
from quizapp.ui.messages import Level, show_exception, show_message
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.bank.grading import Response
    from quizapp.service.study import StudyQuestion, StudySession
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.pages.study_page import StudyPage


class StudyView(WindowPart):
    """Runs the study sessions of ``window``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "studyView")
        self.page: StudyPage | None = None
        self._back_to_bank: str | None = None
        self._open: list[StudySession] = []  # sessions whose page may still be on screen

    # --- starting ------------------------------------------------------------------------

    def start_practice(self, bank_id: str, timed: bool) -> None:
        self._start(lambda s, p: s.start_practice(p, bank_id, timed=timed), bank_id)

    def start_mistakes(self, bank_id: str | None = None) -> None:
        self._start(lambda s, p: s.start_mistakes(p, bank_id), bank_id)

    def start_review(self, bank_id: str | None = None) -> None:
        self._start(lambda s, p: s.start_review(p, bank_id), bank_id)

    @Slot()
    def review_every_bank(self) -> None:
        """Review the due cards of every bank in the library."""
        self.start_review(None)

    @Slot()
    def drill_every_bank(self) -> None:
        """Drill the last mistakes in every bank in the library."""
        self.start_mistakes(None)

    def _start(self, make: Callable[[Any, int], StudySession], bank_id: str | None) -> None:
        window = self._window
        service, profile = window.service, window.profile
        if service is None or profile is None:
            return
        profile_id = profile.id
        self._back_to_bank = bank_id

        def begin() -> tuple[StudySession, StudyQuestion | None]:
            session = make(service, profile_id)
            return session, session.next()

        window._run(begin, success=self._on_started, failure=self._on_start_failed)

    def _on_started(self, started: tuple[StudySession, StudyQuestion | None]) -> None:
        from quizapp.ui.pages.study_page import StudyPage

        session, first = started
        window = self._window
        page = StudyPage(session, window.stack)
        page.answer_submitted.connect(self._on_answer)
        page.next_requested.connect(self._on_next)
        page.stop_requested.connect(self._on_stop)
        page.back_requested.connect(self._on_back)
        page.time_up.connect(self._on_time_up)
        page.destroyed.connect(self._on_page_gone)
        self.page = page
        self._open.append(session)
        window._set_page(page)
        page.show_question(first)
        self._set_title(session.mode)

    def _on_start_failed(self, error: Exception) -> None:
        from quizapp.service.errors import BankNotAvailableError

        if isinstance(error, BankNotAvailableError):
            show_message(
                Level.INFO, self.tr("This bank is no longer in the library."), parent=self._window
            )
            self._window.show_library()
            return
        show_exception(error, parent=self._window)

    def _set_title(self, mode: Mode) -> None:
        titles = {
            Mode.PRACTICE: self.tr("Practice"),
            Mode.REVIEW: self.tr("Review"),
            Mode.MISTAKES: self.tr("Mistakes drill"),
        }
        self._window.setWindowTitle(self.tr("QuizApp — {mode}").format(mode=titles[mode]))

    # --- the page's steps ------------------------------------------------------------

    def _step(self, op: Callable[[], Any], success: Callable[[Any], object]) -> None:
        page = self.page
        if page is None:
            return

        def failed(error: Exception) -> None:
            if self.page is page:
                page.show_error(self.tr("That could not be saved: {error}").format(error=error))

        def succeeded(result: Any) -> None:
            if self.page is page:  # a result for a page no longer shown is dropped
                success(result)

        self._window._run(op, success=succeeded, failure=failed)

    @Slot(object)
    def _on_answer(self, response: Response) -> None:
        page = self.page
        if page is not None:
            session = page.session
            self._step(lambda: session.submit(response), page.show_feedback)

    @Slot(object)
    def _on_time_up(self, pending: Response) -> None:
        page = self.page
        if page is not None:
            session = page.session
            self._step(lambda: session.tick(pending), self._after_tick)

    def _after_tick(self, feedback: Any) -> None:
        page = self.page
        if page is None:
            return
        if feedback is not None:
            page.show_feedback(feedback)
        if page.session.finished:
            page.show_done()

    @Slot()
    def _on_next(self) -> None:
        page = self.page
        if page is not None:
            self._step(page.session.next, page.show_question)

    @Slot()
    def _on_stop(self) -> None:
        page = self.page
        if page is not None:
            self._step(page.session.stop, self._stopped)

    def _stopped(self, _result: object) -> None:
        if self.page is not None:
            self.page.show_done()

    @Slot()
    def _on_page_gone(self) -> None:
        """A study page left the window (another page took its place): end its session.

        So a session left by the menu (History, say) is not left in progress.
        """
        window = self._window_ref()
        if window is None or not shiboken6.isValid(window.stack):
            return  # the window is going: a session left open ends when the profile is next used
        page = self.page
        shown = page is not None and window.current_page is page
        keep = page.session if shown and page is not None else None
        if not shown:
            self.page = None
        stale = [session for session in self._open if session is not keep]
        self._open = [session for session in self._open if session is keep]
        for session in stale:
            if not session.finished:
                window._run(session.stop, success=self._ignore)

    def _ignore(self, _result: object) -> None:
        pass

    @Slot()
    def _on_back(self) -> None:
        self.page = None
        window = self._window
        if self._back_to_bank is not None:
            window.show_start_page(self._back_to_bank)
        else:
            window.show_library()
