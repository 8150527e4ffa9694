"""Which question of a bank file a line belongs to, so a problem can open the editor there."""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from quizapp.bank.regular import MAX_BANK_BYTES, Refused, read_regular
from quizapp.bank.yamlsafe import compose


def question_id_at(data: bytes, line: int) -> str | None:
    """The id of the question whose entry spans ``line`` (1-based), if the file can be
    read that far and that entry has a text id; else None."""
    root, _ = compose(data)
    if not isinstance(root, MappingNode):
        return None
    questions = next(
        (
            value
            for key, value in root.value
            if isinstance(key, ScalarNode) and key.value == "questions"
        ),
        None,
    )
    if not isinstance(questions, SequenceNode):
        return None
    if line > questions.end_mark.line + 1:
        return None
    # An entry ends where the next one starts: the last entry starting at or before ``line``.
    started = [item for item in questions.value if item.start_mark.line + 1 <= line]
    if not started or not isinstance(started[-1], MappingNode):
        return None
    return _id_of(started[-1])


def question_id_in_file(path: Path, line: int) -> str | None:
    """:func:`question_id_at` for a file (None when it cannot be read)."""
    data = read_regular(str(path), MAX_BANK_BYTES)
    return None if isinstance(data, Refused) else question_id_at(data, line)


def _id_of(question: MappingNode) -> str | None:
    for key, value in question.value:
        if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
            return str(value.value)
    return None
