"""HTML from another tool, reduced to the bank's safe Markdown subset.

Moodle keeps question text as HTML. A bank holds Markdown of which only
emphasis, strong, inline code, lists, paragraphs and line breaks mean anything
(:mod:`quizapp.bank.markdown`), and shows any HTML as text. So HTML is not
kept: its text is taken out, what the subset can say is said in Markdown, the
rest is plain text, and every character of the text that Markdown would read
as markup is escaped. Scripts, styles and comments are dropped with their
content; pictures are reported to the caller (:func:`html_images`), never
written into the text.

The parser is the standard library's, which never fetches anything and
decodes character references itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

__all__ = ["HtmlImage", "escape_markdown", "html_images", "html_to_markdown"]

_BLOCKS = frozenset(
    "address article aside blockquote center dd div dl dt figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table tbody thead tfoot tr ul".split()
)
_DROPPED = frozenset({"script", "style", "template", "head", "title", "noscript", "iframe"})
_EMPHASIS = {"em": "*", "i": "*", "cite": "*", "strong": "**", "b": "**"}
_CODE = frozenset({"code", "tt", "kbd", "samp"})
_CELLS = frozenset({"td", "th"})

_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_])")
_LOOKS_LIKE_LIST_ITEM = re.compile(r"([-*]|[0-9]{1,9}\.)([ \t]+\S)")
_WEB_ADDRESS = re.compile(r"(?:https?://|mailto:)[^\s<>]+\Z", re.IGNORECASE)
_ESCAPED = re.compile(r"\\([\\`*_])")
_WHITE_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_MANY_BREAKS = re.compile(r"\n{3,}")
# Marks a line as a list item this module made (never text from the HTML, which
# loses this character): such a line's marker is not escaped.
_ITEM_MARK = "\ue000"
_PARAGRAPH = "\ue001"
_LINE_BREAK = "\ue002"
_OURS = re.compile(f"[{_ITEM_MARK}{_PARAGRAPH}{_LINE_BREAK}]")


def escape_markdown(text: str) -> str:
    """Plain ``text`` as Markdown that shows exactly that text.

    Backslashes go before the characters of emphasis and code, and before a
    list marker that starts a line.
    """
    escaped = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return "\n".join(_escape_list_marker(line) for line in escaped.split("\n"))


def _escape_list_marker(line: str) -> str:
    stripped = line.lstrip()
    match = _LOOKS_LIKE_LIST_ITEM.match(stripped)
    if match is None:
        return line
    marker = match.group(1)
    escaped_marker = "\\-" if marker == "-" else f"{marker[:-1]}\\."
    indent = line[: len(line) - len(stripped)]
    return indent + escaped_marker + stripped[len(marker) :]


def html_to_markdown(html: str) -> str:
    """The bank's Markdown for an HTML fragment; no tag or attribute of it survives."""
    html = _OURS.sub("", html)
    if "<" not in html and "&" not in html:  # plain text, as most answers are: no parser needed
        return _line(_MARKDOWN_PUNCTUATION.sub(r"\\\1", _WHITE_SPACE.sub(" ", html)))
    return _parsed(html)


def _parsed(html: str) -> str:
    reducer = _Reducer()
    reducer.feed(html)
    reducer.close()
    return reducer.markdown()


@dataclass(frozen=True)
class HtmlImage:
    src: str
    alt: str


def html_images(html: str) -> list[HtmlImage]:
    """The pictures (``<img src alt>``) an HTML fragment shows, in order."""
    finder = _ImageFinder()
    finder.feed(html)
    finder.close()
    return finder.images


class _ImageFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[HtmlImage] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            values = {name: value or "" for name, value in attrs}
            self.images.append(HtmlImage(values.get("src", ""), values.get("alt", "")))


class _Reducer(HTMLParser):
    """Collects Markdown pieces; block boundaries and breaks are marks resolved at the end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._dropping = 0  # inside script, style...
        self._preformatted = 0
        self._lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
        self._open_inline: list[tuple[str, int]] = []  # (marker, index in _out)
        self._links: list[tuple[str | None, int]] = []  # (web address, index in _out)

    # --- the parser's callbacks --------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._dropping += 1
        elif self._dropping:
            return
        elif tag == "br":
            self._out.append(_LINE_BREAK)
        elif tag in ("ul", "ol"):
            self._out.append(_PARAGRAPH)
            self._lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            self._start_item()
        elif tag in _BLOCKS:
            self._out.append(_PARAGRAPH)
            if tag == "pre":
                self._preformatted += 1
        elif tag in _EMPHASIS:
            self._open_inline.append((_EMPHASIS[tag], len(self._out)))
        elif tag in _CODE:
            self._open_inline.append(("`", len(self._out)))
        elif tag in _CELLS:
            self._out.append(" | ")
        elif tag == "img":
            self._out.append(" ")
        elif tag == "sup":
            self._out.append("^")  # 10<sup>3</sup> reads 10^3, not 103
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            web = href.strip() if _WEB_ADDRESS.match(href.strip()) else None
            self._links.append((web, len(self._out)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            return
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._dropping = max(0, self._dropping - 1)
        elif self._dropping:
            return
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self._out.append(_PARAGRAPH)
        elif tag in _BLOCKS:
            self._out.append(_PARAGRAPH)
            if tag == "pre":
                self._preformatted = max(0, self._preformatted - 1)
        elif tag in _EMPHASIS:
            self._close_inline(_EMPHASIS[tag])
        elif tag in _CODE:
            self._close_inline("`")
        elif tag == "a" and self._links:
            self._close_link()

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        if self._preformatted:
            self._out.append(_LINE_BREAK.join(escape_markdown(line) for line in data.split("\n")))
            return
        self._out.append(_MARKDOWN_PUNCTUATION.sub(r"\\\1", _WHITE_SPACE.sub(" ", data)))

    # --- inlines ------------------------------------------------------------------------

    def _close_inline(self, marker: str) -> None:
        """Wrap what was written since the matching opening tag, if it opened."""
        for position in range(len(self._open_inline) - 1, -1, -1):
            if self._open_inline[position][0] == marker:
                break
        else:
            return
        _, start = self._open_inline[position]
        del self._open_inline[position:]
        inner = "".join(self._out[start:])
        del self._out[start:]
        if marker == "`":
            self._out.append(_code_span(inner))
            return
        core = inner.strip()
        if not core or any(mark in core for mark in (_PARAGRAPH, _ITEM_MARK)):
            self._out.append(inner)  # emphasis across blocks cannot be said: text only
            return
        leading = inner[: len(inner) - len(inner.lstrip())]
        trailing = inner[len(inner.rstrip()) :]
        self._out.append(f"{leading}{marker}{core}{marker}{trailing}")

    def _close_link(self) -> None:
        """A link's text, followed by its web address when the text does not show it."""
        web, start = self._links.pop()
        if web is None:
            return
        shown = _ESCAPED.sub(r"\1", "".join(self._out[start:])).strip()
        if shown != web:
            self._out.append(f" ({escape_markdown(' '.join(web.split()))})")

    def _start_item(self) -> None:
        if not self._lists:
            self._lists.append([])
        numbering = self._lists[-1]
        if numbering:
            marker = f"{numbering[0]}."
            numbering[0] += 1
        else:
            marker = "-"
        self._out.append(f"{_LINE_BREAK}{_ITEM_MARK}{marker} ")

    # --- the result -----------------------------------------------------------------------

    def markdown(self) -> str:
        while self._open_inline:  # tags never closed: their text stays, unmarked
            self._open_inline.pop()
        text = "".join(self._out)
        text = text.replace(_PARAGRAPH, "\n\n").replace(_LINE_BREAK, "\n")
        lines = [" ".join(line.split(" ")).strip(" ") for line in text.split("\n")]
        lines = [_line(line) for line in lines]
        joined = "\n".join(lines)
        return _MANY_BREAKS.sub("\n\n", joined).strip("\n")


def _line(line: str) -> str:
    """A line as it goes out: a list item of ours keeps its marker, any other is escaped."""
    line = _collapse_spaces(line).removeprefix("| ")  # a table row's first cell
    if line.startswith(_ITEM_MARK):
        return line[1:]
    return _escape_list_marker(line.replace(_ITEM_MARK, ""))


def _collapse_spaces(line: str) -> str:
    return re.sub(" {2,}", " ", line).strip(" ")


def _code_span(inner: str) -> str:
    # Code shows its text as written: the escapes made for running text come off.
    text = _ESCAPED.sub(r"\1", _OURS.sub(" ", inner)).strip()
    if not text:
        return ""
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{padding}{text}{padding}{fence}"
