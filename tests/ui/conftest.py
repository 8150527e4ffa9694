"""Fixtures shared by the UI tests: a bank with one question of each type, a fake
clock and a recorder that keeps what a quiz page sends it in memory."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from quizapp.bank.model import (
    Bank,
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Settings,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import AnswerEvent

EVERY_TYPE_QUESTIONS = (
    SingleChoice(
        id="capital",
        prompt="Which city is the capital of **Indonesia**?",
        choices=("Surabaya", "Jakarta", "Bandung"),
        answer="Jakarta",
        explanation="Jakarta has been the capital since *1949*.",
        source="Jakarta is the capital",
    ),
    MultipleChoice(
        id="primes",
        prompt="Which of these numbers are prime?",
        choices=("2", "3", "4", "9"),
        answers=("2", "3"),
    ),
    TrueFalse(id="sun-star", prompt="The Sun is a star.", answer=True, points=2),
    ShortAnswer(
        id="red-planet", prompt="Which planet is called the Red Planet?", answers=("Mars",)
    ),
    Numeric(
        id="boiling",
        prompt="At how many degrees does water boil at sea level?",
        answer=100.0,
        answer_text="100",
        unit="°C",
    ),
    Ordering(id="sizes", prompt="Order from smallest to largest.", items=("Moon", "Earth", "Sun")),
    Matching(
        id="capitals",
        prompt="Match each country with its capital.",
        pairs=(("France", "Paris"), ("Japan", "Tokyo"), ("Kenya", "Nairobi")),
        distractors=("Lima",),
    ),
    Cloze(
        id="water",
        text="Water is made of {{hydrogen}} and {{oxygen}}.",
        parts=("Water is made of ", " and ", "."),
        blanks=(("hydrogen",), ("oxygen",)),
    ),
)

_CONTROL_TYPES = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
)


def every_type_bank(**settings: Any) -> Bank:
    """One question of each of the eight types, asked in this order, choices unshuffled."""
    base = Settings(shuffle_questions=False, shuffle_choices=False)
    return Bank(
        id="every-type",
        title="Every type",
        reading="Jakarta is the capital of Indonesia.",
        settings=dataclasses.replace(base, **settings),
        questions=EVERY_TYPE_QUESTIONS,
    )


@dataclass
class MemoryRecorder:
    """An AttemptRecorder that keeps everything in lists, in the order it came."""

    answers: list[AnswerEvent] = field(default_factory=list)
    current: list[tuple[str, datetime]] = field(default_factory=list)
    finished: list[tuple[str, datetime]] = field(default_factory=list)
    flagged: list[tuple[str, ...]] = field(default_factory=list)
    still_open: list[datetime] = field(default_factory=list)

    def record_answer(self, event: AnswerEvent) -> None:
        self.answers.append(event)

    def set_current(self, question_id: str, shown_at: datetime) -> None:
        self.current.append((question_id, shown_at))

    def set_flagged(self, question_ids: Sequence[str]) -> None:
        self.flagged.append(tuple(question_ids))

    def note_open(self, at: datetime) -> None:
        self.still_open.append(at)

    def finish(self, end_reason: str, finished_at: datetime) -> None:
        self.finished.append((end_reason, finished_at))

    def latest(self) -> dict[str, AnswerEvent]:
        """The answer that counts for each question id."""
        return {event.question_id: event for event in self.answers}


def interactive_controls(root: QWidget) -> list[QWidget]:
    """The controls a user can reach under ``root`` (not the parts Qt builds inside a combo)."""

    def inside_combo(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox):
                return True
            parent = parent.parentWidget()
        return False

    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, _CONTROL_TYPES)
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not inside_combo(widget)
    ]


@pytest.fixture(autouse=True)
def _english_again_after_each_test() -> Iterator[None]:
    """A test that switches the app's language in its settings leaves none behind."""
    locale = QLocale()
    yield
    from quizapp.ui.language import stop_using_language

    stop_using_language()
    QLocale.setDefault(locale)


@pytest.fixture
def make_bank() -> Callable[..., Bank]:
    return every_type_bank


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def recorder() -> MemoryRecorder:
    return MemoryRecorder()
