"""single_choice: one lettered radio button per choice; one may be picked."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QRadioButton, QWidget

from quizapp.bank.grading import Response
from quizapp.bank.textnorm import fold_whitespace
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.choices import ChoiceButtonsWidget


class SingleChoiceWidget(ChoiceButtonsWidget):
    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        self._group = QButtonGroup()
        super().__init__(presented, language=language, parent=parent)
        self._group.setParent(self)
        self._group.setExclusive(True)

    def response(self) -> Response:
        picked = self._picked()
        return picked[0] if picked else None

    def _hint_template(self) -> str:
        return self.tr(
            "Press a letter (A–{last_letter}) or a number (1–{last_number}) to pick your answer."
        )

    def _make_button(self, letter: str) -> QAbstractButton:
        button = QRadioButton(letter, self)
        self._group.addButton(button)
        return button

    def _show_response(self, response: Response) -> None:
        wanted = fold_whitespace(response) if isinstance(response, str) else None
        # An exclusive group keeps one button checked; let go of it to clear.
        self._group.setExclusive(False)
        for text, button in zip(self._choices, self.buttons, strict=True):
            button.setChecked(wanted is not None and fold_whitespace(text) == wanted)
        self._group.setExclusive(True)
