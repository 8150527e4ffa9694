"""Reading GIFT: every form of Moodle's documentation, into the bank's types."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from quizapp.bank.loader import load_bank_bytes
from quizapp.bank.yaml_writer import dump_bank
from quizapp.interop.conversion import Conversion
from quizapp.interop.gift import read_gift

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str) -> Conversion:
    return read_gift((FIXTURES / name).read_text(encoding="utf-8"), source_name=name)


@pytest.fixture(scope="module")
def every_form() -> Conversion:
    return read("every-form.gift")


def question(conversion: Conversion, question_id: str) -> dict[str, Any]:
    assert conversion.bank is not None
    return next(q for q in conversion.bank["questions"] if q["id"] == question_id)


def lines(conversion: Conversion, path: str = "f.gift") -> list[str]:
    return [problem.format(path) for problem in conversion.problems]


def test_every_documented_form_makes_a_valid_bank(every_form: Conversion) -> None:
    assert every_form.bank is not None
    assert not every_form.refused
    loaded = load_bank_bytes(dump_bank(every_form.bank).encode(), base_dir=None)
    assert loaded.bank is not None
    assert len(loaded.bank.questions) == 24  # every question but the essay and the description
    assert every_form.bank["id"] == "every-form"
    assert every_form.bank["title"] == "Civics"  # the first $CATEGORY


def test_multiple_choice_with_tilde_and_equals(every_form: Conversion) -> None:
    assert question(every_form, "grant-s-tomb") == {
        "id": "grant-s-tomb",
        "type": "single_choice",
        "prompt": "Who's buried in Grant's tomb?",
        "choices": ["Grant", "Jefferson", "no one"],
        "answer": "no one",
        "tags": ["Civics"],
    }


def test_missing_word_choice_keeps_the_blank_in_the_sentence(every_form: Conversion) -> None:
    found = question(every_form, "the-american-holiday-of-thanksgiving-is")
    assert found["type"] == "single_choice"
    assert found["prompt"].replace("\\", "") == (
        "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November."
    )
    assert found["answer"] == "fourth"


def test_missing_word_short_answer_becomes_a_cloze(every_form: Conversion) -> None:
    found = question(every_form, "two-plus-two-equals-four-4-in-every-base")
    assert found["type"] == "cloze"
    assert found["text"] == "Two plus two equals {{four|4}} in every base above four."


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [("sun", True), ("moon", False), ("truth-long", True), ("fact-f", False)],
)
def test_true_false_in_all_four_spellings(
    every_form: Conversion, question_id: str, answer: bool
) -> None:
    found = question(every_form, question_id)
    assert found["type"] == "true_false"
    assert found["answer"] is answer


def test_true_false_feedback_is_labelled_with_the_answer_it_is_for(every_form: Conversion) -> None:
    explanation = question(every_form, "moon")["explanation"]
    assert "- true: Wrong: the Moon is a satellite." in explanation
    assert "- false: Right: it is a satellite." in explanation


def test_short_answers_with_and_without_equals(every_form: Conversion) -> None:
    assert question(every_form, "nobody")["answers"] == ["no one", "nobody"]
    assert question(every_form, "single-short")["answers"] == ["blue"]


@pytest.mark.parametrize(
    ("question_id", "answer", "tolerance"),
    [("born", 1822, 5), ("pi", 3.14159, 0.0005), ("range", 3.1415, 0.0005)],
)
def test_numeric_answers_margins_and_ranges(
    every_form: Conversion, question_id: str, answer: float, tolerance: float
) -> None:
    found = question(every_form, question_id)
    assert found["type"] == "numeric"
    assert found["answer"] == answer
    assert found["tolerance"] == tolerance


def test_several_numeric_answers_keep_the_full_one_and_say_so(every_form: Conversion) -> None:
    found = question(every_form, "several-numbers")
    assert found["answer"] == 1822
    assert "tolerance" not in found
    assert any(
        '"Several numbers": partial credit for "1822:2"' in line for line in lines(every_form)
    )


def test_matching_with_a_distractor(every_form: Conversion) -> None:
    found = question(every_form, "capitals")
    assert found["pairs"][0] == ["Canada", "Ottawa"]
    assert found["pairs"][3] == ["India", "New Delhi"]
    assert found["distractors"] == ["Canberra"]


def test_multiple_answers_whose_weights_fit_keep_them_silently(every_form: Conversion) -> None:
    found = question(every_form, "weighted")
    assert found["type"] == "multiple_choice"
    assert found["answers"] == ["Mars", "Venus"]
    assert found["scoring"] == "partial"
    assert not any('"Weighted"' in line for line in lines(every_form))


def test_weights_the_bank_cannot_hold_are_warnings_naming_the_question(
    every_form: Conversion,
) -> None:
    found = lines(every_form, "every-form.gift")
    assert any(
        line.startswith("every-form.gift:56:1: warning: ")
        and '"Negative weights": the weights cannot be kept' in line
        for line in found
    )
    assert any('"Partial": partial credit for "Sydney"' in line for line in found)
    assert question(every_form, "partial")["answer"] == "Canberra"


def test_general_and_per_answer_feedback_go_into_the_explanation(every_form: Conversion) -> None:
    explanation = question(every_form, "feedback")["explanation"]
    assert explanation.startswith("The general feedback.\n\n")
    assert "- right answer: Very good!" in explanation
    assert any('"Feedback": feedback for particular answers' in line for line in lines(every_form))


def test_escapes(every_form: Conversion) -> None:
    found = question(every_form, "escapes")
    assert found["prompt"] == "Which of these is written {in braces} with a = and a ~ and a #?"
    assert found["choices"] == ["a colon: like this", "a backslash \\ here"]


def test_text_formats(every_form: Conversion) -> None:
    markdown = question(every_form, "markdown")["prompt"]
    assert markdown.startswith("The *American holiday of Thanksgiving* is celebrated")
    html = question(every_form, "html")
    assert html["prompt"] == "Which planet is **largest**?"  # the script and picture are gone
    assert html["choices"] == ["Jupiter", "Mars"]
    assert question(every_form, "plain")["prompt"] == "Is 2\\*3 equal to 6?"
    assert question(every_form, "moodle-format")["prompt"] == (
        "Which is the odd one out?\nCount carefully."
    )
    assert any('"HTML": pictures cannot come through GIFT' in line for line in lines(every_form))


def test_categories_become_tags(every_form: Conversion) -> None:
    assert question(every_form, "grant-s-tomb")["tags"] == ["Civics"]
    assert question(every_form, "html")["tags"] == ["Astronomy"]


def test_essays_and_descriptions_are_left_out_with_a_warning(every_form: Conversion) -> None:
    found = lines(every_form, "every-form.gift")
    assert any('"Essay": an essay question' in line and "warning" in line for line in found)
    assert any('"Intro": text without answers' in line for line in found)


def test_malformed_questions_are_errors_at_their_place() -> None:
    conversion = read("broken.gift")
    assert conversion.refused
    assert conversion.bank is None
    assert lines(conversion, "broken.gift") == [
        'broken.gift:1:33: error: question "Unclosed brace": the answers opened with "{" are '
        'never closed with "}" (a blank line ends a question; a literal brace is written \\{)',
        'broken.gift:5:22: error: question "Too few": a choice question needs at least two '
        "answers, found 1",
        'broken.gift:7:29: error: question "Bad weight": "%fifty%" is not a weight; write a '
        "percentage from -100 to 100 between % signs, such as %50%",
        'broken.gift:9:27: error: question "Bad number": "twelve" is not a number; write 1.5, '
        "1.5:0.1 (with a margin) or 1..2 (a range)",
        'broken.gift:11:35: error: question "No arrow": a matching pair is written '
        '"=left -> right", found "c d"',
    ]


def test_a_windows_file_with_a_byte_order_mark_and_crlf_reads() -> None:
    conversion = read_gift("\ufeff::Q::Is it?{T}\r\n\r\n::R::Or?{F}\r\n", source_name="w.gift")
    assert conversion.bank is not None
    assert [q["answer"] for q in conversion.bank["questions"]] == [True, False]


def test_what_the_validator_refuses_is_placed_at_the_gift_question() -> None:
    text = "::A::First?{T}\n\n::Dup::Pick {=same ~same}\n"
    conversion = read_gift(text, source_name="d.gift")
    assert conversion.refused
    assert any(line.startswith("d.gift:3:1: error: ") for line in lines(conversion, "d.gift"))


def test_a_file_without_questions_is_an_error() -> None:
    conversion = read_gift("// only a comment\n", source_name="e.gift")
    assert conversion.refused
    assert lines(conversion, "e.gift")[0].startswith(
        "e.gift:1:1: error: the file holds no questions"
    )


def test_short_answer_wildcards_are_a_warning() -> None:
    conversion = read_gift("::W::Name a planet {=Jup*}\n", source_name="w.gift")
    assert any('"W": "Jup*" holds "*"' in line for line in lines(conversion))


def test_more_forms_numeric_wrong_feedback_category_in_a_block_and_new_lines() -> None:
    text = (
        "$CATEGORY: Maths\n"
        "::N::How much is 2+2?{#=4 ~#Count again.}\n"
        "\n"
        "::Lines::First line\\nsecond line{T}\n"
    )
    conversion = read_gift(text, source_name="m.gift")
    assert conversion.bank is not None
    number, lines_question = conversion.bank["questions"]
    assert number["answer"] == 4
    assert number["tags"] == ["Maths"]
    assert number["explanation"] == "- other answers: Count again."
    assert lines_question["prompt"] == "First line\nsecond line"


def test_structural_mistakes_are_named() -> None:
    text = (
        "::Open title Is this?{T}\n\n"
        "::Two::One {=a ~b} and two {=c ~d}\n\n"
        "::Nested::One {=a {b} ~c}\n\n"
        "::Before::Which? {text =a ~b}\n"
    )
    found = lines(read_gift(text, source_name="s.gift"), "s.gift")
    assert found[0].startswith('s.gift:1:1: error: question 1: the title opened with "::"')
    assert found[1].startswith('s.gift:3:28: error: question "Two": a second set of answers')
    assert found[2].startswith('s.gift:5:19: error: question "Nested": "{" inside the answers')
    assert found[3].startswith('s.gift:7:19: error: question "Before": "text" comes before')
