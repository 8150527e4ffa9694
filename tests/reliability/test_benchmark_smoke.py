"""The benchmarks still run end to end, and the first-paint hook behind them works.

The benchmarks run as subprocesses with tiny sizes; only that they finish and
print their side-by-side lines is checked, never a figure.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QMainWindow, QTableView
from pytestqt.qtbot import QtBot

from quizapp.ui.first_paint import on_first_paint

REPO = Path(__file__).resolve().parents[2]
BENCHMARKS = REPO / "benchmarks"


def _run_benchmark(script: str, *options: str) -> str:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *options],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _line_starting(output: str, label: str) -> str:
    lines = [line for line in output.splitlines() if line.startswith(label)]
    assert lines, f"no line starting {label!r} in:\n{output}"
    return lines[0]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("script", "options", "labels"),
    [
        (
            "import_bank.py",
            ["--questions", "200", "--banks", "3", "--bank-questions", "10", "--repeat", "1"],
            ["200 question bank", "3 bank library"],
        ),
        (
            "startup.py",
            ["--repeat", "1", "--answers", "20"],
            ["(a) start -> first paint", "(b) start -> library", "(c) answer submit -> committed"],
        ),
        (
            "history.py",
            ["--profiles", "3", "--attempts", "5", "--answers", "3", "--repeat", "1"],
            ["history page -> first rows"],
        ),
        (
            "study.py",
            ["--banks", "3", "--questions", "5", "--days", "4", "--per-day", "4", "--repeat", "1"],
            ["library due counts", "next review card, all banks", "next review card, one bank"],
        ),
    ],
    ids=["import_bank", "startup", "history", "study"],
)
def test_benchmark_prints_app_floor_and_ratio(
    script: str, options: list[str], labels: list[str]
) -> None:
    output = _run_benchmark(script, *options)
    for label in labels:
        line = _line_starting(output, label)
        assert " app " in line
        assert " floor " in line
        assert " ratio " in line


@pytest.mark.slow
def test_class_benchmark_prints_app_floor_and_ratio_and_leaves_nothing_behind() -> None:
    server = _postgres_or_skip()
    output = _run_benchmark(
        "class_sync.py",
        *("--server", server, "--desktops", "3", "--answers", "4", "--workers", "2"),
        *("--stats-answers", "120", "--stats-repeat", "1"),
    )
    for label in (
        "app vs bare psycopg per desktop",
        "app vs one executemany of all",
        "item statistics vs bare read",
        "item statistics vs SQL aggregate",
    ):
        line = _line_starting(output, label)
        assert " app " in line
        assert " floor " in line
        assert " ratio " in line
    assert "none lost, none doubled" in output
    assert "the app and the bare aggregate agree on all 4 questions" in output
    made = re.search(r"^server: database (\S+) and class (\S+)", output, re.MULTILINE)
    assert made is not None, output
    assert not _left_behind(server, database=made[1], class_name=made[2])


@pytest.mark.slow
def test_the_class_benchmark_stopped_midway_leaves_nothing_behind() -> None:
    server = _postgres_or_skip()
    process = subprocess.Popen(
        [
            *(sys.executable, str(BENCHMARKS / "class_sync.py"), "--server", server),
            *("--desktops", "40", "--answers", "4", "--workers", "2"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=REPO,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # printed once its databases exist, before the desktops
    made = re.match(r"server: database (\S+) and class (\S+)", first)
    assert made is not None, first
    process.terminate()
    assert process.wait(timeout=120) != 0
    process.stdout.close()
    assert not _left_behind(server, database=made[1], class_name=made[2])


def _postgres_or_skip() -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from tests.class_room.conftest import HOW_TO_RUN, SERVER

    engine = create_engine(f"{SERVER}/postgres")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError:
        if os.environ.get("CI"):
            pytest.fail(HOW_TO_RUN)
        pytest.skip(HOW_TO_RUN)
    finally:
        engine.dispose()
    return SERVER


def _left_behind(server: str, *, database: str, class_name: str) -> list[str]:
    """The run's databases and roles still on the server (it drops its own, even on failure)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(f"{server}/postgres")
    try:
        with engine.connect() as connection:
            query = text(
                "SELECT datname FROM pg_database WHERE datname LIKE :database || '%' "
                "UNION ALL SELECT rolname FROM pg_roles WHERE rolname LIKE :roles || '\\_%'"
            )
            return list(
                connection.execute(query, {"database": database, "roles": class_name}).scalars()
            )
    finally:
        engine.dispose()


def _load_startup_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("startup_benchmark", BENCHMARKS / "startup.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def test_importtime_is_split_at_the_first_paint_mark() -> None:
    startup = _load_startup_benchmark()
    lines = [
        "import time: self [us] | cumulative | imported package",
        "import time:       120 |        300 | PySide6.QtCore",
        "This plugin does not support propagateSizeHints()",
        "import time:       180 |        180 |   shiboken6",
        "mark first-paint 123456789",
        "import time:      4000 |     90000 | sqlmodel",
        "import time:        50 |         50 |     sqlmodel.sql",
    ]
    before, after = startup.parse_importtime(lines)
    assert [(i.module, i.depth, i.self_us, i.cumulative_us) for i in before] == [
        ("PySide6.QtCore", 0, 120, 300),
        ("shiboken6", 1, 180, 180),
    ]
    assert [(i.module, i.depth) for i in after] == [("sqlmodel", 0), ("sqlmodel.sql", 2)]


def test_first_paint_is_noticed_under_an_opaque_central_widget(qtbot: QtBot) -> None:
    window = QMainWindow()
    window.setCentralWidget(QTableView())  # the window itself gets no paint event
    qtbot.addWidget(window)
    with qtbot.waitCallback() as painted:
        on_first_paint(window, painted)
        window.show()
    painted.assert_called_with()
