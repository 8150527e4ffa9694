"""How scalars are read: by the type their key expects, never by YAML 1.1's guesses."""

from __future__ import annotations

import re

import pytest

from quizapp.bank import scalars
from quizapp.bank.model import Cloze, Numeric, SingleChoice, TrueFalse
from quizapp.bank.schema import DURATION_PATTERN
from tests.unit.banks.helpers import HEAD, SINGLE, lines_of, load_text, with_questions

# The questions part of with_questions(SINGLE), to follow a HEAD written by a test.
_QUESTIONS = with_questions(SINGLE).removeprefix(HEAD)

# --- text keys take the scalar exactly as written ------------------------------------------


def test_numbers_as_choices_work_as_a_teacher_expects() -> None:
    text = with_questions(
        "id: year\ntype: single_choice\nprompt: When?\nchoices: [2010, 2012, 2016]\nanswer: 2012"
    )
    bank = load_text(text).bank
    assert bank is not None
    question = bank.questions[0]
    assert isinstance(question, SingleChoice)
    assert question.choices == ("2010", "2012", "2016")
    assert question.answer == "2012"


@pytest.mark.parametrize(
    "written", ["2012", "2.50", "no", "yes", "true", "1:30", "0x1F", "1e3", "~x"]
)
def test_a_plain_scalar_is_text_as_written_where_text_is_expected(written: str) -> None:
    bank = load_text(HEAD.replace("title: Solar system", f"title: {written}") + _QUESTIONS).bank
    assert bank is not None
    assert bank.title == written


def test_the_norway_problem_cannot_bite() -> None:
    text = (
        with_questions(
            "id: country\ntype: single_choice\nprompt: Code of Norway?\n"
            "choices: [se, no, dk]\nanswer: no"
        )
        + "tags: [no, off, on]\nlanguage: no\n"
    )
    bank = load_text(text).bank
    assert bank is not None
    assert bank.tags == ("no", "off", "on")
    assert bank.language == "no"
    question = bank.questions[0]
    assert isinstance(question, SingleChoice)
    assert question.answer == "no"


# --- booleans: only true or false -------------------------------------------------------------


def true_false(answer: str) -> tuple[bool | None, list[str]]:
    text = with_questions(f"id: sun\ntype: true_false\nprompt: A star?\nanswer: {answer}")
    result = load_text(text)
    question = result.bank.questions[0] if result.bank else None
    assert question is None or isinstance(question, TrueFalse)
    return (question.answer if question else None), [p.message for p in result.problems]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("true", True),
        ("True", True),
        ("TRUE", True),
        ("false", False),
        ("False", False),
        ("fAlSe", False),
    ],
)
def test_true_and_false_in_any_letter_case_are_booleans(written: str, value: bool) -> None:
    assert true_false(written) == (value, [])


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("yes", 'found "yes" (only true and false are read as booleans)'),
        ("No", 'found "No" (only true and false are read as booleans)'),
        ("on", 'found "on" (only true and false are read as booleans)'),
        ("off", 'found "off" (only true and false are read as booleans)'),
        ('"false"', 'found "false" (in quotes: write it without them)'),
        ("'TRUE'", 'found "TRUE" (in quotes: write it without them)'),
        ("!!str true", 'found "true" (in quotes: write it without them)'),
        ("1", 'found "1"'),
        ("", "found nothing (an empty value)"),
        ("[true]", "found a list"),
    ],
)
def test_anything_else_is_not_a_boolean(written: str, message: str) -> None:
    value, messages = true_false(written)
    assert value is None
    assert messages == [f'question "sun": answer: expected true or false, {message}']


# --- numbers: only plain decimals ------------------------------------------------------------


def numeric(answer: str) -> tuple[Numeric | None, list[str]]:
    text = with_questions(f"id: n\ntype: numeric\nprompt: How many?\nanswer: {answer}")
    result = load_text(text)
    question = result.bank.questions[0] if result.bank else None
    assert question is None or isinstance(question, Numeric)
    return question, [p.message for p in result.problems]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("2.5", 2.5),
        ("25000000", 25_000_000.0),
        ("-3", -3.0),
        ("+4", 4.0),
        ("1e6", 1e6),
        ("2.5E-3", 0.0025),
        ("0", 0.0),
        ("2.50", 2.5),
        ("25.000", 25.0),
    ],
)
def test_a_plain_decimal_is_a_number_and_keeps_its_written_form(written: str, value: float) -> None:
    question, messages = numeric(written)
    assert messages == []
    assert question is not None
    assert question.answer == value
    assert question.answer_text == written


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ('"2.5"', 'found "2.5" (in quotes: write it without them)'),
        ('"2,5"', 'found "2,5" (write it as a plain number: 2.5)'),
        ("2,5", 'found "2,5" (write it as a plain number: 2.5)'),
        ("25.000.000", 'found "25.000.000" (write it as a plain number: 25000000)'),
        ("1_000", 'found "1_000" (write it as a plain number: 1000)'),
        ("0x1F", 'found "0x1F" (write it as a plain number: 31)'),
        ("0o17", 'found "0o17" (write it as a plain number: 15)'),
        ("1,000", 'found "1,000" (write it as a plain number: 1000 or 1.000)'),
        ("1,000,000", 'found "1,000,000" (write it as a plain number: 1000000)'),
        ("1.234,5", 'found "1.234,5" (write it as a plain number: 1234.5)'),
        ("1 000 000", 'found "1 000 000" (write it as a plain number: 1000000)'),
        ("2.", 'found "2." (write it as a plain number: 2)'),
        (".5", 'found ".5" (write it as a plain number: 0.5)'),
        (".inf", 'found ".inf"'),
        (".nan", 'found ".nan"'),
        ("1e999", "found 1e999"),
        ("two", 'found "two"'),
        ("", "found nothing (an empty value)"),
        ("{a: 1}", "found a mapping"),
    ],
)
def test_anything_else_is_not_a_number_and_the_plain_form_is_suggested(
    written: str, found: str
) -> None:
    question, messages = numeric(written)
    assert question is None
    assert messages == [f'question "n": answer: expected a number, {found}']


@pytest.mark.parametrize(
    ("key", "written", "message"),
    [
        ("points", "0", "expected a number greater than 0, found 0"),
        ("points", "-1", "expected a number greater than 0, found -1"),
        ("tolerance", "-0.5", "expected a number of 0 or more, found -0.5"),
    ],
)
def test_number_ranges(key: str, written: str, message: str) -> None:
    text = with_questions(f"id: n\ntype: numeric\nprompt: How many?\nanswer: 1\n{key}: {written}")
    assert [p.message for p in load_text(text).problems] == [f'question "n": {key}: {message}']


@pytest.mark.parametrize("written", ["1000000.5", "3000000000", "1e300"])
def test_points_above_the_bound_are_an_error_naming_the_bound(written: str) -> None:
    text = with_questions(SINGLE + f"points: {written}")
    assert lines_of(text) == [
        f'bank.yaml:10:13: error: question "planet": points: {written} is more than the limit '
        "of 1,000,000 points; write a number greater than 0 and at most 1,000,000"
    ]


def test_points_at_the_bound_are_fine() -> None:
    bank = load_text(with_questions(SINGLE + "points: 1000000")).bank
    assert bank is not None
    assert bank.questions[0].points == 1_000_000


@pytest.mark.parametrize(
    ("key", "written", "ok"),
    [
        ("pass_mark", "0", True),
        ("pass_mark", "100", True),
        ("pass_mark", "99.5", True),
        ("pass_mark", "100.5", False),
        ("pass_mark", "-1", False),
        ("draw", "1", True),
        ("draw", "1.0", True),
        ("draw", "1e0", True),
        ("draw", "0", False),
        ("max_attempts", "3", True),
        ("max_attempts", "2.5", False),
        ("max_attempts", "1e9", True),
        ("max_attempts", "1e10", False),
        ("max_attempts", '"3"', False),
    ],
)
def test_setting_number_ranges(key: str, written: str, ok: bool) -> None:
    result = load_text(with_questions(SINGLE) + f"settings:\n  {key}: {written}\n")
    assert (result.bank is not None) == ok
    if ok:
        assert result.bank is not None
        assert getattr(result.bank.settings, key) == float(written)


# --- durations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "seconds"),
    [
        ("600", 600),
        ("1", 1),
        ("90s", 90),
        ("10m", 600),
        ("1h", 3600),
        ("1h30m", 5400),
        ("1h 30m 15s", 5415),
        ('"1h 30m 15s"', 5415),
        ("2m30s", 150),
        ("0m 1s", 1),
    ],
)
def test_accepted_durations(written: str, seconds: int) -> None:
    result = load_text(with_questions(SINGLE) + f"settings:\n  time_limit: {written}\n")
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.settings.time_limit == seconds


@pytest.mark.parametrize(
    ("written", "found"),
    [
        ("0", 'found "0"'),
        ("-5", 'found "-5"'),
        ("10 minutes", 'found "10 minutes"'),
        ("1.5h", 'found "1.5h"'),
        ("1:30", 'found "1:30"'),
        ("0s", 'found "0s"'),
        ("30m 1h", 'found "30m 1h"'),
        ("1h1h", 'found "1h1h"'),
        ("10 m", 'found "10 m"'),
        ("1234567890s", 'found "1234567890s"'),
        ('"600"', 'found "600" (write 600 or "600s")'),
        ("", "found nothing (an empty value)"),
    ],
)
def test_rejected_durations_show_the_accepted_forms(written: str, found: str) -> None:
    result = load_text(with_questions(SINGLE) + f"settings:\n  time_limit: {written}\n")
    assert [p.message for p in result.problems] == [
        'settings.time_limit: expected a duration: whole seconds (600) or "90s", "10m", '
        '"1h30m", "1h 30m 15s" (hours, minutes, seconds, in that order; at least one second), '
        + found
    ]


DURATION_SAMPLES = [
    "90s", "10m", "1h", "1h30m", "1h 30m 15s", "1h15s", "2m30s", "0s", "1h  2m",
    "", "s", "1", "1.5h", "1:30", "30m1h", "1 h", "h1", "1h1h", "10 minutes", "1m 1m",
]  # fmt: skip


@pytest.mark.parametrize("text", DURATION_SAMPLES)
def test_the_schema_pattern_and_the_validator_accept_the_same_duration_forms(text: str) -> None:
    # The pattern checks the form only: a zero total ("0s") is the validator's to refuse.
    by_validator = scalars.parse_duration(text) is not None or text == "0s"
    assert (re.search(DURATION_PATTERN, text) is not None) == by_validator


# --- the pure helpers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("title", "title", 0),
        ("titel", "title", 1),  # two neighbours swapped
        ("time_limt", "time_limit", 1),
        ("promt", "prompt", 1),
        ("anwser", "answer", 1),
        ("choises", "choices", 1),
        ("explanaton", "explanation", 1),
        ("descripton", "description", 1),
        ("tpye", "type", 1),
        ("kitten", "sitting", 3),
        ("ab", "", 2),
    ],
)
def test_edit_distance(a: str, b: str, distance: int) -> None:
    assert scalars.edit_distance(a, b) == distance
    assert scalars.edit_distance(b, a) == distance


@pytest.mark.parametrize(
    ("word", "suggestion"),
    [
        ("titel", "title"),
        ("Title", "title"),
        ("qestions", "questions"),
        ("setings", "settings"),
        ("colour", None),
        ("x", None),  # two edits would rewrite all of "id"
        ("tgas", "tags"),
    ],
)
def test_did_you_mean(word: str, suggestion: str | None) -> None:
    known = ("format", "id", "title", "tags", "settings", "questions")
    assert scalars.did_you_mean(word, known) == suggestion


@pytest.mark.parametrize(
    ("text", "slug"),
    [("My Bank", "my-bank"), ("Solar_System 2", "solar-system-2"), ("--", None), ("ok", None)],
)
def test_slug_suggestion(text: str, slug: str | None) -> None:
    assert scalars.slug_suggestion(text) == slug


@pytest.mark.parametrize(
    ("text", "parts", "blanks"),
    [
        ("The capital is {{Jakarta}}.", ("The capital is ", "."), (("Jakarta",),)),
        ("{{ Jakarta | Djakarta }}", ("", ""), (("Jakarta", "Djakarta"),)),
        ("{{a}}{{b}}", ("", "", ""), (("a",), ("b",))),
        ("Write \\{{x}} for a blank: {{1}}", ("Write {{x}} for a blank: ", ""), (("1",),)),
        ("Braces } and }} and { stay: {{a}}", ("Braces } and }} and { stay: ", ""), (("a",),)),
        ("Two\nlines {{a}}\n", ("Two\nlines ", "\n"), (("a",),)),
    ],
)
def test_parse_cloze(
    text: str, parts: tuple[str, ...], blanks: tuple[tuple[str, ...], ...]
) -> None:
    cloze = scalars.parse_cloze(text)
    assert (cloze.parts, cloze.blanks, cloze.problems) == (parts, blanks, ())


def test_a_loaded_cloze_has_its_parts_and_blanks() -> None:
    text = with_questions(
        "id: capital\ntype: cloze\nprompt: Fill in.\n"
        "text: 'Indonesia: {{Jakarta|Djakarta}}; a literal \\{{ stays.'"
    )
    bank = load_text(text).bank
    assert bank is not None
    question = bank.questions[0]
    assert isinstance(question, Cloze)
    assert question.parts == ("Indonesia: ", "; a literal {{ stays.")
    assert question.blanks == (("Jakarta", "Djakarta"),)
    assert question.text == "Indonesia: {{Jakarta|Djakarta}}; a literal \\{{ stays."
    assert question.prompt == "Fill in."


def test_a_true_false_answer_is_a_real_boolean() -> None:
    text = with_questions("id: sun\ntype: true_false\nprompt: A star?\nanswer: FALSE")
    bank = load_text(text).bank
    assert bank is not None
    question = bank.questions[0]
    assert isinstance(question, TrueFalse)
    assert question.answer is False


def test_null_like_text_in_quotes_is_text() -> None:
    assert lines_of(HEAD.replace("title: Solar system", 'title: "null"') + _QUESTIONS) == []
    assert lines_of(HEAD.replace("title: Solar system", "title: null") + _QUESTIONS) == [
        "bank.yaml:3:8: error: title: expected text, found nothing (an empty value)"
    ]
