"""The library page: its model, filters, problems in bank files, attempts used up, starting."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quizapp.ui.main_window import MainWindow
from quizapp.ui.models.library_model import (
    BANK_ID_ROLE,
    LibraryFilterProxy,
    LibraryRow,
    LibraryTableModel,
)
from tests.ui.test_shell import WindowFactory, enter_profile, write_library

# The shell's fixtures (a data folder, a small library, windows on them).
pytest_plugins = ("tests.ui.test_shell",)

ROWS = [
    LibraryRow(
        bank_id="solar",
        title="The Solar System",
        language="en",
        question_count=12,
        time_limit=600,
        tags=("science", "space"),
        description="Planets and stars.",
    ),
    LibraryRow(
        bank_id="sejarah",
        title="Sejarah Indonesia",
        language="id",
        question_count=8,
        tags=("sejarah",),
        max_attempts=2,
        attempts_used=2,
        best_percent=87.5,
        last_attempt=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
    ),
    LibraryRow(
        bank_id="cells",
        title="Cells",
        language="en",
        question_count=5,
        tags=("science",),
    ),
]


def shown_ids(proxy: LibraryFilterProxy) -> list[str]:
    return [proxy.index(row, 0).data(BANK_ID_ROLE) for row in range(proxy.rowCount())]


# --- the model -------------------------------------------------------------------------------


def test_library_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = LibraryTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("science")
    qtmodeltester.check(proxy)


def test_every_column_carries_the_bank_id() -> None:
    model = LibraryTableModel()
    model.set_rows(ROWS)
    for row, expected in enumerate(ROWS):
        for column in range(model.columnCount()):
            assert model.index(row, column).data(BANK_ID_ROLE) == expected.bank_id


def test_a_row_shows_what_the_student_needs() -> None:
    model = LibraryTableModel()
    model.set_rows(ROWS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    solar = [model.index(0, c).data() for c in range(model.columnCount())]
    cells = [model.index(1, c).data() for c in range(len(headers))]
    sejarah = dict(zip(headers, cells, strict=True))
    assert headers[:6] == [
        "Title",
        "Language",
        "Questions",
        "Time limit",
        "Best score",
        "Last attempt",
    ]
    assert solar[:6] == ["The Solar System", "English", "12", "10 min", "—", "never"]
    assert sejarah["Best score"] == "87.5%"  # percent to one decimal, as everywhere
    assert sejarah["Language"] == "Indonesian"
    assert "none left" in sejarah["Attempts"]


@pytest.mark.parametrize(
    ("text", "tag", "language", "expected"),
    [
        ("", None, None, ["solar", "sejarah", "cells"]),
        ("solar", None, None, ["solar"]),
        ("PLANETS", None, None, ["solar"]),  # the description counts, in any case
        ("stars solar", None, None, ["solar"]),  # every word must match
        ("", "science", None, ["solar", "cells"]),
        ("", None, "id", ["sejarah"]),
        ("cells", "science", "en", ["cells"]),
        ("cells", None, "id", []),
    ],
)
def test_filters_by_text_tag_and_language(
    text: str, tag: str | None, language: str | None, expected: list[str]
) -> None:
    model = LibraryTableModel()
    model.set_rows(ROWS)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text(text)
    proxy.set_tag(tag)
    proxy.set_language(language)
    assert shown_ids(proxy) == expected


def test_sorting_uses_values_not_text() -> None:
    model = LibraryTableModel()
    model.set_rows(ROWS)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # question counts 5, 8, 12 (as text: 12, 5, 8)
    assert shown_ids(proxy) == ["cells", "sejarah", "solar"]


# --- the page in the window ----------------------------------------------------------------------


def test_filter_widgets_narrow_the_table(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    view = window.findChild(QTableView, "libraryView")
    text = window.findChild(QLineEdit, "libraryFilterEdit")
    tags = window.findChild(QComboBox, "tagFilterCombo")
    languages = window.findChild(QComboBox, "languageFilterCombo")
    assert view is not None
    assert text is not None
    assert tags is not None
    assert languages is not None

    def shown() -> list[str]:
        model = view.model()
        return [model.index(r, 0).data(BANK_ID_ROLE) for r in range(model.rowCount())]

    assert sorted(shown()) == ["sejarah", "solar"]
    qtbot.keyClicks(text, "solar")
    assert shown() == ["solar"]
    text.clear()
    tags.setCurrentIndex(tags.findData("sejarah"))
    assert shown() == ["sejarah"]
    tags.setCurrentIndex(0)
    languages.setCurrentIndex(languages.findData("en"))
    assert shown() == ["solar"]
    assert languages.currentText() == "English"


def test_a_broken_bank_file_shows_its_problem_with_file_and_line(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    broken = write_library(library, broken=True) / "broken.yaml"
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    problems = window.findChild(QListWidget, "problemsView")
    assert problems is not None
    # A student sees one short line; Details shows the list.
    summary = window.findChild(QLabel, "problemsSummaryLabel")
    details = window.findChild(QPushButton, "problemsDetailsButton")
    assert summary is not None
    assert details is not None
    assert summary.isVisibleTo(window)
    assert summary.text() == "1 bank could not be read."
    assert not problems.isVisibleTo(window)
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    assert problems.isVisibleTo(window)
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    assert not problems.isVisibleTo(window)
    lines = [problems.item(i).text() for i in range(problems.count())]
    assert len(lines) == 1
    assert lines[0].startswith(f"{broken.resolve()}:8:13: error: ")
    assert '"yes"' in lines[0]
    # The good banks are listed all the same; the broken one is not.
    assert {row.bank_id for row in window.library_page.model.rows()} == {"solar", "sejarah"}


def test_no_problems_no_problem_list(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    problems = window.findChild(QListWidget, "problemsView")
    assert problems is not None
    assert not problems.isVisibleTo(window)
    summary = window.findChild(QLabel, "problemsSummaryLabel")
    assert summary is not None
    assert not summary.isVisibleTo(window)


def test_two_broken_files_are_one_short_line(qtbot: QtBot) -> None:
    from quizapp.ui.pages.library_page import LibraryPage

    page = LibraryPage()
    qtbot.addWidget(page)
    page.show()
    page.set_problems(["a.yaml:1:1: error: x", "a.yaml:2:1: error: y", "b.yaml:1:1: error: z"], 2)
    assert page.problems_summary.text() == "2 banks could not be read."
    assert not page.problems_group.isVisible()
    page.problems_details_button.setFocus()
    qtbot.keyClick(page.problems_details_button, Qt.Key.Key_Space)
    assert page.problems_group.isVisible()
    assert page.problem_lines()[2] == "b.yaml:1:1: error: z"


def test_the_details_say_the_question_time_limit_and_the_modes(qtbot: QtBot) -> None:
    from quizapp.bank.model import Feedback, Review
    from quizapp.ui.pages.library_page import LibraryPage

    page = LibraryPage()
    qtbot.addWidget(page)
    row = LibraryRow(
        bank_id="quick",
        title="Quick",
        language="en",
        question_count=4,
        time_limit=300,
        question_time_limit=30,
        feedback=Feedback.IMMEDIATE,
        review=Review.POINTS,
    )
    page.set_rows([row])
    assert page.select_bank("quick")
    text = page.info_label.text()
    assert "time limit: 5 min" in text
    assert "per question: 30 s" in text
    assert "Feedback after each answer" in text
    assert "never the right answers" in text


def _use_up_attempts(window: MainWindow, profile_name: str, bank_id: str, count: int) -> None:
    """Store ``count`` finished attempts at ``bank_id`` for the profile, through the store."""
    from quizapp.quiz.clock import FakeClock
    from quizapp.quiz.session import QuizSession
    from quizapp.store.attempts import finish_attempt, start_attempt
    from quizapp.store.db import session_scope
    from quizapp.store.library import load_stored_bank
    from quizapp.store.profiles import get_or_create_profile

    assert window.service is not None
    engine = window.service.engine
    clock = FakeClock()
    with session_scope(engine) as session:
        profile = get_or_create_profile(profile_name, session=session, now=clock.now())
        assert profile.id is not None
        bank = load_stored_bank(bank_id, session=session)
        for n in range(count):
            quiz = QuizSession.start(bank, attempt_id=f"attempt-{n}", seed=n, clock=clock)
            start_attempt(
                session=session,
                attempt_id=quiz.attempt_id,
                profile_id=profile.id,
                bank_id=bank_id,
                seed=quiz.seed,
                question_ids=quiz.question_ids,
                started_at=quiz.started_at,
                deadline=quiz.deadline,
            )
            finish_attempt(
                session=session,
                attempt_id=quiz.attempt_id,
                finished_at=clock.now(),
                end_reason="submitted",
            )


def test_used_up_attempts_disable_begin_and_say_so(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    write_library(library, max_attempts=1)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    _use_up_attempts(window, "Ana", "solar", 1)
    window.refresh_library()
    qtbot.waitUntil(
        lambda: (
            (row := window.library_page.model.row_for("solar")) is not None
            and row.attempts_used == 1
        )
    )

    page = window.library_page
    assert page.select_bank("solar")
    assert "No attempts left" in page.attempts_label.text()
    # The start page still opens (scores, and Resume if one was left), but Begin is off.
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page is window._start_page)
    start_page = window.start_page
    begin = start_page.findChild(QPushButton, "beginQuizButton")
    assert begin is not None
    assert not begin.isEnabled()
    assert "No attempts left" in start_page.status_label.text()
    assert start_page.facts["attempts"].text() == "1 of 1 used, 0 left"
    with qtbot.assertNotEmitted(start_page.begin_requested):
        qtbot.keyClick(start_page, Qt.Key.Key_Return)
        qtbot.mouseClick(begin, Qt.MouseButton.LeftButton)
    qtbot.keyClick(start_page, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.current_page is window.library_page)


@pytest.mark.parametrize("how", ["enter", "double-click", "button"])
def test_a_row_starts_its_quiz(qtbot: QtBot, make_window: WindowFactory, how: str) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    page = window.library_page
    assert page.select_bank("solar")
    if how == "enter":
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    elif how == "double-click":
        index: QModelIndex = page.view.currentIndex()
        page.view.doubleClicked.emit(index)
    else:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)

    # The start page first: nothing is recorded until Begin.
    qtbot.waitUntil(
        lambda: (
            window.current_page is not None and window.current_page.objectName() == "bankStartPage"
        )
    )
    assert window.windowTitle() == "QuizApp — The Solar System — Ana"
    _assert_attempts_in_progress(window, [])
    begin = window.start_page.findChild(QPushButton, "beginQuizButton")
    assert begin is not None
    assert begin.hasFocus() or not window.isActiveWindow()
    if how == "enter":
        qtbot.keyClick(window.start_page, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(begin, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "quizPage"
    )
    assert window.windowTitle() == "QuizApp — Question 1 of 2 — The Solar System"
    assert not window.settings_action.isEnabled()
    _assert_one_attempt_in_progress(window, "solar")


def _assert_attempts_in_progress(window: MainWindow, bank_ids: list[str]) -> None:
    from quizapp.store.attempts import unfinished_attempts
    from quizapp.store.db import session_scope

    assert window.service is not None
    assert window.profile is not None
    with session_scope(window.service.engine) as session:
        attempts = unfinished_attempts(session=session, profile_id=window.profile.id)
        assert [a.bank_id for a in attempts] == bank_ids


def _assert_one_attempt_in_progress(window: MainWindow, bank_id: str) -> None:
    from quizapp.store.attempts import unfinished_attempts
    from quizapp.store.db import session_scope

    assert window.service is not None
    assert window.profile is not None
    with session_scope(window.service.engine) as session:
        attempts = unfinished_attempts(session=session, profile_id=window.profile.id)
        assert [a.bank_id for a in attempts] == [bank_id]
        assert attempts[0].deadline is not None  # the bank's 10 minutes, stored


def test_problem_lines_read_as_the_command_line_prints_them() -> None:
    from quizapp.bank.problems import Problem, Severity
    from quizapp.ui.pages.library_page import problem_line

    error = Problem("internal", 3, 7, {"where": "settings.draw", "detail": "too big"})
    warning = Problem(
        "internal", 9, 1, {"where": "title", "detail": "odd"}, severity=Severity.WARNING
    )
    for problem in (error, warning):
        assert problem_line("bank.yaml", problem) == problem.format("bank.yaml")
