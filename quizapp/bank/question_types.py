"""The question types, each registered once with everything the bank layer needs of it.

A :class:`QuestionType` ties a type's name to its model class, its own keys,
its reader, its part of the JSON Schema, its grading rule, its right answer
and its text. The validator, the schema and grading find a type only here, so
a new type is its model class (:mod:`quizapp.bank.model`), its four functions
(:mod:`~quizapp.bank.type_readers`, :mod:`~quizapp.bank.type_schemas`,
:mod:`~quizapp.bank.type_grading`) and one entry in ``QUESTION_TYPES``. The
quiz layer (:mod:`quizapp.quiz.draw`) and the UI
(:mod:`quizapp.ui.questions.registry`) have one registration per type of
their own; a test holds all three to the same types.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Any, Generic, TypeVar

from quizapp.bank import type_grading, type_readers, type_schemas
from quizapp.bank.model import (
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.bank.type_grading import Response
from quizapp.bank.type_readers import TypeReader

Q = TypeVar("Q", bound=Question)


@dataclass(frozen=True, kw_only=True)
class QuestionType(Generic[Q]):
    model: type[Q]
    keys: tuple[str, ...]  # its own keys, in the order messages list them
    required: tuple[str, ...]  # keys it cannot do without, "id" and "type" aside
    required_any: tuple[str, ...]  # one of these is needed too (reported missing: the first)
    # The other spelling of the answer key, refused with its own message:
    # "answers" on a type with one right answer, "answer" on multiple_choice.
    mistaken_answer_key: str | None
    read: TypeReader  # a question's entries -> the model's own fields, or None
    schema: Callable[[], dict[str, Any]]  # the keys the type adds, as a JSON Schema
    score: Callable[[Q, Response], Fraction]  # the fraction of the points earned
    correct_response: Callable[[Q], Response]
    format_response: Callable[[Q, Response, str], str]  # (question, response, language)

    @property
    def name(self) -> str:
        return self.model.TYPE


QUESTION_TYPES: tuple[QuestionType[Any], ...] = (
    QuestionType[SingleChoice](
        model=SingleChoice,
        keys=("choices", "answer"),
        required=("prompt", "choices", "answer"),
        required_any=(),
        mistaken_answer_key="answers",
        read=type_readers.read_single_choice,
        schema=type_schemas.single_choice_schema,
        score=type_grading.score_single_choice,
        correct_response=type_grading.the_answer,
        format_response=type_grading.text_as_given,
    ),
    QuestionType[MultipleChoice](
        model=MultipleChoice,
        keys=("choices", "answers", "scoring"),
        required=("prompt", "choices", "answers"),
        required_any=(),
        mistaken_answer_key="answer",
        read=type_readers.read_multiple_choice,
        schema=type_schemas.multiple_choice_schema,
        score=type_grading.score_multiple_choice,
        correct_response=type_grading.the_answers,
        format_response=type_grading.choices_text,
    ),
    QuestionType[TrueFalse](
        model=TrueFalse,
        keys=("answer",),
        required=("prompt", "answer"),
        required_any=(),
        mistaken_answer_key="answers",
        read=type_readers.read_true_false,
        schema=type_schemas.true_false_schema,
        score=type_grading.score_true_false,
        correct_response=type_grading.the_answer,
        format_response=type_grading.true_false_text,
    ),
    QuestionType[ShortAnswer](
        model=ShortAnswer,
        keys=("answers", "answer", "case_sensitive"),
        required=("prompt",),
        required_any=("answers", "answer"),
        mistaken_answer_key=None,
        read=type_readers.read_short_answer,
        schema=type_schemas.short_answer_schema,
        score=type_grading.score_short_answer,
        correct_response=type_grading.first_accepted,
        format_response=type_grading.text_as_given,
    ),
    QuestionType[Numeric](
        model=Numeric,
        keys=("answer", "tolerance", "unit"),
        required=("prompt", "answer"),
        required_any=(),
        mistaken_answer_key="answers",
        read=type_readers.read_numeric,
        schema=type_schemas.numeric_schema,
        score=type_grading.score_numeric,
        correct_response=type_grading.the_answer,
        format_response=type_grading.numeric_text,
    ),
    QuestionType[Ordering](
        model=Ordering,
        keys=("items", "scoring"),
        required=("prompt", "items"),
        required_any=(),
        mistaken_answer_key=None,
        read=type_readers.read_ordering,
        schema=type_schemas.ordering_schema,
        score=type_grading.score_ordering,
        correct_response=type_grading.items_in_order,
        format_response=type_grading.items_text,
    ),
    QuestionType[Matching](
        model=Matching,
        keys=("pairs", "distractors"),
        required=("prompt", "pairs"),
        required_any=(),
        mistaken_answer_key=None,
        read=type_readers.read_matching,
        schema=type_schemas.matching_schema,
        score=type_grading.score_matching,
        correct_response=type_grading.pairs_as_mapping,
        format_response=type_grading.pairs_text,
    ),
    QuestionType[Cloze](
        model=Cloze,
        keys=("text", "case_sensitive"),
        required=("text",),
        required_any=(),
        mistaken_answer_key=None,
        read=type_readers.read_cloze,
        schema=type_schemas.cloze_schema,
        score=type_grading.score_cloze,
        correct_response=type_grading.first_accepted_per_blank,
        format_response=type_grading.blanks_text,
    ),
)

TYPES_BY_NAME: Mapping[str, QuestionType[Any]] = MappingProxyType(
    {kind.name: kind for kind in QUESTION_TYPES}
)
TYPE_NAMES: tuple[str, ...] = tuple(TYPES_BY_NAME)


def question_type(question: Question) -> QuestionType[Any]:
    """The registration of ``question``'s type; TypeError for a class not registered."""
    kind = TYPES_BY_NAME.get(question.TYPE)
    if kind is None or not isinstance(question, kind.model):
        raise TypeError(f"unknown question type {question.TYPE!r}")
    return kind
