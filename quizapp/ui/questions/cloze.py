"""cloze: the text as it reads, with a line edit in place of each blank.

The text flows and wraps like a paragraph; a blank stays glued to the
punctuation written against it ("({{x}})", "{{x}}."). Tab goes from blank to
blank.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from quizapp.bank.grading import Response
from quizapp.bank.model import Cloze
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget
from quizapp.ui.questions.flow_layout import FlowLayout
from quizapp.ui.richtext import PROMPT_FONT_SCALE, scale_font

# A run of words and blanks written without white space between them; a blank is its index.
_Run = list[str | int]
_LINE_BREAK = None
_WHITESPACE = re.compile(r"(\s+)")
# A blank is as wide as its longest accepted answer, a little more, within these bounds.
_BLANK_MIN_CHARACTERS = 6
_BLANK_MAX_CHARACTERS = 40
_BLANK_SLACK_CHARACTERS = 2


def text_runs(parts: tuple[str, ...], blank_count: int) -> list[_Run | None]:
    """The text as runs to lay out (None where the text has a line break)."""
    runs: list[_Run | None] = []
    current: _Run = []

    def flush() -> None:
        nonlocal current
        if current:
            runs.append(current)
            current = []

    for index, part in enumerate(parts):
        for line_number, line in enumerate(part.split("\n")):
            if line_number > 0:
                flush()
                runs.append(_LINE_BREAK)
            for piece in _WHITESPACE.split(line):
                if piece.isspace():
                    flush()
                elif piece:
                    current.append(piece)
        if index < blank_count:
            current.append(index)
    flush()
    return runs


def numbered_text(parts: tuple[str, ...], blank_count: int) -> str:
    """The text with each blank shown as its number in brackets: "Jakarta is [1] of [2]"."""
    pieces: list[str] = []
    for index, part in enumerate(parts):
        pieces.append(part)
        if index < blank_count:
            pieces.append(f"[{index + 1}]")
    return " ".join("".join(pieces).split())


class ClozeWidget(QuestionWidget):
    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(presented, language=language, parent=parent)
        question = presented.question
        parts = question.parts if isinstance(question, Cloze) else ()
        blank_count = len(question.blanks) if isinstance(question, Cloze) else 0
        self._accepted = question.blanks if isinstance(question, Cloze) else ()
        self._edits: list[QLineEdit] = []
        self._context = numbered_text(parts, blank_count)
        self._count = blank_count
        scale_font(self, PROMPT_FONT_SCALE)
        layout = FlowLayout(self, spacing=self.fontMetrics().horizontalAdvance(" "))
        for run in text_runs(parts, blank_count):
            if run is _LINE_BREAK:
                layout.add_line_break()
            else:
                layout.addWidget(self._run_widget(run))

    def response(self) -> Response:
        texts = [edit.text() for edit in self._edits]
        return texts if any(text.strip() for text in texts) else None

    def focus_answer(self) -> None:
        empty = [edit for edit in self._edits if not edit.text().strip()]
        target = empty[0] if empty else self._edits[0] if self._edits else None
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def unfilled(self) -> str | None:
        empty = [str(n) for n, edit in enumerate(self._edits, start=1) if not edit.text().strip()]
        if not empty or len(empty) == len(self._edits):
            return None
        return self.tr("%n blank(s) still empty: {numbers}.", "", len(empty)).format(
            numbers=", ".join(empty)
        )

    def key_hint(self) -> str | None:
        if self._count < 2:
            return None
        return self.tr("Fill in every blank; Tab moves to the next one.")

    def _run_widget(self, run: _Run) -> QWidget:
        if len(run) == 1 and isinstance(run[0], str):
            return self._word(run[0], self)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for atom in run:
            row.addWidget(self._word(atom, box) if isinstance(atom, str) else self._blank(box))
        return box

    @staticmethod
    def _word(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _blank(self, parent: QWidget) -> QLineEdit:
        number = len(self._edits) + 1
        edit = QLineEdit(parent)
        edit.setObjectName(f"clozeEdit_{number}")
        edit.setAccessibleName(
            self.tr("Blank {number} of {count}").format(number=number, count=self._count)
        )
        edit.setAccessibleDescription(self._context)
        edit.setPlaceholderText(str(number) if self._count > 1 else "")
        edit.setFixedWidth(self._blank_width(edit, number - 1))
        edit.textEdited.connect(self._emit_changed)
        self._edits.append(edit)
        return edit

    def _blank_width(self, edit: QLineEdit, index: int) -> int:
        """Room for the longest accepted answer of blank ``index`` (so "Commerce Department"
        shows whole), between a short word's width and a long line's."""
        metrics = self.fontMetrics()
        n = metrics.horizontalAdvance("n")
        accepted = self._accepted[index] if index < len(self._accepted) else ()
        longest = max((metrics.horizontalAdvance(text) for text in accepted), default=0)
        text = max(n * _BLANK_MIN_CHARACTERS, longest + n * _BLANK_SLACK_CHARACTERS)
        text = min(text, n * _BLANK_MAX_CHARACTERS)
        # The line edit's frame and margins around the text, as its own size hint counts them.
        frame = edit.sizeHint().width() - edit.fontMetrics().horizontalAdvance("x") * 17
        return text + max(frame, 8)

    def _show_response(self, response: Response) -> None:
        texts = response if isinstance(response, list) else []
        for index, edit in enumerate(self._edits):
            text = texts[index] if index < len(texts) else ""
            edit.setText(text if isinstance(text, str) else "")

    def _apply_read_only(self, read_only: bool) -> None:
        for edit in self._edits:
            edit.setReadOnly(read_only)
