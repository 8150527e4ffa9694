"""Images and reading files: confined to the bank's folder, checked by name and content."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from tests.unit.banks.helpers import SINGLE, lines_of, load_text, with_questions

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 16
WEBP = b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 8
SVG = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>\n'


def bank_with_image(path: str) -> str:
    return with_questions(SINGLE + f"image: {path}\nimage_alt: The Sun, a yellow disc")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    bank = tmp_path / "banks"
    (bank / "images").mkdir(parents=True)
    for name, data in {"sun.png": PNG, "sun.JPG": JPEG, "sun.webp": WEBP, "sun.svg": SVG}.items():
        (bank / "images" / name).write_bytes(data)
    (bank / "images" / "fake.png").write_bytes(JPEG)
    (bank / "images" / "notes.txt").write_bytes(b"hello")
    (bank / "images" / "empty.svg").write_bytes(b"<html></html>")
    (tmp_path / "outside.png").write_bytes(PNG)
    return bank


@pytest.mark.parametrize(
    "name",
    [
        "images/sun.png",
        "images/sun.JPG",
        "images/sun.webp",
        "images/sun.svg",
        "./images/../images/sun.png",
    ],
)
def test_images_inside_the_folder_of_each_kind_are_accepted(folder: Path, name: str) -> None:
    result = load_text(bank_with_image(name), base_dir=folder)
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.questions[0].image == name


@pytest.mark.parametrize(
    ("name", "complaint"),
    [
        ("images/fake.png", '"images/fake.png" is named as PNG but its content is JPEG'),
        ("images/empty.svg", '"images/empty.svg" is named as SVG but its content is not an image'),
        ("images/notes.txt", '"images/notes.txt" is not named as a PNG, JPEG, SVG or WebP image'),
        ("images/moon.png", '"images/moon.png" does not exist'),
        ("images", '"images" is not named as a PNG, JPEG, SVG or WebP image'),
        ("../outside.png", '"../outside.png" leads outside the folder that holds the bank'),
        ("/etc/passwd.png", '"/etc/passwd.png" must be a path relative to the bank\'s folder'),
        ("C:\\sun.png", '"C:\\sun.png" must be a path relative to the bank\'s folder'),
    ],
)
def test_image_problems_are_placed_at_the_path(folder: Path, name: str, complaint: str) -> None:
    assert lines_of(bank_with_image(name), base_dir=folder) == [
        f'bank.yaml:10:12: error: question "planet": image: {complaint}'
    ]


def test_an_image_folder_named_like_an_image_is_not_a_file(folder: Path) -> None:
    (folder / "dir.png").mkdir()
    assert lines_of(bank_with_image("dir.png"), base_dir=folder) == [
        'bank.yaml:10:12: error: question "planet": image: "dir.png" is not a file'
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_that_leads_outside_is_refused(folder: Path) -> None:
    (folder / "images" / "link.png").symlink_to(folder.parent / "outside.png")
    (folder / "images" / "inside.png").symlink_to(folder / "images" / "sun.png")
    assert lines_of(bank_with_image("images/inside.png"), base_dir=folder) == []
    assert lines_of(bank_with_image("images/link.png"), base_dir=folder) == [
        'bank.yaml:10:12: error: question "planet": image: "images/link.png" leads outside '
        "the folder that holds the bank"
    ]


def test_without_a_folder_an_image_cannot_be_checked() -> None:
    assert lines_of(bank_with_image("images/sun.png"), base_dir=None) == [
        'bank.yaml:10:12: error: question "planet": image: "images/sun.png" cannot be checked: '
        "the bank was not loaded from a folder"
    ]


def test_a_bank_validates_the_same_however_it_is_named(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = folder / "solar.yaml"
    path.write_text(bank_with_image("images/sun.png"), encoding="utf-8")
    monkeypatch.chdir(folder.parent)
    assert load_bank(Path("banks/solar.yaml")).problems == ()
    monkeypatch.chdir(folder / "images")
    assert load_bank(Path("../solar.yaml")).problems == ()
    assert load_bank(path).problems == ()


# --- the reading as a file --------------------------------------------------------------------


def bank_with_reading(path: str, source: str = "Earth is the third planet") -> str:
    return with_questions(SINGLE + f"source: {source}") + f"reading: {{file: {path}}}\n"


def test_a_reading_file_is_read_as_utf8_markdown_and_quotes_are_checked(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_bytes(
        "\ufeff# Notes\n\nEarth is the third\nplanet. Café.\n".encode()
    )
    result = load_text(bank_with_reading("notes.md"), base_dir=tmp_path)
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.reading == "# Notes\n\nEarth is the third\nplanet. Café.\n"
    assert lines_of(bank_with_reading("notes.md", "Mars is red"), base_dir=tmp_path) == [
        'bank.yaml:10:13: error: question "planet": source: "Mars is red" does not occur in '
        "the reading"
    ]


def test_reading_file_problems(tmp_path: Path) -> None:
    (tmp_path / "bank").mkdir()
    (tmp_path / "secret.md").write_text("Earth is the third planet", encoding="utf-8")
    (tmp_path / "bank" / "latin1.md").write_bytes(b"Earth is the third planet, caf\xe9")
    base = tmp_path / "bank"
    assert lines_of(bank_with_reading("../secret.md"), base_dir=base) == [
        'bank.yaml:11:17: error: reading.file: "../secret.md" leads outside the folder that '
        "holds the bank"
    ]
    assert lines_of(bank_with_reading("missing.md"), base_dir=base) == [
        'bank.yaml:11:17: error: reading.file: "missing.md" does not exist'
    ]
    assert lines_of(bank_with_reading("latin1.md"), base_dir=base) == [
        'bank.yaml:11:17: error: reading.file: "latin1.md" is not UTF-8 text (byte 0xE9 at '
        "byte offset 30)"
    ]


def test_a_picture_over_16_mib_is_a_warning_that_it_will_not_be_shown(folder: Path) -> None:
    with (folder / "huge.png").open("wb") as file:
        file.write(PNG)
        file.truncate(16 * 1024 * 1024 + 1)  # sparse: nothing more is written

    result = load_text(bank_with_image("huge.png"), base_dir=folder)

    assert result.bank is not None
    assert [p.format("bank.yaml") for p in result.problems] == [
        'bank.yaml:10:12: warning: question "planet": image: "huge.png" is 16,777,217 bytes; '
        "the app shows pictures of at most 16 MiB (16,777,216 bytes), so it will not be shown: "
        "save it smaller"
    ]
