"""Which questions an attempt asks, in which order, and how each is shown.

Everything here is a pure function of the bank and the attempt's seed, so the
store keeps only the seed and the drawn question ids and a restarted quiz
shows exactly what it showed before.

The draw and the question order come from ``random.Random(seed)``. Each
question's own display orders come from a generator seeded with the attempt's
seed *and the question's id*, so they do not depend on which other questions
were drawn or where this one stands: a resumed attempt rebuilds them from the
stored ids alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from quizapp.bank.model import (
    Bank,
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
from quizapp.quiz.presentation import PresentedQuestion


def draw_questions(bank: Bank, seed: int) -> tuple[Question, ...]:
    """The questions of one attempt, in the order they are asked.

    ``settings.draw`` of them (all when unset), picked at random; shuffled
    when ``settings.shuffle_questions``, otherwise in the bank's order.
    """
    questions = bank.questions
    count = len(questions) if bank.settings.draw is None else bank.settings.draw
    if not 1 <= count <= len(questions):
        raise ValueError(f"cannot draw {count} of {len(questions)} questions")
    rng = random.Random(seed)
    if bank.settings.shuffle_questions:
        return tuple(rng.sample(questions, count))
    picked = sorted(rng.sample(range(len(questions)), count))
    return tuple(questions[i] for i in picked)


def present(question: Question, *, seed: int, shuffle_choices: bool) -> PresentedQuestion:
    """How ``question`` is shown in the attempt with this ``seed``."""
    rng = random.Random(f"{seed}/{question.id}")
    return PRESENTERS[question.TYPE](question, rng, shuffle_choices)


def _as_written(question: Question, rng: random.Random, shuffle: bool) -> PresentedQuestion:
    return PresentedQuestion(question)


def _choices_shown(
    question: SingleChoice | MultipleChoice, rng: random.Random, shuffle: bool
) -> PresentedQuestion:
    return PresentedQuestion(question, choice_order=_maybe_shuffled(question.choices, rng, shuffle))


def _items_shown(question: Ordering, rng: random.Random, shuffle: bool) -> PresentedQuestion:
    return PresentedQuestion(question, item_order=_out_of_order(question.items, rng))


def _pairs_shown(question: Matching, rng: random.Random, shuffle: bool) -> PresentedQuestion:
    lefts = tuple(left for left, _ in question.pairs)
    rights = tuple(dict.fromkeys([right for _, right in question.pairs], None))
    options = rights + tuple(d for d in question.distractors if d not in rights)
    return PresentedQuestion(
        question,
        left_order=_maybe_shuffled(lefts, rng, shuffle),
        right_options=_maybe_shuffled(options, rng, shuffle)
        if shuffle
        # Written order would line each answer up with its left item.
        else tuple(sorted(options, key=str.casefold)),
    )


# How each question type is shown: (question, the question's seeded generator,
# settings.shuffle_choices) -> its display orders. One entry per type of
# quizapp.bank.question_types (a test holds them together).
Presenter = Callable[[Any, random.Random, bool], PresentedQuestion]
PRESENTERS: Mapping[str, Presenter] = MappingProxyType(
    {
        SingleChoice.TYPE: _choices_shown,
        MultipleChoice.TYPE: _choices_shown,
        TrueFalse.TYPE: _as_written,
        ShortAnswer.TYPE: _as_written,
        Numeric.TYPE: _as_written,
        Ordering.TYPE: _items_shown,
        Matching.TYPE: _pairs_shown,
        Cloze.TYPE: _as_written,
    }
)


def _maybe_shuffled(values: Sequence[str], rng: random.Random, shuffle: bool) -> tuple[str, ...]:
    if not shuffle:
        return tuple(values)
    shuffled = list(values)
    rng.shuffle(shuffled)
    return tuple(shuffled)


def _out_of_order(items: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    """A seeded shuffle of ``items`` that never shows them in the right order.

    Redrawing until the order differs keeps every wrong order equally likely.
    Items that are all the same text cannot be shown out of order at all.
    """
    right = tuple(items)
    if len(set(right)) < 2:
        return right
    shuffled = list(right)
    while tuple(shuffled) == right:
        rng.shuffle(shuffled)
    return tuple(shuffled)
