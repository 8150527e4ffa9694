"""A bank's settings in words, as the library and the start page say them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from quizapp.bank.model import Feedback, Review


def feedback_text(feedback: Feedback) -> str:
    """When the student sees whether an answer was right."""
    texts = {
        Feedback.IMMEDIATE: QCoreApplication.translate("BankTexts", "feedback after each answer"),
        Feedback.AT_END: QCoreApplication.translate("BankTexts", "feedback at the end"),
        Feedback.NEVER: QCoreApplication.translate("BankTexts", "no feedback, only the score"),
    }
    return texts[Feedback(feedback)]


def review_text(review: Review) -> str:
    """What the results reveal after an attempt."""
    texts = {
        Review.FULL: QCoreApplication.translate(
            "BankTexts", "review shows the right answers and explanations"
        ),
        Review.AFTER_LAST_ATTEMPT: QCoreApplication.translate(
            "BankTexts",
            "review shows points per question, and the right answers after your last attempt",
        ),
        Review.POINTS: QCoreApplication.translate(
            "BankTexts", "review shows your answers and points, never the right answers"
        ),
    }
    return texts[Review(review)]
