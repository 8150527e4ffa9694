"""Typed, immutable model of a question bank (format ``quizapp/1``).

The loader turns a YAML file into these objects; grading, quiz sessions and
the store work only with them. Each question type is its own class, which
defining it enters in ``QUESTION_CLASSES`` under its ``TYPE``; the rest of a
type is registered in :mod:`quizapp.bank.question_types`.

``question_to_dict``/``question_from_dict`` give the canonical JSON form of a
question: it is what the store snapshots with every answer and what the
content hash is computed over.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

FORMAT_VERSION = "quizapp/1"
SUPPORTED_FORMATS = (FORMAT_VERSION,)


class Feedback(StrEnum):
    IMMEDIATE = "immediate"
    AT_END = "at_end"
    NEVER = "never"


class Review(StrEnum):
    """What the results page, history and study modes show after an attempt."""

    FULL = "full"
    AFTER_LAST_ATTEMPT = "after_last_attempt"
    POINTS = "points"


class Scoring(StrEnum):
    ALL_OR_NOTHING = "all_or_nothing"
    PARTIAL = "partial"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


@dataclass(frozen=True, kw_only=True)
class Settings:
    time_limit: int | None = None  # whole seconds
    question_time_limit: int | None = None  # whole seconds
    shuffle_questions: bool = True
    shuffle_choices: bool = True
    draw: int | None = None
    pass_mark: float = 60.0
    feedback: Feedback = Feedback.AT_END
    review: Review | None = None  # as written; None: the default that follows feedback
    reading_during_quiz: bool = False
    max_attempts: int | None = None

    @property
    def review_mode(self) -> Review:
        """``review`` as written, else its default: ``points`` when feedback is never."""
        if self.review is not None:
            return self.review
        return Review.POINTS if self.feedback is Feedback.NEVER else Review.FULL


# The class of each question type by its name in the format, in the order they are defined.
QUESTION_CLASSES: dict[str, type[Question]] = {}


@dataclass(frozen=True, kw_only=True)
class Question:
    """Keys every question has. Subclasses add their type's keys."""

    TYPE: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        QUESTION_CLASSES[cls.TYPE] = cls

    id: str
    prompt: str = ""
    points: float = 1.0
    time_limit: int | None = None  # whole seconds; overrides question_time_limit
    explanation: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    difficulty: Difficulty | None = None
    image: str | None = None  # as written in the bank, relative to the bank file
    image_alt: str | None = None  # plain text

    @property
    def type(self) -> str:
        return self.TYPE


@dataclass(frozen=True, kw_only=True)
class SingleChoice(Question):
    TYPE: ClassVar[str] = "single_choice"
    choices: tuple[str, ...]
    answer: str


@dataclass(frozen=True, kw_only=True)
class MultipleChoice(Question):
    TYPE: ClassVar[str] = "multiple_choice"
    choices: tuple[str, ...]
    answers: tuple[str, ...]
    scoring: Scoring = Scoring.ALL_OR_NOTHING


@dataclass(frozen=True, kw_only=True)
class TrueFalse(Question):
    TYPE: ClassVar[str] = "true_false"
    answer: bool


@dataclass(frozen=True, kw_only=True)
class ShortAnswer(Question):
    TYPE: ClassVar[str] = "short_answer"
    answers: tuple[str, ...]
    case_sensitive: bool = False


@dataclass(frozen=True, kw_only=True)
class Numeric(Question):
    TYPE: ClassVar[str] = "numeric"
    answer: float
    answer_text: str  # the number as the teacher wrote it, for display ("25000000")
    tolerance: float = 0.0
    unit: str | None = None


@dataclass(frozen=True, kw_only=True)
class Ordering(Question):
    TYPE: ClassVar[str] = "ordering"
    items: tuple[str, ...]  # in the right order
    scoring: Scoring = Scoring.ALL_OR_NOTHING


@dataclass(frozen=True, kw_only=True)
class Matching(Question):
    TYPE: ClassVar[str] = "matching"
    pairs: tuple[tuple[str, str], ...]  # (left, right)
    distractors: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Cloze(Question):
    """``text`` as written; ``parts`` is the literal text around the blanks
    (``len(parts) == len(blanks) + 1``, escapes already removed) and each
    blank is its tuple of accepted answers."""

    TYPE: ClassVar[str] = "cloze"
    text: str
    parts: tuple[str, ...]
    blanks: tuple[tuple[str, ...], ...]
    case_sensitive: bool = False


QUESTION_TYPES: tuple[str, ...] = tuple(QUESTION_CLASSES)


@dataclass(frozen=True, kw_only=True)
class Bank:
    id: str
    title: str
    language: str = "en"
    description: str | None = None
    authors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    reading: str | None = None  # Markdown text (read from the file when given as {file: ...})
    settings: Settings = field(default_factory=Settings)
    questions: tuple[Question, ...] = ()

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


# --- canonical JSON form ---------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) if isinstance(v, tuple) else v for v in value]
    return value


# Keys added to the format after banks were stored: left out while unset, so the
# canonical form, and so the content hash, of a question that does not use them
# stays what it was (a changed hash would read as an edited question).
_LEFT_OUT_WHEN_NONE = frozenset({"image_alt"})


@functools.cache
def _field_names(type_name: str) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(QUESTION_CLASSES[type_name]))


def question_to_dict(question: Question) -> dict[str, Any]:
    """The question as plain JSON-able data, with its ``type``.

    Made for every question imported (its content hash), so the field names
    are looked up once per class and only tuples are walked.
    """
    data: dict[str, Any] = {"type": question.TYPE}
    for name in _field_names(question.TYPE):
        value = getattr(question, name)
        if value is None and name in _LEFT_OUT_WHEN_NONE:
            continue
        data[name] = _jsonable(value)
    return data


def question_from_dict(data: dict[str, Any]) -> Question:
    """Inverse of :func:`question_to_dict`."""
    cls = QUESTION_CLASSES[data["type"]]
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "pairs" or f.name == "blanks":
            value = tuple(tuple(v) for v in value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    if kwargs.get("difficulty") is not None:
        kwargs["difficulty"] = Difficulty(kwargs["difficulty"])
    if "scoring" in kwargs:
        kwargs["scoring"] = Scoring(kwargs["scoring"])
    return cls(**kwargs)


def canonical_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(question: Question) -> str:
    """SHA-256 of the question's canonical JSON: equal hashes, equal questions."""
    return hashlib.sha256(canonical_json(question_to_dict(question)).encode()).hexdigest()


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    return dataclasses.asdict(settings)


def settings_from_dict(data: dict[str, Any]) -> Settings:
    kwargs = dict(data)
    if "feedback" in kwargs:
        kwargs["feedback"] = Feedback(kwargs["feedback"])
    if kwargs.get("review") is not None:
        kwargs["review"] = Review(kwargs["review"])
    return Settings(**kwargs)
