"""The safe Markdown subset: what a student sees of a teacher's prompt."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.markdown import plain_text, render_markdown

ALLOWED_TAGS = {"p", "ul", "ol", "li", "em", "strong", "code", "br"}
VOID_TAGS = {"br"}


def assert_safe_and_well_formed(output: str) -> None:
    """Only the subset's tags, none with an attribute, each closed in order; no stray '<'."""
    open_tags: list[str] = []
    for tag in re.findall(r"<[^>]*>", output):
        name = tag.strip("</>")
        assert name in ALLOWED_TAGS, tag
        if name in VOID_TAGS:
            assert tag == f"<{name}>"
        elif tag.startswith("</"):
            assert open_tags.pop() == name
        else:
            open_tags.append(name)
    assert open_tags == []
    assert "<" not in re.sub(r"<[^>]*>", "", output)


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        (
            '<a href="javascript:alert(1)">x</a>',
            "<p>&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;</p>",
        ),
        ("[a](http://x)", "<p>[a](http://x)</p>"),
        ("![chart](http://x/y.png)", "<p>![chart](http://x/y.png)</p>"),
        ("<http://x>", "<p>&lt;http://x&gt;</p>"),
        ("AT&T &amp; &#60;", "<p>AT&amp;T &amp;amp; &amp;#60;</p>"),
        ("*<b>bold?</b>*", "<p><em>&lt;b&gt;bold?&lt;/b&gt;</em></p>"),
        ("`<i>x</i>`", "<p><code>&lt;i&gt;x&lt;/i&gt;</code></p>"),
        ("- <li>", "<ul><li>&lt;li&gt;</li></ul>"),
    ],
)
def test_raw_html_links_and_images_are_shown_as_text(source: str, html: str) -> None:
    assert render_markdown(source) == html


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("*emphasis* and _emphasis_", "<p><em>emphasis</em> and <em>emphasis</em></p>"),
        ("**strong** and __strong__", "<p><strong>strong</strong> and <strong>strong</strong></p>"),
        ("***both***", "<p><em><strong>both</strong></em></p>"),
        ("*a **b** c*", "<p><em>a <strong>b</strong> c</em></p>"),
        ("**a *b* c**", "<p><strong>a <em>b</em> c</strong></p>"),
        ("*(*nested*)*", "<p><em>(<em>nested</em>)</em></p>"),
        ("*foo**bar*", "<p><em>foo**bar</em></p>"),  # CommonMark's rule of three
        ("**unclosed*", "<p>*<em>unclosed</em></p>"),
        ("5*6*78", "<p>5<em>6</em>78</p>"),
        ("snake_case_name", "<p>snake_case_name</p>"),  # no emphasis inside words with _
        ("a * b * c", "<p>a * b * c</p>"),  # a star between spaces is a star
        ("2*3 = 6", "<p>2*3 = 6</p>"),
        ("`x * y * z`", "<p><code>x * y * z</code></p>"),  # code keeps * as written
        ("`*not*` *yes*", "<p><code>*not*</code> <em>yes</em></p>"),
        ("*a `*` b*", "<p><em>a <code>*</code> b</em></p>"),
        ("``a ` b``", "<p><code>a ` b</code></p>"),
        ("`` `tick` ``", "<p><code>`tick`</code></p>"),
        ("`unclosed", "<p>`unclosed</p>"),
        ("`a\\`", "<p><code>a\\</code></p>"),  # no escapes inside code
        ("\\*not emphasis\\*", "<p>*not emphasis*</p>"),
        ("\\`not code\\`", "<p>`not code`</p>"),
        ("C:\\Users\\me", "<p>C:\\Users\\me</p>"),
        ("# Not a heading", "<p># Not a heading</p>"),
        ("> not a quote", "<p>&gt; not a quote</p>"),
    ],
)
def test_inline_markup(source: str, html: str) -> None:
    assert render_markdown(source) == html


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("", ""),
        ("  \n\n ", ""),
        ("one", "<p>one</p>"),
        ("line one\nline two", "<p>line one<br>line two</p>"),
        ("line one\\\nline two", "<p>line one<br>line two</p>"),
        ("line one  \r\nline two", "<p>line one<br>line two</p>"),
        ("para one\n\n\npara two", "<p>para one</p>\n<p>para two</p>"),
        ("*across\nlines*", "<p><em>across<br>lines</em></p>"),
        ("- one\n- two", "<ul><li>one</li><li>two</li></ul>"),
        ("* one\n* two", "<ul><li>one</li><li>two</li></ul>"),
        ("1. one\n2. two\n10. ten", "<ol><li>one</li><li>two</li><li>ten</li></ol>"),
        ("1. one\n\n2. two", "<ol><li>one</li><li>two</li></ol>"),
        ("- one\n  more of one\n- two", "<ul><li>one<br>more of one</li><li>two</li></ul>"),
        (
            "Choose:\n- **A**\n- *B*",
            "<p>Choose:</p>\n<ul><li><strong>A</strong></li><li><em>B</em></li></ul>",
        ),
        ("- a\n1. b", "<ul><li>a</li></ul>\n<ol><li>b</li></ol>"),
        ("- a\n\nafter", "<ul><li>a</li></ul>\n<p>after</p>"),
        ("-not a list", "<p>-not a list</p>"),
        ("1.5 is a number", "<p>1.5 is a number</p>"),
        ("*emphasis* at the start", "<p><em>emphasis</em> at the start</p>"),
        ("* * *", "<ul><li>* *</li></ul>"),
    ],
)
def test_blocks(source: str, html: str) -> None:
    assert render_markdown(source) == html


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("**Bold** and *em* and `code *x*`", "Bold and em and code *x*"),
        ("<b>raw</b> & [a](http://x)", "<b>raw</b> & [a](http://x)"),
        ("\\*literal\\*", "*literal*"),
        ("**unclosed*", "*unclosed"),
        ("line one\nline two\n\npara two", "line one\nline two\n\npara two"),
        (
            "Pick:\n- one\n- two\n\n7. first\n8. second",
            "Pick:\n\n- one\n- two\n\n1. first\n2. second",
        ),
        ("snake_case", "snake_case"),
        ("", ""),
    ],
)
def test_plain_text(source: str, text: str) -> None:
    assert plain_text(source) == text


@pytest.mark.parametrize(
    ("source", "html"),
    [
        ("*" * 10_000, "<p>" + "*" * 10_000 + "</p>"),
        ("_" * 10_000, "<p>" + "_" * 10_000 + "</p>"),
        ("`" * 10_000, "<p>" + "`" * 10_000 + "</p>"),
        ("*a" * 5_000, "<p>" + "<em>a</em>a" * 2_500 + "</p>"),
        ("*a " * 5_000, "<p>" + "*a " * 4_999 + "*a</p>"),  # openers that never close
        ("a* " * 5_000, "<p>" + "a* " * 4_999 + "a*</p>"),  # closers that never open
        (
            "*" * 5_000 + "a" + "*" * 5_000,
            "<p>" + "<strong>" * 2_500 + "a" + "</strong>" * 2_500 + "</p>",
        ),
        ("[" * 10_000 + "<", "<p>" + "[" * 10_000 + "&lt;</p>"),
        ("\\" * 10_000, "<p>" + "\\" * 5_000 + "</p>"),
    ],
    ids=[
        "stars",
        "underscores",
        "backticks",
        "star-a",
        "openers",
        "closers",
        "deep",
        "brackets",
        "backslashes",
    ],
)
def test_pathological_input_is_rendered_plainly(source: str, html: str) -> None:
    assert render_markdown(source) == html


def test_many_code_span_lengths() -> None:
    source = " ".join("`" * n + "x" for n in range(1, 300))  # no run is ever closed
    assert render_markdown(source) == f"<p>{source}</p>"


_MARKDOWNISH = st.text(
    alphabet=st.sampled_from(list("*_`\\-1. \n\tab<>&\"'[]()!#")) | st.characters(), max_size=60
)


@settings(max_examples=300, deadline=None)
@given(source=_MARKDOWNISH)
def test_any_text_gives_safe_well_formed_html(source: str) -> None:
    output = render_markdown(source)
    assert_safe_and_well_formed(output)
    assert render_markdown(source) == output


@settings(max_examples=200, deadline=None)
@given(source=st.text(alphabet=st.sampled_from(list("abc *_`\\")), max_size=40))
def test_plain_text_is_the_rendered_text_of_a_paragraph(source: str) -> None:
    source = "x" + source  # a paragraph, never a list
    shown = re.sub(r"<[^>]*>", "", render_markdown(source).replace("<br>", "\n"))
    unescaped = shown.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    assert plain_text(source) == unescaped
