"""Every bank the project ships or shows validates cleanly, and the examples show every key.

``questions/`` is what students get; ``docs/examples/`` is what teachers copy
(the teacher guide links it, and ``quizapp new`` builds on it). A warning is a
failure here too: an example should never teach something suspect.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from quizapp.bank.model import Feedback, Scoring
from quizapp.bank.question_types import QUESTION_TYPES
from quizapp.bank.validate import SETTINGS_KEYS, TOP_KEYS
from quizapp.bank.validate_questions import COMMON_KEYS
from quizapp.paths import default_library_dirs
from tests.content.helpers import (
    EXAMPLES,
    SHIPPED,
    SHIPPED_PAIR,
    bank_files,
    load,
    loaded,
)

TYPE_KEYS = {kind.name: kind.keys for kind in QUESTION_TYPES}
BANKS = [*bank_files(SHIPPED), *bank_files(EXAMPLES)]


@pytest.mark.parametrize("path", BANKS, ids=lambda p: str(p.relative_to(SHIPPED.parent)))
def test_the_bank_validates_without_errors_or_warnings(path: Path) -> None:
    result = load(path)
    assert [p.format(path.name) for p in result.problems] == []
    assert result.bank is not None


def test_the_shipped_and_example_banks_are_there() -> None:
    assert {p.name for p in bank_files(SHIPPED)} == set(SHIPPED_PAIR)
    assert len(bank_files(EXAMPLES)) == len(TYPE_KEYS)


def test_the_examples_are_not_in_the_students_library() -> None:
    class NoFolders:
        def value(self, key: str, default: Any = None) -> Any:
            return default

    (shipped,) = default_library_dirs(NoFolders())
    assert shipped.resolve() == SHIPPED.resolve()
    assert not EXAMPLES.resolve().is_relative_to(shipped.resolve())


def example_documents() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in bank_files(EXAMPLES):
        yield path.name, yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_examples_together_use_every_key_of_the_format() -> None:
    top, settings, common = set(), set(), set()
    by_type: dict[str, set[str]] = {kind: set() for kind in TYPE_KEYS}
    for _, document in example_documents():
        top |= set(document)
        settings |= set(document.get("settings", {}))
        for question in document["questions"]:
            common |= set(question) & set(COMMON_KEYS)
            by_type[question["type"]] |= set(question) - set(COMMON_KEYS)
    assert set(TOP_KEYS) - top == set()
    assert set(SETTINGS_KEYS) - settings == set()
    assert set(COMMON_KEYS) - common == set()
    assert {kind: set(keys) - by_type[kind] for kind, keys in TYPE_KEYS.items()} == {
        kind: set() for kind in TYPE_KEYS
    }


def test_the_examples_show_every_value_and_form_worth_showing() -> None:
    feedback, scoring, readings, pairs, time_limits = set(), set(), set(), set(), set()
    literal_braces = False
    for _, document in example_documents():
        settings = document.get("settings", {})
        feedback.add(settings.get("feedback", Feedback.AT_END.value))
        if "time_limit" in settings:
            time_limits.add(type(settings["time_limit"]).__name__)
        if "reading" in document:
            readings.add(type(document["reading"]).__name__)
        for question in document["questions"]:
            if "scoring" in question:
                scoring.add((question["type"], question["scoring"]))
            if "pairs" in question:
                pairs.add(type(question["pairs"]).__name__)
            literal_braces |= bool(re.search(r"\\\{\{", question.get("text", "")))
    assert feedback == {f.value for f in Feedback}
    assert {value for _, value in scoring} == {s.value for s in Scoring}
    assert {kind for kind, _ in scoring} == {"multiple_choice", "ordering"}
    assert readings == {"str", "dict"}  # written in the bank, and {file: ...}
    assert pairs == {"dict", "list"}
    assert time_limits == {"int", "str"}  # seconds, and a duration
    assert literal_braces


SENTENCE_END = re.compile(r"""[.!?]["'”*]*$""")


@pytest.mark.parametrize("name", SHIPPED_PAIR)
def test_each_source_is_a_whole_sentence_of_the_reading(name: str) -> None:
    """A quote cut out of a sentence may leave out the part that carries the answer."""
    bank = loaded(SHIPPED / name)
    assert bank.reading is not None
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", bank.reading)]
    for question in bank.questions:
        assert question.source is not None, f"{question.id} has no source"
        quote = " ".join(question.source.split())
        paragraph = next((p for p in paragraphs if quote in p), None)
        assert paragraph is not None, f"{question.id}: the quote crosses paragraphs"
        before = paragraph[: paragraph.index(quote)].rstrip(" ")
        assert before == "" or SENTENCE_END.search(before), f"{question.id}: starts mid-sentence"
        assert SENTENCE_END.search(quote), f"{question.id}: ends mid-sentence"
