"""What every converter returns: the bank as YAML data, its problems, its pictures.

A reader (GIFT, Aiken, Moodle XML) turns another tool's file into the data a
``.yaml`` bank holds (mappings, lists and scalars exactly as the format spec
writes them), so the result is checked by the bank's own validator before
anything is written. Problems carry the position in the *source* file and print
as ``PATH:LINE:COLUMN: error: MESSAGE`` (the validator's output contract); a
reader registers its problem codes with :func:`quizapp.bank.problems.register_messages`.
Anything the target cannot hold is a warning naming the question, never dropped
silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quizapp.bank.problems import Problem, has_errors


@dataclass(frozen=True)
class Conversion:
    """One converted file.

    ``bank`` is ``None`` when the source was refused (then ``problems`` holds at
    least one error and nothing may be written). ``media`` maps a file name,
    relative to the bank file and inside its folder, to the bytes to write
    beside it (pictures carried by a Moodle XML file, say).
    """

    bank: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)
    media: Mapping[str, bytes] = field(default_factory=dict)

    @property
    def refused(self) -> bool:
        return self.bank is None or has_errors(self.problems)
