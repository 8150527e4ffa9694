"""A window or page that nobody holds any more is deleted at once, whatever it is showing.

The main window (and a quiz page shown on its own) has no parent, so Python
owns it. If a lambda connected to the signal of one of its pages or dialogs
held it, that lambda would be its last reference once the caller let go, and
deleting the page or dialog later would delete the window, and with it the
same page or dialog a second time: the heap corruption that used to abort the
UI tests now and then. Here the caller lets go while the page or dialog is
still there; the window must be gone at that very moment (not kept alive, and
not left to the garbage collector, which may run on the worker thread).
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.workers import is_busy
from tests.ui.conftest import MemoryRecorder, every_type_bank
from tests.ui.test_resume import leave_an_attempt_unfinished, open_resume_dialog
from tests.ui.test_shell import WindowFactory, enter_profile

# The shell's fixtures (a data folder, a small library, windows on them).
pytest_plugins = ("tests.ui.test_shell",)

T = TypeVar("T", bound=QObject)


def page_named(window: MainWindow, name: str) -> bool:
    return window.current_page is not None and window.current_page.objectName() == name


def resume_dialog_open(qtbot: QtBot, window: MainWindow) -> None:
    open_resume_dialog(qtbot, window)


def quiz_running(qtbot: QtBot, window: MainWindow) -> None:
    enter_profile(qtbot, window, "Ana")
    assert window.library_page.select_bank("solar")
    qtbot.mouseClick(window.library_page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_named(window, "bankStartPage"))
    qtbot.mouseClick(window.start_page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_named(window, "quizPage"))


def settings_dialog_open(qtbot: QtBot, window: MainWindow) -> None:
    enter_profile(qtbot, window, "Ana")
    window.open_settings()
    qtbot.waitUntil(
        lambda: (d := window.findChild(QDialog, "settingsDialog")) is not None and d.isVisible()
    )


def results_of_a_quiz_whose_time_ran_out(qtbot: QtBot, window: MainWindow) -> None:
    # The quiz page is made, ends at once and is let go for the results page.
    dialog = open_resume_dialog(qtbot, window)
    resume = dialog.findChild(QPushButton, "resumeButton")
    assert resume is not None
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_named(window, "resultsPage"))


SHOWING = {
    "the resume dialog": (resume_dialog_open, 0),
    "a quiz": (quiz_running, None),
    "the settings dialog": (settings_dialog_open, None),
    "the results of a quiz whose time ran out": (results_of_a_quiz_whose_time_ran_out, 11 * 60),
}


@pytest.mark.parametrize("showing", list(SHOWING))
def test_a_window_let_go_is_deleted_at_once(
    qtbot: QtBot,
    make_window: WindowFactory,
    data_dir: Path,
    library: Path,
    fake_clock: FakeClock,
    showing: str,
) -> None:
    reach, unfinished_for = SHOWING[showing]
    if unfinished_for is not None:
        leave_an_attempt_unfinished(data_dir, library, fake_clock)
        fake_clock.advance(unfinished_for)
    window = make_window()
    reach(qtbot, window)
    window.close()
    qtbot.waitUntil(lambda: not is_busy())  # a callback on its way holds the window too

    gone = weakref.ref(window)
    del window
    assert gone() is None


def test_a_quiz_page_let_go_after_its_finish_question_is_deleted_at_once(
    qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder
) -> None:
    bank = every_type_bank()
    session = QuizSession.start(bank, attempt_id="attempt-1", seed=11, clock=clock)
    page = QuizPage(session=session, recorder=recorder, clock=clock, bank=bank, bank_dir=None)
    qtbot.addWidget(page)  # closes it should the test fail before letting go
    page.show()
    qtbot.mouseClick(_child(page, QPushButton, "finishButton"), Qt.MouseButton.LeftButton)
    box = _child(page, QMessageBox, "finishConfirmDialog")
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(_child(box, QPushButton, "keepGoingButton"), Qt.MouseButton.LeftButton)
    assert not session.finished
    del box  # closed, and deleted once events are processed: the page is still there

    gone = weakref.ref(page)
    del page
    assert gone() is None


def _child(parent: QObject, kind: type[T], name: str) -> T:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found
