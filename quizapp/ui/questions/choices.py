"""What single- and multiple-choice widgets share: lettered buttons beside wrapped text.

Each choice is a button labelled with its letter ("A", "B"...) and, beside it,
the choice's text in a word-wrapped label that is clicked like the button, so
long choices stay readable. Keys 1–9 and A–Z pick a choice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QSizePolicy, QWidget

from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget, choice_letter, picked_index


class ClickableLabel(QLabel):
    """Wrapped plain text that acts on its button when clicked."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.isEnabled():
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ChoiceButtonsWidget(QuestionWidget):
    """Lettered choices in display order; subclasses pick the button kind and the rule."""

    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(presented, language=language, parent=parent)
        self._choices = presented.choice_order
        self._buttons: list[QAbstractButton] = []
        self._labels: list[ClickableLabel] = []
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setColumnStretch(1, 1)
        layout.setVerticalSpacing(8)
        for index, text in enumerate(self._choices):
            self._add_choice(layout, index, text)

    @property
    def buttons(self) -> tuple[QAbstractButton, ...]:
        return tuple(self._buttons)

    def handle_key(self, event: QKeyEvent) -> bool:
        index = picked_index(event, len(self._buttons))
        if index is None or self.read_only:
            return False
        self._buttons[index].click()
        self._buttons[index].setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_answer(self) -> None:
        checked = [button for button in self._buttons if button.isChecked()]
        target = checked[0] if checked else self._buttons[0] if self._buttons else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def key_hint(self) -> str | None:
        last = len(self._buttons)
        if last == 0:
            return None
        return self._hint_template().format(
            last_letter=choice_letter(last - 1), last_number=min(last, 9)
        )

    def _hint_template(self) -> str:
        """The translated key hint, with ``{last_letter}`` and ``{last_number}``."""
        raise NotImplementedError

    def _picked(self) -> list[str]:
        return [
            text
            for text, button in zip(self._choices, self._buttons, strict=True)
            if button.isChecked()
        ]

    def _apply_read_only(self, read_only: bool) -> None:
        for button, label in zip(self._buttons, self._labels, strict=True):
            button.setEnabled(not read_only)
            # The text stays in full colour: the student reads it back with the feedback.
            label.setEnabled(True)

    def _make_button(self, letter: str) -> QAbstractButton:
        raise NotImplementedError

    def _add_choice(self, layout: QGridLayout, index: int, text: str) -> None:
        letter = choice_letter(index)
        button = self._make_button(letter)
        button.setObjectName(f"choiceButton_{index + 1}")
        button.setAccessibleName(
            self.tr("Choice {letter}: {text}").format(letter=letter, text=text)
        )
        button.clicked.connect(self._emit_changed)
        label = ClickableLabel(text, self)
        label.setObjectName(f"choiceText_{index + 1}")
        label.setBuddy(button)
        label.clicked.connect(self._click_from_label)  # a bound method: see main_window._show_quiz
        layout.addWidget(button, index, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label, index, 1)
        self._buttons.append(button)
        self._labels.append(label)

    @Slot()
    def _click_from_label(self) -> None:
        label = self.sender()
        button = label.buddy() if isinstance(label, QLabel) else None
        if isinstance(button, QAbstractButton) and button.isEnabled():
            button.click()
            button.setFocus(Qt.FocusReason.MouseFocusReason)
