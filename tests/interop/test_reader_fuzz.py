"""Whatever a Moodle XML or Aiken file holds, reading it gives problems, never an exception;
a refused file gives no bank, and an accepted one is a bank the loader accepts as it is."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.interop.aiken import read_aiken
from quizapp.interop.conversion import Conversion
from quizapp.interop.moodle_xml import read_moodle_xml
from tests.interop.helpers import FIXTURES, load_conversion

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EVERY_TYPE_XML = (FIXTURES / "moodle-every-type.xml").read_bytes()
AIKEN = (FIXTURES / "aiken-planets.txt").read_text()
XML_PIECES = st.sampled_from(
    [
        "<quiz>", "</quiz>", '<question type="multichoice">', '<question type="cloze">',
        '<question type="truefalse">', '<question type="numerical">', "</question>",
        "<name><text>", "</text></name>", "<questiontext><text>", "</text></questiontext>",
        '<answer fraction="100"><text>', '<answer fraction="50"><text>', "</text></answer>",
        "<single>true</single>", "<![CDATA[", "]]>", "<p>", "<b>", "&amp;", "&lt;", "&x;",
        "{1:SA:=a}", "{1:MC:=a~b}", "{{", "}}", "*", "_", "\n", " ", "a", "1e999", "\x00", "é",
        '<img src="@@PLUGINFILE@@/../a.png">', '<file name="a.png" encoding="base64">AAAA</file>',
        "<!DOCTYPE quiz>", '<!ENTITY e "x">',
    ]
)  # fmt: skip
AIKEN_PIECES = st.sampled_from(
    ["Q?", "A. ", "B) ", "C. ", "ANSWER: ", "A", "B", "Z", "\n", "\r\n", "\r", " ", "*", "\ufeff",
     "\x00", "- ", "1. ", "{{", "yes", "no", "é"]
)  # fmt: skip


def check(conversion: Conversion) -> None:
    for problem in conversion.problems:
        assert problem.line >= 1
        assert problem.column >= 1
        assert "\n" not in problem.format("source")
    if conversion.refused:
        assert conversion.bank is None or any(p.is_error for p in conversion.problems)
        return
    with tempfile.TemporaryDirectory() as folder:
        result = load_conversion(conversion, Path(folder))
        assert result.bank is not None, [p.format("bank.yaml") for p in result.problems]
        assert not any(name for name in conversion.media if "/" in name or ".." in name)


@FUZZ
@given(st.binary(max_size=400))
def test_moodle_xml_any_bytes(data: bytes) -> None:
    check(read_moodle_xml(data, source_name="fuzz.xml"))


@FUZZ
@given(st.lists(XML_PIECES, max_size=60).map("".join))
def test_moodle_xml_pieces_of_moodle_xml(text: str) -> None:
    check(read_moodle_xml(text.encode(), source_name="fuzz.xml"))


@FUZZ
@given(st.integers(0, len(EVERY_TYPE_XML)), st.integers(0, 200), st.binary(max_size=20))
def test_moodle_xml_a_real_export_spoiled(start: int, length: int, insert: bytes) -> None:
    spoiled = EVERY_TYPE_XML[:start] + insert + EVERY_TYPE_XML[start + length :]
    check(read_moodle_xml(spoiled, source_name="fuzz.xml"))


@FUZZ
@given(st.text(max_size=300))
def test_aiken_any_text(text: str) -> None:
    check(read_aiken(text, source_name="fuzz.txt"))


@FUZZ
@given(st.lists(AIKEN_PIECES, max_size=60).map("".join))
def test_aiken_pieces_of_aiken(text: str) -> None:
    check(read_aiken(text, source_name="fuzz.txt"))


@FUZZ
@given(st.integers(0, len(AIKEN)), st.integers(0, 40), st.text(max_size=10))
def test_aiken_a_real_file_spoiled(start: int, length: int, insert: str) -> None:
    check(read_aiken(AIKEN[:start] + insert + AIKEN[start + length :], source_name="fuzz.txt"))
