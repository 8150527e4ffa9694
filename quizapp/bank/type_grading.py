"""What each question type does with a response: its score, its right answer, its text.

Per type, three functions: the fraction of the points a response earns, the
right answer in :data:`Response` form, and a response as one line of text.
They are registered, with the rest of each type, in
:mod:`quizapp.bank.question_types`; :mod:`quizapp.bank.grading` calls them
through that registry. A rule is given a response that is not ``None``, of
any shape: one of the wrong shape earns nothing and never raises.
"""

from __future__ import annotations

import math
from collections import Counter
from decimal import Decimal
from fractions import Fraction
from typing import TypeAlias

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

# single_choice: the choice text; multiple_choice: the choice texts picked; true_false: bool;
# short_answer: the typed text; numeric: the number parsed by numbers.parse_number;
# ordering: the item texts in the student's order; matching: {left: right};
# cloze: the blank texts in order; None: nothing given (time ran out), 0 points.
Response: TypeAlias = str | bool | float | list[str] | dict[str, str] | None

# Shown for a matching left or a cloze blank the student left empty.
NOTHING_GIVEN = "—"
TRUE_TEXT = "True"
FALSE_TEXT = "False"

NONE = Fraction(0)
_ALL = Fraction(1)


# --- the fraction of the points a response earns ---------------------------------------


def score_single_choice(question: SingleChoice, response: Response) -> Fraction:
    if not isinstance(response, str):
        return NONE
    return _all_if(fold_whitespace(response) == fold_whitespace(question.answer))


def score_multiple_choice(question: MultipleChoice, response: Response) -> Fraction:
    texts = _texts(response)
    if texts is None or not question.answers:
        return NONE
    # A choice picked twice is still one pick.
    picked = {fold_whitespace(text) for text in texts}
    right = {fold_whitespace(answer) for answer in question.answers}
    if question.scoring != Scoring.PARTIAL:
        return _all_if(picked == right)
    right_picked, wrong_picked = len(picked & right), len(picked - right)
    return max(NONE, Fraction(right_picked - wrong_picked, len(right)))


def score_true_false(question: TrueFalse, response: Response) -> Fraction:
    return _all_if(isinstance(response, bool) and response == question.answer)


def score_short_answer(question: ShortAnswer, response: Response) -> Fraction:
    if not isinstance(response, str):
        return NONE
    return _all_if(_accepted(response, question.answers, case_sensitive=question.case_sensitive))


def score_numeric(question: Numeric, response: Response) -> Fraction:
    if isinstance(response, bool) or not isinstance(response, int | float):
        return NONE
    if not math.isfinite(response):
        return NONE
    return _all_if(_within(response, question.answer, question.tolerance))


def score_ordering(question: Ordering, response: Response) -> Fraction:
    texts = _texts(response)
    if texts is None or not question.items:
        return NONE
    given = [fold_whitespace(text) for text in texts]
    right = [fold_whitespace(item) for item in question.items]
    if Counter(given) != Counter(right):
        return NONE  # not a rearrangement of the items: items missing, extra or repeated
    in_place = sum(g == r for g, r in zip(given, right, strict=True))
    if question.scoring != Scoring.PARTIAL:
        return _all_if(in_place == len(right))
    return Fraction(in_place, len(right))


def score_matching(question: Matching, response: Response) -> Fraction:
    if not isinstance(response, dict) or not question.pairs:
        return NONE
    chosen = _folded_mapping(response)
    # A left matched to a distractor or to another left's right, or left unmatched, is wrong.
    right_pairs = sum(
        chosen.get(fold_whitespace(left)) == fold_whitespace(right)
        for left, right in question.pairs
    )
    return Fraction(right_pairs, len(question.pairs))


def score_cloze(question: Cloze, response: Response) -> Fraction:
    texts = _texts(response)
    if texts is None or not question.blanks or len(texts) != len(question.blanks):
        return NONE
    right_blanks = sum(
        _accepted(text, accepted, case_sensitive=question.case_sensitive)
        for text, accepted in zip(texts, question.blanks, strict=True)
    )
    return Fraction(right_blanks, len(question.blanks))


# --- the right answer, as a response --------------------------------------------------


def the_answer(question: SingleChoice | TrueFalse | Numeric) -> Response:
    return question.answer


def the_answers(question: MultipleChoice) -> Response:
    return list(question.answers)


def first_accepted(question: ShortAnswer) -> Response:
    return question.answers[0]


def items_in_order(question: Ordering) -> Response:
    return list(question.items)


def pairs_as_mapping(question: Matching) -> Response:
    return dict(question.pairs)


def first_accepted_per_blank(question: Cloze) -> Response:
    return [accepted[0] for accepted in question.blanks]


# --- a response as one line of text (never None: the caller shows nothing for None) -----


def text_as_given(question: Question, response: Response, language: str) -> str:
    return response if isinstance(response, str) else ""


def true_false_text(question: TrueFalse, response: Response, language: str) -> str:
    if not isinstance(response, bool):
        return ""
    return TRUE_TEXT if response else FALSE_TEXT


def items_text(question: Ordering, response: Response, language: str) -> str:
    texts = _texts(response)
    return " → ".join(texts) if texts is not None else ""


def blanks_text(question: Cloze, response: Response, language: str) -> str:
    texts = _texts(response)
    return "; ".join(text or NOTHING_GIVEN for text in texts) if texts is not None else ""


def numeric_text(question: Numeric, response: Response, language: str) -> str:
    if isinstance(response, bool) or not isinstance(response, int | float):
        return ""
    number = format_number(float(response), language)
    return f"{number} {question.unit}" if question.unit else number


def choices_text(question: MultipleChoice, response: Response, language: str) -> str:
    """The picked choices in the bank's order (not the shuffled display order), once each."""
    texts = _texts(response)
    if texts is None:
        return ""
    picked = {fold_whitespace(text) for text in texts}
    in_bank_order = [c for c in question.choices if fold_whitespace(c) in picked]
    known = {fold_whitespace(c) for c in in_bank_order}
    unknown = [t for t in dict.fromkeys(texts) if fold_whitespace(t) not in known]
    return ", ".join(in_bank_order + unknown)


def pairs_text(question: Matching, response: Response, language: str) -> str:
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


# --- helpers --------------------------------------------------------------------------


def _all_if(condition: bool) -> Fraction:
    return _ALL if condition else NONE


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
