"""How one question is presented in one attempt: the seeded display orders.

The quiz session makes these (shuffled with the attempt's seed); question
widgets show them. Grading never depends on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.bank.model import Question


@dataclass(frozen=True)
class PresentedQuestion:
    question: Question
    # single_choice / multiple_choice: the choices in display order
    choice_order: tuple[str, ...] = ()
    # ordering: the items in the order first shown (never the right order)
    item_order: tuple[str, ...] = ()
    # matching: the right-hand options (answers and distractors) in display order
    right_options: tuple[str, ...] = ()
    # matching: the left-hand prompts in display order
    left_order: tuple[str, ...] = ()
