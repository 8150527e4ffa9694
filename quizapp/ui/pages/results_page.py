"""The results of one attempt: the score, pass or fail, the time used and a review.

What the review reveals follows the bank's ``review`` setting
(:func:`~quizapp.ui.attempt_review.reveals_right_answers`): with ``full``
every question with the student's answer, the right answer, the explanation
and the source; with ``points`` the student's answers and points only, never a
right answer; with ``after_last_attempt`` the same as ``points`` until the
profile has no attempts left, then everything.

The page works from a finished :class:`~quizapp.quiz.session.QuizSession`
or from an :class:`AttemptResults` built from stored answers (a later review).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.model import Bank, Review
from quizapp.quiz.countdown import format_remaining
from quizapp.quiz.session import EndReason, QuizSession
from quizapp.stats.scoring import points_text, round_percent
from quizapp.ui.attempt_review import (
    AttemptResults,
    AttemptReview,
    ReviewColumn,
    ReviewedAnswer,
    question_text,
    reveals_right_answers,
)
from quizapp.ui.questions.texts import number_text
from quizapp.ui.richtext import accents_for, scale_font, set_text_colour

if TYPE_CHECKING:
    from quizapp.service.types import PastAttempt

__all__ = [
    "AttemptResults",
    "ResultsPage",
    "ReviewColumn",
    "ReviewedAnswer",
    "question_text",
]


class ResultsPage(QWidget):
    back_requested = Signal()
    pdf_requested = Signal(str)  # the attempt's id: save it as a PDF

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self._results: AttemptResults | None = None
        # What the results are of: the bank, its folder, the attempts left after this one.
        self._shown: tuple[Bank, Path | None, int | None] | None = None
        self._started_at: datetime | None = None  # a past attempt's start, from history
        self._attempt_id: str | None = None
        self._title = self._label("resultsTitleLabel")
        scale_font(self._title, 1.4)
        self._when = self._label("attemptDateLabel")
        self._when.hide()
        self._score = self._label("scoreLabel")
        scale_font(self._score, 1.2)
        self._pass = self._label("passLabel")
        self._time_used = self._label("timeUsedLabel")
        self._end_reason = self._label("endReasonLabel")
        self._note = self._label("reviewNoteLabel")
        self._review = AttemptReview(self)
        self._back = QPushButton(self)
        self._back.setObjectName("backToLibraryButton")
        self._back.setAutoDefault(True)
        self._back.clicked.connect(self.back_requested)
        self._pdf = QPushButton(self)
        self._pdf.setObjectName("attemptPdfButton")
        self._pdf.clicked.connect(self._request_pdf)
        self._pdf.hide()  # until the results are of a stored attempt

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._when)
        layout.addWidget(self._score)
        layout.addWidget(self._pass)
        layout.addWidget(self._time_used)
        layout.addWidget(self._end_reason)
        layout.addWidget(self._note)
        layout.addWidget(self._review, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._pdf)
        buttons.addWidget(self._back)
        layout.addLayout(buttons)
        self.setTabOrder(self._pdf, self._back)  # as they stand, left to right
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._pdf.setText(self.tr("Save as &PDF…"))
        self._pdf.setAccessibleName(self.tr("Save this attempt as a PDF file"))
        if self._started_at is None:
            self._back.setText(self.tr("Back to the library"))
            self._back.setAccessibleName(self.tr("Back to the library"))
        else:
            self._back.setText(self.tr("Back to your history"))
            self._back.setAccessibleName(self.tr("Back to your history"))
        if self._results is not None and self._shown is not None:
            self._render(self._results, *self._shown)

    @property
    def results(self) -> AttemptResults | None:
        return self._results

    @property
    def review(self) -> AttemptReview:
        return self._review

    @property
    def bank_title(self) -> str | None:
        """The title of the bank whose results are shown."""
        return self._shown[0].title if self._shown is not None else None

    def show_results(
        self,
        source: QuizSession | AttemptResults,
        *,
        bank: Bank,
        bank_dir: Path | None = None,
        attempts_left: int | None = None,
    ) -> None:
        """Show a finished session, or results built from stored answers.

        ``bank`` gives the title, the pass mark and the ``review`` setting (and
        the language the answers are written in); with ``bank_dir`` the review
        shows each question's picture. ``attempts_left`` is what the profile has
        left at the bank with this attempt counted (None: no limit), for
        ``review: after_last_attempt``.
        """
        if isinstance(source, QuizSession):
            self._attempt_id = source.attempt_id
        self._pdf.setVisible(self._attempt_id is not None)
        results = AttemptResults.from_session(source) if isinstance(source, QuizSession) else source
        self._results = results
        self._shown = (bank, bank_dir, attempts_left)
        self._render(results, bank, bank_dir, attempts_left)
        self._back.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_past_attempt(self, past: PastAttempt) -> None:
        """Review a stored attempt, opened from history: its questions as they were answered.

        What it reveals follows the ``review`` setting the attempt began with and
        the attempts the profile has left now; Back returns to the history.
        """
        results = AttemptResults.from_answers(
            [q.question for q in past.questions],
            [q.response for q in past.questions],
            time_used=past.time_used,
            end_reason=past.end_reason,
            times=[q.time_taken for q in past.questions],
            pictures=[q.picture for q in past.questions],
        )
        self._started_at = past.started_at
        self._attempt_id = past.attempt_id
        self._back.setObjectName("backToHistoryButton")
        self._retranslate()
        self.show_results(
            results, bank=past.bank, bank_dir=past.bank_dir, attempts_left=past.attempts_left
        )

    def _render(
        self,
        results: AttemptResults,
        bank: Bank,
        bank_dir: Path | None,
        attempts_left: int | None,
    ) -> None:
        settings = bank.settings
        self._title.setText(self.tr("Results: {title}").format(title=bank.title))
        if self._started_at is not None:
            moment = QDateTime.fromMSecsSinceEpoch(int(self._started_at.timestamp() * 1000))
            local, locale = moment.toLocalTime(), QLocale()
            self._when.setText(
                self.tr("Attempt started {date} at {time}").format(
                    date=locale.toString(local.date(), QLocale.FormatType.LongFormat),
                    time=locale.toString(local.time(), QLocale.FormatType.ShortFormat),
                )
            )
            self._when.show()
        score = results.score(settings.pass_mark)
        self._score.setText(
            self.tr("{points} / {possible} points · {percent}%").format(
                points=points_text(score.points, number_text),
                possible=points_text(score.possible, number_text),
                percent=number_text(round_percent(score.percent or 0.0)),
            )
        )
        self._show_pass(bool(score.passed), settings.pass_mark)
        self._show_time(results)
        reveal = reveals_right_answers(settings, attempts_left)
        note = ""
        if not reveal and settings.review_mode is Review.AFTER_LAST_ATTEMPT:
            note = self.tr(
                "The right answers are shown after your last attempt: you have %n attempt(s) left.",
                "",
                attempts_left or 0,
            )
        elif not reveal:
            note = self.tr(
                "The right answers are not shown for this quiz, only your answers and points."
            )
        self._note.setText(note)
        self._note.setVisible(bool(note))
        self._review.set_results(results, language=bank.language, bank_dir=bank_dir, reveal=reveal)

    @property
    def attempt_id(self) -> str | None:
        """The stored attempt whose results are shown (None: results given without one)."""
        return self._attempt_id

    @property
    def pdf_button(self) -> QPushButton:
        return self._pdf

    @Slot()
    def _request_pdf(self) -> None:
        if self._attempt_id is not None:
            self.pdf_requested.emit(self._attempt_id)

    # --- inside ----------------------------------------------------------------------

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _show_pass(self, passed: bool, pass_mark: float) -> None:
        mark = number_text(pass_mark)
        if passed:
            text = self.tr("Passed: the pass mark is {mark}%.").format(mark=mark)
        else:
            text = self.tr("Not passed: the pass mark is {mark}%.").format(mark=mark)
        self._pass.setText(text)
        self._pass.setProperty("passed", passed)
        accents = accents_for(self.palette())
        set_text_colour(self._pass, accents.right if passed else accents.wrong)
        font = self._pass.font()
        font.setBold(True)
        self._pass.setFont(font)

    def _show_time(self, results: AttemptResults) -> None:
        if results.time_used is None:
            self._time_used.hide()
        else:
            self._time_used.setText(
                self.tr("Time used: {time}").format(time=format_remaining(round(results.time_used)))
            )
            self._time_used.show()
        reasons = {
            EndReason.TIME_UP.value: self.tr("The time ran out."),
            EndReason.QUESTION_TIME_UP.value: self.tr("The time for the last question ran out."),
            EndReason.ENDED_AFTER_INTERRUPTION.value: self.tr(
                "The quiz ended where it stood when the app stopped."
            ),
        }
        text = reasons.get(results.end_reason or "", "")
        self._end_reason.setText(text)
        self._end_reason.setVisible(bool(text))
