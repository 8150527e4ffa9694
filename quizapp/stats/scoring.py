"""Points, percent and pass/fail: computed here and shown here, nowhere else.

A score is the points earned out of the points possible, with the bank's pass
mark. Every place that shows or stores a score (the quiz session's run, the
results page, the library, history, the command line) makes it with
:meth:`Score.of` and shows it with :func:`score_text`, :func:`points_text` and
:func:`percent_text`, so the same attempt reads the same everywhere:

* in text, points with at most 2 decimals and percent with 1:
  ``19.67 / 23 · 85.5%``;
* in JSON, points rounded to 4 decimals (:func:`json_number`), so no
  ``19.666666665999998`` reaches a file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# A percentage a hair below the pass mark through float rounding still passes.
PERCENT_TOLERANCE = 1e-9
POINTS_DECIMALS = 2
PERCENT_DECIMALS = 1
JSON_DECIMALS = 4


@dataclass(frozen=True)
class Score:
    """``points`` out of ``possible``; ``pass_mark`` in percent, or None when none applies."""

    points: float
    possible: float
    pass_mark: float | None = None

    @classmethod
    def of(cls, points: float, possible: float, pass_mark: float | None = None) -> Score:
        return cls(float(points), float(possible), pass_mark)

    @property
    def percent(self) -> float | None:
        """Points as a share of the possible, 0–100; None when nothing was possible."""
        if self.possible <= 0:
            return None
        return 100.0 * self.points / self.possible

    @property
    def passed(self) -> bool | None:
        """Whether the percent reaches the pass mark; None without a mark or a percent.

        With nothing possible (an attempt ended before any question counted)
        the percent is taken as 0.
        """
        if self.pass_mark is None:
            return None
        percent = self.percent if self.percent is not None else 0.0
        return percent >= self.pass_mark - PERCENT_TOLERANCE


def round_points(value: float) -> float:
    """Points as text shows them: at most 2 decimals."""
    return _rounded(value, POINTS_DECIMALS)


def round_percent(value: float) -> float:
    """A percent as text shows it: 1 decimal at most."""
    return _rounded(value, PERCENT_DECIMALS)


def json_number(value: float | None) -> float | None:
    """Points or a percent as JSON holds them: rounded to 4 decimals; whole numbers stay exact."""
    if value is None:
        return None
    return _rounded(value, JSON_DECIMALS)


def plain_number(value: float) -> str:
    """A rounded number without trailing zeros, in the C locale: ``19.67``, ``23``, ``85.5``."""
    text = f"{value:f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


NumberFormat = Callable[[float], str]


def points_text(value: float, number: NumberFormat = plain_number) -> str:
    """Points with at most 2 decimals, written by ``number`` (the locale's digits in the UI)."""
    return number(round_points(value))


def percent_text(value: float | None, number: NumberFormat = plain_number) -> str:
    """A percent with 1 decimal at most and its sign, or "—" when there is none."""
    if value is None:
        return "—"
    return f"{number(round_percent(value))}%"


def score_text(score: Score, number: NumberFormat = plain_number) -> str:
    """``19.67 / 23 · 85.5%``: points, possible and percent as every view shows them."""
    points = points_text(score.points, number)
    possible = points_text(score.possible, number)
    return f"{points} / {possible} · {percent_text(score.percent, number)}"


def _rounded(value: float, decimals: int) -> float:
    rounded = round(float(value), decimals)
    return 0.0 if rounded == 0 else rounded
