"""The student's way through a quiz: the question navigator, Enter never leaving a question
unanswered, empty gaps asked about once, the last question's own time, cloze gap widths,
pictures' alt texts and the reading from the quiz page."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.bank.model import Bank, Cloze
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.pages.results_page import AttemptResults
from quizapp.ui.question_navigator import QuestionNavigator
from quizapp.ui.questions.image import ImageView
from tests.ui.conftest import EVERY_TYPE_QUESTIONS, MemoryRecorder, every_type_bank
from tests.ui.test_quiz_page import Quiz, focused
from tests.ui.test_quiz_page import start_quiz as start_quiz  # the fixture
from tests.ui.test_results_page import label, show

NOT_ANSWERED = "Not answered: press Skip to leave it blank."


def status(quiz: Quiz) -> str:
    found = quiz.find(QLabel, "statusLabel")
    return str(found.text()) if found.isVisible() else ""


def navigator(quiz: Quiz) -> QuestionNavigator:
    found = quiz.page.navigator
    assert found is not None
    assert found.objectName() == "questionNavigator"
    return found


def click_cell(quiz: Quiz, index: int) -> None:
    cells = navigator(quiz)
    rect = cells.visualItemRect(cells.item(index))
    quiz.qtbot.mouseClick(cells.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- the question navigator --------------------------------------------------------------


def test_the_navigator_says_each_questions_state_in_marks_and_words(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)  # 1 answered; on 2
    quiz.click("flagButton")  # 2 flagged
    quiz.click("skipButton")  # on 3

    cells = navigator(quiz)
    assert cells.count() == 8
    assert [cells.cell_text(i) for i in range(4)] == ["1 ✓", "2 ⚑", "▶ 3", "4"]
    assert cells.cell_name(0) == "Question 1: answered"
    assert cells.cell_name(1) == "Question 2: not answered, flagged"
    assert cells.cell_name(2) == "Question 3: not answered, on screen"
    assert cells.item(2).font().bold()
    assert cells.accessibleName() == "Questions"
    legend = quiz.find(QLabel, "navigatorLegend").text()
    assert "✓ answered" in legend
    assert "⚑ flagged" in legend
    assert "▶ on screen" in legend


def test_clicking_a_cell_stores_the_answer_on_screen_and_goes_there(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.press(Qt.Key.Key_B)  # on screen, not submitted

    click_cell(quiz, 4)

    assert quiz.on_question("boiling")
    assert [(e.question_id, e.response) for e in quiz.recorder.answers] == [("capital", "Jakarta")]
    assert [qid for qid, _ in quiz.recorder.current] == ["capital", "boiling"]  # the move stored
    assert navigator(quiz).cell_text(0) == "1 ✓"
    assert navigator(quiz).cell_text(4) == "▶ 5"

    click_cell(quiz, 0)  # back, with nothing on screen: nothing recorded
    assert quiz.on_question("capital")
    assert len(quiz.recorder.answers) == 1


def test_ctrl_g_reaches_the_navigator_and_the_arrow_keys_and_enter_go_to_a_question(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())

    quiz.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert focused() is navigator(quiz)
    quiz.press(Qt.Key.Key_Right)
    quiz.press(Qt.Key.Key_Right)
    quiz.press(Qt.Key.Key_Return)

    assert quiz.on_question("sun-star")
    assert quiz.page.question_widget is not None
    assert quiz.page.question_widget.isAncestorOf(focused())  # ready to answer

    quiz.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    quiz.press(Qt.Key.Key_Left)
    quiz.press(Qt.Key.Key_Space)
    assert quiz.on_question("primes")


def test_the_navigator_waits_for_a_number_that_is_not_one(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    while not quiz.on_question("boiling"):
        quiz.click("skipButton")
    quiz.type_text("a hundred")

    click_cell(quiz, 0)

    assert quiz.on_question("boiling")  # as after Next: the message shows, nothing moves
    assert quiz.find(QLabel, "numberMessageLabel").isVisible()


def test_a_forward_only_quiz_has_no_navigator(start_quiz: Callable[[Bank], Quiz]) -> None:
    quiz = start_quiz(every_type_bank(question_time_limit=30))

    assert quiz.page.navigator is None
    assert quiz.page.findChild(QuestionNavigator) is None


def test_a_number_in_the_finish_dialog_goes_to_its_question(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)
    quiz.click("finishButton")
    box = quiz.confirm_dialog()
    assert box is not None
    assert 'href="question:3"' in box.text()  # "4", a link
    text = box.findChild(QLabel, "qt_msgbox_label")
    assert text is not None

    text.linkActivated.emit("question:3")

    assert quiz.confirm_dialog() is None
    assert quiz.on_question("red-planet")
    assert quiz.recorder.finished == []


def test_the_finish_dialog_offers_to_go_to_the_first_question_listed(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    quiz.press(Qt.Key.Key_B)
    quiz.press(Qt.Key.Key_Return)
    quiz.click("finishButton")
    box = quiz.confirm_dialog()
    assert box is not None
    go_to = box.findChild(QPushButton, "goToQuestionButton")
    assert isinstance(go_to, QPushButton)
    assert go_to.text() == "Go to question 2"

    go_to.click()

    assert quiz.confirm_dialog() is None
    assert quiz.on_question("primes")
    assert quiz.recorder.finished == []


# --- Enter and Next never leave a question unanswered ------------------------------------


def test_enter_and_next_on_an_unanswered_question_say_so_and_stay(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())

    quiz.press(Qt.Key.Key_Return)
    assert quiz.on_question("capital")
    assert status(quiz) == NOT_ANSWERED
    quiz.click("nextButton")
    assert quiz.on_question("capital")
    assert quiz.recorder.answers == []

    quiz.press(Qt.Key.Key_B)  # answering clears the notice
    assert status(quiz) == ""
    quiz.click("skipButton")
    assert quiz.on_question("primes")  # Skip leaves a question blank


def test_with_feedback_at_the_end_two_enters_skip_nothing_unseen(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(feedback="at_end"))
    quiz.press(Qt.Key.Key_B)

    quiz.press(Qt.Key.Key_Return)
    quiz.press(Qt.Key.Key_Return)

    assert quiz.on_question("primes")
    assert status(quiz) == NOT_ANSWERED


def test_enter_on_the_last_question_unanswered_says_so_and_finish_stays(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    while not quiz.on_question("water"):
        quiz.click("skipButton")

    quiz.press(Qt.Key.Key_Return)

    assert quiz.confirm_dialog() is None
    assert status(quiz) == NOT_ANSWERED
    assert quiz.find(QPushButton, "finishButton").isEnabled()
    quiz.click("skipButton")  # on the last question Skip offers to finish
    assert quiz.confirm_dialog() is not None


# --- gaps still empty --------------------------------------------------------------------


def test_a_cloze_with_a_blank_still_empty_is_asked_about_once(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    while not quiz.on_question("water"):
        quiz.click("skipButton")
    quiz.type_text("hydrogen")

    quiz.press(Qt.Key.Key_Return)
    assert status(quiz) == "1 blank(s) still empty: 2. Press Enter again to submit it as it is."
    assert quiz.recorder.answers == []
    assert quiz.confirm_dialog() is None

    quiz.press(Qt.Key.Key_Return)
    assert [(e.question_id, e.response) for e in quiz.recorder.answers] == [
        ("water", ["hydrogen", ""])
    ]


def test_a_matching_with_an_item_still_unmatched_is_asked_about_once(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    while not quiz.on_question("capitals"):
        quiz.click("skipButton")
    quiz.press(Qt.Key.Key_Down)  # a match for France only

    quiz.press(Qt.Key.Key_Return)
    assert status(quiz) == (
        "No match chosen yet for: Japan, Kenya. Press Enter again to submit it as it is."
    )
    assert quiz.on_question("capitals")

    quiz.press(Qt.Key.Key_Return)
    response = quiz.recorder.latest()["capitals"].response
    assert isinstance(response, dict)
    assert list(response) == ["France"]
    assert quiz.on_question("water")


# --- the last question's own time --------------------------------------------------------


def test_the_last_questions_own_time_ending_the_quiz_is_told_apart(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(question_time_limit=30))
    while not quiz.on_question("water"):
        quiz.click("skipButton")

    with quiz.qtbot.wait_signal(quiz.page.finished):
        quiz.clock.advance(30)
        quiz.page.refresh_time()

    assert [end for end, _ in quiz.recorder.finished] == ["question_time_up"]


def test_the_results_word_the_last_questions_time_apart_from_the_quizs(qtbot: QtBot) -> None:
    bank = every_type_bank()
    results = AttemptResults.from_answers(
        bank.questions[:2], ["Jakarta", None], time_used=40, end_reason="question_time_up"
    )

    page = show(qtbot, bank, results)

    assert label(page, "endReasonLabel") == "The time for the last question ran out."


# --- cloze gaps as wide as their answers --------------------------------------------------


def test_a_cloze_blank_is_as_wide_as_its_longest_accepted_answer(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    question = Cloze(
        id="agency",
        text="The rules came from the {{Commerce Department|Department of Commerce}} and {{US}}.",
        parts=("The rules came from the ", " and ", "."),
        blanks=(("Commerce Department", "Department of Commerce"), ("US",)),
    )
    quiz = start_quiz(Bank(id="cloze", title="Cloze", questions=(question,)))
    wide = quiz.find(QLineEdit, "clozeEdit_1")
    narrow = quiz.find(QLineEdit, "clozeEdit_2")
    metrics = wide.fontMetrics()

    for edit, text in ((wide, "Department of Commerce"), (narrow, "US")):
        edit.setText(text)
        edit.setCursorPosition(0)
        # The whole answer shows: its end is inside the field with the cursor at the start.
        assert metrics.horizontalAdvance(text) < edit.cursorRect().left() + edit.width() - 8
    assert wide.width() > metrics.horizontalAdvance("Department of Commerce")
    assert narrow.width() >= metrics.horizontalAdvance("n") * 6  # room for a short word
    assert narrow.width() < wide.width()


def test_a_cloze_blank_stays_within_bounds_for_a_very_long_answer(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    long = "a very long answer " * 10
    question = Cloze(id="long", text="{{x}}", parts=("", ""), blanks=((long.strip(),),))
    quiz = start_quiz(Bank(id="cloze", title="Cloze", questions=(question,)))
    edit = quiz.find(QLineEdit, "clozeEdit_1")

    assert edit.width() <= edit.fontMetrics().horizontalAdvance("n") * 40 + 40


# --- pictures' alt text -------------------------------------------------------------------


def picture_quiz(
    qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder, bank_dir: Path, image: str
) -> QuizPage:
    question = dataclasses.replace(
        EVERY_TYPE_QUESTIONS[0], image=image, image_alt="A map of Java with Jakarta marked"
    )
    bank = Bank(id="pictures", title="Pictures", questions=(question,))
    session = QuizSession.start(bank, attempt_id="attempt-1", seed=1, clock=clock)
    page = QuizPage(session=session, recorder=recorder, clock=clock, bank=bank, bank_dir=bank_dir)
    qtbot.addWidget(page)
    page.resize(800, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_pictures_alt_text_is_its_accessible_name(
    qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder, tmp_path: Path
) -> None:
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    assert picture.save(str(tmp_path / "map.png"))

    page = picture_quiz(qtbot, clock, recorder, tmp_path, "map.png")

    view = page.findChild(ImageView, "questionImage")
    note = page.findChild(QLabel, "questionImageNote")
    assert view is not None
    assert note is not None
    qtbot.waitUntil(view.has_image)  # read off the GUI thread
    assert view.accessibleName() == "A map of Java with Jakarta marked"
    assert note.isHidden()


def test_a_picture_that_cannot_be_shown_shows_its_alt_text(
    qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder, tmp_path: Path
) -> None:
    (tmp_path / "broken.png").write_bytes(b"not a picture")

    page = picture_quiz(qtbot, clock, recorder, tmp_path, "broken.png")

    view = page.findChild(ImageView, "questionImage")
    note = page.findChild(QLabel, "questionImageNote")
    assert view is not None
    assert note is not None
    qtbot.waitUntil(note.isVisible)  # the reading failed, off the GUI thread
    assert not view.has_image()
    assert note.text() == "Picture: A map of Java with Jakarta marked"
    assert view.accessibleName() == "A map of Java with Jakarta marked"


# --- the reading from the quiz page -------------------------------------------------------


def test_the_reading_button_shows_only_when_the_bank_allows_it(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    closed = start_quiz(every_type_bank())
    assert not closed.find(QPushButton, "openReadingButton").isVisible()
    plain = dataclasses.replace(every_type_bank(reading_during_quiz=True), reading=None)
    assert not start_quiz(plain).find(QPushButton, "openReadingButton").isVisible()

    quiz = start_quiz(every_type_bank(reading_during_quiz=True))
    button = quiz.find(QPushButton, "openReadingButton")
    assert button.isVisible()
    assert button.accessibleName() == "Open the reading"
    with quiz.qtbot.wait_signal(quiz.page.readingRequested) as asked:
        button.click()
    assert asked.args == [""]


def test_feedback_on_a_question_with_a_source_shows_it_in_the_reading(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(feedback="immediate", reading_during_quiz=True))
    quiz.press(Qt.Key.Key_A)
    quiz.press(Qt.Key.Key_Return)  # the feedback shows
    button = quiz.find(QPushButton, "showInReadingButton")
    assert button.isVisible()
    assert button.accessibleName() == "Show in the reading"

    with quiz.qtbot.wait_signal(quiz.page.readingRequested) as asked:
        button.click()
    assert asked.args == ["Jakarta is the capital"]

    quiz.press(Qt.Key.Key_Return)
    quiz.press(Qt.Key.Key_1)
    quiz.press(Qt.Key.Key_Return)  # "primes" has no source
    assert quiz.page.feedback_visible
    assert not button.isVisible()


def test_an_exam_that_keeps_its_reading_closed_offers_no_way_into_it(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank(feedback="immediate"))  # reading_during_quiz: false
    quiz.press(Qt.Key.Key_A)
    quiz.press(Qt.Key.Key_Return)
    assert quiz.page.feedback_visible
    assert not quiz.find(QPushButton, "showInReadingButton").isVisible()
    assert not quiz.find(QPushButton, "openReadingButton").isVisible()


def test_leaving_the_navigator_highlights_the_question_on_screen_again(
    start_quiz: Callable[[Bank], Quiz],
) -> None:
    quiz = start_quiz(every_type_bank())
    cells = navigator(quiz)
    quiz.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    quiz.press(Qt.Key.Key_Right)
    assert cells.currentRow() == 1  # where the student is choosing

    quiz.press(Qt.Key.Key_Tab)

    assert focused() is not cells
    assert cells.currentRow() == 0
