"""A problem's line leads to its question, so the editor can open there."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.positions import question_id_at, question_id_in_file

BANK = b"""\
format: quizapp/1
id: b
title: B
questions:
  - id: first
    type: true_false
    prompt: P
    answer: yes

  - id: second
    type: true_false
    prompt: Q
    answer: true
"""


def test_a_line_inside_an_entry_names_that_question() -> None:
    assert question_id_at(BANK, 8) == "first"
    assert question_id_at(BANK, 9) == "first"
    assert question_id_at(BANK, 10) == "second"
    assert question_id_at(BANK, 13) == "second"


def test_a_line_outside_the_questions_names_none() -> None:
    assert question_id_at(BANK, 2) is None
    assert question_id_at(BANK, 99) is None
    assert question_id_at(b"format: [\n", 1) is None


def test_a_file_that_cannot_be_read_names_none(tmp_path: Path) -> None:
    assert question_id_in_file(tmp_path / "gone.yaml", 5) is None
    (tmp_path / "b.yaml").write_bytes(BANK)
    assert question_id_in_file(tmp_path / "b.yaml", 5) == "first"
