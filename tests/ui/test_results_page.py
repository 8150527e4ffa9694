"""The results page: score, pass or fail, time used, and a review that respects feedback."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from quizapp.bank.grading import Response
from quizapp.bank.model import Bank
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.pages.results_page import AttemptResults, ResultsPage, ReviewColumn
from tests.ui.conftest import every_type_bank

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


def show(qtbot: QtBot, bank: Bank, source: Any) -> ResultsPage:
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_results(source, bank=bank)
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


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = [item.child(i) for i in range(item.childCount())]
    return [child for child in found if child is not None]


def all_review_text(page: ResultsPage) -> str:
    tree = page.findChild(QTreeWidget, "reviewList")
    assert isinstance(tree, QTreeWidget)
    texts = []
    for item in review_rows(page):
        texts += [item.text(c) for c in range(tree.columnCount()) if not tree.isColumnHidden(c)]
        texts += [child.text(0) for child in children(item)]
    return "\n".join(texts)


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


@pytest.mark.parametrize("feedback", ["at_end", "immediate"])
def test_the_review_shows_answers_right_answers_and_explanations(
    qtbot: QtBot, clock: FakeClock, feedback: str
) -> None:
    bank = every_type_bank(feedback=feedback)

    page = show(qtbot, bank, finished_session(bank, clock))

    first, *_, matching, cloze = review_rows(page)
    assert first.text(ReviewColumn.QUESTION) == "Which city is the capital of Indonesia?"
    assert first.text(ReviewColumn.YOUR_ANSWER) == "Surabaya"
    assert first.text(ReviewColumn.RIGHT_ANSWER) == "Jakarta"
    assert first.text(ReviewColumn.POINTS) == "0 / 1"
    notes = [child.text(0) for child in children(first)]
    assert notes == [
        "Explanation: Jakarta has been the capital since 1949.",
        "Source: “Jakarta is the capital”",
    ]
    assert matching.text(ReviewColumn.POINTS) == "0.67 / 1"
    assert cloze.text(ReviewColumn.QUESTION) == "Water is made of [1] and [2]."
    assert cloze.text(ReviewColumn.YOUR_ANSWER) == "(no answer)"
    assert cloze.text(ReviewColumn.RIGHT_ANSWER) == "hydrogen; oxygen"


def test_with_feedback_never_only_points_are_shown(qtbot: QtBot, clock: FakeClock) -> None:
    bank = every_type_bank(feedback="never")

    page = show(qtbot, bank, finished_session(bank, clock))

    text = all_review_text(page)
    assert "Jakarta" not in text
    assert "1949" not in text
    assert "hydrogen" not in text
    assert [row.text(ReviewColumn.POINTS) for row in review_rows(page)][:3] == [
        "0 / 1",
        "1 / 1",
        "2 / 2",
    ]
    assert label(page, "scoreLabel").startswith("6.67 / 9 points")
    assert all(row.childCount() == 0 for row in review_rows(page))


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
