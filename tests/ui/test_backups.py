"""Backups in the app: daily at start, the menu's backup and restore, damaged data at start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.quiz.clock import FakeClock
from quizapp.ui.main_window import MainWindow
from tests.ui.test_resume import ATTEMPT_ID, leave_an_attempt_unfinished
from tests.ui.test_shell import WindowFactory, wait_for_profiles, wait_for_sync

pytest_plugins = ("tests.ui.test_shell",)

DAY = 24 * 3600


def backups_in(data_dir: Path) -> list[str]:
    folder = data_dir / "backups"
    return sorted(p.name for p in folder.glob("quizapp-*.db")) if folder.is_dir() else []


def answers_of(window: MainWindow) -> list[str]:
    assert window.service is not None
    return [a.question for record in window.service.history() for a in record.answers]


def wait_until_open(qtbot: QtBot, window: MainWindow) -> None:
    wait_for_profiles(qtbot, window)
    wait_for_sync(qtbot, window)
    qtbot.waitUntil(lambda: window.service is not None)


def wait_for_worker(qtbot: QtBot) -> None:
    from quizapp.ui.workers import is_busy

    qtbot.waitUntil(lambda: not is_busy())


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xff" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def click(box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def test_the_daily_backup_is_made_once_a_day_at_start(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, fake_clock: FakeClock
) -> None:
    first = make_window()
    wait_until_open(qtbot, first)
    wait_for_worker(qtbot)
    assert len(backups_in(data_dir)) == 1
    first.close()

    fake_clock.advance(DAY - 60)
    second = make_window()
    wait_until_open(qtbot, second)
    wait_for_worker(qtbot)
    assert len(backups_in(data_dir)) == 1  # less than a day later: none
    second.close()

    fake_clock.advance(60)
    third = make_window()
    wait_until_open(qtbot, third)
    wait_for_worker(qtbot)
    assert len(backups_in(data_dir)) == 2


def test_the_menu_has_backup_and_restore_with_file_dialogs(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    wait_until_open(qtbot, window)
    for action, dialog_name in (
        (window.backup_action, "backupFileDialog"),
        (window.restore_action, "restoreFileDialog"),
    ):
        assert action.objectName() in ("backupAction", "restoreAction")
        assert action.text()
        action.trigger()
        dialog = window.findChild(QFileDialog, dialog_name)
        assert dialog is not None
        assert dialog.isVisible()
        assert dialog.accessibleName()
        dialog.reject()


def test_backup_then_restore_from_the_menu_keeps_every_answer(
    qtbot: QtBot,
    make_window: WindowFactory,
    data_dir: Path,
    library: Path,
    fake_clock: FakeClock,
    tmp_path: Path,
) -> None:
    leave_an_attempt_unfinished(data_dir, library, fake_clock)
    window = make_window()
    wait_until_open(qtbot, window)
    before = answers_of(window)
    assert before == ["red"]
    saved = tmp_path / "saved.db"

    window.backup_to(str(saved))
    qtbot.waitUntil(lambda: "saved.db" in window.statusBar().currentMessage())
    assert saved.is_file()

    window.ask_to_restore(str(saved))
    box = window.findChild(QMessageBox, "restoreConfirmDialog")
    assert box is not None
    click(box, "restoreConfirmButton")
    qtbot.waitUntil(lambda: window.service is not None and not window.sync_in_progress)
    wait_for_worker(qtbot)

    assert answers_of(window) == before
    assert window.service is not None
    assert [a.id for a in window.service.history()] == [ATTEMPT_ID]
    assert any(name.endswith("-restore.db") for name in backups_in(data_dir))


def test_a_refused_restore_says_why_and_keeps_the_data(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    wait_until_open(qtbot, window)
    not_a_backup = tmp_path / "notes.db"
    not_a_backup.write_text("hello", encoding="utf-8")

    window.restore_from(str(not_a_backup))
    qtbot.waitUntil(lambda: window.service is not None)

    texts = [w.text() for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] + [
        box.text() for box in window.findChildren(QMessageBox) if box.isVisible()
    ]
    assert any("is not a QuizApp backup" in text for text in texts), texts
    service = window.service
    assert service is not None
    assert service.profile_names() == []


def test_damaged_data_is_not_written_and_the_newest_good_backup_is_offered(
    qtbot: QtBot,
    make_window: WindowFactory,
    data_dir: Path,
    library: Path,
    fake_clock: FakeClock,
) -> None:
    leave_an_attempt_unfinished(data_dir, library, fake_clock)
    first = make_window()
    wait_until_open(qtbot, first)
    wait_for_worker(qtbot)  # the daily backup, with the answer in it
    first.close()
    database = data_dir / "quizapp.db"
    damage(database)
    before = database.read_bytes()

    window = make_window()
    qtbot.waitUntil(lambda: window.damaged_dialog is not None)
    box = window.damaged_dialog
    assert box is not None
    assert box.isVisible()
    assert window.service is None
    assert database.read_bytes() == before  # nothing was written to it

    click(box, "restoreBackupButton")
    qtbot.waitUntil(lambda: window.service is not None)
    wait_for_worker(qtbot)
    assert answers_of(window) == ["red"]
    assert list((data_dir / "backups").glob("damaged-*/quizapp.db"))


def test_damaged_data_without_a_backup_is_left_alone(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    first = make_window()
    wait_until_open(qtbot, first)
    wait_for_worker(qtbot)
    first.close()
    for backup in (data_dir / "backups").glob("*.db"):
        backup.unlink()
    damage(data_dir / "quizapp.db")

    window = make_window()
    qtbot.waitUntil(lambda: window.damaged_dialog is not None)
    box = window.damaged_dialog
    assert box is not None
    assert box.findChild(QPushButton, "restoreBackupButton") is None
    click(box, "damagedCloseButton")
    qtbot.waitUntil(lambda: window.damaged_dialog is None)
    assert window.service is None  # the app stays without its data: nothing is written
