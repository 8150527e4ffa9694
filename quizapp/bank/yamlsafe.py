"""Safe YAML for bank files: bytes in, a node tree (or problems) out.

Only the parser and composer run (libyaml's through PyYAML's C extension, or
PyYAML's pure-Python ones when the extension is missing); no constructor
ever runs, so no object is built from a tag. The resolver is replaced by one
that leaves implicit nodes untagged (``tag is None``): the validator reads
each scalar by the type its key expects, never by YAML 1.1's guesses.

Limits checked here, each reported as a :class:`Problem`:

* more than :data:`MAX_BYTES` bytes, an empty file, a NUL byte (binary
  content): at 1:1, before anything is parsed;
* text that is not UTF-8: at the bad byte, with its byte offset;
* a character YAML does not allow, a syntax error, more than one document;
* a tag that is not one of YAML's standard tags, at the tagged node;
* more than :data:`NODE_BUDGET` nodes, counted from the parser's events
  before any node is built (only when a cheap bound says it may be so);
* anchors and aliases that would expand to more than :data:`NODE_BUDGET`
  nodes, or an alias inside the node it names: counted over the node graph
  (each shared node once, memoised), never expanded.

The tag and alias walk runs only when the bytes hold a ``!`` or an ``&``
where a tag or an anchor could start, so a plain bank pays nothing for it.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from quizapp.bank.problems import Phrase, Problem
from quizapp.bank.regular import MAX_BANK_BYTES

try:
    from yaml._yaml import CParser as _Parser

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - exercised by forcing the fallback in tests
    HAVE_LIBYAML = False

MAX_BYTES = MAX_BANK_BYTES
NODE_BUDGET = 1_000_000

_STANDARD_TAG_PREFIX = "tag:yaml.org,2002:"
STANDARD_TAGS = frozenset(
    _STANDARD_TAG_PREFIX + name
    for name in (
        "str",
        "int",
        "float",
        "bool",
        "null",
        "map",
        "seq",
        "omap",
        "pairs",
        "set",
        "binary",
        "timestamp",
        "merge",
    )
)
STR_TAG = _STANDARD_TAG_PREFIX + "str"
NULL_TAG = _STANDARD_TAG_PREFIX + "null"
MERGE_TAG = _STANDARD_TAG_PREFIX + "merge"

# PyYAML's own set of characters a YAML stream may not hold.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_FATAL_GRAPH_CODES = ("alias-budget", "alias-cycle")
# A tag or an anchor (the only way to an alias or a merge) can only start a node:
# at the start of the text or a line, after white space or a flow indicator. The
# NEL, LS and PS line breaks end in 0x85, 0xA8, 0xA9; a BOM ends in 0xBF.
_BEFORE_PROPERTY = frozenset(b" \t\r\n\x0b\x0c[{,:\x85\xa8\xa9\xbf")
_NODE_SEPARATORS = (b",", b"\n", b"\r", b"-", b":", b"?", b"[", b"{", b"\x85", b"\xa8", b"\xa9")
_NODE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent, yaml.AliasEvent)


class _Untagged:
    """Resolver mixin: implicit nodes keep ``tag = None``."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> None:
        return None


if HAVE_LIBYAML:

    class _CComposer(_Untagged, _Parser, BaseResolver):
        def __init__(self, stream: bytes) -> None:
            _Parser.__init__(self, stream)
            BaseResolver.__init__(self)


class _PyComposer(
    _Untagged,
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    BaseResolver,
):
    def __init__(self, stream: bytes) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        BaseResolver.__init__(self)


def _composer_class() -> type:
    return _CComposer if HAVE_LIBYAML else _PyComposer


def at(node: Node) -> tuple[int, int]:
    """1-based line and column (in characters) where ``node`` starts."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def compose(data: bytes) -> tuple[Node | None, list[Problem]]:
    """The document's root node, or ``None`` and the problems that stop it."""
    problem = _check_bytes(data) or _check_node_count(data)
    if problem is not None:
        return None, [problem]
    try:
        root = _composer_class()(data).get_single_node()
    except yaml.MarkedYAMLError as error:
        return None, [_syntax_problem(error, data)]
    except yaml.reader.ReaderError:
        return None, [_bad_character_problem(data)]
    except RecursionError:  # PyYAML's pure-Python composer has no depth limit of its own
        return None, [Problem("too-deep", 1, 1)]
    if root is None:
        return None, [Problem("no-document", 1, 1)]
    if not _may_hold_properties(data):
        return root, []
    problems = check_graph(root)
    if any(p.code in _FATAL_GRAPH_CODES for p in problems):
        return None, problems
    return root, problems


def _may_hold_properties(data: bytes) -> bool:
    """Whether a ``!`` or ``&`` stands where a tag or an anchor could start."""
    for sign in (b"!", b"&"):
        at_byte = data.find(sign)
        while at_byte >= 0:
            if at_byte == 0 or data[at_byte - 1] in _BEFORE_PROPERTY:
                return True
            at_byte = data.find(sign, at_byte + 1)
    return False


def _check_node_count(data: bytes) -> Problem | None:
    """More than :data:`NODE_BUDGET` nodes even before any alias is expanded.

    Every node starts after one of a few separating characters and each of
    them starts at most two nodes, so counting those bytes bounds the node
    count; only when the bound exceeds the budget are the parser's events
    counted, without building any node.
    """
    bound = 2 + 2 * sum(data.count(c) for c in _NODE_SEPARATORS)
    if bound <= NODE_BUDGET:
        return None
    parser = _composer_class()(data)
    count = 0
    try:
        while (event := parser.get_event()) is not None:
            if isinstance(event, _NODE_EVENTS):
                count += 1
                if count > NODE_BUDGET:
                    mark = event.start_mark
                    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
                    return Problem("too-many-nodes", line, column)
            elif isinstance(event, yaml.StreamEndEvent):
                return None
    except yaml.YAMLError:
        return None  # composing meets the same fault and reports it
    return None


def _check_bytes(data: bytes) -> Problem | None:
    if len(data) > MAX_BYTES:
        return Problem("too-large", 1, 1, {"size": f"{len(data):,}"})
    if not data.strip(_BOM):
        return Problem("empty-file", 1, 1)
    nul = data.find(b"\x00")
    if nul >= 0 and not data.startswith(_UTF16_BOMS):  # UTF-16 text is "not UTF-8", below
        return Problem("binary", 1, 1, {"offset": nul})
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = position_of_byte(data, error.start)
        return Problem(
            "not-utf8",
            line,
            column,
            {"byte": f"{data[error.start]:02X}", "offset": error.start},
        )
    return None


def position_of_byte(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of byte ``offset`` (a BOM takes no column)."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    prefix = data[line_start:offset]
    if line_start == 0 and prefix.startswith(_BOM):
        prefix = prefix[len(_BOM) :]
    return data.count(b"\n", 0, offset) + 1, len(prefix.decode("utf-8", "replace")) + 1


def _syntax_problem(error: yaml.MarkedYAMLError, data: bytes) -> Problem:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    problem = error.problem or "the YAML cannot be read"
    if "another document" in problem:
        return Problem("multiple-documents", line, column)
    context = ""
    if error.context and error.context_mark is not None and error.context_mark is not mark:
        context = Phrase(
            "part.syntax-context",
            context=error.context.removeprefix("while "),
            line=error.context_mark.line + 1,
            column=error.context_mark.column + 1,
        )
    elif error.context:
        context = f" ({error.context.removeprefix('while ')})"
    hint = _syntax_hint(error, data, line, column)
    if hint is not None:
        context = Phrase("part.then", first=context, second=hint)
    return Problem("yaml-syntax", line, column, {"problem": problem, "context": context})


def _syntax_hint(error: yaml.MarkedYAMLError, data: bytes, line: int, column: int) -> Phrase | None:
    """What most often causes this error, when it can be told: a hint for the teacher.

    * a tab: YAML indents with spaces, and separates with them;
    * ``": "`` inside an unquoted value (``prompt: Ratio 1: 2``): it starts a new
      key, so the text goes in quotes;
    * a quote never closed: the file ends inside the quoted text;
    * text after a closing quote (``'It's'``, or a quote left open that a later
      quote closed): where that quoted text started, and how a quote is written
      inside one.
    """
    problem = error.problem or ""
    text = _line_at(data, line)
    if text[column - 1 : column] == "\t":
        indenting = not text[: column - 1].strip()
        return Phrase("part.tab" if indenting else "part.tab-not-space")
    if problem.startswith("mapping values are not allowed") and _inside_a_value(text, column):
        return Phrase("part.colon-in-value")
    opened = error.context_mark
    if (
        "end of stream" in problem
        and error.context == "while scanning a quoted scalar"
        and opened is not None
    ):
        return Phrase("part.unclosed-quote", line=opened.line + 1, column=opened.column + 1)
    started = _quoted_text_ending_before(data, line, column)
    if started is not None:
        quote, start_line, start_column = started
        code = "part.quote-ended-single" if quote == "'" else "part.quote-ended-double"
        return Phrase(code, line=start_line, column=start_column)
    return None


def _inside_a_value(text: str, column: int) -> bool:
    """Whether the colon at ``column`` follows a key on its own line (``key: a: b``)."""
    before = text[: column - 1].lstrip(" -")
    return ": " in before or before.endswith(":")


def _quoted_text_ending_before(data: bytes, line: int, column: int) -> tuple[str, int, int] | None:
    """The quote and the 1-based start of a quoted text that ends just before line:column.

    The scanner reads the tokens again up to the error (it only fails where the
    parser did, or later); when the token before the error's position is quoted
    text ending on the error's line, that text is what the teacher did not mean
    to end there.
    """
    scanner = _composer_class()(data)
    previous = None
    try:
        while (token := scanner.get_token()) is not None:
            mark = token.start_mark
            if (mark.line + 1, mark.column + 1) >= (line, column):
                break
            previous = token
    except yaml.YAMLError:
        return None
    if not isinstance(previous, yaml.ScalarToken) or previous.style not in ("'", '"'):
        return None
    if previous.end_mark.line + 1 != line:
        return None
    start = previous.start_mark
    return previous.style, start.line + 1, start.column + 1


def _line_at(data: bytes, line: int) -> str:
    """The text of a 1-based line ("" past the end)."""
    lines = data.split(b"\n", line)
    if len(lines) < line:
        return ""
    return lines[line - 1].decode("utf-8").removesuffix("\r").lstrip("\ufeff")


def _bad_character_problem(data: bytes) -> Problem:
    text = data.decode("utf-8")
    start = 1 if text.startswith("\ufeff") else 0
    match = _NOT_PRINTABLE.search(text, start)
    if match is None:  # pragma: no cover - the reader and this pattern agree
        return Problem("yaml-syntax", 1, 1, {"problem": "unreadable text", "context": ""})
    offset = len(text[: match.start()].encode("utf-8"))
    line, column = position_of_byte(data, offset)
    return Problem(
        "bad-character",
        line,
        column,
        {"codepoint": f"{ord(match.group()):04X}", "offset": offset},
    )


def check_graph(root: Node) -> list[Problem]:
    """Tags that are not standard, and an alias expansion over budget or cyclic.

    Sizes are counted per distinct collection node and memoised, so the
    work is linear in the nodes the file actually holds, however far its
    aliases would expand.
    """
    problems: list[Problem] = []
    sizes: dict[int, int] = {}  # expanded size of each finished collection node
    open_nodes: set[int] = set()  # collection nodes on the path from the root
    # Iterative post-order walk: (node, children already pushed?)
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        if finished:
            open_nodes.discard(id(node))
            size = 1
            for child in _children(node):
                size += sizes.get(id(child), 1)  # a scalar is never in sizes
            if size > NODE_BUDGET:
                return [Problem("alias-budget", *at(node))]
            sizes[id(node)] = size
            continue
        if id(node) in sizes:
            continue
        if node.tag is not None and node.tag not in STANDARD_TAGS:
            problems.append(_tag_problem(node))
        if isinstance(node, ScalarNode):
            continue
        open_nodes.add(id(node))
        stack.append((node, True))
        for child in _children(node):
            if isinstance(child, ScalarNode):
                if child.tag is not None and child.tag not in STANDARD_TAGS:
                    problems.append(_tag_problem(child))
            elif id(child) in open_nodes:
                return [Problem("alias-cycle", *at(child))]
            elif id(child) not in sizes:
                stack.append((child, False))
    # A scalar shared through aliases is one Problem, not one per use.
    unique = {(p.line, p.column): p for p in problems}
    return sorted(unique.values(), key=lambda p: (p.line, p.column))


def _tag_problem(node: Node) -> Problem:
    """The tag as a teacher would write it: ``!!python/object``, ``!foo``."""
    tag = node.tag
    if tag.startswith(_STANDARD_TAG_PREFIX):
        tag = "!!" + tag.removeprefix(_STANDARD_TAG_PREFIX)
    return Problem("tag", *at(node), {"tag": tag})


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return list(node.value) if isinstance(node, SequenceNode) else []
