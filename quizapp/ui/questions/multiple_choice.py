"""multiple_choice: one lettered check box per choice; any number may be picked."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QCheckBox

from quizapp.bank.grading import Response
from quizapp.bank.textnorm import fold_whitespace
from quizapp.ui.questions.choices import ChoiceButtonsWidget


class MultipleChoiceWidget(ChoiceButtonsWidget):
    def response(self) -> Response:
        return self._picked() or None

    def _hint_template(self) -> str:
        return self.tr(
            "Pick every right answer: press a letter (A–{last_letter}) or a number"
            " (1–{last_number}) to pick a choice, and press it again to take it back."
        )

    def _make_button(self, letter: str) -> QAbstractButton:
        return QCheckBox(letter, self)

    def _show_response(self, response: Response) -> None:
        picked = (
            {fold_whitespace(text) for text in response if isinstance(text, str)}
            if isinstance(response, list)
            else set()
        )
        for text, button in zip(self._choices, self.buttons, strict=True):
            button.setChecked(fold_whitespace(text) in picked)
