"""The app explains data it cannot use in plain words, in the user's language; it writes nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.quiz.clock import FakeClock
from quizapp.ui import messages
from quizapp.ui.app import _say_data_dir_tightened, run_app
from quizapp.ui.language import stop_using_language, use_language
from quizapp.ui.main_window import create_main_window

DAMAGED_EN = "Your data in {where} is damaged, so it was left unchanged."
DAMAGED_ID = "Data Anda di {where} rusak, jadi berkas itu tidak diubah."


def _visible_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    use_language(request.param)
    try:
        yield request.param
    finally:
        stop_using_language()


@pytest.mark.parametrize(
    ("language", "expected"), [("en", DAMAGED_EN), ("id", DAMAGED_ID)], indirect=["language"]
)
def test_a_damaged_database_is_explained_without_sql(
    qtbot: QtBot, tmp_path: Path, language: str, expected: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "quizapp.db"
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = hashlib.sha256(database.read_bytes()).hexdigest()

    window = create_main_window(data_dir=data, library_dirs=[], clock=FakeClock())
    qtbot.addWidget(window)
    # Found damaged by the check at start, it is explained in the dialog that offers a backup.
    qtbot.waitUntil(lambda: _visible_box("damagedDataDialog") is not None)

    box = _visible_box("damagedDataDialog")
    assert box is not None
    assert box.text().startswith(expected.format(where=database))
    for raw in ("SQL", "sqlite3", "Traceback", "DatabaseError"):
        assert raw not in box.text()
    box.close()
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_a_data_folder_that_is_a_file_is_explained_and_the_app_exits_2(
    qtbot: QtBot, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file")
    seen: list[str] = []

    def read_and_close_the_box() -> None:
        box = _visible_box("storageErrorBox")
        assert box is not None
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close_the_box)
    assert run_app(["quizapp"], data_dir=not_a_folder) == 2
    assert seen == [
        f"The data folder {not_a_folder} is a file, not a folder. Choose another data folder, "
        "or move that file away."
    ]
    assert not_a_folder.read_text() == "a file"


def test_a_folder_made_private_is_said_once_in_the_log_and_a_box(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    log_file = tmp_path / "quizapp.log"
    messages.configure_logging(log_file)
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        _say_data_dir_tightened(parent, tmp_path, [tmp_path, tmp_path / "quizapp.db"])
        box = _visible_box("privateFolderBox")
        assert box is not None
        assert box.text().startswith(f"Your data folder {tmp_path} could be read by other users")
        box.close()
    finally:
        messages.stop_logging()
    assert "now private to you (2 changed)" in log_file.read_text(encoding="utf-8")
