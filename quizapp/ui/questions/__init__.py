"""One answer widget per question type, made through :func:`create_question_widget`."""

from quizapp.ui.questions.base import QuestionWidget
from quizapp.ui.questions.registry import WIDGETS, create_question_widget

__all__ = ["WIDGETS", "QuestionWidget", "create_question_widget"]
