"""The class in the window: joining from Settings → Class, the status line, closing with answers
not yet sent. A real PostgreSQL, and the window's own sender thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.__main__ import main
from quizapp.paths import resolve_database_url
from quizapp.quiz.clock import FakeClock
from quizapp.service import class_room
from quizapp.store.db import open_database
from quizapp.ui.class_room import ClassSettingsDialog
from quizapp.ui.main_window import MainWindow, create_main_window
from quizapp.ui.settings_dialog import SettingsDialog
from tests.class_room.conftest import ClassDatabase
from tests.class_room.helpers import take_quiz
from tests.store.helpers import bank_yaml, write_bank


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr("quizapp.service.class_passwords.usable_keyring", lambda: None)
    data, library = tmp_path / "data", tmp_path / "banks"
    bank = write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", "q2", "q3"]))
    assert main(["--data-dir", str(data), "import", str(bank)]) == 0
    window = create_main_window(data_dir=data, library_dirs=[library], clock=FakeClock())
    qtbot.addWidget(window, before_close_func=MainWindow.confirm_close)
    window.show()
    qtbot.waitUntil(lambda: window.service is not None and not window.sync_in_progress)
    window._on_profile_chosen("Ana")
    qtbot.waitUntil(lambda: window.profile is not None)
    return window


def open_dialog(qtbot: QtBot, window: MainWindow) -> ClassSettingsDialog:
    window.class_room.action.trigger()
    dialog = window.class_room.dialog
    assert dialog is not None
    assert dialog.objectName() == "classSettingsPage"
    qtbot.waitUntil(lambda: dialog.class_label.text() != "")
    return dialog


def test_joining_from_settings_shows_the_class_and_sends_what_waits(
    qtbot: QtBot, window: MainWindow, class_database: ClassDatabase
) -> None:
    class_room.init_class(class_database.admin_url, class_database.name)
    code = class_room.add_student(class_database.admin_url, "Ana", FakeClock())
    dialog = open_dialog(qtbot, window)
    assert dialog.join_group.isVisible()
    assert not dialog.leave_button.isEnabled()

    qtbot.keyClicks(dialog.code_edit, code.text())
    dialog.join_button.click()

    qtbot.waitUntil(lambda: dialog.class_label.text() == class_database.name, timeout=15_000)
    label = window.class_room.label
    qtbot.waitUntil(lambda: label.text() == "All answers sent", timeout=15_000)
    assert label.isVisible()
    assert not dialog.join_group.isVisible()
    assert dialog.leave_button.isEnabled()
    dialog.close()
    # Settings says so too, in its Class row.
    window.open_settings()
    settings = window.findChild(SettingsDialog, "settingsDialog")
    assert settings is not None
    assert settings.class_state.text() == f"Class {class_database.name}: All answers sent"
    settings.reject()


def test_a_bad_code_is_refused_with_the_reason_and_nothing_joined(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, window)

    qtbot.keyClicks(dialog.code_edit, "not a code")
    dialog.join_button.click()

    qtbot.waitUntil(dialog.problem_label.isVisible)
    assert "join code" in dialog.problem_label.text()
    assert not window.class_room.label.isVisible()
    dialog.close()


def test_answers_that_cannot_be_sent_are_counted_and_closing_says_so(
    qtbot: QtBot, window: MainWindow, class_database: ClassDatabase, tmp_path: Path
) -> None:
    class_room.init_class(class_database.admin_url, class_database.name)
    code = class_room.add_student(class_database.admin_url, "Ana", FakeClock())
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.code_edit, code.text())
    dialog.join_button.click()
    label = window.class_room.label
    qtbot.waitUntil(lambda: label.text() == "All answers sent", timeout=15_000)
    dialog.close()
    # The server goes away (its database is dropped), then Ana answers on this computer.
    engine = open_database(resolve_database_url(None, tmp_path / "data"))
    assert window.profile is not None
    class_room_url = class_database.admin_url
    _drop(class_room_url, class_database.database)
    take_quiz(engine, tmp_path / "banks", FakeClock(), window.profile.id, attempt_id="a1")
    engine.dispose()

    window.class_room.request_sync()

    qtbot.waitUntil(lambda: "3 answers waiting" in label.text(), timeout=15_000)
    assert "no connection since" in label.text()
    window._close_confirmed = False
    window.close()
    box = window.class_room.close_box
    assert box.isVisible()
    assert "3 answers have not reached the class yet" in box.text()
    box.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not window.isVisible())


def _drop(admin_url: str, database: str) -> None:
    from sqlalchemy import create_engine, text

    server = create_engine(admin_url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        connection.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
            {"d": database},
        )
        connection.exec_driver_sql(f'DROP DATABASE "{database}"')
    server.dispose()
