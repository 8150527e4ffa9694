"""HTML from another tool reduced to the bank's safe Markdown subset, or to plain text.

Only what the subset can say survives: paragraphs, line breaks, emphasis,
strong, inline code and lists. Every other tag is dropped and its text kept
(a link's text, not its address); the content of ``script``, ``style`` and
the like is dropped whole; a picture leaves nothing but is counted, so the
caller can say so. Text is escaped for Markdown, so nothing in it can become
markup by accident, and no HTML ever survives as HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

_SKIPPED = frozenset({"script", "style", "head", "title", "template", "object", "iframe", "svg"})
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "section"}
)
_NESTED_MARK = {"*": "_", "**": "__"}
_INLINE_MARKS = {"strong": "**", "b": "**", "em": "*", "i": "*", "code": "`", "tt": "`"}
# Markdown punctuation that could start markup in the subset, escaped with a backslash.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_])")
_LIST_START = re.compile(r"^(\s*)([-*+]|\d{1,9}\.)(\s)", re.MULTILINE)


@dataclass(frozen=True)
class Reduced:
    text: str
    pictures: int  # <img> tags dropped


def escape_markdown(text: str) -> str:
    """Plain text written so the bank's Markdown shows it exactly as it is."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LIST_START.sub(_escape_list_start, text)


def _escape_list_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    escaped = "\\" + marker if not marker[0].isdigit() else marker[:-1] + "\\."
    return match.group(1) + escaped + match.group(3)


def html_to_markdown(html: str, *, keep_newlines: bool = False) -> Reduced:
    """HTML (or Moodle's auto-format, ``keep_newlines``) as the bank's Markdown."""
    parser = _Reducer(markdown=True, keep_newlines=keep_newlines)
    parser.feed(html)
    parser.close()
    return Reduced(parser.result(), parser.pictures)


def html_to_plain(html: str) -> Reduced:
    """HTML as one line of plain text (white space folded)."""
    parser = _Reducer(markdown=False, keep_newlines=False)
    parser.feed(html)
    parser.close()
    return Reduced(" ".join(parser.result().split()), parser.pictures)


class _Reducer(HTMLParser):
    def __init__(self, *, markdown: bool, keep_newlines: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.keep_newlines = keep_newlines
        self.out: list[str] = []
        self.skipping = 0
        self.lists: list[list[int]] = []  # per open list: [next number] or [] when bulleted
        self.pictures = 0
        self.in_code = 0  # inside `code`, where a backslash is shown as written
        # The inline marks open, innermost last: [mark, where it is in out].
        self.marks: list[list[Any]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "img":
            self.pictures += 1
        elif self.skipping:
            return
        elif tag == "br":
            self.out.append("\n")
        elif tag in _BLOCKS:
            self._paragraph_break()
        elif tag in ("ul", "ol"):
            self._paragraph_break()
            self.lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            self._line_break()
            self.out.append(self._list_marker())
        elif tag in _INLINE_MARKS and self.markdown:
            mark = _INLINE_MARKS[tag]
            for outer in self.marks:
                # *…* inside *…* would close it: the outer one becomes _…_, which nests
                if outer[0] == mark and mark in _NESTED_MARK:
                    outer[0] = self.out[outer[1]] = _NESTED_MARK[mark]
            self.marks.append([mark, len(self.out)])
            self.out.append(mark)
            self.in_code += mark == "`"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED:
            self.skipping -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping:
            return
        elif tag in _BLOCKS:
            self._paragraph_break()
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self._paragraph_break()
        elif tag in _INLINE_MARKS and self.markdown:
            mark = self.marks.pop()[0] if self.marks else _INLINE_MARKS[tag]
            self.out.append(mark)
            self.in_code -= mark == "`" and self.in_code > 0

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if not self.keep_newlines:
            data = re.sub(r"\s+", " ", data)
        self.out.append(escape_markdown(data) if self.markdown and not self.in_code else data)

    def _list_marker(self) -> str:
        if not self.lists or not self.lists[-1]:
            return "- "
        number = self.lists[-1][0]
        self.lists[-1][0] += 1
        return f"{number}. "

    def _line_break(self) -> None:
        if self.out and not "".join(self.out[-2:]).endswith("\n"):
            self.out.append("\n")

    def _paragraph_break(self) -> None:
        if self.out:
            self.out.append("\n\n")

    def result(self) -> str:
        text = "".join(self.out)
        lines = [line.strip() for line in text.split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
        return text.strip()
