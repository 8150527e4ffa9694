"""Any text a teacher writes survives YAML -> GIFT -> YAML: GIFT's special characters,
HTML's, Markdown's and Moodle's wildcard are all escaped on the way out."""

from __future__ import annotations

import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.loader import load_bank_bytes
from quizapp.bank.markdown import render_markdown
from quizapp.bank.model import Bank
from quizapp.bank.textnorm import fold_whitespace
from quizapp.bank.yaml_writer import dump_bank
from quizapp.interop.bank_data import bank_data
from quizapp.interop.gift import read_gift, write_gift

PIECES = st.sampled_from(
    [*"ab Z09~=#{}:\\<>&*_`%|-.!?'\"", "->", "::", "####", "&amp;", "<b>", "%50%", "é", "中"]
)
TEXT = st.lists(PIECES, min_size=1, max_size=12).map("".join).map(fold_whitespace).filter(bool)


def bank_of(question: dict[str, Any]) -> Bank | None:
    data = {"format": "quizapp/1", "id": "fuzz", "title": "Fuzz", "questions": [question]}
    return load_bank_bytes(dump_bank(data).encode(), base_dir=None).bank


def round_trip(bank: Bank) -> dict[str, Any]:
    text, _ = write_gift(bank)
    back = read_gift(text, source_name="fuzz.gift")
    assert not back.refused, (text, [p.message for p in back.problems])
    assert back.bank is not None
    returned = load_bank_bytes(dump_bank(back.bank).encode(), base_dir=None).bank
    assert returned is not None
    return seen(bank_data(returned)["questions"][0])


def seen(question: dict[str, Any]) -> dict[str, Any]:
    return {
        key: render_markdown(value) if key in ("prompt", "explanation") else value
        for key, value in question.items()
    }


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(prompt=TEXT, choices=st.lists(TEXT, min_size=2, max_size=4, unique_by=str.casefold))
def test_single_choice_texts_survive(prompt: str, choices: list[str]) -> None:
    bank = bank_of(
        {
            "id": "q",
            "type": "single_choice",
            "prompt": prompt,
            "choices": choices,
            "answer": choices[0],
            "explanation": prompt,
        }
    )
    if bank is None:
        return  # not a valid bank to begin with (a choice that folds to another)
    assert round_trip(bank) == seen(bank_data(bank)["questions"][0])


@FUZZ
@given(
    prompt=TEXT,
    answers=st.lists(
        # What Moodle reads as a weight or a pair cannot be a short answer in GIFT.
        TEXT.filter(lambda t: not re.match(r"\s*%[^%]*%", t) and "->" not in t),
        min_size=1,
        max_size=3,
        unique_by=str.casefold,
    ),
)
def test_short_answers_survive(prompt: str, answers: list[str]) -> None:
    bank = bank_of({"id": "q", "type": "short_answer", "prompt": prompt, "answers": answers})
    if bank is None:
        return
    assert round_trip(bank) == seen(bank_data(bank)["questions"][0])


@FUZZ
@given(
    prompt=TEXT,
    lefts=st.lists(TEXT.filter(lambda t: "->" not in t), min_size=2, max_size=3, unique=True),
    rights=st.lists(TEXT, min_size=3, max_size=3),
)
def test_matching_pairs_survive(prompt: str, lefts: list[str], rights: list[str]) -> None:
    pairs = [[left, right] for left, right in zip(lefts, rights, strict=False)]
    bank = bank_of({"id": "q", "type": "matching", "prompt": prompt, "pairs": pairs})
    if bank is None:
        return
    assert round_trip(bank) == seen(bank_data(bank)["questions"][0])


@FUZZ
@given(
    prompt=TEXT,
    choices=st.lists(TEXT, min_size=2, max_size=5, unique_by=str.casefold),
    right=st.integers(min_value=1, max_value=4),
)
def test_multiple_choice_survives(prompt: str, choices: list[str], right: int) -> None:
    answers = choices[: min(right, len(choices))]
    bank = bank_of(
        {
            "id": "q",
            "type": "multiple_choice",
            "prompt": prompt,
            "choices": choices,
            "answers": answers,
            "scoring": "partial",
        }
    )
    if bank is None:
        return
    assert round_trip(bank) == seen(bank_data(bank)["questions"][0])


@FUZZ
@given(
    answer=st.decimals(min_value=-1e6, max_value=1e6, places=3, allow_nan=False),
    tolerance=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
    statement=st.booleans(),
)
def test_numbers_and_true_false_survive(answer: Any, tolerance: Any, statement: bool) -> None:
    for question in (
        {"id": "n", "type": "numeric", "prompt": "How much?", "answer": float(answer)},
        {"id": "t", "type": "true_false", "prompt": "Is it?", "answer": statement},
    ):
        if question["type"] == "numeric" and tolerance:
            question["tolerance"] = float(tolerance)
        bank = bank_of(question)
        assert bank is not None
        assert round_trip(bank) == seen(bank_data(bank)["questions"][0])


@FUZZ
@given(
    before=TEXT,
    after=TEXT,
    answers=st.lists(
        TEXT.filter(
            lambda t: (
                not re.match(r"\s*%[^%]*%", t) and "->" not in t and not {"|", "{", "}"} & set(t)
            )
        ),
        min_size=1,
        max_size=3,
        unique_by=str.casefold,
    ),
    gaps=st.tuples(st.booleans(), st.booleans()),
)
def test_a_cloze_with_one_blank_survives(
    before: str, after: str, answers: list[str], gaps: tuple[bool, bool]
) -> None:
    gap_before, gap_after = (" " if gap else "" for gap in gaps)
    blank = "{{" + "|".join(answers) + "}}"
    text = f"{before}{gap_before}{blank}{gap_after}{after}".replace("{{", "\\{{")
    text = text.replace("\\{{" + "|".join(answers), "{{" + "|".join(answers), 1)
    bank = bank_of({"id": "c", "type": "cloze", "text": text})
    if bank is None:
        return
    assert round_trip(bank) == seen(bank_data(bank)["questions"][0])
