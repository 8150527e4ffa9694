"""``quizapp convert`` as a teacher uses it: GIFT in, a bank out, and the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.__main__ import main
from quizapp.bank.loader import load_bank

GIFT = """\
$CATEGORY: Solar system

::Largest::Which planet is the largest?{=Jupiter ~Mars ~Venus}

::Star::The Sun is a star.{T}
"""


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_gift_to_a_yaml_bank_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write(tmp_path / "Solar quiz.gift", GIFT)
    out = tmp_path / "solar.yaml"
    assert main(["convert", str(source), "--to", "yaml", "-o", str(out)]) == 0
    bank = load_bank(out).bank
    assert bank is not None
    assert (bank.id, bank.title) == ("solar-quiz", "Solar system")
    assert [q.id for q in bank.questions] == ["largest", "star"]
    assert "2 questions converted to yaml" in capsys.readouterr().err


def test_to_standard_output_with_id_and_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "quiz.gift", GIFT)
    assert main(["convert", str(source), "--to", "yaml", "--id", "sky", "--title", "Sky"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("format: quizapp/1\nid: sky\ntitle: Sky\n")


def test_an_existing_output_is_kept_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "quiz.gift", GIFT)
    out = write(tmp_path / "quiz.yaml", "mine")
    assert main(["convert", str(source), "--to", "yaml", "-o", str(out)]) == 2
    assert out.read_text() == "mine"
    assert "already exists (use --force" in capsys.readouterr().err
    assert main(["convert", str(source), "--to", "yaml", "-o", str(out), "--force"]) == 0
    assert load_bank(out).bank is not None


def test_a_malformed_file_gives_problem_lines_exit_1_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path / "bad.gift", "::Q::Which one? {=a ~b\n\n::R::Fine?{T}\n")
    out = tmp_path / "bad.yaml"
    assert main(["convert", str(source), "--to", "yaml", "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert captured.out == (
        f'{source}:1:17: error: question "Q": the answers opened with "{{" are never closed '
        'with "}" (a blank line ends a question; a literal brace is written \\{)\n'
    )
    assert "nothing was written" in captured.err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [source]


def test_a_file_that_is_not_utf8_suggests_an_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(
        tmp_path / "win.gift", "::Q::Is it?{T}\n\n::Caf\xe9::Caf\xe9?{F}\n".encode("cp1252")
    )
    assert main(["convert", str(source), "--to", "yaml"]) == 1
    assert capsys.readouterr().out == (
        f"{source}:3:6: error: the text is not UTF-8: byte 0xE9 at byte offset 21 cannot be "
        "read; save the file as UTF-8, or name its encoding (a file from Windows: "
        "--encoding cp1252)\n"
    )
    assert main(["convert", str(source), "--to", "yaml", "--encoding", "cp1252"]) == 0
    assert "prompt: Café?" in capsys.readouterr().out


def test_a_bank_to_gift(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bank = write(
        tmp_path / "b.yaml",
        "format: quizapp/1\nid: b\ntitle: B\nquestions:\n"
        "  - id: o\n    type: ordering\n    prompt: Order.\n    items: [a, b]\n"
        "  - id: t\n    type: true_false\n    prompt: True?\n    answer: true\n",
    )
    assert main(["convert", str(bank), "--to", "gift"]) == 0
    captured = capsys.readouterr()
    assert "::t::[html]<p>True?</p>{\n\tTRUE\n}" in captured.out
    assert f'{bank}:5:5: warning: question "o": GIFT has no ordering questions' in captured.out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["quiz.txt", "--to", "yaml"], "name it with --from"),
        (["quiz.gift", "--to", "apkg"], "name it with -o OUT"),
        (["quiz.gift", "--to", "yaml", "--id", "Not A Slug"], "is not an id"),
        (["missing.gift", "--to", "yaml"], "cannot read"),
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "quiz.txt", GIFT)
    write(tmp_path / "quiz.gift", GIFT)
    assert main(["convert", *argv]) == 2
    assert message in capsys.readouterr().err


def test_a_bank_copied_elsewhere_takes_its_pictures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    examples = Path(__file__).parents[2] / "docs" / "examples"
    source = next(p for p in sorted(examples.glob("*.yaml")) if "image:" in p.read_text())
    out = tmp_path / "copy" / "bank.yaml"
    out.parent.mkdir()
    assert main(["convert", str(source), "--to", "yaml", "-o", str(out)]) == 0
    copied = load_bank(out)
    assert copied.bank is not None, copied.problems
    images = [q.image for q in copied.bank.questions if q.image]
    assert images
    assert all((out.parent / image).is_file() for image in images)
    assert main(["convert", str(source), "--to", "gift"]) == 0  # GIFT takes no picture files
    assert "the picture" in capsys.readouterr().out


def test_a_writer_of_files_and_a_reader_of_bytes_plug_into_the_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """How Anki's writer and Moodle XML's reader join: one entry each."""
    from quizapp.bank.model import Bank
    from quizapp.bank.problems import Problem
    from quizapp.interop.conversion import Conversion
    from quizapp.service import convert

    def read_xml(data: bytes, *, source_name: str) -> Conversion:
        bank = {"format": "quizapp/1", "id": "x", "title": source_name, "questions": [
            {"id": "q", "type": "true_false", "prompt": data.decode().strip(), "answer": True}
        ]}  # fmt: skip
        return Conversion(bank, [], {"images/p.txt": b"beside"})

    def write_deck(bank: Bank, folder: Path, out: Path) -> list[Problem]:
        out.write_bytes(f"{bank.id}:{(folder / 'images' / 'p.txt').read_text()}".encode())
        return []

    monkeypatch.setitem(convert.READERS, "moodle-xml", convert.bytes_reader(read_xml))
    monkeypatch.setitem(
        convert.WRITERS, "apkg", lambda c: convert.write_to_file(write_deck, c, ".apkg")
    )
    source = write(tmp_path / "q.xml", "Is it?")
    out = tmp_path / "q.apkg"
    assert main(["convert", str(source), "--to", "apkg", "-o", str(out)]) == 0
    assert out.read_bytes() == b"x:beside"


FIXTURES = Path(__file__).resolve().parents[1] / "interop" / "fixtures"


def test_aiken_and_moodle_xml_convert_to_valid_banks(tmp_path: Path) -> None:
    for source, extra in (
        ("aiken-planets.txt", ["--from", "aiken"]),
        ("moodle-every-type.xml", []),
    ):
        out = tmp_path / (source + ".yaml")
        code = main(["convert", str(FIXTURES / source), *extra, "--to", "yaml", "-o", str(out)])
        assert code == 0, source
        loaded = load_bank(out)
        assert loaded.bank is not None, source
        assert loaded.bank.questions


def test_a_bank_converts_to_an_anki_package_with_a_note_per_question(tmp_path: Path) -> None:
    import sqlite3
    import zipfile

    out = tmp_path / "deck.apkg"
    bank = Path(__file__).resolve().parents[2] / "questions" / "bytedance-ai-chips.en.yaml"

    assert main(["convert", str(bank), "--to", "apkg", "-o", str(out)]) == 0

    with zipfile.ZipFile(out) as package:
        package.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        notes = connection.execute("SELECT count(*) FROM notes").fetchone()[0]
    finally:
        connection.close()
    assert notes == 30
