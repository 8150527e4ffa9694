"""Starting a bank: ``quizapp new ID`` writes the commented template of
:mod:`quizapp.bank.template` to a new file, and never over an existing one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from quizapp.bank import scalars
from quizapp.bank.template import new_bank_text
from quizapp.service.errors import ServiceError


class BankFileExistsError(ServiceError):
    """The file a new bank would be written to is already there; it is left as it is."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; it was left as it is (choose another name)")
        self.path = path


def bad_bank_id(text: str) -> str | None:
    """Why ``text`` cannot be a bank's id (a slug), or None when it can."""
    if scalars.is_slug(text):
        return None
    reason = f"not a valid bank id: {text!r}; use lower-case letters, digits and '-'"
    suggestion = scalars.slug_suggestion(text)
    return reason + (f' (for example "{suggestion}")' if suggestion else "")


def bad_language(text: str) -> str | None:
    """Why ``text`` cannot be a bank's language (a BCP 47 tag such as en, id, zh-Hans)."""
    if scalars.is_language_tag(text):
        return None
    return f"not a language tag: {text!r} (for example en, id or zh-Hans)"


def create_bank_file(path: Path, bank_id: str, language: str = "en") -> Path:
    """Write a new template bank to ``path``; ValueError for a bad id or language,
    :class:`BankFileExistsError` when ``path`` exists, OSError when it cannot be written.

    The file appears whole or not at all, and an existing file is never replaced,
    even one made at the same moment by someone else.
    """
    problem = bad_bank_id(bank_id) or bad_language(language)
    if problem:
        raise ValueError(problem)
    if os.path.lexists(path):
        raise BankFileExistsError(path)
    _write_new(path, new_bank_text(bank_id, language).encode("utf-8"))
    return path


def _claim(path: Path) -> None:
    """Make ``path`` as an empty file of ours, or BankFileExistsError when it is there."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except FileExistsError:
        raise BankFileExistsError(path) from None


def _write_new(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path`` first, then link it into place (which fails, rather
    than replacing, when ``path`` has appeared meanwhile)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise BankFileExistsError(path) from None
        except OSError:  # no hard links here (FAT, some network shares)
            _claim(path)
            os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
