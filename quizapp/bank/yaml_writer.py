"""Write a bank's data as readable YAML, and tell what a rewrite of a file would lose.

:func:`dump_bank` writes block style in the format's key order (unknown keys
after the known ones, in the order given), Unicode as is, multi-line text as
literal blocks (``|``), long lines never folded, and quotes only a string that
a YAML reader would take for something else (``yes``, ``2012``, ``1:30``,
``2024-05-01``, ``- item``, ``# note``, ``key: value``...). A blank line
separates the settings, the reading, the questions and each question.

Values are plain data: ``str`` (text), ``bool``, ``int``/``float``, ``None``,
lists and mappings, and :class:`Verbatim` for a plain scalar to be written
exactly as it was (a number as the teacher wrote it, ``1e6``, ``2.50``), which
:mod:`quizapp.bank.editable` makes when it reads a file.

A rewrite keeps the file's leading comment block (:func:`leading_comment_of`)
but cannot keep comments further down or anchors and aliases
(:func:`has_inner_comments_or_anchors`); both are found with YAML's own
tokenizer, so a ``#`` or ``&`` inside a text is never taken for one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from quizapp.bank.question_types import QUESTION_TYPES, TYPES_BY_NAME

TOP_ORDER = (
    "format",
    "id",
    "title",
    "language",
    "description",
    "authors",
    "tags",
    "settings",
    "reading",
    "questions",
)
SETTINGS_ORDER = (
    "time_limit",
    "question_time_limit",
    "shuffle_questions",
    "shuffle_choices",
    "draw",
    "pass_mark",
    "feedback",
    "review",
    "reading_during_quiz",
    "max_attempts",
)
_QUESTION_HEAD = ("id", "type", "prompt")
_QUESTION_PICTURE = ("image", "image_alt")
_QUESTION_TAIL = ("points", "time_limit", "difficulty", "explanation", "source", "tags")
_ALL_TYPE_KEYS = tuple(dict.fromkeys(key for kind in QUESTION_TYPES for key in kind.keys))
# Top-level keys that start a section of their own, after a blank line.
_SECTIONS = frozenset({"settings", "reading", "questions"})
_NO_FOLDING = 2**31


class Verbatim(str):
    """A plain scalar written back exactly as it was read, never quoted when it can stand plain."""

    __slots__ = ()


def question_key_order(type_name: object) -> tuple[str, ...]:
    kind = TYPES_BY_NAME.get(type_name) if isinstance(type_name, str) else None
    own = kind.keys if kind is not None else _ALL_TYPE_KEYS
    return _QUESTION_HEAD + own + _QUESTION_PICTURE + _QUESTION_TAIL


def dump_bank(data: Mapping[str, Any], *, leading_comment: str = "") -> str:
    """``data`` (a bank as plain data) as YAML text, after ``leading_comment``."""
    pieces = [_comment_block(leading_comment)]
    first = True
    for key, value in _ordered(data, TOP_ORDER):
        if not first and key in _SECTIONS:
            pieces.append("\n")
        first = False
        if key == "questions" and _is_list_of_mappings(value):
            pieces.append(_dump_questions(value))
        elif key == "settings" and isinstance(value, Mapping):
            pieces.append(_dump({key: dict(_ordered(value, SETTINGS_ORDER))}))
        else:
            pieces.append(_dump({key: value}))
    return "".join(pieces)


def leading_comment_of(text: str) -> str:
    """The comment lines (and blank lines among them) before a file's first content."""
    text = text.removeprefix("\ufeff")
    first = _first_content_index(text)
    block = text[:first] if first is not None else text
    lines = block.splitlines(keepends=True)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join(lines)


def has_inner_comments_or_anchors(text: str) -> bool:
    """Whether ``text`` holds a comment after its leading block, an anchor or an alias:
    what rewriting it from its data would lose. Text YAML cannot read holds none it keeps."""
    try:
        tokens = list(yaml.scan(text.removeprefix("\ufeff"), Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        return False
    text = text.removeprefix("\ufeff")
    content_started = False
    previous_end = 0
    for token in tokens:
        if isinstance(token, yaml.AnchorToken | yaml.AliasToken):
            return True
        start = token.start_mark.index
        if content_started and "#" in text[previous_end:start]:
            return True
        if _block_scalar_header_has_comment(token, text):
            return True
        if not isinstance(token, yaml.StreamStartToken | yaml.StreamEndToken):
            content_started = True
        previous_end = max(previous_end, token.end_mark.index)
    return False


# --- internals -------------------------------------------------------------------------------


def _first_content_index(text: str) -> int | None:
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if not isinstance(token, yaml.StreamStartToken | yaml.StreamEndToken):
                return int(token.start_mark.index)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        return int(mark.index) if mark is not None else 0
    return None


def _block_scalar_header_has_comment(token: object, text: str) -> bool:
    if not isinstance(token, yaml.ScalarToken) or token.style not in ("|", ">"):
        return False
    start = token.start_mark.index
    end_of_header = text.find("\n", start)
    header = text[start : end_of_header if end_of_header >= 0 else len(text)]
    return "#" in header


def _comment_block(comment: str) -> str:
    if not comment.strip():
        return ""
    lines = []
    for line in comment.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            line = "# " + line
        lines.append(line.rstrip() + "\n")
    return "".join(lines)


def _ordered(data: Mapping[str, Any], order: Sequence[str]) -> Iterable[tuple[Any, Any]]:
    known = [(key, data[key]) for key in order if key in data]
    rest = [(key, value) for key, value in data.items() if key not in order]
    return known + rest


def _is_list_of_mappings(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _dump_questions(questions: list[Mapping[str, Any]]) -> str:
    items = []
    for question in questions:
        ordered = dict(_ordered(question, question_key_order(question.get("type"))))
        pairs = ordered.get("pairs")
        if isinstance(pairs, list):
            ordered["pairs"] = [_Pair(p) if isinstance(p, list | tuple) else p for p in pairs]
        items.append(_indent(_dump([ordered])))
    return "questions:\n" + "\n".join(items)


def _indent(text: str) -> str:
    return "".join("  " + line if line.strip() else line for line in text.splitlines(True))


def _dump(value: object) -> str:
    return yaml.dump(
        value,
        Dumper=_BankDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_NO_FOLDING,
    )


class _BankDumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # A list under a key is indented, as people write it, never level with the key.
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> ScalarNode:
    if "\x85" in value:  # a line break to YAML that PyYAML would leave bare in single quotes
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_verbatim(dumper: yaml.SafeDumper, value: Verbatim) -> ScalarNode:
    # Tagged with what the text reads as, so the emitter may leave it plain.
    tag = dumper.resolve(ScalarNode, str(value), (True, False))
    return ScalarNode(tag, str(value))


def _represent_float(dumper: yaml.SafeDumper, value: float) -> ScalarNode:
    if value != value or value in (float("inf"), float("-inf")):
        return dumper.represent_float(value)
    text = repr(value)
    if "e" in text and "." not in text.split("e")[0]:
        text = text.replace("e", ".0e", 1)  # 1e+20 -> 1.0e+20, still a number to YAML 1.1
    return dumper.represent_scalar("tag:yaml.org,2002:float", text)


class _Pair(list[Any]):
    """A matching pair written as a list: ``- [left, right]`` reads best on one line."""


def _represent_pair(dumper: yaml.SafeDumper, value: _Pair) -> yaml.Node:
    flow = all(isinstance(v, str) and "\n" not in v for v in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


def _represent_list(dumper: yaml.SafeDumper, value: Sequence[Any]) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", list(value))


_BankDumper.add_representer(str, _represent_str)
_BankDumper.add_representer(Verbatim, _represent_verbatim)
_BankDumper.add_representer(float, _represent_float)
_BankDumper.add_representer(_Pair, _represent_pair)
_BankDumper.add_representer(tuple, _represent_list)


def question_start_lines(text: str) -> tuple[int, ...]:
    """The 1-based line where each question starts in text :func:`dump_bank` wrote."""
    starts: list[int] = []
    in_questions = False
    for number, line in enumerate(text.splitlines(), 1):
        if line == "questions:":
            in_questions = True
        elif in_questions and line.startswith("  - "):
            starts.append(number)
        elif in_questions and line[:1] not in ("", " "):
            break
    return tuple(starts)
