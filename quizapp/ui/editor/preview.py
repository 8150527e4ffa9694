"""A question as a student will see it: its prompt, its picture and the quiz's own widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from quizapp.bank.model import Question
from quizapp.quiz.draw import present
from quizapp.ui.questions import QuestionWidget, create_question_widget
from quizapp.ui.questions.image import ImageLoader, ImageView, unavailable_text
from quizapp.ui.richtext import PROMPT_FONT_SCALE, RichTextView, scale_font


class QuestionPreview(QScrollArea):
    """Shows one question through the widgets the quiz page uses (read-only is not set:
    the teacher may try answering it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPreview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        body = QWidget(self)
        self._title = QLabel(body)
        self._title.setObjectName("previewTitle")
        self._note = QLabel(body)
        self._note.setObjectName("previewNote")
        self._note.setWordWrap(True)
        self._note.setTextFormat(Qt.TextFormat.PlainText)
        self._prompt = RichTextView(body)
        self._prompt.setObjectName("previewPrompt")
        scale_font(self._prompt, PROMPT_FONT_SCALE)
        self._image = ImageView(body)
        self._image.setObjectName("previewImage")
        self._image.hide()
        self._image_note = QLabel(body)
        self._image_note.setObjectName("previewImageNote")
        self._image_note.setTextFormat(Qt.TextFormat.PlainText)
        self._image_note.hide()
        self._loader = ImageLoader(self)
        self._loader.finished.connect(self._on_image_loaded)
        self._image_key = 0
        self._image_alt: str | None = None
        self._widget: QuestionWidget | None = None
        self._layout = QVBoxLayout(body)
        for widget in (self._title, self._note, self._prompt, self._image, self._image_note):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self.setWidget(body)
        self._retranslate()
        self.show_question(None, language="en", bank_dir=None)

    @property
    def question_widget(self) -> QuestionWidget | None:
        return self._widget

    def show_question(
        self, question: Question | None, *, language: str, bank_dir: Path | None
    ) -> None:
        """Show ``question``; None: it cannot be shown until its problems are fixed."""
        if self._widget is not None:
            self._widget.deleteLater()
            self._widget = None
        self._note.setVisible(question is None)
        self._prompt.setVisible(question is not None and bool(question.prompt.strip()))
        self._loader.cancel()
        self._image.set_image(None)
        self._image_note.hide()
        if question is None:
            return
        self._prompt.set_markdown(question.prompt)
        self._widget = create_question_widget(
            present(question, seed=0, shuffle_choices=False),
            language=language,
            parent=self.widget(),
        )
        self._layout.insertWidget(self._layout.count() - 1, self._widget)
        self._image_alt = question.image_alt
        if question.image:
            self._image_key += 1
            self._loader.load(bank_dir, question.image, self._image_key)

    def _on_image_loaded(self, key: int, image: object) -> None:
        if key != self._image_key:
            return
        if isinstance(image, QImage):
            self._image.set_image(image)
            return
        self._image_note.setText(unavailable_text(self._image_alt))
        self._image_note.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Preview: as a student sees it"))
        self._note.setText(
            self.tr("The preview shows the question once it has no errors (see Problems below).")
        )
        self._prompt.setAccessibleName(self.tr("Question"))
        self.setAccessibleName(self.tr("Preview of the question"))
