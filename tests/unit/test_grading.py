"""Grading of the eight question types, as the format spec scores them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.grading import (
    GRADERS,
    Grade,
    Response,
    correct_response,
    format_response,
    grade,
    normalize_answer,
)
from quizapp.bank.model import (
    QUESTION_TYPES,
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Question,
    Scoring,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.bank.numbers import parse_number

SINGLE = SingleChoice(id="capital", choices=("Jakarta", "New  York", "2012"), answer="Jakarta")
SINGLE_SPACED = SingleChoice(id="city", choices=("Jakarta", "New  York"), answer="New  York")
MULTI = MultipleChoice(
    id="apps", choices=("TikTok", "Douyin", "Instagram", "Snapchat"), answers=("TikTok", "Douyin")
)
MULTI_PARTIAL = MultipleChoice(
    id="apps-partial",
    choices=("TikTok", "Douyin", "Lark", "Instagram", "Snapchat"),
    answers=("TikTok", "Douyin", "Lark"),
    scoring=Scoring.PARTIAL,
    points=3,
)
TF = TrueFalse(id="tf", answer=False)
SHORT = ShortAnswer(id="founder", answers=("Zhang Yiming", "张一鸣"))
SHORT_CASED = ShortAnswer(id="symbol", answers=("NaCl",), case_sensitive=True)
NUMERIC = Numeric(id="users", answer=25_000_000.0, answer_text="25000000", unit="users")
NUMERIC_TOL = Numeric(id="ratio", answer=0.3, answer_text="0.3", tolerance=0.1)
ORDERING = Ordering(id="order", items=("founded", "launched", "acquired", "renamed"))
ORDERING_PARTIAL = Ordering(
    id="order-partial", items=("one", "two", "three"), scoring=Scoring.PARTIAL, points=3
)
MATCHING = Matching(
    id="match",
    pairs=(
        ("TikTok", "ByteDance"),
        ("Instagram", "Meta"),
        ("YouTube", "Google"),
        ("Xbox", "Microsoft"),
    ),
    distractors=("Tencent",),
    points=2,
)
CLOZE = Cloze(
    id="cloze",
    text="{{ByteDance|Bytedance Ltd}} made {{TikTok}} in {{2016}}.",
    parts=("", " made ", " in ", "."),
    blanks=(("ByteDance", "Bytedance Ltd"), ("TikTok",), ("2016",)),
    points=3,
)
CLOZE_CASED = Cloze(
    id="cloze-cased",
    text="Salt is {{NaCl}}.",
    parts=("Salt is ", "."),
    blanks=(("NaCl",),),
    case_sensitive=True,
)

EVERY_TYPE: tuple[Question, ...] = (
    SINGLE,
    MULTI,
    TF,
    SHORT,
    NUMERIC,
    ORDERING,
    MATCHING,
    CLOZE,
)


def points(question: Question, response: Response) -> float:
    return grade(question, response).points


def test_there_is_a_grader_for_every_question_type() -> None:
    assert set(GRADERS) == set(QUESTION_TYPES)
    assert {q.TYPE for q in EVERY_TYPE} == set(QUESTION_TYPES)


@pytest.mark.parametrize("question", EVERY_TYPE, ids=lambda q: q.TYPE)
def test_the_correct_response_earns_full_marks(question: Question) -> None:
    result = grade(question, correct_response(question))
    assert result == Grade(float(question.points), float(question.points))
    assert result.correct
    assert result.fraction == 1.0


@pytest.mark.parametrize("question", EVERY_TYPE, ids=lambda q: q.TYPE)
def test_no_response_scores_nothing(question: Question) -> None:
    result = grade(question, None)
    assert result == Grade(0.0, float(question.points))
    assert not result.correct


_KNOWN_TEXTS = st.sampled_from(["TikTok", "Douyin", "ByteDance", "founded", "2016", "Jakarta", ""])
_SCALAR = (
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=8) | _KNOWN_TEXTS
)
_ANY_RESPONSE = st.recursive(
    _SCALAR,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_SCALAR, inner, max_size=4),
    max_leaves=12,
)


@pytest.mark.parametrize("question", EVERY_TYPE, ids=lambda q: q.TYPE)
@settings(max_examples=60, deadline=None)
@given(response=_ANY_RESPONSE)
def test_a_response_of_any_shape_is_graded_without_error(
    question: Question, response: object
) -> None:
    result = grade(question, response)  # type: ignore[arg-type]
    assert 0.0 <= result.points <= result.possible
    format_response(question, response, language="id")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (SINGLE, ["Jakarta"]),
        (SINGLE, True),
        (MULTI, "TikTok"),
        (MULTI, {"TikTok": "Douyin"}),
        (MULTI, ["TikTok", 3]),
        (TF, "false"),
        (TF, 0),
        (SHORT, ["Zhang Yiming"]),
        (NUMERIC, "25000000"),
        (NUMERIC, False),
        (ORDERING, "founded launched acquired renamed"),
        (MATCHING, [["TikTok", "ByteDance"]]),
        (CLOZE, "ByteDance TikTok 2016"),
        (CLOZE, ["ByteDance", "TikTok"]),
        (CLOZE, ["ByteDance", "TikTok", "2016", "extra"]),
    ],
)
def test_a_response_of_the_wrong_shape_scores_nothing(
    question: Question, response: Response
) -> None:
    assert points(question, response) == 0.0


def test_a_grader_refuses_a_question_of_another_type() -> None:
    with pytest.raises(TypeError):
        GRADERS["single_choice"](TF, True)


@pytest.mark.parametrize(
    ("question", "response", "expected"),
    [
        (SINGLE, "Jakarta", 1.0),
        (SINGLE, "  Jakarta ", 1.0),
        (SINGLE, "jakarta", 0.0),  # choices are compared with their letter case
        (SINGLE, "2012", 0.0),
        (SINGLE, "", 0.0),
        (SINGLE_SPACED, "New York", 1.0),  # white space folded on both sides
        (SINGLE_SPACED, "New\tYork", 1.0),
        (SINGLE_SPACED, "NewYork", 0.0),
    ],
)
def test_single_choice(question: SingleChoice, response: Response, expected: float) -> None:
    assert points(question, response) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (["TikTok", "Douyin"], 1.0),
        (["Douyin", "TikTok"], 1.0),
        (["TikTok", "Douyin", "Douyin"], 1.0),  # picking twice is one pick
        (["TikTok"], 0.0),
        (["TikTok", "Douyin", "Instagram"], 0.0),
        ([], 0.0),
    ],
)
def test_multiple_choice_all_or_nothing(response: Response, expected: float) -> None:
    assert points(MULTI, response) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (["TikTok", "Douyin", "Lark"], 3.0),
        (["TikTok", "Douyin"], 2.0),  # 2/3 of 3 points is exactly 2.0
        (["TikTok"], 1.0),
        (["TikTok", "TikTok", "TikTok"], 1.0),  # a duplicate does not count twice
        (["TikTok", "Douyin", "Instagram"], 1.0),  # (2 - 1) / 3 × 3
        (["TikTok", "Douyin", "Lark", "Instagram"], 2.0),
        (["TikTok", "Instagram"], 0.0),
        (["Instagram", "Snapchat"], 0.0),  # never below zero
        (["TikTok", "Instagram", "Snapchat"], 0.0),
        (["Not a choice"], 0.0),
        ([], 0.0),
    ],
)
def test_multiple_choice_partial(response: Response, expected: float) -> None:
    assert points(MULTI_PARTIAL, response) == expected


def test_partial_points_have_no_float_noise() -> None:
    question = MultipleChoice(
        id="q",
        choices=("a", "b", "c", "d"),
        answers=("a", "b", "c"),
        scoring=Scoring.PARTIAL,
        points=0.3,
    )
    assert points(question, ["a"]) == 0.1
    assert grade(question, ["a", "b", "c"]).correct


@pytest.mark.parametrize(
    ("response", "expected"), [(False, 1.0), (True, 0.0), ("False", 0.0), (0, 0.0), (0.0, 0.0)]
)
def test_true_false(response: Response, expected: float) -> None:
    assert points(TF, response) == expected


@pytest.mark.parametrize(
    ("question", "response", "expected"),
    [
        (SHORT, "Zhang Yiming", 1.0),
        (SHORT, "zhang yiming", 1.0),
        (SHORT, "ZHANG   YIMING", 1.0),
        (SHORT, "  Zhang Yiming.  ", 1.0),
        (SHORT, "Zhang Yiming .", 1.0),
        (SHORT, "Ｚｈａｎｇ Ｙｉｍｉｎｇ", 1.0),  # full-width letters, NFKC
        (SHORT, "张一鸣", 1.0),  # any accepted answer
        (SHORT, "Zhang", 0.0),
        (SHORT, "ZhangYiming", 0.0),
        (SHORT, "Zhang Yiming..", 0.0),  # only one final dot is trimmed
        (SHORT, "", 0.0),
        (SHORT, ".", 0.0),
        (SHORT_CASED, "NaCl", 1.0),
        (SHORT_CASED, "NaCl.", 1.0),
        (SHORT_CASED, "nacl", 0.0),
        (SHORT_CASED, "ＮａＣｌ", 1.0),  # NFKC still applies when case matters
    ],
)
def test_short_answer(question: ShortAnswer, response: Response, expected: float) -> None:
    assert points(question, response) == expected


def test_short_answer_folds_case_beyond_ascii() -> None:
    question = ShortAnswer(id="street", answers=("Straße",))
    assert points(question, "STRASSE") == 1.0


@pytest.mark.parametrize(
    ("question", "response", "expected"),
    [
        (NUMERIC, 25_000_000.0, 1.0),
        (NUMERIC, 25_000_000, 1.0),
        (NUMERIC, 25_000_001.0, 0.0),
        (NUMERIC, float("nan"), 0.0),
        (NUMERIC, float("inf"), 0.0),
        (NUMERIC_TOL, 0.3, 1.0),
        (NUMERIC_TOL, 0.4, 1.0),  # the edge is inclusive, although 0.4 - 0.3 > 0.1 in binary
        (NUMERIC_TOL, 0.2, 1.0),
        (NUMERIC_TOL, 0.1 + 0.2, 1.0),
        (NUMERIC_TOL, 0.35, 1.0),
        (NUMERIC_TOL, 0.41, 0.0),
        (NUMERIC_TOL, 0.19, 0.0),
        (NUMERIC_TOL, 0.4000001, 0.0),
        (NUMERIC_TOL, -0.3, 0.0),
    ],
)
def test_numeric(question: Numeric, response: Response, expected: float) -> None:
    assert points(question, response) == expected


def test_numeric_without_tolerance_needs_the_exact_number() -> None:
    question = Numeric(id="q", answer=2.5, answer_text="2.5")
    assert points(question, 2.5) == 1.0
    assert points(question, 2.5000000001) == 0.0


def test_numeric_with_a_negative_answer() -> None:
    question = Numeric(id="q", answer=-3.0, answer_text="-3", tolerance=0.5)
    assert [points(question, value) for value in (-3.5, -2.5, -2.4, 3.0)] == [1.0, 1.0, 0.0, 0.0]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("0,4", 1.0), ("0,2", 1.0), ("0.4", 1.0), ("0,41", 0.0), ("０，４", 1.0)],
)
def test_numeric_as_typed_in_an_indonesian_bank(typed: str, expected: float) -> None:
    assert points(NUMERIC_TOL, parse_number(typed, "id")) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (["founded", "launched", "acquired", "renamed"], 1.0),
        ([" founded", "launched ", "acquired", "renamed"], 1.0),
        (["launched", "founded", "acquired", "renamed"], 0.0),
        (["founded", "launched", "acquired"], 0.0),
        (["founded", "founded", "acquired", "renamed"], 0.0),
        ([], 0.0),
    ],
)
def test_ordering_all_or_nothing(response: Response, expected: float) -> None:
    assert points(ORDERING, response) == expected


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (["one", "two", "three"], 3.0),
        (["one", "three", "two"], 1.0),
        (["two", "one", "three"], 1.0),
        (["three", "one", "two"], 0.0),
        (["two", "three", "one"], 0.0),
        (["one", "one", "three"], 0.0),  # not a rearrangement of the items
        (["one", "two", "three", "four"], 0.0),
        (["one", "two"], 0.0),
    ],
)
def test_ordering_partial(response: Response, expected: float) -> None:
    assert points(ORDERING_PARTIAL, response) == expected


def test_ordering_with_repeated_items_accepts_either_copy() -> None:
    question = Ordering(id="q", items=("a", "b", "a"), scoring=Scoring.PARTIAL, points=3)
    assert points(question, ["a", "b", "a"]) == 3.0
    assert points(question, ["b", "a", "a"]) == 1.0


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (
            {"TikTok": "ByteDance", "Instagram": "Meta", "YouTube": "Google", "Xbox": "Microsoft"},
            2.0,
        ),
        ({"TikTok": "ByteDance", "Instagram": "Meta", "YouTube": "Google"}, 1.5),  # Xbox unmatched
        ({"TikTok": "Tencent", "Instagram": "Meta", "YouTube": "Google", "Xbox": "Microsoft"}, 1.5),
        (
            {"TikTok": "Meta", "Instagram": "ByteDance", "YouTube": "Google", "Xbox": "Microsoft"},
            1.0,
        ),
        ({"TikTok": "ByteDance", "Instagram": "ByteDance"}, 0.5),  # one right used twice
        ({" TikTok ": "ByteDance  ", "Nintendo": "Microsoft"}, 0.5),  # unknown left ignored
        ({"tiktok": "bytedance"}, 0.0),  # letter case kept
        ({}, 0.0),
    ],
)
def test_matching_scores_each_pair(response: Response, expected: float) -> None:
    assert points(MATCHING, response) == expected


@pytest.mark.parametrize(
    ("question", "response", "expected"),
    [
        (CLOZE, ["ByteDance", "TikTok", "2016"], 3.0),
        (CLOZE, ["bytedance ltd.", "tiktok", " 2016 "], 3.0),  # an alternative, normalised
        (CLOZE, ["Bytedance  Ltd", "TikTok", "２０１６"], 3.0),  # full-width digits
        (CLOZE, ["ByteDance", "Douyin", "2016"], 2.0),
        (CLOZE, ["ByteDance", "", ""], 1.0),
        (CLOZE, ["", "", ""], 0.0),
        (CLOZE, ["2016", "ByteDance", "TikTok"], 0.0),  # right words, wrong blanks
        (CLOZE_CASED, ["NaCl"], 1.0),
        (CLOZE_CASED, ["nacl"], 0.0),
    ],
)
def test_cloze(question: Cloze, response: Response, expected: float) -> None:
    assert points(question, response) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (SINGLE, "Jakarta"),
        (MULTI, ["TikTok", "Douyin"]),
        (TF, False),
        (SHORT, "Zhang Yiming"),
        (NUMERIC, 25_000_000.0),
        (ORDERING, ["founded", "launched", "acquired", "renamed"]),
        (
            MATCHING,
            {"TikTok": "ByteDance", "Instagram": "Meta", "YouTube": "Google", "Xbox": "Microsoft"},
        ),
        (CLOZE, ["ByteDance", "TikTok", "2016"]),
    ],
    ids=lambda value: getattr(value, "TYPE", ""),
)
def test_correct_response(question: Question, expected: Response) -> None:
    assert correct_response(question) == expected


@pytest.mark.parametrize(
    ("question", "response", "language", "expected"),
    [
        (SINGLE, "Jakarta", "en", "Jakarta"),
        (MULTI, ["Douyin", "TikTok", "Douyin"], "en", "TikTok, Douyin"),  # bank order, once each
        (MULTI, [], "en", ""),
        (TF, True, "en", "True"),
        (TF, False, "id", "False"),
        (SHORT, "zhang yiming", "en", "zhang yiming"),
        (NUMERIC, 25_000_000.0, "id", "25.000.000 users"),
        (NUMERIC, 25_000_000.0, "en", "25,000,000 users"),
        (NUMERIC_TOL, 0.4, "id", "0,4"),
        (NUMERIC_TOL, 2.0, "en", "2"),
        (ORDERING, ["launched", "founded"], "en", "launched → founded"),
        (
            MATCHING,
            {"Instagram": "Meta", "TikTok": "ByteDance", "YouTube": "Tencent"},
            "en",
            "TikTok → ByteDance; Instagram → Meta; YouTube → Tencent; Xbox → —",
        ),
        (CLOZE, ["ByteDance", "", "2016"], "en", "ByteDance; —; 2016"),
        (SINGLE, None, "en", ""),
        (NUMERIC, None, "id", ""),
        (NUMERIC, "25000000", "id", ""),  # wrong shape
    ],
)
def test_format_response(
    question: Question, response: Response, language: str, expected: str
) -> None:
    assert format_response(question, response, language=language) == expected


@pytest.mark.parametrize(
    ("text", "case_sensitive", "expected"),
    [
        ("  Hello   World.  ", False, "hello world"),
        ("Hello\u00a0\tWorld", False, "hello world"),
        ("Hello World.", True, "Hello World"),
        ("ＡＢＣ１２３", False, "abc123"),
        ("ﬁsh", False, "fish"),  # ligature, NFKC
        ("Straße", False, "strasse"),
        ("U.S.A.", False, "u.s.a"),
        ("...", False, ".."),
        ("", False, ""),
    ],
)
def test_normalize_answer(text: str, case_sensitive: bool, expected: str) -> None:
    assert normalize_answer(text, case_sensitive=case_sensitive) == expected


def test_grade_fraction() -> None:
    assert Grade(1.5, 3.0).fraction == 0.5
    assert not Grade(1.5, 3.0).correct
    assert Grade(0.0, 0.0).fraction == 0.0
