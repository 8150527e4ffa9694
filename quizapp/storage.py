"""The data on disk: private folders and files, and the one error for data that cannot be used.

Free of Qt and of the store, so ``paths``, the store, the service, the CLI and
the UI can all use it. A :class:`StorageError` carries a kind, the file (or
URL) it is about, and an English message made here, in one place; the UI
puts the known kinds into the user's language.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from contextlib import suppress
from enum import StrEnum
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class StorageProblem(StrEnum):
    DATA_DIR_NOT_FOLDER = "data-dir-not-folder"
    DATA_DIR_DENIED = "data-dir-denied"
    BAD_URL = "bad-url"
    IS_FOLDER = "is-folder"
    NOT_QUIZAPP = "not-quizapp"
    DAMAGED = "damaged"
    NEWER = "newer"
    NO_VERSION = "no-version"
    READ_ONLY = "read-only"
    UNAVAILABLE = "unavailable"


# {where} is the file, folder or URL (its password hidden); {detail} says more, in English.
MESSAGES = {
    StorageProblem.DATA_DIR_NOT_FOLDER: (
        "the data folder {where} is a file, not a folder: name a folder with --data-dir "
        "(or QUIZAPP_DATA_DIR), or move that file away"
    ),
    StorageProblem.DATA_DIR_DENIED: (
        "the data folder {where} cannot be made or used ({detail}): choose a folder you can "
        "write to with --data-dir (or QUIZAPP_DATA_DIR)"
    ),
    StorageProblem.BAD_URL: (
        "the database URL {where} cannot be used ({detail}): give a URL such as "
        "sqlite:////path/to/quizapp.db, or leave --database out"
    ),
    StorageProblem.IS_FOLDER: (
        "the database {where} is a folder, not a file: name a database file, or leave "
        "--database out to use quizapp.db in the data folder"
    ),
    StorageProblem.NOT_QUIZAPP: (
        "{where} is not a QuizApp database ({detail}); it was left unchanged: name a QuizApp "
        "database or a new file"
    ),
    StorageProblem.DAMAGED: (
        "the database {where} is damaged ({detail}); it was left unchanged: restore it from a "
        "backup, or move it away to start with an empty one"
    ),
    StorageProblem.NEWER: (
        "the database {where} is at {detail}, which only a newer QuizApp knows; it was left "
        "unchanged: open it with that version, or choose another database"
    ),
    StorageProblem.NO_VERSION: (
        "the database {where} has QuizApp's tables but no record of their schema version; "
        "it was left unchanged: restore it from a backup"
    ),
    StorageProblem.READ_ONLY: (
        "the database {where} cannot be written ({detail}): make the file and its folder "
        "writable for you, or choose another data folder"
    ),
    StorageProblem.UNAVAILABLE: (
        "the database {where} cannot be opened ({detail}): check the URL, and that the "
        "file or the server can be reached"
    ),
}


class StorageError(Exception):
    """The data folder or the database cannot be used; ``str()`` is the message for the user."""

    def __init__(self, kind: StorageProblem, where: str | Path, detail: str = "") -> None:
        self.kind = kind
        self.where = str(where)
        self.detail = detail
        super().__init__(MESSAGES[kind].format(where=self.where, detail=detail))


# --- private folders and files --------------------------------------------------------------


def make_private_dir(path: Path) -> None:
    """Make the folder ``path`` when missing (its parents as usual), readable by its owner only.

    OSError as the system gives it: FileExistsError when ``path`` is a file.
    """
    if path.is_dir():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=PRIVATE_DIR_MODE)
    except FileExistsError:
        if path.is_dir():
            return  # made meanwhile by another QuizApp starting at the same moment
        raise
    os.chmod(path, PRIVATE_DIR_MODE)  # mkdir's mode passes through the umask


def create_private_file(path: Path) -> None:
    """Make ``path`` an empty file only its owner can read and write, unless it exists."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return
    os.close(descriptor)
    os.chmod(path, PRIVATE_FILE_MODE)  # whatever the umask


def private_opener(path: str, flags: int) -> int:
    """An ``opener`` for :func:`open` that makes a new file private (for the log)."""
    descriptor = os.open(path, flags, PRIVATE_FILE_MODE)
    with suppress(OSError):  # not the owner: the folder's mode still keeps others out
        os.chmod(path, PRIVATE_FILE_MODE)
    return descriptor


def tighten(folder: Path, patterns: Iterable[str]) -> list[Path]:
    """Take every right of group and others from ``folder`` and its files matching ``patterns``.

    Rights are only taken, never given. Returns what was changed; what cannot
    be changed (not the owner) is left as it is.
    """
    changed = []
    files = sorted({path for pattern in patterns for path in folder.glob(pattern)})
    for path, keep in [(folder, PRIVATE_DIR_MODE), *((f, PRIVATE_FILE_MODE) for f in files)]:
        try:
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode) or not stat.S_IMODE(info.st_mode) & ~keep:
                continue
            os.chmod(path, stat.S_IMODE(info.st_mode) & keep)
        except OSError:
            continue
        changed.append(path)
    return changed
