"""The real app, killed with SIGKILL mid-quiz, loses no answer it was given.

Each test starts ``app_driver.py`` as its own process: the app as
``python -m quizapp`` starts it, driven by QTest keys and clicks. The driver
says on standard output what it has done; the test reads those lines with a
deadline (a reader thread and a queue), so a hang fails instead of blocking.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).resolve().parent / "app_driver.py"
WAIT_SECONDS = 60.0  # for any one line or process; only a hang ever gets near it

BANK_ID = "kill-test"
BANK = """\
format: quizapp/1
id: kill-test
title: Planets, killed halfway
language: en
settings:
  time_limit: 30m
  shuffle_questions: false
  shuffle_choices: false
questions:
  - id: red
    type: single_choice
    prompt: Which planet is called the Red Planet?
    choices: [Venus, Mars, Jupiter]
    answer: Mars
  - id: sun
    type: true_false
    prompt: The Sun is a planet.
    answer: false
  - id: largest
    type: short_answer
    prompt: Which planet is the largest?
    answer: Jupiter
  - id: moons
    type: numeric
    prompt: How many moons does Mars have?
    answer: 2
  - id: rings
    type: true_false
    prompt: Saturn has rings.
    answer: true
  - id: hottest
    type: single_choice
    prompt: Which planet is the hottest?
    choices: [Mercury, Venus]
    answer: Venus
"""
QUESTION_COUNT = 6


@dataclass(frozen=True)
class Given:
    """What the student does on one question, and the response that must be stored."""

    step: str  # the driver's --step: QUESTION:keys|click|type:VALUE
    response: object

    @property
    def question_id(self) -> str:
        return self.step.split(":", 1)[0]


# Right and wrong answers, by keys, clicks and typing; the last two questions stay unanswered.
GIVEN = (
    Given("red:keys:B", "Mars"),
    Given("sun:click:trueButton", True),
    Given("largest:type:Saturn", "Saturn"),
    Given("moons:type:2", 2.0),
)


# --- the app in its own process ----------------------------------------------------------------


def app_environment(**extra: str) -> dict[str, str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("QUIZAPP_DATA_DIR", "QUIZAPP_DATABASE_URL", "QUIZAPP_KILL_AT"):
        environment.pop(name, None)
    environment.update(extra)
    return environment


class AppProcess:
    """A running driver; its output lines come through a queue filled by a reader thread."""

    def __init__(
        self, arguments: list[str], stderr: IO[str], environment: dict[str, str] | None = None
    ) -> None:
        self._stderr = stderr
        self.process = subprocess.Popen(
            [sys.executable, str(DRIVER), *arguments],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            cwd=REPO,
            env=environment or app_environment(),
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._seen: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def expect(self, first_word: str) -> list[str]:
        """The words of the next line starting with ``first_word`` (other lines are passed over)."""
        while True:
            try:
                line = self._lines.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                pytest.fail(f"no {first_word!r} line within {WAIT_SECONDS} s{self._story()}")
            if line is None:
                code = self.process.wait(timeout=WAIT_SECONDS)
                pytest.fail(f"the app exited ({code}) before a {first_word!r} line{self._story()}")
            self._seen.append(line)
            words = line.split()
            if words and words[0] == first_word:
                return words

    def lines_until(self, last: str) -> list[str]:
        """Every line up to the line ``last`` (included) or the end of the output."""
        lines: list[str] = []
        while not lines or lines[-1] != last:
            try:
                line = self._lines.get(timeout=WAIT_SECONDS)
            except queue.Empty:
                pytest.fail(f"no {last!r} line nor an end within {WAIT_SECONDS} s{self._story()}")
            if line is None:
                break
            self._seen.append(line)
            lines.append(line)
        return lines

    def _story(self) -> str:
        self._stderr.flush()
        errors = Path(self._stderr.name).read_text(encoding="utf-8", errors="replace")
        return f"\nstdout so far: {self._seen}\nstderr:\n{errors}"

    def kill_hard(self) -> int:
        """SIGKILL: no handler runs, nothing is flushed or closed, as when the power goes."""
        if self.process.poll() is None:
            if hasattr(signal, "SIGKILL"):
                os.kill(self.process.pid, signal.SIGKILL)
            else:  # Windows: TerminateProcess, as abrupt
                self.process.kill()
        code = self.process.wait(timeout=WAIT_SECONDS)
        self._reader.join(timeout=WAIT_SECONDS)
        assert self.process.stdout is not None
        self.process.stdout.close()
        self._stderr.close()
        return code

    @property
    def running(self) -> bool:
        return self.process.poll() is None


@dataclass
class Setup:
    data_dir: Path
    library: Path
    logs: Path
    started: list[AppProcess]

    def start(self, *arguments: str, environment: dict[str, str] | None = None) -> AppProcess:
        stderr = (self.logs / f"driver-{len(self.started)}.err").open("w", encoding="utf-8")
        app = AppProcess(self.driver_arguments(*arguments), stderr, environment)
        self.started.append(app)
        return app

    def driver_arguments(self, *arguments: str) -> list[str]:
        return ["--data-dir", str(self.data_dir), "--library", str(self.library), *arguments]

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        """A process run to its end (a hang raises TimeoutExpired, and the child is killed)."""
        return subprocess.run(
            [sys.executable, *command],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=app_environment(),
            timeout=WAIT_SECONDS,
            check=False,
        )

    def history(self) -> list[dict[str, Any]]:
        result = self.run("-m", "quizapp", "--data-dir", str(self.data_dir), "history", "--json")
        assert result.returncode == 0, result.stderr
        attempts: list[dict[str, Any]] = json.loads(result.stdout)
        return attempts


@pytest.fixture
def setup(tmp_path: Path) -> Iterator[Setup]:
    library = tmp_path / "library"
    library.mkdir()
    (library / "planets.yaml").write_text(BANK, encoding="utf-8")
    logs = tmp_path / "logs"
    logs.mkdir()
    started: list[AppProcess] = []
    yield Setup(tmp_path / "data", library, logs, started)
    for app in started:  # a failed test must not leave the app running
        app.kill_hard()


def start_quiz(setup: Setup, given: tuple[Given, ...]) -> tuple[AppProcess, str]:
    steps = [argument for g in given for argument in ("--step", g.step)]
    app = setup.start("--bank", BANK_ID, *steps)
    attempt_id = app.expect("attempt")[1]
    return app, attempt_id


# --- the tests ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_answer_given_survives_a_sigkill(setup: Setup) -> None:
    app, attempt_id = start_quiz(setup, GIVEN)
    answered = [app.expect("answered")[1:] for _ in GIVEN]
    code = app.kill_hard()

    assert answered == [[g.question_id, str(n)] for n, g in enumerate(GIVEN, start=1)]
    if hasattr(signal, "SIGKILL"):
        assert code == -signal.SIGKILL

    # Started again, the app offers the unfinished quiz with every answer counted.
    check = setup.run(str(DRIVER), *setup.driver_arguments("--check-resume"))
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"resume-dialog {attempt_id} {len(GIVEN)} {QUESTION_COUNT}" in check.stdout.splitlines()

    # And the history has each answer once, as it was given, the attempt still open.
    (attempt,) = [a for a in setup.history() if a["id"] == attempt_id]
    assert attempt["status"] == "in_progress"
    stored = attempt["answers"]
    assert Counter(a["question"] for a in stored) == Counter(g.question_id for g in GIVEN)
    assert {a["question"]: a["response"] for a in stored} == {
        g.question_id: g.response for g in GIVEN
    }


@pytest.mark.slow
def test_a_second_launch_on_the_same_data_folder_leaves_the_first_alone(setup: Setup) -> None:
    first, attempt_id = start_quiz(setup, GIVEN[:1])
    first.expect("waiting")

    second = setup.run("-m", "quizapp", "--data-dir", str(setup.data_dir))

    assert second.returncode == 0, second.stdout + second.stderr
    first.expect("raise-requested")  # the first window was asked to come forward
    assert first.running
    attempts = setup.history()
    assert [(a["id"], a["status"], len(a["answers"])) for a in attempts] == [
        (attempt_id, "in_progress", 1)
    ]


def first_to_exit(processes: list[subprocess.Popen[bytes]]) -> subprocess.Popen[bytes]:
    """The first of ``processes`` to exit (a test failure when none does in time)."""
    exits: queue.Queue[subprocess.Popen[bytes]] = queue.Queue()

    def wait_for(process: subprocess.Popen[bytes]) -> None:
        process.wait()
        exits.put(process)

    for process in processes:
        threading.Thread(target=wait_for, args=(process,), daemon=True).start()
    try:
        return exits.get(timeout=WAIT_SECONDS)
    except queue.Empty:
        pytest.fail(f"none of the {len(processes)} launches exited: each runs an app")


@pytest.mark.slow
def test_two_launches_at_the_same_moment_make_one_app(setup: Setup) -> None:
    command = [sys.executable, "-m", "quizapp", "--data-dir", str(setup.data_dir)]
    launches = [
        subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=REPO,
            env=app_environment(),
        )
        for _ in range(2)
    ]
    try:
        ended = first_to_exit(launches)
        (running,) = [launch for launch in launches if launch is not ended]

        assert ended.returncode == 0  # it handed over to the other one and left
        with pytest.raises(subprocess.TimeoutExpired):
            running.wait(timeout=2)  # the other one is the app, and stays
    finally:
        for launch in launches:
            launch.kill()
            launch.wait(timeout=WAIT_SECONDS)
