"""Load YAML text as a bank and look at what a teacher would see."""

from __future__ import annotations

import textwrap
from pathlib import Path

from quizapp.bank.loader import LoadResult, load_bank_bytes

HEAD = "format: quizapp/1\nid: solar\ntitle: Solar system\n"
# With HEAD, "questions:" is line 4 and the first question's first key is line 5, column 5.
QUESTION_LINE = 5


def load_text(text: str, base_dir: Path | None = None) -> LoadResult:
    return load_bank_bytes(textwrap.dedent(text).encode("utf-8"), base_dir=base_dir)


def lines_of(text: str, base_dir: Path | None = None) -> list[str]:
    """The problem lines ``validate`` would print for a file named bank.yaml."""
    return [p.format("bank.yaml") for p in load_text(text, base_dir).problems]


def with_questions(*questions: str, head: str = HEAD) -> str:
    """A bank of HEAD plus the questions, each given as its keys one per line."""
    body = []
    for question in questions:
        keys = textwrap.dedent(question).strip("\n").splitlines()
        body.append("  - " + keys[0])
        body.extend("    " + key for key in keys[1:])
    return head + "questions:\n" + "\n".join(body) + "\n"


SINGLE = """\
id: planet
type: single_choice
prompt: Which planet is third from the Sun?
choices: [Venus, Earth, Mars]
answer: Earth
"""
