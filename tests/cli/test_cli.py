"""The command line as a teacher uses it: output lines, summaries and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.__main__ import main

ROOT = Path(__file__).resolve().parents[2]

VALID = """\
format: quizapp/1
id: planets
title: Planets
questions:
  - id: largest
    type: single_choice
    prompt: Which planet is the largest?
    choices: [Venus, Earth, Jupiter]
    answer: Jupiter
"""

INVALID = """\
format: quizapp/1
id: planets-broken
title: Planets
questions:
  - id: largest
    type: single_choice
    prompt: Which planet is the largest?
    choices: [Venus, Earth, Jupiter]
    answer: Mars
"""


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*argv: str) -> int:
    return main(list(argv))


def test_validate_valid_file_exits_0_and_prints_no_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write(tmp_path, "planets.yaml", VALID)
    assert run("validate", str(bank)) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "1 file checked, 0 with problems" in err


def test_validate_prints_path_as_given_with_line_and_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "banks", "broken.yaml", INVALID)
    monkeypatch.chdir(tmp_path)
    assert run("validate", "banks/broken.yaml") == 1
    out, err = capsys.readouterr()
    line = out.strip()
    assert line.startswith("banks/broken.yaml:9:13: error: ")
    assert '"Mars"' in line
    assert "Jupiter" in line
    assert "1 file checked, 1 with problems" in err


def test_unreadable_path_exits_2_even_with_invalid_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write(tmp_path, "broken.yaml", INVALID)
    assert run("validate", str(broken), str(tmp_path / "missing.yaml")) == 2
    out, err = capsys.readouterr()
    assert "missing.yaml" in err
    assert "broken.yaml:9:13" in out


def test_folders_expand_in_sorted_order_skipping_hidden(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "lib", "b.yaml", INVALID.replace("planets-broken", "bee"))
    write(tmp_path / "lib", "a.YML", INVALID.replace("planets-broken", "ay"))
    write(tmp_path / "lib" / ".hidden", "c.yaml", INVALID.replace("planets-broken", "sea"))
    assert run("validate", str(tmp_path / "lib")) == 1
    out, err = capsys.readouterr()
    files = [line.split(":")[0] for line in out.splitlines()]
    assert [Path(f).name for f in files] == ["a.YML", "b.yaml"]
    assert "2 files checked, 2 with problems" in err


def test_same_bank_id_in_two_files_is_an_error_on_the_later_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write(tmp_path, "one.yaml", VALID)
    second = write(tmp_path, "two.yaml", VALID)
    assert run("validate", str(first), str(second)) == 1
    out, _ = capsys.readouterr()
    assert out.startswith(f"{second}:")
    assert "one.yaml" in out


def test_shipped_banks_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("validate", str(ROOT / "questions")) == 0
    out, err = capsys.readouterr()
    assert " error: " not in out
    assert "2 files checked" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("validate")
    assert exit_info.value.code == 2


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_info:
        run("--version")
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"quizapp {version('quizapp')}\n"
    assert version("quizapp") == "0.1.0"


def test_history_help_explains_profile_and_bank(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("history", "--help")
    assert exit_info.value.code == 0
    # argparse wraps help to the terminal's width: compare the words, not the lines.
    out = " ".join(capsys.readouterr().out.split())
    assert "--profile NAME only this profile's attempts (its name as typed in the app" in out
    assert "--bank ID only the attempts at this bank (its id, as 'list' shows it)" in out


def test_import_then_list_then_reimport_unchanged(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write(tmp_path / "banks", "planets.yaml", VALID)
    assert run("--data-dir", str(data_dir), "import", str(bank)) == 0
    assert "1 imported" in capsys.readouterr().err

    assert run("--data-dir", str(data_dir), "list") == 0
    out, _ = capsys.readouterr()
    assert out.startswith("planets\tPlanets\t")

    assert run("--data-dir", str(data_dir), "import", str(bank)) == 0
    assert "1 unchanged" in capsys.readouterr().err


def test_failed_import_changes_nothing(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write(tmp_path / "banks", "planets.yaml", VALID)
    assert run("--data-dir", str(data_dir), "import", str(bank)) == 0
    bank.write_text(VALID.replace("title: Planets", "title: Renamed") + "  - oops\n")
    assert run("--data-dir", str(data_dir), "import", str(bank)) == 1
    capsys.readouterr()
    assert run("--data-dir", str(data_dir), "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["title"] == "Planets"
    assert row["questions"] == 1


def test_list_json_has_the_documented_fields(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write(tmp_path / "banks", "planets.yaml", VALID)
    run("--data-dir", str(data_dir), "import", str(bank))
    capsys.readouterr()
    assert run("--data-dir", str(data_dir), "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == "planets"
    assert row["language"] == "en"
    assert row["questions"] == 1
    assert Path(row["path"]) == bank.resolve()


def test_data_dir_option_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write(tmp_path / "banks", "planets.yaml", VALID)
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(tmp_path / "from-env"))
    assert run("--data-dir", str(tmp_path / "from-option"), "import", str(bank)) == 0
    assert (tmp_path / "from-option" / "quizapp.db").exists()
    assert not (tmp_path / "from-env").exists()


def test_environment_sets_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write(tmp_path / "banks", "planets.yaml", VALID)
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(tmp_path / "from-env" / "nested"))
    assert run("import", str(bank)) == 0
    assert (tmp_path / "from-env" / "nested" / "quizapp.db").exists()


def test_history_json_is_empty_list_without_attempts(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--data-dir", str(data_dir), "history", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_schema_is_draft_2020_12(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("schema") == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "questions" in schema["required"]


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    bank = write(tmp_path, "broken.yaml", INVALID)
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(bank)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "broken.yaml:9:13: error:" in result.stdout
    assert "Traceback" not in result.stderr


SCORED = """\
format: quizapp/1
id: scored
title: Scored
settings:
  shuffle_questions: false
questions:
  - id: big
    type: single_choice
    prompt: Pick A.
    choices: [A, B]
    answer: A
    points: 19
  - id: partial
    type: multiple_choice
    prompt: Pick the vowels.
    choices: [a, e, i, k]
    answers: [a, e, i]
    scoring: partial
  - id: missed
    type: single_choice
    prompt: Pick B.
    choices: [A, B]
    answer: B
    points: 3
"""


def test_history_shows_scores_as_every_view_does(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.paths import resolve_database_url
    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun

    bank = write(tmp_path, "scored.yaml", SCORED)
    assert run("--data-dir", str(data_dir), "import", str(bank)) == 0
    service = QuizService.open(resolve_database_url(None, data_dir), FakeClock())
    profile = service.enter_profile("Ana").profile
    prepared = service.start_attempt(profile.id, "scored", seed=3)
    quiz = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for response in ("A", ["a", "e"], "A"):  # 19 + 2/3 + 0 of 23
        quiz.submit(response)
        if quiz.session.index < 2:
            quiz.next()
    quiz.finish()
    service.close()
    capsys.readouterr()

    assert run("--data-dir", str(data_dir), "history") == 0
    (line,) = capsys.readouterr().out.splitlines()
    fields = line.split("\t")
    assert fields[4] == "19.67 / 23 · 85.5%"
    assert fields[5] == "3 answers"

    assert run("--data-dir", str(data_dir), "history", "--json") == 0
    (attempt,) = json.loads(capsys.readouterr().out)
    assert (attempt["score"], attempt["possible"]) == (19.6667, 23)
    assert [answer["points"] for answer in attempt["answers"]] == [19, 0.6667, 0]


TIMED_LAST = """\
format: quizapp/1
id: timed-last
title: Timed
settings:
  shuffle_questions: false
questions:
  - id: first
    type: single_choice
    prompt: Pick A.
    choices: [A, B]
    answer: A
  - id: last
    type: single_choice
    prompt: Pick B.
    choices: [A, B]
    answer: B
    time_limit: 30
"""


def test_history_tells_the_last_questions_time_from_the_quizs_own(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.paths import resolve_database_url
    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun

    bank = write(tmp_path, "timed.yaml", TIMED_LAST)
    assert run("--data-dir", str(data_dir), "import", str(bank)) == 0
    clock = FakeClock()
    service = QuizService.open(resolve_database_url(None, data_dir), clock)
    profile = service.enter_profile("Ana").profile
    prepared = service.start_attempt(profile.id, "timed-last", seed=3)
    quiz = QuizRun(prepared, service.recorder(prepared.attempt_id))
    quiz.submit("A")
    quiz.next()
    clock.advance(31)  # only the last question's own time runs out
    assert quiz.tick("B") is not None
    service.close()
    capsys.readouterr()

    assert run("--data-dir", str(data_dir), "history", "--json") == 0
    (attempt,) = json.loads(capsys.readouterr().out)
    assert (attempt["status"], attempt["end_reason"]) == ("finished", "question_time_up")
    assert run("--data-dir", str(data_dir), "history") == 0
    assert "(question_time_up)" in capsys.readouterr().out


def test_counts_in_command_line_texts_agree_with_their_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write(tmp_path, "planets.yaml", VALID)
    assert run("validate", str(bank)) == 0
    assert capsys.readouterr().err.strip() == "1 file checked, 0 with problems"
    assert run("--data-dir", str(tmp_path / "data"), "import", str(bank)) == 0
    capsys.readouterr()
    assert run("--data-dir", str(tmp_path / "data"), "list") == 0
    assert "\t1 question\t" in capsys.readouterr().out


def test_due_lists_each_studied_bank_for_the_profile(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.paths import resolve_database_url
    from quizapp.quiz.clock import SystemClock
    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun

    bank = write(tmp_path, "scored.yaml", SCORED)
    assert run("--data-dir", str(data_dir), "import", str(bank)) == 0
    service = QuizService.open(resolve_database_url(None, data_dir), SystemClock())
    ana = service.enter_profile("Ana").profile
    service.enter_profile("Budi")
    prepared = service.start_attempt(ana.id, "scored", seed=3)
    QuizRun(prepared, service.recorder(prepared.attempt_id)).submit("B")  # wrong: due again
    service.close()
    capsys.readouterr()

    assert run("--data-dir", str(data_dir), "due", "--profile", "ana", "--json") == 0
    assert json.loads(capsys.readouterr().out) == [
        {"bank": "scored", "due": 1, "cards": 1, "mastery": 0.0}
    ]
    assert run("--data-dir", str(data_dir), "due", "--profile", "Budi", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []

    assert run("--data-dir", str(data_dir), "due") == 2  # two profiles: whose?
    assert "--profile" in capsys.readouterr().err
    assert run("--data-dir", str(data_dir), "due", "--profile", "Nobody") == 2
    assert "Nobody" in capsys.readouterr().err
