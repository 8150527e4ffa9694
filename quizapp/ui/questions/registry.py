"""The question widget of each type, found by the type's name.

A new question type adds its widget module and one entry here (besides its
model class and its grader in :mod:`quizapp.bank`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from quizapp.bank.model import (
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget
from quizapp.ui.questions.cloze import ClozeWidget
from quizapp.ui.questions.matching import MatchingWidget
from quizapp.ui.questions.multiple_choice import MultipleChoiceWidget
from quizapp.ui.questions.numeric import NumericWidget
from quizapp.ui.questions.ordering import OrderingWidget
from quizapp.ui.questions.short_answer import ShortAnswerWidget
from quizapp.ui.questions.single_choice import SingleChoiceWidget
from quizapp.ui.questions.true_false import TrueFalseWidget

WIDGETS: dict[str, type[QuestionWidget]] = {
    SingleChoice.TYPE: SingleChoiceWidget,
    MultipleChoice.TYPE: MultipleChoiceWidget,
    TrueFalse.TYPE: TrueFalseWidget,
    ShortAnswer.TYPE: ShortAnswerWidget,
    Numeric.TYPE: NumericWidget,
    Ordering.TYPE: OrderingWidget,
    Matching.TYPE: MatchingWidget,
    Cloze.TYPE: ClozeWidget,
}


def create_question_widget(
    presented: PresentedQuestion, *, language: str, parent: QWidget | None
) -> QuestionWidget:
    """The answer widget for ``presented``'s type; ``language`` is the bank's."""
    widget_class = WIDGETS[presented.question.TYPE]
    widget = widget_class(presented, language=language, parent=parent)
    widget.setObjectName("questionWidget")
    widget.setProperty("questionType", presented.question.TYPE)
    return widget
