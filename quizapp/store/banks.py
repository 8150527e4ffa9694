"""One bank in the store: its file on disk, and writing its rows in one transaction.

:mod:`quizapp.store.library` decides what to write (sync and import rules);
this module writes it. New question versions are added, the bank's row and
its questions are inserted or brought in line with the file in bulk (one
``executemany`` per table, never a statement per question), and a question
gone from the file is marked inactive.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from quizapp.bank.model import Bank, Question, settings_from_dict, settings_to_dict
from quizapp.bank.regular import MAX_BANK_BYTES, Refused, hash_regular
from quizapp.store.db import bulk_insert
from quizapp.store.pictures import capture_pictures
from quizapp.store.tables import metadata
from quizapp.store.versions import Snapshot, snapshot, store_versions

BANKS = metadata.tables["banks"]
QUESTIONS = metadata.tables["questions"]


class Outcome(StrEnum):
    IMPORTED = "imported"  # a bank new to the store
    UPDATED = "updated"  # a stored bank changed (content, or moved to this file)
    UNCHANGED = "unchanged"
    FAILED = "failed"  # problems; nothing of this file was stored
    SHADOWED = "shadowed"  # a valid bank whose id a prevailing folder's bank keeps (the class's)


@dataclass(frozen=True)
class DiskFile:
    path: str  # absolute, symbolic links resolved: the file's identity
    size: int
    mtime_ns: int


def disk_file(path: Path) -> DiskFile:
    """The file's resolved path, size and modification time (OSError if it cannot be read).

    A link to a device or a FIFO keeps its own path: the problem reported for it
    then names the file in the library, not ``/dev/zero``.
    """
    resolved = os.path.realpath(path)
    status = os.stat(resolved)
    if not stat.S_ISREG(status.st_mode):
        resolved = os.path.abspath(path)
    return DiskFile(resolved, status.st_size, status.st_mtime_ns)


def file_hash_of(path: str) -> str:
    """SHA-256 of the file's bytes; OSError unless it is a regular file within the size limit
    (a FIFO or a device is never opened for reading, nor hashed past the limit + 1 byte)."""
    hashed = hash_regular(path, MAX_BANK_BYTES)
    if isinstance(hashed, Refused):
        raise OSError(hashed.reason or hashed.code)
    return hashed


@dataclass(frozen=True)
class Source:
    """A bank file as it was when read: what is stored to spot the next change."""

    disk: DiskFile
    file_hash: str


def _bank_values(bank: Bank, source: Source) -> dict[str, Any]:
    return {
        "title": bank.title,
        "language": bank.language,
        "path": source.disk.path,
        "file_size": source.disk.size,
        "mtime_ns": source.disk.mtime_ns,
        "file_hash": source.file_hash,
        "settings": settings_to_dict(bank.settings),
        "description": bank.description,
        "authors": list(bank.authors),
        "tags": list(bank.tags),
        "reading": bank.reading,
        "hidden": False,
    }


# What a reader of the bank sees; the file's size, time and hash are not among them.
_CONTENT_KEYS = (
    "title",
    "language",
    "path",
    "settings",
    "description",
    "authors",
    "tags",
    "reading",
    "hidden",
)


def _question_rows(bank: Bank, snapshots: Sequence[Snapshot]) -> list[dict[str, Any]]:
    return [
        {
            "bank_id": bank.id,
            "question_id": question.id,
            "position": position,
            "type": question.TYPE,
            "points": question.points,
            "content_hash": version.content_hash,
            "active": True,
        }
        for position, (question, version) in enumerate(zip(bank.questions, snapshots, strict=True))
    ]


def bank_from_row(row: Any, settings: dict[str, Any], questions: Iterable[Question]) -> Bank:
    """A :class:`Bank` from a stored bank row (table row or ``StoredBank``), given its
    settings and questions: the latest ones, or those an attempt started with."""
    return Bank(
        id=row.id,
        title=row.title,
        language=row.language,
        description=row.description,
        authors=tuple(row.authors),
        tags=tuple(row.tags),
        reading=row.reading,
        settings=settings_from_dict(settings),
        questions=tuple(questions),
    )


def write_bank(
    connection: Connection, bank: Bank, source: Source, now: datetime, *, pinned: bool = False
) -> Outcome:
    """Store ``bank`` read from ``source`` (call inside the file's transaction).

    ``pinned`` marks a bank imported by name; a later library sync never unpins it.
    """
    snapshots = [snapshot(q) for q in bank.questions]
    store_versions(connection, snapshots)
    capture_pictures(
        connection,
        ((s.content_hash, q) for s, q in zip(snapshots, bank.questions, strict=True)),
        Path(source.disk.path).parent,
        now,
        only_uncaptured=True,
    )
    values = _bank_values(bank, source)
    stored = connection.execute(select(BANKS).where(BANKS.c.id == bank.id)).first()
    # Another bank that said it lived in this file no longer does.
    connection.execute(
        update(BANKS)
        .where(BANKS.c.path == source.disk.path, BANKS.c.id != bank.id)
        .values(hidden=True)
    )
    if stored is None:
        # Values as parameters, not in the statement: SQLAlchemy then reuses its compiled SQL.
        connection.execute(
            insert(BANKS),
            {"id": bank.id, "imported_at": now, "updated_at": now, "pinned": pinned, **values},
        )
        bulk_insert(connection, QUESTIONS, _question_rows(bank, snapshots))
        return Outcome.IMPORTED
    changed = any(getattr(stored, key) != values[key] for key in _CONTENT_KEYS)
    changed |= _update_questions(connection, bank, snapshots)
    if changed:
        values["updated_at"] = now
    if pinned:
        values["pinned"] = True
    connection.execute(_UPDATE_BANK, {"b_id": bank.id, **values})
    return Outcome.UPDATED if changed else Outcome.UNCHANGED


_UPDATE_BANK = update(BANKS).where(BANKS.c.id == bindparam("b_id"))


def _update_questions(connection: Connection, bank: Bank, snapshots: Sequence[Snapshot]) -> bool:
    """Bring the bank's question rows in line with the file; True when any changed."""
    stored = {
        row.question_id: row
        for row in connection.execute(select(QUESTIONS).where(QUESTIONS.c.bank_id == bank.id))
    }
    new_rows, changed_rows = [], []
    for row in _question_rows(bank, snapshots):
        old = stored.get(row["question_id"])
        if old is None:
            new_rows.append(row)
        elif any(getattr(old, key) != value for key, value in row.items()):
            changed_rows.append({f"b_{key}": value for key, value in row.items()})
    in_file = {q.id for q in bank.questions}
    gone = [
        {"b_bank_id": bank.id, "b_question_id": qid}
        for qid, old in stored.items()
        if old.active and qid not in in_file
    ]
    bulk_insert(connection, QUESTIONS, new_rows)
    if changed_rows:
        connection.execute(_question_update(*_QUESTION_FIELDS), changed_rows)
    if gone:
        connection.execute(_question_update().values(active=False), gone)
    return bool(new_rows or changed_rows or gone)


_QUESTION_FIELDS = ("position", "type", "points", "content_hash", "active")


def _question_update(*fields: str) -> Any:
    """An UPDATE of one question by (bank id, question id), for executemany."""
    return (
        update(QUESTIONS)
        .where(
            QUESTIONS.c.bank_id == bindparam("b_bank_id"),
            QUESTIONS.c.question_id == bindparam("b_question_id"),
        )
        .values({name: bindparam(f"b_{name}") for name in fields})
    )


def touch(connection: Connection, bank_id: str, disk: DiskFile) -> None:
    """Remember a file's new size and time when only they changed, not its bytes."""
    connection.execute(
        update(BANKS)
        .where(BANKS.c.id == bank_id)
        .values(file_size=disk.size, mtime_ns=disk.mtime_ns)
    )


def set_hidden(connection: Connection, bank_ids: Iterable[str], hidden: bool) -> None:
    ids = list(bank_ids)
    if ids:
        connection.execute(update(BANKS).where(BANKS.c.id.in_(ids)).values(hidden=hidden))
