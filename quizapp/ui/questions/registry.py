"""What the interface needs of each question type, registered once per type.

A :class:`QuestionUi` gives a type's answer widget, how a response reads in
the interface's language, and how the question reads in the results review.
Besides its widget module, a new question type adds one entry to
``QUESTION_UIS``; a test fails when a type of
:mod:`quizapp.bank.question_types` has none, or one is left over.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from quizapp.bank.grading import Response, format_response
from quizapp.bank.markdown import plain_text
from quizapp.bank.model import (
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget
from quizapp.ui.questions.cloze import ClozeWidget, numbered_text
from quizapp.ui.questions.matching import MatchingWidget
from quizapp.ui.questions.multiple_choice import MultipleChoiceWidget
from quizapp.ui.questions.numeric import NumericWidget
from quizapp.ui.questions.ordering import OrderingWidget
from quizapp.ui.questions.short_answer import ShortAnswerWidget
from quizapp.ui.questions.single_choice import SingleChoiceWidget
from quizapp.ui.questions.true_false import TrueFalseWidget


@dataclass(frozen=True, kw_only=True)
class QuestionUi:
    widget: type[QuestionWidget]
    # (question, a response that is not None, the bank's language) -> one line of text
    answer_text: Callable[[Question, Response, str], str]
    # the question as plain text for the results review
    review_text: Callable[[Question], str]


def _as_the_bank_writes_it(question: Question, response: Response, language: str) -> str:
    return format_response(question, response, language=language)


def _true_or_false(question: Question, response: Response, language: str) -> str:
    # Module functions name their translation context themselves (lupdate reads it from each call).
    if not isinstance(response, bool):
        return ""
    if response:
        return QCoreApplication.translate("AnswerText", "True")
    return QCoreApplication.translate("AnswerText", "False")


def _prompt(question: Question) -> str:
    return plain_text(question.prompt) if question.prompt.strip() else ""


def _prompt_and_numbered_blanks(question: Question) -> str:
    """A cloze shows its text, each blank as its number, under the prompt if it has one."""
    if not isinstance(question, Cloze):
        return _prompt(question)
    prompt = _prompt(question)
    text = numbered_text(question.parts, len(question.blanks))
    return f"{prompt}\n{text}" if prompt else text


def _ui(
    widget: type[QuestionWidget],
    *,
    answer_text: Callable[[Question, Response, str], str] = _as_the_bank_writes_it,
    review_text: Callable[[Question], str] = _prompt,
) -> QuestionUi:
    return QuestionUi(widget=widget, answer_text=answer_text, review_text=review_text)


QUESTION_UIS: Mapping[str, QuestionUi] = MappingProxyType(
    {
        SingleChoice.TYPE: _ui(SingleChoiceWidget),
        MultipleChoice.TYPE: _ui(MultipleChoiceWidget),
        TrueFalse.TYPE: _ui(TrueFalseWidget, answer_text=_true_or_false),
        ShortAnswer.TYPE: _ui(ShortAnswerWidget),
        Numeric.TYPE: _ui(NumericWidget),
        Ordering.TYPE: _ui(OrderingWidget),
        Matching.TYPE: _ui(MatchingWidget),
        Cloze.TYPE: _ui(ClozeWidget, review_text=_prompt_and_numbered_blanks),
    }
)
WIDGETS: Mapping[str, type[QuestionWidget]] = MappingProxyType(
    {name: ui.widget for name, ui in QUESTION_UIS.items()}
)


def question_ui(question: Question) -> QuestionUi:
    return QUESTION_UIS[question.TYPE]


def create_question_widget(
    presented: PresentedQuestion, *, language: str, parent: QWidget | None
) -> QuestionWidget:
    """The answer widget for ``presented``'s type; ``language`` is the bank's."""
    widget_class = question_ui(presented.question).widget
    widget = widget_class(presented, language=language, parent=parent)
    widget.setObjectName("questionWidget")
    widget.setProperty("questionType", presented.question.TYPE)
    return widget
