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
from quizapp.bank.model import SUPPORTED_FORMATS, Difficulty, Feedback, Review, Scoring
from quizapp.bank.nodereader import MAX_POINTS, MAX_WHOLE
from quizapp.bank.question_types import QUESTION_TYPES, TYPE_NAMES
from quizapp.bank.type_schemas import TEXT_TYPES, text_list_schema, text_schema

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# The duration forms of scalars.parse_duration, as one pattern (a test holds them together).
DURATION_PATTERN = r"^(?:[0-9]+h(?:\s*[0-9]+m)?(?:\s*[0-9]+s)?|[0-9]+m(?:\s*[0-9]+s)?|[0-9]+s)$"


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
            "title": text_schema("Title of the quiz.", non_empty=True),
            "language": {
                "description": "BCP 47 tag of the content's language (en, id, zh-Hans).",
                "type": "string",
                "pattern": f"^{scalars.LANGUAGE_TAG.pattern}$",
                "default": "en",
            },
            "description": text_schema("What the quiz is about."),
            "authors": text_list_schema("Who wrote the bank."),
            "tags": text_list_schema("Tags for finding the bank."),
            "reading": {
                "description": "Study text (Markdown), or {file: PATH} relative to the bank.",
                "oneOf": [
                    text_schema(),
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
            "text": {"type": TEXT_TYPES},
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
            "review": {
                "description": (
                    "What an attempt's review shows: full; after_last_attempt (points until "
                    "no attempts are left, needs max_attempts); points. Default: full, or "
                    "points when feedback is never."
                ),
                "enum": [r.value for r in Review],
            },
            "reading_during_quiz": {"type": "boolean", "default": False},
            "max_attempts": {"type": "integer", "minimum": 1, "maximum": MAX_WHOLE},
        },
        "if": {
            "properties": {"review": {"const": Review.AFTER_LAST_ATTEMPT.value}},
            "required": ["review"],
        },
        "then": {"required": ["max_attempts"]},
        "additionalProperties": False,
    }


def _question() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id", "type"],
        "properties": {
            "id": _slug("Stable identity of the question, unique within the bank."),
            "type": {"enum": list(TYPE_NAMES)},
            "prompt": text_schema("The question (Markdown).", non_empty=True),
            "points": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": MAX_POINTS,
                "default": 1,
            },
            "time_limit": {"$ref": "#/$defs/duration"},
            "explanation": text_schema("Shown with feedback (Markdown)."),
            "source": text_schema("A quote from the bank's reading.", non_empty=True),
            "tags": text_list_schema("Tags of the question."),
            "difficulty": {"enum": [d.value for d in Difficulty]},
            "image": {
                "description": "PNG, JPEG, SVG or WebP, relative to the bank file.",
                "type": "string",
                "minLength": 1,
            },
            "image_alt": text_schema("The picture described, in plain text.", non_empty=True),
        },
        "allOf": [
            {
                "if": {"properties": {"type": {"const": kind.name}}, "required": ["type"]},
                "then": kind.schema(),
            }
            for kind in QUESTION_TYPES
        ],
        "not": {"required": ["answer", "answers"]},
        "unevaluatedProperties": False,
    }
