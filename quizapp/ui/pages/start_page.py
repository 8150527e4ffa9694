"""A bank's start page: what the quiz will be like, before anything is recorded.

The library's Start button (or Enter on a row) opens it. It says what the
student is about to take (questions drawn, time limits, feedback, review, pass
mark), what they have done with it (attempts used and left, best and last
score) and offers the reading. Nothing is stored until Begin
(``begin_requested``) starts the attempt and its timer; when this profile left
an attempt of the bank unfinished, Resume (``resume_requested``) takes its
place, with what is answered and the time left. Back and Escape return to the
library (``back_requested``). ``study_row`` is an empty row of buttons kept for
the study modes.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.quiz.clock import Clock
from quizapp.quiz.countdown import format_remaining, whole_seconds_left
from quizapp.service.types import BankOverview
from quizapp.stats.scoring import Score, score_text
from quizapp.ui.bank_texts import feedback_text, review_text
from quizapp.ui.models.library_model import format_duration
from quizapp.ui.richtext import RichTextView, scale_font
from quizapp.ui.study_buttons import StudyModeButtons

_REPAINT_MS = 500


def _local_number(value: float) -> str:
    return QLocale().toString(value)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


class StartPage(QWidget):
    """One bank before its quiz: Begin (or Resume), the reading, Back."""

    begin_requested = Signal(str)  # bank id
    resume_requested = Signal(str)  # attempt id
    reading_requested = Signal()
    back_requested = Signal()
    charts_requested = Signal(str)  # bank id

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bankStartPage")
        self._clock = clock
        self._overview: BankOverview | None = None
        self._anchor_wall: datetime | None = None
        self._anchor_mono = 0.0
        self._build()
        self._repaint_timer = QTimer(self)
        self._repaint_timer.setInterval(_REPAINT_MS)
        self._repaint_timer.timeout.connect(self._show_unfinished)
        self._retranslate()

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("startTitleLabel")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        scale_font(self.title_label, 1.5)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)

        self.description_view = RichTextView(self)
        self.description_view.setObjectName("startDescriptionView")

        # The facts, one per row: a label and its value.
        self._fact_names: dict[str, QLabel] = {}
        self.facts: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in (
            "questions",
            "time",
            "question_time",
            "feedback",
            "review",
            "pass_mark",
            "attempts",
            "best",
            "last",
        ):
            name = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"startFact_{key}")
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            name.setBuddy(value)
            form.addRow(name, value)
            self._fact_names[key] = name
            self.facts[key] = value

        self.unfinished_label = QLabel(self)
        self.unfinished_label.setObjectName("startUnfinishedLabel")
        self.unfinished_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unfinished_label.setWordWrap(True)
        font = self.unfinished_label.font()
        font.setBold(True)
        self.unfinished_label.setFont(font)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("startStatusLabel")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backToLibraryButton")
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("readBankButton")
        self.begin_button = QPushButton(self)
        self.begin_button.setObjectName("beginQuizButton")
        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("resumeQuizButton")
        self.charts_button = QPushButton(self)
        self.charts_button.setObjectName("startChartsButton")
        self.charts_button.setAutoDefault(True)
        self.charts_button.clicked.connect(self._on_charts)
        for button in (self.back_button, self.read_button, self.begin_button, self.resume_button):
            button.setAutoDefault(True)  # Enter presses the button that has the focus
        self.begin_button.setDefault(True)
        self.resume_button.setDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        self.read_button.clicked.connect(self.reading_requested)
        self.begin_button.clicked.connect(self._on_begin)
        self.resume_button.clicked.connect(self._on_resume)

        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(self.title_label)
        inner.addWidget(self.description_view)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addSpacing(8)
        inner.addWidget(self.unfinished_label)
        inner.addWidget(self.status_label)
        # Study modes put their buttons here.
        self.study_row = QHBoxLayout()
        self.study_row.setObjectName("studyModesRow")
        self.study_buttons = StudyModeButtons(content)
        self.study_row.addWidget(self.study_buttons)
        inner.addLayout(self.study_row)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("startScrollArea")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.charts_button)
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.begin_button)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.begin_button, self.resume_button)
        QWidget.setTabOrder(self.resume_button, self.read_button)
        QWidget.setTabOrder(self.read_button, self.charts_button)
        QWidget.setTabOrder(self.charts_button, self.back_button)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        names = {
            "questions": self.tr("Questions:"),
            "time": self.tr("Time limit:"),
            "question_time": self.tr("Time per question:"),
            "feedback": self.tr("Feedback:"),
            "review": self.tr("After the quiz:"),
            "pass_mark": self.tr("Pass mark:"),
            "attempts": self.tr("Attempts:"),
            "best": self.tr("Best score:"),
            "last": self.tr("Last score:"),
        }
        for key, text in names.items():
            self._fact_names[key].setText(text)
            self.facts[key].setAccessibleName(text.rstrip(":："))
        self.description_view.setAccessibleName(self.tr("Description"))
        self.back_button.setText(self.tr("Back to the library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.read_button.setText(self.tr("Read the text first"))
        self.read_button.setAccessibleName(self.tr("Open the bank's reading"))
        self.charts_button.setText(self.tr("Progress charts"))
        self.charts_button.setAccessibleName(self.tr("Your progress charts for this bank"))
        self.begin_button.setText(self.tr("Begin"))
        self.begin_button.setAccessibleName(self.tr("Begin the quiz"))
        self.resume_button.setText(self.tr("Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the unfinished quiz"))
        self._show()

    # --- content -------------------------------------------------------------------------

    @property
    def overview(self) -> BankOverview | None:
        return self._overview

    @property
    def bank_id(self) -> str | None:
        return None if self._overview is None else self._overview.entry.bank_id

    def set_overview(self, overview: BankOverview) -> None:
        """Show ``overview``: the bank, this profile's attempts, an unfinished one."""
        self._overview = overview
        unfinished = overview.unfinished
        now = self._clock.now()
        self._anchor_wall = max(now, unfinished.not_before or now) if unfinished else None
        self._anchor_mono = self._clock.monotonic()
        self._show()
        if unfinished is not None and unfinished.deadline is not None:
            self._repaint_timer.start()
        else:
            self._repaint_timer.stop()
        self.focus_primary()

    def set_busy(self, busy: bool) -> None:
        """While the attempt is being started or resumed, neither can be pressed again."""
        self.begin_button.setEnabled(not busy and self._can_begin())
        self.resume_button.setEnabled(not busy)

    def focus_primary(self) -> None:
        """The keyboard focus on Resume or Begin (Back when neither can be pressed)."""
        for button in (self.resume_button, self.begin_button, self.back_button):
            if button.isVisibleTo(self) and button.isEnabled():
                button.setFocus()
                return

    def _can_begin(self) -> bool:
        overview = self._overview
        return overview is not None and overview.unfinished is None and overview.entry.can_start

    def _show(self) -> None:
        overview = self._overview
        if overview is None:
            return
        entry = overview.entry
        self.study_buttons.set_entry(entry)
        self.title_label.setText(entry.title)
        self.description_view.set_markdown(entry.description or "")
        self.description_view.setVisible(bool(entry.description))
        asked = entry.questions_asked
        if asked < entry.question_count:
            questions = self.tr("{asked}, drawn at random from {total}").format(
                asked=asked, total=entry.question_count
            )
        else:
            questions = str(asked)
        self.facts["questions"].setText(questions)
        self.facts["time"].setText(
            format_duration(entry.time_limit) if entry.time_limit else self.tr("no time limit")
        )
        self.facts["question_time"].setText(
            format_duration(entry.question_time_limit)
            if entry.question_time_limit
            else self.tr("no limit per question")
        )
        self.facts["feedback"].setText(_sentence(feedback_text(entry.feedback)))
        self.facts["review"].setText(_sentence(review_text(entry.review)))
        self.facts["pass_mark"].setText(
            self.tr("{mark}%").format(mark=_local_number(round(entry.pass_mark, 1)))
        )
        self.facts["attempts"].setText(self._attempts_text())
        self.facts["best"].setText(self._score(entry.best))
        self.facts["last"].setText(self._score(entry.last))

        self.read_button.setVisible(entry.has_reading or bool(overview.reading))
        unfinished = overview.unfinished is not None
        self.resume_button.setVisible(unfinished)
        self.begin_button.setVisible(not unfinished)
        self.begin_button.setEnabled(self._can_begin())
        self.resume_button.setEnabled(True)
        if unfinished:
            status = ""
        elif not entry.can_start:
            status = self.tr(
                "No attempts left: you have used all {allowed} attempts at this bank."
            ).format(allowed=entry.max_attempts)
        elif entry.time_limit or entry.question_time_limit:
            status = self.tr("The timer starts when you press Begin.")
        else:
            status = self.tr("Nothing is recorded until you press Begin.")
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        self._show_unfinished()

    def _attempts_text(self) -> str:
        assert self._overview is not None
        entry = self._overview.entry
        if entry.max_attempts is None:
            return self.tr("{used} used, no limit").format(used=entry.attempts_used)
        return self.tr("{used} of {allowed} used, {left} left").format(
            used=entry.attempts_used, allowed=entry.max_attempts, left=entry.attempts_left
        )

    def _score(self, score: Score | None) -> str:
        if score is None:
            return self.tr("none yet")
        text = score_text(score, _local_number)
        if score.passed is True:
            return self.tr("{score} (passed)").format(score=text)
        if score.passed is False:
            return self.tr("{score} (not passed)").format(score=text)
        return text

    def remaining(self) -> float | None:
        """Seconds left of the unfinished attempt by its stored deadline; None without one."""
        overview = self._overview
        if overview is None or overview.unfinished is None or overview.unfinished.deadline is None:
            return None
        assert self._anchor_wall is not None
        elapsed = self._clock.monotonic() - self._anchor_mono
        left = (overview.unfinished.deadline - self._anchor_wall).total_seconds() - elapsed
        return max(0.0, left)

    @Slot()
    def _show_unfinished(self) -> None:
        overview = self._overview
        unfinished = None if overview is None else overview.unfinished
        if unfinished is None:
            self.unfinished_label.clear()
            self.unfinished_label.setVisible(False)
            return
        text = self.tr(
            "You have an unfinished attempt: {answered} of {total} questions answered."
        ).format(answered=unfinished.answered, total=unfinished.question_count)
        remaining = self.remaining()
        if remaining is None:
            pass
        elif whole_seconds_left(remaining) == 0:
            text += " " + self.tr("Its time has run out: resuming ends it now.")
        else:
            text += " " + self.tr("Time left: {time}.").format(time=format_remaining(remaining))
        self.unfinished_label.setText(text)
        self.unfinished_label.setVisible(True)

    # --- keys and buttons ----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.resume_button.isVisible():
                self._on_resume()
            else:
                self._on_begin()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def _on_begin(self) -> None:
        bank_id = self.bank_id
        if bank_id is not None and self.begin_button.isEnabled() and self._can_begin():
            self.begin_requested.emit(bank_id)

    @Slot()
    def _on_charts(self) -> None:
        bank_id = self.bank_id
        if bank_id is not None:
            self.charts_requested.emit(bank_id)

    @Slot()
    def _on_resume(self) -> None:
        overview = self._overview
        unfinished = None if overview is None else overview.unfinished
        if unfinished is not None and self.resume_button.isEnabled():
            self.resume_requested.emit(unfinished.attempt_id)

    def showEvent(self, event: QShowEvent) -> None:
        overview = self._overview
        if overview is not None and overview.unfinished and overview.unfinished.deadline:
            self._show_unfinished()
            self._repaint_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._repaint_timer.stop()
        super().hideEvent(event)
