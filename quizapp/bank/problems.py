"""Problems found in a bank file: a code, its arguments and a position.

The English text of every problem is made here and only here, from
``MESSAGES``; the CLI prints it, and the UI may look the same template up in
its translation catalogue (context ``"Problem"``) and fill in the same
arguments, so both always say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# code -> English template, filled with str.format(**args).
# ``where`` is the location prefix made by the validator ("settings.draw",
# 'question "founded-year": answer'); see docs/question-format.md.
MESSAGES: dict[str, str] = {
    "internal": "{where}: {detail}",
}


@dataclass(frozen=True)
class Problem:
    code: str
    line: int  # 1-based
    column: int  # 1-based, in characters
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(**self.args)

    def format(self, path: str) -> str:
        """``PATH:LINE:COLUMN: error: MESSAGE``, as the spec prints it."""
        return f"{path}:{self.line}:{self.column}: {self.severity.value}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
