"""Crash trials: the real app, SIGKILLed at many moments, loses no answer it confirmed.

Each trial runs ``app_driver.py`` (the app as ``python -m quizapp`` starts it)
through one quiz: flags, six answers, the end. It dies either at a kill point
inside a write (``QUIZAPP_KILL_AT``, see :mod:`quizapp.store.killpoints`) or
at a moment drawn from the trial's seed (``--kill-after-ms``). Then:

- ``PRAGMA integrity_check`` on the database file says ``ok``;
- every answer the driver saw confirmed (its ``answered`` lines come once the
  quiz page's writer has said the answer is stored) is in ``quizapp history
  --json`` exactly once, as given; no answer is there twice;
- started again, the app offers the unfinished attempt with the stored answers
  counted, or none when the attempt was finished (or never started).

``pytest -m crash`` runs only these; they are ``slow`` too.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pytest

from quizapp.store.killpoints import KILL_AT_ENV
from tests.reliability.test_kill import (
    BANK,
    BANK_ID,
    DRIVER,
    QUESTION_COUNT,
    REPO,
    WAIT_SECONDS,
    Given,
    Setup,
    app_environment,
)

pytestmark = [pytest.mark.slow, pytest.mark.crash]

ANSWERS = (
    Given("red:keys:B", "Mars"),
    Given("sun:click:trueButton", True),
    Given("largest:type:Saturn", "Saturn"),
    Given("moons:type:2", 2.0),
    Given("rings:click:trueButton", True),
    Given("hottest:keys:B", "Venus"),
)
RESPONSES = {g.question_id: g.response for g in ANSWERS}
# Flags on two questions, then every answer in order, then the end.
STEPS = (
    "red:flag:",
    *(g.step for g in ANSWERS[:2]),
    "largest:flag:",
    *(g.step for g in ANSWERS[2:]),
)

# The deterministic kill points: each write of the quiz, before and after its commit.
KILL_POINTS = (
    *(f"answer.{stage}:{n}" for stage in ("written", "committed") for n in range(1, 7)),
    *(f"flag.{stage}:{n}" for stage in ("written", "committed") for n in (1, 2)),
    *(f"current.{stage}:{n}" for stage in ("written", "committed") for n in (1, 4)),
    "finish.written:1",
    "finish.committed:1",
)
# The library sync stores each bank file in a transaction of its own: the two shipped
# banks and the trial's. These trials start on a data folder that has none of them yet.
SYNC_KILL_POINTS = ("sync.written:1", "sync.committed:1", "sync.written:3", "sync.committed:3")
RANDOM_TRIALS = 24
SEED = 20261206
# Kills are drawn over the time the quiz takes after its page shows (some land after it).
RANDOM_SPAN_MS = 700


class RecordProperty(Protocol):
    def __call__(self, name: str, value: object) -> None: ...


@dataclass(frozen=True)
class Trial:
    number: int
    kill_at: str | None = None
    kill_after_ms: int | None = None
    fresh: bool = False  # a data folder that has never synced the library

    @property
    def name(self) -> str:
        return self.kill_at or f"random{self.number}-after-{self.kill_after_ms}ms"


def _random_trials() -> list[Trial]:
    rng = random.Random(SEED)
    return [Trial(n, kill_after_ms=rng.randrange(RANDOM_SPAN_MS)) for n in range(RANDOM_TRIALS)]


TRIALS = [
    *(Trial(0, kill_at=point) for point in KILL_POINTS),
    *(Trial(0, kill_at=point, fresh=True) for point in SYNC_KILL_POINTS),
    *_random_trials(),
]


# --- a data folder that has synced the library once, copied for each trial ----------------------


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    (folder / "planets.yaml").write_text(BANK, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def synced_data(tmp_path_factory: pytest.TempPathFactory, library: Path) -> Path:
    """A data folder whose library is stored: a trial's start then writes only its quiz."""
    base = tmp_path_factory.mktemp("synced")
    setup = Setup(base / "data", library, base, [])
    check = setup.run(str(DRIVER), *setup.driver_arguments("--check-resume"))
    assert check.returncode == 0, check.stdout + check.stderr
    return setup.data_dir


@pytest.fixture
def trial_setup(tmp_path: Path, library: Path) -> Iterator[Setup]:
    logs = tmp_path / "logs"
    logs.mkdir()
    setup = Setup(tmp_path / "data", library, logs, [])
    yield setup
    for app in setup.started:
        app.kill_hard()


# --- one trial ----------------------------------------------------------------------------------


@dataclass
class Seen:
    """What the driver said before it died."""

    attempt_id: str | None
    confirmed: list[str]  # question ids, in order
    finished: bool
    waiting: bool


def run_until_killed(setup: Setup, trial: Trial) -> tuple[Seen, int]:
    arguments = ["--bank", BANK_ID, "--finish"]
    arguments += [item for step in STEPS for item in ("--step", step)]
    if trial.kill_after_ms is not None:
        arguments += ["--kill-after-ms", str(trial.kill_after_ms)]
    extra = {KILL_AT_ENV: trial.kill_at} if trial.kill_at else {}
    app = setup.start(*arguments, environment=app_environment(**extra))
    lines = [line.split() for line in app.lines_until("waiting")]
    code = app.kill_hard()  # already dead, unless it reached the end of the quiz
    attempt = next((words[1] for words in lines if words[0] == "attempt"), None)
    seen = Seen(
        attempt_id=attempt,
        confirmed=[words[1] for words in lines if words[0] == "answered"],
        finished=["finished"] in lines,
        waiting=["waiting"] in lines,
    )
    return seen, code


def integrity(database: Path) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
    finally:
        connection.close()


def start_resume_check(setup: Setup) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), *setup.driver_arguments("--check-resume")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env=app_environment(),
    )


def stored_answers(attempt: dict[str, Any] | None) -> Counter[str]:
    return Counter(a["question"] for a in attempt["answers"]) if attempt else Counter()


def expected_resume_line(attempt: dict[str, Any] | None) -> str:
    if attempt is None or attempt["status"] == "finished":
        return "no-resume-dialog"
    answered = len(stored_answers(attempt))
    return f"resume-dialog {attempt['id']} {answered} {QUESTION_COUNT}"


@pytest.mark.parametrize("trial", TRIALS, ids=[trial.name for trial in TRIALS])
def test_a_killed_app_keeps_every_confirmed_answer_once(
    trial: Trial, trial_setup: Setup, synced_data: Path, record_property: RecordProperty
) -> None:
    if not trial.fresh:
        shutil.copytree(synced_data, trial_setup.data_dir)
    seen, code = run_until_killed(trial_setup, trial)

    if hasattr(signal, "SIGKILL"):
        assert code == -signal.SIGKILL, f"the driver exited {code}: see {trial_setup.logs}"
    if trial.kill_at is not None:
        assert not seen.waiting, f"{trial.kill_at} was never reached"
    assert integrity(trial_setup.data_dir / "quizapp.db") == ["ok"]

    resume = start_resume_check(trial_setup)
    try:
        attempts = {a["id"]: a for a in trial_setup.history()}
        out, err = resume.communicate(timeout=WAIT_SECONDS)
    finally:
        resume.kill()
    # The attempt is stored before the driver names it: a kill in between leaves it unnamed.
    assert len(attempts) <= 1
    attempt = next(iter(attempts.values()), None)
    assert seen.attempt_id is None or (attempt is not None and attempt["id"] == seen.attempt_id)
    stored = stored_answers(attempt)
    assert all(count == 1 for count in stored.values()), stored
    assert set(seen.confirmed) <= set(stored)
    assert attempt is None or {a["question"]: a["response"] for a in attempt["answers"]} == {
        question: RESPONSES[question] for question in stored
    }
    assert not seen.finished or (attempt is not None and attempt["status"] == "finished")
    assert resume.returncode == 0, out + err
    assert expected_resume_line(attempt) in out.splitlines(), out + err
    # For the figures in docs/reliability.md (pytest --junitxml).
    record_property("confirmed", len(seen.confirmed))
    record_property("stored", sum(stored.values()))


def test_the_trials_are_enough() -> None:
    assert len(TRIALS) >= 50
    assert len({trial.name for trial in TRIALS}) == len(TRIALS)


def test_restore_is_refused_while_the_app_runs_and_allowed_once_it_is_killed(
    trial_setup: Setup, synced_data: Path, tmp_path: Path
) -> None:
    shutil.copytree(synced_data, trial_setup.data_dir)
    app = trial_setup.start("--bank", BANK_ID, "--step", ANSWERS[0].step)
    app.expect("waiting")
    data = ["-m", "quizapp", "--data-dir", str(trial_setup.data_dir)]

    online = trial_setup.run(*data, "backup", str(tmp_path / "while-running.db"))
    refused = trial_setup.run(*data, "restore", str(tmp_path / "while-running.db"))
    app.kill_hard()
    restored = trial_setup.run(*data, "restore", str(tmp_path / "while-running.db"))

    assert online.returncode == 0, online.stderr
    assert refused.returncode == 2
    assert "QuizApp is running on the data folder" in refused.stderr
    assert restored.returncode == 0, restored.stderr
    (attempt,) = trial_setup.history()
    assert [a["question"] for a in attempt["answers"]] == [ANSWERS[0].question_id]
