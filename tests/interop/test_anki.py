"""An exported .apkg is an Anki collection with the bank's notes, safe to open in Anki."""

from __future__ import annotations

import base64
import json
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import genanki
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.loader import load_bank
from quizapp.bank.model import Bank, Cloze, SingleChoice
from quizapp.interop.anki import write_apkg
from quizapp.interop.moodle_xml import read_moodle_xml
from tests.interop.helpers import FIXTURES, write_conversion

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
)
EVERY_TYPE = Path(__file__).parents[1] / "unit" / "banks" / "every_type.yaml"

HOSTILE_BANK = """\
format: quizapp/1
id: hostile
title: "Tricks :: and <b>tags</b>"
tags: [two words]
questions:
  - id: script
    type: single_choice
    prompt: 'Is <script>alert("x")</script> *safe*? {{c1::no}} [sound:a.mp3]'
    choices: ['<img src=x onerror=alert(1)>', 'plain']
    answer: plain
    explanation: 'An <iframe src="http://x"></iframe> **here**'
    image: pictures/dot.png
    image_alt: 'a "dot" <b>'
    tags: [big tag, x, <i>]
  - id: braces
    type: cloze
    text: 'Write {{a::b|c}} and {{d}} then }} and \\{{ literal'
"""


def collection(apkg: Path, work: Path) -> sqlite3.Connection:
    with zipfile.ZipFile(apkg) as archive:
        archive.extract("collection.anki2", work)
    return sqlite3.connect(work / "collection.anki2")


def notes(connection: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Notes by GUID: their note type, tags and fields."""
    rows = connection.execute("SELECT guid, mid, tags, flds FROM notes").fetchall()
    return {
        guid: {"mid": mid, "tags": tags.split(), "fields": fields.split("\x1f")}
        for guid, mid, tags, fields in rows
    }


def models(connection: sqlite3.Connection) -> dict[str, Any]:
    (text,) = connection.execute("SELECT models FROM col").fetchone()
    return {model["name"]: model for model in json.loads(text).values()}


def loaded(path: Path) -> Bank:
    result = load_bank(path)
    assert result.bank is not None, result.problems
    return result.bank


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "bank"
    (folder / "pictures").mkdir(parents=True)
    (folder / "pictures" / "dot.png").write_bytes(PNG)
    path = folder / "hostile.yaml"
    path.write_text(HOSTILE_BANK)
    return path


def test_every_question_becomes_a_note_of_its_kinds_note_type(tmp_path: Path) -> None:
    bank = loaded(EVERY_TYPE)
    out = tmp_path / "solar.apkg"
    assert write_apkg(bank, EVERY_TYPE.parent, out, timestamp=1_700_000_000) == []
    connection = collection(out, tmp_path)
    by_guid = notes(connection)
    assert set(by_guid) == {genanki.guid_for(bank.id, q.id) for q in bank.questions}
    types = models(connection)
    assert sorted(types) == sorted(
        f"QuizApp {kind} (solar)"
        for kind in [
            "single choice",
            "multiple choice",
            "true or false",
            "short answer",
            "numeric",
            "ordering",
            "matching",
            "cloze",
        ]
    )
    assert types["QuizApp cloze (solar)"]["type"] == genanki.Model.CLOZE
    cloze = bank.question("blank")
    cloze_note = by_guid[genanki.guid_for(bank.id, "blank")]
    assert cloze_note["mid"] == int(types["QuizApp cloze (solar)"]["id"])
    assert "{{c1::" in cloze_note["fields"][0]
    (card_count,) = connection.execute("SELECT count(*) FROM cards").fetchone()
    blanks = len(cloze.blanks)  # type: ignore[attr-defined]
    assert card_count == len(bank.questions) - 1 + blanks  # one card per cloze blank
    third = by_guid[genanki.guid_for(bank.id, "third")]
    assert sorted(third["tags"]) == ["planets", "science", "space"]
    (decks,) = connection.execute("SELECT decks FROM col").fetchone()
    assert bank.title in [deck["name"] for deck in json.loads(decks).values()]


def test_exporting_again_keeps_every_id_so_anki_updates_its_notes(tmp_path: Path) -> None:
    bank = loaded(EVERY_TYPE)
    first, second = tmp_path / "1.apkg", tmp_path / "2.apkg"
    write_apkg(bank, EVERY_TYPE.parent, first, timestamp=1_700_000_000)
    edited = replace(bank, questions=(replace(bank.questions[0], prompt="Edited"),))
    write_apkg(edited, EVERY_TYPE.parent, second, timestamp=1_800_000_000)
    before = collection(first, tmp_path / "a")
    after = collection(second, tmp_path / "b")
    guid = genanki.guid_for(bank.id, bank.questions[0].id)
    assert notes(after)[guid]["mid"] == notes(before)[guid]["mid"]
    assert notes(after)[guid]["fields"][0] == "<p>Edited</p>"
    deck_ids = [
        set(json.loads(c.execute("SELECT decks FROM col").fetchone()[0])) for c in (before, after)
    ]
    assert deck_ids[0] == deck_ids[1]


def test_nothing_from_a_bank_reaches_anki_as_markup(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.apkg"
    write_apkg(loaded(hostile), hostile.parent, out, timestamp=1_700_000_000)
    connection = collection(out, tmp_path)
    by_guid = notes(connection)
    script = by_guid[genanki.guid_for("hostile", "script")]
    prompt, picture, options, _, explanation, _ = script["fields"]
    assert prompt == (
        "<p>Is &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <em>safe</em>? "
        "&#123;&#123;c1::no&#125;&#125; &#91;sound:a.mp3&#93;</p>"
    )
    assert options == "<ul><li>&lt;img src=x onerror=alert(1)&gt;</li><li>plain</li></ul>"
    assert "<iframe" not in explanation
    assert "<strong>here</strong>" in explanation
    assert (
        picture == '<img src="quizapp-hostile-pictures-dot.png" alt="a &quot;dot&quot; &lt;b&gt;">'
    )
    assert sorted(script["tags"]) == ["big_tag", "two_words", "x", "\u2039i\u203a"]
    # A cloze answer holding "::" or "}}" makes no second cloze and no hint.
    braces = by_guid[genanki.guid_for("hostile", "braces")]["fields"][0]
    assert braces.count("{{c") == 2
    assert "{{c1::a&#58;&#58;b}}" in braces
    assert "&#123;&#123; literal" in braces
    (decks,) = connection.execute("SELECT decks FROM col").fetchone()
    assert "Tricks : and \u2039b\u203atags\u2039/b\u203a" in [
        deck["name"] for deck in json.loads(decks).values()
    ]


def test_pictures_travel_as_media(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "hostile.apkg"
    write_apkg(loaded(hostile), hostile.parent, out, timestamp=1_700_000_000)
    with zipfile.ZipFile(out) as archive:
        media = json.loads(archive.read("media"))
        assert media == {"0": "quizapp-hostile-pictures-dot.png"}
        assert archive.read("0") == PNG


def test_a_picture_outside_the_banks_folder_is_left_out_with_a_warning(
    hostile: Path, tmp_path: Path
) -> None:
    bank = loaded(hostile)
    (tmp_path / "secret.png").write_bytes(PNG)
    escaped = replace(bank.questions[0], image="../secret.png")
    out = tmp_path / "out.apkg"
    warnings = write_apkg(replace(bank, questions=(escaped,)), hostile.parent, out)
    assert [w.format("hostile.yaml") for w in warnings] == [
        'hostile.yaml:1:1: warning: question "script": the picture "../secret.png" was left out '
        "of the Anki package: it is not inside the bank's folder"
    ]
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("media")) == {}


def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(
    hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out" / "bank.apkg"
    out.parent.mkdir()
    out.write_bytes(b"the previous export")

    def broken_zip(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("quizapp.interop.anki._zip", broken_zip)
    with pytest.raises(OSError, match="disk full"):
        write_apkg(loaded(hostile), hostile.parent, out)
    assert out.read_bytes() == b"the previous export"
    assert list(out.parent.iterdir()) == [out]


def test_a_moodle_export_goes_on_to_anki_with_its_picture(tmp_path: Path) -> None:
    conversion = read_moodle_xml(
        (FIXTURES / "moodle-every-type.xml").read_bytes(), source_name="science.xml"
    )
    bank_path = write_conversion(conversion, tmp_path / "library", "science.yaml")
    out = tmp_path / "science.apkg"
    assert write_apkg(loaded(bank_path), bank_path.parent, out, timestamp=1_700_000_000) == []
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("media")) == {
            "0": "quizapp-science-science-jupiter-photo.png"
        }
        assert archive.read("0") == PNG
    (count,) = collection(out, tmp_path).execute("SELECT count(*) FROM notes").fetchone()
    assert count == 8


HOSTILE_TEXT = st.lists(
    st.sampled_from([*"ab <>&\"'{}[]:*_`\\|-\n", "<script>", "{{c1::", "}}", "[sound:x]", "::"]),
    min_size=1,
    max_size=20,
).map("".join)
ALLOWED_TAGS = {"p", "ul", "ol", "li", "em", "strong", "code", "br"}  # the Markdown renderer's


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prompt=HOSTILE_TEXT, choice=HOSTILE_TEXT, answer=HOSTILE_TEXT, part=HOSTILE_TEXT)
def test_no_text_from_a_bank_becomes_markup_in_anki(
    prompt: str, choice: str, answer: str, part: str
) -> None:
    answer = answer.replace("|", "/").strip() or "x"
    bank = Bank(
        id="fuzz",
        title=prompt,
        tags=(choice,),
        questions=(
            SingleChoice(id="one", prompt=prompt, choices=(choice, "other"), answer="other"),
            Cloze(id="two", text="", parts=(part, part), blanks=((answer, answer + "2"),)),
        ),
    )
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "fuzz.apkg"
        write_apkg(bank, Path(work), out, timestamp=1_700_000_000)
        fields = [f for note in notes(collection(out, Path(work))).values() for f in note["fields"]]
    for text in fields:
        assert set(re.findall(r"</?([A-Za-z][A-Za-z0-9]*)", text)) <= ALLOWED_TAGS
        assert not re.search(r"<[a-z]+ ", text)  # no attribute on any tag
    assert sum(text.count("{{c") for text in fields) == 1  # the one blank, nothing else
    assert not any("[sound:" in text for text in fields)
