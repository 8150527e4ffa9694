"""Read YAML nodes by the type their key expects, collecting every problem.

Each ``read_*`` method takes the node, the *label* of what holds it
(``'question "q1"'``, ``"settings"``, or ``""`` at the top level) and the key,
and returns the value, or ``None`` after recording a :class:`Problem` at the
node. The location prefix of a message (``where``) is built only when there
is something to report, so reading a valid bank costs no string work.

Scalars are never read by YAML 1.1's guesses: text keys take the scalar as
written (``2.50``, ``no``), booleans are only a plain ``true``/``false`` (any
letter case), numbers only a plain decimal (:data:`scalars.NUMBER`). A plain
empty value, ``~`` or ``null`` is *nothing*, an error wherever a value is
expected. An explicit ``!!str`` tag makes a scalar text, like quotes do.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.bank import scalars
from quizapp.bank.problems import Phrase, Problem, Severity
from quizapp.bank.textnorm import fold_whitespace
from quizapp.bank.yamlsafe import MERGE_TAG, NULL_TAG, STR_TAG, at

Pair = tuple[Node, Node]
Entries = dict[str, Pair]  # key text -> (key node, value node)

NULLS = scalars.NULLS
_QUOTE_LIMIT = 60
MAX_WHOLE = 1_000_000_000  # draw, max_attempts: beyond any quiz, within any database integer
MAX_POINTS = 1_000_000  # a question's points: the format's bound

# number rule -> (problem code, test the value must pass)
NUMBER_RULES = {
    "any": ("not-number", lambda v: True),
    "positive": ("not-positive-number", lambda v: v > 0),
    "non-negative": ("not-non-negative-number", lambda v: v >= 0),
    "percent": ("not-percent", lambda v: 0 <= v <= 100),
    "whole": ("not-whole-number", lambda v: 1 <= v <= MAX_WHOLE and float(v).is_integer()),
}


def where(label: str, key: str | None) -> str:
    """The location prefix of a message: ``'question "q1": points'``, ``"settings.draw"``.

    A :class:`~quizapp.bank.problems.Phrase`, so the UI can say it in its language.
    """
    if key is None:
        return label or Phrase("part.top-level")
    if not label:
        return key
    if label == "settings" or label == "reading":
        return Phrase("part.setting", label=label, key=key)
    return Phrase("part.key-of", label=label, key=key)


@functools.lru_cache(maxsize=1024)
def list_item(key: str, number: int) -> str:
    """How a message names item ``number`` (from 1) of the list under ``key``.

    Cached: every answer of every multiple-choice question asks for one.
    """
    return Phrase("part.list-item", key=key, number=number)


def quote(text: str) -> str:
    """``text`` in double quotes as a message shows it, cut short when long.

    Written as is, backslashes and quotes included; only text holding line
    breaks, tabs or other control characters is shown escaped (``\\n``).
    """
    if len(text) > _QUOTE_LIMIT:
        text = text[: _QUOTE_LIMIT - 1] + "…"
    if text.isprintable():
        return f'"{text}"'
    return json.dumps(text, ensure_ascii=False)


def quote_all(texts: Iterable[str], limit: int = 10) -> str:
    shown = [quote(t) for t in texts]
    if len(shown) > limit:
        shown = [*shown[:limit], "…"]
    return ", ".join(shown)


# An implicit node's tag is None, although the stubs type it ``str``; comparing with
# this Any-typed name keeps mypy from calling the None branches unreachable.
NO_TAG: Any = None


def is_null(node: Node) -> bool:
    if not isinstance(node, ScalarNode):
        return False
    if node.tag is NO_TAG:
        return not node.style and node.value in NULLS
    return bool(node.tag == NULL_TAG)


def is_plain(node: ScalarNode) -> bool:
    """Written without quotes or block indicators, and not tagged ``!!str``."""
    return not node.style and node.tag != STR_TAG


def found(node: Node) -> str:
    """How a message names what the file holds at ``node``."""
    if isinstance(node, MappingNode):
        return Phrase("part.found-mapping")
    if isinstance(node, SequenceNode):
        return Phrase("part.found-list")
    if is_null(node):
        return Phrase("part.found-nothing")
    return quote(node.value)


def _text_with_a_colon(node: Node) -> bool:
    """A one-key mapping of plain words where text was expected: ``- Time: 10 s``.

    Most likely text with ``": "`` in it that was meant as text, not as a key.
    """
    if not isinstance(node, MappingNode) or node.flow_style or len(node.value) != 1:
        return False
    ((name, value),) = node.value
    return (
        isinstance(name, ScalarNode)
        and is_plain(name)
        and isinstance(value, ScalarNode)
        and is_plain(value)
        and name.start_mark.line == value.start_mark.line
    )


class NodeReader:
    """Typed reads over nodes; ``problems`` collects every complaint."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    # --- recording ---

    def error(self, code: str, node: Node, **args: Any) -> None:
        line, column = at(node)
        self.problems.append(Problem(code, line, column, args))

    def warn(self, code: str, node: Node, **args: Any) -> None:
        line, column = at(node)
        self.problems.append(Problem(code, line, column, args, Severity.WARNING))

    @property
    def count(self) -> int:
        """How many problems so far; compare before and after a read to see if it failed."""
        return len(self.problems)

    def errors_since(self, count: int) -> bool:
        problems = self.problems
        return len(problems) != count and any(p.is_error for p in problems[count:])

    # --- mappings ---

    def read_mapping(self, node: Node, label: str, key: str | None) -> Entries | None:
        """Key text -> (key node, value node), with ``<<`` merges applied.

        Explicit keys win over merged ones, and an earlier mapping in a merged
        list wins over a later one, as YAML's merge key says. A key written
        twice is an error at its second occurrence; a merged key that an
        explicit one overrides is not a duplicate.
        """
        if not isinstance(node, MappingNode):
            self.error("not-mapping", node, where=where(label, key), found=found(node))
            return None
        entries: Entries = {}
        merge_key: Node | None = None
        merged: Entries = {}
        for pair in node.value:
            key_node = pair[0]
            name = key_node.value
            if (
                isinstance(key_node, ScalarNode)
                and name not in entries
                and name not in NULLS
                and name != "<<"
            ):
                entries[name] = pair
            elif not isinstance(key_node, ScalarNode) or is_null(key_node):
                self.error("key-not-text", key_node, where=where(label, key), found=found(key_node))
            elif name in entries:
                self._duplicate_key(key_node, entries[name][0], label, key)
            elif _is_merge(key_node):
                if merge_key is not None:
                    self._duplicate_key(key_node, merge_key, label, key)
                else:
                    merge_key = key_node
                    merged = self._merged_entries(pair[1], label, key)
            else:  # "<<" in quotes, or "", "~", "null" in quotes: a key like any other
                entries[name] = pair
        for name, pair in merged.items():
            entries.setdefault(name, pair)
        return entries

    def _duplicate_key(self, node: Node, first: Node, label: str, key: str | None) -> None:
        self.error(
            "duplicate-key",
            node,
            where=where(label, key),
            key=quote(node.value),
            first_line=at(first)[0],
        )

    def _merged_entries(self, value: Node, label: str, key: str | None) -> Entries:
        if isinstance(value, MappingNode):
            sources = [value]
        elif isinstance(value, SequenceNode) and all(
            isinstance(item, MappingNode) for item in value.value
        ):
            sources = list(value.value)
        else:
            self.error("bad-merge", value, where=where(label, key), found=found(value))
            return {}
        merged: Entries = {}
        for source in sources:
            for name, pair in (self.read_mapping(source, label, key) or {}).items():
                merged.setdefault(name, pair)
        return merged

    def check_keys(
        self,
        entries: Entries,
        known: frozenset[str],
        ordered: tuple[str, ...],
        label: str,
        key: str | None = None,
    ) -> None:
        """An error for every key not in ``known``, with a did-you-mean when one is close."""
        if entries.keys() <= known:
            return
        for name, (key_node, _) in entries.items():
            if name in known:
                continue
            suggestion = scalars.did_you_mean(name, ordered)
            if suggestion is not None:
                hint = Phrase("part.did-you-mean", suggestion=suggestion)
            else:
                hint = Phrase("part.known-keys", keys=", ".join(ordered))
            self.error("unknown-key", key_node, where=where(label, key), key=quote(name), hint=hint)

    def require(
        self,
        entries: Entries,
        names: Iterable[str],
        mapping: Node,
        label: str,
        key: str | None = None,
    ) -> None:
        """A missing key is reported at the first line of the mapping that lacks it."""
        for name in names:
            if name not in entries:
                self.error("missing-key", mapping, where=where(label, key), key=quote(name))

    # --- scalars ---

    def read_text(self, node: Node, label: str, key: str, *, non_empty: bool = False) -> str | None:
        if isinstance(node, ScalarNode) and (
            (node.tag is NO_TAG and (node.style or node.value not in NULLS))
            or (node.tag is not NO_TAG and node.tag != NULL_TAG)
        ):
            value: str = node.value
        else:
            what = found(node)
            if _text_with_a_colon(node):
                what = Phrase("part.then", first=what, second=Phrase("part.colon-in-value"))
            self.error("not-text", node, where=where(label, key), found=what)
            return None
        if non_empty and not value.strip():
            self.error("empty-text", node, where=where(label, key))
            return None
        return value

    def read_boolean(self, node: Node, label: str, key: str) -> bool | None:
        if isinstance(node, ScalarNode) and is_plain(node):
            value = scalars.BOOLEANS.get(node.value.lower())
            if value is not None:
                return value
        hint = ""
        if isinstance(node, ScalarNode) and not is_null(node):
            lowered = node.value.strip().lower()
            if not is_plain(node) and lowered in scalars.BOOLEANS:
                hint = Phrase("part.in-quotes")
            elif lowered in scalars.YAML11_BOOLEANS:
                hint = Phrase("part.yaml11-boolean")
        self.error("not-boolean", node, where=where(label, key), found=found(node), hint=hint)
        return None

    def read_number(self, node: Node, label: str, key: str, rule: str = "any") -> float | None:
        """A plain decimal number that passes ``rule`` (see :data:`NUMBER_RULES`)."""
        code, test = NUMBER_RULES[rule]
        if isinstance(node, ScalarNode) and is_plain(node) and scalars.NUMBER.fullmatch(node.value):
            value = float(node.value)
            if math.isfinite(value) and test(value):
                return value
            self.error(code, node, where=where(label, key), found=node.value, hint="")
            return None
        self.error(code, node, where=where(label, key), found=found(node), hint=_number_hint(node))
        return None

    def read_whole(self, node: Node, label: str, key: str) -> int | None:
        value = self.read_number(node, label, key, "whole")
        return None if value is None else int(value)

    def read_duration(self, node: Node, label: str, key: str) -> int | None:
        """Whole seconds from ``600`` (plain) or ``"10m"``, ``"1h 30m 15s"``."""
        hint = ""
        if isinstance(node, ScalarNode) and not is_null(node):
            text = node.value
            if is_plain(node) and scalars.WHOLE.fullmatch(text):
                seconds = scalars.whole_seconds(text)
            else:
                seconds = scalars.parse_duration(text)
                if seconds is None and scalars.whole_seconds(text.strip()) is not None:
                    hint = Phrase("part.duration-plain", seconds=text.strip())
            if seconds is not None:
                return seconds
        self.error("not-duration", node, where=where(label, key), found=found(node), hint=hint)
        return None

    def read_one_of(self, node: Node, label: str, key: str, options: tuple[str, ...]) -> str | None:
        text = self.read_text(node, label, key)
        if text is None:
            return None
        if text in options:
            return text
        suggestion = scalars.did_you_mean(text, options)
        hint = Phrase("part.did-you-mean", suggestion=suggestion) if suggestion else ""
        self.error(
            "not-one-of",
            node,
            where=where(label, key),
            options=quote_all(options),
            found=found(node),
            hint=hint,
        )
        return None

    def read_slug(self, node: Node, label: str, key: str) -> str | None:
        text = self.read_text(node, label, key)
        if text is None:
            return None
        if scalars.is_slug(text):
            return text
        slug = scalars.slug_suggestion(text)
        hint = Phrase("part.slug-example", slug=slug) if slug else ""
        self.error("not-slug", node, where=where(label, key), found=found(node), hint=hint)
        return None

    # --- lists ---

    def read_list(
        self,
        node: Node,
        label: str,
        key: str,
        *,
        minimum: int = 0,
        maximum: int | None = None,
    ) -> list[Node] | None:
        if not isinstance(node, SequenceNode):
            self.error("not-list", node, where=where(label, key), found=found(node))
            return None
        items: list[Node] = node.value
        if len(items) < minimum:
            self.error(
                "too-few-items", node, where=where(label, key), minimum=minimum, count=len(items)
            )
        elif maximum is not None and len(items) > maximum:
            self.error(
                "too-many-items", node, where=where(label, key), maximum=maximum, count=len(items)
            )
        return items

    def read_text_list(
        self,
        node: Node,
        label: str,
        key: str,
        *,
        minimum: int = 0,
        maximum: int | None = None,
        non_empty: bool = False,
    ) -> tuple[list[str], list[Node]] | None:
        """The texts and their nodes; ``None`` when the list or any item is wrong."""
        items = self.read_list(node, label, key, minimum=minimum, maximum=maximum)
        if items is None:
            return None
        before = self.count
        texts: list[str] = []
        for number, item in enumerate(items, 1):
            if (
                isinstance(item, ScalarNode)
                and item.tag is NO_TAG
                and (item.style or item.value not in NULLS)
                and (not non_empty or item.value.strip())
            ):
                texts.append(item.value)
                continue
            value = self.read_text(item, label, list_item(key, number), non_empty=non_empty)
            if value is not None:
                texts.append(value)
        if self.count != before:
            return None
        return texts, items

    def check_distinct(
        self,
        texts: list[str],
        nodes: list[Node],
        label: str,
        key: str,
    ) -> dict[str, str] | None:
        """Each text by its white-space folded form, or ``None`` when two are the same.

        A duplicate is an error at its second occurrence; texts that differ only
        in letter case are a warning.
        """
        by_folded: dict[str, str] = {}
        first_index: dict[str, int] = {}
        clean = True
        for index, text in enumerate(texts):
            folded = fold_whitespace(text)
            if folded not in by_folded:
                by_folded[folded] = text
                first_index[folded] = index
                continue
            clean = False
            first = first_index[folded]
            self.error(
                "duplicate-item",
                nodes[index],
                where=where(label, list_item(key, index + 1)),
                found=quote(text),
                first=first + 1,
                first_line=at(nodes[first])[0],
            )
        if not clean:
            return None
        if len({folded.casefold() for folded in by_folded}) != len(by_folded):
            self._warn_case_variants(texts, nodes, first_index, label, key)
        return by_folded

    def _warn_case_variants(
        self,
        texts: list[str],
        nodes: list[Node],
        seen: dict[str, int],
        label: str,
        key: str,
    ) -> None:
        by_case: dict[str, int] = {}
        for folded, index in seen.items():
            first = by_case.setdefault(folded.casefold(), index)
            if first != index:
                self.warn(
                    "case-variant",
                    nodes[index],
                    where=where(label, list_item(key, index + 1)),
                    found=quote(texts[index]),
                    first=first + 1,
                )


def _is_merge(key_node: ScalarNode) -> bool:
    return key_node.value == "<<" and not key_node.style and key_node.tag in (None, MERGE_TAG)


def _number_hint(node: Node) -> str:
    if not isinstance(node, ScalarNode) or is_null(node):
        return ""
    suggestions = scalars.plain_number_suggestions(node.value)
    if not suggestions:
        return ""
    if not is_plain(node) and scalars.NUMBER.fullmatch(node.value.strip()):
        return Phrase("part.in-quotes")
    plain = suggestions[0]
    for other in suggestions[1:]:
        plain = Phrase("part.either", first=plain, second=other)
    return Phrase("part.plain-number", plain=plain)
