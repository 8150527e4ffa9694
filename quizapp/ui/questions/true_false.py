"""true_false: a "True" and a "False" radio button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from quizapp.bank.grading import Response
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget


class TrueFalseWidget(QuestionWidget):
    """Keys: 1 or the first letter of "True" picks true; 2 or that of "False" picks false."""

    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(presented, language=language, parent=parent)
        self._true = self._make_button("trueButton", self.tr("True"))
        self._false = self._make_button("falseButton", self.tr("False"))
        self._group = QButtonGroup(self)
        self._group.addButton(self._true)
        self._group.addButton(self._false)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self._true)
        layout.addWidget(self._false)
        layout.addStretch(1)

    def response(self) -> Response:
        if self._true.isChecked():
            return True
        if self._false.isChecked():
            return False
        return None

    def handle_key(self, event: QKeyEvent) -> bool:
        if self.read_only:
            return False
        button = self._button_for_key(event)
        if button is None:
            return False
        button.click()
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_answer(self) -> None:
        target = self._false if self._false.isChecked() else self._true
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def key_hint(self) -> str | None:
        true_key, false_key = self._letter_keys()
        if true_key and false_key:
            return self.tr("Press 1 or {true_key} for true, 2 or {false_key} for false.").format(
                true_key=true_key, false_key=false_key
            )
        return self.tr("Press 1 for true, 2 for false.")

    def _make_button(self, name: str, text: str) -> QRadioButton:
        button = QRadioButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(self._emit_changed)
        return button

    def _letter_keys(self) -> tuple[str, str]:
        """The first letters of the translated words, when they tell the two apart."""
        true_key = self._true.text()[:1].upper()
        false_key = self._false.text()[:1].upper()
        if true_key == false_key or not (true_key.isalpha() and false_key.isalpha()):
            return "", ""
        return true_key, false_key

    def _button_for_key(self, event: QKeyEvent) -> QRadioButton | None:
        if event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        ):
            return None
        key = event.key()
        if key == Qt.Key.Key_1.value:
            return self._true
        if key == Qt.Key.Key_2.value:
            return self._false
        true_key, false_key = self._letter_keys()
        # Qt's key code of a letter is the code point of its capital.
        typed = chr(key) if 0 < key < 0x110000 else ""
        if typed and typed == true_key:
            return self._true
        if typed and typed == false_key:
            return self._false
        return None

    def _show_response(self, response: Response) -> None:
        self._group.setExclusive(False)
        self._true.setChecked(response is True)
        self._false.setChecked(response is False)
        self._group.setExclusive(True)

    def _apply_read_only(self, read_only: bool) -> None:
        self._true.setEnabled(not read_only)
        self._false.setEnabled(not read_only)
