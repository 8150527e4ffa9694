"""A library: the files and folders one validate or import names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.bank.loader import find_bank_files, format_problems, load_library
from tests.unit.banks.helpers import SINGLE, with_questions


def bank(bank_id: str) -> str:
    return with_questions(SINGLE).replace("id: solar", f"id: {bank_id}")


@pytest.fixture
def library(tmp_path: Path) -> Path:
    files = {
        "b.yaml": bank("b"),
        "a.YML": bank("a"),
        "notes.txt": "not a bank",
        "sub/c.yaml": bank("c"),
        "sub/deeper/d.Yaml": bank("d"),
        ".hidden/e.yaml": bank("e"),
        "sub/.f.yaml": bank("f"),
    }
    for name, text in files.items():
        path = tmp_path / "lib" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path / "lib"


def test_find_bank_files_is_recursive_sorted_and_skips_hidden(library: Path) -> None:
    found = [p.relative_to(library).as_posix() for p in find_bank_files(library)]
    assert found == ["a.YML", "b.yaml", "sub/c.yaml", "sub/deeper/d.Yaml"]


def test_a_library_keeps_the_order_given_and_paths_as_given(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(library.parent)
    (library.parent / "x.yaml").write_text(bank("x"), encoding="utf-8")
    load = load_library(["x.yaml", "lib/sub", "lib/"])
    assert [f.display_path for f in load.files] == [
        "x.yaml",
        os.path.join("lib/sub", "c.yaml"),
        os.path.join("lib/sub", "deeper", "d.Yaml"),
        "lib/a.YML",
        "lib/b.yaml",
    ]
    assert load.unreadable == ()
    assert all(f.result.bank is not None for f in load.files)
    assert load.files[0].path == Path("x.yaml")


def test_a_file_named_twice_is_loaded_once(library: Path) -> None:
    load = load_library([str(library / "b.yaml"), str(library)])
    assert [Path(f.display_path).name for f in load.files] == [
        "b.yaml",
        "a.YML",
        "c.yaml",
        "d.Yaml",
    ]


def test_paths_that_cannot_be_read_are_reported_apart(tmp_path: Path) -> None:
    (tmp_path / "ok.yaml").write_text(bank("ok"), encoding="utf-8")
    load = load_library([str(tmp_path / "missing"), str(tmp_path / "ok.yaml")])
    assert load.unreadable == (f"{tmp_path / 'missing'}: no such file or folder",)
    assert [f.result.bank is not None for f in load.files] == [True]


def test_an_explicit_file_is_loaded_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "solar.txt"
    path.write_text(bank("solar"), encoding="utf-8")
    [file] = load_library([str(path)]).files
    assert file.result.bank is not None


def test_a_bank_id_used_by_an_earlier_file_is_an_error_on_the_later_naming_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("one.yaml").write_text(bank("solar"), encoding="utf-8")
    Path("two.yaml").write_text(bank("solar"), encoding="utf-8")
    first, second = load_library(["one.yaml", "two.yaml"]).files
    assert first.result.bank is not None
    assert second.result.bank is None
    assert format_problems(second.display_path, second.result.problems) == [
        'two.yaml:2:5: error: id: the bank id "solar" is already used by one.yaml; two.yaml '
        "must have another id"
    ]
    # The order given decides which one is "second".
    first, second = load_library(["two.yaml", "one.yaml"]).files
    assert (first.result.bank is not None, second.result.bank is None) == (True, True)


def test_the_duplicate_id_joins_the_later_files_other_problems_in_line_order(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.yaml").write_text(bank("solar"), encoding="utf-8")
    broken = bank("solar").replace("title: Solar system", "title: ''").replace("Earth\n", "Pluto\n")
    (tmp_path / "b.yaml").write_text(broken, encoding="utf-8")
    _, later = load_library([str(tmp_path)]).files
    assert [(p.line, p.code) for p in later.result.problems] == [
        (2, "duplicate-bank-id"),
        (3, "empty-text"),
        (9, "answer-not-in-choices"),
    ]


def test_format_problems_prints_path_line_column_severity_and_message(tmp_path: Path) -> None:
    path = tmp_path / "warn.yaml"
    path.write_text(bank("w").replace("Mars]", "earth]"), encoding="utf-8")
    [file] = load_library([str(path)]).files
    assert format_problems("questions/warn.yaml", file.result.problems) == [
        'questions/warn.yaml:8:29: warning: question "planet": choices item 3: "earth" differs '
        "from item 2 only in letter case"
    ]


def test_the_editors_drafts_beside_a_bank_are_not_banks_of_the_library(tmp_path: Path) -> None:
    (tmp_path / "solar.yaml").write_text(bank("solar"), encoding="utf-8")
    (tmp_path / "solar.draft.yaml").write_text(bank("solar"), encoding="utf-8")
    (tmp_path / "moon.DRAFT.yml").write_text(bank("moon"), encoding="utf-8")
    (tmp_path / "draft.yaml").write_text(bank("draft"), encoding="utf-8")
    assert find_bank_files(tmp_path) == [tmp_path / "draft.yaml", tmp_path / "solar.yaml"]
    loaded = load_library([str(tmp_path)])
    assert [f.path.name for f in loaded.files] == ["draft.yaml", "solar.yaml"]
