"""The quiz page: a whole quiz by keyboard, going back, time running out, feedback."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.bank.model import Bank, SingleChoice
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.richtext import RichTextView
from tests.ui.conftest import MemoryRecorder, every_type_bank, interactive_controls

ALT = Qt.KeyboardModifier.AltModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@dataclass
class Quiz:
    page: QuizPage
    session: QuizSession
    recorder: MemoryRecorder
    clock: FakeClock
    qtbot: QtBot

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """A key typed where the keyboard focus is, as a student types it."""
        self.qtbot.keyClick(focused(), key, modifier)

    def type_text(self, text: str) -> None:
        self.qtbot.keyClicks(focused(), text)

    def find(self, kind: type[Any], name: str) -> Any:
        found = self.page.findChild(kind, name)
        assert found is not None, name
        return found

    def click(self, name: str) -> None:
        self.find(QPushButton, name).click()

    def on_question(self, question_id: str) -> bool:
        return self.session.current.question.id == question_id

    def confirm_dialog(self) -> QMessageBox | None:
        boxes = self.page.findChildren(QMessageBox, "finishConfirmDialog")
        return next((box for box in boxes if box.isVisible()), None)


def plain_text(box: QMessageBox) -> str:
    """The dialog's text without its links (each listed question number is one)."""
    return QTextDocumentFragment.fromHtml(box.text()).toPlainText()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@pytest.fixture
def start_quiz(
    qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder
) -> Iterator[Callable[[Bank], Quiz]]:
    pages: list[QuizPage] = []

    def start(bank: Bank) -> Quiz:
        session = QuizSession.start(bank, attempt_id="attempt-1", seed=11, clock=clock)
        page = QuizPage(session=session, recorder=recorder, clock=clock, bank=bank, bank_dir=None)
        qtbot.addWidget(page)
        page.resize(800, 600)
        page.show()
        page.activateWindow()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        pages.append(page)
        return Quiz(page, session, recorder, clock, qtbot)

    yield start
    for page in pages:  # a dialog left open would outlive the test
        for box in page.findChildren(QMessageBox):
            box.close()


def order_by_keyboard(quiz: Quiz, right_order: tuple[str, ...]) -> None:
    """Put the ordering list in the right order with arrows and Alt+Up only."""
    items = quiz.find(QListWidget, "orderingList")
    for target, text in enumerate(right_order):
        row = next(
            r for r in range(items.count()) if items.item(r).data(Qt.ItemDataRole.UserRole) == text
        )
        while items.currentRow() < row:
            quiz.press(Qt.Key.Key_Down)
        while items.currentRow() > row:
            quiz.press(Qt.Key.Key_Up)
        for _ in range(row - target):
            quiz.press(Qt.Key.Key_Up, ALT)


def test_a_whole_quiz_of_every_type_by_keyboard(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank())
    assert quiz.on_question("capital")

    quiz.press(Qt.Key.Key_B)  # Jakarta
    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("primes")
    quiz.press(Qt.Key.Key_1)
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Enter)
    assert quiz.on_question("sun-star")
    quiz.press(Qt.Key.Key_T)
    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("red-planet")
    quiz.type_text("mars")
    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("boiling")
    quiz.type_text("100")
    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("sizes")
    order_by_keyboard(quiz, ("Moon", "Earth", "Sun"))
    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("capitals")
    for number, country in enumerate(("Paris", "Tokyo", "Nairobi"), start=1):
        if number > 1:
            quiz.press(Qt.Key.Key_Tab)
        combo = focused()
        assert combo.objectName() == f"matchingCombo_{number}"
        while combo.currentText() != country:  # type: ignore[attr-defined]
            quiz.press(Qt.Key.Key_Down)
    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("water")
    quiz.type_text("Hydrogen")
    quiz.press(Qt.Key.Key_Tab)
    quiz.type_text("oxygen.")
    quiz.press(Qt.Key.Key_Return)  # the last question: submit, then the offer to finish

    box = quiz.confirm_dialog()
    assert box is not None
    with quiz.qtbot.wait_signal(quiz.page.finished) as finished:
        quiz.qtbot.keyClick(box, Qt.Key.Key_Return)

    assert finished.args == ["attempt-1"]
    assert [end for end, _ in quiz.recorder.finished] == ["submitted"]
    latest = quiz.recorder.latest()
    assert {qid: event.response for qid, event in latest.items()} == {
        "capital": "Jakarta",
        "primes": ["2", "3"],
        "sun-star": True,
        "red-planet": "mars",
        "boiling": 100.0,
        "sizes": ["Moon", "Earth", "Sun"],
        "capitals": {"France": "Paris", "Japan": "Tokyo", "Kenya": "Nairobi"},
        "water": ["Hydrogen", "oxygen."],
    }
    assert all(event.grade.correct for event in latest.values())
    assert len(quiz.recorder.answers) == 8  # each answer stored once, when it was given
    assert quiz.session.score() == (9.0, 9.0)


def test_each_answer_reaches_the_recorder_the_moment_it_is_submitted(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())

    quiz.press(Qt.Key.Key_C)
    quiz.click("submitButton")

    assert [(e.question_id, e.response) for e in quiz.recorder.answers] == [("capital", "Bandung")]
    assert quiz.on_question("capital")  # the button saves; Enter and Next go on
    assert quiz.find(QLabel, "statusLabel").text() == "Your answer is saved."


def test_going_back_shows_the_answer_and_a_change_is_recorded(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.press(Qt.Key.Key_A)  # Surabaya: wrong
    quiz.press(Qt.Key.Key_Return)
    assert quiz.session.score()[0] == 0

    quiz.click("previousButton")
    assert quiz.on_question("capital")
    assert quiz.page.question_widget is not None
    assert quiz.page.question_widget.response() == "Surabaya"
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)

    assert [e.response for e in quiz.recorder.answers] == ["Surabaya", "Jakarta"]
    assert quiz.recorder.latest()["capital"].grade.correct
    assert quiz.session.score()[0] == 1
    assert quiz.on_question("primes")
    assert [qid for qid, _ in quiz.recorder.current] == ["capital", "primes", "capital", "primes"]


def test_enter_on_an_unchanged_answer_goes_on_without_storing_it_again(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)
    quiz.click("previousButton")

    quiz.press(Qt.Key.Key_Return)

    assert len(quiz.recorder.answers) == 1
    assert quiz.on_question("primes")


def test_text_that_is_not_a_number_keeps_the_student_on_the_question(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    while not quiz.on_question("boiling"):
        quiz.click("skipButton")

    quiz.type_text("a hundred")
    quiz.press(Qt.Key.Key_Return)

    message = quiz.find(QLabel, "numberMessageLabel")
    assert message.isVisible()
    assert message.text().startswith("This is not a number")
    assert quiz.on_question("boiling")
    assert quiz.recorder.answers == []
    assert isinstance(focused(), QLineEdit)

    focused().clear()  # type: ignore[attr-defined]
    quiz.type_text("100")
    quiz.press(Qt.Key.Key_Return)
    assert quiz.recorder.latest()["boiling"].grade.correct


def test_a_question_that_runs_out_of_time_keeps_its_answer_and_moves_on(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(question_time_limit=30))
    timer = quiz.find(QLabel, "questionTimerLabel")
    assert timer.isVisible()
    assert not quiz.find(QPushButton, "previousButton").isVisible()  # forward only
    assert not quiz.find(QLabel, "quizTimerLabel").isVisible()
    quiz.press(Qt.Key.Key_B)  # picked, not submitted

    quiz.clock.advance(19.5)
    quiz.page.refresh_time()
    assert timer.text() == "This question: 0:11 left"
    assert timer.property("warning") is False
    quiz.clock.advance(0.6)
    quiz.page.refresh_time()
    assert timer.text() == "This question: 0:10 left"
    assert timer.property("warning") is True
    assert timer.font().bold()

    quiz.clock.advance(10)
    quiz.page.refresh_time()

    assert quiz.on_question("primes")
    assert [(e.question_id, e.response) for e in quiz.recorder.answers] == [("capital", "Jakarta")]
    assert timer.text() == "This question: 0:30 left"
    assert timer.property("warning") is False
    assert "Time ran out for question 1" in quiz.find(QLabel, "statusLabel").text()


def test_the_whole_quiz_running_out_of_time_ends_it(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank(time_limit=120))
    timer = quiz.find(QLabel, "quizTimerLabel")
    assert timer.text() == "Quiz: 2:00 left"
    assert not quiz.find(QLabel, "questionTimerLabel").isVisible()
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)
    quiz.type_text("2")  # on screen, not submitted

    quiz.clock.advance(119.2)
    quiz.page.refresh_time()
    assert timer.text() == "Quiz: 0:01 left"
    with quiz.qtbot.wait_signal(quiz.page.finished):
        quiz.clock.advance(1)
        quiz.page.refresh_time()

    assert [end for end, _ in quiz.recorder.finished] == ["time_up"]
    assert {e.question_id: e.response for e in quiz.recorder.answers} == {
        "capital": "Jakarta",
        "primes": ["3"],
    }
    assert timer.text() == "Quiz: 0:00 left"
    assert not quiz.find(QPushButton, "finishButton").isEnabled()


def test_time_running_out_closes_the_finish_question(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank(time_limit=60))
    quiz.click("finishButton")
    assert quiz.confirm_dialog() is not None

    quiz.clock.advance(60)
    quiz.page.refresh_time()

    assert quiz.confirm_dialog() is None
    assert [end for end, _ in quiz.recorder.finished] == ["time_up"]


def test_immediate_feedback_shows_the_right_answer_explanation_and_source(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(feedback="immediate"))
    panel = quiz.find(QFrame, "feedbackPanel")
    assert not panel.isVisible()

    quiz.press(Qt.Key.Key_A)  # wrong
    quiz.press(Qt.Key.Key_Return)

    assert panel.isVisible()
    assert quiz.on_question("capital")  # stays to read the feedback
    assert quiz.find(QLabel, "feedbackResultLabel").text() == "Wrong."
    assert quiz.find(QLabel, "feedbackAnswerLabel").text() == "Right answer: Jakarta"
    explanation = quiz.find(RichTextView, "feedbackExplanation")
    assert explanation.toPlainText() == "Jakarta has been the capital since 1949."
    assert quiz.find(QLabel, "feedbackSourceLabel").text() == "Source: “Jakarta is the capital”"

    quiz.press(Qt.Key.Key_B)  # the answer is locked once the feedback is shown
    assert quiz.page.question_widget is not None
    assert quiz.page.question_widget.response() == "Surabaya"
    assert not quiz.find(QPushButton, "submitButton").isEnabled()

    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("primes")
    assert not panel.isVisible()
    assert len(quiz.recorder.answers) == 1


def test_going_back_after_immediate_feedback_shows_it_again_locked(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(feedback="immediate"))
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)
    quiz.press(Qt.Key.Key_Return)

    quiz.click("previousButton")

    assert quiz.find(QFrame, "feedbackPanel").isVisible()
    assert quiz.find(QLabel, "feedbackResultLabel").text() == "Right."
    assert quiz.page.question_widget is not None
    assert quiz.page.question_widget.read_only


@pytest.mark.parametrize("feedback", ["at_end", "never"])
def test_without_immediate_feedback_nothing_tells_right_from_wrong(
    start_quiz: Callable[[Bank], Quiz], feedback: str
) -> None:
    quiz = start_quiz(every_type_bank(feedback=feedback))

    quiz.press(Qt.Key.Key_A)
    quiz.click("submitButton")

    assert not quiz.find(QFrame, "feedbackPanel").isVisible()
    assert quiz.page.question_widget is not None
    assert not quiz.page.question_widget.read_only


def test_raw_html_in_a_prompt_shows_as_text(start_quiz: Callable[[Bank], Quiz]) -> None:
    question = SingleChoice(
        id="html",
        prompt='Is <b>this</b> bold? <a href="https://example.com">link</a> *yes*',
        choices=("yes", "no"),
        answer="no",
    )
    quiz = start_quiz(Bank(id="html", title="HTML", questions=(question,)))

    prompt = quiz.find(RichTextView, "questionPrompt")

    assert prompt.toPlainText() == 'Is <b>this</b> bold? <a href="https://example.com">link</a> yes'
    assert "<a " not in prompt.toHtml()


def test_finishing_with_unanswered_questions_asks_first(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)

    quiz.click("finishButton")
    box = quiz.confirm_dialog()
    assert box is not None
    assert plain_text(box) == "7 question(s) not answered yet: 2, 3, 4, 5, 6, 7, 8."
    keep = box.findChild(QPushButton, "keepGoingButton")
    assert box.defaultButton() is keep
    quiz.qtbot.keyClick(box, Qt.Key.Key_Return)  # the safe choice is the default
    assert quiz.recorder.finished == []
    assert quiz.confirm_dialog() is None

    quiz.click("finishButton")
    box = quiz.confirm_dialog()
    assert box is not None
    with quiz.qtbot.wait_signal(quiz.page.finished):
        confirm = box.findChild(QPushButton, "confirmFinishButton")
        assert isinstance(confirm, QPushButton)
        confirm.click()
    assert [end for end, _ in quiz.recorder.finished] == ["submitted"]


def test_finish_with_everything_answered_does_not_ask(start_quiz: Callable[[Bank], Quiz]) -> None:
    question = SingleChoice(id="one", prompt="?", choices=("a", "b"), answer="a")
    quiz = start_quiz(Bank(id="one", title="One", questions=(question,)))
    quiz.press(Qt.Key.Key_A)

    with quiz.qtbot.wait_signal(quiz.page.finished):
        quiz.click("finishButton")  # the answer on screen is stored first

    assert quiz.recorder.latest()["one"].response == "a"


def test_finishing_with_a_flagged_question_asks_and_names_it(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    question = SingleChoice(id="one", prompt="?", choices=("a", "b"), answer="a")
    quiz = start_quiz(Bank(id="one", title="One", questions=(question,)))
    quiz.press(Qt.Key.Key_A)
    quiz.click("flagButton")

    quiz.click("finishButton")

    box = quiz.confirm_dialog()
    assert box is not None
    assert plain_text(box) == "1 question(s) flagged for review: 1."  # (no catalogue in tests)
    keep = box.findChild(QPushButton, "keepGoingButton")
    assert box.defaultButton() is keep  # looking at it again is the safe choice
    assert quiz.recorder.finished == []
    assert quiz.recorder.latest()["one"].response == "a"  # stored all the same


def test_the_page_shows_where_the_student_is_and_names_the_window(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    assert quiz.find(QLabel, "progressLabel").text() == "1 / 8"

    titles: list[str] = []
    quiz.page.titleChanged.connect(titles.append)

    quiz.click("skipButton")
    quiz.click("skipButton")

    assert titles == ["Question 2 of 8 — Every type", "Question 3 of 8 — Every type"]
    assert quiz.find(QLabel, "progressLabel").text() == "3 / 8"
    assert quiz.find(QLabel, "progressLabel").accessibleName() == "Question 3 of 8"
    assert quiz.find(QLabel, "questionPointsLabel").text() == "2 point(s)"


def test_a_flag_marks_the_question_for_review(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank())
    flag = quiz.find(QPushButton, "flagButton")

    flag.click()
    assert flag.text() == "Remove flag"  # says so, as a pressed-in button is easy to miss
    quiz.click("skipButton")
    assert not flag.isChecked()
    assert flag.text() == "Flag for review"
    quiz.click("previousButton")

    assert flag.isChecked()
    assert flag.text() == "Remove flag"
    assert quiz.session.flagged == frozenset({0})
    first = quiz.session.questions[0].question.id
    assert quiz.recorder.flagged == [(first,)]  # stored at once, to survive a restart

    flag.click()
    assert quiz.recorder.flagged[-1] == ()


def test_the_answer_widget_has_the_focus_on_every_question(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    widget_names = []
    while True:
        widget = quiz.page.question_widget
        assert widget is not None
        assert widget.isAncestorOf(focused())
        widget_names.append(focused().objectName())
        if quiz.session.index == len(quiz.session.questions) - 1:
            break
        quiz.click("skipButton")

    assert widget_names == [
        "choiceButton_1",
        "choiceButton_1",
        "trueButton",
        "answerEdit",
        "answerEdit",
        "orderingList",
        "matchingCombo_1",
        "clozeEdit_1",
    ]


def test_tab_reaches_every_control_of_the_page(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank())
    while not quiz.on_question("capitals"):
        quiz.click("skipButton")
    reachable = {
        control
        for control in interactive_controls(quiz.page)
        if control.isVisible() and control.isEnabled()
    }

    seen = set()
    for _ in range(len(reachable) + 2):
        seen.add(focused())
        quiz.press(Qt.Key.Key_Tab)

    assert reachable <= seen


@pytest.mark.parametrize("question_index", range(8))
def test_every_control_on_the_page_is_named(
    start_quiz: Callable[[Bank], Quiz], question_index: int
) -> None:
    quiz = start_quiz(every_type_bank())
    for _ in range(question_index):
        quiz.click("skipButton")

    for control in interactive_controls(quiz.page):
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()
    for name in ("quizTimerLabel", "questionTimerLabel"):
        assert quiz.find(QLabel, name).accessibleName()


def test_the_repaint_timer_belongs_to_the_page(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank(time_limit=60))
    timers = quiz.page.findChildren(QTimer)

    assert any(timer.isActive() and timer.interval() <= 250 for timer in timers)


def test_a_timed_quiz_stores_every_half_minute_that_it_is_still_open(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(time_limit=600))
    quiz.clock.advance(29)
    quiz.page.refresh_time()
    assert quiz.recorder.still_open == []

    quiz.clock.advance(2)
    quiz.page.refresh_time()
    quiz.clock.advance(10)
    quiz.page.refresh_time()  # not again before another half minute

    assert quiz.recorder.still_open == [quiz.session.started_at + timedelta(seconds=31)]


def test_an_untimed_quiz_has_nothing_to_protect_and_stores_nothing_extra(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.clock.advance(120)
    quiz.page.refresh_time()
    assert quiz.recorder.still_open == []
