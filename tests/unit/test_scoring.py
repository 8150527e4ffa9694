"""One way to score and to write a score: percent, pass/fail, text and JSON forms."""

from __future__ import annotations

import pytest

from quizapp.stats.scoring import (
    Score,
    json_number,
    percent_text,
    plain_number,
    points_text,
    score_text,
)


@pytest.mark.parametrize(
    ("points", "possible", "pass_mark", "percent", "passed"),
    [
        (23, 23, 60, 100.0, True),
        (3, 5, 60, 60.0, True),  # exactly the mark passes
        (3, 5, 61, 60.0, False),
        (0.1 + 0.2, 0.5, 60, 60.00000000000001, True),
        (1.8, 3, 60, 59.99999999999999, True),  # a hair below through float rounding
        (1, 3, None, 33.33333333333333, None),  # no pass mark: no verdict
        (0, 0, 60, None, False),  # nothing possible: no percent, counted as 0
    ],
)
def test_percent_and_pass_follow_one_tolerance_rule(
    points: float,
    possible: float,
    pass_mark: float | None,
    percent: float | None,
    passed: bool | None,
) -> None:
    score = Score.of(points, possible, pass_mark)
    assert score.percent == (None if percent is None else pytest.approx(percent))
    assert score.passed is passed


def test_text_shows_two_decimals_of_points_and_one_of_percent() -> None:
    score = Score.of(19.666666665999998, 23)
    assert score_text(score) == "19.67 / 23 · 85.5%"
    assert points_text(2.0) == "2"
    assert points_text(0.005) == "0.01"
    assert percent_text(None) == "—"
    assert percent_text(100.0) == "100%"


def test_text_takes_the_interfaces_number_format() -> None:
    def comma(value: float) -> str:
        return plain_number(value).replace(".", ",")

    assert score_text(Score.of(1.5, 4), comma) == "1,5 / 4 · 37,5%"


def test_json_holds_points_rounded_to_four_decimals() -> None:
    assert json_number(19.666666665999998) == 19.6667
    assert json_number(2.0) == 2.0
    assert json_number(-0.00001) == 0.0
    assert json_number(None) is None
