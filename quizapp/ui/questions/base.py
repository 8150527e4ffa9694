"""What every question widget offers the quiz page.

A question widget shows the answer area of one question type (the page shows
the prompt and the image) and turns what the student did into a
:data:`~quizapp.bank.grading.Response` of that type's shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from quizapp.bank.grading import Response
from quizapp.bank.model import Question
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.quiz.session import is_given

# Modifiers that turn a letter or a digit into a shortcut of its own (Ctrl+A, Alt+1).
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class QuestionWidget(QWidget):
    """The answer area of one question. Subclasses implement one question type each."""

    changed = Signal()  # the student changed the answer on screen

    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._presented = presented
        self._language = language
        self._restoring = False
        self._read_only = False

    @property
    def presented(self) -> PresentedQuestion:
        return self._presented

    @property
    def question(self) -> Question:
        return self._presented.question

    @property
    def language(self) -> str:
        """The bank's language: the locale numbers are read and written in."""
        return self._language

    @property
    def read_only(self) -> bool:
        return self._read_only

    # --- the API every type implements -----------------------------------------------

    def response(self) -> Response:
        """The answer on screen in the grading shape of the type; None when nothing is given."""
        raise NotImplementedError

    def set_response(self, response: Response) -> None:
        """Show ``response`` (None clears), without emitting :attr:`changed`."""
        with self._restoring_response():
            self._show_response(response)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_read_only(read_only)

    def has_response(self) -> bool:
        """Whether the student has put anything in (submitting would record something)."""
        return is_given(self.response())

    def handle_key(self, event: QKeyEvent) -> bool:
        """Act on a page shortcut (a digit or letter that picks a choice); True when used."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the focused control did not use (a letter on a radio button) pick here too.
        if self.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def focus_answer(self) -> None:
        """Put the keyboard focus where the student answers."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def validate(self) -> bool:
        """Check the input can be graded, showing why not beside it; True when it can."""
        return True

    def key_hint(self) -> str | None:
        """A short line telling which keys answer this question, or None."""
        return None

    def unfilled(self) -> str | None:
        """Which parts of a partly given answer are still empty, in a sentence; None when
        nothing is left empty (the page asks once before Enter submits such an answer)."""
        return None

    # --- for subclasses --------------------------------------------------------------

    def _show_response(self, response: Response) -> None:
        raise NotImplementedError

    def _apply_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    def _emit_changed(self) -> None:
        if not self._restoring:
            self.changed.emit()

    @contextmanager
    def _restoring_response(self) -> Iterator[None]:
        self._restoring = True
        try:
            yield
        finally:
            self._restoring = False


def picked_index(event: QKeyEvent, count: int) -> int | None:
    """The choice a key press picks: 1–9 or A–Z (0-based), None for any other key."""
    if event.modifiers() & _COMMAND_MODIFIERS:
        return None
    key = event.key()
    if Qt.Key.Key_1.value <= key <= Qt.Key.Key_9.value:
        index = key - Qt.Key.Key_1.value
    elif Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:
        index = key - Qt.Key.Key_A.value
    else:
        return None
    return index if index < count else None


def choice_letter(index: int) -> str:
    """ "A" for the first choice, "B" for the second... (a bank has at most 26)."""
    return chr(ord("A") + index)
