"""Backups of the SQLite database file: copies, checks, restores.

A backup is made with SQLite's online backup API (``sqlite3.Connection.backup``),
so it is a consistent copy even while the app writes; it is a single file in
rollback-journal mode (no ``-wal`` beside it), readable by the owner only.
A restore never writes into the database it replaces: the backup is copied
beside it, checked, and moved over it in one rename, after the old file's
``-wal`` and ``-shm`` (which belong to the old file) are removed.

Only the SQLite file's own specifics live here; which backups to keep and when
to make them is :mod:`quizapp.service.backup`'s business.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url

from quizapp.store.db import known_revisions

SQLITE_HEADER = b"SQLite format 3\x00"
# Tables every QuizApp database has had since the first schema.
QUIZAPP_TABLES = frozenset({"alembic_version", "profiles", "banks", "attempts", "answers"})
_PRIVATE_FILE = 0o600


class NotQuizAppDatabaseError(ValueError):
    """The file is not a QuizApp database (not SQLite, or without QuizApp's tables)."""


class NewerDatabaseError(ValueError):
    """The file is a QuizApp database at a schema revision this app does not know."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"{path} is at schema revision {revision!r}, newer than this QuizApp knows"
        )
        self.revision = revision


class DamagedDatabaseError(ValueError):
    """The file fails SQLite's ``quick_check``."""


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problems: tuple[str, ...]  # SQLite's own lines, at most a few


def sqlite_file(database_url: str) -> Path | None:
    """The file of a SQLite database URL; None for another database or one in memory."""
    url = make_url(database_url)
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        return None  # a URI filename: options we would not copy faithfully
    return Path(database)


def quick_check(path: Path) -> CheckResult:
    """``PRAGMA quick_check`` on the file, opened read-only; a file SQLite cannot read fails."""
    try:
        with _read_only(path) as connection:
            rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        return CheckResult(False, (str(error),))
    return CheckResult(rows == ["ok"], tuple(rows) if rows != ["ok"] else ())


def revision_of(path: Path) -> str:
    """The schema revision of the QuizApp database at ``path``.

    NotQuizAppDatabaseError when it is none; DamagedDatabaseError when SQLite
    cannot read it; NewerDatabaseError when this app does not know its revision.
    """
    if not _has_sqlite_header(path):
        raise NotQuizAppDatabaseError(f"{path} is not a SQLite database")
    try:
        with _read_only(path) as connection:
            tables = {
                str(row[0])
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if not QUIZAPP_TABLES.issubset(tables):
                raise NotQuizAppDatabaseError(f"{path} holds no QuizApp data")
            revisions = [
                str(row[0]) for row in connection.execute("SELECT version_num FROM alembic_version")
            ]
    except sqlite3.DatabaseError as error:  # a SQLite file SQLite cannot read
        raise DamagedDatabaseError(f"{path} cannot be read: {error}") from None
    if len(revisions) != 1:
        raise NotQuizAppDatabaseError(f"{path} has no single schema revision")
    if revisions[0] not in known_revisions():
        raise NewerDatabaseError(path, revisions[0])
    return revisions[0]


def copy_database(source: Path, target: Path) -> None:
    """Copy the database at ``source`` to the new file ``target`` (0600), consistently.

    Written beside ``target`` and renamed into place, so ``target`` is either
    absent or a whole copy.
    """
    partial = target.with_name(f".{target.name}.partial")
    _remove(partial)
    # Made empty and private first: SQLite takes an empty file as a new database,
    # and its journal files take the database file's permissions.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _PRIVATE_FILE))
    try:
        _backup(source, partial)
        os.replace(partial, target)
    except sqlite3.DatabaseError as error:
        _remove(partial)
        raise DamagedDatabaseError(f"{source} cannot be copied: {error}") from None
    except BaseException:
        _remove(partial)
        raise
    _sync_folder(target.parent)


def replace_database(backup: Path, database: Path) -> None:
    """Make ``database`` a copy of ``backup``. No connection to ``database`` may be open.

    The backup is checked first (QuizApp's, a known revision, passes quick_check);
    the old file's ``-wal`` and ``-shm`` go, or SQLite would replay them into the copy.
    """
    revision_of(backup)
    check = quick_check(backup)
    if not check.ok:
        raise DamagedDatabaseError(f"{backup} is damaged: {'; '.join(check.problems)}")
    incoming = database.with_name(f".{database.name}.restoring")
    _remove(incoming)
    copy_database(backup, incoming)
    for suffix in ("-wal", "-shm", "-journal"):
        _remove(database.with_name(database.name + suffix))
    os.replace(incoming, database)
    _sync_folder(database.parent)


# --- inside --------------------------------------------------------------------------------------


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _backup(source: Path, target: Path) -> None:
    if not _has_sqlite_header(source):
        raise NotQuizAppDatabaseError(f"{source} is not a SQLite database")
    reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
            # One self-contained file: no -wal beside a backup.
            writer.execute("PRAGMA journal_mode=DELETE")
            writer.commit()
        finally:
            writer.close()
    finally:
        reader.close()
    with target.open("rb+") as file:
        os.fsync(file.fileno())


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
