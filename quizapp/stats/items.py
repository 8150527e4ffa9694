"""Item statistics of a bank, as Moodle's quiz statistics report defines them.

Pure functions over plain rows (:class:`ItemRow`, one per question drawn in a
counted attempt), free of the store and of Qt. ``docs/statistics.md`` gives
every formula; the names here follow Moodle's (``s``, ``k2``, ``covariancemax``…)
where that helps a reader check one against the other.

Every value Moodle shows as a percentage is a percentage 0–100 here. A value
that cannot be computed (too few attempts, zero variance) is None.
"""

from __future__ import annotations

import gc
import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple

from quizapp.stats.scoring import percent_text

# The guidance of Moodle's documentation ("Quiz report statistics") and report.
FACILITY_HARD = 5.0  # at most: "extremely difficult or something wrong with the question"
FACILITY_EASY = 95.0  # at least: "extremely easy"
DISCRIMINATION_WEAK = 20.0  # below: "very weak discrimination"
EFFICIENCY_DUBIOUS = 15.0  # below: Moodle marks the question as dubious
COMMON_WRONG_ANSWERS = 5

# Sums of float squares are never exactly 0 for equal marks such as 0.1, 0.1, 0.1:
# a variance this small relative to the marks' squares is taken as none.
_RELATIVE_ZERO = 1e-12


class ItemRow(NamedTuple):
    """One question drawn in one counted attempt, with the answer that counts.

    A drawn question left unanswered has 0 ``points``, its ``possible`` and no
    ``response`` or ``seconds``. A named tuple: a bank's statistics make a
    million of them, and a tuple is made several times faster than a dataclass.
    """

    attempt_id: str
    question_id: str
    points: float
    possible: float
    # The stored JSON value of a response that earned less than the full points
    # (the only ones listed); None for a right answer or when nothing was given.
    response: Any = None
    seconds: float | None = None  # answered_at - shown_at of the answer that counts
    question_type: str = ""


@dataclass(frozen=True)
class WrongAnswer:
    response: str
    count: int


@dataclass(frozen=True)
class Flag:
    """Why a question deserves a look: ``code`` for programs, ``reason`` in English."""

    code: str
    reason: str


@dataclass(frozen=True)
class QuestionStatistics:
    id: str
    attempts: int  # Moodle's s: counted attempts that drew the question
    facility_index: float | None
    standard_deviation: float | None
    discrimination_index: float | None
    discriminative_efficiency: float | None
    mean_time_s: float | None
    common_wrong_answers: tuple[WrongAnswer, ...]
    flags: tuple[Flag, ...]


@dataclass(frozen=True)
class TestStatistics:
    """The bank as a whole, over the counted attempts' scores (percent of their maximum)."""

    attempts: int
    mean: float | None
    median: float | None
    standard_deviation: float | None
    skewness: float | None
    kurtosis: float | None
    cronbach_alpha: float | None
    error_ratio: float | None
    standard_error: float | None


@dataclass(frozen=True)
class ItemStatistics:
    test: TestStatistics
    questions: tuple[QuestionStatistics, ...]


# --- the whole computation ---------------------------------------------------------------


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a bank's rows are read and counted.

    Those are a million small tuples and none of them forms a cycle, yet each
    few hundred trigger a collection that walks them all again: a third of the
    time of a large bank's statistics. Left alone when something else already
    turned the collector off.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def item_statistics(rows: Iterable[ItemRow], question_ids: Sequence[str] = ()) -> ItemStatistics:
    """The statistics of the attempts in ``rows``.

    Questions come in the order of ``question_ids`` (listed even when no
    counted attempt drew them), then any other question in ``rows`` in the
    order first met.
    """
    attempts: dict[str, dict[str, ItemRow]] = defaultdict(dict)
    for row in rows:
        attempts[row.attempt_id][row.question_id] = row
    totals = {a: math.fsum([r.points for r in items.values()]) for a, items in attempts.items()}
    by_question: dict[str, list[ItemRow]] = {qid: [] for qid in question_ids}
    for items in attempts.values():
        for row in items.values():
            by_question.setdefault(row.question_id, []).append(row)
    questions = tuple(_question(qid, qrows, totals) for qid, qrows in by_question.items())
    return ItemStatistics(_test(attempts, totals), questions)


# --- one question ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Moments:
    """The sums of one question's marks against the rest of each attempt's marks."""

    s: int
    mark_variance: float | None  # in marks²
    rest_variance: float | None
    covariance: float | None
    covariance_max: float | None


def _question(qid: str, rows: list[ItemRow], totals: dict[str, float]) -> QuestionStatistics:
    marks = [row.points for row in rows]
    rests = [totals[row.attempt_id] - row.points for row in rows]
    moments = _moments(marks, rests)
    max_mark = math.fsum([row.possible for row in rows]) / len(rows) if rows else 0.0
    facility = 100 * math.fsum(marks) / len(rows) / max_mark if max_mark > 0 else None
    sd = None
    if moments.mark_variance is not None and max_mark > 0:
        sd = 100 * math.sqrt(moments.mark_variance) / max_mark
    discrimination = _discrimination(moments)
    efficiency = _efficiency(moments)
    return QuestionStatistics(
        id=qid,
        attempts=len(rows),
        facility_index=facility,
        standard_deviation=sd,
        discrimination_index=discrimination,
        discriminative_efficiency=efficiency,
        mean_time_s=_mean([r.seconds for r in rows if r.seconds is not None]),
        common_wrong_answers=common_wrong_answers(rows),
        flags=flags(facility, discrimination, efficiency),
    )


def _moments(marks: list[float], rests: list[float]) -> _Moments:
    s = len(marks)
    if s < 2:
        return _Moments(s, None, None, None, None)
    mark_mean, rest_mean = math.fsum(marks) / s, math.fsum(rests) / s
    dm = [m - mark_mean for m in marks]
    dr = [r - rest_mean for r in rests]
    # Moodle's covariancemax: the covariance the marks would have if the best
    # mark went with the best rest of the test, the second with the second...
    sorted_pairs = zip(sorted(marks), sorted(rests), strict=True)
    return _Moments(
        s=s,
        mark_variance=_zeroed(math.fsum([d * d for d in dm]), marks) / (s - 1),
        rest_variance=_zeroed(math.fsum([d * d for d in dr]), rests) / (s - 1),
        covariance=math.fsum([a * b for a, b in zip(dm, dr, strict=True)]) / (s - 1),
        covariance_max=math.fsum([(m - mark_mean) * (r - rest_mean) for m, r in sorted_pairs])
        / (s - 1),
    )


def _discrimination(moments: _Moments) -> float | None:
    """Pearson's correlation of the question's marks with the rest of the test, in percent."""
    if moments.mark_variance is None or moments.rest_variance is None:
        return None
    if moments.covariance is None or moments.mark_variance * moments.rest_variance == 0:
        return None
    return 100 * moments.covariance / math.sqrt(moments.mark_variance * moments.rest_variance)


def _efficiency(moments: _Moments) -> float | None:
    """The covariance as a share of the largest the same marks could have, in percent."""
    if moments.covariance is None or moments.covariance_max is None:
        return None
    if moments.mark_variance == 0 or moments.rest_variance == 0:
        return None  # covariancemax is then 0 up to rounding: nothing to compare with
    return 100 * moments.covariance / moments.covariance_max


def common_wrong_answers(
    rows: Iterable[ItemRow], limit: int = COMMON_WRONG_ANSWERS
) -> tuple[WrongAnswer, ...]:
    """The responses given that earned less than full points, most frequent first.

    Ties go in the order of the text, so the list is the same every time; a
    question left without an answer gives no response to list.
    """
    # Counted by the response object first, then made into text once per object: the
    # store hands the same object for every copy of one stored response, and making
    # the text of each of a large class's wrong answers was a third of the work.
    tally: Counter[tuple[int, bool]] = Counter()
    given: dict[int, Any] = {}
    for row in rows:
        if row.response is not None and row.points < row.possible:
            key = id(row.response)
            tally[key, row.question_type == "multiple_choice"] += 1
            given[key] = row.response  # keeps the object, so its id stays its own
    counts: Counter[str] = Counter()
    for (key, unordered), count in tally.items():
        counts[response_text(given[key], unordered=unordered)] += count
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return tuple(WrongAnswer(text, count) for text, count in ranked[:limit])


def response_text(response: Any, *, unordered: bool = False) -> str:
    """A stored response as one stable line of text.

    Text is itself; true/false and numbers are written plainly; lists and
    mappings as JSON with sorted keys. ``unordered`` sorts a list first (the
    choices picked in a multiple choice question are a set).
    """
    if isinstance(response, str):
        return response
    if isinstance(response, bool):
        return "True" if response else "False"
    if isinstance(response, int | float):
        return _number_text(float(response))
    if unordered and isinstance(response, list):
        response = sorted(response, key=str)
    return json.dumps(response, ensure_ascii=False, sort_keys=True)


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def flags(
    facility: float | None, discrimination: float | None, efficiency: float | None
) -> tuple[Flag, ...]:
    """Why the question may need a look, by Moodle's guidance; nothing for a value not known."""
    found: list[Flag] = []
    if facility is not None and facility <= FACILITY_HARD:
        found.append(Flag("nearly_all_wrong", _reason("nearly everyone got it wrong", facility)))
    elif facility is not None and facility >= FACILITY_EASY:
        found.append(Flag("nearly_all_right", _reason("nearly everyone got it right", facility)))
    if discrimination is not None and discrimination < 0:
        found.append(
            Flag(
                "negative_discrimination",
                f"negative discrimination ({percent_text(discrimination)}): those who did worse "
                "on the rest of the test did better here; check the answer",
            )
        )
    elif discrimination is not None and discrimination < DISCRIMINATION_WEAK:
        found.append(
            Flag(
                "weak_discrimination",
                f"very weak discrimination ({percent_text(discrimination)}, below "
                f"{percent_text(DISCRIMINATION_WEAK)})",
            )
        )
    if efficiency is not None and efficiency < EFFICIENCY_DUBIOUS:
        found.append(
            Flag(
                "low_efficiency",
                f"low discriminative efficiency ({percent_text(efficiency)}, below "
                f"{percent_text(EFFICIENCY_DUBIOUS)})",
            )
        )
    return tuple(found)


def _reason(text: str, facility: float) -> str:
    return f"{text} (facility {percent_text(facility)})"


# --- the test as a whole -----------------------------------------------------------------


def _test(attempts: dict[str, dict[str, ItemRow]], totals: dict[str, float]) -> TestStatistics:
    n = len(attempts)
    percents = [_percent_of(totals[a], items) for a, items in attempts.items()]
    mean = _mean(percents)
    if n < 2 or mean is None:
        return TestStatistics(n, mean, _median(percents), None, None, None, None, None, None)
    deviations = [p - mean for p in percents]
    power2 = _zeroed(math.fsum([d**2 for d in deviations]), percents)
    sd = math.sqrt(power2 / (n - 1))
    skewness = kurtosis = alpha = error_ratio = standard_error = None
    k2 = power2 / (n - 1)  # the unbiased variance, Moodle's k2
    if n > 2 and k2 != 0:
        m2, m3, m4 = (math.fsum([d**k for d in deviations]) / n for k in (2, 3, 4))
        k3 = n * n * m3 / ((n - 1) * (n - 2))
        skewness = k3 / k2**1.5
        if n > 3:
            k4 = n * n * ((n + 1) * m4 - 3 * (n - 1) * m2 * m2) / ((n - 1) * (n - 2) * (n - 3))
            kurtosis = k4 / (k2 * k2)
        alpha = cronbach_alpha(attempts, totals)
        if alpha is not None:
            error_ratio = 100 * math.sqrt(1 - alpha / 100)
            standard_error = error_ratio * sd / 100
    return TestStatistics(
        n, mean, _median(percents), sd, skewness, kurtosis, alpha, error_ratio, standard_error
    )


def cronbach_alpha(
    attempts: dict[str, dict[str, ItemRow]], totals: dict[str, float]
) -> float | None:
    """Moodle's coefficient of internal consistency, in percent, over marks.

    None unless every attempt drew the same questions (p > 1 of them) and the
    totals vary: with different questions per attempt there is no one test.
    """
    question_sets = {frozenset(items) for items in attempts.values()}
    if len(question_sets) != 1:
        return None
    (questions,) = question_sets
    p, n = len(questions), len(attempts)
    if p < 2 or n < 2:
        return None
    total_variance = _variance(list(totals.values()))
    if not total_variance:
        return None
    item_variance = math.fsum(
        _variance([items[q].points for items in attempts.values()]) or 0.0 for q in questions
    )
    return 100 * p / (p - 1) * (1 - item_variance / total_variance)


# --- small pieces ------------------------------------------------------------------------


def _percent_of(total: float, items: dict[str, ItemRow]) -> float:
    possible = math.fsum([row.possible for row in items.values()])
    return 100 * total / possible if possible > 0 else 0.0


def _mean(values: Sequence[float]) -> float | None:
    return math.fsum(values) / len(values) if values else None


def _median(values: Sequence[float]) -> float | None:
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return None
    middle = ordered[n // 2 - 1 : n // 2 + 1] if n % 2 == 0 else [ordered[n // 2]]
    return math.fsum(middle) / len(middle)


def _variance(values: Sequence[float]) -> float | None:
    """The sample variance (n - 1), as Moodle takes it; None below two values."""
    n = len(values)
    if n < 2:
        return None
    mean = math.fsum(values) / n
    return _zeroed(math.fsum([(v - mean) ** 2 for v in values]), values) / (n - 1)


def _zeroed(sum_of_squares: float, values: Sequence[float]) -> float:
    """``sum_of_squares`` of deviations, or 0 when it is only rounding left over."""
    scale = math.fsum([v * v for v in values])
    return 0.0 if sum_of_squares <= _RELATIVE_ZERO * scale else sum_of_squares
