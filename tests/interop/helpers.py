"""Write a conversion as the convert command will, and load it with the bank's own loader."""

from __future__ import annotations

from pathlib import Path

import yaml

from quizapp.bank.loader import LoadResult, load_bank
from quizapp.bank.model import Bank
from quizapp.interop.conversion import Conversion

FIXTURES = Path(__file__).parent / "fixtures"


def write_conversion(conversion: Conversion, folder: Path, name: str = "bank.yaml") -> Path:
    assert conversion.bank is not None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(conversion.bank, allow_unicode=True, sort_keys=False))
    for file_name, data in conversion.media.items():
        (folder / file_name).write_bytes(data)
    return path


def load_conversion(conversion: Conversion, folder: Path) -> LoadResult:
    return load_bank(write_conversion(conversion, folder))


def loaded_bank(conversion: Conversion, folder: Path) -> Bank:
    """The bank the conversion writes; the test fails when the loader finds any error."""
    assert not conversion.refused, [p.format("source") for p in conversion.problems]
    result = load_conversion(conversion, folder)
    assert result.bank is not None, [p.format("bank.yaml") for p in result.problems]
    return result.bank


def lines(conversion: Conversion, path: str = "source") -> list[str]:
    return [problem.format(path) for problem in conversion.problems]
