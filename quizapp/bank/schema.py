"""A JSON Schema (draft 2020-12) of the bank format, for editors.

With ``# yaml-language-server: $schema=...`` on a bank's first line, an
editor completes and checks keys as a teacher types. Editors read ``2012``
as a number and ``no`` as a boolean, so where the format expects text the
schema accepts strings, numbers and booleans alike. It is an aid, not the
judge: the validator also checks what a schema cannot say (an answer among
the choices, a source quote in the reading, files that exist...).

Each question's keys depend on its ``type``: one ``if``/``then`` per type
adds that type's keys, and ``unevaluatedProperties: false`` rejects the rest.
"""

from __future__ import annotations

from typing import Any

from quizapp.bank import scalars
from quizapp.bank.model import (
    SUPPORTED_FORMATS,
    Cloze,
    Difficulty,
    Feedback,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Scoring,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.bank.nodereader import MAX_POINTS, MAX_WHOLE
from quizapp.bank.validate_questions import MAX_CHOICES

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# The duration forms of scalars.parse_duration, as one pattern (a test holds them together).
DURATION_PATTERN = r"^(?:[0-9]+h(?:\s*[0-9]+m)?(?:\s*[0-9]+s)?|[0-9]+m(?:\s*[0-9]+s)?|[0-9]+s)$"

_TEXT_TYPES = ["string", "number", "boolean"]


def json_schema() -> dict[str, Any]:
    """The schema as plain JSON-able data (a new dict on every call)."""
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "QuizApp question bank (format quizapp/1)",
        "type": "object",
        "required": ["format", "id", "title", "questions"],
        "properties": {
            "format": {
                "description": "Format and version of the bank.",
                "enum": list(SUPPORTED_FORMATS),
            },
            "id": _slug("Stable identity of the bank; scores are filed under it."),
            "title": _text("Title of the quiz.", non_empty=True),
            "language": {
                "description": "BCP 47 tag of the content's language (en, id, zh-Hans).",
                "type": "string",
                "pattern": f"^{scalars.LANGUAGE_TAG.pattern}$",
                "default": "en",
            },
            "description": _text("What the quiz is about."),
            "authors": _text_list("Who wrote the bank."),
            "tags": _text_list("Tags for finding the bank."),
            "reading": {
                "description": "Study text (Markdown), or {file: PATH} relative to the bank.",
                "oneOf": [
                    _text(),
                    {
                        "type": "object",
                        "required": ["file"],
                        "properties": {"file": {"type": "string", "minLength": 1}},
                        "additionalProperties": False,
                    },
                ],
            },
            "settings": {"$ref": "#/$defs/settings"},
            "questions": {
                "type": "array",
                "minItems": 1,
                "items": {"$ref": "#/$defs/question"},
            },
        },
        "additionalProperties": False,
        "$defs": {
            "text": {"type": _TEXT_TYPES},
            "duration": {
                "description": 'Whole seconds (600) or "90s", "10m", "1h30m", "1h 30m 15s".',
                "oneOf": [
                    {"type": "integer", "minimum": 1},
                    {"type": "string", "pattern": DURATION_PATTERN},
                ],
            },
            "scoring": {
                "enum": [s.value for s in Scoring],
                "default": Scoring.ALL_OR_NOTHING.value,
            },
            "settings": _settings(),
            "question": _question(),
        },
    }


def _text(description: str | None = None, *, non_empty: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": _TEXT_TYPES}
    if non_empty:
        schema["minLength"] = 1  # applies to strings only
    if description:
        schema["description"] = description
    return schema


def _text_list(
    description: str, *, minimum: int = 0, maximum: int | None = None, unique: bool = False
) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "description": description,
        "type": "array",
        "items": {"$ref": "#/$defs/text"},
    }
    if minimum:
        schema["minItems"] = minimum
    if maximum is not None:
        schema["maxItems"] = maximum
    if unique:
        schema["uniqueItems"] = True
    return schema


def _slug(description: str) -> dict[str, Any]:
    return {
        "description": description + " Lowercase letters, digits and -, at most 64.",
        "type": ["string", "integer"],
        "pattern": f"^{scalars.SLUG.pattern}$",
        "minimum": 0,
    }


def _settings() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "time_limit": {"$ref": "#/$defs/duration"},
            "question_time_limit": {"$ref": "#/$defs/duration"},
            "shuffle_questions": {"type": "boolean", "default": True},
            "shuffle_choices": {"type": "boolean", "default": True},
            "draw": {"type": "integer", "minimum": 1, "maximum": MAX_WHOLE},
            "pass_mark": {"type": "number", "minimum": 0, "maximum": 100, "default": 60},
            "feedback": {"enum": [f.value for f in Feedback], "default": Feedback.AT_END.value},
            "max_attempts": {"type": "integer", "minimum": 1, "maximum": MAX_WHOLE},
        },
        "additionalProperties": False,
    }


def _question() -> dict[str, Any]:
    types = [
        (SingleChoice.TYPE, _single_choice()),
        (MultipleChoice.TYPE, _multiple_choice()),
        (TrueFalse.TYPE, _true_false()),
        (ShortAnswer.TYPE, _short_answer()),
        (Numeric.TYPE, _numeric()),
        (Ordering.TYPE, _ordering()),
        (Matching.TYPE, _matching()),
        (Cloze.TYPE, _cloze()),
    ]
    return {
        "type": "object",
        "required": ["id", "type"],
        "properties": {
            "id": _slug("Stable identity of the question, unique within the bank."),
            "type": {"enum": [name for name, _ in types]},
            "prompt": _text("The question (Markdown).", non_empty=True),
            "points": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": MAX_POINTS,
                "default": 1,
            },
            "time_limit": {"$ref": "#/$defs/duration"},
            "explanation": _text("Shown with feedback (Markdown)."),
            "source": _text("A quote from the bank's reading.", non_empty=True),
            "tags": _text_list("Tags of the question."),
            "difficulty": {"enum": [d.value for d in Difficulty]},
            "image": {
                "description": "PNG, JPEG, SVG or WebP, relative to the bank file.",
                "type": "string",
                "minLength": 1,
            },
        },
        "allOf": [
            {
                "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                "then": then,
            }
            for name, then in types
        ],
        "not": {"required": ["answer", "answers"]},
        "unevaluatedProperties": False,
    }


def _choices() -> dict[str, Any]:
    return _text_list("The choices.", minimum=2, maximum=MAX_CHOICES, unique=True)


def _single_choice() -> dict[str, Any]:
    return {
        "required": ["prompt", "choices", "answer"],
        "properties": {"choices": _choices(), "answer": _text("The right choice's text.")},
    }


def _multiple_choice() -> dict[str, Any]:
    return {
        "required": ["prompt", "choices", "answers"],
        "properties": {
            "choices": _choices(),
            "answers": _text_list("The right choices.", minimum=1, unique=True),
            "scoring": {"$ref": "#/$defs/scoring"},
        },
    }


def _true_false() -> dict[str, Any]:
    return {"required": ["prompt", "answer"], "properties": {"answer": {"type": "boolean"}}}


def _short_answer() -> dict[str, Any]:
    return {
        "required": ["prompt"],
        "anyOf": [{"required": ["answers"]}, {"required": ["answer"]}],
        "properties": {
            "answers": _text_list("Accepted answers.", minimum=1, unique=True),
            "answer": _text("The one accepted answer.", non_empty=True),
            "case_sensitive": {"type": "boolean", "default": False},
        },
    }


def _numeric() -> dict[str, Any]:
    return {
        "required": ["prompt", "answer"],
        "properties": {
            "answer": {"type": "number"},
            "tolerance": {"type": "number", "minimum": 0, "default": 0},
            "unit": _text("Shown beside the input."),
        },
    }


def _ordering() -> dict[str, Any]:
    return {
        "required": ["prompt", "items"],
        "properties": {
            "items": _text_list("The items in their right order.", minimum=2, unique=True),
            "scoring": {"$ref": "#/$defs/scoring"},
        },
    }


def _matching() -> dict[str, Any]:
    pair = {
        "type": "array",
        "prefixItems": [{"$ref": "#/$defs/text"}, {"$ref": "#/$defs/text"}],
        "minItems": 2,
        "maxItems": 2,
    }
    return {
        "required": ["prompt", "pairs"],
        "properties": {
            "pairs": {
                "description": "{left: right}, or a list of [left, right].",
                "oneOf": [
                    {
                        "type": "object",
                        "minProperties": 2,
                        "additionalProperties": {"$ref": "#/$defs/text"},
                    },
                    {"type": "array", "minItems": 2, "items": pair},
                ],
            },
            "distractors": _text_list("Extra right-hand options.", unique=True),
        },
    }


def _cloze() -> dict[str, Any]:
    return {
        "required": ["text"],
        "properties": {
            "text": {
                "description": "Text with blanks {{answer}} or {{answer|alternative}}.",
                "type": "string",
                "pattern": r"\{\{",
            },
            "case_sensitive": {"type": "boolean", "default": False},
        },
    }
