"""Which files in a library folder are banks, and which an editor leaves beside them.

The in-app editor keeps an unsaved bank that does not validate as ``NAME.draft.yaml``
beside it; the library never reads such a draft. Editors write scratch files while
saving (Emacs ``.#NAME`` locks, Vim ``.NAME.swp`` and ``4913``, ``NAME~`` backups,
``.NAME.tmp``-style temporary files renamed over the bank): none of them is a bank.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from quizapp.bank.loader import DRAFT_SUFFIXES, is_bank_file_name

_SCRATCH_SUFFIXES = ("~", ".swp", ".swx", ".swo", ".tmp", ".bak", ".part")
_VIM_PROBE = "4913"  # Vim writes and removes it to test whether a folder is writable


def is_draft(name: str) -> bool:
    """A draft the in-app editor keeps beside a bank (``NAME.draft.yaml``)."""
    return name.lower().endswith(DRAFT_SUFFIXES)


def is_scratch(name: str) -> bool:
    """A file an editor makes while saving: hidden, a backup, a swap or temporary file."""
    lowered = name.lower()
    return name.startswith((".", "#")) or lowered.endswith(_SCRATCH_SUFFIXES) or name == _VIM_PROBE


def is_library_bank(name: str) -> bool:
    """A file the library reads as a bank: ``*.yaml``/``*.yml``, not hidden, not a draft."""
    return not name.startswith(".") and is_bank_file_name(name)


def bank_folders(folders: Iterable[Path]) -> list[str]:
    """Every folder the library reads banks from: ``folders`` and their subfolders, hidden
    ones skipped (as :func:`quizapp.bank.loader.find_bank_files` skips them)."""
    found: list[str] = []
    for folder in folders:
        for directory, subdirectories, _files in os.walk(folder):
            subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
            found.append(directory)
    return found
