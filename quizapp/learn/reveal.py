"""What a student may see of the right answers: the bank's ``review`` setting, in one place.

The results page, the history's review and every study mode ask this, so a
bank written for an exam cannot be practised into giving its answers away.
"""

from __future__ import annotations

from quizapp.bank.model import Review, Settings


def reveals_right_answers(settings: Settings, attempts_left: int | None) -> bool:
    """Whether the student may now see right answers, explanations and sources.

    ``review: full`` shows them; ``points`` never; ``after_last_attempt`` once
    the profile has no exam attempts left (``attempts_left``; None means the
    bank sets no limit, so never).
    """
    mode = settings.review_mode
    if mode is Review.FULL:
        return True
    return mode is Review.AFTER_LAST_ATTEMPT and attempts_left == 0
