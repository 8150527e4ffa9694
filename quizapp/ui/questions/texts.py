"""Answers and points as the quiz and results pages show them, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from quizapp.bank.grading import Response
from quizapp.bank.model import Question
from quizapp.bank.numbers import format_number
from quizapp.ui.questions.registry import question_ui

# Module functions name their translation context themselves (lupdate reads it from each call).


def ui_language() -> str:
    """The language the interface speaks (for numbers that are not bank content)."""
    return QLocale().bcp47Name()


def answer_text(question: Question, response: Response, *, language: str) -> str:
    """A response as one line; "" when nothing was given. ``language`` is the bank's."""
    if response is None:
        return ""
    return question_ui(question).answer_text(question, response, language)


def number_text(value: float) -> str:
    """A score or a number of points, in the interface's locale, to two decimals at most."""
    return format_number(round(value, 2), ui_language())


class AnswerText(QObject):
    """lupdate reads a plural count only from a ``tr()`` call, so counted texts live here."""

    def points(self, count: int) -> str:
        return self.tr("%n point(s)", "", count)


# Qt's plural count is a 32-bit int; counts past this (beyond the format's bound, from a bank
# stored before it) take the general "points" form, which every language here shares.
_MAX_PLURAL_COUNT = 1_000_000


def points_text(points: float) -> str:
    """ "1 point", "2 points", "1.5 points", for any value."""
    if float(points).is_integer() and 0 <= points <= _MAX_PLURAL_COUNT:
        return AnswerText().points(int(points))
    return QCoreApplication.translate("AnswerText", "{points} points").format(
        points=number_text(points)
    )


def not_given_text() -> str:
    return QCoreApplication.translate("AnswerText", "(no answer)")
