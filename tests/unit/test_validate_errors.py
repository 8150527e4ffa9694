"""One test per kind of format error: its line, its column and its message.

The first question of ``with_questions`` starts at line 5, its keys at
column 5 (see tests/unit/banks/helpers.py).
"""

from __future__ import annotations

import pytest

from tests.unit.banks.helpers import HEAD, SINGLE, lines_of, load_text, with_questions

BANK = with_questions(SINGLE)


def test_the_reference_bank_is_valid() -> None:
    assert lines_of(BANK) == []


# --- the top level ---------------------------------------------------------------------------


def test_missing_top_level_keys_are_placed_at_the_first_line_of_the_mapping() -> None:
    text = "# Solar system quiz\nformat: quizapp/1\nid: solar\n"
    assert lines_of(text) == [
        'bank.yaml:2:1: error: top level: missing required key "title"',
        'bank.yaml:2:1: error: top level: missing required key "questions"',
    ]


def test_an_unknown_top_level_key_gets_a_did_you_mean() -> None:
    assert lines_of(BANK + "descripton: Planets\n") == [
        'bank.yaml:10:1: error: top level: unknown key "descripton" (did you mean "description"?)'
    ]


def test_an_unknown_key_with_nothing_close_lists_the_known_keys() -> None:
    assert lines_of(BANK + "colour: red\n") == [
        'bank.yaml:10:1: error: top level: unknown key "colour" (known keys: format, id, title, '
        "language, description, authors, tags, reading, settings, questions)"
    ]


def test_a_duplicate_key_is_reported_at_its_second_occurrence() -> None:
    assert lines_of(BANK + "title: Planets again\n") == [
        'bank.yaml:10:1: error: top level: the key "title" appears a second time (first at '
        "line 3); each key may appear once"
    ]


def test_an_unknown_format_names_the_versions_read_and_stops_there() -> None:
    text = BANK.replace("format: quizapp/1", "format: quizapp/2") + "colour: red\n"
    assert lines_of(text) == [
        'bank.yaml:1:9: error: format: this app reads "quizapp/1", found "quizapp/2"'
    ]


def test_a_missing_format_is_reported_and_the_rest_still_checked() -> None:
    text = BANK.replace("format: quizapp/1\n", "").replace("answer: Earth", "answer: Pluto")
    assert lines_of(text) == [
        'bank.yaml:1:1: error: top level: missing required key "format"',
        'bank.yaml:8:13: error: question "planet": answer: "Pluto" is not one of the choices '
        '("Venus", "Earth", "Mars")',
    ]


def test_a_bank_id_that_is_not_a_slug_suggests_one() -> None:
    assert lines_of(BANK.replace("id: solar", "id: Solar System")) == [
        'bank.yaml:2:5: error: id: expected an id of lowercase letters, digits and "-" that '
        'starts with a letter or digit (at most 64 characters), found "Solar System" '
        '(for example "solar-system")'
    ]


def test_a_question_id_that_is_not_a_slug_suggests_one() -> None:
    assert lines_of(BANK.replace("id: planet", "id: Planet 3")) == [
        'bank.yaml:5:9: error: question "Planet 3": id: expected an id of lowercase letters, '
        'digits and "-" that starts with a letter or digit (at most 64 characters), found '
        '"Planet 3" (for example "planet-3")'
    ]


@pytest.mark.parametrize("language", ["en", "id", "zh-Hans", "en-GB", "sr-Latn-RS", "es-419"])
def test_bcp47_language_tags_are_accepted(language: str) -> None:
    bank = load_text(BANK + f"language: {language}\n").bank
    assert bank is not None
    assert bank.language == language


def test_an_empty_title_is_an_error() -> None:
    assert lines_of(BANK.replace("title: Solar system", 'title: "  "')) == [
        "bank.yaml:3:8: error: title: must not be empty"
    ]


def test_a_missing_value_is_nothing_not_text() -> None:
    assert lines_of(BANK.replace("title: Solar system", "title:")) == [
        "bank.yaml:3:7: error: title: expected text, found nothing (an empty value)"
    ]


def test_a_language_that_is_not_a_bcp47_tag() -> None:
    assert lines_of(BANK + "language: en_GB\n") == [
        'bank.yaml:10:11: error: language: expected a BCP 47 language tag such as "en", "id" '
        'or "zh-Hans", found "en_GB"'
    ]


def test_authors_must_be_a_list_and_tags_items_text() -> None:
    assert lines_of(BANK + "authors: Ann\ntags: [space, [planets]]\n") == [
        'bank.yaml:10:10: error: authors: expected a list, found "Ann"',
        "bank.yaml:11:15: error: tags item 2: expected text, found a list",
    ]


def test_an_empty_question_list_is_an_error() -> None:
    assert lines_of(HEAD + "questions: []\n") == [
        "bank.yaml:4:12: error: questions: the list is empty; a bank needs at least one question"
    ]


def test_questions_must_be_a_list() -> None:
    assert lines_of(HEAD + "questions:\n  planet: Earth\n") == [
        "bank.yaml:5:3: error: questions: expected a list, found a mapping"
    ]


def test_a_key_must_be_text() -> None:
    assert lines_of(BANK + "? [a, b]\n: c\n") == [
        "bank.yaml:10:3: error: top level: a key must be plain text, found a list"
    ]


# --- settings -------------------------------------------------------------------------------


def settings(*lines: str) -> str:
    return BANK + "settings:\n" + "".join(f"  {line}\n" for line in lines)


def test_an_unknown_setting_gets_a_did_you_mean() -> None:
    assert lines_of(settings("time_limt: 10m")) == [
        'bank.yaml:11:3: error: settings: unknown key "time_limt" (did you mean "time_limit"?)'
    ]


def test_draw_larger_than_the_bank() -> None:
    assert lines_of(settings("draw: 4")) == [
        "bank.yaml:11:9: error: settings.draw: 4 is larger than the bank (1 questions)"
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "pass_mark: 150",
            "bank.yaml:11:14: error: settings.pass_mark: expected a percentage from 0 to 100, "
            "found 150",
        ),
        (
            "feedback: immediately",
            'bank.yaml:11:13: error: settings.feedback: expected one of "immediate", "at_end", '
            '"never", found "immediately" (did you mean "immediate"?)',
        ),
        (
            "max_attempts: 0",
            "bank.yaml:11:17: error: settings.max_attempts: expected a whole number from 1 to "
            "1,000,000,000, found 0",
        ),
        (
            "draw: 1.5",
            "bank.yaml:11:9: error: settings.draw: expected a whole number from 1 to "
            "1,000,000,000, found 1.5",
        ),
        (
            "shuffle_choices: no",
            'bank.yaml:11:20: error: settings.shuffle_choices: expected true or false, found "no" '
            "(only true and false are read as booleans)",
        ),
        (
            "question_time_limit: 1:30",
            "bank.yaml:11:24: error: settings.question_time_limit: expected a duration: whole "
            'seconds (600) or "90s", "10m", "1h30m", "1h 30m 15s" (hours, minutes, seconds, in '
            'that order; at least one second), found "1:30"',
        ),
    ],
)
def test_a_setting_of_the_wrong_form(line: str, expected: str) -> None:
    assert lines_of(settings(line)) == [expected]


def test_settings_must_be_a_mapping() -> None:
    assert lines_of(BANK + "settings: [draw]\n") == [
        "bank.yaml:10:11: error: settings: expected a mapping of keys, found a list"
    ]


# --- questions: keys and shapes -------------------------------------------------------------


def test_a_question_that_is_not_a_mapping() -> None:
    assert lines_of(HEAD + "questions:\n  - Which planet is third?\n") == [
        'bank.yaml:5:5: error: question 1: expected a mapping of keys, found "Which planet is '
        'third?"'
    ]


def test_a_question_without_an_id_is_named_by_its_position() -> None:
    text = with_questions(SINGLE, SINGLE.replace("id: planet\n", "").replace("Earth\n", "Mars\n"))
    assert lines_of(text) == ['bank.yaml:10:5: error: question 2: missing required key "id"']


def test_a_missing_type_still_checks_keys_against_every_type() -> None:
    text = with_questions("id: planet\nprompt: Which?\nchoices: [Venus, Earth]\nanwser: Earth")
    assert lines_of(text) == [
        'bank.yaml:5:5: error: question "planet": missing required key "type"',
        'bank.yaml:8:5: error: question "planet": unknown key "anwser" (did you mean "answer"?)',
    ]


def test_an_unknown_type_lists_the_types_and_suggests_one() -> None:
    text = BANK.replace("type: single_choice", "type: single-choice")
    assert lines_of(text) == [
        'bank.yaml:6:11: error: question "planet": type: unknown question type "single-choice"; '
        "the types are single_choice, multiple_choice, true_false, short_answer, numeric, "
        'ordering, matching, cloze (did you mean "single_choice"?)'
    ]


def test_a_missing_type_specific_key() -> None:
    text = BANK.replace("answer: Earth\n", "")
    assert lines_of(text) == [
        'bank.yaml:5:5: error: question "planet": missing required key "answer"'
    ]


def test_an_unknown_question_key_gets_a_did_you_mean() -> None:
    assert lines_of(BANK + "    explanaton: Earth is third.\n") == [
        'bank.yaml:10:5: error: question "planet": unknown key "explanaton" (did you mean '
        '"explanation"?)'
    ]


def test_a_key_of_another_type_is_unknown_for_this_one() -> None:
    assert lines_of(BANK + "    tolerance: 1\n") == [
        'bank.yaml:10:5: error: question "planet": unknown key "tolerance" (known keys: id, '
        "type, prompt, points, time_limit, explanation, source, tags, difficulty, image, "
        "image_alt, choices, answer)"
    ]


def test_a_duplicate_key_in_a_question() -> None:
    assert lines_of(BANK + "    answer: Mars\n") == [
        'bank.yaml:10:5: error: question "planet": the key "answer" appears a second time '
        "(first at line 9); each key may appear once"
    ]


def test_a_duplicate_question_id_is_reported_at_the_second() -> None:
    assert lines_of(with_questions(SINGLE, SINGLE)) == [
        'bank.yaml:10:9: error: question "planet": id: the question id "planet" is already '
        "used at line 5"
    ]


def test_an_answer_not_among_the_choices() -> None:
    assert lines_of(BANK.replace("answer: Earth", "answer: Mars ")) == []
    assert lines_of(BANK.replace("answer: Earth", "answer: Jupiter")) == [
        'bank.yaml:9:13: error: question "planet": answer: "Jupiter" is not one of the choices '
        '("Venus", "Earth", "Mars")'
    ]


def test_a_duplicate_choice_is_reported_at_its_second_occurrence() -> None:
    text = BANK.replace("[Venus, Earth, Mars]", '[Venus, Earth, "Earth  "]')
    assert lines_of(text) == [
        'bank.yaml:8:29: error: question "planet": choices item 3: "Earth  " repeats item 2 '
        "(line 8)"
    ]


def test_too_few_and_too_many_choices() -> None:
    one = BANK.replace("[Venus, Earth, Mars]", "[Earth]")
    many = BANK.replace(
        "[Venus, Earth, Mars]", "[" + ", ".join(f"c{i}" for i in range(26)) + ", Earth]"
    )
    assert lines_of(one) == [
        'bank.yaml:8:14: error: question "planet": choices: expected at least 2 items, found 1'
    ]
    assert lines_of(many) == [
        'bank.yaml:8:14: error: question "planet": choices: expected at most 26 items, found 27'
    ]


def test_answer_and_answers_together_are_an_error_at_the_later() -> None:
    assert lines_of(BANK + "    answers: [Earth]\n") == [
        'bank.yaml:10:5: error: question "planet": a question has "answer" or "answers", not both'
    ]


def test_answers_on_a_one_answer_type_and_answer_on_multiple_choice() -> None:
    one = BANK.replace("answer: Earth", "answers: [Earth]")
    many = BANK.replace("single_choice", "multiple_choice")
    assert lines_of(one) == [
        'bank.yaml:5:5: error: question "planet": missing required key "answer"',
        'bank.yaml:9:5: error: question "planet": answers: a single_choice question has one '
        'right answer, written as "answer"',
    ]
    assert lines_of(many) == [
        'bank.yaml:5:5: error: question "planet": missing required key "answers"',
        'bank.yaml:9:5: error: question "planet": answer: a multiple_choice question lists its '
        'right answers as "answers"',
    ]


def test_points_that_are_not_a_number_name_the_question_by_position() -> None:
    unnamed = SINGLE.replace("id: planet\n", "id:\n") + "points: two\n"
    text = with_questions(unnamed)
    assert lines_of(text) == [
        "bank.yaml:5:8: error: question 1: id: expected text, found nothing (an empty value)",
        'bank.yaml:10:13: error: question 1: points: expected a number greater than 0, found "two"',
    ]


def test_an_empty_prompt() -> None:
    assert lines_of(BANK.replace("prompt: Which planet is third from the Sun?", "prompt: ''")) == [
        'bank.yaml:7:13: error: question "planet": prompt: must not be empty'
    ]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (
            "difficulty: Hard",
            'bank.yaml:10:17: error: question "planet": difficulty: expected one of "easy", '
            '"medium", "hard", found "Hard" (did you mean "hard"?)',
        ),
        (
            "time_limit: 1.5h",
            'bank.yaml:10:17: error: question "planet": time_limit: expected a duration: whole '
            'seconds (600) or "90s", "10m", "1h30m", "1h 30m 15s" (hours, minutes, seconds, in '
            'that order; at least one second), found "1.5h"',
        ),
        (
            "tags: space",
            'bank.yaml:10:11: error: question "planet": tags: expected a list, found "space"',
        ),
        (
            "points: 0",
            'bank.yaml:10:13: error: question "planet": points: expected a number greater than 0, '
            "found 0",
        ),
    ],
)
def test_a_common_key_of_the_wrong_form(extra: str, expected: str) -> None:
    assert lines_of(BANK + f"    {extra}\n") == [expected]


# --- questions: type by type ----------------------------------------------------------------


def one(question: str) -> list[str]:
    return lines_of(with_questions(question))


def test_true_false_answer_in_quotes() -> None:
    assert one('id: sun\ntype: true_false\nprompt: The Sun is a star.\nanswer: "true"') == [
        'bank.yaml:8:13: error: question "sun": answer: expected true or false, found "true" '
        "(in quotes: write it without them)"
    ]


def test_numeric_answer_with_a_decimal_comma_suggests_the_plain_form() -> None:
    assert one("id: pi\ntype: numeric\nprompt: Pi to one decimal?\nanswer: 3,1") == [
        'bank.yaml:8:13: error: question "pi": answer: expected a number, found "3,1" '
        "(write it as a plain number: 3.1)"
    ]


def test_numeric_negative_tolerance() -> None:
    text = "id: pi\ntype: numeric\nprompt: Pi?\nanswer: 3.14\ntolerance: -0.1"
    assert one(text) == [
        'bank.yaml:9:16: error: question "pi": tolerance: expected a number of 0 or more, '
        "found -0.1"
    ]


def test_short_answer_needs_answers() -> None:
    assert one("id: capital\ntype: short_answer\nprompt: Capital of France?") == [
        'bank.yaml:5:5: error: question "capital": missing required key "answers"'
    ]


def test_short_answer_case_sensitive_must_be_a_boolean() -> None:
    text = "id: c\ntype: short_answer\nprompt: Capital?\nanswer: Paris\ncase_sensitive: yes"
    assert one(text) == [
        'bank.yaml:9:21: error: question "c": case_sensitive: expected true or false, found '
        '"yes" (only true and false are read as booleans)'
    ]


def test_multiple_choice_answers_must_be_choices_and_distinct() -> None:
    text = (
        "id: giants\ntype: multiple_choice\nprompt: Gas giants?\n"
        "choices: [Jupiter, Saturn, Mars]\nanswers: [Jupiter, Pluto, Jupiter]"
    )
    assert one(text) == [
        'bank.yaml:9:31: error: question "giants": answers item 3: "Jupiter" repeats item 1 '
        "(line 9)"
    ]
    text = text.replace(", Jupiter]", "]")
    assert one(text) == [
        'bank.yaml:9:24: error: question "giants": answers item 2: "Pluto" is not one of the '
        'choices ("Jupiter", "Saturn", "Mars")'
    ]


def test_multiple_choice_scoring_must_be_known() -> None:
    text = (
        "id: giants\ntype: multiple_choice\nprompt: Gas giants?\n"
        "choices: [Jupiter, Mars]\nanswers: [Jupiter]\nscoring: partial_credit"
    )
    assert one(text) == [
        'bank.yaml:10:14: error: question "giants": scoring: expected one of "all_or_nothing", '
        '"partial", found "partial_credit"'
    ]


def test_ordering_needs_two_distinct_items() -> None:
    base = "id: order\ntype: ordering\nprompt: Order them\nitems: "
    assert one(base + "[Mercury]") == [
        'bank.yaml:8:12: error: question "order": items: expected at least 2 items, found 1'
    ]
    assert one(base + "[Mercury, Venus, Mercury]") == [
        'bank.yaml:8:29: error: question "order": items item 3: "Mercury" repeats item 1 (line 8)'
    ]


def test_matching_pairs_errors() -> None:
    base = "id: match\ntype: matching\nprompt: Match them\n"
    assert one(base + "pairs: [[France, Paris], [France, Lyon], [Peru]]") == [
        'bank.yaml:8:31: error: question "match": pairs item 2: "France" repeats item 1 (line 8)',
        'bank.yaml:8:46: error: question "match": pairs item 3: expected a pair written '
        "[left, right], found a list",
    ]
    assert one(base + "pairs: {France: Paris}") == [
        'bank.yaml:8:12: error: question "match": pairs: expected at least 2 items, found 1'
    ]
    assert one(base + "pairs: {France: Paris, Peru: Lima}\ndistractors: [Rome, Lima]") == [
        'bank.yaml:9:25: error: question "match": distractors item 2: "Lima" is also the '
        "right-hand side of a pair"
    ]
    assert one(base + "pairs: {France: Paris, Peru: Lima, France: Nice}") == [
        'bank.yaml:8:40: error: question "match": pairs: the key "France" appears a second time '
        "(first at line 8); each key may appear once"
    ]


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("Water boils at {{}} degrees.", "blank 1 is empty"),
        ("Water boils at {{100|}} degrees.", "blank 1 has an empty alternative"),
        ("Water boils at {{100 degrees.", "blank 1 is not closed with }}"),
        (
            "At {{100}} and {{a {{b}} c}}.",
            "blank 2 holds {{; a literal {{ in the text is written \\{{",
        ),
        (
            "Water boils at 100 degrees.",
            "the text has no blanks; write each one as {{answer}} or {{answer|alternative}}",
        ),
    ],
)
def test_cloze_text_errors(text: str, complaint: str) -> None:
    question = f"id: boil\ntype: cloze\ntext: '{text}'"
    assert one(question) == [f'bank.yaml:7:11: error: question "boil": text: {complaint}']


def test_a_source_needs_a_reading() -> None:
    assert lines_of(BANK + "    source: Earth is the third planet\n") == [
        'bank.yaml:10:13: error: question "planet": source: a source quote is checked against '
        'the bank\'s "reading", and this bank has none'
    ]


def test_a_source_must_occur_in_the_reading() -> None:
    text = BANK + "    source: earth is the THIRD planet\nreading: Earth is the third planet.\n"
    assert lines_of(text) == [
        'bank.yaml:10:13: error: question "planet": source: "earth is the THIRD planet" does '
        "not occur in the reading"
    ]


def test_the_reading_as_a_mapping_takes_only_file() -> None:
    assert lines_of(BANK + "reading: {path: notes.md}\n") == [
        'bank.yaml:10:10: error: reading: missing required key "file"',
        'bank.yaml:10:11: error: reading: unknown key "path" (known keys: file)',
    ]


# --- merge keys -----------------------------------------------------------------------------


def test_a_merge_of_something_that_is_not_a_mapping() -> None:
    assert lines_of(BANK + "settings:\n  <<: [1, 2]\n") == [
        'bank.yaml:11:7: error: settings: "<<" merges a mapping or a list of mappings, found a list'
    ]


def test_two_merge_keys_in_one_mapping_are_a_duplicate() -> None:
    text = BANK + "defaults: &d {draw: 1}\nsettings:\n  <<: *d\n  <<: *d\n"
    assert lines_of(text)[-1] == (
        'bank.yaml:13:3: error: settings: the key "<<" appears a second time (first at line 12); '
        "each key may appear once"
    )


# --- all problems, in line order ------------------------------------------------------------


def test_every_problem_of_every_question_is_reported_in_line_order() -> None:
    text = (
        with_questions(
            SINGLE.replace("answer: Earth", "answer: Pluto"),
            "id: sun\ntype: true_false\nprompt: Star?\nanswer: yes",
            "id: pi\ntype: numeric\nprompt: Pi?\nanswer: 3.14\npoints: -1",
        )
        + "settings:\n  draw: 5\n"
    )
    result = load_text(text)
    assert result.bank is None
    assert [(p.line, p.column, p.code) for p in result.problems] == [
        (9, 13, "answer-not-in-choices"),
        (13, 13, "not-boolean"),
        (18, 13, "not-positive-number"),
        (20, 9, "draw-too-large"),
    ]


def test_columns_count_characters_not_bytes() -> None:
    text = BANK.replace("[Venus, Earth, Mars]", "[Vénus, Tërra, Vénus]").replace(
        "answer: Earth", "answer: Tërra"
    )
    assert lines_of(text) == [
        'bank.yaml:8:29: error: question "planet": choices item 3: "Vénus" repeats item 1 (line 8)'
    ]


# --- warnings: loadable, but suspect --------------------------------------------------------


def test_choices_differing_only_in_case_are_a_warning_and_the_bank_loads() -> None:
    text = BANK.replace("[Venus, Earth, Mars]", "[Venus, Earth, earth]")
    result = load_text(text)
    assert result.bank is not None
    assert [p.format("bank.yaml") for p in result.problems] == [
        'bank.yaml:8:29: warning: question "planet": choices item 3: "earth" differs from '
        "item 2 only in letter case"
    ]


def test_every_choice_right_is_a_warning() -> None:
    text = (
        "id: giants\ntype: multiple_choice\nprompt: Gas giants?\n"
        "choices: [Jupiter, Saturn]\nanswers: [Jupiter, Saturn]"
    )
    assert one(text) == [
        'bank.yaml:9:14: warning: question "giants": answers: every choice is a right answer'
    ]


def test_a_question_time_limit_over_the_quiz_limit_is_a_warning() -> None:
    text = BANK + "    time_limit: 20m\nsettings:\n  time_limit: 10m\n  question_time_limit: 11m\n"
    assert lines_of(text) == [
        'bank.yaml:10:17: warning: question "planet": time_limit: 1200 seconds is longer than '
        "the whole quiz's time limit (600 seconds)",
        "bank.yaml:13:24: warning: settings.question_time_limit: 660 seconds is longer than "
        "the whole quiz's time limit (600 seconds)",
    ]


def test_draw_of_the_whole_bank_is_a_warning() -> None:
    assert lines_of(BANK + "settings:\n  draw: 1\n") == [
        "bank.yaml:11:9: warning: settings.draw: 1 is the whole bank; every attempt asks every "
        "question"
    ]
