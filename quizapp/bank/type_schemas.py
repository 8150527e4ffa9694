"""Each question type's part of the JSON Schema: the keys it adds to a question.

A part is the ``then`` of the schema's ``if type is ...`` rule for that type
(see :mod:`quizapp.bank.schema`); the parts are registered, with the rest of
each type, in :mod:`quizapp.bank.question_types`.
"""

from __future__ import annotations

from typing import Any

from quizapp.bank.type_readers import MAX_CHOICES

# Editors read 2012 as a number and no as a boolean: where text is expected, all three pass.
TEXT_TYPES = ["string", "number", "boolean"]


def text_schema(description: str | None = None, *, non_empty: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": TEXT_TYPES}
    if non_empty:
        schema["minLength"] = 1  # applies to strings only
    if description:
        schema["description"] = description
    return schema


def text_list_schema(
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


def _choices() -> dict[str, Any]:
    return text_list_schema("The choices.", minimum=2, maximum=MAX_CHOICES, unique=True)


def single_choice_schema() -> dict[str, Any]:
    return {
        "required": ["prompt", "choices", "answer"],
        "properties": {"choices": _choices(), "answer": text_schema("The right choice's text.")},
    }


def multiple_choice_schema() -> dict[str, Any]:
    return {
        "required": ["prompt", "choices", "answers"],
        "properties": {
            "choices": _choices(),
            "answers": text_list_schema("The right choices.", minimum=1, unique=True),
            "scoring": {"$ref": "#/$defs/scoring"},
        },
    }


def true_false_schema() -> dict[str, Any]:
    return {"required": ["prompt", "answer"], "properties": {"answer": {"type": "boolean"}}}


def short_answer_schema() -> dict[str, Any]:
    return {
        "required": ["prompt"],
        "anyOf": [{"required": ["answers"]}, {"required": ["answer"]}],
        "properties": {
            "answers": text_list_schema("Accepted answers.", minimum=1, unique=True),
            "answer": text_schema("The one accepted answer.", non_empty=True),
            "case_sensitive": {"type": "boolean", "default": False},
        },
    }


def numeric_schema() -> dict[str, Any]:
    return {
        "required": ["prompt", "answer"],
        "properties": {
            "answer": {"type": "number"},
            "tolerance": {"type": "number", "minimum": 0, "default": 0},
            "unit": text_schema("Shown beside the input."),
        },
    }


def ordering_schema() -> dict[str, Any]:
    return {
        "required": ["prompt", "items"],
        "properties": {
            "items": text_list_schema("The items in their right order.", minimum=2, unique=True),
            "scoring": {"$ref": "#/$defs/scoring"},
        },
    }


def matching_schema() -> dict[str, Any]:
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
            "distractors": text_list_schema("Extra right-hand options.", unique=True),
        },
    }


def cloze_schema() -> dict[str, Any]:
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
