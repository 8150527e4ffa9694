"""What a hostile bank can put on screen: text shown as text, any number of points."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.bank.model import Bank, TrueFalse
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.questions.texts import points_text
from tests.ui.conftest import MemoryRecorder

StartQuiz = Callable[[Bank], QuizPage]


@pytest.fixture
def start_quiz(qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder) -> StartQuiz:
    def start(bank: Bank) -> QuizPage:
        session = QuizSession.start(bank, attempt_id="attempt-1", seed=3, clock=clock)
        page = QuizPage(session=session, recorder=recorder, clock=clock, bank=bank, bank_dir=None)
        qtbot.addWidget(page)
        page.show()
        return page

    return start


# --- points ---------------------------------------------------------------------------------


@pytest.mark.parametrize("points", [3_000_000_000, 2**31, 2**63, 1e300, 1_000_001])
def test_any_number_of_points_is_shown_with_its_value(points: float) -> None:
    text = points_text(points)

    assert "points" in text
    assert text != points_text(1_000_000)


def test_a_question_worth_more_points_than_qt_can_count_is_shown_and_answered(
    start_quiz: StartQuiz, recorder: MemoryRecorder, qtbot: QtBot
) -> None:
    # Stored before the format bounded points: the page must still show it and take answers.
    question = TrueFalse(id="huge", prompt="Is the Sun a star?", answer=True, points=3e9)
    page = start_quiz(Bank(id="huge", title="Huge", questions=(question,)))

    label = page.findChild(QLabel, "questionPointsLabel")
    assert label is not None
    assert label.text() == points_text(3e9)
    widget = page.question_widget
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_T)
    submit = page.findChild(QPushButton, "submitButton")
    assert submit is not None
    submit.click()

    [event] = recorder.answers
    assert (event.question_id, event.grade.points) == ("huge", 3e9)
