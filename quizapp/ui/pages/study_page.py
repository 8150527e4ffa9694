"""The page of a study session: practice, the mistakes drill or review, one question at a time.

It shows what the :class:`~quizapp.service.study.StudySession` hands it and
passes the student's actions on by signal (``answer_submitted``,
``next_requested``, ``stop_requested``, ``time_up``); the study view
(:mod:`quizapp.ui.study`) runs them on the worker and hands back the next
question or the feedback. Practice shows the bank's reading beside the
question and, when the bank's ``review`` setting lets feedback show the
source, highlights its passage there.

Keyboard first: the answer widget has the focus; Enter checks the answer,
and after the feedback Enter goes on (Try again is Alt+T); Escape ends the
session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from quizapp.learn.modes import Mode
from quizapp.quiz.countdown import format_remaining
from quizapp.service.study import StudyFeedback, StudyQuestion, StudySession
from quizapp.ui.feedback_panel import STUDY_FEEDBACK, FeedbackPanel
from quizapp.ui.questions import QuestionWidget, create_question_widget
from quizapp.ui.questions.image import ImageLoader, ImageView, unavailable_text
from quizapp.ui.questions.texts import answer_text
from quizapp.ui.reading_view import ReadingView
from quizapp.ui.richtext import (
    PROMPT_FONT_SCALE,
    RichTextView,
    scale_font,
)

REPAINT_INTERVAL_MS = 200
_ENTER_KEYS = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)
_PAGE_NAMES = {
    Mode.PRACTICE: "practicePage",
    Mode.REVIEW: "reviewPage",
    Mode.MISTAKES: "mistakesPage",
}


class StudyPage(QWidget):
    """One study session on screen."""

    answer_submitted = Signal(object)  # the response
    next_requested = Signal()
    stop_requested = Signal()  # end the session now
    back_requested = Signal()  # the session is over: leave the page
    time_up = Signal(object)  # timed practice: the response on screen when time ran out

    def __init__(self, session: StudySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_PAGE_NAMES[session.mode])
        self._session = session
        self._question: StudyQuestion | None = None
        self._feedback_shown: StudyFeedback | None = None
        self._widget: QuestionWidget | None = None
        self._waiting = False
        self._time_up_sent = False
        self._done = False
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_INTERVAL_MS)
        self._timer.timeout.connect(self._repaint_time)
        self._retranslate()

    # --- building --------------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(True)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        self.title_label = self._label("studyTitleLabel")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.progress_label = self._label("studyProgressLabel")
        self.timer_label = self._label("studyTimerLabel")
        self.timer_label.setWordWrap(False)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.progress_label)
        header.addSpacing(12)
        header.addWidget(self.timer_label)

        self.prompt_view = RichTextView(self)
        self.prompt_view.setObjectName("questionPrompt")
        scale_font(self.prompt_view, PROMPT_FONT_SCALE)
        self._image = ImageView(self)
        self._image.setObjectName("questionImage")
        self._image_note = self._label("questionImageNote")
        self._image_note.hide()
        self._image_alt: str | None = None
        self._image_loader = ImageLoader(self)
        self._image_loader.finished.connect(self._on_image_loaded)
        self._answer_holder = QWidget(self)
        self._answer_holder.setObjectName("answerArea")
        self._answer_layout = QVBoxLayout(self._answer_holder)
        self._answer_layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = self._label("studyStatusLabel")
        self.feedback_panel = FeedbackPanel(STUDY_FEEDBACK, self)
        self.done_label = self._label("studyDoneLabel")
        scale_font(self.done_label, 1.2)
        self.done_label.hide()

        content = QWidget(self)
        content.setObjectName("studyContent")
        column = QVBoxLayout(content)
        column.setSpacing(12)
        column.addWidget(self.prompt_view)
        column.addWidget(self._image, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._image_note)
        column.addWidget(self._answer_holder)
        column.addWidget(self.status_label)
        column.addWidget(self.feedback_panel)
        column.addWidget(self.done_label)
        column.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("studyScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(content)

        self.reading_view = ReadingView(self)
        self.reading_view.setObjectName("studyReadingView")
        self.reading_view.hide()
        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.setObjectName("studySplitter")
        self._splitter.addWidget(self._scroll)
        self._splitter.addWidget(self.reading_view)
        self._splitter.setStretchFactor(0, 3)
        self._splitter.setStretchFactor(1, 2)

        self.stop_button = self._button("stopStudyButton", self._on_stop)
        self.try_again_button = self._button("tryAgainButton", self._on_try_again)
        self.check_button = self._button("checkAnswerButton", self._on_check)
        self.next_button = self._button("nextQuestionButton", self._on_next)
        self.back_button = self._button("studyBackButton", self.back_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.try_again_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._splitter, 1)
        layout.addLayout(buttons)
        self._show_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        titles = {
            Mode.PRACTICE: self.tr("Practice"),
            Mode.REVIEW: self.tr("Review"),
            Mode.MISTAKES: self.tr("Mistakes drill"),
        }
        self._mode_title = titles[self._session.mode]
        self.prompt_view.setAccessibleName(self.tr("Question"))
        self._image.setAccessibleName(self.tr("Picture for the question"))
        self.stop_button.setText(self.tr("End"))
        self.stop_button.setAccessibleName(self.tr("End this study session"))
        self.try_again_button.setText(self.tr("&Try again"))
        self.try_again_button.setAccessibleName(self.tr("Try this question again"))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setAccessibleName(self.tr("Check the answer"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to where the session began"))
        self._show_header()
        if self._feedback_shown is not None:
            self.show_feedback(self._feedback_shown)
        if self._done:
            self.show_done()

    # --- what the session hands over ------------------------------------------------

    @property
    def session(self) -> StudySession:
        return self._session

    @property
    def question(self) -> StudyQuestion | None:
        return self._question

    @property
    def question_widget(self) -> QuestionWidget | None:
        return self._widget

    @property
    def feedback_visible(self) -> bool:
        return not self.feedback_panel.isHidden()

    @property
    def done(self) -> bool:
        return self._done

    def show_question(self, shown: StudyQuestion | None) -> None:
        """Show the next question, or the end of the session when there is none."""
        self._waiting = False
        if shown is None:
            self.show_done()
            return
        self._question = shown
        self._feedback_shown = None
        self._time_up_sent = False
        question = shown.question
        self._set_widget(
            create_question_widget(
                shown.presented, language=shown.language, parent=self._answer_holder
            )
        )
        self.prompt_view.set_markdown(question.prompt)
        self.prompt_view.setVisible(bool(question.prompt.strip()))
        self._show_image(shown, question.image, question.image_alt)
        self.status_label.clear()
        self.status_label.hide()
        self.feedback_panel.hide()
        self._show_reading(shown)
        self._show_header()
        self._show_buttons()
        self._scroll.verticalScrollBar().setValue(0)
        if shown.time_limit is not None or self._session.remaining() is not None:
            self._timer.start()
            self._repaint_time()
        else:
            self._timer.stop()
            self.timer_label.clear()
        assert self._widget is not None
        self._widget.focus_answer()

    def show_feedback(self, feedback: StudyFeedback) -> None:
        """How the answer went: right or wrong, and what the bank lets show."""
        self._waiting = False
        self._feedback_shown = feedback
        shown = self._question
        panel = self.feedback_panel
        revealed = feedback.reveals and not feedback.right and shown is not None
        panel.show_answer(
            answer_text(shown.question, feedback.right_answer, language=shown.language)
            if revealed and shown is not None
            else None
        )
        panel.show_explanation(feedback.explanation)
        panel.show_source(feedback.source)
        panel.show_note(
            None
            if feedback.reveals
            else self.tr("This bank shows right or wrong only: its answers stay hidden for now.")
        )
        panel.show_grade(feedback.grade, right=feedback.right, timed_out=feedback.timed_out)
        if feedback.source and not self.reading_view.isHidden():
            self.reading_view.highlight(feedback.source)
        if self._widget is not None:
            self._widget.set_read_only(True)
        if self._session.remaining() is None:  # the session's own time runs on
            self._timer.stop()
        self._time_up_sent = False
        self._show_header()
        self._show_buttons()
        QTimer.singleShot(0, self, self._scroll_to_feedback)  # not after the page is gone
        target = self.try_again_button if feedback.can_retry else self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_done(self) -> None:
        """The session is over: say how it went, offer Back."""
        self._done = True
        self._waiting = False
        self._timer.stop()
        self.timer_label.clear()
        self._set_widget(None)
        self.prompt_view.hide()
        self._image.hide()
        self._image_note.hide()
        self.feedback_panel.hide()
        self.status_label.hide()
        self.reading_view.hide()
        session = self._session
        if session.mode is Mode.REVIEW:
            text = self.tr("Nothing is due now. Come back later for the next reviews.")
        elif session.mode is Mode.MISTAKES:
            text = self.tr("No mistakes left: every question of the drill is answered right.")
        else:
            text = self.tr("Practice done.")
        if session.answered:
            text += " " + self.tr("{right} of {answered} right at the first try.").format(
                right=session.right_first_time, answered=session.answered
            )
        self.done_label.setText(text)
        self.done_label.show()
        self._show_header()
        self._show_buttons()
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """A step failed (the answer stays on screen): say so; the next press tries again."""
        self._waiting = False
        self.status_label.setText(text)
        self.status_label.show()
        self._show_buttons()

    # --- inside ----------------------------------------------------------------------

    def _set_widget(self, widget: QuestionWidget | None) -> None:
        if self._widget is not None:
            self._answer_layout.removeWidget(self._widget)
            self._widget.hide()
            self._widget.deleteLater()
        self._widget = widget
        if widget is not None:
            self._answer_layout.addWidget(widget)
            widget.show()
            widget.changed.connect(self.status_label.hide)

    def _show_image(self, shown: StudyQuestion, relative: str | None, alt: str | None) -> None:
        self._image_loader.cancel()
        self._image.set_image(None)
        self._image.setAccessibleDescription(alt or "")
        self._image_note.hide()
        self._image_alt = alt
        if relative:
            self._image_loader.load(shown.bank_dir, relative, 0)

    @Slot(int, object)
    def _on_image_loaded(self, _index: int, image: object) -> None:
        if isinstance(image, QImage):
            self._image.set_image(image)
            return
        self._image_note.setText(unavailable_text(self._image_alt))
        self._image_note.show()

    def _show_reading(self, shown: StudyQuestion) -> None:
        """Practice shows the bank's reading beside the question (kept while the bank is)."""
        wanted = self._session.mode is Mode.PRACTICE and bool(shown.reading)
        if wanted and shown.reading is not None:
            if self.reading_view.isHidden():
                self.reading_view.set_reading(shown.bank_title, shown.reading)
            self.reading_view.show()
        else:
            self.reading_view.hide()

    def _show_header(self) -> None:
        shown = self._question
        title = self._mode_title
        if shown is not None and not self._done:
            title = self.tr("{mode} — {bank}").format(mode=self._mode_title, bank=shown.bank_title)
        self.title_label.setText(title)
        if shown is None or self._done:
            self.progress_label.clear()
        elif self._session.mode is Mode.REVIEW:
            self.progress_label.setText(self.tr("%n card(s) due", "", shown.left))
        else:
            self.progress_label.setText(self.tr("%n question(s) to go", "", shown.left))
        self.progress_label.setAccessibleName(self.progress_label.text())

    @Slot()
    def _show_buttons(self) -> None:
        feedback = self._feedback_shown
        answering = not self._done and self._question is not None and feedback is None
        self.check_button.setVisible(answering)
        self.check_button.setEnabled(answering and not self._waiting)
        self.try_again_button.setVisible(feedback is not None and feedback.can_retry)
        self.next_button.setVisible(feedback is not None and not self._done)
        self.next_button.setEnabled(not self._waiting)
        self.stop_button.setVisible(not self._done)
        self.back_button.setVisible(self._done)

    @Slot()
    def _scroll_to_feedback(self) -> None:
        if self.feedback_visible:
            self._scroll.ensureWidgetVisible(self.feedback_panel)

    @Slot()
    def _repaint_time(self) -> None:
        answering = self._feedback_shown is None
        question_left = self._session.question_remaining() if answering else None
        session_left = self._session.remaining()
        parts = []
        if question_left is not None:
            parts.append(self.tr("Question: {time}").format(time=format_remaining(question_left)))
        if session_left is not None:
            parts.append(self.tr("Session: {time}").format(time=format_remaining(session_left)))
        self.timer_label.setText("   ".join(parts))
        up = question_left == 0 or session_left == 0
        if up and not self._time_up_sent and not self._done:
            self._time_up_sent = True
            self._waiting = True
            self._show_buttons()
            self.time_up.emit(self._widget.response() if self._widget is not None else None)

    # --- the student's actions -------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape.value:
            if self._done:
                self.back_requested.emit()
            else:
                self._on_stop()
            event.accept()
            return
        if key in _ENTER_KEYS:
            if self._done:
                self.back_requested.emit()
            elif self._feedback_shown is None:
                self._on_check()
            else:
                self._on_next()
            event.accept()
            return
        widget = self._widget
        if widget is not None and not widget.read_only and widget.handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_check(self) -> None:
        widget = self._widget
        if widget is None or self._waiting or self._feedback_shown is not None:
            return
        if not widget.has_response():
            self.status_label.setText(self.tr("Answer first, then check."))
            self.status_label.show()
            return
        self._waiting = True
        self._show_buttons()
        self.answer_submitted.emit(widget.response())

    @Slot()
    def _on_try_again(self) -> None:
        feedback = self._feedback_shown
        if feedback is None or not feedback.can_retry or self._waiting:
            return
        self._feedback_shown = None
        self.feedback_panel.hide()
        if self._widget is not None:
            self._widget.set_read_only(False)
            self._widget.focus_answer()
        self._show_buttons()

    @Slot()
    def _on_next(self) -> None:
        if self._waiting or self._feedback_shown is None or self._done:
            return
        self._waiting = True
        self._show_buttons()
        self.next_requested.emit()

    @Slot()
    def _on_stop(self) -> None:
        if self._done:
            return
        self._timer.stop()
        self.stop_requested.emit()
