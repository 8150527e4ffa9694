"""Grading of every question type (format ``quizapp/1``).

Each type's rule, right answer and text are registered once, with the rest of
the type, in :mod:`quizapp.bank.question_types` (the functions themselves are
in :mod:`quizapp.bank.type_grading`); this module turns them into a
:class:`Grade`, the right answer and a line of text for any question. Every
grader takes the student's response in the shape documented on ``Response``;
a response of any other shape scores nothing and never raises, because it
may come from an old snapshot or a faulty widget, and a quiz must not crash
on it.

Fractions are computed exactly (``fractions.Fraction``) and turned into
points once, rounded to 1e-9, so two thirds of 3 points is 2.0, not
1.9999999999999998.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from types import MappingProxyType
from typing import Any

from quizapp.bank.model import Question
from quizapp.bank.question_types import QUESTION_TYPES, QuestionType, question_type
from quizapp.bank.textnorm import normalize_answer
from quizapp.bank.type_grading import FALSE_TEXT, NOTHING_GIVEN, TRUE_TEXT, Response

__all__ = [
    "FALSE_TEXT",
    "GRADERS",
    "NOTHING_GIVEN",
    "TRUE_TEXT",
    "Grade",
    "Response",
    "correct_response",
    "format_response",
    "grade",
    "normalize_answer",
]


@dataclass(frozen=True)
class Grade:
    points: float
    possible: float

    @property
    def correct(self) -> bool:
        """Full marks."""
        return self.points == self.possible

    @property
    def fraction(self) -> float:
        return self.points / self.possible if self.possible > 0 else 0.0


def grade(question: Question, response: Response) -> Grade:
    return GRADERS[question.TYPE](question, response)


def _points(question: Question, fraction: Fraction) -> Grade:
    possible = float(question.points)
    if fraction >= 1:
        return Grade(possible, possible)
    if fraction <= 0:
        return Grade(0.0, possible)
    return Grade(round(float(fraction * Fraction(possible)), 9), possible)


def _grader(kind: QuestionType[Any]) -> Callable[[Question, Response], Grade]:
    def grade_question(question: Question, response: Response) -> Grade:
        if not isinstance(question, kind.model):
            raise TypeError(f"the {kind.name} grader was given a {question.TYPE} question")
        return _points(
            question, Fraction(0) if response is None else kind.score(question, response)
        )

    grade_question.__name__ = f"grade_{kind.name}"
    grade_question.__qualname__ = grade_question.__name__
    return grade_question


GRADERS: Mapping[str, Callable[[Question, Response], Grade]] = MappingProxyType(
    {kind.name: _grader(kind) for kind in QUESTION_TYPES}
)


def correct_response(question: Question) -> Response:
    """The right answer in ``Response`` form; the first accepted text for text types."""
    return question_type(question).correct_response(question)


def format_response(question: Question, response: Response, *, language: str) -> str:
    """A response as one line of text for reviews and the command line; "" for none.

    ``language`` is the bank's language: numbers are written in its locale.
    A response of the wrong shape for the question is shown as "".
    """
    if response is None:
        return ""
    return question_type(question).format_response(question, response, language)
