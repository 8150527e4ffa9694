"""CSV exports: cells a spreadsheet would run as a formula, and writing a file whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.service.exports import safe_cell, write_atomically


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Jupiter", "Jupiter"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_formula_cells_are_written_as_text(cell: str, written: str) -> None:
    assert safe_cell(cell) == written


def test_a_file_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")

    write_atomically(target, b"new")

    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.mkdir()  # a folder cannot be replaced by a file

    with pytest.raises(IsADirectoryError):
        write_atomically(target, b"new")

    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    assert target.is_dir()
