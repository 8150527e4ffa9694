"""Aiken files read into banks of single-choice questions, or refused with every mistake."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.model import SingleChoice
from quizapp.interop.aiken import read_aiken
from tests.interop.helpers import FIXTURES, lines, loaded_bank


def test_every_question_becomes_a_single_choice_question(tmp_path: Path) -> None:
    text = (FIXTURES / "aiken-planets.txt").read_text()
    bank = loaded_bank(read_aiken(text, source_name="Planets quiz.txt"), tmp_path)
    assert (bank.id, bank.title) == ("planets-quiz", "Planets quiz")
    largest, nearest, plain = bank.questions
    assert isinstance(largest, SingleChoice)
    assert largest.prompt == "What is the largest planet of the solar system?"
    assert largest.choices == ("Mars", "Jupiter", "Earth", "Venus")
    assert largest.answer == "Jupiter"
    assert isinstance(nearest, SingleChoice)
    assert (nearest.choices, nearest.answer) == (("Mercury", "Venus"), "Mercury")
    assert isinstance(plain, SingleChoice)
    # Aiken is plain text: what looks like markup is shown as written.
    assert plain.prompt == "Is 2\\*3 = 6 and \\_this\\_ plain text?\nAnswer it, please."
    assert plain.choices[2] == "<b>Maybe</b>"


def test_a_windows_file_with_a_byte_order_mark_reads_the_same(tmp_path: Path) -> None:
    text = (FIXTURES / "aiken-windows.txt").read_bytes().decode("utf-8")
    conversion = read_aiken(text, source_name="w.txt")
    assert conversion.problems == []
    question = loaded_bank(conversion, tmp_path).questions[0]
    assert isinstance(question, SingleChoice)
    assert (question.prompt, question.choices, question.answer) == (
        "Which is a gas giant?",
        ("Saturn", "Mars"),
        "Saturn",
    )


MISTAKES = """\
A. orphan
What?
A. one
ANSWER: A
Q2
A. x
B. y
ANSWER: C
Q3
A. x
A. y
B. z
ANSWER: AB
Q4
A. x
B. y
Q5 without answer
A. p
B. q
"""


def test_every_mistake_is_reported_with_its_line_and_column() -> None:
    conversion = read_aiken(MISTAKES, source_name="bad.txt")
    assert conversion.refused
    assert conversion.bank is None
    assert lines(conversion, "bad.txt") == [
        "bad.txt:1:1: error: option A comes before any question text: a question starts with "
        "its text",
        "bad.txt:4:1: error: the question at line 2 has 1 option(s); it needs at least two",
        'bad.txt:8:9: error: the answer "C" is not one of the options ("A", "B")',
        "bad.txt:11:1: error: option A appears a second time (first at line 10)",
        'bad.txt:13:9: error: expected the letter of one option after "ANSWER:", found "AB"',
        'bad.txt:17:1: error: expected another option or the answer line ("ANSWER: A") of the '
        'question at line 14, found "Q5 without answer"; is its answer line missing?',
        'bad.txt:19:5: error: the question at line 17 has no answer line ("ANSWER: A") before '
        "the end of the file",
    ]


def test_an_answer_before_any_question_and_an_empty_file_are_refused() -> None:
    assert lines(read_aiken("\n  ANSWER: A\n", source_name="a.txt")) == [
        "source:2:3: error: an answer line comes before any question: write the question, "
        'its options ("A. ...") and then "ANSWER: A"'
    ]
    assert lines(read_aiken("\ufeff\n\n", source_name="a.txt")) == [
        "source:1:1: error: the file holds no question"
    ]


def test_a_question_the_bank_would_refuse_is_left_out_with_a_warning(tmp_path: Path) -> None:
    text = "Same twice?\nA. yes\nB. yes\nANSWER: A\n\nFine?\nA. yes\nB. no\nANSWER: A\n"
    conversion = read_aiken(text, source_name="d.txt")
    assert [q.id for q in loaded_bank(conversion, tmp_path).questions] == ["fine"]
    [warning] = lines(conversion)
    assert warning.startswith("source:1:1: warning: question 1: the converted question would not")
