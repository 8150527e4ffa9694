"""The study modes in the window: practice from a start page, the drill and review from the
library, each to its end."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.learn.modes import Mode
from quizapp.quiz.clock import FakeClock
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pages.study_page import StudyPage
from tests.ui.test_shell import WindowFactory, enter_profile
from tests.ui.test_start_page import open_start_page, page_named, write_moon

pytest_plugins = ("tests.ui.test_shell",)


def study_page(window: MainWindow) -> StudyPage:
    page = window.current_page
    assert isinstance(page, StudyPage)
    return page


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisibleTo(button.window())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot: QtBot, page: StudyPage, response: object) -> None:
    widget = page.question_widget
    assert widget is not None
    widget.set_response(response)  # type: ignore[arg-type]
    qtbot.waitUntil(page.check_button.isEnabled)
    click(qtbot, page.check_button)
    qtbot.waitUntil(lambda: page.feedback_visible)


def test_practice_gives_feedback_highlights_the_source_and_lets_a_wrong_answer_be_tried_again(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_moon(library, "  max_attempts: 1\n")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    buttons = window.start_page.study_buttons
    assert buttons.timed_check.isVisibleTo(buttons)  # the bank has a time per question
    click(qtbot, buttons.practice_button)
    qtbot.waitUntil(lambda: page_named(window, "practicePage"))

    page = study_page(window)
    assert page.session.mode is Mode.PRACTICE
    assert page.timer_label.text() == ""  # no timers unless asked
    assert page.reading_view.isVisibleTo(page)  # the reading beside the question
    question = page.question
    assert question is not None
    assert question.question.id == "satellite"
    answer(qtbot, page, False)
    assert page.feedback_panel.result_label.text() == "Wrong."
    assert page.feedback_panel.answer_label.text() == "Right answer: True"
    assert "Earth's only natural satellite" in page.feedback_panel.source_label.text()
    assert "natural satellite" in page.reading_view.highlighted_text()
    assert page.try_again_button.isVisibleTo(page)

    click(qtbot, page.try_again_button)
    assert not page.feedback_visible
    answer(qtbot, page, True)
    assert page.feedback_panel.result_label.text() == "Right."
    assert not page.try_again_button.isVisibleTo(page)

    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter goes on after the feedback
    qtbot.waitUntil(lambda: page.question is not None and page.question.question.id == "phases")
    answer(qtbot, page, True)
    click(qtbot, page.next_button)
    qtbot.waitUntil(lambda: page.done)
    assert page.done_label.text() == "Practice done. 1 of 2 right at the first try."

    # Practice used none of the one exam attempt.
    click(qtbot, page.back_button)
    qtbot.waitUntil(lambda: page_named(window, "bankStartPage"))
    qtbot.waitUntil(lambda: window.start_page.facts["attempts"].text() == "0 of 1 used, 1 left")
    assert window.start_page.begin_button.isEnabled()


def test_the_mistakes_drill_from_the_start_page_runs_until_each_is_right(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_moon(library)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    click(qtbot, window.start_page.study_buttons.practice_button)
    qtbot.waitUntil(lambda: page_named(window, "practicePage"))
    practice = study_page(window)
    for _ in range(2):
        answer(qtbot, practice, False)
        click(qtbot, practice.next_button)
        qtbot.waitUntil(lambda: practice.done or not practice.feedback_visible)
    qtbot.waitUntil(lambda: practice.done)
    click(qtbot, practice.back_button)
    qtbot.waitUntil(lambda: page_named(window, "bankStartPage"))

    click(qtbot, window.start_page.study_buttons.mistakes_button)
    qtbot.waitUntil(lambda: page_named(window, "mistakesPage"))
    drill = study_page(window)
    assert drill.progress_label.text().startswith("2 question")  # (s) without a catalogue
    answer(qtbot, drill, True)
    assert not drill.try_again_button.isVisibleTo(drill)
    click(qtbot, drill.next_button)
    qtbot.waitUntil(lambda: not drill.feedback_visible)
    answer(qtbot, drill, False)  # wrong: asked again at the end
    click(qtbot, drill.next_button)
    qtbot.waitUntil(lambda: not drill.feedback_visible)
    assert drill.progress_label.text().startswith("1 question")
    answer(qtbot, drill, True)
    click(qtbot, drill.next_button)
    qtbot.waitUntil(lambda: drill.done)
    assert drill.done_label.text().startswith("No mistakes left")


def test_review_from_the_library_asks_the_due_cards_then_says_nothing_is_due(
    qtbot: QtBot, make_window: WindowFactory, library: Path, fake_clock: FakeClock
) -> None:
    write_moon(library)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    library_page = window.library_page
    click(qtbot, library_page.review_button)
    qtbot.waitUntil(lambda: page_named(window, "reviewPage"))
    empty = study_page(window)
    assert empty.done
    assert empty.done_label.text().startswith("Nothing is due now")
    click(qtbot, empty.back_button)
    qtbot.waitUntil(lambda: page_named(window, "libraryPage"))

    open_start_page(qtbot, window, "moon")
    click(qtbot, window.start_page.study_buttons.practice_button)
    qtbot.waitUntil(lambda: page_named(window, "practicePage"))
    practice = study_page(window)
    answer(qtbot, practice, False)
    click(qtbot, practice.stop_button)  # ended after one answer
    qtbot.waitUntil(lambda: practice.done)
    click(qtbot, practice.back_button)
    qtbot.waitUntil(lambda: page_named(window, "bankStartPage"))
    fake_clock.advance(5 * 60)  # past the first learning step of the card answered wrong

    window.show_library()
    click(qtbot, library_page.review_button)
    qtbot.waitUntil(lambda: page_named(window, "reviewPage") and study_page(window) is not empty)
    review = study_page(window)
    qtbot.waitUntil(lambda: review.question is not None or review.done)
    assert review.question is not None
    assert review.progress_label.text().startswith("1 card")
    fake_clock.advance(40)
    answer(qtbot, review, True)
    assert review.feedback_panel.result_label.text() == "Right."
    # Right answers take the card through its learning steps, then out of today's reviews.
    for _ in range(5):
        click(qtbot, review.next_button)
        qtbot.waitUntil(lambda: review.done or not review.feedback_visible)
        if review.done:
            break
        fake_clock.advance(40)
        answer(qtbot, review, True)
    assert review.done
    assert review.done_label.text().startswith("Nothing is due now")


def test_a_review_points_bank_says_right_or_wrong_only_in_practice(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_moon(library, "  review: points\n")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    click(qtbot, window.start_page.study_buttons.practice_button)
    qtbot.waitUntil(lambda: page_named(window, "practicePage"))
    page = study_page(window)
    answer(qtbot, page, False)
    assert page.feedback_panel.result_label.text() == "Wrong."
    assert not page.feedback_panel.answer_label.isVisibleTo(page)
    assert not page.feedback_panel.source_label.isVisibleTo(page)
    assert not page.feedback_panel.explanation_view.isVisibleTo(page)
    assert page.feedback_panel.note_label.isVisibleTo(page)
    assert page.reading_view.highlighted_text() == ""


def test_a_session_left_for_another_page_is_ended(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_moon(library)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    click(qtbot, window.start_page.study_buttons.practice_button)
    qtbot.waitUntil(lambda: page_named(window, "practicePage"))
    answer(qtbot, study_page(window), True)
    window.show_history()  # as the menu's History does, in the middle of practice
    qtbot.waitUntil(lambda: page_named(window, "historyPage"))
    service = window.service
    assert service is not None

    def ended() -> bool:
        (practice,) = service.history(modes=(Mode.PRACTICE,))
        return practice.status == "finished"

    qtbot.waitUntil(ended)


def test_timed_practice_keeps_the_banks_time_per_question(
    qtbot: QtBot, make_window: WindowFactory, library: Path, fake_clock: FakeClock
) -> None:
    write_moon(library)  # 30 seconds per question
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    buttons = window.start_page.study_buttons
    buttons.timed_check.setChecked(True)
    click(qtbot, buttons.practice_button)
    qtbot.waitUntil(lambda: page_named(window, "practicePage"))
    page = study_page(window)
    qtbot.waitUntil(lambda: page.timer_label.text() == "Question: 0:30")
    fake_clock.advance(31)
    qtbot.waitUntil(lambda: page.feedback_visible)
    assert page.feedback_panel.result_label.text() == "Time is up. Wrong."
    assert not page.try_again_button.isVisibleTo(page)


def test_the_study_controls_have_names_and_the_keyboard_runs_a_session(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_moon(library)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    for control in window.start_page.study_buttons.findChildren(QWidget):
        if isinstance(control, QPushButton | QCheckBox):
            assert control.objectName()
            assert control.accessibleName()
    click(qtbot, window.start_page.study_buttons.practice_button)
    qtbot.waitUntil(lambda: page_named(window, "practicePage"))
    page = study_page(window)
    for button in page.findChildren(QPushButton):
        assert button.objectName()
        assert button.accessibleName()

    widget = page.question_widget
    assert widget is not None
    focused = QApplication.focusWidget()
    assert focused is not None
    assert focused is widget or widget.isAncestorOf(focused)  # the answer has the focus
    qtbot.keyClick(page, Qt.Key.Key_Return)  # nothing chosen yet: asked to answer first
    assert page.status_label.text() == "Answer first, then check."
    widget.set_response(True)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.feedback_visible)
    assert page.feedback_panel.result_label.text() == "Right."
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # ends the session
    qtbot.waitUntil(lambda: page.done)
    assert page.done_label.text() == "Practice done. 1 of 1 right at the first try."
