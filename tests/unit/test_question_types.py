"""Every question type is registered whole: in the bank layer and in the quiz layer.

A new type is one ``QuestionType`` in quizapp/bank/question_types.py, one
presenter in quizapp/quiz/draw.py and one ``QuestionUi`` in
quizapp/ui/questions/registry.py (checked in tests/ui/test_question_type_registrations.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from quizapp.bank.model import QUESTION_CLASSES
from quizapp.bank.question_types import QUESTION_TYPES, TYPE_NAMES, QuestionType
from quizapp.bank.validate_questions import COMMON_KEYS
from quizapp.quiz.draw import PRESENTERS
from tests.unit.banks.helpers import load_text

EVERY_TYPE = (Path(__file__).parent / "banks" / "every_type.yaml").read_text(encoding="utf-8")


def registration_gaps(registered: Iterable[str]) -> list[str]:
    """What a layer's registrations lack or have beyond the bank's types, as sentences."""
    names = set(registered)
    missing = [f"{name}: not registered" for name in TYPE_NAMES if name not in names]
    unknown = [f"{name}: unknown to the bank" for name in sorted(names - set(TYPE_NAMES))]
    return missing + unknown


def test_registration_gaps_names_a_missing_type_and_one_the_bank_does_not_know() -> None:
    assert registration_gaps(TYPE_NAMES) == []
    assert registration_gaps([*TYPE_NAMES[1:], "essay"]) == [
        f"{TYPE_NAMES[0]}: not registered",
        "essay: unknown to the bank",
    ]


def test_every_model_class_is_registered_once_in_its_order() -> None:
    assert tuple(QUESTION_CLASSES) == TYPE_NAMES
    assert len(set(TYPE_NAMES)) == len(QUESTION_TYPES)
    assert all(kind.model is QUESTION_CLASSES[kind.name] for kind in QUESTION_TYPES)


@pytest.mark.parametrize("kind", QUESTION_TYPES, ids=TYPE_NAMES)
def test_every_part_of_a_bank_registration_is_set(kind: QuestionType[Any]) -> None:
    for part in dataclasses.fields(kind):
        value = getattr(kind, part.name)
        if part.name == "mistaken_answer_key":
            assert value in (None, "answer", "answers")
        elif isinstance(value, tuple):
            assert all(isinstance(key, str) and key for key in value), part.name
        else:
            assert callable(value), part.name
    assert kind.keys
    assert set(kind.required) <= set(COMMON_KEYS + kind.keys)
    assert set(kind.required_any) <= set(kind.keys)
    assert kind.mistaken_answer_key not in kind.keys


@pytest.mark.parametrize("kind", QUESTION_TYPES, ids=TYPE_NAMES)
def test_a_type_schema_describes_exactly_its_own_keys(kind: QuestionType[Any]) -> None:
    assert set(kind.schema()["properties"]) == set(kind.keys)


def test_the_every_type_bank_has_a_question_of_each_registered_type() -> None:
    bank = load_text(EVERY_TYPE).bank
    assert bank is not None
    assert registration_gaps(question.TYPE for question in bank.questions) == []


def test_the_quiz_layer_presents_every_registered_type_and_no_other() -> None:
    assert registration_gaps(PRESENTERS) == []
    assert all(callable(presenter) for presenter in PRESENTERS.values())
