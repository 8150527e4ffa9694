"""One reader per question type: a question's entries -> its type's own fields.

Each reader returns the keyword arguments its model class takes besides the
keys every question has, or ``None`` when the question is not valid; every
problem is recorded on the :class:`NodeReader`. The readers are registered,
with the rest of each type, in :mod:`quizapp.bank.question_types`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.nodes import Node, SequenceNode

from quizapp.bank import scalars
from quizapp.bank.model import Scoring
from quizapp.bank.nodereader import Entries, NodeReader, found, list_item, quote, quote_all, where
from quizapp.bank.textnorm import fold_whitespace

TypeReader = Callable[[NodeReader, Entries, str], "dict[str, Any] | None"]

MAX_CHOICES = 26
_SCORINGS = tuple(s.value for s in Scoring)


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


def read_single_choice(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    choices = _choices(reader, entries, label)
    pair = entries.get("answer")
    answer = reader.read_text(pair[1], label, "answer") if pair else None
    if choices is None or answer is None or pair is None:
        return None
    right = _match_choice(reader, pair[1], answer, choices, label, "answer")
    if right is None:
        return None
    return {"choices": tuple(choices.values()), "answer": right}


def read_multiple_choice(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
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


def read_true_false(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    pair = entries.get("answer")
    answer = reader.read_boolean(pair[1], label, "answer") if pair else None
    return None if answer is None else {"answer": answer}


def _read_case_sensitive(reader: NodeReader, entries: Entries, label: str) -> bool | None:
    pair = entries.get("case_sensitive")
    return False if pair is None else reader.read_boolean(pair[1], label, "case_sensitive")


def read_short_answer(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
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


def read_numeric(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
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


def read_ordering(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
    scoring = _read_scoring(reader, entries, label)
    pair = entries.get("items")
    read = reader.read_text_list(pair[1], label, "items", minimum=2) if pair else None
    if read is None or reader.check_distinct(*read, label, "items") is None or scoring is None:
        return None
    return {"items": tuple(read[0]), "scoring": scoring}


def read_matching(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
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


def read_cloze(reader: NodeReader, entries: Entries, label: str) -> dict[str, Any] | None:
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
