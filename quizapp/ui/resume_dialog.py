"""Offered after a profile is chosen when it has a quiz that was never finished.

The student either resumes it, with the time really left by its stored
deadline (perhaps none: it then ends at once as time up), or finishes it as
it stands. Closing the dialog decides nothing; it is asked again next time.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.quiz.clock import Clock
from quizapp.quiz.countdown import format_remaining, whole_seconds_left
from quizapp.service.types import UnfinishedAttempt


class ResumeChoice(IntEnum):
    LATER = QDialog.DialogCode.Rejected.value
    RESUME = QDialog.DialogCode.Accepted.value
    FINISH = 2


def _local_text(moment: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class ResumeDialog(QDialog):
    """Resume (``ResumeChoice.RESUME``) or finish (``ResumeChoice.FINISH``) an attempt."""

    def __init__(
        self, quiz: UnfinishedAttempt, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resumeDialog")
        self._clock = clock
        # Anchored once, like the quiz's own clock: a wall clock behind what
        # was stored counts from there, and then runs on with monotonic time.
        now = clock.now()
        self._anchor_wall = max(now, quiz.not_before or now)
        self._anchor_mono = clock.monotonic()
        self.setWindowTitle(self.tr("Unfinished quiz"))
        self.setAccessibleName(self.tr("Unfinished quiz"))
        self.quiz = quiz

        summary = QLabel(
            self.tr(
                "You have a quiz that was not finished: “{title}”, started {when}. "
                "You answered {answered} of {total} questions."
            ).format(
                title=quiz.bank_title,
                when=_local_text(quiz.started_at),
                answered=quiz.answered,
                total=quiz.question_count,
            ),
            self,
        )
        summary.setWordWrap(True)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setObjectName("resumeSummaryLabel")

        self.time_label = QLabel(self)
        self.time_label.setObjectName("resumeTimeLabel")
        self.time_label.setWordWrap(True)
        font = self.time_label.font()
        font.setBold(True)
        self.time_label.setFont(font)

        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setAccessibleName(self.tr("Resume the quiz"))
        self.resume_button.setDefault(True)
        self.finish_button = QPushButton(self.tr("Finish as it stands"), self)
        self.finish_button.setObjectName("finishAttemptButton")
        self.finish_button.setAccessibleName(
            self.tr("Finish the quiz with the answers given so far")
        )
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.finish_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.resume_button.clicked.connect(self._resume)
        self.finish_button.clicked.connect(self._finish)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.time_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

        self._repaint_timer = QTimer(self)
        self._repaint_timer.setInterval(500)
        self._repaint_timer.timeout.connect(self._show_time)
        self._show_time()
        if quiz.deadline is not None:
            self._repaint_timer.start()

    @Slot()
    def _resume(self) -> None:
        self.done(ResumeChoice.RESUME)

    @Slot()
    def _finish(self) -> None:
        self.done(ResumeChoice.FINISH)

    def remaining(self) -> float | None:
        """Seconds left by the stored deadline, now; None without a limit."""
        if self.quiz.deadline is None:
            return None
        elapsed = self._clock.monotonic() - self._anchor_mono
        left = (self.quiz.deadline - self._anchor_wall).total_seconds() - elapsed
        return max(0.0, left)

    def _show_time(self) -> None:
        self.time_label.setText(self._time_text())

    def _time_text(self) -> str:
        remaining = self.remaining()
        if remaining is None:
            return self.tr("This quiz has no time limit.")
        if whole_seconds_left(remaining) == 0:
            return self.tr(
                "Its time ran out while QuizApp was closed: resuming ends it now as time up. "
                "Your answers are kept."
            )
        return self.tr(
            "Time left: {time}. The clock kept running while QuizApp was closed."
        ).format(time=format_remaining(remaining))

    def choice(self) -> ResumeChoice:
        return ResumeChoice(self.result())
