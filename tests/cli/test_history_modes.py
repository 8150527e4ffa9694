"""`quizapp history --mode`: exams by default, each attempt's mode in the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import SCORED, data_dir, run, write

__all__ = ["data_dir"]


def test_history_lists_exams_unless_another_mode_is_asked(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.paths import resolve_database_url
    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun

    bank = write(tmp_path, "scored.yaml", SCORED)
    assert run("--data-dir", str(data_dir), "import", str(bank)) == 0
    clock = FakeClock()
    service = QuizService.open(resolve_database_url(None, data_dir), clock)
    profile = service.enter_profile("Ana").profile
    prepared = service.start_attempt(profile.id, "scored", seed=3)
    QuizRun(prepared, service.recorder(prepared.attempt_id)).finish()
    clock.advance(60)
    practice = service.start_practice(profile.id, "scored", seed=3)
    assert practice.next() is not None
    practice.submit("A")
    practice.stop()
    service.close()
    capsys.readouterr()

    assert run("--data-dir", str(data_dir), "history", "--json") == 0
    assert [a["mode"] for a in json.loads(capsys.readouterr().out)] == ["exam"]
    assert run("--data-dir", str(data_dir), "history", "--json", "--mode", "practice") == 0
    (practised,) = json.loads(capsys.readouterr().out)
    assert (practised["mode"], len(practised["answers"])) == ("practice", 1)
    assert run("--data-dir", str(data_dir), "history", "--json", "--mode", "all") == 0
    assert [a["mode"] for a in json.loads(capsys.readouterr().out)] == ["practice", "exam"]
