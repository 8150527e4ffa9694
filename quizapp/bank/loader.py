"""Load question banks: one file, its bytes, or a whole library of files and folders.

Loading never raises for what a file holds: every fault becomes a
:class:`Problem` with a position, and a file with any error gives no bank
(all or nothing per file). The steps are :func:`yamlsafe.compose` (limits,
safe YAML, a node tree with positions) and :func:`validate.validate_document`
(the format's rules, the typed :class:`Bank`).

A *library* is what one ``validate`` or ``import`` names: files in the order
given, folders expanded recursively in sorted order (hidden folders and files
skipped). A bank id already used by an earlier file of the library is an
error on the later file, naming both.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.bank.model import Bank
from quizapp.bank.problems import Phrase, Problem
from quizapp.bank.regular import Refused, read_regular

if TYPE_CHECKING:
    from quizapp.bank.validate import Validated

# The parser and the validator (YAML and ~40 ms of imports) are imported when
# a file is loaded: re-syncing an unchanged library only lists files.

BANK_SUFFIXES = (".yaml", ".yml")
# A draft the bank editor keeps beside a bank (NAME.draft.yaml) is not a bank of the library.
DRAFT_SUFFIXES = (".draft.yaml", ".draft.yml")


@dataclass(frozen=True)
class LoadResult:
    bank: Bank | None  # None when there is any error
    problems: tuple[Problem, ...]  # errors and warnings, in line order


@dataclass(frozen=True)
class FileResult:
    display_path: str  # as the user gave it, or as expanded from a given folder
    path: Path
    result: LoadResult


@dataclass(frozen=True)
class LibraryLoad:
    files: tuple[FileResult, ...]  # args in the order given, folders expanded sorted
    unreadable: tuple[str, ...]  # paths that cannot be read at all (the CLI exits 2)


def load_bank(path: Path) -> LoadResult:
    """Load one bank file; an unreadable file is a problem at 1:1, never an exception."""
    data = _read_file(path)
    if isinstance(data, Problem):
        return LoadResult(None, (data,))
    return _result(_load(data, path.parent))


def load_bank_bytes(data: bytes, *, base_dir: Path | None) -> LoadResult:
    """Load a bank from its bytes. ``base_dir`` is the folder that holds the bank,
    which ``image`` and ``reading: {file: ...}`` paths are confined to; with
    ``None`` such paths are errors."""
    return _result(_load(data, base_dir))


def find_bank_files(folder: Path) -> list[Path]:
    """``*.yaml`` / ``*.yml`` files (any letter case) under ``folder``, recursively,
    hidden folders and files and the editor's drafts (``*.draft.yaml``) skipped, sorted."""
    return _find_bank_files(folder, on_error=None)


def is_bank_file_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(BANK_SUFFIXES) and not lower.endswith(DRAFT_SUFFIXES)


def draft_path(path: Path) -> Path:
    """Where the bank editor keeps a draft of ``path``: ``NAME.draft.yaml`` beside it."""
    return path.with_name(path.stem + ".draft" + (path.suffix or ".yaml"))


def load_library(paths: Sequence[str]) -> LibraryLoad:
    """Load every bank file the paths name; see the module docstring for the order."""
    files: list[FileResult] = []
    unreadable: list[str] = []
    loaded: set[str] = set()
    first_file_by_id: dict[str, str] = {}
    for display, path in _expand(paths, unreadable):
        real = os.path.realpath(path)
        if real in loaded:  # named twice (a file and its folder): load it once
            continue
        loaded.add(real)
        data = _read_file(path)
        if isinstance(data, Problem) and data.code == "unreadable":
            unreadable.append(_path_message("path-cannot-read", display, data.args["reason"]))
            continue
        if isinstance(data, Problem):  # too large, or not a regular file: a problem at 1:1
            files.append(FileResult(display, path, LoadResult(None, (data,))))
            continue
        validated = _claim_bank_id(_load(data, path.parent), display, first_file_by_id)
        files.append(FileResult(display, path, _result(validated)))
    return LibraryLoad(tuple(files), tuple(unreadable))


def format_problems(display_path: str, problems: Iterable[Problem]) -> list[str]:
    """``PATH:LINE:COLUMN: error: MESSAGE`` lines, as ``validate`` prints them."""
    return [problem.format(display_path) for problem in problems]


# --- internals -------------------------------------------------------------------------------


def _load(data: bytes, base_dir: Path | None) -> Validated:
    from quizapp.bank.validate import Validated, sort_problems, validate_document
    from quizapp.bank.yamlsafe import compose

    # The walk makes many small objects that all live until it ends; collecting
    # cycles among them would only cost time, so the collector waits.
    collecting = gc.isenabled()
    gc.disable()
    try:
        root, problems = compose(data)
        if root is None:
            return Validated(None, tuple(problems), None, None)
        try:
            validated = validate_document(root, base_dir=base_dir)
        except RecursionError:  # merge keys chained hundreds deep
            return Validated(None, (Problem("too-deep", 1, 1),), None, None)
    finally:
        if collecting:
            gc.enable()
    if not problems:
        return validated
    return Validated(
        None,
        sort_problems([*problems, *validated.problems]),
        validated.bank_id,
        validated.bank_id_position,
    )


def _result(validated: Validated) -> LoadResult:
    return LoadResult(validated.bank, validated.problems)


def _read_file(path: Path) -> bytes | Problem:
    from quizapp.bank.yamlsafe import MAX_BYTES

    data = read_regular(path, MAX_BYTES)
    if not isinstance(data, Refused):
        return data
    if data.code == "not-regular":
        return Problem("not-regular", 1, 1)
    if data.code == "too-large":
        return Problem("too-large", 1, 1, {"size": f"{data.size:,}"})
    return Problem("unreadable", 1, 1, {"reason": data.reason})


def _claim_bank_id(
    validated: Validated, display: str, first_file_by_id: dict[str, str]
) -> Validated:
    from quizapp.bank.validate import Validated, sort_problems

    bank_id = validated.bank_id
    if bank_id is None or validated.bank_id_position is None:
        return validated
    first = first_file_by_id.setdefault(bank_id, display)
    if first == display:
        return validated
    line, column = validated.bank_id_position
    duplicate = Problem(
        "duplicate-bank-id",
        line,
        column,
        {"where": "id", "bank_id": bank_id, "first_path": first, "this_path": display},
    )
    return Validated(
        None,
        sort_problems([*validated.problems, duplicate]),
        bank_id,
        validated.bank_id_position,
    )


def _expand(paths: Sequence[str], unreadable: list[str]) -> Iterable[tuple[str, Path]]:
    """(display path, path) of every file the paths name, folders expanded."""
    for given in paths:
        path = Path(given)
        if path.is_dir():

            def report(error: OSError, given: str = given) -> None:
                where = str(error.filename or given)
                unreadable.append(_path_message("path-cannot-read", where, error.strerror))

            for found in _find_bank_files(path, on_error=report):
                yield os.path.join(given, os.path.relpath(found, path)), found
        elif path.exists():  # a FIFO or device too: reading it says "not a regular file"
            yield given, path
        else:
            unreadable.append(_path_message("path-not-found", given))


def _path_message(code: str, path: str, reason: str | None = None) -> str:
    return Phrase(code, path=path, reason=reason or "")


def _find_bank_files(folder: Path, on_error: Callable[[OSError], None] | None) -> list[Path]:
    found: list[Path] = []
    for directory, subdirectories, filenames in os.walk(folder, onerror=on_error):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        found.extend(
            Path(directory, name)
            for name in filenames
            if not name.startswith(".") and is_bank_file_name(name)
        )
    return sorted(found)
