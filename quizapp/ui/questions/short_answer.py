"""short_answer: one line of text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from quizapp.bank.grading import Response
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget


class ShortAnswerWidget(QuestionWidget):
    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(presented, language=language, parent=parent)
        self._edit = QLineEdit(self)
        self._edit.setObjectName("answerEdit")
        self._edit.setAccessibleName(self.tr("Your answer"))
        self._edit.setPlaceholderText(self.tr("Type your answer"))
        self._edit.setClearButtonEnabled(True)
        self._edit.textEdited.connect(self._emit_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit)

    def response(self) -> Response:
        text = self._edit.text()
        return text if text.strip() else None

    def focus_answer(self) -> None:
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_response(self, response: Response) -> None:
        self._edit.setText(response if isinstance(response, str) else "")

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)
        self._edit.setClearButtonEnabled(not read_only)
