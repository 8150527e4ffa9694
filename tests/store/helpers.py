"""Helpers for the store's tests: bank files written by hand, statement counting."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, event


def bank_yaml(
    bank_id: str,
    questions: Sequence[str | tuple[str, str]] = ("q1", "q2"),
    *,
    title: str | None = None,
    points: Mapping[str, float] | None = None,
) -> str:
    """A valid bank of single-choice questions; a question is an id, or (id, prompt).

    Each question is worth 1 point unless ``points`` says otherwise.
    """
    lines = [
        "format: quizapp/1",
        f"id: {bank_id}",
        f"title: {title or 'Bank ' + bank_id}",
        "questions:",
    ]
    for question in questions:
        question_id, prompt = question if isinstance(question, tuple) else (question, question)
        lines += [
            f"  - id: {question_id}",
            "    type: single_choice",
            f'    prompt: "What is {prompt}?"',
            "    choices: [right, wrong]",
            "    answer: right",
            f"    points: {(points or {}).get(question_id, 1)}",
        ]
    return "\n".join(lines) + "\n"


def write_bank(path: Path, text: str, *, mtime: datetime | None = None) -> Path:
    """Write a bank file; ``mtime`` sets its modification time (so tests never sleep)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        stamp = int(mtime.timestamp() * 1e9)
        os.utime(path, ns=(stamp, stamp))
    return path


def touch_later(path: Path, seconds: float = 60) -> None:
    """Move a file's modification time forward without changing its bytes."""
    stamp = path.stat().st_mtime_ns + int(seconds * 1e9)
    os.utime(path, ns=(stamp, stamp))


class StatementCounter:
    """Counts the SQL statements an engine runs while active."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.statements: list[str] = []

    def _count(self, *args: object) -> None:
        self.statements.append(str(args[2]))

    def __enter__(self) -> StatementCounter:
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._count)
