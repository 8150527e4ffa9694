"""Item statistics checked against a small data set worked out by hand.

Four attempts (A-D) at three questions; q1 and q2 are worth 1 point, q3 2:

    attempt   q1   q2   q3 | total  percent
    A          1    1    2 |   4     100
    B          1    0    2 |   3      75
    C          1    1    0 |   2      50
    D          0    0*   1 |   1      25        * D left q2 unanswered

Moodle divides sums of squares by s - 1 ("sample" variances); "rest" is the
attempt's total without the question's own mark. The working for each number
is in the test that checks it.
"""

from __future__ import annotations

import math

import pytest

from quizapp.stats.items import (
    ItemRow,
    QuestionStatistics,
    WrongAnswer,
    common_wrong_answers,
    item_statistics,
    response_text,
)


def row(
    attempt: str,
    question: str,
    points: float,
    possible: float = 1,
    response: object = None,
    seconds: float | None = None,
    kind: str = "",
) -> ItemRow:
    return ItemRow(attempt, question, points, possible, response, seconds, kind)


ROWS = [
    row("A", "q1", 1, response="Paris", seconds=10),
    row("B", "q1", 1, response="Paris", seconds=20),
    row("C", "q1", 1, response="Paris", seconds=30),
    row("D", "q1", 0, response="Lyon", seconds=40),
    row("A", "q2", 1, response="Jupiter", seconds=6),
    row("B", "q2", 0, response="Mars", seconds=9),
    row("C", "q2", 1, response="Jupiter", seconds=12),
    row("D", "q2", 0),
    row("A", "q3", 2, 2, ["a", "c"], 30, "multiple_choice"),
    row("B", "q3", 2, 2, ["c", "a"], 40, "multiple_choice"),
    row("C", "q3", 0, 2, ["b"], 50, "multiple_choice"),
    row("D", "q3", 1, 2, ["c", "b"], 60, "multiple_choice"),
]


def question(qid: str) -> QuestionStatistics:
    (found,) = [q for q in item_statistics(ROWS).questions if q.id == qid]
    return found


def test_the_test_as_a_whole() -> None:
    """Percents 100, 75, 50, 25 (n = 4).

    mean = 250 / 4 = 62.5; median = (50 + 75) / 2 = 62.5
    deviations d = 37.5, 12.5, -12.5, -37.5
    Σd² = 2 × (1406.25 + 156.25) = 3125; SD = √(3125 / 3) = √1041.67 = 32.2749
    Σd³ = 0 (symmetric) so skewness = 0
    Σd⁴ = 2 × (1977539.0625 + 24414.0625) = 4003906.25
    m2 = 3125 / 4 = 781.25; m4 = 4003906.25 / 4 = 1000976.5625; k2 = 3125 / 3
    k4 = n²((n+1)m4 - 3(n-1)m2²) / ((n-1)(n-2)(n-3))
       = 16 × (5 × 1000976.5625 - 9 × 610351.5625) / 6 = -1302083.33
    kurtosis = k4 / k2² = -1302083.33 / 1085069.44 = -1.2

    Cronbach's alpha over marks (p = 3 questions):
    item variances q1 0.75/3 = 0.25, q2 1/3, q3 2.75/3 = 11/12 (see the
    questions' tests); their sum = 3/12 + 4/12 + 11/12 = 1.5
    totals 4, 3, 2, 1: mean 2.5, Σd² = 2.25 + 0.25 + 0.25 + 2.25 = 5, variance 5/3
    alpha = 100 × 3/2 × (1 - 1.5 / (5/3)) = 150 × 0.1 = 15%
    error ratio = 100 × √(1 - 0.15) = 92.1954%
    standard error = 0.921954 × 32.2749% = √(0.85 × 3125 / 3) = 29.7560%
    """
    test = item_statistics(ROWS).test

    assert test.attempts == 4
    assert test.mean == pytest.approx(62.5)
    assert test.median == pytest.approx(62.5)
    assert test.standard_deviation == pytest.approx(32.2749, abs=1e-4)
    assert test.skewness == pytest.approx(0, abs=1e-12)
    assert test.kurtosis == pytest.approx(-1.2)
    assert test.cronbach_alpha == pytest.approx(15)
    assert test.error_ratio == pytest.approx(92.1954, abs=1e-4)
    assert test.standard_error == pytest.approx(29.7560, abs=1e-4)


def test_a_question_that_discriminates_well() -> None:
    """q1: marks 1, 1, 1, 0; rests (total - mark) 3, 2, 1, 1.

    facility = mean 0.75 / max 1 = 75%
    mark deviations 0.25, 0.25, 0.25, -0.75: Σ² = 0.75, variance 0.25, SD 0.5 = 50%
    rest mean 1.75, deviations 1.25, 0.25, -0.75, -0.75: Σ² = 2.75, variance 2.75/3
    Σ(dm × dr) = 0.3125 + 0.0625 - 0.1875 + 0.5625 = 0.75, covariance 0.25
    discrimination = 100 × 0.25 / √(0.25 × 2.75/3) = 100 × 0.25 / 0.478714 = 52.2233%
    sorted marks 0, 1, 1, 1 against sorted rests 1, 1, 2, 3:
    Σ = (-0.75)(-0.75) + 0.25(-0.75) + 0.25(0.25) + 0.25(1.25) = 0.75, covariance max 0.25
    efficiency = 100 × 0.25 / 0.25 = 100%
    mean time (10 + 20 + 30 + 40) / 4 = 25 s; one wrong answer, "Lyon"
    """
    q1 = question("q1")

    assert q1.attempts == 4
    assert q1.facility_index == pytest.approx(75)
    assert q1.standard_deviation == pytest.approx(50)
    assert q1.discrimination_index == pytest.approx(52.2233, abs=1e-4)
    assert q1.discriminative_efficiency == pytest.approx(100)
    assert q1.mean_time_s == pytest.approx(25)
    assert q1.common_wrong_answers == (WrongAnswer("Lyon", 1),)
    assert q1.flags == ()


def test_a_question_that_does_not_discriminate() -> None:
    """q2: marks 1, 0, 1, 0 (D unanswered: 0 points); rests 3, 3, 1, 1.

    facility = 0.5 / 1 = 50%
    mark deviations ±0.5: Σ² = 1, variance 1/3, SD = 0.57735 = 57.735%
    rest mean 2, deviations 1, 1, -1, -1
    Σ(dm × dr) = 0.5 - 0.5 - 0.5 + 0.5 = 0: discrimination 0%
    sorted marks 0, 0, 1, 1 against rests 1, 1, 3, 3: Σ = 4 × 0.5 = 2 > 0,
    so efficiency = 100 × 0 / (2/3) = 0%
    mean time of the three answers (6 + 9 + 12) / 3 = 9 s; the unanswered
    question gives no wrong answer to list.
    """
    q2 = question("q2")

    assert q2.facility_index == pytest.approx(50)
    assert q2.standard_deviation == pytest.approx(57.735, abs=1e-3)
    assert q2.discrimination_index == pytest.approx(0, abs=1e-12)
    assert q2.discriminative_efficiency == pytest.approx(0, abs=1e-12)
    assert q2.mean_time_s == pytest.approx(9)
    assert q2.common_wrong_answers == (WrongAnswer("Mars", 1),)
    assert [flag.code for flag in q2.flags] == ["weak_discrimination", "low_efficiency"]
    assert q2.flags[0].reason == "very weak discrimination (0%, below 20%)"


def test_a_question_that_discriminates_the_wrong_way() -> None:
    """q3 (2 points): marks 2, 2, 0, 1; rests 2, 1, 2, 0.

    facility = mean 1.25 / max 2 = 62.5%
    mark deviations 0.75, 0.75, -1.25, -0.25: Σ² = 2.75, variance 11/12,
    SD = 0.957427 of 2 points = 47.8714%
    rest mean 1.25, deviations 0.75, -0.25, 0.75, -1.25: Σ² = 2.75
    Σ(dm × dr) = 0.5625 - 0.1875 - 0.9375 + 0.3125 = -0.25
    discrimination = 100 × (-0.25/3) / (2.75/3) = -9.0909%
    sorted marks 0, 1, 2, 2 against sorted rests 0, 1, 2, 2: Σ = 2.75,
    efficiency = 100 × -0.25 / 2.75 = -9.0909%
    the choices picked are a set: ["c", "b"] is listed as ["b", "c"]
    """
    q3 = question("q3")

    assert q3.facility_index == pytest.approx(62.5)
    assert q3.standard_deviation == pytest.approx(47.8714, abs=1e-4)
    assert q3.discrimination_index == pytest.approx(-9.0909, abs=1e-4)
    assert q3.discriminative_efficiency == pytest.approx(-9.0909, abs=1e-4)
    assert q3.mean_time_s == pytest.approx(45)
    assert q3.common_wrong_answers == (WrongAnswer('["b", "c"]', 1), WrongAnswer('["b"]', 1))
    assert [flag.code for flag in q3.flags] == ["negative_discrimination", "low_efficiency"]


def test_questions_come_in_the_order_given_then_as_met() -> None:
    stats = item_statistics(ROWS, ["q3", "unseen"])

    assert [q.id for q in stats.questions] == ["q3", "unseen", "q1", "q2"]
    unseen = stats.questions[1]
    assert unseen.attempts == 0
    assert (unseen.facility_index, unseen.standard_deviation, unseen.mean_time_s) == (
        None,
        None,
        None,
    )


def test_one_attempt_gives_no_spread() -> None:
    stats = item_statistics([row("A", "q1", 1), row("A", "q2", 0)])

    test = stats.test
    assert (test.attempts, test.mean, test.median) == (1, 50, 50)
    assert test.standard_deviation is None
    assert test.skewness is test.kurtosis is test.cronbach_alpha is None
    assert test.error_ratio is test.standard_error is None
    q1 = stats.questions[0]
    assert q1.facility_index == 100
    assert q1.standard_deviation is q1.discrimination_index is None
    assert q1.discriminative_efficiency is None


def test_no_attempts_at_all() -> None:
    stats = item_statistics([], ["q1"])

    assert stats.test.attempts == 0
    assert stats.test.mean is stats.test.median is None
    assert stats.questions[0].attempts == 0


def test_zero_variance_gives_none_never_a_made_up_number() -> None:
    """Everyone scores 0.1 of 1 on q1 and 1 on q2: nothing varies."""
    rows = [row(a, q, p) for a in "ABC" for q, p in (("q1", 0.1), ("q2", 1))]

    stats = item_statistics(rows)

    assert stats.test.standard_deviation == 0  # computed: the scores really do not spread
    assert stats.test.skewness is stats.test.kurtosis is None
    assert stats.test.cronbach_alpha is stats.test.error_ratio is None
    assert stats.test.standard_error is None
    for q in stats.questions:
        assert q.standard_deviation == 0
        assert q.discrimination_index is q.discriminative_efficiency is None


def test_kurtosis_needs_four_attempts_and_skewness_three() -> None:
    rows = [row(a, "q1", p) for a, p in (("A", 0), ("B", 1), ("C", 1))]
    rows += [row(a, "q2", p) for a, p in (("A", 0), ("B", 0), ("C", 1))]

    test = item_statistics(rows).test

    # percents 0, 50, 100: symmetric, so skewness is 0; n = 3 is too few for kurtosis.
    assert test.skewness == pytest.approx(0, abs=1e-12)
    assert test.kurtosis is None
    assert test.median == 50


def test_alpha_needs_every_attempt_to_draw_the_same_questions() -> None:
    rows = [row(a, "q1", p) for a, p in (("A", 0), ("B", 1), ("C", 1))]
    rows += [row("A", "q2", 0), row("B", "q3", 1), row("C", "q2", 1)]

    test = item_statistics(rows).test

    assert test.standard_deviation is not None
    assert test.cronbach_alpha is test.error_ratio is test.standard_error is None


def test_nearly_everyone_right_or_wrong_is_flagged() -> None:
    right = [row(a, "easy", 1) for a in "ABCD"] + [row(a, "hard", 0) for a in "ABCD"]

    stats = item_statistics(right)

    easy, hard = stats.questions
    assert [f.code for f in easy.flags] == ["nearly_all_right"]
    assert easy.flags[0].reason == "nearly everyone got it right (facility 100%)"
    assert [f.code for f in hard.flags] == ["nearly_all_wrong"]


def test_common_wrong_answers_most_frequent_first_ties_by_text() -> None:
    rows = [
        row(str(n), "q", 0, response=text)
        for n, text in enumerate(["b", "a", "b", "c", "a", "b", "d", "e", "f"])
    ]
    rows.append(row("x", "q", 0.5, response="half"))  # partly right is not fully right
    rows.append(row("y", "q", 1, response="right"))

    assert common_wrong_answers(rows) == (
        WrongAnswer("b", 3),
        WrongAnswer("a", 2),
        WrongAnswer("c", 1),
        WrongAnswer("d", 1),
        WrongAnswer("e", 1),
    )


@pytest.mark.parametrize(
    ("response", "unordered", "text"),
    [
        ("Jupiter", False, "Jupiter"),
        (True, False, "True"),
        (3.0, False, "3"),
        (0.1, False, "0.1"),
        (["b", "a"], False, '["b", "a"]'),
        (["b", "a"], True, '["a", "b"]'),
        ({"y": "2", "x": "1"}, False, '{"x": "1", "y": "2"}'),
        (["é"], False, '["é"]'),
    ],
)
def test_response_text_is_stable(response: object, unordered: bool, text: str) -> None:
    assert response_text(response, unordered=unordered) == text


def test_values_are_finite() -> None:
    stats = item_statistics(ROWS)
    numbers = [v for q in stats.questions for v in (q.facility_index, q.discrimination_index)]
    assert all(v is not None and math.isfinite(v) for v in numbers)
