"""Editing a bank file in the app: open it as data, check it as one types, save it safely.

The rules the editor keeps, here so that they hold whatever calls them:

* a bank is saved only through :func:`save_bank`, which writes a temporary file
  and renames it, so a bank is never half-written;
* data that does not validate is never written over a file that does: the
  save is refused and :func:`save_draft` keeps it beside the bank as
  ``NAME.draft.yaml``, which the library does not load;
* a rewrite keeps the file's leading comment block; a file with comments further
  down, anchors or aliases loses them (``Opened.loses_on_rewrite``), which the
  editor says before the first save.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from quizapp.bank.editable import Checked, check, read_editable
from quizapp.bank.loader import draft_path, load_bank
from quizapp.bank.model import FORMAT_VERSION
from quizapp.bank.problems import Problem
from quizapp.bank.yaml_writer import has_inner_comments_or_anchors
from quizapp.service.exports import write_atomically


@dataclass(frozen=True)
class Opened:
    path: Path
    data: dict[str, Any] | None  # None when the file cannot be read as YAML at all
    leading_comment: str
    problems: tuple[Problem, ...]  # why it cannot be edited as a form (data is None)
    loses_on_rewrite: bool  # inner comments, anchors or aliases a save cannot keep
    draft: Path | None  # a draft kept beside the bank by an earlier refused save


class SaveResult(StrEnum):
    SAVED = "saved"  # the file now holds the data
    REFUSED = "refused"  # invalid data, and the file on disk is a valid bank: nothing written


@dataclass(frozen=True)
class SaveOutcome:
    result: SaveResult
    checked: Checked  # the text and every problem, placed in that text

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.checked.result.problems


def open_bank_for_editing(path: Path) -> Opened:
    """Read ``path`` as editable data; an unreadable file is a problem, never an exception."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        result = load_bank(path)  # the loader says what is wrong, with its place
        return Opened(path, None, "", result.problems, False, None)
    editable = read_editable(text)
    draft = draft_path(path)
    return Opened(
        path=path,
        data=editable.data,
        leading_comment=editable.leading_comment,
        problems=editable.problems,
        loses_on_rewrite=editable.data is not None and has_inner_comments_or_anchors(text),
        draft=draft if draft.is_file() else None,
    )


def check_bank(data: Mapping[str, Any], *, leading_comment: str, path: Path) -> Checked:
    """What saving ``data`` to ``path`` would write, and the validator's problems with it."""
    return check(data, leading_comment=leading_comment, base_dir=path.parent)


def save_bank(path: Path, data: Mapping[str, Any], *, leading_comment: str) -> SaveOutcome:
    """Write ``data`` to ``path``, unless it is invalid and would replace a valid bank.

    A successful save removes a draft left beside the bank: the bank is newer.
    """
    checked = check_bank(data, leading_comment=leading_comment, path=path)
    if not checked.is_valid and _is_valid_bank(path):
        return SaveOutcome(SaveResult.REFUSED, checked)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, checked.text.encode("utf-8"))
    if checked.is_valid:
        with contextlib.suppress(OSError):
            draft_path(path).unlink(missing_ok=True)
    return SaveOutcome(SaveResult.SAVED, checked)


def save_draft(path: Path, data: Mapping[str, Any], *, leading_comment: str) -> Path:
    """Keep ``data`` beside the bank as ``NAME.draft.yaml``, whatever its problems."""
    draft = draft_path(path)
    checked = check_bank(data, leading_comment=leading_comment, path=path)
    write_atomically(draft, checked.text.encode("utf-8"))
    return draft


def new_bank_data(bank_id: str, title: str, language: str = "en") -> dict[str, Any]:
    """A small valid bank to start from: one single-choice question."""
    return {
        "format": FORMAT_VERSION,
        "id": bank_id,
        "title": title,
        "language": language,
        "questions": [new_question_data("single_choice", "question-1")],
    }


def new_question_data(type_name: str, question_id: str) -> dict[str, Any]:
    """A question of ``type_name`` that validates, for the teacher to change."""
    fields = _STARTERS.get(type_name, {})
    return {"id": question_id, "type": type_name, **_copy(fields)}


def _is_valid_bank(path: Path) -> bool:
    return path.is_file() and load_bank(path).bank is not None


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


_STARTERS: dict[str, dict[str, Any]] = {
    "single_choice": {"prompt": "Question?", "choices": ["Right", "Wrong"], "answer": "Right"},
    "multiple_choice": {
        "prompt": "Question?",
        "choices": ["Right", "Also right", "Wrong"],
        "answers": ["Right", "Also right"],
    },
    "true_false": {"prompt": "Statement.", "answer": True},
    "short_answer": {"prompt": "Question?", "answers": ["answer"]},
    "numeric": {"prompt": "How many?", "answer": 1},
    "ordering": {"prompt": "Put in order.", "items": ["First", "Second", "Third"]},
    "matching": {"prompt": "Match the pairs.", "pairs": {"Left 1": "Right 1", "Left 2": "Right 2"}},
    "cloze": {"text": "Fill in the {{blank}}."},
}
