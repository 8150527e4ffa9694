"""The way into and out of a quiz: a bank's start page, the reading, the profile on every
page, and closing the window during a timed quiz."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from quizapp.quiz.clock import FakeClock
from quizapp.ui.main_window import MainWindow
from quizapp.ui.reading_view import ReadingView, find_passage, folded_with_positions
from tests.ui.test_resume import leave_an_attempt_unfinished, open_resume_dialog
from tests.ui.test_shell import WindowFactory, close_message_boxes, enter_profile

# The shell's fixtures (a data folder, a small library, windows on them).
pytest_plugins = ("tests.ui.test_shell",)

MOON = """\
format: quizapp/1
id: moon
title: The Moon
language: en
description: "All about the **Moon** <b>and</b> its phases."
reading: |
  **The Moon**

  The Moon is Earth's only natural satellite.
  It is about   a quarter of Earth's size.

  - It has *phases*.
settings:
  question_time_limit: 30
  feedback: immediate
  shuffle_questions: false
{extra}questions:
  - id: satellite
    type: true_false
    prompt: The Moon is a natural satellite.
    answer: true
    source: "Earth's only natural satellite. It is about a quarter"
  - id: phases
    type: true_false
    prompt: The Moon has phases.
    answer: true
"""


def write_moon(library: Path, extra: str = "") -> None:
    (library / "moon.yaml").write_text(MOON.format(extra=extra), encoding="utf-8")


def page_named(window: MainWindow, name: str) -> bool:
    return window.current_page is not None and window.current_page.objectName() == name


def open_start_page(qtbot: QtBot, window: MainWindow, bank_id: str) -> None:
    page = window.library_page
    qtbot.waitUntil(lambda: page.model.row_for(bank_id) is not None)
    assert page.select_bank(bank_id)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: page_named(window, "bankStartPage") and window.start_page.bank_id == bank_id
    )


def begin(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.start_page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_named(window, "quizPage"))


def unfinished_count(window: MainWindow) -> int:
    from quizapp.store.attempts import unfinished_attempts
    from quizapp.store.db import session_scope

    assert window.service is not None
    assert window.profile is not None
    with session_scope(window.service.engine) as session:
        return len(unfinished_attempts(session=session, profile_id=window.profile.id))


# --- the start page ----------------------------------------------------------------------------


def test_the_start_page_says_what_the_quiz_is_like_and_records_nothing(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_moon(library, "  pass_mark: 75\n  max_attempts: 3\n")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")

    page = window.start_page
    facts = {key: label.text() for key, label in page.facts.items()}
    assert page.title_label.text() == "The Moon"
    assert facts["questions"] == "2"
    assert facts["time"] == "no time limit"
    assert facts["question_time"] == "30 s"
    assert facts["feedback"] == "Feedback after each answer"
    assert facts["review"] == "Review shows the right answers and explanations"
    assert facts["pass_mark"] == "75%"
    assert facts["attempts"] == "0 of 3 used, 3 left"
    assert (facts["best"], facts["last"]) == ("none yet", "none yet")
    # The description is safe Markdown: emphasis made, raw HTML shown as written.
    assert page.description_view.toPlainText() == "All about the Moon <b>and</b> its phases."
    assert page.begin_button.isVisibleTo(page)
    assert not page.resume_button.isVisibleTo(page)
    assert page.read_button.isVisibleTo(page)
    assert "timer starts when you press Begin" in page.status_label.text()
    assert unfinished_count(window) == 0  # nothing recorded yet
    assert window.windowTitle() == "QuizApp — The Moon — Ana"

    # Every control has a name for screen readers.
    for button in page.findChildren(QPushButton):
        assert button.objectName()
        assert button.accessibleName()

    # Escape goes back to the library, and nothing was recorded.
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    assert unfinished_count(window) == 0

    open_start_page(qtbot, window, "moon")
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page is window.library_page)


def test_enter_begins_the_attempt(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "sejarah")
    assert window.start_page.begin_button.hasFocus() or not window.isActiveWindow()
    qtbot.keyClick(window.start_page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page_named(window, "quizPage"))
    assert unfinished_count(window) == 1


def test_the_start_page_shows_the_best_and_last_scores(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from tests.ui.test_library import _use_up_attempts

    window = make_window()
    enter_profile(qtbot, window, "Ana")
    _use_up_attempts(window, "Ana", "solar", 2)
    open_start_page(qtbot, window, "solar")
    facts = window.start_page.facts
    assert facts["attempts"].text() == "2 used, no limit"
    assert facts["best"].text() == "0 / 2 · 0% (not passed)"
    assert facts["last"].text() == "0 / 2 · 0% (not passed)"


def test_an_unfinished_attempt_is_resumed_from_the_start_page(
    qtbot: QtBot,
    make_window: WindowFactory,
    data_dir: Path,
    library: Path,
    fake_clock: FakeClock,
) -> None:
    leave_an_attempt_unfinished(data_dir, library, fake_clock)
    fake_clock.advance(4 * 60 - 35)  # four minutes after the start
    window = make_window()
    dialog = open_resume_dialog(qtbot, window)
    dialog.reject()  # later: the library
    qtbot.waitUntil(lambda: window.current_page is window.library_page)

    open_start_page(qtbot, window, "solar")
    page = window.start_page
    assert page.resume_button.isVisibleTo(page)
    assert not page.begin_button.isVisibleTo(page)
    text = page.unfinished_label.text()
    assert "1 of 2 questions answered" in text
    assert "Time left: 6:00." in text
    fake_clock.advance(5)
    qtbot.waitUntil(lambda: "Time left: 5:55." in page.unfinished_label.text())

    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter resumes
    qtbot.waitUntil(lambda: page_named(window, "quizPage"))
    from quizapp.ui.pages.quiz_page import QuizPage

    quiz = window.current_page
    assert isinstance(quiz, QuizPage)
    assert quiz.session.index == 1
    assert quiz.session.answer_for(0) == "Mars"
    assert unfinished_count(window) == 1  # the same attempt, no new one


# --- the reading -------------------------------------------------------------------------------


def test_passages_are_found_with_white_space_folded_and_case_kept() -> None:
    assert folded_with_positions(" a \n\n b ") == ("a b", [1, 2, 6])
    shown = "The Moon\nThe Moon is Earth's only natural satellite.\u2028It is about   a quarter"
    start, end = find_passage(shown, "natural satellite. It is about a quarter") or (0, 0)
    assert shown[start:end] == "natural satellite.\u2028It is about   a quarter"
    assert find_passage(shown, "NATURAL satellite") is None  # letter case is kept
    # A quote written with Markdown is found as it shows.
    assert find_passage("It has phases.", "It has *phases*") == (0, 13)


def test_the_reading_opens_from_the_start_page_and_highlights_a_passage(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_moon(library)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    qtbot.mouseClick(window.start_page.read_button, Qt.MouseButton.LeftButton)

    dialog = window.reading_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    view = dialog.findChild(ReadingView, "readingPage")
    assert view is not None
    assert "Earth's only natural satellite." in view.text_view.toPlainText()
    assert "**" not in view.text_view.toPlainText()
    assert view.highlighted_text() == ""

    window.show_reading("Earth's only natural satellite. It is about a quarter")
    quote = "Earth's only natural satellite. It is about a quarter"
    assert view.highlighted_text().split() == quote.split()
    assert view.text_view.extraSelections()
    assert "highlighted" in view.status_label.text()
    window.show_reading("not in the text")
    assert view.highlighted_text() == ""
    assert "could not be found" in view.status_label.text()

    qtbot.keyClick(view.text_view, Qt.Key.Key_Escape)  # Escape closes the window
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.current_page is window.start_page


def test_a_bank_without_a_reading_has_no_reading_button(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "solar")
    assert not window.start_page.read_button.isVisibleTo(window.start_page)


@pytest.mark.parametrize("allowed", [False, True])
def test_during_an_exam_the_reading_opens_only_when_the_bank_allows_it(
    qtbot: QtBot, make_window: WindowFactory, library: Path, allowed: bool
) -> None:
    write_moon(library, "  reading_during_quiz: true\n" if allowed else "")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    qtbot.mouseClick(window.start_page.read_button, Qt.MouseButton.LeftButton)
    dialog = window.reading_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)

    begin(qtbot, window)
    # Read before the exam: it stays open only when the exam allows it.
    assert dialog.isVisible() is allowed
    window.show_reading("Earth's only natural satellite.")
    assert dialog.isVisible() is allowed
    if not allowed:
        assert "does not allow the reading" in window.statusBar().currentMessage()
    else:
        assert dialog.view.highlighted_text() == "Earth's only natural satellite."


# --- the profile on every page ----------------------------------------------------------------


def test_the_profile_is_named_on_every_page_after_the_profile_page(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    button = window.findChild(QToolButton, "profileButton")
    assert button is not None
    assert not button.isVisibleTo(window)  # the profile page asks for it
    enter_profile(qtbot, window, "Ana")
    assert button.isVisibleTo(window)
    assert button.text() == "Profile: Ana"
    assert button.accessibleName()
    open_start_page(qtbot, window, "solar")
    assert button.isVisibleTo(window)
    begin(qtbot, window)
    assert button.isVisibleTo(window)
    assert button.text() == "Profile: Ana"
    # During a quiz the profile can be neither switched nor renamed.
    assert not window.switch_profile_action.isEnabled()
    assert not window.rename_profile_action.isEnabled()
    menu = button.menu()
    assert menu is not None
    assert window.rename_profile_action in menu.actions()
    assert window.switch_profile_action in menu.actions()


def rename_to(qtbot: QtBot, window: MainWindow, name: str) -> None:
    window.rename_profile_action.trigger()
    dialog = window.findChild(QInputDialog, "renameProfileDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.setTextValue(name)
    dialog.accept()


def test_a_rename_keeps_the_history_and_a_name_taken_is_refused(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Budi")
    window.switch_profile_action.trigger()
    enter_profile(qtbot, window, "Ana")
    from tests.ui.test_library import _use_up_attempts

    _use_up_attempts(window, "Ana", "solar", 1)

    rename_to(qtbot, window, "Ana Putri")
    qtbot.waitUntil(lambda: window.profile is not None and window.profile.name == "Ana Putri")
    button = window.findChild(QToolButton, "profileButton")
    assert button is not None
    assert button.text() == "Profile: Ana Putri"
    assert window.windowTitle() == "QuizApp — Library — Ana Putri"
    assert window.preferences.last_profile() == "Ana Putri"
    window.refresh_library()
    qtbot.waitUntil(
        lambda: (
            (row := window.library_page.model.row_for("solar")) is not None
            and row.attempts_used == 1
        )
    )  # the attempt is still hers

    rename_to(qtbot, window, "budi")
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in window.findChildren(QMessageBox)
        )
    )
    texts = close_message_boxes()
    assert any("Another profile is already called “Budi”" in text for text in texts)
    assert window.profile is not None
    assert window.profile.name == "Ana Putri"


# --- closing during a quiz --------------------------------------------------------------------


def test_closing_during_a_timed_quiz_asks_first(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "solar")  # ten minutes
    begin(qtbot, window)

    assert not window.close()
    box = window.close_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert box.text() == "Your answers are saved; the timer keeps running. Close?"
    keep = box.findChild(QPushButton, "keepQuizButton")
    assert keep is not None
    assert box.defaultButton() is keep
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert page_named(window, "quizPage")

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    box = window.close_question
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    confirm = box.findChild(QPushButton, "confirmCloseButton")
    assert confirm is not None
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_closing_during_an_untimed_quiz_does_not_ask(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "sejarah")  # no time limit
    begin(qtbot, window)
    assert window.close()
    assert window.close_question is None
    assert not window.isVisible()
