"""An attempt left unfinished is offered again: resume with the time really left, or finish."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.paths import resolve_data_dir, resolve_database_url
from quizapp.quiz.clock import FakeClock
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pages.quiz_page import QuizPage
from tests.ui.test_shell import WindowFactory, continue_as

# The shell's fixtures (a data folder, a small library, windows on them).
pytest_plugins = ("tests.ui.test_shell",)

ATTEMPT_ID = "6f1c2e0a-0000-4000-8000-000000000001"


def leave_an_attempt_unfinished(data_dir: Path, library: Path, clock: FakeClock) -> datetime:
    """Ana starts "solar" (10 minutes), flags and answers the first question, moves on; it stops.

    Returns when the last thing was recorded (the second question shown).
    """
    from quizapp.quiz.session import QuizSession
    from quizapp.service.recording import StoreRecorder
    from quizapp.store.attempts import start_attempt
    from quizapp.store.db import open_database, session_scope
    from quizapp.store.library import load_stored_bank, sync_library
    from quizapp.store.profiles import get_or_create_profile

    folder = resolve_data_dir(str(data_dir))
    engine = open_database(resolve_database_url(None, folder))
    try:
        sync_library(engine, [library], now=clock.now())
        with session_scope(engine) as session:
            profile = get_or_create_profile("Ana", session=session, now=clock.now())
            assert profile.id is not None
            bank = load_stored_bank("solar", session=session)
            quiz = QuizSession.start(bank, attempt_id=ATTEMPT_ID, seed=7, clock=clock)
            start_attempt(
                session=session,
                attempt_id=ATTEMPT_ID,
                profile_id=profile.id,
                bank_id="solar",
                seed=quiz.seed,
                question_ids=quiz.question_ids,
                started_at=quiz.started_at,
                deadline=quiz.deadline,
            )
        recorder = StoreRecorder(engine, ATTEMPT_ID)
        recorder.set_current(quiz.shown.question_id, quiz.shown.shown_at)
        quiz.flag(0)
        recorder.set_flagged(quiz.flagged_question_ids)
        clock.advance(30)
        recorder.record_answer(quiz.submit("Mars"))
        clock.advance(5)
        shown = quiz.next()
        recorder.set_current(shown.question_id, shown.shown_at)
        return shown.shown_at
    finally:
        engine.dispose()


def stored_attempt(window: MainWindow) -> tuple[str, str | None, datetime | None]:
    from quizapp.store.attempts import get_attempt
    from quizapp.store.db import session_scope

    assert window.service is not None
    with session_scope(window.service.engine) as session:
        attempt = get_attempt(ATTEMPT_ID, session=session)
        return attempt.status, attempt.end_reason, attempt.finished_at


def open_resume_dialog(qtbot: QtBot, window: MainWindow) -> QDialog:
    continue_as(qtbot, window, "Ana")
    qtbot.waitUntil(lambda: window.findChild(QDialog, "resumeDialog") is not None)
    dialog = window.findChild(QDialog, "resumeDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def dialog_button(dialog: QDialog, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert button is not None
    return button


def time_text(dialog: QDialog) -> str:
    label = dialog.findChild(QLabel, "resumeTimeLabel")
    assert label is not None
    return label.text()


@pytest.fixture
def unfinished(data_dir: Path, library: Path, fake_clock: FakeClock) -> datetime:
    return leave_an_attempt_unfinished(data_dir, library, fake_clock)


def test_resume_carries_on_with_the_time_really_left(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock, unfinished: datetime
) -> None:
    fake_clock.advance(4 * 60 - 35)  # four minutes after the start, the app comes back
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)
    assert "6:00" in time_text(dialog)
    summary = dialog.findChild(QLabel, "resumeSummaryLabel")
    assert summary is not None
    assert "The Solar System" in summary.text()

    qtbot.mouseClick(dialog_button(dialog, "resumeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "quizPage"
    )
    page = window.current_page
    assert isinstance(page, QuizPage)
    session = page.session
    assert session.remaining() == 6 * 60
    assert session.index == 1  # where Ana was
    assert session.answer_for(0) == "Mars"  # what she had answered
    assert session.flagged == frozenset({0})  # and what she had flagged for review
    assert window.windowTitle() == "QuizApp — Question 2 of 2 — The Solar System"
    assert stored_attempt(window)[0] == "in_progress"


def test_resume_after_the_deadline_ends_at_once_as_time_up(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock, unfinished: datetime
) -> None:
    fake_clock.advance(11 * 60)
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)
    assert "ran out" in time_text(dialog)

    qtbot.mouseClick(dialog_button(dialog, "resumeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.current_page is not None and window.current_page.objectName() == "resultsPage"
        )
    )
    status, reason, _finished_at = stored_attempt(window)
    assert (status, reason) == ("finished", "time_up")


def test_finish_as_it_stands_ends_at_the_last_thing_recorded(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock, unfinished: datetime
) -> None:
    fake_clock.advance(3 * 3600)  # the closed hours do not count
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)

    qtbot.mouseClick(dialog_button(dialog, "finishAttemptButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            window.current_page is not None and window.current_page.objectName() == "resultsPage"
        )
    )
    status, reason, finished_at = stored_attempt(window)
    assert (status, reason) == ("finished", "ended_after_interruption")
    assert finished_at == unfinished
    assert window.windowTitle() == "QuizApp — Results — The Solar System"

    back = window.findChild(QPushButton, "backToLibraryButton")
    assert back is not None
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    qtbot.waitUntil(
        lambda: (
            (r := window.library_page.model.row_for("solar")) is not None
            and r.best_percent is not None
        )
    )
    row = window.library_page.model.row_for("solar")
    assert row is not None
    assert row.best_percent == 50.0  # one of two questions, as it stood


def test_a_clock_set_back_while_closed_gains_no_time(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock, unfinished: datetime
) -> None:
    # The second question was shown 35 s into a 10-minute quiz; the app was
    # killed and the computer's clock set back a day before it started again.
    fake_clock.set_wall(unfinished - timedelta(days=1))
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)
    assert "Time left: 9:25." in time_text(dialog)  # not 24:09:25

    qtbot.mouseClick(dialog_button(dialog, "resumeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "quizPage"
    )
    page = window.current_page
    assert isinstance(page, QuizPage)
    assert page.session.remaining() == 10 * 60 - 35
    assert stored_clock(window) == (unfinished, 1)  # the set-back is on record


def test_a_second_set_back_gains_nothing_from_the_time_of_the_first_resume(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock, unfinished: datetime
) -> None:
    fake_clock.advance(60)  # resumed a minute after the last thing recorded, then killed
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)
    qtbot.mouseClick(dialog_button(dialog, "resumeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "quizPage"
    )
    assert stored_clock(window) == (unfinished + timedelta(seconds=60), 0)
    window.confirm_close()  # a timed quiz asks first
    window.close()

    fake_clock.set_wall(unfinished)  # set back to before that resume
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)
    assert "Time left: 8:25." in time_text(dialog)


def stored_clock(window: MainWindow) -> tuple[datetime | None, int]:
    from quizapp.store.attempts import get_attempt
    from quizapp.store.db import session_scope

    assert window.service is not None
    with session_scope(window.service.engine) as session:
        attempt = get_attempt(ATTEMPT_ID, session=session)
        return attempt.last_opened_at, attempt.clock_setbacks


def test_closing_the_dialog_decides_nothing(
    qtbot: QtBot, make_window: WindowFactory, unfinished: datetime
) -> None:
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)
    dialog.reject()
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    assert stored_attempt(window)[:2] == ("in_progress", None)


def test_no_dialog_without_an_unfinished_attempt(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    continue_as(qtbot, window, "Ana")
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    assert window.findChild(QDialog, "resumeDialog") is None
