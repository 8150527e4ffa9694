"""One app per data folder: a second launch brings the first window forward and exits."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.ui.single_instance import (
    LOCK_FILE,
    InstanceLock,
    InstanceServer,
    ask_running_instance_to_raise,
    server_name,
)
from tests.ui.test_shell import WindowFactory

# The shell's fixtures (a data folder, a small library, windows on them).
pytest_plugins = ("tests.ui.test_shell",)


def test_each_data_folder_has_its_own_name(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    assert server_name(one) == server_name(one / ".." / "one")
    assert server_name(one) != server_name(two)


def test_only_one_instance_holds_the_lock_of_a_data_folder(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    try:
        assert first.acquire()
        assert not second.acquire()
        first.release()
        assert second.acquire()  # free again once the first is gone
    finally:
        first.release()
        second.release()


def test_the_lock_of_a_killed_instance_is_taken_over(tmp_path: Path) -> None:
    # A process that takes the lock as the app does, then is killed holding it.
    holder = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from quizapp.ui.single_instance import InstanceLock\n"
        "lock = InstanceLock(Path(sys.argv[1]))\n"
        "assert lock.acquire()\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    killed = subprocess.run([sys.executable, "-c", holder, str(tmp_path)], check=False)
    assert killed.returncode == -signal.SIGKILL
    assert (tmp_path / LOCK_FILE).exists()  # left behind
    lock = InstanceLock(tmp_path)
    try:
        assert lock.acquire()
    finally:
        lock.release()


def test_nobody_answers_when_no_instance_runs(tmp_path: Path) -> None:
    assert not ask_running_instance_to_raise(server_name(tmp_path), timeout_s=0)


def test_a_second_launch_asks_the_first_to_raise(qtbot: QtBot, tmp_path: Path) -> None:
    server = InstanceServer(server_name(tmp_path))
    try:
        assert server.listen()
        with qtbot.waitSignal(server.raise_requested):
            assert ask_running_instance_to_raise(server_name(tmp_path), timeout_s=0)
    finally:
        server.close()


def test_run_app_exits_at_once_when_an_instance_runs(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.ui.app import run_app

    lock = InstanceLock(tmp_path.resolve())
    server = InstanceServer(server_name(tmp_path.resolve()))
    try:
        assert lock.acquire()
        assert server.listen()
        windows_before = set(QApplication.topLevelWidgets())
        with qtbot.waitSignal(server.raise_requested):
            assert run_app(["quizapp"], data_dir=tmp_path) == 0
        assert set(QApplication.topLevelWidgets()) == windows_before  # no second window
        # Whoever started it from a terminal is told why no window opened.
        assert capsys.readouterr().out == (
            "QuizApp is already running: its window was brought forward.\n"
        )
    finally:
        server.close()
        lock.release()


def test_a_running_instance_that_never_answers_is_reported(
    qapp: QApplication, tmp_path: Path
) -> None:
    from quizapp.ui.app import hand_over_to_running_instance

    seen: list[str] = []

    def read_and_close_the_box() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next(b for b in boxes if b.objectName() == "alreadyRunningBox" and b.isVisible())
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close_the_box)
    assert hand_over_to_running_instance(tmp_path, timeout_s=0) == 1
    (text,) = seen
    assert "already running" in text
    assert str(tmp_path) in text


def test_the_main_window_comes_forward_when_asked(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    window.showMinimized()
    server = InstanceServer(server_name(tmp_path))
    server.raise_requested.connect(window.bring_forward)
    try:
        assert server.listen()
        with qtbot.waitSignal(server.raise_requested):
            ask_running_instance_to_raise(server_name(tmp_path), timeout_s=0)
        assert window.isVisible()
        assert not window.isMinimized()
    finally:
        server.close()


def test_a_socket_left_behind_is_replaced(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    crashed = InstanceServer(name)
    assert crashed.listen()
    # A crash leaves the socket file behind; the next holder of the lock must still listen.
    second = InstanceServer(name)
    try:
        assert second.listen()
    finally:
        second.close()
        crashed.close()
