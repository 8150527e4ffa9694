"""HTML from Moodle reduced to the bank's Markdown: its meaning kept, none of its markup."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.markdown import plain_text, render_markdown
from quizapp.interop.html_text import escape_markdown, html_images, html_to_markdown


@pytest.mark.parametrize(
    ("html", "markdown"),
    [
        ("<p>What is <b>2*2</b>?</p><p>Think<br>hard</p>", "What is **2\\*2**?\n\nThink\nhard"),
        ("<ul><li>one</li><li>two <em>x</em></li></ul>after", "- one\n- two *x*\n\nafter"),
        ("<ol><li>a</li><li>b</li></ol>", "1. a\n2. b"),
        ("<code>a*b_c</code> &lt;b&gt; &amp; done", "`a*b_c` <b> & done"),
        ("<p>H<sub>2</sub>O</p>", "H2O"),
        ("<i> </i>x", "x"),
        ("<strong>unclosed", "unclosed"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a | b"),
        ("<p>- not a list</p><p>1. nor this</p>", "\\- not a list\n\n1\\. nor this"),
        ("snake_case and C:\\path", "snake\\_case and C:\\\\path"),
        ("10<sup>-3</sup> m", "10^-3 m"),
        (
            'See <a href="https://example.org/a_b">the page</a>.',
            "See the page (https://example.org/a\\_b).",
        ),
        ('<a href="https://x.org">https://x.org</a>', "https://x.org"),
        ('<a href="javascript:alert(1)">click</a>', "click"),
    ],
)
def test_html_becomes_the_banks_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


def test_scripts_styles_and_attributes_are_dropped() -> None:
    html = (
        '<p style="color:red" onclick="steal()">Hi<script>alert(1)</script>'
        '<style>p{}</style><!-- note --><a href="javascript:x()">there</a></p>'
    )
    assert html_to_markdown(html) == "Hithere"


@given(st.text(alphabet=st.sampled_from(list("<>/ab pliemstrong\"'=&;*_`\\-1.\n")), max_size=200))
@settings(max_examples=200, deadline=None)
def test_no_markup_survives_whatever_the_html(html: str) -> None:
    markdown = html_to_markdown(html)
    rendered = render_markdown(markdown)
    # The bank's renderer escapes every "<" of the text: a tag in its output is its own.
    tags = set(re.findall(r"</?([a-z]+)", rendered))
    assert tags <= {"p", "ul", "ol", "li", "em", "strong", "code", "br"}
    assert "=" not in "".join(re.findall(r"<[^>]*>", rendered))  # no attribute at all


@given(st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=100))
@settings(max_examples=200, deadline=None)
def test_escaped_plain_text_shows_as_written(text: str) -> None:
    text = " ".join(text.split())  # the renderer folds white space at line ends
    assert plain_text(escape_markdown(text)) == text


def test_pictures_are_listed_with_their_descriptions() -> None:
    images = html_images('<p><img src="@@PLUGINFILE@@/a%20b.png" alt="A &amp; B"><img></p>')
    assert [(i.src, i.alt) for i in images] == [("@@PLUGINFILE@@/a%20b.png", "A & B"), ("", "")]


@given(st.text(alphabet=st.sampled_from(list("ab -1.*_`\\\n\t{}|")), max_size=80))
@settings(max_examples=200, deadline=None)
def test_text_without_markup_reads_as_the_parser_reads_it(text: str) -> None:
    from quizapp.interop.html_text import _parsed

    assert html_to_markdown(text) == _parsed(text)
