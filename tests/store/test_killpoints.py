"""The crash trials' kill points: what QUIZAPP_KILL_AT names, and that it kills there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from quizapp.store.killpoints import KILL_AT_ENV, parse

SCRIPT = """
from quizapp.store import killpoints
for n in range(1, 5):
    killpoints.reached("answer.committed")
    killpoints.reached("answer.written")
    print(n, flush=True)
"""


def test_points_are_parsed_with_their_counts() -> None:
    assert parse("") == {}
    assert parse("answer.written:3, sync.committed:1") == {
        "answer.written": 3,
        "sync.committed": 1,
    }


@pytest.mark.parametrize(
    "text", ["answer:3", "answer.inside:1", "exam.written:1", "answer.written:0", "flag.written"]
)
def test_a_point_that_is_not_write_stage_count_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=KILL_AT_ENV):
        parse(text)


def run(kill_at: str | None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.pop(KILL_AT_ENV, None)
    if kill_at is not None:
        environment[KILL_AT_ENV] = kill_at
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


def test_the_process_dies_the_nth_time_it_reaches_the_point() -> None:
    killed = run("answer.written:3")
    assert killed.stdout.split() == ["1", "2"]
    if hasattr(signal, "SIGKILL"):
        assert killed.returncode == -signal.SIGKILL


def test_without_the_variable_nothing_happens() -> None:
    untouched = run(None)
    assert untouched.returncode == 0
    assert untouched.stdout.split() == ["1", "2", "3", "4"]
