"""The file as a whole: size, encoding, YAML syntax, tags and alias limits."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quizapp.bank import yamlsafe
from quizapp.bank.loader import load_bank, load_bank_bytes
from quizapp.bank.model import Ordering
from quizapp.bank.yamlsafe import MAX_BYTES
from tests.unit.banks.helpers import SINGLE, with_questions

VALID = with_questions(SINGLE)


def lines(data: bytes) -> list[str]:
    return [p.format("bank.yaml") for p in load_bank_bytes(data, base_dir=None).problems]


def test_a_valid_bank_loads_with_no_problems() -> None:
    result = load_bank_bytes(VALID.encode(), base_dir=None)
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.id == "solar"
    assert [q.id for q in result.bank.questions] == ["planet"]


def test_an_empty_file_is_an_error_at_1_1() -> None:
    assert lines(b"") == [
        "bank.yaml:1:1: error: the file is empty; a bank needs at least format, id, title "
        "and questions"
    ]


def test_a_file_of_comments_only_is_an_error_at_1_1() -> None:
    assert lines(b"# a bank, some day\n\n") == [
        "bank.yaml:1:1: error: the file holds only comments or blank lines; a bank needs "
        "format, id, title and questions"
    ]


def test_a_file_over_16_mib_is_refused_before_parsing() -> None:
    # Not YAML at all past the first byte: it must not even be looked at.
    data = b"[" * (MAX_BYTES + 1)
    assert lines(data) == [
        "bank.yaml:1:1: error: the file is 16,777,217 bytes, more than the limit of 16 MiB "
        "(16,777,216 bytes); it was not read"
    ]


def test_a_file_of_exactly_16_mib_is_read() -> None:
    padding = b"#" * (MAX_BYTES - len(VALID) - 1) + b"\n"
    result = load_bank_bytes(VALID.encode() + padding, base_dir=None)
    assert result.problems == ()


def test_load_bank_refuses_a_large_file_without_reading_it_whole(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(MAX_BYTES + 10)  # sparse: no 16 MiB written to disk
    [problem] = load_bank(big).problems
    assert (problem.code, problem.line, problem.column) == ("too-large", 1, 1)
    assert "16,777,226 bytes" in problem.message


def test_binary_content_is_an_error_at_1_1_with_the_offset() -> None:
    assert lines(b"format: quizapp/1\n\x00\x01\x02") == [
        "bank.yaml:1:1: error: the file holds binary data (a NUL byte at byte offset 18), "
        "not YAML text"
    ]


def test_text_that_is_not_utf8_is_placed_at_the_bad_byte_with_its_offset() -> None:
    # "é" is two bytes but one column; the Latin-1 byte 0xE9 stands at column 9 of line 2.
    data = "format: quizapp/1\ntitle: é".encode() + b"\xe9t\n"
    assert lines(data) == [
        "bank.yaml:2:9: error: the text is not UTF-8: byte 0xE9 at byte offset 27 cannot "
        "be read; save the file as UTF-8"
    ]


def test_a_utf16_file_is_not_utf8() -> None:
    data = VALID.encode("utf-16")
    [line] = lines(data)
    assert line.startswith(
        "bank.yaml:1:1: error: the text is not UTF-8: byte 0xFF at byte offset 0"
    )


def test_a_byte_order_mark_is_allowed_and_takes_no_column() -> None:
    data = b"\xef\xbb\xbf" + VALID.replace("id: solar", "id: Solar").encode()
    assert load_bank_bytes(b"\xef\xbb\xbf" + VALID.encode(), base_dir=None).problems == ()
    assert lines(data)[0].startswith("bank.yaml:2:5: error: id: expected an id")


def test_a_yaml_syntax_error_gives_the_parsers_position_and_a_clear_message() -> None:
    data = b"format: quizapp/1\nid: solar\nquestions: [a, b\ntitle: x\n"
    assert lines(data) == [
        "bank.yaml:4:6: error: YAML syntax error: did not find expected ',' or ']' "
        "(parsing a flow sequence at line 3, column 12)"
    ]


def test_a_tab_used_for_indentation_is_a_syntax_error_at_the_tab() -> None:
    [line] = lines(b"format: quizapp/1\nsettings:\n\tdraw: 3\n")
    assert line == (
        "bank.yaml:3:1: error: YAML syntax error: found character that cannot start any token "
        "(scanning for the next token at line 3, column 1); YAML indents with spaces, never tabs"
    )


def test_a_colon_and_space_inside_an_unquoted_value_says_to_quote_it() -> None:
    data = with_questions(SINGLE.replace("prompt: Which", "prompt: Note: which")).encode()
    assert lines(data) == [
        "bank.yaml:7:17: error: YAML syntax error: mapping values are not allowed in this "
        "context; a colon followed by a space inside a value starts a new key: put the text "
        'in quotes ("...")'
    ]


def test_a_colon_in_a_list_item_says_to_quote_it() -> None:
    # "- Earth: the third" reads as a mapping of one key: valid YAML, but not text.
    choices = "choices:\n  - Venus\n  - 'Earth: the third'\n  - Earth: the third\n"
    data = with_questions(SINGLE.replace("choices: [Venus, Earth, Mars]\n", choices))
    assert lines(data.encode()) == [
        'bank.yaml:11:9: error: question "planet": choices item 3: expected text, found a '
        "mapping; a colon followed by a space inside a value starts a new key: put the text "
        'in quotes ("...")'
    ]


def test_a_colon_on_a_line_of_its_own_key_gets_no_quote_hint() -> None:
    # A key indented under a plain value: the cause is the indentation, not quoting.
    [line] = lines(b"format: quizapp/1\nid: solar\n  title: Solar\n")
    assert line == (
        "bank.yaml:3:8: error: YAML syntax error: mapping values are not allowed in this context"
    )


def test_a_quote_never_closed_names_where_it_opens() -> None:
    data = with_questions(SINGLE.replace("prompt: Which planet", "prompt: 'Which planet"))
    [line] = lines(data.encode())
    end = data.count("\n") + 1
    assert line == (
        f"bank.yaml:{end}:1: error: YAML syntax error: found unexpected end of stream "
        "(scanning a quoted scalar at line 7, column 13); the quote at line 7, column 13 is "
        "never closed: end the text with the same quote"
    )


def test_an_apostrophe_inside_single_quotes_says_how_to_write_it() -> None:
    data = with_questions(SINGLE.replace("prompt: Which planet is", "prompt: 'It's the planet"))
    [line] = lines((data.replace("Sun?", "Sun?'")).encode())
    assert line == (
        "bank.yaml:7:17: error: YAML syntax error: did not find expected key (parsing a block "
        "mapping at line 5, column 5); the text in quotes from line 7, column 13 ends at the "
        "quote before this: inside '...' write a ' as two ('')"
    )


def test_a_double_quote_left_open_is_traced_to_where_it_opened() -> None:
    second = SINGLE.replace("id: planet", "id: moon").replace(
        "prompt: Which planet is third from the Sun?", 'prompt: "Which moon?"'
    )
    first = SINGLE.replace("prompt: Which", 'prompt: "Which')  # never closed on its line
    [line] = lines(with_questions(first, second).encode())
    # The open quote runs on to the next question's first quote; the error is after that.
    assert line == (
        "bank.yaml:12:14: error: YAML syntax error: did not find expected key (parsing a block "
        "mapping at line 5, column 5); the text in quotes from line 7, column 13 ends at the "
        'quote before this: inside "..." write a quote mark as \\"'
    )


def test_a_tab_between_key_and_value_says_to_use_a_space(monkeypatch: pytest.MonkeyPatch) -> None:
    # libyaml reads a tab after "key:" as a separator; PyYAML's own scanner does not.
    monkeypatch.setattr(yamlsafe, "HAVE_LIBYAML", False)
    [line] = lines(b"format: quizapp/1\nid:\tsolar\n")
    assert line.startswith("bank.yaml:2:4: error: YAML syntax error: found character")
    assert line.endswith("; write a space here, not a tab")


def test_a_control_character_is_placed_and_named() -> None:
    data = "format: quizapp/1\ntitle: Sö\x07\n".encode()
    assert lines(data) == [
        "bank.yaml:2:10: error: character U+0007 (at byte offset 28) is not allowed in YAML text"
    ]


def test_a_second_document_is_an_error_where_it_starts() -> None:
    data = (VALID + "---\nformat: quizapp/1\n").encode()
    second = VALID.count("\n") + 1
    assert lines(data) == [
        f'bank.yaml:{second}:1: error: a second YAML document starts here ("---"); '
        "a bank file holds exactly one"
    ]


def test_a_file_that_is_not_a_mapping_says_what_it_found() -> None:
    assert lines(b"- format: quizapp/1\n") == [
        "bank.yaml:1:1: error: the file must be a mapping of keys (format, id, title, "
        "questions...), found a list"
    ]


def test_an_undefined_alias_is_a_syntax_error_at_the_alias() -> None:
    assert lines(b"format: quizapp/1\nid: *nowhere\n") == [
        "bank.yaml:2:5: error: YAML syntax error: found undefined alias"
    ]


BILLION_LAUGHS = b"""\
format: quizapp/1
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def test_billion_laughs_is_refused_at_the_node_that_crosses_the_budget() -> None:
    # f expands to 597,871 nodes, g to 5,380,840: g is the first node over the budget.
    assert lines(BILLION_LAUGHS) == [
        "bank.yaml:8:4: error: anchors and aliases here would expand to more than "
        "1,000,000 nodes; the file is refused"
    ]


def test_aliases_within_the_budget_are_fine() -> None:
    text = with_questions(
        """\
        id: q1
        type: single_choice
        prompt: Pick one
        choices: &planets [Venus, Earth, Mars]
        answer: Earth""",
        """\
        id: q2
        type: ordering
        prompt: Order them by distance from the Sun
        items: *planets""",
    )
    result = load_bank_bytes(text.encode(), base_dir=None)
    assert result.problems == ()
    assert result.bank is not None
    ordering = result.bank.questions[1]
    assert isinstance(ordering, Ordering)
    assert ordering.items == ("Venus", "Earth", "Mars")


def test_an_alias_inside_its_own_anchor_is_refused() -> None:
    assert lines(b"format: quizapp/1\ntags: &t [a, *t]\n") == [
        "bank.yaml:2:7: error: an alias here refers to a node that contains it; the file is refused"
    ]


class Tripwire:
    """Counts every attempt to build one, however a YAML constructor would go about it."""

    built = 0

    def __new__(cls, *args: object, **kwargs: object) -> Tripwire:
        Tripwire.built += 1
        return super().__new__(cls)


def test_python_tags_are_refused_and_nothing_is_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    data = (
        "format: quizapp/1\n"
        f"id: !!python/object/apply:os.system ['touch {marker}']\n"
        f"title: !!python/object:{__name__}.Tripwire {{}}\n"
        "description: !!python/name:os.system\n"
    ).encode()
    result = load_bank_bytes(data, base_dir=None)
    tags = [p.format("bank.yaml") for p in result.problems if p.code == "tag"]
    assert tags == [
        'bank.yaml:2:5: error: the tag "!!python/object/apply:os.system" is not allowed: '
        "only YAML's standard tags (such as !!str) are",
        f'bank.yaml:3:8: error: the tag "!!python/object:{__name__}.Tripwire" is not '
        "allowed: only YAML's standard tags (such as !!str) are",
        'bank.yaml:4:14: error: the tag "!!python/name:os.system" is not allowed: '
        "only YAML's standard tags (such as !!str) are",
    ]
    assert result.bank is None
    assert not marker.exists()
    assert Tripwire.built == 0


def test_a_local_tag_is_refused_even_under_a_tag_directive() -> None:
    data = b"%TAG !py! tag:yaml.org,2002:python/\n---\nformat: quizapp/1\ntitle: !py!object x\n"
    tags = [p for p in load_bank_bytes(data, base_dir=None).problems if p.code == "tag"]
    assert [(p.line, p.column, p.args["tag"]) for p in tags] == [(4, 8, "!!python/object")]


def test_a_custom_tag_is_refused_at_its_node() -> None:
    text = VALID.replace("answer: Earth", "answer: !planet Earth")
    [problem] = load_bank_bytes(text.encode(), base_dir=None).problems
    assert problem.format("b.yaml") == (
        'b.yaml:9:13: error: the tag "!planet" is not allowed: only YAML\'s standard tags '
        "(such as !!str) are"
    )


def test_standard_tags_are_allowed() -> None:
    text = VALID.replace("title: Solar system", "title: !!str 2024")
    result = load_bank_bytes(text.encode(), base_dir=None)
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.title == "2024"


def test_the_pure_python_parser_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = VALID.replace("answer: Earth", "answer: Pluto") + "tags: [a, a]\n"
    expected = lines(broken.encode())
    monkeypatch.setattr(yamlsafe, "HAVE_LIBYAML", False)
    assert lines(broken.encode()) == expected
    assert load_bank_bytes(VALID.encode(), base_dir=None).bank is not None
    assert lines(b"format: quizapp/1\ntitle: x\x07\n") == [
        "bank.yaml:2:9: error: character U+0007 (at byte offset 26) is not allowed in YAML text"
    ]


def test_nesting_too_deep_for_the_pure_python_parser_is_a_problem(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yamlsafe, "HAVE_LIBYAML", False)
    depth = sys.getrecursionlimit() // 2 + 100  # the composer recurses twice per level
    [problem] = load_bank_bytes(b"a: " + b"[" * depth + b"]" * depth, base_dir=None).problems
    assert problem.code == "too-deep"


def test_merge_keys_chained_too_deep_are_a_problem_not_a_crash() -> None:
    depth = sys.getrecursionlimit()
    chain = ["b0: &b0 {x: 1}"]
    chain += [f"b{i}: &b{i} {{<<: *b{i - 1}}}" for i in range(1, depth)]
    data = "\n".join([*chain, "format: quizapp/1", f"settings: {{<<: *b{depth - 1}}}"]).encode()
    codes = {p.code for p in load_bank_bytes(data, base_dir=None).problems}
    assert codes & {"too-deep", "alias-budget"}


def test_load_bank_reports_an_unreadable_path_at_1_1(tmp_path: Path) -> None:
    [problem] = load_bank(tmp_path / "missing.yaml").problems
    assert (problem.code, problem.line, problem.column) == ("unreadable", 1, 1)
    assert problem.message == "cannot read the file: No such file or directory"
    [problem] = load_bank(tmp_path).problems  # a folder is not a file
    assert problem.code == "unreadable"


def test_load_bank_reads_the_file_and_confines_paths_to_its_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("The Sun is a star.", encoding="utf-8")
    path = tmp_path / "bank.yaml"
    path.write_text(VALID + "reading: {file: notes.md}\n", encoding="utf-8")
    result = load_bank(path)
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.reading == "The Sun is a star."


def test_more_nodes_than_the_budget_are_refused_before_any_node_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(yamlsafe, "NODE_BUDGET", 100)
    items = ", ".join(["x"] * 100)
    assert lines(f"format: quizapp/1\ntags: [{items}]\n".encode()) == [
        "bank.yaml:2:293: error: the file holds more than 1,000,000 YAML nodes (this one is past "
        "the limit); the file is refused"
    ]


def test_many_separators_in_comments_do_not_count_as_nodes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsafe, "NODE_BUDGET", 100)
    comment = "# " + "a, b: [c]-{d}? " * 50 + "\n"
    assert load_bank_bytes((comment + VALID).encode(), base_dir=None).problems == ()


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("!foo {}", 1, 1),
        ("\ufeff!foo {}", 1, 1),
        ("format: quizapp/1\ntags: [!foo a]", 2, 8),
        ("format: quizapp/1\ntags: [a,!foo b]", 2, 10),
        ('format: quizapp/1\nsettings: {"draw":!foo 1}', 2, 19),
        ("format: quizapp/1\ntags:\n- !foo a", 3, 3),
        ("format: quizapp/1\ntags: [a,\t!foo b]", 2, 11),
        ("format: quizapp/1\ntags:\n  !foo [a]", 3, 3),
    ],
)
def test_a_tag_is_found_wherever_yaml_lets_one_start(text: str, line: int, column: int) -> None:
    problems = load_bank_bytes(text.encode(), base_dir=None).problems
    assert [(p.line, p.column) for p in problems if p.code in ("tag", "yaml-syntax")][:1] == [
        (line, column)
    ]


def test_an_exclamation_mark_in_prose_is_not_a_tag() -> None:
    text = VALID.replace("Which planet", "Quick! Which planet").replace("Solar system", "Q&A!")
    assert load_bank_bytes(text.encode(), base_dir=None).problems == ()
