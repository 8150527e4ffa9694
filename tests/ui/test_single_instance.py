"""One app per data folder: a second launch brings the first window forward and exits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.single_instance import (
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


def test_nobody_answers_when_no_instance_runs(tmp_path: Path) -> None:
    assert not ask_running_instance_to_raise(server_name(tmp_path))


def test_a_second_launch_asks_the_first_to_raise(qtbot: QtBot, tmp_path: Path) -> None:
    server = InstanceServer(server_name(tmp_path))
    try:
        assert server.listen()
        with qtbot.waitSignal(server.raise_requested):
            assert ask_running_instance_to_raise(server_name(tmp_path))
    finally:
        server.close()


def test_run_app_exits_at_once_when_an_instance_runs(qtbot: QtBot, tmp_path: Path) -> None:
    from quizapp.ui.app import run_app

    server = InstanceServer(server_name(tmp_path.resolve()))
    try:
        assert server.listen()
        windows_before = set(QApplication.topLevelWidgets())
        with qtbot.waitSignal(server.raise_requested):
            assert run_app(["quizapp"], data_dir=tmp_path) == 0
        assert set(QApplication.topLevelWidgets()) == windows_before  # no second window
    finally:
        server.close()


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
            ask_running_instance_to_raise(server_name(tmp_path))
        assert window.isVisible()
        assert not window.isMinimized()
    finally:
        server.close()


def test_a_socket_left_behind_is_replaced(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    crashed = InstanceServer(name)
    assert crashed.listen()
    # A crash leaves the socket file behind; the next instance must still listen.
    second = InstanceServer(name)
    try:
        assert second.listen()
    finally:
        second.close()
        crashed.close()
