"""A bank written as GIFT that Moodle imports.

Each question is written with its id as its ``::title::`` and its texts as
``[html]``, made by the bank's own safe Markdown renderer (so Moodle shows
what the app shows, and nothing from the bank reaches Moodle as markup it
did not write). Every GIFT character with a meaning is escaped. What GIFT
cannot hold (ordering questions, pictures, units, more than one blank in a
text, weights Moodle does not allow...) is a warning naming the question;
a question GIFT cannot hold at all is left out, with a warning saying so.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from typing import Any

from quizapp.bank.markdown import render_markdown
from quizapp.bank.model import (
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    Scoring,
    Settings,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.bank.problems import Phrase, Problem, Severity, register_messages

register_messages(
    {
        "gift-export-ordering": "{where}: GIFT has no ordering questions; it was left out",
        "gift-export-blanks": (
            "{where}: GIFT holds one blank in a text and this question has {count}; it was left out"
        ),
        "gift-export-arrow": (
            '{where}: the left side {found} holds "->", which GIFT cannot; it was left out'
        ),
        "gift-export-picture": (
            "{where}: the picture {found} cannot go into a GIFT file; the question was "
            "written without it"
        ),
        "gift-export-weights": (
            "{where}: {count} right answers would each need {share}%, which Moodle does not "
            "allow; {written}% was written, so Moodle may refuse the question or score it "
            "differently"
        ),
        "gift-export-all-or-nothing": (
            '{where}: Moodle scores multiple answers choice by choice; "all_or_nothing" '
            "cannot be kept"
        ),
        "gift-export-case": (
            "{where}: GIFT cannot say that letter case counts; Moodle will ignore letter case"
        ),
        "gift-export-prompt": (
            "{where}: GIFT has no instruction above a text with a blank; the prompt was "
            "written in front of the text"
        ),
        "gift-export-left-out": "{where}: GIFT cannot hold {keys}; left out",
        "gift-export-bank": "GIFT cannot hold the bank's {keys}; left out",
        "gift-export-ambiguous-answer": (
            '{where}: the answer {found} starts like a weight (%50%) or holds "->", which '
            "Moodle would read as a weight or a matching pair; it was left out"
        ),
        "gift-export-category": (
            "{where}: GIFT gives a question one category, written from its first tag; "
            "{found} left out"
        ),
        "gift-export-tags": (
            "GIFT keeps a question's tag as its category, and only when every question has "
            "one; some questions have no tag, so the tags were left out"
        ),
    }
)

# The grades Moodle's question editor offers (and its import accepts), in percent.
MOODLE_WEIGHTS = (
    100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0, 40.0, 33.33333,
    30.0, 25.0, 20.0, 16.66667, 14.28571, 12.5, 11.11111, 10.0, 5.0,
)  # fmt: skip
_TRUE_FALSE = frozenset({"T", "TRUE", "F", "FALSE"})
_WEIGHT_LIKE = re.compile(r"\s*%[^%\n]*%")
_SPECIAL = re.compile(r"[\\~=#{}:\n\r]")
_ESCAPED = {char: "\\" + char for char in "\\~=#{}:"} | {"\n": "\\n", "\r": ""}


class _Skip(Exception):
    """The question cannot be written as GIFT (its warning is recorded)."""


class _Writer:
    def __init__(self, positions: Mapping[str, tuple[int, int]]) -> None:
        self.positions = positions
        self.problems: list[Problem] = []
        self.question: Question | None = None

    def warn(self, code: str, **args: Any) -> None:
        assert self.question is not None
        question_id = self.question.id
        line, column = self.positions.get(question_id, (1, 1))
        where = Phrase("part.question-id", id=f'"{question_id}"')
        self.problems.append(
            Problem(code, line, column, {"where": where, **args}, Severity.WARNING)
        )

    def write(self, bank: Bank) -> str:
        self._warn_bank_left_out(bank)
        out = [f"// {_comment(bank.title)} ({bank.id}), written by QuizApp", ""]
        categories = self._categories(bank)
        category: str | None = None
        for question in bank.questions:
            self.question = question
            try:
                written = self._question(question)
            except _Skip:
                continue
            if categories and question.tags[0] != category:
                category = question.tags[0]
                out += [f"$CATEGORY: {_comment(category)}", ""]
            if categories and len(question.tags) > 1:
                self.warn("gift-export-category", found=_listed(question.tags[1:]))
            out += [written, ""]
        return "\n".join(out)

    def _categories(self, bank: Bank) -> bool:
        """Whether tags are written as categories: only when every question has one."""
        tagged = [bool(question.tags) for question in bank.questions]
        if any(tagged) and not all(tagged):
            self.problems.append(Problem("gift-export-tags", 1, 1, {}, Severity.WARNING))
        return all(tagged)

    def _warn_bank_left_out(self, bank: Bank) -> None:
        left_out = [
            key
            for key, present in (
                ("description", bank.description is not None),
                ("authors", bool(bank.authors)),
                ("tags", bool(bank.tags)),
                ("reading", bank.reading is not None),
                ("settings", bank.settings != Settings()),
            )
            if present
        ]
        if left_out:
            keys = ", ".join(f'"{key}"' for key in left_out)
            self.problems.append(
                Problem("gift-export-bank", 1, 1, {"keys": keys}, Severity.WARNING)
            )

    def _question(self, question: Question) -> str:
        write = _WRITERS.get(type(question))
        if write is None:
            self.warn("gift-export-ordering")
            raise _Skip
        self._warn_left_out(question)
        body = write(self, question)
        return f"::{escape(question.id)}::{body}"

    def _warn_left_out(self, question: Question) -> None:
        if question.image:
            self.warn("gift-export-picture", found=_quote(question.image))
        left_out = [
            key
            for key, present in (
                ("points", question.points != 1),
                ("time_limit", question.time_limit is not None),
                ("source", question.source is not None),
                ("difficulty", question.difficulty is not None),
            )
            if present
        ]
        if left_out:
            self.warn("gift-export-left-out", keys=", ".join(f'"{key}"' for key in left_out))


def write_gift(
    bank: Bank, *, positions: Mapping[str, tuple[int, int]] | None = None
) -> tuple[str, list[Problem]]:
    """The bank as GIFT text, and a warning for everything GIFT cannot hold.

    ``positions`` places each warning at its question in the bank file (by
    question id); without it, warnings stand at 1:1.
    """
    writer = _Writer(positions or {})
    return writer.write(bank), writer.problems


# --- text --------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Plain text with every GIFT character that has a meaning escaped."""
    return _SPECIAL.sub(lambda match: _ESCAPED[match.group()], text)


def _markdown(text: str) -> str:
    """Bank Markdown as the HTML students see in the app, escaped for GIFT."""
    return escape(render_markdown(text).replace("\n", ""))


def _plain(text: str) -> str:
    """Plain text (a choice, a pair's left side) in a question written as HTML.

    A "%" at the start is written as its character reference, so Moodle does
    not take the text for a weight (``%50%``).
    """
    written = html.escape(" ".join(text.split()), quote=False)
    return escape("&#37;" + written[1:] if written.startswith("%") else written)


def _raw(text: str) -> str:
    """Text Moodle takes as written, never as HTML (a short answer, a pair's right side)."""
    return escape(" ".join(text.split()))


def _comment(text: str) -> str:
    return " ".join(text.split())


def _quote(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'


def _listed(texts: tuple[str, ...]) -> str:
    return ", ".join(_quote(text) for text in texts)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) and abs(value) < 1e15 else repr(value)


def _weight(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _prompt(question: Question) -> str:
    return "[html]" + _markdown(question.prompt)


def _answers(lines: list[str], question: Question) -> str:
    if question.explanation:
        lines.append("####" + _markdown(question.explanation))
    return "{\n" + "".join(f"\t{line}\n" for line in lines) + "}"


# --- the types ----------------------------------------------------------------------------


def _single_choice(writer: _Writer, question: Question) -> str:
    assert isinstance(question, SingleChoice)
    lines = [("=" if c == question.answer else "~") + _plain(c) for c in question.choices]
    return _prompt(question) + _answers(lines, question)


def _multiple_choice(writer: _Writer, question: Question) -> str:
    assert isinstance(question, MultipleChoice)
    if question.scoring is Scoring.ALL_OR_NOTHING:
        writer.warn("gift-export-all-or-nothing")
    share = 100 / len(question.answers)
    written = min(MOODLE_WEIGHTS, key=lambda allowed: abs(allowed - share))
    if abs(written - share) > 0.00001:
        writer.warn(
            "gift-export-weights",
            count=len(question.answers),
            share=_weight(share),
            written=_weight(written),
        )
    lines = [
        f"~%{_weight(written if c in question.answers else -written)}%{_plain(c)}"
        for c in question.choices
    ]
    return _prompt(question) + _answers(lines, question)


def _true_false(writer: _Writer, question: Question) -> str:
    assert isinstance(question, TrueFalse)
    return _prompt(question) + _answers(["TRUE" if question.answer else "FALSE"], question)


def _short_answers(writer: _Writer, answers: tuple[str, ...], case_sensitive: bool) -> list[str]:
    """Moodle compares a short answer as written: "*" stands for any text ("\\*" is an
    asterisk), and one that starts like a weight (%50%) would be read as one."""
    if case_sensitive:
        writer.warn("gift-export-case")
    if len(answers) == 1 and "->" in answers[0] and answers[0].strip() not in _TRUE_FALSE:
        # "=" with "->" reads as a matching pair; one answer may go without its "=".
        return [_raw(answers[0]).replace("*", "\\*")]
    lines = []
    for answer in answers:
        if _WEIGHT_LIKE.match(answer) or "->" in answer:
            writer.warn("gift-export-ambiguous-answer", found=_quote(answer))
            continue
        lines.append("=" + _raw(answer).replace("*", "\\*"))
    if not lines:
        raise _Skip
    return lines


def _short_answer(writer: _Writer, question: Question) -> str:
    assert isinstance(question, ShortAnswer)
    lines = _short_answers(writer, question.answers, question.case_sensitive)
    return _prompt(question) + _answers(lines, question)


def _numeric(writer: _Writer, question: Question) -> str:
    assert isinstance(question, Numeric)
    if question.unit:
        writer.warn("gift-export-left-out", keys=f'the unit "{question.unit}"')
    answer = escape(question.answer_text)
    if question.tolerance:
        answer += ":" + _number(question.tolerance)
    return _prompt(question) + _answers(["#" + answer], question)


def _matching(writer: _Writer, question: Question) -> str:
    assert isinstance(question, Matching)
    for left, _ in question.pairs:
        if "->" in left:
            writer.warn("gift-export-arrow", found=_quote(left))
            raise _Skip
    lines = [f"={_plain(left)} -> {_raw(right)}" for left, right in question.pairs]
    lines += [f"= -> {_raw(distractor)}" for distractor in question.distractors]
    return _prompt(question) + _answers(lines, question)


def _cloze(writer: _Writer, question: Question) -> str:
    assert isinstance(question, Cloze)
    if len(question.blanks) != 1:
        writer.warn("gift-export-blanks", count=len(question.blanks))
        raise _Skip
    before = ""
    if question.prompt:
        writer.warn("gift-export-prompt")
        before = _plain(question.prompt) + " "
    answers = " ".join(_short_answers(writer, question.blanks[0], question.case_sensitive))
    if question.explanation:
        answers += " ####" + _markdown(question.explanation)
    first, last = question.parts
    gap_before = " " if first[-1:].isspace() else ""
    gap_after = " " if last[:1].isspace() else ""
    text = f"{before}{_plain(first)}{gap_before}{{{answers}}}{gap_after}{_plain(last)}"
    return "[html]" + text.strip()


_WRITERS: dict[type, Callable[[_Writer, Question], str]] = {
    SingleChoice: _single_choice,
    MultipleChoice: _multiple_choice,
    TrueFalse: _true_false,
    ShortAnswer: _short_answer,
    Numeric: _numeric,
    Matching: _matching,
    Cloze: _cloze,
}
assert Ordering not in _WRITERS
