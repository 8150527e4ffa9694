"""Moodle XML files read into banks that the bank's own loader accepts."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from quizapp.bank.model import (
    Cloze,
    Matching,
    MultipleChoice,
    Numeric,
    Scoring,
    ShortAnswer,
    SingleChoice,
    TrueFalse,
)
from quizapp.interop.moodle_xml import read_moodle_xml
from tests.interop.helpers import FIXTURES, lines, loaded_bank

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)


def quiz(*questions: str) -> bytes:
    body = "\n".join(questions)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n{body}\n</quiz>\n'.encode()


def multichoice(name: str, text: str, answers: str, *, extra: str = "") -> str:
    return (
        f'<question type="multichoice"><name><text>{name}</text></name>'
        f'<questiontext format="html"><text><![CDATA[{text}]]></text>{extra}</questiontext>'
        f"<single>true</single>{answers}</question>"
    )


RIGHT_WRONG = (
    '<answer fraction="100"><text>Yes</text></answer><answer fraction="0"><text>No</text></answer>'
)


@pytest.fixture
def every_type(tmp_path: Path):  # type: ignore[no-untyped-def]
    data = (FIXTURES / "moodle-every-type.xml").read_bytes()
    conversion = read_moodle_xml(data, source_name="Science 7.xml")
    return conversion, loaded_bank(conversion, tmp_path)


def test_every_question_type_of_moodles_export_becomes_a_bank_question(every_type) -> None:  # type: ignore[no-untyped-def]
    _, bank = every_type
    assert bank.id == "science-7"
    assert bank.title == "Solar system"  # the first category
    by_id = {q.id: q for q in bank.questions}
    assert list(by_id) == [
        "largest-planet",
        "gas-giants",
        "sun-is-a-star",
        "red-planet",
        "planets-count",
        "earth-to-sun",
        "moons",
        "inner-planets",
    ]
    largest = by_id["largest-planet"]
    assert isinstance(largest, SingleChoice)
    assert largest.prompt == "Which planet is the **largest**?"
    assert largest.choices == ("Jupiter", "Saturn", "Earth")
    assert largest.answer == "Jupiter"
    assert largest.points == 2
    assert largest.tags == ("Solar system", "planets")
    assert largest.explanation is not None
    assert largest.explanation.startswith("Jupiter is more than twice as massive")
    assert "- Saturn: Saturn comes second." in largest.explanation  # per-answer feedback
    giants = by_id["gas-giants"]
    assert isinstance(giants, MultipleChoice)
    assert giants.answers == ("Jupiter", "Saturn")
    assert giants.scoring is Scoring.PARTIAL
    sun = by_id["sun-is-a-star"]
    assert isinstance(sun, TrueFalse)
    assert sun.answer is True
    assert sun.explanation == "It is a G-type main-sequence star."
    red = by_id["red-planet"]
    assert isinstance(red, ShortAnswer)
    assert red.answers == ("Mars", "planet Mars")
    assert red.prompt == "Which planet is called the \\*red\\* planet?"  # plain: shown as written
    assert not red.case_sensitive
    count = by_id["planets-count"]
    assert isinstance(count, Numeric)
    assert (count.answer, count.tolerance, count.unit) == (8, 0, None)
    distance = by_id["earth-to-sun"]
    assert isinstance(distance, Numeric)
    assert (distance.answer, distance.tolerance, distance.unit) == (149.6, 0.5, "million km")
    moons = by_id["moons"]
    assert isinstance(moons, Matching)
    assert moons.pairs == (("Titan", "Saturn"), ("Io", "Jupiter"), ("Phobos", "Mars"))
    assert moons.distractors == ("Venus",)
    inner = by_id["inner-planets"]
    assert isinstance(inner, Cloze)
    assert inner.blanks == (("Mercury",), ("Earth", "the Earth"))
    assert inner.points == 2


def test_a_picture_in_the_file_is_written_beside_the_bank(every_type, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    conversion, bank = every_type
    largest = bank.question("largest-planet")
    assert largest.image == "science-7-jupiter-photo.png"
    assert largest.image_alt == "Jupiter seen by Juno"
    assert conversion.media == {"science-7-jupiter-photo.png": PNG}
    assert (tmp_path / "science-7-jupiter-photo.png").read_bytes() == PNG


def test_what_a_bank_cannot_hold_is_a_warning_naming_the_question(every_type) -> None:  # type: ignore[no-untyped-def]
    conversion, _ = every_type
    problems = lines(conversion, "s.xml")
    assert any(
        line.startswith("s.xml:216:3: warning: ")
        and '"Describe Saturn"' in line
        and "essay" in line
        for line in problems
    )
    assert any('"Introduction"' in line and "description" in line for line in problems)
    assert any('"Earth to Sun"' in line and '"billion km"' in line for line in problems)
    assert any('"Inner planets"' in line and '"Venus"' in line for line in problems)
    assert not any(problem.is_error for problem in conversion.problems)


def test_html_is_reduced_and_no_script_or_tag_survives(tmp_path: Path) -> None:
    text = (
        '<p onclick="x()">Pick <em>one</em><script>alert("hi")</script>'
        '<a href="javascript:x">!</a></p>'
    )
    conversion = read_moodle_xml(quiz(multichoice("Tags", text, RIGHT_WRONG)), source_name="t.xml")
    question = loaded_bank(conversion, tmp_path).questions[0]
    assert question.prompt == "Pick *one*!"


def test_picture_names_cannot_leave_the_banks_folder(tmp_path: Path) -> None:
    png = base64.b64encode(PNG).decode()
    extra = f'<file name="../../evil.png" path="/" encoding="base64">{png}</file>'
    text = '<p>See <img src="@@PLUGINFILE@@/../../evil.png" alt="">.</p>'
    conversion = read_moodle_xml(
        quiz(multichoice("Picture", text, RIGHT_WRONG, extra=extra)), source_name="p.xml"
    )
    assert list(conversion.media) == ["p-evil.png"]
    assert loaded_bank(conversion, tmp_path / "bank").questions[0].image == "p-evil.png"
    assert not (tmp_path / "evil.png").exists()


def test_a_picture_that_is_not_one_is_left_out_with_a_warning(tmp_path: Path) -> None:
    data = base64.b64encode(b"<html>not a picture</html>").decode()
    extra = f'<file name="a.png" path="/" encoding="base64">{data}</file>'
    text = '<p>See <img src="@@PLUGINFILE@@/a.png"></p>'
    conversion = read_moodle_xml(
        quiz(multichoice("Fake", text, RIGHT_WRONG, extra=extra)), source_name="p.xml"
    )
    assert conversion.media == {}
    assert loaded_bank(conversion, tmp_path).questions[0].image is None
    assert any('"a.png"' in line and "left out" in line for line in lines(conversion))


def test_pictures_in_answers_or_feedback_are_a_warning(tmp_path: Path) -> None:
    answers = (
        '<answer fraction="100"><text><![CDATA[<img src="@@PLUGINFILE@@/y.png">Yes]]></text>'
        '</answer><answer fraction="0"><text>No</text></answer>'
    )
    conversion = read_moodle_xml(quiz(multichoice("Shown", "Q", answers)), source_name="p.xml")
    assert loaded_bank(conversion, tmp_path).questions[0].choices == ("Yes", "No")  # type: ignore[attr-defined]
    assert any(
        '"Shown"' in line and "answers or feedback were left out" in line
        for line in lines(conversion)
    )


def test_a_cloze_question_with_a_choice_blank_is_skipped_with_a_warning() -> None:
    cloze = (
        '<question type="cloze"><name><text>Mixed</text></name>'
        "<questiontext><text>Pick {1:MULTICHOICE:=a~b} and type {1:SA:=c}</text></questiontext>"
        "</question>"
    )
    conversion = read_moodle_xml(quiz(cloze), source_name="c.xml")
    assert conversion.refused  # nothing else in the file: no bank
    assert any('"Mixed"' in line and "MULTICHOICE" in line for line in lines(conversion))
    assert any("no question of this file could be converted" in line for line in lines(conversion))


def test_a_multichoice_question_without_single_has_one_right_answer(tmp_path: Path) -> None:
    xml = multichoice("Default", "Q", RIGHT_WRONG).replace("<single>true</single>", "")
    bank = loaded_bank(read_moodle_xml(quiz(xml), source_name="s.xml"), tmp_path)
    assert isinstance(bank.questions[0], SingleChoice)  # as Moodle reads it


def test_moodle_keeping_every_question_in_order_turns_shuffling_off(tmp_path: Path) -> None:
    question = multichoice("Ordered", "Text", RIGHT_WRONG).replace(
        "<single>", "<shuffleanswers>0</shuffleanswers><single>"
    )
    conversion = read_moodle_xml(quiz(question), source_name="o.xml")
    assert loaded_bank(conversion, tmp_path).settings.shuffle_choices is False


def test_a_question_the_bank_would_refuse_is_left_out_at_its_line(tmp_path: Path) -> None:
    duplicate = (
        '<answer fraction="100"><text>Same</text></answer><answer><text>Same</text></answer>'
    )
    conversion = read_moodle_xml(
        quiz(multichoice("Good", "Q", RIGHT_WRONG), multichoice("Twice", "Q", duplicate)),
        source_name="d.xml",
    )
    bank = loaded_bank(conversion, tmp_path)
    assert [q.id for q in bank.questions] == ["good"]
    [warning] = lines(conversion)
    assert warning.startswith('source:4:1: warning: question "Twice": the converted question')
    assert '"Same" repeats item 1)' in warning  # no line of a YAML file the teacher never saw


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"<quiz><question></quiz>",
            "source:1:19: error: the file is not well-formed XML: mismatched tag",
        ),
        (
            b"<?xml version='1.0'?>\n<html><body/></html>",
            "source:2:1: error: expected a Moodle XML quiz",
        ),
        (b"", "source:1:1: error: the file is not well-formed XML: no element found"),
        (
            b"<quiz>\n<question type='truefalse'><name><text>Caf\xe9</text></name>"
            b"</question></quiz>",
            "source:2:43: error: the text is not UTF-8: byte 0xE9 at byte offset 49",
        ),
    ],
)
def test_a_file_that_is_not_a_moodle_quiz_is_refused_with_its_position(
    data: bytes, expected: str
) -> None:
    conversion = read_moodle_xml(data, source_name="x.xml")
    assert conversion.refused
    assert conversion.bank is None
    assert lines(conversion)[0].startswith(expected)


def test_entities_are_refused_never_expanded() -> None:
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<quiz>&lol2;</quiz>"""
    conversion = read_moodle_xml(laughs, source_name="x.xml")
    assert conversion.refused
    [line] = lines(conversion)
    assert line.startswith("source:3:")  # the first declaration's line
    assert line.endswith(
        "error: the file declares an entity; entities and references to other "
        "files are not read, so the file is refused"
    )


def test_external_entities_are_refused_never_fetched(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    data = (
        f'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        "<quiz>&x;</quiz>"
    ).encode()
    conversion = read_moodle_xml(data, source_name="x.xml")
    assert conversion.refused
    assert "secret" not in " ".join(lines(conversion)).replace(str(secret), "")


def test_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + quiz(multichoice("Bom", "Q", RIGHT_WRONG))
    assert (
        loaded_bank(read_moodle_xml(data, source_name="b.xml"), tmp_path).questions[0].id == "bom"
    )


RIGHT_TRUE = '<answer fraction="100"><text>true</text></answer>'


def question(kind: str, name: str, body: str, text: str = "Q") -> str:
    return (
        f'<question type="{kind}"><name><text>{name}</text></name>'
        f"<questiontext><text><![CDATA[{text}]]></text></questiontext>{body}</question>"
    )


def test_letter_case_and_literal_braces_survive(tmp_path: Path) -> None:
    conversion = read_moodle_xml(
        quiz(
            question(
                "shortanswer",
                "Symbol",
                '<usecase>1</usecase><answer fraction="100"><text>Fe</text></answer>',
            ),
            question("cloze", "Braces", "", "In {{ name }} write {1:SAC:=Value}."),
        ),
        source_name="c.xml",
    )
    symbol, braces = loaded_bank(conversion, tmp_path).questions
    assert isinstance(symbol, ShortAnswer)
    assert symbol.case_sensitive
    assert isinstance(braces, Cloze)
    assert braces.case_sensitive
    assert braces.parts == ("In {{ name }} write ", ".")
    assert braces.blanks == (("Value",),)


@pytest.mark.parametrize(
    ("xml", "warning"),
    [
        (
            question(
                "multichoice",
                "Two right",
                "<single>true</single>"
                '<answer fraction="100"><text>a</text></answer>'
                '<answer fraction="100"><text>b</text></answer>',
            ),
            'question "Two right": "a", "b" are all fully right',
        ),
        (
            question(
                "multichoice",
                "Weights",
                "<single>false</single>"
                '<answer fraction="70"><text>a</text></answer>'
                '<answer fraction="30"><text>b</text></answer>'
                '<answer fraction="-100"><text>c</text></answer>',
            ),
            'question "Weights": the right answers carry different weights',
        ),
        (
            question("shortanswer", "Any", '<answer fraction="100"><text>a*</text></answer>'),
            'question "Any": "a*" uses Moodle\'s "*" wildcard',
        ),
        (
            question(
                "numerical",
                "Numbers",
                '<answer fraction="100"><text>1</text></answer>'
                '<answer fraction="100"><text>2</text></answer>',
            ),
            'question "Numbers": more than one number is right ("1", "2")',
        ),
        (
            question(
                "truefalse",
                "Free",
                '<defaultgrade>0</defaultgrade><answer fraction="100"><text>true</text></answer>',
            ),
            'question "Free": the mark "0" is not a number greater than 0',
        ),
        (
            question("ddwtos", "Drag", "") + question("truefalse", "Ok", RIGHT_TRUE),
            'question "Drag": the question type "ddwtos" cannot be converted',
        ),
    ],
)
def test_what_a_bank_cannot_say_is_a_warning(xml: str, warning: str, tmp_path: Path) -> None:
    conversion = read_moodle_xml(quiz(xml), source_name="w.xml")
    loaded_bank(conversion, tmp_path)
    assert any(f"warning: {warning}" in line for line in lines(conversion)), lines(conversion)
