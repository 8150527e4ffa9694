"""Valid banks become the typed model: every type, settings, defaults and merge keys."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.model import (
    Bank,
    Cloze,
    Difficulty,
    Feedback,
    Matching,
    MultipleChoice,
    Numeric,
    Ordering,
    Scoring,
    Settings,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from tests.unit.banks.helpers import SINGLE, lines_of, load_text, with_questions

EVERY_TYPE = (Path(__file__).parent / "banks" / "every_type.yaml").read_text(encoding="utf-8")


def test_every_type_loads_into_its_model_class() -> None:
    result = load_text(EVERY_TYPE)
    assert result.problems == ()
    bank = result.bank
    assert isinstance(bank, Bank)
    assert (bank.id, bank.title, bank.language) == ("solar", "The solar system", "en-GB")
    assert bank.description == "Planets and moons."
    assert bank.authors == ("Ann", "Budi")
    assert bank.tags == ("space", "science")
    assert bank.reading == "The Sun is a star.  Earth is the third\nplanet from the Sun.\n"
    assert bank.settings == Settings(
        time_limit=3600,
        question_time_limit=90,
        shuffle_questions=False,
        shuffle_choices=False,
        draw=7,
        pass_mark=75.5,
        feedback=Feedback.IMMEDIATE,
        max_attempts=3,
    )
    third, giants, star, red, moons, order, capitals, blank = bank.questions
    assert third == SingleChoice(
        id="third",
        prompt="Which planet is third from the Sun?",
        points=2.0,
        time_limit=60,
        explanation="Mercury, Venus, **Earth**.",
        source="Earth is the third planet from the Sun.",
        tags=("planets",),
        difficulty=Difficulty.EASY,
        choices=("Venus", "Earth", "Mars"),
        answer="Earth",  # the choice as written, matched after white-space folding
    )
    assert giants == MultipleChoice(
        id="giants",
        prompt="Which are gas giants?",
        choices=("Jupiter", "Saturn", "Mars"),
        answers=("Saturn", "Jupiter"),
        scoring=Scoring.PARTIAL,
    )
    assert star == TrueFalse(id="star", prompt="The Sun is a star.", answer=True)
    assert red == ShortAnswer(
        id="red",
        prompt="Which planet is called red?",
        answers=("Mars", "the red planet"),
        case_sensitive=True,
    )
    assert moons == Numeric(
        id="moons",
        prompt="How many moons has Mars?",
        answer=2.0,
        answer_text="2",
        tolerance=0.5,
        unit="moons",
    )
    assert order == Ordering(
        id="order",
        prompt="Order by distance from the Sun.",
        items=("Mercury", "Venus", "Earth"),
        scoring=Scoring.ALL_OR_NOTHING,
    )
    assert capitals == Matching(
        id="capitals",
        prompt="Match the moon to its planet.",
        pairs=(("Moon", "Earth"), ("Phobos", "Mars")),
        distractors=("Venus",),
    )
    assert blank == Cloze(
        id="blank",
        text="The Sun is a {{star|yellow dwarf}}.",
        parts=("The Sun is a ", "."),
        blanks=(("star", "yellow dwarf"),),
    )


def test_defaults_when_optional_keys_are_left_out() -> None:
    bank = load_text(with_questions(SINGLE)).bank
    assert bank is not None
    assert bank.language == "en"
    assert bank.settings == Settings()
    assert bank.reading is None
    assert bank.questions[0].points == 1.0


def test_short_answer_takes_one_answer_as_answer() -> None:
    text = with_questions("id: red\ntype: short_answer\nprompt: Red planet?\nanswer: Mars")
    bank = load_text(text).bank
    assert bank is not None
    assert bank.questions[0] == ShortAnswer(id="red", prompt="Red planet?", answers=("Mars",))


def test_matching_pairs_as_a_list_of_pairs_keeps_their_order() -> None:
    text = with_questions(
        "id: m\ntype: matching\nprompt: Match.\npairs:\n  - [2012, founded]\n  - [2016, Douyin]"
    )
    bank = load_text(text).bank
    assert bank is not None
    question = bank.questions[0]
    assert isinstance(question, Matching)
    assert question.pairs == (("2012", "founded"), ("2016", "Douyin"))


def test_matching_allows_two_left_sides_with_the_same_right_side() -> None:
    text = with_questions(
        "id: m\ntype: matching\nprompt: Which class?\n"
        "pairs: {dog: mammal, cat: mammal, eagle: bird}"
    )
    assert lines_of(text) == []


def test_the_reading_quote_is_found_after_white_space_folding() -> None:
    reading = "reading: |\n  Earth   is the\n  third planet.\n"
    text = with_questions(SINGLE + "source: Earth is the third planet.") + reading
    assert lines_of(text) == []


# --- merge keys ------------------------------------------------------------------------------

MERGED = """\
format: quizapp/1
id: merged
title: Merge keys
defaults: &choice
  type: single_choice
  prompt: Which one?
  points: 2
questions:
  - <<: *choice
    id: q1
    choices: [a, b]
    answer: a
    points: 3
"""


def test_merge_keys_fill_in_and_explicit_keys_win_without_a_duplicate_error() -> None:
    text = with_questions(
        "<<: {type: single_choice, prompt: Which one?, points: 2}\n"
        "id: q1\nchoices: [a, b]\nanswer: a\npoints: 3"
    )
    result = load_text(text)
    assert result.problems == ()
    assert result.bank is not None
    question = result.bank.questions[0]
    assert isinstance(question, SingleChoice)
    assert (question.prompt, question.points) == ("Which one?", 3.0)


def test_a_mapping_anchored_under_an_unknown_key_is_that_keys_error_only() -> None:
    assert lines_of(MERGED) == [
        'bank.yaml:4:1: error: top level: unknown key "defaults" (known keys: format, id, '
        "title, language, description, authors, tags, reading, settings, questions)"
    ]


def test_a_list_of_merges_earlier_wins() -> None:
    text = with_questions(
        "<<: [{prompt: First, points: 2}, {prompt: Second, explanation: Why}]\n"
        "id: q\ntype: true_false\nanswer: true"
    )
    bank = load_text(text).bank
    assert bank is not None
    question = bank.questions[0]
    assert (question.prompt, question.points, question.explanation) == ("First", 2.0, "Why")


def test_questions_sharing_settings_through_anchors_and_merges() -> None:
    text = with_questions(
        "id: q1\ntype: true_false\nprompt: &p Is it so?\nanswer: true\n"
        "<<: &common {points: 2, difficulty: hard}",
        "id: q2\ntype: true_false\nprompt: *p\nanswer: false\n<<: *common",
    )
    bank = load_text(text).bank
    assert bank is not None
    assert [(q.prompt, q.points, q.difficulty) for q in bank.questions] == [
        ("Is it so?", 2.0, Difficulty.HARD),
        ("Is it so?", 2.0, Difficulty.HARD),
    ]


def test_a_problem_in_a_shared_node_is_reported_once_per_question_that_uses_it() -> None:
    text = with_questions(
        "id: q1\ntype: ordering\nprompt: Order\nitems: &items [a, b, a]",
        "id: q2\ntype: ordering\nprompt: Order\nitems: *items",
    )
    assert lines_of(text) == [
        'bank.yaml:8:26: error: question "q1": items item 3: "a" repeats item 1 (line 8)',
        'bank.yaml:8:26: error: question "q2": items item 3: "a" repeats item 1 (line 8)',
    ]
