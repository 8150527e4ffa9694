"""What the CLI prints is safe for a terminal, and a closed pipe ends it quietly.

Control characters in paths, titles and messages come out as ``\\xNN`` (the
spec's Output rule), so no file name or title can forge a
``PATH:LINE:COL: error:`` line or send terminal codes; JSON stays JSON.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.__main__ import main
from quizapp.cli import EXIT_BROKEN_PIPE, terminal_text

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline

BANK = """\
format: quizapp/1
id: {id}
title: {title}
questions:
  - id: largest
    type: single_choice
    prompt: Which planet is the largest?
    choices: [Venus, Earth, Jupiter]
    answer: {answer}
"""


def bank_text(*, title: str = "Planets", answer: str = "Jupiter", id: str = "planets") -> str:
    return BANK.format(title=title, answer=answer, id=id)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain", "plain"),
        ("a\nb", "a\\x0ab"),
        ("\x1b[31mred", "\\x1b[31mred"),
        ("tab\there", "tab\\x09here"),
        ("del\x7f and csi\x9b", "del\\x7f and csi\\x9b"),
        ("caf\udce9", "caf\\xe9"),  # a file name byte that is not UTF-8
        ("Jupiter ü 木星", "Jupiter ü 木星"),
    ],
    ids=["plain", "newline", "escape", "tab", "del-and-c1", "not-utf8", "unicode"],
)
def test_terminal_text_escapes_control_characters_as_xNN(text: str, shown: str) -> None:
    assert terminal_text(text) == shown


def test_a_file_name_cannot_forge_a_problem_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "x.yaml\nforged.yaml:1:1: error: \x1b[2Jyou have been hacked"
    (tmp_path / name).write_text(bank_text(answer="Mars"), encoding="utf-8")

    assert main(["validate", str(tmp_path / name)]) == 1

    out, err = capsys.readouterr()
    [line] = out.splitlines()
    assert line.startswith(f"{tmp_path}/x.yaml\\x0aforged.yaml:1:1: error: \\x1b[2J")
    assert ":9:13: error:" in line
    assert not RAW_CONTROL.search(out + err)


def test_an_unreadable_path_is_escaped_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "gone\n\x1b]0;title\x07.yaml")]) == 2
    _, err = capsys.readouterr()
    assert "gone\\x0a\\x1b]0;title\\x07.yaml" in err
    assert not RAW_CONTROL.search(err)
    assert len(err.splitlines()) == 2  # the error and the summary


def test_a_file_name_that_is_not_utf8_is_printed_as_its_bytes(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(folder + b"/caf\xe9.yaml", "w", encoding="utf-8") as file:
        file.write(bank_text(answer="Mars"))
    result = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", os.fsdecode(folder + b"/caf\xe9.yaml")],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.startswith(folder + b"/caf\\xe9.yaml:9:13: error:")
    assert b"Traceback" not in result.stderr


def test_titles_in_list_and_list_json_send_no_terminal_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "banks" / "planets.yaml"
    bank.parent.mkdir()
    # YAML escapes: ESC, a newline, a C1 control (CSI) and DEL in the title.
    bank.write_text(bank_text(title='"Pla\\enets\\nfake\\tline\\x9b\\x7f"'), encoding="utf-8")
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "import", str(bank)]) == 0
    capsys.readouterr()

    assert main([*data, "list"]) == 0
    out, _ = capsys.readouterr()
    [line] = out.splitlines()
    assert line.split("\t")[:2] == ["planets", "Pla\\x1bnets\\x0afake\\x09line\\x9b\\x7f"]

    assert main([*data, "list", "--json"]) == 0
    out, _ = capsys.readouterr()
    assert not RAW_CONTROL.search(out)
    assert json.loads(out)[0]["title"] == "Pla\x1bnets\nfake\tline\x9b\x7f"


def test_a_usage_error_is_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["list", "--json", "--\x1b[2J"])
    assert exit_info.value.code == 2
    _, err = capsys.readouterr()
    assert "\\x1b[2J" in err
    assert not RAW_CONTROL.search(err)


# --- a reader that goes away ----------------------------------------------------------------


def _run_into_closed_pipe(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run ``quizapp ARGV`` with its stdout a pipe nobody reads any more (as `| head` leaves it)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "quizapp", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize("command", [["schema"], ["list", "--json"], ["history", "--json"]])
def test_a_closed_pipe_ends_the_command_quietly_with_141(
    command: list[str], tmp_path: Path
) -> None:
    result = _run_into_closed_pipe("--data-dir", str(tmp_path / "data"), *command)
    assert result.stderr == ""
    assert result.returncode == EXIT_BROKEN_PIPE
