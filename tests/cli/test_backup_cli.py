"""``quizapp backup [FILE]`` and ``quizapp restore FILE``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.__main__ import main
from quizapp.service.instance import app_stopped
from tests.cli.test_cli import VALID, write


def run(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    bank = write(tmp_path / "banks", "planets.yaml", VALID)
    assert run("--data-dir", str(folder), "import", str(bank)) == 0
    return folder


def stored_banks(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert run("--data-dir", str(data_dir), "list", "--json") == 0
    return [bank["id"] for bank in json.loads(capsys.readouterr().out)]


def test_backup_goes_into_the_data_folder_and_says_where(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert run("--data-dir", str(data_dir), "backup") == 0
    (printed,) = capsys.readouterr().out.splitlines()
    assert Path(printed).parent == data_dir / "backups"
    assert Path(printed).is_file()


def test_restore_brings_back_what_the_backup_held(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    assert run("--data-dir", str(empty), "list") == 0  # a database without banks
    assert run("--data-dir", str(empty), "backup", str(tmp_path / "empty.db")) == 0
    assert run("--data-dir", str(data_dir), "backup", str(tmp_path / "full.db")) == 0

    assert run("--data-dir", str(data_dir), "restore", str(tmp_path / "empty.db")) == 0
    assert stored_banks(data_dir, capsys) == []
    assert run("--data-dir", str(data_dir), "restore", str(tmp_path / "full.db")) == 0
    assert stored_banks(data_dir, capsys) == ["planets"]


@pytest.mark.parametrize("content", [b"", b"not a database", b"SQLite format 3\x00" + b"\x00" * 84])
def test_restore_refuses_what_is_not_a_quizapp_database(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(content)
    capsys.readouterr()
    assert run("--data-dir", str(data_dir), "restore", str(other)) == 2
    err = capsys.readouterr().err
    assert err.startswith("quizapp: error: ")
    assert "Traceback" not in err
    assert stored_banks(data_dir, capsys) == ["planets"]


def test_restore_refuses_while_the_app_runs_on_the_data_folder(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--data-dir", str(data_dir), "backup", str(tmp_path / "b.db")) == 0
    capsys.readouterr()
    with app_stopped(data_dir):  # held as the running app holds it
        assert run("--data-dir", str(data_dir), "restore", str(tmp_path / "b.db")) == 2
    assert "QuizApp is running" in capsys.readouterr().err


def test_backup_before_any_database_says_there_is_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--data-dir", str(tmp_path / "new"), "backup") == 2
    assert "nothing to back up" in capsys.readouterr().err
