"""``quizapp new``: a template bank that validates, points at the shipped schema, and
never replaces a file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from quizapp.__main__ import main
from quizapp.bank.loader import load_bank
from quizapp.bank.question_types import TYPE_NAMES
from quizapp.bank.template import BODY_FILE, SCHEMA_FILE, body_from_examples

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str) -> int:
    try:
        return main(list(argv))
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_new_writes_id_yaml_that_validates(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("new", "chemistry-1") == 0
    path = in_tmp / "chemistry-1.yaml"
    assert capsys.readouterr().out.strip() == "chemistry-1.yaml"
    assert run("validate", str(path)) == 0
    bank = load_bank(path).bank
    assert bank is not None
    assert (bank.id, bank.title, bank.language) == ("chemistry-1", "Chemistry 1", "en")
    assert sorted(q.TYPE for q in bank.questions) == sorted(TYPE_NAMES)
    assert [p.name for p in in_tmp.iterdir()] == ["chemistry-1.yaml"]  # no temporary file left


def test_first_line_points_at_the_shipped_schema(in_tmp: Path) -> None:
    assert run("new", "b") == 0
    first = (in_tmp / "b.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_FILE.resolve().as_uri()}"
    assert SCHEMA_FILE.is_file()


def test_the_shipped_schema_is_what_quizapp_schema_prints(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run("schema") == 0
    assert SCHEMA_FILE.read_text(encoding="utf-8") == capsys.readouterr().out


def test_the_template_is_cut_from_the_example_banks() -> None:
    # scripts/update_bank_template.py writes it; run it after changing docs/examples/.
    body = body_from_examples(ROOT / "docs" / "examples")
    assert BODY_FILE.read_text(encoding="utf-8") == body


def test_the_template_checks_against_the_schema(in_tmp: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    assert run("new", "b") == 0
    data = yaml.safe_load((in_tmp / "b.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_language_and_output(in_tmp: Path) -> None:
    assert run("new", "soal-ipa", "--language", "id", "-o", "banks/ipa.yaml") != 0  # no folder
    (in_tmp / "banks").mkdir()
    assert run("new", "soal-ipa", "--language", "id", "-o", "banks/ipa.yaml") == 0
    bank = load_bank(in_tmp / "banks" / "ipa.yaml").bank
    assert bank is not None
    assert (bank.id, bank.language) == ("soal-ipa", "id")


def test_an_existing_file_is_never_replaced(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "mine.yaml").write_text("my work\n", encoding="utf-8")
    assert run("new", "mine") == 2
    assert "mine.yaml already exists" in capsys.readouterr().err
    assert (in_tmp / "mine.yaml").read_text(encoding="utf-8") == "my work\n"
    assert sorted(os.listdir(in_tmp)) == ["mine.yaml"]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ("new", "My Bank"),
            "not a valid bank id: 'My Bank'; use lower-case letters, digits and "
            "'-' (for example \"my-bank\")",
        ),
        (("new", "ok", "--language", "english!"), "not a language tag: 'english!'"),
    ],
)
def test_a_bad_id_or_language_is_a_usage_error(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], said: str
) -> None:
    assert run(*argv) == 2
    assert said in capsys.readouterr().err
    assert os.listdir(in_tmp) == []
