"""Grading of the eight question types (format ``quizapp/1``).

``GRADERS`` maps each type's name to its grading function, so a new type is
one function here (plus its model class and its widget). Every grader takes
the student's response in the shape documented on ``Response`` and gives a
``Grade``; a response of any other shape scores nothing and never raises,
because it may come from an old snapshot or a faulty widget, and a quiz must
not crash on it.

Fractions are computed exactly (``fractions.Fraction``) and turned into
points once, rounded to 1e-9, so two thirds of 3 points is 2.0, not
1.9999999999999998.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias, TypeVar

from quizapp.bank.model import (
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    Scoring,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.bank.numbers import format_number
from quizapp.bank.textnorm import fold_whitespace, normalize_answer

__all__ = [
    "GRADERS",
    "Grade",
    "Response",
    "correct_response",
    "format_response",
    "grade",
    "normalize_answer",
]

# single_choice: the choice text; multiple_choice: the choice texts picked; true_false: bool;
# short_answer: the typed text; numeric: the number parsed by numbers.parse_number;
# ordering: the item texts in the student's order; matching: {left: right};
# cloze: the blank texts in order; None: nothing given (time ran out), 0 points.
Response: TypeAlias = str | bool | float | list[str] | dict[str, str] | None

# Shown for a matching left or a cloze blank the student left empty.
NOTHING_GIVEN = "—"
TRUE_TEXT = "True"
FALSE_TEXT = "False"

_NONE = Fraction(0)
_ALL = Fraction(1)

_Q = TypeVar("_Q", bound=Question)


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


# --- one rule per type: the fraction of the points earned -------------------------------


def _single_choice(question: SingleChoice, response: Response) -> Fraction:
    if not isinstance(response, str):
        return _NONE
    return _all_if(fold_whitespace(response) == fold_whitespace(question.answer))


def _multiple_choice(question: MultipleChoice, response: Response) -> Fraction:
    texts = _texts(response)
    if texts is None or not question.answers:
        return _NONE
    # A choice picked twice is still one pick.
    picked = {fold_whitespace(text) for text in texts}
    right = {fold_whitespace(answer) for answer in question.answers}
    if question.scoring != Scoring.PARTIAL:
        return _all_if(picked == right)
    right_picked, wrong_picked = len(picked & right), len(picked - right)
    return max(_NONE, Fraction(right_picked - wrong_picked, len(right)))


def _true_false(question: TrueFalse, response: Response) -> Fraction:
    return _all_if(isinstance(response, bool) and response == question.answer)


def _short_answer(question: ShortAnswer, response: Response) -> Fraction:
    if not isinstance(response, str):
        return _NONE
    return _all_if(_accepted(response, question.answers, case_sensitive=question.case_sensitive))


def _numeric(question: Numeric, response: Response) -> Fraction:
    if isinstance(response, bool) or not isinstance(response, int | float):
        return _NONE
    if not math.isfinite(response):
        return _NONE
    return _all_if(_within(response, question.answer, question.tolerance))


def _ordering(question: Ordering, response: Response) -> Fraction:
    texts = _texts(response)
    if texts is None or not question.items:
        return _NONE
    given = [fold_whitespace(text) for text in texts]
    right = [fold_whitespace(item) for item in question.items]
    if Counter(given) != Counter(right):
        return _NONE  # not a rearrangement of the items: items missing, extra or repeated
    in_place = sum(g == r for g, r in zip(given, right, strict=True))
    if question.scoring != Scoring.PARTIAL:
        return _all_if(in_place == len(right))
    return Fraction(in_place, len(right))


def _matching(question: Matching, response: Response) -> Fraction:
    if not isinstance(response, dict) or not question.pairs:
        return _NONE
    chosen = _folded_mapping(response)
    # A left matched to a distractor or to another left's right, or left unmatched, is wrong.
    right_pairs = sum(
        chosen.get(fold_whitespace(left)) == fold_whitespace(right)
        for left, right in question.pairs
    )
    return Fraction(right_pairs, len(question.pairs))


def _cloze(question: Cloze, response: Response) -> Fraction:
    texts = _texts(response)
    if texts is None or not question.blanks or len(texts) != len(question.blanks):
        return _NONE
    right_blanks = sum(
        _accepted(text, accepted, case_sensitive=question.case_sensitive)
        for text, accepted in zip(texts, question.blanks, strict=True)
    )
    return Fraction(right_blanks, len(question.blanks))


# --- helpers --------------------------------------------------------------------------


def _all_if(condition: bool) -> Fraction:
    return _ALL if condition else _NONE


def _texts(response: Response) -> list[str] | None:
    """The response as a list of texts, or None when it is not one."""
    if not isinstance(response, list) or not all(isinstance(text, str) for text in response):
        return None
    return response


def _folded_mapping(response: dict[str, str]) -> dict[str, str]:
    return {
        fold_whitespace(left): fold_whitespace(right)
        for left, right in response.items()
        if isinstance(left, str) and isinstance(right, str)
    }


def _accepted(text: str, accepted: tuple[str, ...], *, case_sensitive: bool) -> bool:
    given = normalize_answer(text, case_sensitive=case_sensitive)
    if not given:
        return False  # an empty answer is never right
    return any(given == normalize_answer(a, case_sensitive=case_sensitive) for a in accepted)


def _within(value: float, target: float, tolerance: float) -> bool:
    """|value - target| <= tolerance, inclusive at the edges as the teacher meant it.

    Both numbers were typed as decimals (by the teacher in the bank, by the
    student in the app), and ``repr`` of a float gives back the shortest
    decimal that reads as the same float, which is that typed decimal. In
    binary floating point 0.4 - 0.3 is 0.10000000000000003, more than a
    tolerance of 0.1; between the decimals it is exactly 0.1, which is within.
    """
    return abs(_decimal(value) - _decimal(target)) <= _decimal(tolerance)


def _decimal(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def _points(question: Question, fraction: Fraction) -> Grade:
    possible = float(question.points)
    if fraction >= 1:
        return Grade(possible, possible)
    if fraction <= 0:
        return Grade(0.0, possible)
    return Grade(round(float(fraction * Fraction(possible)), 9), possible)


def _grader(
    cls: type[_Q], rule: Callable[[_Q, Response], Fraction]
) -> Callable[[Question, Response], Grade]:
    def grade_question(question: Question, response: Response) -> Grade:
        if not isinstance(question, cls):
            raise TypeError(f"the {cls.TYPE} grader was given a {question.TYPE} question")
        return _points(question, _NONE if response is None else rule(question, response))

    grade_question.__name__ = f"grade_{cls.TYPE}"
    grade_question.__qualname__ = grade_question.__name__
    return grade_question


GRADERS: dict[str, Callable[[Question, Response], Grade]] = {
    SingleChoice.TYPE: _grader(SingleChoice, _single_choice),
    MultipleChoice.TYPE: _grader(MultipleChoice, _multiple_choice),
    TrueFalse.TYPE: _grader(TrueFalse, _true_false),
    ShortAnswer.TYPE: _grader(ShortAnswer, _short_answer),
    Numeric.TYPE: _grader(Numeric, _numeric),
    Ordering.TYPE: _grader(Ordering, _ordering),
    Matching.TYPE: _grader(Matching, _matching),
    Cloze.TYPE: _grader(Cloze, _cloze),
}


# --- the right answer, and responses as text -------------------------------------------


def correct_response(question: Question) -> Response:
    """The right answer in ``Response`` form; the first accepted text for text types."""
    match question:
        case SingleChoice() | TrueFalse() | Numeric():
            return question.answer
        case MultipleChoice():
            return list(question.answers)
        case ShortAnswer():
            return question.answers[0]
        case Ordering():
            return list(question.items)
        case Matching():
            return dict(question.pairs)
        case Cloze():
            return [accepted[0] for accepted in question.blanks]
    raise TypeError(f"unknown question type {question.TYPE!r}")


def format_response(question: Question, response: Response, *, language: str) -> str:
    """A response as one line of text for reviews and the command line; "" for none.

    ``language`` is the bank's language: numbers are written in its locale.
    A response of the wrong shape for the question is shown as "".
    """
    if response is None:
        return ""
    match question:
        case SingleChoice() | ShortAnswer():
            return response if isinstance(response, str) else ""
        case TrueFalse():
            return _format_bool(response)
        case Numeric():
            return _format_numeric(question, response, language)
        case MultipleChoice():
            return _format_choices(question, response)
        case Ordering():
            texts = _texts(response)
            return " → ".join(texts) if texts is not None else ""
        case Matching():
            return _format_pairs(question, response)
        case Cloze():
            texts = _texts(response)
            return "; ".join(text or NOTHING_GIVEN for text in texts) if texts is not None else ""
    raise TypeError(f"unknown question type {question.TYPE!r}")


def _format_bool(response: Response) -> str:
    if not isinstance(response, bool):
        return ""
    return TRUE_TEXT if response else FALSE_TEXT


def _format_numeric(question: Numeric, response: Response, language: str) -> str:
    if isinstance(response, bool) or not isinstance(response, int | float):
        return ""
    number = format_number(float(response), language)
    return f"{number} {question.unit}" if question.unit else number


def _format_choices(question: MultipleChoice, response: Response) -> str:
    """The picked choices in the bank's order (not the shuffled display order), once each."""
    texts = _texts(response)
    if texts is None:
        return ""
    picked = {fold_whitespace(text) for text in texts}
    in_bank_order = [c for c in question.choices if fold_whitespace(c) in picked]
    known = {fold_whitespace(c) for c in in_bank_order}
    unknown = [t for t in dict.fromkeys(texts) if fold_whitespace(t) not in known]
    return ", ".join(in_bank_order + unknown)


def _format_pairs(question: Matching, response: Response) -> str:
    if not isinstance(response, dict):
        return ""
    chosen = {
        fold_whitespace(left): right
        for left, right in response.items()
        if isinstance(left, str) and isinstance(right, str)
    }
    return "; ".join(
        f"{left} → {chosen.get(fold_whitespace(left)) or NOTHING_GIVEN}"
        for left, _ in question.pairs
    )
