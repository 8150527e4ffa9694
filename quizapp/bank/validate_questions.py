"""Questions: the keys every question has, then one reader per type.

``read_question`` returns the model object when the question is valid, and
``None`` otherwise; either way every problem of the question is recorded on
the :class:`NodeReader`. A question is named in messages by its id when it has
one (``question "founded-year"``), otherwise by its position from 1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.bank import attachments, scalars
from quizapp.bank.model import (
    QUESTION_CLASSES,
    QUESTION_TYPES,
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
)
from quizapp.bank.nodereader import (
    MAX_POINTS,
    Entries,
    NodeReader,
    found,
    is_null,
    list_item,
    quote,
    quote_all,
    where,
)
from quizapp.bank.problems import Phrase
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
)
TYPE_KEYS: dict[str, tuple[str, ...]] = {
    SingleChoice.TYPE: ("choices", "answer"),
    MultipleChoice.TYPE: ("choices", "answers", "scoring"),
    TrueFalse.TYPE: ("answer",),
    ShortAnswer.TYPE: ("answers", "answer", "case_sensitive"),
    Numeric.TYPE: ("answer", "tolerance", "unit"),
    Ordering.TYPE: ("items", "scoring"),
    Matching.TYPE: ("pairs", "distractors"),
    Cloze.TYPE: ("text", "case_sensitive"),
}
REQUIRED_KEYS: dict[str, tuple[str, ...]] = {
    SingleChoice.TYPE: ("prompt", "choices", "answer"),
    MultipleChoice.TYPE: ("prompt", "choices", "answers"),
    TrueFalse.TYPE: ("prompt", "answer"),
    ShortAnswer.TYPE: ("prompt",),  # and "answers" or "answer", checked by its reader
    Numeric.TYPE: ("prompt", "answer"),
    Ordering.TYPE: ("prompt", "items"),
    Matching.TYPE: ("prompt", "pairs"),
    Cloze.TYPE: ("text",),
}
ALL_KEYS = tuple(dict.fromkeys(COMMON_KEYS + tuple(k for ks in TYPE_KEYS.values() for k in ks)))
ONE_ANSWER_TYPES = frozenset({SingleChoice.TYPE, TrueFalse.TYPE, Numeric.TYPE})
MAX_CHOICES = 26
_ORDERED_KEYS = {name: COMMON_KEYS + keys for name, keys in TYPE_KEYS.items()}
# "answers" on a one-answer type and "answer" on multiple_choice get their own message
# (see _check_question_keys), so the unknown-key check lets them through.
_KNOWN_KEYS = {
    name: frozenset(keys)
    | ({"answers"} if name in ONE_ANSWER_TYPES else set())
    | ({"answer"} if name == MultipleChoice.TYPE else set())
    for name, keys in _ORDERED_KEYS.items()
}
_SCORINGS = tuple(s.value for s in Scoring)
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
    specific = TYPE_READERS[kind](reader, entries, label)
    if specific is None or common is None or reader.errors_since(before):
        return None
    return QUESTION_CLASSES[kind](**common, **specific)


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


def _read_type(reader: NodeReader, entries: Entries, node: Node, label: str) -> str | None:
    pair = entries.get("type")
    if pair is None:
        reader.require(entries, ("type",), node, label)
        return None
    value_node = pair[1]
    if isinstance(value_node, ScalarNode) and value_node.value in QUESTION_CLASSES:
        return str(value_node.value)
    text = reader.read_text(value_node, label, "type")
    if text is not None:
        suggestion = scalars.did_you_mean(text, QUESTION_TYPES)
        hint = Phrase("part.did-you-mean", suggestion=suggestion) if suggestion else ""
        reader.error(
            "unknown-type",
            value_node,
            where=where(label, "type"),
            found=found(value_node),
            types=", ".join(QUESTION_TYPES),
            hint=hint,
        )
    return None


def _check_question_keys(
    reader: NodeReader, entries: Entries, node: Node, label: str, kind: str | None
) -> None:
    if "answer" in entries and "answers" in entries:
        later = max(entries["answer"][0], entries["answers"][0], key=_start)
        reader.error("answer-and-answers", later, where=label)
    elif kind in ONE_ANSWER_TYPES and "answers" in entries:
        reader.error(
            "answers-for-one-answer",
            entries["answers"][0],
            where=where(label, "answers"),
            type=kind,
        )
    elif kind == MultipleChoice.TYPE and "answer" in entries:
        reader.error("answer-for-many-answers", entries["answer"][0], where=where(label, "answer"))
    if kind is None:
        reader.check_keys(entries, frozenset(ALL_KEYS), ALL_KEYS, label)
        reader.require(entries, ("id",), node, label)
        return
    reader.check_keys(entries, _KNOWN_KEYS[kind], _ORDERED_KEYS[kind], label)
    reader.require(entries, ("id", *REQUIRED_KEYS[kind]), node, label)
    if kind == ShortAnswer.TYPE and "answer" not in entries and "answers" not in entries:
        reader.require(entries, ("answers",), node, label)


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


# --- one reader per type: entries -> the type's own fields, or None ---------------------------

TypeReader = Callable[[NodeReader, Entries, str], "dict[str, Any] | None"]


def _choices(reader: NodeReader, entries: Entries, label: str) -> dict[str, str] | None:
    """The choices by their white-space folded text, in order."""
    pair = entries.get("choices")
    if pair is None:
        return None
    read = reader.read_text_list(pair[1], label, "choices", minimum=2, maximum=MAX_CHOICES)
    return None if read is None else reader.check_distinct(*read, label, "choices")


def _match_choice(
    reader: NodeReader, node: Node, text: str, choices: dict[str, str], label: str, key: str
) -> str | None:
    """The choice ``text`` names (same text after white-space folding), as the choice is written."""
    choice = choices.get(fold_whitespace(text))
    if choice is None:
        reader.error(
            "answer-not-in-choices",
            node,
            where=where(label, key),
            found=quote(text),
            choices=quote_all(choices.values()),
        )
    return choice


def _read_single_choice(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    choices = _choices(reader, entries, label)
    pair = entries.get("answer")
    answer = reader.read_text(pair[1], label, "answer") if pair else None
    if choices is None or answer is None or pair is None:
        return None
    right = _match_choice(reader, pair[1], answer, choices, label, "answer")
    if right is None:
        return None
    return {"choices": tuple(choices.values()), "answer": right}


def _read_multiple_choice(
    reader: NodeReader, entries: Entries, label: str
) -> dict[str, Any] | None:
    choices = _choices(reader, entries, label)
    scoring = _read_scoring(reader, entries, label)
    pair = entries.get("answers")
    if pair is None:
        return None
    read = reader.read_text_list(pair[1], label, "answers", minimum=1)
    if choices is None or read is None or scoring is None:
        return None
    texts, nodes = read
    if reader.check_distinct(texts, nodes, label, "answers") is None:
        return None
    answers = [
        _match_choice(reader, node, text, choices, label, list_item("answers", number))
        for number, (text, node) in enumerate(zip(texts, nodes, strict=True), 1)
    ]
    if None in answers:
        return None
    if len(answers) == len(choices):
        reader.warn("all-choices-right", pair[1], where=where(label, "answers"))
    return {"choices": tuple(choices.values()), "answers": tuple(answers), "scoring": scoring}


def _read_scoring(reader: NodeReader, entries: Entries, label: str) -> Scoring | None:
    pair = entries.get("scoring")
    if pair is None:
        return Scoring.ALL_OR_NOTHING
    scoring = reader.read_one_of(pair[1], label, "scoring", _SCORINGS)
    return Scoring(scoring) if scoring else None


def _read_true_false(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    pair = entries.get("answer")
    answer = reader.read_boolean(pair[1], label, "answer") if pair else None
    return None if answer is None else {"answer": answer}


def _read_case_sensitive(reader: NodeReader, entries: Entries, label: str) -> bool | None:
    pair = entries.get("case_sensitive")
    return False if pair is None else reader.read_boolean(pair[1], label, "case_sensitive")


def _read_short_answer(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    case_sensitive = _read_case_sensitive(reader, entries, label)
    if "answer" in entries and "answers" in entries:
        return None
    answers: tuple[str, ...] | None = None
    pair = entries.get("answer")
    if pair is not None:
        answer = reader.read_text(pair[1], label, "answer", non_empty=True)
        answers = None if answer is None else (answer,)
    pair = entries.get("answers")
    if pair is not None:
        read = reader.read_text_list(pair[1], label, "answers", minimum=1, non_empty=True)
        if read is not None and reader.check_distinct(*read, label, "answers") is not None:
            answers = tuple(read[0])
    if answers is None or case_sensitive is None:
        return None
    return {"answers": answers, "case_sensitive": case_sensitive}


def _read_numeric(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    pair = entries.get("answer")
    if pair is not None:
        values["answer"] = reader.read_number(pair[1], label, "answer")
        values["answer_text"] = pair[1].value
    pair = entries.get("tolerance")
    if pair is not None:
        values["tolerance"] = reader.read_number(pair[1], label, "tolerance", "non-negative")
    pair = entries.get("unit")
    if pair is not None:
        values["unit"] = reader.read_text(pair[1], label, "unit")
    if values.get("answer") is None or None in values.values():
        return None
    return values


def _read_ordering(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    scoring = _read_scoring(reader, entries, label)
    pair = entries.get("items")
    read = reader.read_text_list(pair[1], label, "items", minimum=2) if pair else None
    if read is None or reader.check_distinct(*read, label, "items") is None or scoring is None:
        return None
    return {"items": tuple(read[0]), "scoring": scoring}


def _read_matching(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    pair = entries.get("pairs")
    pairs = _read_pairs(reader, pair[1], label) if pair else None
    distractors: tuple[str, ...] = ()
    pair = entries.get("distractors")
    if pair is not None:
        read = reader.read_text_list(pair[1], label, "distractors")
        if read is None or reader.check_distinct(*read, label, "distractors") is None:
            return None
        distractors = tuple(read[0])
        if pairs is not None and not _distractors_apart(reader, read, pairs, label):
            return None
    if pairs is None:
        return None
    return {"pairs": pairs, "distractors": distractors}


def _read_pairs(reader: NodeReader, node: Node, label: str) -> tuple[tuple[str, str], ...] | None:
    """``{left: right}`` or ``[[left, right], ...]``; at least two, each left once."""
    before = reader.count
    lefts: list[str] = []
    left_nodes: list[Node] = []
    rights: list[str] = []
    if isinstance(node, SequenceNode):
        items = reader.read_list(node, label, "pairs", minimum=2) or []
        for number, item in enumerate(items, 1):
            key = list_item("pairs", number)
            if not isinstance(item, SequenceNode) or len(item.value) != 2:
                reader.error("not-a-pair", item, where=where(label, key), found=found(item))
                continue
            left = reader.read_text(item.value[0], label, key, non_empty=True)
            right = reader.read_text(item.value[1], label, key, non_empty=True)
            if left is not None and right is not None:
                lefts.append(left)
                left_nodes.append(item.value[0])
                rights.append(right)
    else:
        entries = reader.read_mapping(node, label, "pairs")
        if entries is None:
            return None
        if len(entries) < 2:
            reader.error(
                "too-few-items", node, where=where(label, "pairs"), minimum=2, count=len(entries)
            )
        for left, (key_node, value_node) in entries.items():
            right = reader.read_text(value_node, label, f"pairs {quote(left)}", non_empty=True)
            if right is not None:
                lefts.append(left)
                left_nodes.append(key_node)
                rights.append(right)
    distinct = reader.check_distinct(lefts, left_nodes, label, "pairs")
    if distinct is None or reader.errors_since(before):
        return None
    return tuple(zip(lefts, rights, strict=True))


def _distractors_apart(
    reader: NodeReader,
    read: tuple[list[str], list[Node]],
    pairs: tuple[tuple[str, str], ...],
    label: str,
) -> bool:
    rights = {fold_whitespace(right) for _, right in pairs}
    clean = True
    for number, (text, node) in enumerate(zip(*read, strict=True), 1):
        if fold_whitespace(text) in rights:
            clean = False
            reader.error(
                "distractor-is-answer",
                node,
                where=where(label, list_item("distractors", number)),
                found=quote(text),
            )
    return clean


def _read_cloze(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    case_sensitive = _read_case_sensitive(reader, entries, label)
    pair = entries.get("text")
    text = reader.read_text(pair[1], label, "text", non_empty=True) if pair else None
    if text is None or pair is None:
        return None
    cloze = scalars.parse_cloze(text)
    for code, number in cloze.problems:
        reader.error(code, pair[1], where=where(label, "text"), number=number)
    if cloze.problems or case_sensitive is None:
        return None
    return {
        "text": text,
        "parts": cloze.parts,
        "blanks": cloze.blanks,
        "case_sensitive": case_sensitive,
    }


TYPE_READERS: dict[str, TypeReader] = {
    SingleChoice.TYPE: _read_single_choice,
    MultipleChoice.TYPE: _read_multiple_choice,
    TrueFalse.TYPE: _read_true_false,
    ShortAnswer.TYPE: _read_short_answer,
    Numeric.TYPE: _read_numeric,
    Ordering.TYPE: _read_ordering,
    Matching.TYPE: _read_matching,
    Cloze.TYPE: _read_cloze,
}
