"""The editor's save rules: valid data saved atomically, never an invalid file over a valid one."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.bank.model import QUESTION_TYPES
from quizapp.service.authoring import (
    SaveResult,
    check_bank,
    new_bank_data,
    new_question_data,
    open_bank_for_editing,
    save_bank,
    save_draft,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "solar.yaml"
    path.write_text(
        "# The solar system, for year 5.\n"
        "format: quizapp/1\nid: solar\ntitle: Solar\n"
        "questions:\n  - id: q1\n    type: true_false\n    prompt: The Sun is a star.\n"
        "    answer: true  # it is\n",
        encoding="utf-8",
    )
    return path


def test_an_edit_that_validates_is_saved_and_keeps_the_leading_comment(bank_file: Path) -> None:
    opened = open_bank_for_editing(bank_file)
    assert opened.data is not None
    assert opened.loses_on_rewrite
    opened.data["questions"][0]["prompt"] = "The Moon is a star."
    outcome = save_bank(bank_file, opened.data, leading_comment=opened.leading_comment)
    assert outcome.result is SaveResult.SAVED
    text = bank_file.read_text(encoding="utf-8")
    assert text.startswith("# The solar system, for year 5.\nformat: quizapp/1\n")
    bank = load_bank(bank_file).bank
    assert bank is not None
    assert bank.questions[0].prompt == "The Moon is a star."


def test_an_invalid_edit_is_not_written_over_a_valid_bank_but_kept_as_a_draft(
    bank_file: Path,
) -> None:
    before = bank_file.read_bytes()
    opened = open_bank_for_editing(bank_file)
    assert opened.data is not None
    opened.data["questions"][0]["answer"] = "maybe"
    outcome = save_bank(bank_file, opened.data, leading_comment=opened.leading_comment)
    assert outcome.result is SaveResult.REFUSED
    assert bank_file.read_bytes() == before
    message = outcome.problems[0].format("solar.yaml")
    assert message.startswith("solar.yaml:10:13: error: ")
    assert "answer" in message
    draft = save_draft(bank_file, opened.data, leading_comment=opened.leading_comment)
    assert draft == bank_file.with_name("solar.draft.yaml")
    assert "answer: maybe" in draft.read_text(encoding="utf-8")
    assert open_bank_for_editing(bank_file).draft == draft
    opened.data["questions"][0]["answer"] = False
    assert save_bank(bank_file, opened.data, leading_comment="").result is SaveResult.SAVED
    assert not draft.exists()


def test_an_invalid_file_may_be_saved_while_it_is_being_fixed(bank_file: Path) -> None:
    bank_file.write_text("format: quizapp/1\nid: solar\n", encoding="utf-8")
    opened = open_bank_for_editing(bank_file)
    assert opened.data is not None
    opened.data["title"] = "Solar"
    outcome = save_bank(bank_file, opened.data, leading_comment="")
    assert outcome.result is SaveResult.SAVED
    assert "title: Solar" in bank_file.read_text(encoding="utf-8")


def test_a_file_yaml_cannot_read_opens_with_its_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("format: quizapp/1\nid: [unclosed\n", encoding="utf-8")
    opened = open_bank_for_editing(path)
    assert opened.data is None
    assert opened.problems
    assert opened.problems[0].line >= 2


def test_the_new_bank_template_and_each_new_question_validate(tmp_path: Path) -> None:
    data = new_bank_data("my-bank", "My bank", "id")
    data["questions"] = [new_question_data(name, f"q-{n}") for n, name in enumerate(QUESTION_TYPES)]
    checked = check_bank(data, leading_comment="", path=tmp_path / "my-bank.yaml")
    assert checked.result.problems == ()
    assert checked.result.bank is not None
    assert [q.type for q in checked.result.bank.questions] == list(QUESTION_TYPES)
