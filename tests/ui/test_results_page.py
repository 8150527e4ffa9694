"""The results page: score, pass or fail, time used, and a review that follows ``review``.

Under ``points`` (and ``after_last_attempt`` while attempts are left) no right
answer, explanation or source is anywhere on the page: not in a label, a
hidden column, a tooltip or an accessible name, not even with every row's
details opened.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.bank.grading import Response
from quizapp.bank.model import Bank, Feedback, Review
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.attempt_review import DETAIL_IMAGE_SIDE, AttemptReview
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.pages.results_page import AttemptResults, ResultsPage, ReviewColumn
from quizapp.ui.questions.image import ImageView
from tests.ui.conftest import every_type_bank
from tests.ui.test_accessibility import unnamed
from tests.ui.test_shell import SOLAR, WindowFactory, enter_profile

# The shell's fixtures (a data folder, a small library, windows on them).
pytest_plugins = ("tests.ui.test_shell",)

# What the student answers, by question id; the rest is left unanswered.
ANSWERS: dict[str, Response] = {
    "capital": "Surabaya",  # wrong
    "primes": ["2", "3"],
    "sun-star": True,  # 2 points
    "red-planet": "Mars",
    "boiling": 100.0,
    "sizes": ["Moon", "Earth", "Sun"],
    "capitals": {"France": "Paris", "Japan": "Tokyo", "Kenya": "Lima"},  # 2 of 3 pairs
}


def finished_session(
    bank: Bank, clock: FakeClock, *, seconds_per_question: float = 30
) -> QuizSession:
    session = QuizSession.start(bank, attempt_id="attempt-9", seed=5, clock=clock)
    for index, presented in enumerate(session.questions):
        clock.advance(seconds_per_question)
        if presented.question.id in ANSWERS:
            session.submit(ANSWERS[presented.question.id])
        if index < len(session.questions) - 1:
            session.next()
    session.finish()
    return session


def show(
    qtbot: QtBot,
    bank: Bank,
    source: Any,
    *,
    attempts_left: int | None = None,
    bank_dir: Path | None = None,
) -> ResultsPage:
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_results(source, bank=bank, attempts_left=attempts_left, bank_dir=bank_dir)
    page.resize(900, 600)
    page.show()
    return page


def label(page: ResultsPage, name: str) -> str:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def review_rows(page: ResultsPage) -> list[QTreeWidgetItem]:
    tree = page.findChild(QTreeWidget, "reviewList")
    assert isinstance(tree, QTreeWidget)
    rows = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return [row for row in rows if row is not None]


def review_of(page: ResultsPage) -> AttemptReview:
    review = page.findChild(AttemptReview, "attemptReview")
    assert isinstance(review, AttemptReview)
    return review


def details_open(review: AttemptReview) -> bool:
    # A call, not the property: mypy would take one assert on it as true for the whole test.
    return review.details_shown


def detail(page: ResultsPage, name: str) -> str:
    """A label of the details pane; "" when it is hidden."""
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found.text() if found.isVisibleTo(page) else ""


ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    Qt.ItemDataRole.UserRole,
)


def everything_said(page: ResultsPage) -> str:
    """Every text on the page, shown or not: labels, buttons, tooltips, accessible names,
    every column of every row (hidden ones too) in every role."""
    texts = []
    for widget in [page, *page.findChildren(QWidget)]:
        texts += [
            widget.toolTip(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.whatsThis(),
            widget.statusTip(),
        ]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTreeWidget):
            for item in review_rows(page):
                texts += [
                    str(item.data(column, role) or "")
                    for column in range(widget.columnCount())
                    for role in ROLES
                ]
    return "\n".join(texts)


def open_every_row(qtbot: QtBot, page: ResultsPage) -> str:
    """Open the details of each row in turn; everything said along the way."""
    review = review_of(page)
    said = []
    for row in range(len(review_rows(page))):
        review.show_details(row)
        said.append(everything_said(page))
    return "\n".join(said)


# Right answers, explanations and sources of questions the student did not get right.
GIVEAWAYS = ("Jakarta", "1949", "hydrogen", "oxygen", "Nairobi", "Jakarta is the capital")
# The first question's choices are the question itself (the right one among them).
CHOICES = "Choices: Surabaya · Jakarta · Bandung"


def assert_nothing_given_away(text: str) -> None:
    text = text.replace(CHOICES, "")
    for giveaway in GIVEAWAYS:
        assert giveaway not in text, giveaway


def test_the_score_pass_mark_and_time_used(qtbot: QtBot, clock: FakeClock) -> None:
    bank = every_type_bank(pass_mark=70)
    session = finished_session(bank, clock, seconds_per_question=30)

    page = show(qtbot, bank, session)

    # 0 + 1 + 2 + 1 + 1 + 1 + 2/3 + 0 of 9 points
    assert label(page, "scoreLabel") == "6.67 / 9 points · 74.1%"
    assert label(page, "passLabel") == "Passed: the pass mark is 70%."
    assert label(page, "timeUsedLabel") == "Time used: 4:00"
    assert label(page, "resultsTitleLabel") == "Results: Every type"


def test_results_shown_say_it_again_in_a_new_language(qtbot: QtBot, clock: FakeClock) -> None:
    from quizapp.ui.language import use_language

    bank = every_type_bank(pass_mark=70)
    page = show(qtbot, bank, finished_session(bank, clock, seconds_per_question=30))

    use_language("id")  # what the settings dialog does when Indonesian is chosen

    back = page.findChild(QPushButton, "backToLibraryButton")
    assert back is not None
    qtbot.waitUntil(lambda: back.text() == "Kembali ke pustaka")
    assert label(page, "scoreLabel") == "6,67 / 9 poin · 74,1%"
    assert label(page, "passLabel") == "Lulus: batas lulus 70%."
    tree = page.findChild(QTreeWidget, "reviewList")
    assert tree is not None
    header = tree.headerItem()
    assert header is not None
    assert header.text(ReviewColumn.YOUR_ANSWER) == "Jawaban Anda"


def test_a_score_below_the_pass_mark_fails(qtbot: QtBot, clock: FakeClock) -> None:
    bank = every_type_bank(pass_mark=75)

    page = show(qtbot, bank, finished_session(bank, clock))

    assert label(page, "passLabel") == "Not passed: the pass mark is 75%."


@pytest.mark.parametrize(
    "settings",
    [{"feedback": Feedback.AT_END}, {"feedback": Feedback.IMMEDIATE}, {"review": Review.FULL}],
)
def test_review_full_shows_answers_right_answers_and_explanations(
    qtbot: QtBot, clock: FakeClock, settings: dict[str, Any]
) -> None:
    bank = every_type_bank(**settings)

    page = show(qtbot, bank, finished_session(bank, clock))

    first, *_, matching, cloze = review_rows(page)
    assert first.text(ReviewColumn.QUESTION) == "Which city is the capital of Indonesia?"
    assert first.text(ReviewColumn.YOUR_ANSWER) == "Surabaya"
    assert first.text(ReviewColumn.RIGHT_ANSWER) == "Jakarta"
    assert first.text(ReviewColumn.POINTS) == "0 / 1"
    assert matching.text(ReviewColumn.POINTS) == "0.67 / 1"
    assert cloze.text(ReviewColumn.QUESTION) == "Water is made of [1] and [2]."
    assert cloze.text(ReviewColumn.YOUR_ANSWER) == "(no answer)"
    assert cloze.text(ReviewColumn.RIGHT_ANSWER) == "hydrogen; oxygen"
    assert not label(page, "reviewNoteLabel")

    review_of(page).show_details(0)
    assert detail(page, "reviewDetailRightAnswer") == "Right answer: Jakarta"
    assert detail(page, "reviewDetailExplanation") == (
        "Explanation: Jakarta has been the capital since 1949."
    )
    assert detail(page, "reviewDetailSource") == "Source: “Jakarta is the capital”"


@pytest.mark.parametrize(
    ("settings", "attempts_left"),
    [
        ({"review": Review.POINTS}, None),
        ({"review": Review.POINTS, "max_attempts": 3}, 0),  # no attempts left changes nothing
        ({"feedback": Feedback.NEVER}, None),  # review's default with feedback never
        ({"review": Review.AFTER_LAST_ATTEMPT, "max_attempts": 3}, 2),
        ({"review": Review.AFTER_LAST_ATTEMPT, "max_attempts": 3}, 1),
    ],
)
def test_review_points_shows_own_answers_and_points_and_gives_nothing_away(
    qtbot: QtBot, clock: FakeClock, settings: dict[str, Any], attempts_left: int | None
) -> None:
    bank = every_type_bank(**settings)

    page = show(qtbot, bank, finished_session(bank, clock), attempts_left=attempts_left)

    rows = review_rows(page)
    assert [row.text(ReviewColumn.YOUR_ANSWER) for row in rows][:4] == [
        "Surabaya",
        "2, 3",
        "True",
        "Mars",
    ]
    assert [row.text(ReviewColumn.POINTS) for row in rows][:3] == ["0 / 1", "1 / 1", "2 / 2"]
    assert label(page, "scoreLabel").startswith("6.67 / 9 points")
    assert_nothing_given_away(everything_said(page))
    assert_nothing_given_away(open_every_row(qtbot, page))
    review_of(page).show_details(0)
    assert detail(page, "reviewDetailYourAnswer") == "Your answer: Surabaya"
    assert detail(page, "reviewDetailPoints") == "Points: 0 / 1"
    assert detail(page, "reviewDetailRightAnswer") == ""
    assert detail(page, "reviewDetailExplanation") == ""


def test_after_the_last_attempt_says_how_many_attempts_are_left(
    qtbot: QtBot, clock: FakeClock
) -> None:
    bank = every_type_bank(review=Review.AFTER_LAST_ATTEMPT, max_attempts=3)

    page = show(qtbot, bank, finished_session(bank, clock), attempts_left=2)

    # (Tests run without the English catalogue, which says "2 attempts".)
    assert label(page, "reviewNoteLabel") == (
        "The right answers are shown after your last attempt: you have 2 attempt(s) left."
    )


def test_after_the_last_attempt_shows_everything_when_none_are_left(
    qtbot: QtBot, clock: FakeClock
) -> None:
    bank = every_type_bank(review=Review.AFTER_LAST_ATTEMPT, max_attempts=3)

    page = show(qtbot, bank, finished_session(bank, clock), attempts_left=0)

    first = review_rows(page)[0]
    assert first.text(ReviewColumn.RIGHT_ANSWER) == "Jakarta"
    review_of(page).show_details(0)
    assert detail(page, "reviewDetailExplanation").endswith("since 1949.")
    assert not page.findChild(QLabel, "reviewNoteLabel").isVisibleTo(page)  # type: ignore[union-attr]


def ended_early(bank: Bank, clock: FakeClock) -> QuizSession:
    """The first question answered (wrongly), then the quiz handed in."""
    session = QuizSession.start(bank, attempt_id="attempt-early", seed=5, clock=clock)
    session.submit("Surabaya")
    session.finish()
    return session


def test_ending_early_with_review_full_still_shows_everything(
    qtbot: QtBot, clock: FakeClock
) -> None:
    bank = every_type_bank(review=Review.FULL)

    page = show(qtbot, bank, ended_early(bank, clock))

    rows = review_rows(page)
    assert rows[-1].text(ReviewColumn.YOUR_ANSWER) == "(no answer)"
    assert rows[-1].text(ReviewColumn.RIGHT_ANSWER) == "hydrogen; oxygen"
    assert "1949" in open_every_row(qtbot, page)


@pytest.mark.parametrize(
    ("settings", "attempts_left"),
    [
        ({"review": Review.POINTS}, None),
        ({"review": Review.AFTER_LAST_ATTEMPT, "max_attempts": 2}, 1),
    ],
)
def test_ending_early_otherwise_reveals_no_right_answer(
    qtbot: QtBot, clock: FakeClock, settings: dict[str, Any], attempts_left: int | None
) -> None:
    bank = every_type_bank(**settings)

    page = show(qtbot, bank, ended_early(bank, clock), attempts_left=attempts_left)

    assert_nothing_given_away(everything_said(page))
    assert_nothing_given_away(open_every_row(qtbot, page))


def test_results_from_stored_answers_for_a_later_review(qtbot: QtBot) -> None:
    bank = every_type_bank()
    questions = bank.questions[:3]
    results = AttemptResults.from_answers(
        questions, ["Jakarta", None, False], time_used=75.4, end_reason="time_up"
    )

    page = show(qtbot, bank, results)

    assert label(page, "scoreLabel") == "1 / 4 points · 25%"
    assert label(page, "timeUsedLabel") == "Time used: 1:15"
    assert label(page, "endReasonLabel") == "The time ran out."
    assert [row.text(ReviewColumn.YOUR_ANSWER) for row in review_rows(page)] == [
        "Jakarta",
        "(no answer)",
        "False",
    ]


def test_the_back_button_asks_for_the_library(qtbot: QtBot, clock: FakeClock) -> None:
    bank = every_type_bank()
    page = show(qtbot, bank, finished_session(bank, clock))
    button = page.findChild(QPushButton, "backToLibraryButton")
    assert isinstance(button, QPushButton)
    assert button.accessibleName() == "Back to the library"

    with qtbot.wait_signal(page.back_requested):
        button.click()


# --- the review's details -------------------------------------------------------------------

LONG_EXPLANATION = (
    "Jakarta has been the capital since *1949*. " + "It grew from the port of Sunda Kelapa. " * 12
)


def bank_with_a_picture(folder: Path, *, width: int = 1200, height: int = 600) -> Bank:
    picture = QImage(width, height, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkred"))
    assert picture.save(str(folder / "flag.png"))
    bank = every_type_bank()
    first = dataclasses.replace(
        bank.questions[0],
        image="flag.png",
        image_alt="A red flag",
        explanation=LONG_EXPLANATION,
    )
    return dataclasses.replace(bank, questions=(first, *bank.questions[1:]))


def test_enter_opens_a_row_in_full_and_arrows_move_through_the_rows(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    bank = bank_with_a_picture(tmp_path)
    page = show(qtbot, bank, finished_session(bank, clock), bank_dir=tmp_path)
    review = review_of(page)
    tree = review.list_view
    assert not details_open(review)
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)

    qtbot.keyClick(tree, Qt.Key.Key_Home)  # the first row
    qtbot.keyClick(tree, Qt.Key.Key_Return)

    assert details_open(review)
    assert tree.selectedItems() == [tree.topLevelItem(0)]  # and it is highlighted
    assert detail(page, "reviewDetailHeading") == "Question 1 of 8"
    assert detail(page, "reviewDetailQuestion") == "Which city is the capital of Indonesia?"
    assert detail(page, "reviewDetailYourAnswer") == "Your answer: Surabaya"
    # The whole explanation, never cut.
    assert detail(page, "reviewDetailExplanation") == (
        "Explanation: " + LONG_EXPLANATION.replace("*", "").strip()
    )
    # Nothing is cut short (the PDF button's "…" only says that a file dialog follows).
    assert "…" not in everything_said(page).replace(page.pdf_button.text(), "")

    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the details follow the selection
    assert detail(page, "reviewDetailHeading") == "Question 2 of 8"
    assert detail(page, "reviewDetailYourAnswer") == "Your answer: 2, 3"
    assert tree.hasFocus()

    qtbot.keyClick(tree, Qt.Key.Key_Space)  # Space closes them, and opens them again
    assert not details_open(review)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert details_open(review)
    qtbot.keyClick(tree, Qt.Key.Key_Escape)
    assert not details_open(review)
    # With the details closed, Escape is left to the window.
    escape = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tree, escape)
    assert not escape.isAccepted()


def test_a_click_opens_a_row_and_the_close_button_closes_it(qtbot: QtBot, clock: FakeClock) -> None:
    bank = every_type_bank()
    page = show(qtbot, bank, finished_session(bank, clock))
    review = review_of(page)
    tree = review.list_view
    item = tree.topLevelItem(2)
    assert item is not None
    rect = tree.visualItemRect(item)

    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert details_open(review)
    assert detail(page, "reviewDetailHeading") == "Question 3 of 8"
    close = page.findChild(QPushButton, "closeReviewDetailsButton")
    assert isinstance(close, QPushButton)
    close.click()
    assert not details_open(review)


def test_the_picture_is_readable_and_keeps_its_proportions(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    bank = bank_with_a_picture(tmp_path, width=1200, height=600)
    page = show(qtbot, bank, finished_session(bank, clock), bank_dir=tmp_path)
    page.resize(1000, 900)
    review = review_of(page)

    review.show_details(0)

    picture = page.findChild(ImageView, "reviewDetailImage")
    assert isinstance(picture, ImageView)
    qtbot.waitUntil(lambda: picture.isVisible() and picture.width() > 100)
    assert picture.has_image()
    assert picture.accessibleName() == "A red flag"
    assert picture.width() == DETAIL_IMAGE_SIDE  # 400 wide, not a 48-pixel thumbnail
    assert picture.heightForWidth(picture.width()) == DETAIL_IMAGE_SIDE // 2

    review.show_details(1)  # a question without a picture shows none
    assert not picture.isVisibleTo(page)


def test_a_picture_that_cannot_be_read_is_described(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    bank = bank_with_a_picture(tmp_path)
    (tmp_path / "flag.png").unlink()
    page = show(qtbot, bank, finished_session(bank, clock), bank_dir=tmp_path)

    review_of(page).show_details(0)

    # Pictures are read off the GUI thread: the description comes once the reading failed.
    qtbot.waitUntil(
        lambda: detail(page, "reviewDetailNoImage") == "The picture cannot be shown: A red flag"
    )


def test_the_review_names_every_control(qtbot: QtBot, clock: FakeClock) -> None:
    bank = every_type_bank()
    page = show(qtbot, bank, finished_session(bank, clock))
    review_of(page).show_details(0)

    assert unnamed(page) == []
    assert review_of(page).list_view.accessibleName() == "Review of your answers"


# --- through the window: the attempts left come from the service ------------------------------


def results_after_the_time_runs_out(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> ResultsPage:
    window.start_quiz("solar")
    qtbot.waitUntil(lambda: isinstance(window.current_page, QuizPage))
    quiz = window.current_page
    assert isinstance(quiz, QuizPage)
    clock.advance(11 * 60)  # past the bank's 10 minutes
    quiz.refresh_time()
    qtbot.waitUntil(lambda: isinstance(window.current_page, ResultsPage))
    page = window.current_page
    assert isinstance(page, ResultsPage)
    return page


def test_the_window_reveals_right_answers_after_the_last_attempt(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "after-last"
    folder.mkdir()
    settings = "  max_attempts: 2\n  review: after_last_attempt\n"
    (folder / "solar.yaml").write_text(SOLAR.format(extra_settings=settings), encoding="utf-8")
    window = make_window(library_dirs=[folder])
    enter_profile(qtbot, window, "Ana")

    first = results_after_the_time_runs_out(qtbot, window, fake_clock)
    assert "1 attempt" in label(first, "reviewNoteLabel")
    assert "Mars" not in everything_said(first)  # the right answer of the first question

    window.show_library()
    last = results_after_the_time_runs_out(qtbot, window, fake_clock)
    assert review_rows(last)[0].text(ReviewColumn.RIGHT_ANSWER) == "Mars"
    assert not label(last, "reviewNoteLabel")


def test_details_taller_than_their_pane_scroll_and_shorter_ones_do_not(
    qtbot: QtBot, clock: FakeClock, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QScrollArea

    bank = bank_with_a_picture(tmp_path)
    page = show(qtbot, bank, finished_session(bank, clock), bank_dir=tmp_path)
    page.resize(700, 560)
    review = review_of(page)
    area = page.findChild(QScrollArea, "reviewDetailArea")
    assert isinstance(area, QScrollArea)
    explanation = page.findChild(QLabel, "reviewDetailExplanation")
    assert isinstance(explanation, QLabel)

    review.show_details(0)  # the long explanation and a picture
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    # Laid out whole, however narrow (never squashed to fit the pane).
    qtbot.waitUntil(
        lambda: explanation.height() >= explanation.heightForWidth(explanation.width()) > 100
    )

    review.show_details(2)  # one short line each
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
