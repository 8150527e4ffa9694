"""The ways a bank can be taken: an exam, or one of the study modes.

Only exam attempts count towards ``max_attempts``, best scores, the history's
default view and the teacher's statistics. Study answers (practice, review,
mistakes) go into the same answer log, marked by their attempt's mode, and
feed the scheduler.
"""

from __future__ import annotations

from enum import StrEnum


class Mode(StrEnum):
    EXAM = "exam"  # the bank's settings as written
    PRACTICE = "practice"  # one bank, feedback after each answer, wrong answers tried again
    REVIEW = "review"  # the cards FSRS says are due, one bank or all
    MISTAKES = "mistakes"  # the questions last answered wrong, until each is answered right


STUDY_MODES = (Mode.PRACTICE, Mode.REVIEW, Mode.MISTAKES)
