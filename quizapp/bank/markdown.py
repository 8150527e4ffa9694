"""The bank format's safe Markdown subset, as HTML for Qt rich text and as plain text.

The subset: ``*emphasis*`` and ``_emphasis_``, ``**strong**``, ``inline
code``, bullet lists (``-`` or ``*``), numbered lists (``1.``), paragraphs
(separated by a blank line) and line breaks (a new line in the source is a
new line on screen, as the teacher sees it in their editor). A backslash
before an ASCII punctuation character shows that character as written.

Everything else is text. Every piece of source text is escaped before any
tag is added, the only tags made are ``p ul ol li em strong code br``, and
no tag has an attribute, so raw HTML is shown as written, and no link,
image or attribute from a bank ever reaches a widget.

Emphasis follows CommonMark's delimiter-run rules (flanking, the rule of
three, ``_`` not within words), matched with its "process emphasis"
algorithm and its openers-bottom bound, so the work is linear in the length
of the text: no regular expression here can backtrack.
"""

from __future__ import annotations

import html
import itertools
import re
import string
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

__all__ = ["plain_text", "render_markdown"]

_LIST_ITEM = re.compile(r"(?:(?P<bullet>[-*])|[0-9]{1,9}\.)[ \t]+(?P<content>\S.*)")
_PLAIN_RUN = re.compile(r"[^\\`*_\n]+")
_SAME_CHAR_RUN = re.compile(r"`+|\*+|_+")
_BACKTICK_RUN = re.compile(r"`+")
_ASCII_PUNCTUATION = frozenset(string.punctuation)


def render_markdown(text: str) -> str:
    """HTML for a Qt rich-text widget (QLabel, QTextBrowser)."""
    return "\n".join(_block_html(block) for block in _blocks(text))


def plain_text(text: str) -> str:
    """The text with the markup taken away: what a reader sees, without styling."""
    return "\n\n".join(_block_plain(block) for block in _blocks(text))


# --- blocks ----------------------------------------------------------------------------


@dataclass
class _Paragraph:
    lines: list[str]


@dataclass
class _List:
    numbered: bool
    items: list[list[str]]  # each item's lines


_Block = _Paragraph | _List


def _blocks(text: str) -> Iterator[_Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")
    lines = [line.strip() for line in text.split("\n")]
    i = 0
    while i < len(lines):
        if not lines[i]:
            i += 1
            continue
        block, i = _list_from(lines, i) if _list_item(lines[i]) else _paragraph_from(lines, i)
        yield block


def _paragraph_from(lines: list[str], i: int) -> tuple[_Paragraph, int]:
    start = i
    while i < len(lines) and lines[i] and not _list_item(lines[i]):
        i += 1
    return _Paragraph(lines[start:i]), i


def _list_from(lines: list[str], i: int) -> tuple[_List, int]:
    """A list runs over its items' following lines and over blank lines between its items."""
    first = _list_item(lines[i])
    assert first is not None
    numbered = first[0]
    items = [[first[1]]]
    i += 1
    while i < len(lines):
        if not lines[i]:
            following = _next_filled(lines, i)
            item = _list_item(lines[following]) if following is not None else None
            if following is None or item is None or item[0] != numbered:
                break
            i = following
            continue
        item = _list_item(lines[i])
        if item is None:
            items[-1].append(lines[i])  # a following line continues the item
        elif item[0] == numbered:
            items.append([item[1]])
        else:
            break  # the other kind of list starts here
        i += 1
    return _List(numbered, items), i


def _list_item(line: str) -> tuple[bool, str] | None:
    """(numbered, content) when the line starts a list item."""
    match = _LIST_ITEM.fullmatch(line)
    if match is None:
        return None
    return match.group("bullet") is None, match.group("content")


def _next_filled(lines: list[str], i: int) -> int | None:
    while i < len(lines):
        if lines[i]:
            return i
        i += 1
    return None


def _block_html(block: _Block) -> str:
    if isinstance(block, _Paragraph):
        return f"<p>{_inline_html(block.lines)}</p>"
    tag = "ol" if block.numbered else "ul"
    items = "".join(f"<li>{_inline_html(lines)}</li>" for lines in block.items)
    return f"<{tag}>{items}</{tag}>"


def _block_plain(block: _Block) -> str:
    if isinstance(block, _Paragraph):
        return _inline_plain(block.lines)
    return "\n".join(
        f"{number}. {_inline_plain(lines)}" if block.numbered else f"- {_inline_plain(lines)}"
        for number, lines in enumerate(block.items, start=1)
    )


# --- inlines ---------------------------------------------------------------------------


@dataclass
class _Text:
    text: str


@dataclass
class _Code:
    text: str


@dataclass
class _Break:
    pass


@dataclass(eq=False)
class _Delimiter:
    """A run of ``*`` or ``_``; the part not used for emphasis is shown as written."""

    char: str
    count: int
    original_count: int
    can_open: bool
    can_close: bool
    order: int
    closes: list[str] = field(default_factory=list)  # tags closed before it, innermost first
    opens: list[str] = field(default_factory=list)  # tags opened after it, innermost first
    previous: _Delimiter | None = None
    next: _Delimiter | None = None


_Inline = _Text | _Code | _Break | _Delimiter


def _inline_html(lines: list[str]) -> str:
    out: list[str] = []
    for node in _inlines("\n".join(lines)):
        if isinstance(node, _Text):
            out.append(html.escape(node.text))
        elif isinstance(node, _Code):
            out.append(f"<code>{html.escape(node.text)}</code>")
        elif isinstance(node, _Break):
            out.append("<br>")
        else:
            out.extend(f"</{tag}>" for tag in node.closes)
            out.append(html.escape(node.char * node.count))
            out.extend(f"<{tag}>" for tag in reversed(node.opens))
    return "".join(out)


def _inline_plain(lines: list[str]) -> str:
    out: list[str] = []
    for node in _inlines("\n".join(lines)):
        if isinstance(node, _Text | _Code):
            out.append(node.text)
        elif isinstance(node, _Break):
            out.append("\n")
        else:
            out.append(node.char * node.count)
    return "".join(out)


def _inlines(text: str) -> list[_Inline]:
    nodes = _scan(text)
    _match_emphasis([node for node in nodes if isinstance(node, _Delimiter)])
    return nodes


def _scan(text: str) -> list[_Inline]:
    """Text, code spans, line breaks and delimiter runs, in order."""
    nodes: list[_Inline] = []
    pending: list[str] = []
    closers = _CodeSpanClosers(text)

    def flush() -> None:
        if pending:
            nodes.append(_Text("".join(pending)))
            pending.clear()

    i = 0
    while i < len(text):
        plain = _PLAIN_RUN.match(text, i)
        if plain:
            pending.append(plain.group())
            i = plain.end()
            continue
        char = text[i]
        if char == "\\":
            following = text[i + 1 : i + 2]
            if following == "\n":
                i += 1  # a backslash ending a line asks for the break the line makes anyway
            elif following and following in _ASCII_PUNCTUATION:
                pending.append(following)
                i += 2
            else:
                pending.append(char)
                i += 1
        elif char == "\n":
            flush()
            nodes.append(_Break())
            i += 1
        else:
            run = _SAME_CHAR_RUN.match(text, i)
            assert run is not None
            end = run.end()
            if char == "`":
                close = closers.after(end, end - i)
                if close is None:
                    pending.append(run.group())
                else:
                    flush()
                    nodes.append(_Code(_code_text(text[end:close])))
                    end = close + (end - i)
            else:
                flush()
                nodes.append(_delimiter(text, i, end, order=len(nodes)))
            i = end
    flush()
    return nodes


class _CodeSpanClosers:
    """Finds the backtick run that closes a code span, in linear time overall.

    A code span opened by N backticks is closed by the next run of exactly N.
    Openers are met left to right, so each length's pointer only moves on.
    """

    def __init__(self, text: str) -> None:
        self._starts: dict[int, list[int]] = {}
        for run in _BACKTICK_RUN.finditer(text):
            self._starts.setdefault(run.end() - run.start(), []).append(run.start())
        self._next: dict[int, int] = dict.fromkeys(self._starts, 0)

    def after(self, position: int, length: int) -> int | None:
        starts = self._starts.get(length)
        if starts is None:
            return None
        k = self._next[length]
        while k < len(starts) and starts[k] < position:
            k += 1
        self._next[length] = k
        return starts[k] if k < len(starts) else None


def _code_text(raw: str) -> str:
    text = raw.replace("\n", " ")
    if len(text) >= 2 and text[0] == " " and text[-1] == " " and text.strip(" "):
        return text[1:-1]
    return text


def _delimiter(text: str, start: int, end: int, *, order: int) -> _Delimiter:
    """A delimiter run, with CommonMark's left- and right-flanking rules."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left_flanking = not after.isspace() and (
        not _is_punctuation(after) or before.isspace() or _is_punctuation(before)
    )
    right_flanking = not before.isspace() and (
        not _is_punctuation(before) or after.isspace() or _is_punctuation(after)
    )
    char = text[start]
    if char == "*":
        can_open, can_close = left_flanking, right_flanking
    else:  # "_" never opens or closes inside a word (snake_case stays as written)
        can_open = left_flanking and (not right_flanking or _is_punctuation(before))
        can_close = right_flanking and (not left_flanking or _is_punctuation(after))
    count = end - start
    return _Delimiter(char, count, count, can_open, can_close, order)


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _match_emphasis(delimiters: list[_Delimiter]) -> None:
    """CommonMark's "process emphasis": pair closers with the nearest fitting opener.

    Delimiters between a matched pair can no longer match and leave the list.
    When a closer finds no opener, the search bound for closers like it moves
    up to it, so no stretch of the list is searched again and again.
    """
    for earlier, later in itertools.pairwise(delimiters):
        earlier.next, later.previous = later, earlier
    bottoms: dict[tuple[str, bool, int], int] = {}
    closer = delimiters[0] if delimiters else None
    while closer is not None:
        if not closer.can_close:
            closer = closer.next
            continue
        key = (closer.char, closer.can_open, closer.original_count % 3)
        bottom = bottoms.get(key, -1)
        opener = closer.previous
        while opener is not None and opener.order > bottom and not _can_pair(opener, closer):
            opener = opener.previous
        if opener is not None and opener.order > bottom:
            closer = _pair(opener, closer)
        else:
            bottoms[key] = closer.previous.order if closer.previous else -1
            following = closer.next
            if not closer.can_open:
                _unlink(closer)
            closer = following


def _can_pair(opener: _Delimiter, closer: _Delimiter) -> bool:
    if opener.char != closer.char or not opener.can_open:
        return False
    # The rule of three: "*foo**bar*" is one emphasis, not a pair of "*" and "**".
    if (opener.can_close or closer.can_open) and (
        opener.original_count + closer.original_count
    ) % 3 == 0:
        return opener.original_count % 3 == 0 and closer.original_count % 3 == 0
    return True


def _pair(opener: _Delimiter, closer: _Delimiter) -> _Delimiter | None:
    """Make one emphasis from ``opener`` to ``closer``; the closer to look at next."""
    used = 2 if opener.count >= 2 and closer.count >= 2 else 1
    tag = "strong" if used == 2 else "em"
    opener.count -= used
    closer.count -= used
    opener.opens.append(tag)
    closer.closes.append(tag)
    opener.next, closer.previous = closer, opener
    if opener.count == 0:
        _unlink(opener)
    if closer.count == 0:
        following = closer.next
        _unlink(closer)
        return following
    return closer


def _unlink(delimiter: _Delimiter) -> None:
    if delimiter.previous is not None:
        delimiter.previous.next = delimiter.next
    if delimiter.next is not None:
        delimiter.next.previous = delimiter.previous
    delimiter.previous = delimiter.next = None
