"""The JSON Schema an editor uses agrees with the validator on valid and broken banks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from quizapp.bank.loader import find_bank_files, load_bank, load_bank_bytes
from quizapp.bank.schema import JSON_SCHEMA_DIALECT, json_schema
from tests.unit.banks.helpers import SINGLE, with_questions

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[2]
EVERY_TYPE = (Path(__file__).parent / "banks" / "every_type.yaml").read_text(encoding="utf-8")
SHIPPED = find_bank_files(ROOT / "questions")


def schema_errors(text: str) -> list[str]:
    """What an editor's YAML language server would flag: it reads YAML 1.1-style."""
    validator = jsonschema.Draft202012Validator(json_schema())
    return [error.message for error in validator.iter_errors(yaml.safe_load(text))]


def test_the_schema_is_a_valid_draft_2020_12_schema_and_plain_json() -> None:
    schema = json_schema()
    assert schema["$schema"] == JSON_SCHEMA_DIALECT
    jsonschema.Draft202012Validator.check_schema(schema)
    assert json.loads(json.dumps(schema)) == schema


@pytest.mark.parametrize(
    "text",
    [
        EVERY_TYPE,
        with_questions(SINGLE),
        # Editors read 2012 as a number and no as a boolean: text keys accept both.
        with_questions(
            "id: 2012\ntype: single_choice\nprompt: When?\nchoices: [2010, 2012, no]\nanswer: 2012"
        ),
        with_questions("id: m\ntype: matching\nprompt: Match\npairs: [[a, 1], [b, 2]]"),
        with_questions("id: s\ntype: short_answer\nprompt: Say\nanswer: yes"),
        with_questions(SINGLE) + "settings: {time_limit: 1h 30m, question_time_limit: 45}\n",
        with_questions(SINGLE) + "reading: {file: notes.md}\n",
        with_questions(SINGLE + "image: sun.png\nimage_alt: The Sun")
        + "settings: {review: after_last_attempt, max_attempts: 2, reading_during_quiz: true}\n",
        with_questions(SINGLE) + "settings: {feedback: never, review: points}\n",
    ],
)
def test_valid_banks_pass_the_schema(text: str) -> None:
    assert schema_errors(text) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_shipped_banks_pass_the_schema_and_the_validator(path: Path) -> None:
    assert schema_errors(path.read_text(encoding="utf-8")) == []
    assert load_bank(path).problems == ()


BROKEN: list[tuple[str, str]] = [
    ("unknown top-level key", with_questions(SINGLE) + "titel: x\n"),
    ("missing title", with_questions(SINGLE).replace("title: Solar system\n", "")),
    ("other format", with_questions(SINGLE).replace("quizapp/1", "quizapp/2")),
    ("id not a slug", with_questions(SINGLE).replace("id: solar", "id: Solar System")),
    ("no questions", "format: quizapp/1\nid: s\ntitle: t\nquestions: []\n"),
    ("unknown type", with_questions(SINGLE.replace("single_choice", "single-choice"))),
    ("key of another type", with_questions(SINGLE + "tolerance: 1")),
    ("missing answer", with_questions(SINGLE.replace("answer: Earth\n", ""))),
    ("answer and answers", with_questions(SINGLE + "answers: [Earth]")),
    ("one choice", with_questions(SINGLE.replace("[Venus, Earth, Mars]", "[Earth]"))),
    ("duplicate choices", with_questions(SINGLE.replace("Venus", "Earth"))),
    ("points zero", with_questions(SINGLE + "points: 0")),
    ("points as text", with_questions(SINGLE + 'points: "2"')),
    ("bad difficulty", with_questions(SINGLE + "difficulty: extreme")),
    ("bad duration", with_questions(SINGLE + "time_limit: 10 minutes")),
    ("zero seconds", with_questions(SINGLE + "time_limit: 0")),
    ("true_false quoted", with_questions("id: t\ntype: true_false\nprompt: p\nanswer: 'true'")),
    ("cloze without blanks", with_questions("id: c\ntype: cloze\ntext: no blanks")),
    ("matching one pair", with_questions("id: m\ntype: matching\nprompt: p\npairs: {a: b}")),
    ("draw zero", with_questions(SINGLE) + "settings: {draw: 0}\n"),
    ("pass mark over 100", with_questions(SINGLE) + "settings: {pass_mark: 101}\n"),
    ("unknown setting", with_questions(SINGLE) + "settings: {time_limt: 10m}\n"),
    ("unknown review", with_questions(SINGLE) + "settings: {review: answers}\n"),
    (
        "after_last_attempt without max_attempts",
        with_questions(SINGLE) + "settings: {review: after_last_attempt}\n",
    ),
    (
        "reading_during_quiz quoted",
        with_questions(SINGLE) + "settings: {reading_during_quiz: 'true'}\n",
    ),
    ("empty image_alt", with_questions(SINGLE + "image_alt: ''")),
    ("reading file with extra key", with_questions(SINGLE) + "reading: {file: a.md, b: c}\n"),
]


@pytest.mark.parametrize("text", [text for _, text in BROKEN], ids=[name for name, _ in BROKEN])
def test_broken_banks_fail_the_schema_and_the_validator(text: str) -> None:
    assert schema_errors(text) != []
    assert load_bank_bytes(text.encode(), base_dir=None).bank is None


def test_each_type_adds_its_own_question_keys() -> None:
    schema: dict[str, Any] = json_schema()
    question = schema["$defs"]["question"]
    types = [rule["if"]["properties"]["type"]["const"] for rule in question["allOf"]]
    assert types == question["properties"]["type"]["enum"]
    assert question["unevaluatedProperties"] is False
