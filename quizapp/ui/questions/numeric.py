"""numeric: a number typed in the bank's locale, with the unit beside it.

Text that is not a number is not graded: :meth:`NumericWidget.validate` says
so under the field and the page keeps the student on the question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from quizapp.bank.grading import Response
from quizapp.bank.model import Numeric
from quizapp.bank.numbers import format_number, parse_number
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget
from quizapp.ui.richtext import accents_for, set_text_colour

# What a number looks like in the bank's locale, shown when the input is not one.
_EXAMPLE_NUMBER = 1234.5


class NumericWidget(QuestionWidget):
    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(presented, language=language, parent=parent)
        unit = presented.question.unit if isinstance(presented.question, Numeric) else None
        self._edit = QLineEdit(self)
        self._edit.setObjectName("answerEdit")
        self._edit.setPlaceholderText(self.tr("Type a number"))
        self._edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 28)
        self._edit.textEdited.connect(self._on_edited)
        self._unit = QLabel(unit or "", self)
        self._unit.setObjectName("unitLabel")
        self._unit.setTextFormat(Qt.TextFormat.PlainText)
        self._unit.setVisible(bool(unit))
        self._unit.setBuddy(self._edit)
        if unit:
            self._edit.setAccessibleName(
                self.tr("Your answer, a number in {unit}").format(unit=unit)
            )
        else:
            self._edit.setAccessibleName(self.tr("Your answer, a number"))
        self._message = QLabel(self)
        self._message.setObjectName("numberMessageLabel")
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._message.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit, 0, 0)
        layout.addWidget(self._unit, 0, 1)
        layout.setColumnStretch(2, 1)
        layout.addWidget(self._message, 1, 0, 1, 3)

    def response(self) -> Response:
        return parse_number(self._edit.text(), self.language)

    def has_response(self) -> bool:
        # Text that is not a number still counts: submitting it tells the student why not.
        return bool(self._edit.text().strip())

    def validate(self) -> bool:
        text = self._edit.text()
        if not text.strip() or parse_number(text, self.language) is not None:
            self._message.hide()
            return True
        self._message.setText(
            self.tr("This is not a number. Type digits, for example {example}.").format(
                example=format_number(_EXAMPLE_NUMBER, self.language)
            )
        )
        set_text_colour(self._message, accents_for(self.palette()).wrong)
        self._message.show()
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._edit.selectAll()
        return False

    @property
    def message(self) -> str | None:
        """The "not a number" message on show, or None."""
        return self._message.text() if not self._message.isHidden() else None

    def focus_answer(self) -> None:
        self._edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edited(self) -> None:
        self._message.hide()
        self._emit_changed()

    def _show_response(self, response: Response) -> None:
        self._message.hide()
        number = (
            float(response)
            if isinstance(response, int | float) and not isinstance(response, bool)
            else None
        )
        self._edit.setText("" if number is None else format_number(number, self.language))

    def _apply_read_only(self, read_only: bool) -> None:
        self._edit.setReadOnly(read_only)
