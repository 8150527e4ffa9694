"""No question of a shipped bank shows the answer of another one.

With ``draw`` a student meets the questions in any order and any mix, so a
prompt, a cloze's text or the words of a picture that contain another
question's accepted answer hand that answer over. A machine can check whole
words and numbers of four characters or more; a teacher still reads the banks
for paraphrases (see tests/content/helpers.py for what counts as an answer).
"""

from __future__ import annotations

import textwrap

import pytest

from quizapp.bank.loader import load_bank_bytes
from tests.content.helpers import (
    SHIPPED,
    SHIPPED_PAIR,
    contains_whole,
    giveaways,
    loaded,
    picture_texts_by_file,
)


@pytest.mark.parametrize("name", SHIPPED_PAIR)
def test_no_prompt_or_picture_shows_another_questions_answer(name: str) -> None:
    bank = loaded(SHIPPED / name)
    assert giveaways(bank, picture_texts_by_file(bank.language)) == []


@pytest.mark.parametrize("name", SHIPPED_PAIR)
def test_every_picture_of_a_bank_is_drawn_by_the_script(name: str) -> None:
    bank = loaded(SHIPPED / name)
    pictures = picture_texts_by_file(bank.language)
    assert {q.image for q in bank.questions if q.image} <= set(pictures)
    for image in pictures:
        assert (SHIPPED / image).is_file(), f"run scripts/make_bank_images.py: {image} is missing"


TWO_QUESTIONS = """\
format: quizapp/1
id: check
title: Check
questions:
  - id: year
    type: numeric
    prompt: In which year was the company founded?
    answer: 2012
  - id: founder
    type: single_choice
    prompt: {prompt}
    choices: [Zhang Yiming, Lei Jun]
    answer: Zhang Yiming
"""


def check(prompt: str) -> list[str]:
    text = TWO_QUESTIONS.format(prompt=prompt)
    result = load_bank_bytes(textwrap.dedent(text).encode("utf-8"), base_dir=None)
    assert result.bank is not None, result.problems
    return giveaways(result.bank, {})


def test_a_prompt_that_names_another_answer_is_caught() -> None:
    assert check("Who founded ByteDance in 2012?") == [
        "check: the prompt of 'founder' shows '2012', an answer of 'year'"
    ]
    assert check("Was it Zhang Yiming who founded ByteDance?") == []  # its own answer


def test_a_prompt_without_another_answer_passes() -> None:
    assert check("Who founded ByteDance?") == []
    assert check("Who founded ByteDance in 20120?") == []  # not the number 2012


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("founded in 2012.", "2012", True),
        ("US$25,000,000 in all", "25,000,000", True),
        ("about 25.000.000 dolar", "25.000.000", True),
        ("the year 12012", "2012", False),
        ("2012.5 is not a year", "2012", False),
        ("The Commerce Department", "commerce", True),
        ("ecommerce sites", "commerce", False),
        ("a Tech War indeed", "tech war", True),
    ],
)
def test_answers_are_matched_as_whole_words_and_numbers(
    text: str, phrase: str, found: bool
) -> None:
    assert contains_whole(text, phrase) is found
