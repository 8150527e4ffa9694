"""The page a student takes a quiz on.

The page shows what the :class:`~quizapp.quiz.session.QuizSession` holds and
passes the student's actions to it through a :class:`~quizapp.service.quiz_run.QuizRun`,
which hands every answer, move, flag and end to the attempt's recorder at
once. In the app the recorder's records go to the quiz's own writer thread
(:class:`~quizapp.ui.writer.RecordWriter`): the page never waits on the
database, but it moves on only once the answer on screen is stored ("Saving…"
shows when that takes a moment; a failure is shown and the answer stays).
Time is the session's: a parented QTimer only repaints the remaining time and
lets the session act on a passed deadline (``tick``); nothing here counts ticks.

Keyboard first: the answer widget has the focus on every question; 1–9 and
A–Z pick choices (outside text fields); Enter submits and goes on (and on the
last question offers to finish); Tab reaches every control. Enter and Next
never leave a question without an answer (Skip does); a cloze or matching
question with parts still empty is asked about once before Enter submits it.
Unless the quiz is forward-only, the question navigator (Ctrl+G) goes to any
question, as do the question numbers the finish dialog lists.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.grading import Response, correct_response
from quizapp.bank.model import Bank, Feedback
from quizapp.quiz.clock import Clock
from quizapp.quiz.countdown import format_remaining, is_warning
from quizapp.quiz.recorder import AttemptRecorder
from quizapp.quiz.session import AnswerEvent, Expiry, QuizSession, is_given
from quizapp.service.quiz_run import QuizRun
from quizapp.service.types import PreparedAttempt
from quizapp.ui.feedback_panel import QUIZ_FEEDBACK, FeedbackPanel
from quizapp.ui.question_navigator import (
    ANSWERED_MARK,
    CURRENT_MARK,
    FLAGGED_MARK,
    CellState,
    QuestionNavigator,
)
from quizapp.ui.questions import QuestionWidget, create_question_widget
from quizapp.ui.questions.image import ImageLoader, ImageView, unavailable_text
from quizapp.ui.questions.texts import answer_text, points_text
from quizapp.ui.richtext import (
    PROMPT_FONT_SCALE,
    RichTextView,
    accents_for,
    scale_font,
    set_text_colour,
)
from quizapp.ui.writer import RecordWriter

REPAINT_INTERVAL_MS = 200
# How long storing may take before the page says "Saving…".
SAVING_NOTICE_MS = 200
# How often a timed quiz stores that it is still open: after a kill, setting the clock
# back gains at most this much time.
STILL_OPEN_INTERVAL_S = 30.0
_ENTER_KEYS = (Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value)
NAVIGATOR_SHORTCUT = "Ctrl+G"
_QUESTION_LINK = "question:"


class _Then(Enum):
    """What the page does once everything handed to the writer is stored."""

    SAY_SAVED = auto()  # an answer was submitted without moving on
    GO_ON = auto()  # Next or Enter: move on from the question it was pressed on
    GO_TO = auto()  # the navigator: go to the question chosen there
    COMPLETE = auto()  # the attempt has ended: hand over to the results


class QuizPage(QWidget):
    """One attempt on screen. ``finished`` carries the attempt id once its end is stored.

    ``readingRequested`` asks for the bank's reading: with the quote to show
    (the question's ``source``), or "" for the reading from the top.
    """

    finished = Signal(str)
    titleChanged = Signal(str)
    readingRequested = Signal(str)

    def __init__(
        self,
        *,
        session: QuizSession,
        recorder: AttemptRecorder,
        clock: Clock,
        bank: Bank,
        bank_dir: Path | None,
        writer: RecordWriter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quizPage")
        self._session = session
        self._writer = writer
        self._run = QuizRun(
            PreparedAttempt(session, bank_dir),
            recorder if writer is None else writer.recorder(recorder),
        )
        # The session reads the clock; the page keeps it only to hand the same one on.
        self._clock = clock
        self._bank = bank
        self._bank_dir = bank_dir
        self._widget: QuestionWidget | None = None
        self._confirm: QMessageBox | None = None
        self._confirm_link: int | None = None  # the question number clicked in the dialog
        self._completed = False
        self._then: _Then | None = None
        self._then_index = 0  # the question GO_ON was asked on
        self._noted_open_at = clock.monotonic()
        self._then_target = 0  # the question GO_TO goes to
        self._asked_unfilled: set[int] = set()  # questions told which parts are empty
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(REPAINT_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh_time)
        self._saving_notice = QTimer(self)
        self._saving_notice.setSingleShot(True)
        self._saving_notice.setInterval(SAVING_NOTICE_MS)
        self._saving_notice.timeout.connect(self._say_saving)
        if writer is not None:
            writer.saved.connect(self._on_saved)
            writer.failed.connect(self._on_save_failed)
        self._run.remember_current()
        self._show_current()
        self._repaint_time()
        self._timer.start()

    # --- what the page is showing ----------------------------------------------------

    @property
    def session(self) -> QuizSession:
        return self._session

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def all_saved(self) -> bool:
        """Whether everything the student did so far is stored."""
        return self._writer is None or self._writer.unsaved == 0

    @property
    def question_widget(self) -> QuestionWidget | None:
        return self._widget

    @property
    def feedback_mode(self) -> Feedback:
        return self._bank.settings.feedback

    # --- building --------------------------------------------------------------------

    def _build(self) -> None:
        self._progress = self._label("progressLabel")
        self._points = self._label("questionPointsLabel")
        self._quiz_timer = self._label("quizTimerLabel", self.tr("Time left for the quiz"))
        self._question_timer = self._label(
            "questionTimerLabel", self.tr("Time left for this question")
        )
        for timer in (self._quiz_timer, self._question_timer):
            timer.setProperty("warning", False)  # a style sheet may match [warning="true"]
            timer.setWordWrap(False)
        self._progress.setWordWrap(False)
        self._points.setWordWrap(False)
        header = QHBoxLayout()
        header.addWidget(self._progress)
        header.addSpacing(12)
        header.addWidget(self._points)
        header.addStretch(1)
        header.addWidget(self._question_timer)
        header.addSpacing(12)
        header.addWidget(self._quiz_timer)

        self._prompt = RichTextView(self)
        self._prompt.setObjectName("questionPrompt")
        self._prompt.setAccessibleName(self.tr("Question"))
        scale_font(self._prompt, PROMPT_FONT_SCALE)
        self._image = ImageView(self)
        self._image.setObjectName("questionImage")
        self._image.setAccessibleName(self.tr("Picture for the question"))
        self._image_note = self._label("questionImageNote")
        self._image_note.hide()
        self._image_alt: str | None = None
        self._image_loader = ImageLoader(self)
        self._image_loader.finished.connect(self._on_image_loaded)
        self._answer_holder = QWidget(self)
        self._answer_holder.setObjectName("answerArea")
        self._answer_layout = QVBoxLayout(self._answer_holder)
        self._answer_layout.setContentsMargins(0, 0, 0, 0)
        self._key_hint = self._label("keyHintLabel")
        scale_font(self._key_hint, 0.9)
        self._status = self._label("statusLabel")
        self._feedback = self._build_feedback_panel()

        content = QWidget(self)
        content.setObjectName("questionContent")
        column = QVBoxLayout(content)
        column.setSpacing(12)
        column.addWidget(self._prompt)
        column.addWidget(self._image, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self._image_note)
        column.addWidget(self._answer_holder)
        column.addWidget(self._key_hint)
        column.addWidget(self._status)
        column.addWidget(self._feedback)
        column.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("questionScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        self._navigator: QuestionNavigator | None = None
        if not self._session.forward_only:
            layout.addWidget(self._build_navigator())
        layout.addWidget(self._scroll, 1)
        layout.addLayout(self._build_buttons())

    def _build_navigator(self) -> QWidget:
        box = QWidget(self)
        box.setObjectName("navigatorArea")
        navigator = QuestionNavigator(len(self._session.questions), box)
        navigator.questionChosen.connect(self._on_question_chosen)
        legend = self._label("navigatorLegend")
        legend.setParent(box)
        legend.setText(
            self.tr(
                "{answered} answered · {flagged} flagged · {current} on screen · "
                "{shortcut}: go to a question"
            ).format(
                answered=ANSWERED_MARK,
                flagged=FLAGGED_MARK,
                current=CURRENT_MARK,
                shortcut=QKeySequence(NAVIGATOR_SHORTCUT).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        scale_font(legend, 0.9)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(navigator)
        column.addWidget(legend)
        shortcut = QShortcut(QKeySequence(NAVIGATOR_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_navigator)
        self._navigator = navigator
        return box

    def _label(self, name: str, accessible: str | None = None) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if accessible:
            label.setAccessibleName(accessible)
        return label

    def _build_feedback_panel(self) -> FeedbackPanel:
        panel = FeedbackPanel(QUIZ_FEEDBACK, self)
        self._show_in_reading = self._button(
            "showInReadingButton", self.tr("Show in the reading"), self._on_show_in_reading
        )
        panel.add_action(self._show_in_reading)
        return panel

    def _build_buttons(self) -> QHBoxLayout:
        self._previous_button = self._button(
            "previousButton", self.tr("Previous"), self._on_previous
        )
        self._skip_button = self._button("skipButton", self.tr("Skip"), self._on_skip)
        self._flag_button = self._button("flagButton", self.tr("Flag for review"), None)
        self._flag_button.setCheckable(True)
        self._flag_button.toggled.connect(self._on_flag_toggled)
        self._reading_button = self._button(
            "openReadingButton", self.tr("Reading"), self._on_open_reading
        )
        self._reading_button.setAccessibleName(self.tr("Open the reading"))
        self._submit_button = self._button(
            "submitButton", self.tr("Submit answer"), self._on_submit
        )
        self._next_button = self._button("nextButton", self.tr("Next"), self._advance)
        self._finish_button = self._button("finishButton", self.tr("Finish quiz"), self._on_finish)
        row = QHBoxLayout()
        for button in (
            self._previous_button,
            self._skip_button,
            self._flag_button,
            self._reading_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self._submit_button, self._next_button, self._finish_button):
            row.addWidget(button)
        forward_only = self._session.forward_only
        self._previous_button.setVisible(not forward_only)
        self._flag_button.setVisible(not forward_only)
        self._reading_button.setVisible(self._reading_allowed())
        return row

    def _button(self, name: str, text: str, slot: Callable[[], None] | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        # Enter on a focused button presses it, as a keyboard user expects.
        button.setAutoDefault(True)
        if slot is not None:
            # The bound method itself (PySide drops ``checked`` and holds the page weakly);
            # a lambda around it would keep a page without a parent alive for ever.
            button.clicked.connect(slot)
        return button

    # --- showing a question ----------------------------------------------------------

    def _show_current(self) -> None:
        session = self._session
        index = session.index
        total = len(session.questions)
        presented = session.current
        question = presented.question
        self._replace_widget(
            create_question_widget(
                presented, language=self._bank.language, parent=self._answer_holder
            )
        )
        widget = self._widget
        assert widget is not None
        latest = session.latest_answer(index)
        if latest is not None:
            widget.set_response(latest.response)

        self._progress.setText(self.tr("{number} / {total}").format(number=index + 1, total=total))
        self._progress.setAccessibleName(
            self.tr("Question {number} of {total}").format(number=index + 1, total=total)
        )
        self._points.setText(points_text(question.points))
        self._prompt.set_markdown(question.prompt)
        self._prompt.setVisible(bool(question.prompt.strip()))
        self._show_image(question.image, question.image_alt)
        self._set_status("")
        self._hide_feedback()
        self._flag_button.blockSignals(True)
        self._flag_button.setChecked(index in session.flagged)
        self._flag_button.blockSignals(False)
        self._show_flag()
        if self._locked_by_feedback(index) and latest is not None:
            self._show_feedback(latest)
        self._update_buttons()
        self._update_key_hint()
        self._scroll.verticalScrollBar().setValue(0)
        self.titleChanged.emit(
            self.tr("Question {number} of {total} — {title}").format(
                number=index + 1, total=total, title=self._bank.title
            )
        )
        self._focus_answer()

    def _show_image(self, relative: str | None, alt: str | None) -> None:
        self._image_loader.cancel()  # a picture still loading belongs to another question
        self._image.set_image(None)
        self._image.setAccessibleName(alt or self.tr("Picture for the question"))
        self._image.setAccessibleDescription(alt or "")
        self._image_note.hide()
        self._image_alt = alt
        if relative:
            self._image_loader.load(self._bank_dir, relative, self._session.index)

    @Slot(int, object)
    def _on_image_loaded(self, _index: int, image: object) -> None:
        if isinstance(image, QImage):
            self._image.set_image(image)
            return
        self._image_note.setText(unavailable_text(self._image_alt))
        self._image_note.show()

    def _replace_widget(self, widget: QuestionWidget) -> None:
        if self._widget is not None:
            self._answer_layout.removeWidget(self._widget)
            self._widget.hide()
            self._widget.deleteLater()
        self._widget = widget
        self._answer_layout.addWidget(widget)
        # Shown now, not when the layout gets round to it, so it can take the focus at once.
        widget.show()
        widget.changed.connect(self._on_answer_changed)

    def _focus_answer(self) -> None:
        if self._widget is None:
            return
        if self._widget.read_only:
            target = self._next_button if self._next_button.isEnabled() else self._finish_button
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._widget.focus_answer()

    def _locked_by_feedback(self, index: int) -> bool:
        """After immediate feedback the answer is settled: it can be read, not changed."""
        return self.feedback_mode == Feedback.IMMEDIATE and self._session.is_answered(index)

    def _update_buttons(self) -> None:
        session = self._session
        open_ = not self._completed and not session.finished
        last = session.index == len(session.questions) - 1
        widget = self._widget
        can_submit = (
            widget is not None
            and not widget.read_only
            and (widget.has_response() or session.latest_answer(session.index) is not None)
        )
        self._submit_button.setEnabled(open_ and can_submit)
        self._next_button.setEnabled(open_ and not last)
        # On the last question Skip leaves it blank and offers to finish.
        self._skip_button.setEnabled(open_ and not (widget is not None and widget.read_only))
        self._previous_button.setEnabled(open_ and session.index > 0)
        self._flag_button.setEnabled(open_)
        # After the end, Finish stays to try storing it again should that have failed.
        stuck = self._writer is not None and self._writer.has_failed
        self._finish_button.setEnabled(open_ or (stuck and not self._completed))
        self._update_navigator()

    def _update_navigator(self) -> None:
        navigator = self._navigator
        if navigator is None:
            return
        session = self._session
        navigator.set_states(
            [
                CellState(
                    answered=session.is_answered(index),
                    flagged=index in session.flagged,
                    current=index == session.index,
                )
                for index in range(len(session.questions))
            ]
        )
        navigator.setEnabled(not self._completed and not session.finished)

    @property
    def navigator(self) -> QuestionNavigator | None:
        """The question navigator, or None in a forward-only quiz."""
        return self._navigator

    @Slot()
    def focus_navigator(self) -> None:
        """Ctrl+G: the keyboard goes to the navigator, on the question on screen."""
        navigator = self._navigator
        if navigator is None or not navigator.isEnabled():
            return
        navigator.setCurrentRow(self._session.index)
        navigator.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_key_hint(self) -> None:
        widget = self._widget
        hint = widget.key_hint() if widget is not None and not widget.read_only else None
        self._key_hint.setText(hint or "")
        self._key_hint.setVisible(bool(hint))

    def _set_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))

    # --- feedback --------------------------------------------------------------------

    def _show_feedback(self, event: AnswerEvent) -> None:
        question = event.question
        right = answer_text(question, correct_response(question), language=self._bank.language)
        self._feedback.show_answer(right)
        self._feedback.show_explanation(question.explanation)
        self._feedback.show_source(question.source)
        self._feedback.show_note(None)
        # During an attempt the reading opens only where the bank allows it.
        self._show_in_reading.setVisible(bool(question.source) and self._reading_allowed())
        self._feedback.show_grade(event.grade, right=event.grade.correct)
        if self._widget is not None:
            self._widget.set_read_only(True)
        self._update_key_hint()
        # Once the layout has made room for the panel: before that its place is not known.
        QTimer.singleShot(0, self._scroll_to_feedback)

    @Slot()
    def _scroll_to_feedback(self) -> None:
        if self.feedback_visible:
            self._scroll.ensureWidgetVisible(self._feedback)

    def _hide_feedback(self) -> None:
        self._feedback.hide()

    @property
    def feedback_visible(self) -> bool:
        return not self._feedback.isHidden()

    # --- the student's actions -------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._completed:
            super().keyPressEvent(event)
            return
        if event.key() in _ENTER_KEYS and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            self._advance()
            return
        if (
            self._widget is not None
            and not _focus_in_text_field()
            and self._widget.handle_key(event)
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_answer_changed(self) -> None:
        self._set_status("")
        self._update_buttons()

    @Slot()
    def _on_submit(self) -> None:
        self._retry_saving()
        if self._deadline_acted():
            return
        recorded = self._submit_current()
        if recorded is not None:
            if self.feedback_mode == Feedback.IMMEDIATE:
                self._focus_answer()
            else:
                self._when_saved(_Then.SAY_SAVED)
        self._update_buttons()

    def _advance(self) -> None:
        """Enter and Next: submit what is on screen, then go on once it is stored."""
        already_waiting = self._then is _Then.GO_ON and not self._retry_saving()
        if self._completed or already_waiting or self._deadline_acted():
            return
        widget = self._widget
        if widget is None:
            return
        if not widget.read_only:
            if not widget.validate():
                return
            index = self._session.index
            if not widget.has_response():
                self._set_status(self.tr("Not answered: press Skip to leave it blank."))
                return
            unfilled = widget.unfilled()
            if unfilled and index not in self._asked_unfilled:
                self._asked_unfilled.add(index)
                self._set_status(
                    self.tr("{unfilled} Press Enter again to submit it as it is.").format(
                        unfilled=unfilled
                    )
                )
                return
            recorded = self._submit_current()
            if recorded is not None and self.feedback_mode == Feedback.IMMEDIATE:
                # Stay to read the feedback; the next Enter goes on.
                self._update_buttons()
                self._focus_answer()
                return
        self._when_saved(_Then.GO_ON)

    def _go_on(self) -> None:
        """Move on from the question Next was pressed on (unless a deadline moved on already)."""
        if self._completed or self._deadline_acted() or self._session.index != self._then_index:
            return
        if self._session.index < len(self._session.questions) - 1:
            self._run.next()
            self._show_current()
        else:
            self._update_buttons()
            self._offer_finish(after_last=True)

    def _submit_current(self) -> AnswerEvent | None:
        """Grade and record the answer on screen when it is new; None when nothing was recorded."""
        widget = self._widget
        if widget is None or widget.read_only or not widget.validate():
            return None
        session = self._session
        response = widget.response()
        latest = session.latest_answer(session.index)
        if latest is None and not is_given(response):
            return None
        if latest is not None and latest.response == response:
            return None
        event = self._run.submit(response)
        if self.feedback_mode == Feedback.IMMEDIATE and is_given(response):
            self._show_feedback(event)
        return event

    @Slot()
    def _on_skip(self) -> None:
        self._retry_saving()
        if self._deadline_acted():
            return
        if self._session.index < len(self._session.questions) - 1:
            self._run.next()
            self._show_current()
        else:
            self._offer_finish(after_last=True)

    @Slot(int)
    def _on_question_chosen(self, index: int) -> None:
        """The navigator (or a number in the finish dialog): submit what is on screen as
        Next does, and go to question ``index`` once it is stored."""
        self._retry_saving()
        if self._completed or self._deadline_acted():
            return
        if index == self._session.index or (
            self._session.forward_only and index < self._session.index
        ):
            self._focus_answer()
            return
        widget = self._widget
        if widget is not None and not widget.read_only:
            if not widget.validate():
                return
            recorded = self._submit_current()
            if recorded is not None and self.feedback_mode == Feedback.IMMEDIATE:
                # As after Next: stay to read the feedback; choosing again goes there.
                self._update_buttons()
                self._focus_answer()
                return
        self._then_target = index
        self._when_saved(_Then.GO_TO)

    def _go_to_chosen(self) -> None:
        """Go to the chosen question (unless a deadline moved the quiz on meanwhile)."""
        if self._completed or self._deadline_acted() or self._session.index != self._then_index:
            return
        self._run.go_to(self._then_target)
        self._show_current()

    @Slot()
    def _reading_allowed(self) -> bool:
        """Whether the bank's reading may be opened during this attempt."""
        return bool(self._bank.reading) and self._bank.settings.reading_during_quiz

    def _on_open_reading(self) -> None:
        self.readingRequested.emit("")

    @Slot()
    def _on_show_in_reading(self) -> None:
        source = self._session.current.question.source
        self.readingRequested.emit(source or "")

    @Slot()
    def _on_previous(self) -> None:
        self._retry_saving()
        if self._deadline_acted() or self._session.index == 0:
            return
        self._run.previous()
        self._show_current()

    def _on_flag_toggled(self, checked: bool) -> None:
        if self._deadline_acted():
            return
        self._run.set_flagged(self._session.index, checked)
        self._show_flag()
        self._update_navigator()

    def _show_flag(self) -> None:
        # A pressed-in button is easy to miss: the text says whether the question is flagged.
        text = (
            self.tr("Remove flag") if self._flag_button.isChecked() else self.tr("Flag for review")
        )
        self._flag_button.setText(text)
        self._flag_button.setAccessibleName(text)

    # --- storing ---------------------------------------------------------------------

    def _when_saved(self, then: _Then) -> None:
        """Do ``then`` once everything handed to the writer is stored: now, or when it says so."""
        self._then, self._then_index = then, self._session.index
        if self.all_saved:
            self._on_saved()
            return
        if self._writer is not None and not self._writer.has_failed:
            self._saving_notice.start()

    @Slot()
    def _say_saving(self) -> None:
        if not self.all_saved and not (self._writer is not None and self._writer.has_failed):
            self._set_status(self.tr("Saving…"))

    @Slot()
    def _on_saved(self) -> None:
        self._saving_notice.stop()
        then, self._then = self._then, None
        if self._status.text() == self.tr("Saving…"):
            self._set_status("")
        if then is _Then.SAY_SAVED:
            self._set_status(self.tr("Your answer is saved."))
        elif then is _Then.GO_ON:
            self._go_on()
        elif then is _Then.GO_TO:
            self._go_to_chosen()
        elif then is _Then.COMPLETE:
            self._complete()

    @Slot(object)
    def _on_save_failed(self, error: Exception) -> None:
        from quizapp.ui.messages import log

        log.error("An answer could not be stored", exc_info=error)
        self._saving_notice.stop()
        self._then = None if self._then is _Then.SAY_SAVED else self._then
        button = self.tr("Finish quiz") if self._session.finished else self.tr("Next")
        self._set_status(
            self.tr(
                "Your answer could not be saved yet: {reason} It stays on screen; "
                "press {button} to try again."
            ).format(reason=_first_line(error), button=button)
        )
        self._update_buttons()

    def _retry_saving(self) -> bool:
        """After a failure, any action first sends the records that wait (in order) again.

        True when there was a failure to retry.
        """
        if self._writer is None or not self._writer.has_failed:
            return False
        self._writer.retry()
        if self._then is not None:
            self._saving_notice.start()
        return True

    # --- finishing -------------------------------------------------------------------

    @Slot()
    def _on_finish(self) -> None:
        self._retry_saving()
        if self._completed or self._session.finished or self._deadline_acted():
            return
        widget = self._widget
        if widget is not None and not widget.read_only:
            if not widget.validate():
                return
            self._submit_current()
            self._update_buttons()
        self._offer_finish(after_last=False)

    def _offer_finish(self, *, after_last: bool) -> None:
        unanswered = self._session.unanswered()
        flagged = sorted(self._session.flagged)
        if not unanswered and not flagged and not after_last:
            self._finish()
            return
        self._open_confirm(unanswered, flagged, after_last=after_last)

    def _open_confirm(self, unanswered: list[int], flagged: list[int], *, after_last: bool) -> None:
        if self._confirm is not None:
            return
        box = QMessageBox(self)
        box.setObjectName("finishConfirmDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Finish the quiz"))
        box.setAccessibleName(self.tr("Finish the quiz"))
        # Rich text, every word escaped, so that each listed number is a link to its question.
        box.setTextFormat(Qt.TextFormat.RichText)
        links = not self._session.forward_only
        lines = []
        if unanswered:
            lines.append(
                _with_links(
                    self.tr("%n question(s) not answered yet: {numbers}.", "", len(unanswered)),
                    unanswered,
                    links=links,
                )
            )
        if flagged:
            lines.append(
                _with_links(
                    self.tr("%n question(s) flagged for review: {numbers}.", "", len(flagged)),
                    flagged,
                    links=links,
                )
            )
        if unanswered:
            box.setText("<br>".join(lines))
            box.setInformativeText(
                self.tr("Finish the quiz anyway? Unanswered questions score nothing.")
            )
        elif flagged:
            box.setText("<br>".join(lines))
            box.setInformativeText(
                self.tr("Finish the quiz anyway? Flagged questions count as they are answered.")
            )
        elif after_last:
            box.setText(html.escape(self.tr("That was the last question.")))
            box.setInformativeText(self.tr("Finish the quiz now?"))
        finish = box.addButton(self.tr("Finish"), QMessageBox.ButtonRole.AcceptRole)
        finish.setObjectName("confirmFinishButton")
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepGoingButton")
        listed = unanswered or flagged
        if listed and links:
            go_to = box.addButton(
                self.tr("Go to question {number}").format(number=listed[0] + 1),
                QMessageBox.ButtonRole.ActionRole,
            )
            go_to.setObjectName("goToQuestionButton")
            go_to.setProperty("questionIndex", listed[0])
            text = box.findChild(QLabel, "qt_msgbox_label")
            if text is not None:
                text.setOpenExternalLinks(False)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
                text.linkActivated.connect(self._on_confirm_link)
        box.setDefaultButton(keep if unanswered or flagged else finish)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a lambda holding ``self``: the box holds its connections
        # until it is deleted (on close), and a page without a parent belongs to Python,
        # so as its last reference the lambda would delete the page under the box.
        box.finished.connect(self._on_confirm_finished)
        self._confirm = box
        box.open()

    @Slot(int)
    def _on_confirm_finished(self, _result: int) -> None:
        box = self.sender()
        if not isinstance(box, QMessageBox):
            return
        clicked = box.clickedButton()
        target = clicked.property("questionIndex") if clicked is not None else None
        if isinstance(target, int):
            self._on_confirm_closed(box, False, go_to=target)
            return
        finish = (
            clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
        )
        self._on_confirm_closed(box, finish)

    @Slot(str)
    def _on_confirm_link(self, link: str) -> None:
        """A question number in the finish dialog: close it and go to that question."""
        box = self._confirm
        if box is None or not link.startswith(_QUESTION_LINK):
            return
        self._confirm_link = int(link.removeprefix(_QUESTION_LINK))
        box.done(QMessageBox.StandardButton.NoButton.value)

    def _on_confirm_closed(
        self, box: QMessageBox, confirmed: bool, *, go_to: int | None = None
    ) -> None:
        if self._confirm is box:
            self._confirm = None
        link, self._confirm_link = self._confirm_link, None
        go_to = link if go_to is None else go_to
        if confirmed and not self._completed:
            self._finish()
        elif go_to is not None and not self._completed:
            self._on_question_chosen(go_to)
        elif not self._completed:
            self._focus_answer()

    def _finish(self) -> None:
        if self._deadline_acted():
            return
        self._run.finish()
        self._ended()

    def _ended(self) -> None:
        """The attempt has ended (handed in or out of time): stop, and go on once it is stored."""
        self._timer.stop()
        if self._confirm is not None:
            box, self._confirm = self._confirm, None
            box.close()
        if self._widget is not None:
            self._widget.set_read_only(True)
        self._update_buttons()
        self._repaint_time()
        self._when_saved(_Then.COMPLETE)

    def _complete(self) -> None:
        """The attempt's end is stored: hand over to the shell."""
        if self._completed:
            return
        self._completed = True
        session = self._session
        if self._widget is not None:
            self._widget.set_read_only(True)
        self._update_buttons()
        self._update_key_hint()
        self._repaint_time()
        self.finished.emit(session.attempt_id)

    # --- time ------------------------------------------------------------------------

    @Slot()
    def refresh_time(self) -> None:
        """Repaint the remaining time and let the session act on a passed deadline."""
        if not self._deadline_acted():
            self._note_still_open()

    def _note_still_open(self) -> None:
        """Every half minute of a timed quiz, store that it is still open (see QuizRun)."""
        session = self._session
        if session.deadline is None and session.question_remaining() is None:
            return
        reading = self._clock.monotonic()
        if reading - self._noted_open_at >= STILL_OPEN_INTERVAL_S:
            self._noted_open_at = reading
            self._run.note_still_open()

    def _deadline_acted(self) -> bool:
        """Tick the session; True when a deadline moved the quiz on (or it has ended)."""
        if self._completed or self._session.finished:
            return True
        expiry = self._run.tick(self._pending())
        if expiry is not None:
            self._on_expiry(expiry)
        self._repaint_time()
        return expiry is not None

    def _pending(self) -> Response:
        widget = self._widget
        return widget.response() if widget is not None else None

    def _on_expiry(self, expiry: Expiry) -> None:
        if self._session.finished:
            self._ended()
            return
        if expiry.shown is not None:
            # The session has already moved on: the question that ran out is the one before.
            timed_out_number = self._session.index
            self._show_current()
            self._set_status(
                self.tr(
                    "Time ran out for question {number}; your answer as it stood was saved."
                ).format(number=timed_out_number)
            )

    def _repaint_time(self) -> None:
        self._paint_timer(self._quiz_timer, self._session.remaining(), self.tr("Quiz: {time} left"))
        self._paint_timer(
            self._question_timer,
            self._session.question_remaining(),
            self.tr("This question: {time} left"),
        )

    def _paint_timer(self, label: QLabel, remaining: float | None, template: str) -> None:
        if remaining is None:
            label.hide()
            return
        label.setText(template.format(time=format_remaining(remaining)))
        label.show()
        warning = is_warning(remaining)
        if bool(label.property("warning")) == warning:
            return
        label.setProperty("warning", warning)
        font = label.font()
        font.setBold(warning)
        label.setFont(font)
        set_text_colour(label, accents_for(self.palette()).warning if warning else None)
        label.style().unpolish(label)
        label.style().polish(label)


def _focus_in_text_field() -> bool:
    """Whether the focus is where letters and digits are typed, not shortcuts."""
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit):
        return not focus.isReadOnly()
    if isinstance(focus, QAbstractSpinBox):
        return True
    return isinstance(focus, QComboBox) and focus.isEditable()


def _first_line(error: Exception) -> str:
    """An error's first line, ended as a sentence, for a status line (the driver's own words)."""
    cause = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    text = (str(cause).strip().splitlines() or [type(cause).__name__])[0].rstrip(".")
    return f"{text}."


def _with_links(template: str, indexes: list[int], *, links: bool) -> str:
    """``template`` as escaped rich text, its ``{numbers}`` the question numbers ("2, 5, 7"),
    each a link to its question when ``links``."""
    numbers = ", ".join(
        f'<a href="{_QUESTION_LINK}{i}">{i + 1}</a>' if links else str(i + 1) for i in indexes
    )
    return html.escape(template).format(numbers=numbers)
