"""The statistics page on the class's teacher's desktop: the whole class, said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from quizapp.quiz.clock import FakeClock
from quizapp.store.class_link import CLASS_LINK
from quizapp.ui.main_window import MainWindow, create_main_window
from tests.class_room.test_teacher_view import Class, class_of_two

__all__ = ["class_of_two"]


@pytest.fixture
def teachers_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, class_of_two: Class
) -> MainWindow:
    """A window on the teacher's own empty data folder, joined from Settings → Class."""
    monkeypatch.setattr("quizapp.service.class_passwords.usable_keyring", lambda: None)
    window = create_main_window(
        data_dir=tmp_path / "teacher", library_dirs=[tmp_path / "none"], clock=FakeClock()
    )
    qtbot.addWidget(window, before_close_func=MainWindow.confirm_close)
    window.show()
    qtbot.waitUntil(lambda: window.service is not None and not window.sync_in_progress)
    window.class_room.action.trigger()
    dialog = window.class_room.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.code_edit, class_of_two.teacher_code)
    dialog.join_button.click()  # no profile chosen: the teacher's code needs none
    qtbot.waitUntil(lambda: dialog.class_label.text() == class_of_two.database.name, timeout=15_000)
    assert "teacher" in dialog.profile_label.text()
    assert not dialog.sync_button.isEnabled()
    dialog.reject()
    return window


def test_the_statistics_page_shows_the_whole_class_and_says_so(
    qtbot: QtBot, teachers_window: MainWindow, class_of_two: Class
) -> None:
    teachers_window.open_statistics()
    qtbot.waitUntil(lambda: teachers_window.teacher.page is not None)
    page = teachers_window.teacher.page
    assert page is not None
    qtbot.waitUntil(lambda: page.statistics is not None, timeout=15_000)

    assert page.statistics is not None
    assert page.statistics.test.attempts == 2  # Ana's and Budi's, from the server
    note = page.findChild(type(page.summary_label), "statisticsNote")
    assert note is not None
    assert f"Class {class_of_two.database.name}" in note.text()
    assert "Attempts counted: 2" in page.summary_label.text()


def test_the_statistics_page_says_when_the_class_cannot_be_read(
    qtbot: QtBot, teachers_window: MainWindow
) -> None:
    service = teachers_window.service
    assert service is not None
    with service.engine.begin() as connection:
        connection.execute(update(CLASS_LINK).values(port=9))  # nothing listens there

    teachers_window.open_statistics()
    qtbot.waitUntil(lambda: teachers_window.teacher.page is not None)
    page = teachers_window.teacher.page
    assert page is not None
    qtbot.waitUntil(lambda: "cannot be read" in page.summary_label.text(), timeout=15_000)
    assert "127.0.0.1:9" in page.summary_label.text()
    assert page.statistics is None
