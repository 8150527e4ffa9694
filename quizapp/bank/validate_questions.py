"""Questions: the keys every question has, then the type's own keys.

The type is looked up in :mod:`quizapp.bank.question_types`, which gives its
keys and its reader (:mod:`quizapp.bank.type_readers`).

``read_question`` returns the model object when the question is valid, and
``None`` otherwise; either way every problem of the question is recorded on
the :class:`NodeReader`. A question is named in messages by its id when it has
one (``question "founded-year"``), otherwise by its position from 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode

from quizapp.bank import attachments, scalars
from quizapp.bank.model import Difficulty, Question
from quizapp.bank.nodereader import (
    MAX_POINTS,
    Entries,
    NodeReader,
    found,
    is_null,
    quote,
    where,
)
from quizapp.bank.problems import Phrase
from quizapp.bank.question_types import QUESTION_TYPES, TYPE_NAMES, TYPES_BY_NAME, QuestionType
from quizapp.bank.textnorm import fold_whitespace

COMMON_KEYS = (
    "id",
    "type",
    "prompt",
    "points",
    "time_limit",
    "explanation",
    "source",
    "tags",
    "difficulty",
    "image",
    "image_alt",
)
ALL_KEYS = tuple(dict.fromkeys(COMMON_KEYS + tuple(k for t in QUESTION_TYPES for k in t.keys)))
# Worked out once from the registry: they are looked up for every question read.
_ORDERED_KEYS = {t.name: COMMON_KEYS + t.keys for t in QUESTION_TYPES}
# "answers" on a one-answer type and "answer" on multiple_choice get their own message
# (see _check_question_keys), so the unknown-key check lets them through.
_KNOWN_KEYS = {
    t.name: frozenset(_ORDERED_KEYS[t.name])
    | ({t.mistaken_answer_key} if t.mistaken_answer_key else set())
    for t in QUESTION_TYPES
}
_MISTAKEN_KEY_CODES = {"answers": "answers-for-one-answer", "answer": "answer-for-many-answers"}
_DIFFICULTIES = tuple(d.value for d in Difficulty)


@dataclass
class BankContext:
    """What questions are checked against: the bank's reading, folder and limits."""

    base_dir: Path | None
    reading_present: bool = False
    folded_reading: str | None = None  # None when absent or unreadable
    quiz_time_limit: int | None = None
    draw: tuple[int, Node] | None = None  # settings.draw and its node, when valid
    seen_ids: dict[str, Node] = field(default_factory=dict)
    checked_images: dict[str, attachments.Fault | None] = field(default_factory=dict)


def read_question(
    reader: NodeReader, node: Node, position: int, context: BankContext
) -> Question | None:
    before = reader.count
    label = _label(node, position)
    entries = reader.read_mapping(node, label, None)
    if entries is None:
        return None
    kind = _read_type(reader, entries, node, label)
    _check_question_keys(reader, entries, node, label, kind)
    common = _read_common(reader, entries, label, context)
    if kind is None:
        return None
    specific = kind.read(reader, entries, label)
    if specific is None or common is None or reader.errors_since(before):
        return None
    return kind.model(**common, **specific)


def _label(node: Node, position: int) -> str:
    """How messages name the question: by its id when it has one, else by position."""
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == "id" and isinstance(value_node, ScalarNode):
                return (
                    Phrase("part.question-number", number=position)
                    if is_null(value_node)
                    else Phrase("part.question-id", id=quote(value_node.value))
                )
    return Phrase("part.question-number", number=position)


def _read_type(
    reader: NodeReader, entries: Entries, node: Node, label: str
) -> QuestionType[Any] | None:
    pair = entries.get("type")
    if pair is None:
        reader.require(entries, ("type",), node, label)
        return None
    value_node = pair[1]
    if isinstance(value_node, ScalarNode) and value_node.value in TYPES_BY_NAME:
        return TYPES_BY_NAME[value_node.value]
    text = reader.read_text(value_node, label, "type")
    if text is not None:
        suggestion = scalars.did_you_mean(text, TYPE_NAMES)
        hint = Phrase("part.did-you-mean", suggestion=suggestion) if suggestion else ""
        reader.error(
            "unknown-type",
            value_node,
            where=where(label, "type"),
            found=found(value_node),
            types=", ".join(TYPE_NAMES),
            hint=hint,
        )
    return None


def _check_question_keys(
    reader: NodeReader, entries: Entries, node: Node, label: str, kind: QuestionType[Any] | None
) -> None:
    mistaken = kind.mistaken_answer_key if kind else None
    if "answer" in entries and "answers" in entries:
        later = max(entries["answer"][0], entries["answers"][0], key=_start)
        reader.error("answer-and-answers", later, where=label)
    elif kind is not None and mistaken is not None and mistaken in entries:
        reader.error(
            _MISTAKEN_KEY_CODES[mistaken],
            entries[mistaken][0],
            where=where(label, mistaken),
            type=kind.name,
        )
    if kind is None:
        reader.check_keys(entries, frozenset(ALL_KEYS), ALL_KEYS, label)
        reader.require(entries, ("id",), node, label)
        return
    reader.check_keys(entries, _KNOWN_KEYS[kind.name], _ORDERED_KEYS[kind.name], label)
    reader.require(entries, ("id", *kind.required), node, label)
    if kind.required_any and not any(key in entries for key in kind.required_any):
        reader.require(entries, kind.required_any[:1], node, label)


def _start(node: Node) -> tuple[int, int]:
    return node.start_mark.line, node.start_mark.column


def _read_common(
    reader: NodeReader, entries: Entries, label: str, context: BankContext
) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    before = reader.count
    pair = entries.get("id")
    if pair is not None:
        question_id = reader.read_slug(pair[1], label, "id")
        if question_id is not None:
            first = context.seen_ids.setdefault(question_id, pair[1])
            if first is not pair[1]:
                reader.error(
                    "duplicate-question-id",
                    pair[1],
                    where=where(label, "id"),
                    id=question_id,
                    first_line=first.start_mark.line + 1,
                )
            values["id"] = question_id
    pair = entries.get("prompt")
    if pair is not None:
        values["prompt"] = reader.read_text(pair[1], label, "prompt", non_empty=True)
    pair = entries.get("points")
    if pair is not None:
        values["points"] = _read_points(reader, pair[1], label)
    pair = entries.get("time_limit")
    if pair is not None:
        values["time_limit"] = reader.read_duration(pair[1], label, "time_limit")
        _warn_time_over_quiz(reader, pair[1], label, values["time_limit"], context)
    pair = entries.get("explanation")
    if pair is not None:
        values["explanation"] = reader.read_text(pair[1], label, "explanation")
    pair = entries.get("source")
    if pair is not None:
        values["source"] = _read_source(reader, pair[1], label, context)
    pair = entries.get("tags")
    if pair is not None:
        tags = reader.read_text_list(pair[1], label, "tags", non_empty=True)
        values["tags"] = tuple(tags[0]) if tags else None
    pair = entries.get("difficulty")
    if pair is not None:
        difficulty = reader.read_one_of(pair[1], label, "difficulty", _DIFFICULTIES)
        values["difficulty"] = Difficulty(difficulty) if difficulty else None
    pair = entries.get("image")
    if pair is not None:
        values["image"] = _read_image(reader, pair[1], label, context)
        if values["image"] is not None and "image_alt" not in entries:
            reader.warn("image-without-alt", pair[1], where=where(label, "image"))
    pair = entries.get("image_alt")
    if pair is not None:
        values["image_alt"] = reader.read_text(pair[1], label, "image_alt", non_empty=True)
    if reader.errors_since(before):
        return None
    return values


def _warn_time_over_quiz(
    reader: NodeReader, node: Node, label: str, seconds: int | None, context: BankContext
) -> None:
    quiz = context.quiz_time_limit
    if seconds is not None and quiz is not None and seconds > quiz:
        reader.warn(
            "time-over-quiz",
            node,
            where=where(label, "time_limit"),
            seconds=seconds,
            quiz_seconds=quiz,
        )


def _read_points(reader: NodeReader, node: Node, label: str) -> float | None:
    points = reader.read_number(node, label, "points", "positive")
    if points is not None and points > MAX_POINTS:
        found = node.value if isinstance(node, ScalarNode) else str(points)
        reader.error("too-many-points", node, where=where(label, "points"), found=found)
        return None
    return points


def _read_source(reader: NodeReader, node: Node, label: str, context: BankContext) -> str | None:
    source = reader.read_text(node, label, "source", non_empty=True)
    if source is None:
        return None
    if not context.reading_present:
        reader.error("source-without-reading", node, where=where(label, "source"))
        return None
    reading = context.folded_reading
    if reading is not None and fold_whitespace(source) not in reading:
        reader.error(
            "source-not-in-reading", node, where=where(label, "source"), found=quote(source)
        )
        return None
    return source


def _read_image(reader: NodeReader, node: Node, label: str, context: BankContext) -> str | None:
    path = reader.read_text(node, label, "image", non_empty=True)
    if path is None:
        return None
    if path not in context.checked_images:
        context.checked_images[path] = attachments.check_image(path, context.base_dir)
    fault = context.checked_images[path]
    if fault is not None and fault.warning:
        reader.warn(fault.code, node, where=where(label, "image"), found=quote(path), **fault.args)
    elif fault is not None:
        reader.error(fault.code, node, where=where(label, "image"), found=quote(path), **fault.args)
        return None
    return path
