"""Aiken, Moodle's plainest format, read into a bank of single-choice questions.

    What is the largest planet?
    A. Mars
    B) Jupiter
    ANSWER: B

A question is its text (one line, or several before the first option), two
or more options written as a capital letter, ``.`` or ``)`` and a space, and
the line ``ANSWER:`` with the letter of the right option. Blank lines between
questions are optional, as in Moodle. The text is plain: nothing in it is
markup. A file with any mistake is refused, with every mistake's line and
column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from quizapp.bank.nodereader import quote, quote_all
from quizapp.bank.problems import Phrase, Problem, register_messages
from quizapp.interop.building import (
    Origin,
    UniqueIds,
    bank_id_for,
    error,
    finish_bank,
    title_for,
)
from quizapp.interop.conversion import Conversion
from quizapp.interop.html_text import escape_markdown

__all__ = ["read_aiken"]

register_messages(
    {
        "aiken-empty": "the file holds no question",
        "aiken-option-first": (
            "option {letter} comes before any question text: a question starts with its text"
        ),
        "aiken-answer-first": (
            "an answer line comes before any question: write the question, its options "
            '("A. ...") and then "ANSWER: A"'
        ),
        "aiken-text-after-options": (
            'expected another option or the answer line ("ANSWER: A") of the question at '
            "line {start}, found {found}; is its answer line missing?"
        ),
        "aiken-duplicate-letter": "option {letter} appears a second time (first at line {first})",
        "aiken-too-few-options": (
            "the question at line {start} has {count} option(s); it needs at least two"
        ),
        "aiken-bad-answer": 'expected the letter of one option after "ANSWER:", found {found}',
        "aiken-answer-not-option": "the answer {letter} is not one of the options ({letters})",
        "aiken-no-answer": (
            'the question at line {start} has no answer line ("ANSWER: A") before the end '
            "of the file"
        ),
    }
)

_OPTION = re.compile(r"(?P<letter>[A-Z])[.)][ \t]+(?P<text>\S.*)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # only these, as a text editor counts lines
_ANSWER = re.compile(r"ANSWER[ \t]*:[ \t]*(?P<rest>.*)", re.IGNORECASE)


@dataclass
class _Option:
    letter: str
    text: str
    line: int


@dataclass
class _Question:
    line: int
    column: int
    text: list[str] = field(default_factory=list)
    options: list[_Option] = field(default_factory=list)


def read_aiken(text: str, *, source_name: str) -> Conversion:
    """The single-choice questions of an Aiken file; refused with every mistake when it has any."""
    reader = _Reader()
    lines = _LINE_BREAK.split(text.removeprefix("\ufeff"))
    for number, line in enumerate(lines, start=1):
        reader.read_line(number, line)
    reader.end()
    if reader.problems:
        return Conversion(None, reader.problems)
    if not reader.questions:
        return Conversion(None, [error("aiken-empty", 1, 1)])
    about: dict[str, Any] = {"id": bank_id_for(source_name), "title": title_for(source_name)}
    return finish_bank(about, reader.questions, [], {})


class _Reader:
    def __init__(self) -> None:
        self.current: _Question | None = None
        self.questions: list[tuple[dict[str, Any], Origin]] = []
        self.problems: list[Problem] = []
        self.ids = UniqueIds()
        self.end_of_text = (1, 1)  # just after the last character that is not white space

    def read_line(self, number: int, raw: str) -> None:
        line = raw.strip()
        if not line:
            return
        self.end_of_text = (number, len(raw.rstrip()) + 1)
        column = len(raw) - len(raw.lstrip()) + 1
        option = _OPTION.fullmatch(line)
        answer = _ANSWER.fullmatch(line)
        current = self.current
        if answer is not None:
            self._answer(number, column, line, answer)
        elif option is not None:
            self._option(number, column, option)
        elif current is not None and current.options:
            self.problems.append(
                error(
                    "aiken-text-after-options",
                    number,
                    column,
                    start=current.line,
                    found=quote(line),
                )
            )
            self.current = _Question(number, column, [line])  # it likely starts the next one
        elif current is None:
            self.current = _Question(number, column, [line])
        else:
            current.text.append(line)

    def _option(self, number: int, column: int, option: re.Match[str]) -> None:
        letter = option.group("letter")
        if self.current is None:
            self.problems.append(error("aiken-option-first", number, column, letter=letter))
            return
        first = next((o for o in self.current.options if o.letter == letter), None)
        if first is not None:
            self.problems.append(
                error("aiken-duplicate-letter", number, column, letter=letter, first=first.line)
            )
            return
        self.current.options.append(_Option(letter, option.group("text").strip(), number))

    def _answer(self, number: int, column: int, line: str, answer: re.Match[str]) -> None:
        current, self.current = self.current, None
        if current is None:
            self.problems.append(error("aiken-answer-first", number, column))
            return
        rest = answer.group("rest").strip()
        letter_column = column + line.index(rest) if rest else column + len(line)
        if len(current.options) < 2:
            self.problems.append(
                error(
                    "aiken-too-few-options",
                    number,
                    column,
                    start=current.line,
                    count=len(current.options),
                )
            )
            return
        if len(rest) != 1 or not rest.isalpha():
            found = quote(rest) if rest else Phrase("part.found-nothing")
            self.problems.append(error("aiken-bad-answer", number, letter_column, found=found))
            return
        right = next((o for o in current.options if o.letter == rest.upper()), None)
        if right is None:
            letters = quote_all(o.letter for o in current.options)
            self.problems.append(
                error(
                    "aiken-answer-not-option",
                    number,
                    letter_column,
                    letter=quote(rest),
                    letters=letters,
                )
            )
            return
        self._add(current, right)

    def _add(self, question: _Question, right: _Option) -> None:
        prompt = "\n".join(question.text)
        origin = Origin(
            question.line,
            question.column,
            Phrase("part.question-number", number=len(self.questions) + 1),
        )
        data: dict[str, Any] = {
            "id": self.ids.make(question.text[0] if question.text else "", len(self.questions) + 1),
            "type": "single_choice",
            "prompt": escape_markdown(prompt),
            "choices": [option.text for option in question.options],
            "answer": right.text,
        }
        self.questions.append((data, origin))

    def end(self) -> None:
        if self.current is not None:
            line, column = self.end_of_text
            self.problems.append(error("aiken-no-answer", line, column, start=self.current.line))
