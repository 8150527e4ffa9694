"""From a graded answer to an FSRS rating: how well the student knew it.

Every answer a profile gives, in any mode, is a review of that question's
card. Its rating (documented for students and teachers in docs/learning.md):

* wrong, or a partial score below half the points: **Again**;
* a partial score of half the points or more: **Hard**;
* right: **Good**, or **Easy** when answered in under half the question's
  typical time.

The typical time is the median of this profile's right answers to the
question, else the question's own time limit, else 20 seconds.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from enum import IntEnum

DEFAULT_TYPICAL_SECONDS = 20.0


class Rating(IntEnum):
    """FSRS's four ratings, with FSRS's own numbers (``fsrs.Rating``)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


def typical_seconds(right_answer_seconds: Sequence[float], time_limit: int | None) -> float:
    """How long this profile usually takes to answer the question right."""
    if right_answer_seconds:
        return float(statistics.median(right_answer_seconds))
    if time_limit is not None:
        return float(time_limit)
    return DEFAULT_TYPICAL_SECONDS


def rating_for(points: float, possible: float, seconds: float, typical: float) -> Rating:
    """The rating of one answer: ``points`` of ``possible``, given in ``seconds``."""
    if possible <= 0 or points <= 0:
        return Rating.AGAIN
    if points < possible:
        return Rating.HARD if points * 2 >= possible else Rating.AGAIN
    return Rating.EASY if seconds * 2 < typical else Rating.GOOD
