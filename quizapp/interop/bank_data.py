"""A loaded bank back as the data a ``.yaml`` bank file holds (the spec's keys and forms).

Keys left at their defaults are left out, so the data reads as a teacher
would write it. A reading kept in a file (``reading: {file: ...}``) comes back
written in the bank.
"""

from __future__ import annotations

from typing import Any

from quizapp.bank.model import (
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    Scoring,
    Settings,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)


def bank_data(bank: Bank) -> dict[str, Any]:
    data: dict[str, Any] = {"format": "quizapp/1", "id": bank.id, "title": bank.title}
    if bank.language != "en":
        data["language"] = bank.language
    _put(data, "description", bank.description)
    _put(data, "authors", list(bank.authors))
    _put(data, "tags", list(bank.tags))
    _put(data, "reading", bank.reading)
    settings = _settings(bank.settings)
    _put(data, "settings", settings)
    data["questions"] = [question_data(question) for question in bank.questions]
    return data


def question_data(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "type": question.TYPE}
    _put(data, "prompt", question.prompt)
    data.update(_type_data(question))
    if question.points != 1:
        data["points"] = _number(question.points)
    _put(data, "time_limit", question.time_limit)
    _put(data, "explanation", question.explanation)
    _put(data, "source", question.source)
    _put(data, "tags", list(question.tags))
    _put(data, "difficulty", question.difficulty and question.difficulty.value)
    _put(data, "image", question.image)
    _put(data, "image_alt", question.image_alt)
    return data


def _type_data(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if isinstance(question, SingleChoice):
        data = {"choices": list(question.choices), "answer": question.answer}
    elif isinstance(question, MultipleChoice):
        data = {"choices": list(question.choices), "answers": list(question.answers)}
        _put_scoring(data, question.scoring)
    elif isinstance(question, TrueFalse):
        data = {"answer": question.answer}
    elif isinstance(question, ShortAnswer):
        data = {"answers": list(question.answers)}
        _put(data, "case_sensitive", question.case_sensitive)
    elif isinstance(question, Numeric):
        data = {"answer": _number(question.answer)}
        _put(data, "tolerance", question.tolerance and _number(question.tolerance))
        _put(data, "unit", question.unit)
    elif isinstance(question, Ordering):
        data = {"items": list(question.items)}
        _put_scoring(data, question.scoring)
    elif isinstance(question, Matching):
        data = {"pairs": [list(pair) for pair in question.pairs]}
        _put(data, "distractors", list(question.distractors))
    elif isinstance(question, Cloze):
        data = {"text": question.text}
        _put(data, "case_sensitive", question.case_sensitive)
    return data


def _settings(settings: Settings) -> dict[str, Any]:
    default = Settings()
    return {
        name: value.value if hasattr(value, "value") else value
        for name, value in vars(settings).items()
        if value != getattr(default, name)
    }


def _put_scoring(data: dict[str, Any], scoring: Scoring) -> None:
    if scoring is not Scoring.ALL_OR_NOTHING:
        data["scoring"] = scoring.value


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "", [], {}, False):
        data[key] = value


def _number(value: float) -> int | float:
    return int(value) if value == int(value) and abs(value) < 1e15 else value
