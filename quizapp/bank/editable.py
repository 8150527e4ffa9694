"""A bank file as plain data the editor can change, and that data checked as the CLI checks it.

:func:`read_editable` turns a file's text into dicts, lists and scalars, each
scalar kept as written: a quoted scalar or a plain one that YAML reads as text
becomes a ``str``; any other plain scalar (``2012``, ``true``, ``1e6``,
``10m``) a :class:`~quizapp.bank.yaml_writer.Verbatim`, written back plain and
unchanged; a null becomes ``None``. Aliases are expanded and ``<<`` merges
applied, as the validator reads them. Writing the data back with
:func:`~quizapp.bank.yaml_writer.dump_bank` gives the same bank.

:func:`check` validates data in memory: it writes the text the editor would
save and loads it as a file, so its problems are the validator's own, with the
line and column they will have in the saved file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.bank.loader import LoadResult, load_bank_bytes
from quizapp.bank.nodereader import NO_TAG
from quizapp.bank.problems import Problem
from quizapp.bank.yaml_writer import Verbatim, dump_bank, leading_comment_of
from quizapp.bank.yamlsafe import MERGE_TAG, NULL_TAG, STR_TAG, compose

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_RESOLVER = yaml.resolver.Resolver()


@dataclass(frozen=True)
class Editable:
    data: dict[str, Any] | None  # None when the text cannot be read as YAML at all
    leading_comment: str
    problems: tuple[Problem, ...]  # why data is None (syntax, limits), else empty


@dataclass(frozen=True)
class Checked:
    text: str  # what saving the data writes
    result: LoadResult  # the bank when valid, and every problem with its place in ``text``

    @property
    def is_valid(self) -> bool:
        return self.result.bank is not None


def read_editable(text: str) -> Editable:
    root, problems = compose(text.encode("utf-8"))
    if root is None or any(p.is_error for p in problems):
        return Editable(None, leading_comment_of(text), tuple(problems))
    data = _value(root)
    if not isinstance(data, dict):
        data = {}
    return Editable(data, leading_comment_of(text), ())


def check(data: Mapping[str, Any], *, leading_comment: str, base_dir: Path | None) -> Checked:
    text = dump_bank(data, leading_comment=leading_comment)
    return Checked(text, load_bank_bytes(text.encode("utf-8"), base_dir=base_dir))


# --- internals -------------------------------------------------------------------------------


def _value(node: Node) -> Any:
    if isinstance(node, ScalarNode):
        return _scalar(node)
    if isinstance(node, SequenceNode):
        return [_value(item) for item in node.value]
    if isinstance(node, MappingNode):
        return _mapping(node)
    return None


def _scalar(node: ScalarNode) -> Any:
    if node.tag == STR_TAG or node.style:  # quoted, a block, or tagged text
        return node.value
    if node.tag == NULL_TAG or (node.tag is NO_TAG and node.value in _NULLS):
        return None
    if _RESOLVER.resolve(ScalarNode, node.value, (True, False)) == STR_TAG:
        return node.value
    return Verbatim(node.value)


def _mapping(node: MappingNode) -> dict[Any, Any]:
    result: dict[Any, Any] = {}
    merged: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        if _is_merge(key_node):
            for source in _merge_sources(value_node):
                for key, value in _mapping(source).items():
                    merged.setdefault(key, value)
            continue
        key = _key(key_node)
        result.setdefault(key, _value(value_node))  # a key written twice: the first stays
    for key, value in merged.items():
        result.setdefault(key, value)
    return result


def _key(node: Node) -> Any:
    value = _value(node)
    try:
        hash(value)
    except TypeError:
        return str(value)
    return value


def _is_merge(node: Node) -> bool:
    return (
        isinstance(node, ScalarNode)
        and node.value == "<<"
        and (node.tag == MERGE_TAG or (node.tag is NO_TAG and not node.style))
    )


def _merge_sources(node: Node) -> list[MappingNode]:
    if isinstance(node, MappingNode):
        return [node]
    if isinstance(node, SequenceNode):
        return [item for item in node.value if isinstance(item, MappingNode)]
    return []
