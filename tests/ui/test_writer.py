"""A locked or slow database never freezes the quiz: answers go through the quiz's writer.

The database's write lock is held from a second connection (another program:
a library sync, ``quizapp import`` in a terminal) until the test lets go; no
test sleeps or times anything.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.store.db import sqlite_url
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.writer import RecordWriter

BANK = """\
format: quizapp/1
id: planets
title: Planets
settings:
  shuffle_questions: false
  shuffle_choices: false
questions:
  - id: largest
    type: single_choice
    prompt: Which planet is the largest?
    choices: [Venus, Jupiter]
    answer: Jupiter
  - id: red
    type: short_answer
    prompt: Which planet is red?
    answer: Mars
"""


class WriteLock:
    """Holds the database's write lock from its own connection until ``release()``."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._held = threading.Event()
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._hold)

    def _hold(self) -> None:
        connection = sqlite3.connect(self._path, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            self._held.set()
            self._release.wait()
            connection.execute("ROLLBACK")
        finally:
            connection.close()

    def __enter__(self) -> WriteLock:
        self._thread.start()
        assert self._held.wait(30), "the write lock was never taken"
        return self

    def release(self) -> None:
        self._release.set()
        self._thread.join(30)

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass
class Quiz:
    page: QuizPage
    service: QuizService
    database: Path
    attempt_id: str

    def stored_answers(self) -> list[tuple[str, str]]:
        with sqlite3.connect(self.database) as connection:
            rows = connection.execute(
                "SELECT id, question_id FROM answers WHERE attempt_id = ?", (self.attempt_id,)
            )
            return list(rows)


@pytest.fixture
def quiz(qtbot: QtBot, tmp_path: Path) -> Iterator[Quiz]:
    (tmp_path / "planets.yaml").write_text(BANK, encoding="utf-8")
    database = tmp_path / "quizapp.db"
    service = QuizService.open(sqlite_url(database), FakeClock())
    service.import_paths([str(tmp_path / "planets.yaml")])
    profile = service.enter_profile("Ana").profile
    prepared = service.start_attempt(profile.id, "planets", seed=1)
    writer = RecordWriter()
    page = QuizPage(
        session=prepared.session,
        recorder=service.recorder(prepared.attempt_id),
        clock=service.clock,
        bank=prepared.bank,
        bank_dir=None,
        writer=writer,
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.all_saved)  # the first question shown is stored
    yield Quiz(page, service, database, prepared.attempt_id)
    writer.close()
    service.close()


def status(page: QuizPage) -> str:
    label = page.findChild(QLabel, "statusLabel")
    assert label is not None
    return label.text() if label.isVisible() else ""


def test_a_locked_database_shows_saving_and_the_answer_is_stored_once_released(
    qtbot: QtBot, quiz: Quiz
) -> None:
    page = quiz.page
    with WriteLock(quiz.database) as lock:
        qtbot.keyClick(page, Qt.Key.Key_B)  # Jupiter
        qtbot.keyClick(page, Qt.Key.Key_Return)

        # The window goes on handling events: the 200 ms notice fires on the GUI thread.
        qtbot.waitUntil(lambda: status(page) == "Saving…")
        assert page.session.index == 0  # Next waits for the answer to be stored
        assert not page.all_saved
        flag = page.findChild(QPushButton, "flagButton")
        assert flag is not None
        qtbot.mouseClick(flag, Qt.MouseButton.LeftButton)  # still answers the student
        assert flag.text() == "Remove flag"
        assert quiz.stored_answers() == []

        lock.release()
        qtbot.waitUntil(lambda: page.session.index == 1)

    qtbot.waitUntil(lambda: page.all_saved)
    assert status(page) == ""
    assert [question for _, question in quiz.stored_answers()] == ["largest"]


def test_a_failed_write_keeps_the_answer_on_screen_until_it_is_stored(
    qtbot: QtBot, quiz: Quiz, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizapp.ui import writer

    monkeypatch.setattr(writer, "LOCKED_TRIES", 1)  # give up at the first busy timeout
    monkeypatch.setattr("quizapp.store.db.SQLITE_PRAGMAS", ("busy_timeout=0", "journal_mode=WAL"))
    quiz.service.engine.dispose()  # new connections take the pragmas above
    page = quiz.page
    with WriteLock(quiz.database):
        qtbot.keyClick(page, Qt.Key.Key_B)
        qtbot.keyClick(page, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: status(page).startswith("Your answer could not be saved yet"))
        assert "press Next to try again" in status(page)
        assert page.session.index == 0
        assert page.question_widget is not None
        assert page.question_widget.response() == "Jupiter"

    qtbot.keyClick(page, Qt.Key.Key_Return)  # tried again, now the lock is gone
    qtbot.waitUntil(lambda: page.session.index == 1)
    qtbot.waitUntil(lambda: page.all_saved)
    assert [question for _, question in quiz.stored_answers()] == ["largest"]


def test_the_navigator_goes_on_only_once_the_answer_on_screen_is_stored(
    qtbot: QtBot, quiz: Quiz
) -> None:
    page = quiz.page
    navigator = page.navigator
    assert navigator is not None
    with WriteLock(quiz.database) as lock:
        qtbot.keyClick(page, Qt.Key.Key_B)  # Jupiter, on screen
        navigator.questionChosen.emit(1)

        qtbot.waitUntil(lambda: status(page) == "Saving…")
        assert page.session.index == 0  # it waits, as Next does
        assert quiz.stored_answers() == []

        lock.release()
        qtbot.waitUntil(lambda: page.session.index == 1)

    qtbot.waitUntil(lambda: page.all_saved)
    assert [question for _, question in quiz.stored_answers()] == ["largest"]
