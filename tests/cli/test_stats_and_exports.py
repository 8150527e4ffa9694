"""`quizapp stats` and `quizapp history --csv`: what a teacher reads, what a spreadsheet gets."""

from __future__ import annotations

import csv
import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.__main__ import main
from quizapp.paths import resolve_database_url
from quizapp.quiz.clock import FakeClock
from quizapp.store.db import open_database
from tests.service.test_statistics import QUESTIONS, play
from tests.store.helpers import bank_yaml, write_bank

ATTEMPT_HEADER = (
    "attempt_id,profile,bank,started_at,finished_at,status,end_reason,score,possible,percent,passed"
)
ANSWER_HEADER = "attempt_id,profile,bank,question,response,points,possible,shown_at,answered_at"


def run(data_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(data_dir), *argv])


@pytest.fixture
def utc_plus_7(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def data_dir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Ana 0 of 2 then 2 of 2, Budi 1 of 2 (q2 unanswered), "=Evil" 1 of 2; from 5 January."""
    data = tmp_path / "data"
    bank = write_bank(tmp_path / "banks" / "solar.yaml", bank_yaml("solar", QUESTIONS))
    assert run(data, "import", str(bank)) == 0
    engine = open_database(resolve_database_url(None, data))
    clock = FakeClock()  # 2026-01-05 09:00 UTC; each attempt starts an hour after the last
    play(engine, clock, "Ana", {"q1": ["wrong"], "q2": ["wrong"]})
    play(engine, clock, "Budi", {"q1": ["wrong", "right"]})
    play(engine, clock, "Ana", {"q1": ["right"], "q2": ["right"]})
    clock.advance(24 * 3600)
    play(engine, clock, "=Evil", {"q1": ["@SUM(A1)"], "q2": ["right"]})
    engine.dispose()
    capsys.readouterr()
    return data


def csv_rows(out: str) -> list[list[str]]:
    assert out.startswith("\ufeff")
    return list(csv.reader(io.StringIO(out.removeprefix("\ufeff"), newline="")))


# --- stats -------------------------------------------------------------------------------


def test_stats_json_is_the_documented_object(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "stats", "solar", "--json") == 0
    stats = json.loads(capsys.readouterr().out)

    assert list(stats) == [
        "bank",
        "attempts",
        "mean",
        "median",
        "standard_deviation",
        "skewness",
        "kurtosis",
        "cronbach_alpha",
        "error_ratio",
        "standard_error",
        "questions",
    ]
    # First attempts: Ana 0%, Budi 50%, =Evil 50%.
    assert (stats["bank"], stats["attempts"], stats["median"]) == ("solar", 3, 50)
    assert stats["mean"] == pytest.approx(33.3333)
    assert stats["kurtosis"] is None  # three attempts are too few
    q1, q2 = stats["questions"]
    assert q1 == {
        "id": "q1",
        "attempts": 3,
        "facility_index": pytest.approx(33.3333),
        "standard_deviation": pytest.approx(57.735),
        "discrimination_index": pytest.approx(-50),
        "discriminative_efficiency": pytest.approx(-50),
        "mean_time_s": 10,
        "common_wrong_answers": [
            {"response": "@SUM(A1)", "count": 1},
            {"response": "wrong", "count": 1},
        ],
    }
    assert q2["facility_index"] == pytest.approx(33.3333)


def test_stats_all_attempts(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "stats", "solar", "--all-attempts", "--json") == 0
    assert json.loads(capsys.readouterr().out)["attempts"] == 4


def test_stats_text_for_a_teacher(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "stats", "solar") == 0
    lines = capsys.readouterr().out.splitlines()

    assert lines[0] == "solar\tBank solar"
    assert lines[1] == "Attempts: 3 (each profile's first finished attempt)"
    assert lines[2] == "Mean: 33.3%\tMedian: 50%\tStandard deviation: 28.9%"
    assert lines[3] == "Skewness: -1.73\tKurtosis: —"
    q1 = lines[6].split("\t")
    assert q1[:7] == [
        "q1",
        "3 attempts",
        "facility 33.3%",
        "SD 57.7%",
        "discrimination -50%",
        "efficiency -50%",
        "mean time 10 s",
    ]
    assert q1[7] == "wrong: @SUM(A1) (1), wrong (1)"
    assert q1[8].startswith("! negative discrimination (-50%)")


def test_stats_of_an_unknown_bank_exits_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "stats", "no-such-bank") == 2
    captured = capsys.readouterr()
    assert captured.err == "quizapp: error: no bank 'no-such-bank' is stored\n"
    assert captured.out == ""


def test_stats_of_a_bank_without_attempts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = write_bank(tmp_path / "moon.yaml", bank_yaml("moon"))
    assert run(tmp_path / "data", "import", str(bank)) == 0
    capsys.readouterr()

    assert run(tmp_path / "data", "stats", "moon") == 0
    captured = capsys.readouterr()
    assert "Attempts: 0" in captured.out
    assert captured.err == "No finished attempts at this bank yet.\n"


# --- history exports ---------------------------------------------------------------------


@pytest.mark.usefixtures("utc_plus_7")
def test_history_csv_one_row_per_attempt(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "history", "--csv", "--profile", "budi") == 0
    out = capsys.readouterr().out

    assert out.startswith("\ufeff" + ATTEMPT_HEADER + "\r\n")
    header, budi = csv_rows(out)
    assert dict(zip(header, budi, strict=True)) == {
        "attempt_id": "Budi-2026-01-05T10:00:20+00:00",
        "profile": "Budi",
        "bank": "solar",
        "started_at": "2026-01-05T17:00:20.000+07:00",
        "finished_at": "2026-01-05T17:00:40.000+07:00",
        "status": "finished",
        "end_reason": "submitted",
        "score": "1",
        "possible": "2",
        "percent": "50",
        "passed": "false",
    }


@pytest.mark.usefixtures("utc_plus_7")
def test_history_csv_answers_and_formula_cells(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "history", "--csv", "--answers", "--since", "2026-01-06") == 0
    out = capsys.readouterr().out

    assert out.startswith("\ufeff" + ANSWER_HEADER + "\r\n")
    _, q1, q2 = csv_rows(out)
    assert q1[1:5] == ["'=Evil", "solar", "q1", "'@SUM(A1)"]
    assert q1[5:] == ["0", "1", "2026-01-06T19:01:00.000+07:00", "2026-01-06T19:01:10.000+07:00"]
    assert q2[4] == "right"


@pytest.mark.parametrize(
    ("since", "until", "count"),
    [
        ("2026-01-05", "2026-01-05", 3),
        ("2026-01-06", None, 1),
        (None, "2026-01-04", 0),
        ("2026-01-05", "2026-01-06", 4),
    ],
)
def test_history_json_and_text_are_filtered_by_date(
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    since: str | None,
    until: str | None,
    count: int,
) -> None:
    dates = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    assert run(data_dir, "history", "--json", *dates) == 0
    assert len(json.loads(capsys.readouterr().out)) == count
    assert run(data_dir, "history", *dates) == 0
    assert len(capsys.readouterr().out.splitlines()) == count


def test_a_date_filter_that_matches_nothing_says_so(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, "history", "--csv", "--since", "2030-01-01") == 0
    captured = capsys.readouterr()
    assert captured.out == "\ufeff" + ATTEMPT_HEADER + "\r\n"
    assert captured.err == "No attempts match.\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["--csv", "--json"],
        ["--since", "2026-13-01"],
        ["--until", "yesterday"],
        ["--answers"],
        ["--answers", "--json"],
        ["-o", "out.csv"],
    ],
)
def test_usage_errors_exit_2(
    data_dir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    try:
        code = run(data_dir, "history", *argv)
    except SystemExit as exit_:  # argparse's own usage errors
        code = int(str(exit_.code))
    captured = capsys.readouterr()
    assert code == 2
    assert "error:" in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_output_file_is_written_whole(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.csv"

    assert run(data_dir, "history", "--csv", "-o", str(target)) == 0

    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff" + ATTEMPT_HEADER)
    assert len(csv_rows(text)) == 5
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_json_file(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "export.json"
    assert run(data_dir, "history", "--json", "--output", str(target)) == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 4


@pytest.mark.parametrize("where", ["missing/export.csv", "."])
def test_an_unwritable_output_is_a_clear_message_and_no_file(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    target = tmp_path / where
    before = sorted(p.name for p in tmp_path.iterdir())

    assert run(data_dir, "history", "--csv", "-o", str(target)) == 2

    err = capsys.readouterr().err
    assert err.startswith(f"quizapp: error: cannot write {target}: ")
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
