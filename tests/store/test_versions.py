"""Question versions: the stored snapshot is the model's canonical form, hash and all."""

from __future__ import annotations

import json

import pytest

from quizapp.bank.model import (
    Cloze,
    Difficulty,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    Scoring,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
    canonical_json,
    content_hash,
    question_to_dict,
)
from quizapp.store.versions import question_from_version, snapshot

EVERY_TYPE: list[Question] = [
    SingleChoice(id="s", prompt="Capital?", choices=("Jakarta", "Bandung"), answer="Jakarta"),
    MultipleChoice(
        id="m",
        prompt="Primes?",
        choices=("2", "3", "4"),
        answers=("2", "3"),
        scoring=Scoring.PARTIAL,
        tags=("math",),
        difficulty=Difficulty.HARD,
    ),
    TrueFalse(id="t", prompt="Water is wet.", answer=True, explanation="It is."),
    ShortAnswer(id="a", prompt="Say hi", answers=("hi", "hello"), case_sensitive=True),
    Numeric(id="n", prompt="How many?", answer=25e6, answer_text="25.000.000", unit="jiwa"),
    Ordering(id="o", prompt="Order", items=("one", "two", "three"), points=2.5),
    Matching(id="p", prompt="Match", pairs=(("a", "1"), ("b", "2")), distractors=("3",)),
    Cloze(
        id="c",
        text="The {{sun|Sun}} is hot.",
        parts=("The ", " is hot."),
        blanks=(("sun", "Sun"),),
        time_limit=30,
    ),
]


@pytest.mark.parametrize("question", EVERY_TYPE, ids=lambda q: q.TYPE)
def test_a_snapshot_is_the_canonical_form_and_gives_the_question_back(question: Question) -> None:
    version = snapshot(question)

    assert version.content_hash == content_hash(question)
    assert version.data == canonical_json(question_to_dict(question))
    assert json.loads(version.data)["type"] == question.TYPE
    assert question_from_version(version.data) == question
