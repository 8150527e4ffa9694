"""The feedback under an answered question, as the quiz and the study pages both show it.

Right or wrong (or the points of a partly right answer) in the accent colour,
then only what the page passes on: the right answer, the explanation, the
source quote, a note. The quiz page shows what the bank's feedback setting
allows, the study page what the ``review`` setting allows; the panel itself
decides nothing. Every text is plain or escaped Markdown, never raw HTML.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from quizapp.bank.grading import Grade
from quizapp.ui.questions.texts import number_text
from quizapp.ui.richtext import RichTextView, accents_for, set_text_colour


@dataclass(frozen=True)
class FeedbackNames:
    """The object names of a panel's parts, which tests and accessibility tools find."""

    panel: str
    result: str
    answer: str
    explanation: str
    source: str
    note: str


QUIZ_FEEDBACK = FeedbackNames(
    panel="feedbackPanel",
    result="feedbackResultLabel",
    answer="feedbackAnswerLabel",
    explanation="feedbackExplanation",
    source="feedbackSourceLabel",
    note="feedbackNoteLabel",
)
STUDY_FEEDBACK = FeedbackNames(
    panel="studyFeedbackPanel",
    result="studyResultLabel",
    answer="studyRightAnswerLabel",
    explanation="studyExplanation",
    source="studySourceLabel",
    note="studyHiddenNote",
)


class FeedbackPanel(QFrame):
    """How an answer went; hidden until :meth:`show_grade`."""

    def __init__(self, names: FeedbackNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(names.panel)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.result_label = self._label(names.result)
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        self.answer_label = self._label(names.answer, selectable=True)
        self.explanation_view = RichTextView(self)
        self.explanation_view.setObjectName(names.explanation)
        self.source_label = self._label(names.source, selectable=True)
        self.note_label = self._label(names.note)
        self._column = QVBoxLayout(self)
        for widget in (
            self.result_label,
            self.answer_label,
            self.explanation_view,
            self.source_label,
            self.note_label,
        ):
            self._column.addWidget(widget)
        self._retranslate()
        self.hide()

    def _label(self, name: str, *, selectable: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if selectable:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def add_action(self, widget: QWidget) -> None:
        """A button under the feedback (the quiz page's "Show in the reading")."""
        widget.setParent(self)
        self._column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Feedback on your answer"))
        self.explanation_view.setAccessibleName(self.tr("Explanation"))

    def show_grade(self, grade: Grade, *, right: bool, timed_out: bool = False) -> None:
        """Right, wrong, or the points of a partly right answer, and show the panel."""
        accents = accents_for(self.palette())
        if right:
            result, colour = self.tr("Right."), accents.right
        elif grade.points <= 0:
            result, colour = self.tr("Wrong."), accents.wrong
        else:
            result = self.tr("Partly right: you scored {points} of {possible}.").format(
                points=number_text(grade.points), possible=number_text(grade.possible)
            )
            colour = accents.wrong
        if timed_out:
            result = self.tr("Time is up.") + " " + result
        self.result_label.setText(result)
        set_text_colour(self.result_label, colour)
        self.show()

    def show_answer(self, answer: str | None) -> None:
        """The right answer, as text; None hides the line."""
        self.answer_label.setText(
            self.tr("Right answer: {answer}").format(answer=answer) if answer is not None else ""
        )
        self.answer_label.setVisible(answer is not None)

    def show_explanation(self, markdown: str | None) -> None:
        self.explanation_view.set_markdown(markdown or "")
        self.explanation_view.setVisible(bool(markdown))

    def show_source(self, quote: str | None) -> None:
        self.source_label.setText(self.tr("Source: “{quote}”").format(quote=quote) if quote else "")
        self.source_label.setVisible(bool(quote))

    def show_note(self, note: str | None) -> None:
        self.note_label.setText(note or "")
        self.note_label.setVisible(bool(note))
