"""The English and Indonesian banks ask the same questions, question for question.

Students may switch language between attempts and teachers compare results
across the two, so the banks keep the same ids in the same order, the same
types, points and scoring, the same number answers and true/false answers,
the same shapes of choices, items, pairs and blanks, and the same pictures.
"""

from __future__ import annotations

from typing import Any

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
from tests.content.helpers import SHIPPED, SHIPPED_PAIR, loaded


def shape(question: Question) -> dict[str, Any]:
    """What must agree between the languages; the words themselves differ."""
    found: dict[str, Any] = {
        "type": question.TYPE,
        "points": question.points,
        "time_limit": question.time_limit,
        "difficulty": question.difficulty,
        "image": question.image.replace(".id.", ".en.") if question.image else None,
    }
    match question:
        case SingleChoice():
            found |= {
                "choices": len(question.choices),
                "answer at": question.choices.index(question.answer),
            }
        case MultipleChoice():
            found |= {
                "choices": len(question.choices),
                "answers at": sorted(question.choices.index(a) for a in question.answers),
                "scoring": question.scoring,
            }
        case TrueFalse():
            found["answer"] = question.answer
        case ShortAnswer():
            found["case_sensitive"] = question.case_sensitive
        case Numeric():
            found |= {"answer": question.answer, "tolerance": question.tolerance}
        case Ordering():
            found |= {"items": len(question.items), "scoring": question.scoring}
        case Matching():
            found |= {"pairs": len(question.pairs), "distractors": len(question.distractors)}
        case Cloze():
            found |= {"blanks": len(question.blanks), "case_sensitive": question.case_sensitive}
    return found


def test_the_two_banks_ask_the_same_questions_in_the_same_order() -> None:
    english, indonesian = (loaded(SHIPPED / name) for name in SHIPPED_PAIR)
    assert [q.id for q in english.questions] == [q.id for q in indonesian.questions]
    for en, id_ in zip(english.questions, indonesian.questions, strict=True):
        assert shape(en) == shape(id_), en.id
    assert english.settings == indonesian.settings.__class__(
        **{**vars(indonesian.settings), "feedback": english.settings.feedback}
    )


def test_each_bank_is_in_its_own_language_and_pictures() -> None:
    for name in SHIPPED_PAIR:
        bank = loaded(SHIPPED / name)
        assert name.endswith(f".{bank.language}.yaml")
        for question in bank.questions:
            if question.image:
                assert question.image.endswith(f".{bank.language}.png"), question.id


def test_each_bank_has_30_to_36_questions() -> None:
    for name in SHIPPED_PAIR:
        assert 30 <= len(loaded(SHIPPED / name).questions) <= 36
