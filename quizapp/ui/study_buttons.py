"""The study modes' buttons on a bank's start page: Practice (timed or not), Mistakes, Review.

None of them uses one of the bank's exam attempts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from quizapp.service.types import BankEntry


class StudyModeButtons(QWidget):
    """Practice, the mistakes drill and review of one bank."""

    practice_requested = Signal(str, bool)  # bank id, keep the bank's time limits
    mistakes_requested = Signal(str)  # bank id
    review_requested = Signal(str)  # bank id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("studyModeButtons")
        self._entry: BankEntry | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("studyHeadingLabel")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setObjectName("studyNoteLabel")
        self.note.setWordWrap(True)
        self.practice_button = QPushButton(self)
        self.practice_button.setObjectName("practiceButton")
        self.timed_check = QCheckBox(self)
        self.timed_check.setObjectName("practiceTimedCheckBox")
        self.mistakes_button = QPushButton(self)
        self.mistakes_button.setObjectName("mistakesButton")
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("reviewButton")
        for button in (self.practice_button, self.mistakes_button, self.review_button):
            button.setAutoDefault(True)
        self.practice_button.clicked.connect(self._on_practice)
        self.mistakes_button.clicked.connect(self._on_mistakes)
        self.review_button.clicked.connect(self._on_review)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.practice_button)
        row.addWidget(self.timed_check)
        row.addSpacing(16)
        row.addWidget(self.mistakes_button)
        row.addWidget(self.review_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Study"))
        self.note.setText(
            self.tr("Study does not use up your attempts: feedback comes after every answer.")
        )
        self.practice_button.setText(self.tr("&Practice"))
        self.practice_button.setAccessibleName(self.tr("Practise every question of this bank"))
        self.timed_check.setText(self.tr("Use the bank's time limits"))
        self.timed_check.setAccessibleName(self.tr("Use the bank's time limits in practice"))
        self.mistakes_button.setText(self.tr("&Mistakes"))
        self.mistakes_button.setAccessibleName(
            self.tr("Drill the questions of this bank you last answered wrong")
        )
        self.review_button.setText(self.tr("Re&view"))
        self.review_button.setAccessibleName(self.tr("Review this bank's questions that are due"))

    def set_entry(self, entry: BankEntry) -> None:
        """The bank the buttons study; the time limits box only when it has limits."""
        self._entry = entry
        timed = bool(entry.time_limit or entry.question_time_limit)
        self.timed_check.setVisible(timed)
        if not timed:
            self.timed_check.setChecked(False)

    @Slot()
    def _on_practice(self) -> None:
        if self._entry is not None:
            timed = self.timed_check.isChecked() and self.timed_check.isVisibleTo(self)
            self.practice_requested.emit(self._entry.bank_id, timed)

    @Slot()
    def _on_mistakes(self) -> None:
        if self._entry is not None:
            self.mistakes_requested.emit(self._entry.bank_id)

    @Slot()
    def _on_review(self) -> None:
        if self._entry is not None:
            self.review_requested.emit(self._entry.bank_id)
