"""Writing a bank back as YAML: the same bank, readable, stable, and what a rewrite loses."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.editable import check, read_editable
from quizapp.bank.loader import load_bank, load_bank_bytes
from quizapp.bank.yaml_writer import (
    Verbatim,
    dump_bank,
    has_inner_comments_or_anchors,
    leading_comment_of,
    question_start_lines,
)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    [
        *(ROOT / "docs" / "examples").glob("*.yaml"),
        *(ROOT / "questions").glob("*.yaml"),
        ROOT / "tests" / "unit" / "banks" / "every_type.yaml",
    ]
)


def rewrite(path: Path) -> str:
    editable = read_editable(path.read_text(encoding="utf-8"))
    assert editable.data is not None
    return dump_bank(editable.data, leading_comment=editable.leading_comment)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_bank_rewritten_is_the_same_bank(path: Path) -> None:
    written = rewrite(path)
    reloaded = load_bank_bytes(written.encode(), base_dir=path.parent)
    assert not [p for p in reloaded.problems if p.is_error]
    assert reloaded.bank is not None
    assert reloaded.bank == load_bank(path).bank


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_a_second_rewrite_is_byte_identical(path: Path, tmp_path: Path) -> None:
    once = rewrite(path)
    copy = tmp_path / path.name
    copy.write_text(once, encoding="utf-8")
    assert rewrite(copy) == once


def test_the_leading_comment_block_is_kept_and_inner_comments_are_not() -> None:
    path = ROOT / "docs" / "examples" / "numeric.yaml"
    written = rewrite(path)
    assert written.startswith("# Example bank: numeric questions, in Indonesian.\n")
    assert written.splitlines()[4] == "format: quizapp/1"
    assert "# a plain number" not in written
    assert not has_inner_comments_or_anchors(written)


def test_the_layout_is_block_style_in_the_formats_key_order() -> None:
    data = {
        "questions": [
            {
                "explanation": "Because.",
                "answer": "Paris",
                "choices": ["Paris", "Rome"],
                "prompt": "Capital of France?",
                "type": "single_choice",
                "id": "capital",
            }
        ],
        "title": "Über Städte",
        "id": "cities",
        "format": "quizapp/1",
        "settings": {"pass_mark": 50, "shuffle_questions": False},
    }
    assert dump_bank(data) == (
        "format: quizapp/1\n"
        "id: cities\n"
        "title: Über Städte\n"
        "\n"
        "settings:\n"
        "  shuffle_questions: false\n"
        "  pass_mark: 50\n"
        "\n"
        "questions:\n"
        "  - id: capital\n"
        "    type: single_choice\n"
        "    prompt: Capital of France?\n"
        "    choices:\n"
        "      - Paris\n"
        "      - Rome\n"
        "    answer: Paris\n"
        "    explanation: Because.\n"
    )


def test_multi_line_text_is_a_literal_block_and_long_lines_are_not_folded() -> None:
    long_line = "word " * 60 + "end"
    written = dump_bank({"reading": f"**Title**\n\n{long_line}\n", "id": "x"})
    assert f"reading: |\n  **Title**\n\n  {long_line}\n" in written


def test_verbatim_numbers_are_written_as_the_teacher_wrote_them() -> None:
    written = dump_bank({"questions": [{"answer": Verbatim("1e6"), "tolerance": Verbatim("2.50")}]})
    assert "answer: 1e6\n" in written
    assert "tolerance: 2.50\n" in written


def test_text_that_yaml_would_read_as_something_else_is_quoted() -> None:
    written = dump_bank({"tags": ["yes", "2012", "1:30", "2024-05-01", "- x", "# x", "a: b"]})
    for quoted in ("'yes'", "'2012'", "'1:30'", "'2024-05-01'", "'- x'", "'# x'", "'a: b'"):
        assert f"  - {quoted}\n" in written


def test_leading_comment_of_takes_only_the_comments_before_the_content() -> None:
    text = "\ufeff# one\n\n# two\n\nformat: quizapp/1 # not this\n# nor this\n"
    assert leading_comment_of(text) == "# one\n\n# two\n"
    assert leading_comment_of("format: quizapp/1\n") == ""


@pytest.mark.parametrize(
    ("text", "loses"),
    [
        ("# only a leading comment\nid: x\nprompt: 'a # in text'\n", False),
        ("id: x  # a comment after a value\n", True),
        ("id: x\n# a comment line\ntitle: t\n", True),
        ("reading: | # header comment\n  text\n", True),
        ("a: &one 1\nb: *one\n", True),
        ("a: 'R&D and *stars*'\nb: x#y\n", False),
        ("a: [unclosed\n", False),
    ],
)
def test_what_a_rewrite_would_lose_is_found_by_the_tokenizer(text: str, loses: bool) -> None:
    assert has_inner_comments_or_anchors(text) is loses


def test_a_user_given_leading_comment_becomes_comment_lines() -> None:
    written = dump_bank({"id": "x"}, leading_comment="made by hand\n# already\n")
    assert written == "# made by hand\n# already\nid: x\n"


# Text a YAML 1.1 reader would take for something else, or that YAML gives meaning to.
_TRICKY = st.sampled_from(
    """yes|No|ON|off|y|~|null|true|False|2012|2.50|-3|1e6|0x1F|1_000|1:30|2024-05-01|.inf
    |- item|# note|a: b|key:|[x]|{x}|*star|&amp|!tag|%pct|@at|`tick|> gt|'single'|"double"
    |<<|=|?| lead|trail |tab\there|two\nlines|ends with\n|\nstarts|\\{{ brace|nel\x85here
    |ls\u2028here|ünïcödé 中文 🙂""".replace("\n    |", "|").split("|")
)
_TEXT = st.lists(
    st.one_of(_TRICKY, st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]))),
    min_size=1,
    max_size=3,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(prompt=_TEXT, explanation=_TEXT, tag=_TEXT)
def test_any_text_is_read_back_exactly(prompt: str, explanation: str, tag: str) -> None:
    data = {
        "format": "quizapp/1",
        "id": "texts",
        "title": "Texts",
        "questions": [
            {
                "id": "q",
                "type": "short_answer",
                "prompt": prompt,
                "answer": "x",
                "explanation": explanation,
                "tags": [tag],
            }
        ],
    }
    checked = check(data, leading_comment="", base_dir=None)
    result = checked.result
    if result.bank is None:  # only what the validator refuses in any spelling of the text
        assert all(p.code in {"empty-text", "blank-text"} for p in result.problems if p.is_error)
        return
    question = result.bank.questions[0]
    assert (question.prompt, question.explanation, question.tags) == (prompt, explanation, (tag,))


def test_question_start_lines_finds_each_question_of_a_written_bank() -> None:
    written = rewrite(ROOT / "docs" / "examples" / "matching.yaml")
    lines = written.splitlines()
    starts = question_start_lines(written)
    assert [lines[n - 1] for n in starts] == ["  - id: capitals", "  - id: element-symbols"]
