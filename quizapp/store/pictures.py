"""Question pictures as they were: their bytes kept by content hash, for reviews.

A question version holds its picture's path, not the picture, so a review
read from the bank's folder would change or break when the file changes or
goes. The bytes are therefore copied into the store: each picture once, by
the SHA-256 of its bytes (``pictures``), however many versions and banks show
it, and for each version the pictures seen at its path, with when each was
first seen (``version_pictures``). Both tables are only ever added to.

Pictures are captured when a bank is stored (for versions that have none yet)
and when an attempt starts (whatever its questions' files hold then, so a
picture changed without its question is still caught). A review takes, for
each question, the newest picture captured at or before its attempt began;
failing that (an attempt older than the capture) the earliest captured; and
with none at all (a version stored before pictures were kept, never captured
since), the caller falls back to the file.

Files are read through :func:`quizapp.bank.attachments.read_image`: confined
to the bank's folder, within the size limit, checked by content. A picture
that breaks a rule is not captured. The caller owns the transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, select, tuple_

from quizapp.bank.attachments import Picture, read_image
from quizapp.bank.model import Question
from quizapp.store.db import insert_ignoring_duplicates
from quizapp.store.tables import metadata

PICTURES = metadata.tables["pictures"]
VERSION_PICTURES = metadata.tables["version_pictures"]
_LINK_KEY = ("content_hash", "path", "picture_hash")
_pair = tuple_(VERSION_PICTURES.c.content_hash, VERSION_PICTURES.c.path)
_SLICE = 400


@dataclass(frozen=True)
class StoredPicture:
    """A picture's bytes as the store keeps them."""

    picture_hash: str
    kind: str
    data: bytes


def capture_pictures(
    connection: Connection,
    versions: Iterable[tuple[str, Question]],
    bank_dir: Path | None,
    now: datetime,
    *,
    only_uncaptured: bool = False,
) -> None:
    """Store the pictures of these (content hash, question) versions, read from ``bank_dir``.

    With ``only_uncaptured`` a version that already has a picture at its path is
    skipped without reading the file (a library sync re-stores whole banks).
    """
    wanted = {(content_hash, q.image) for content_hash, q in versions if q.image}
    if not wanted:
        return
    if only_uncaptured:
        wanted -= _captured(connection, wanted)
    read: dict[str, tuple[str, Picture] | None] = {}
    links = []
    for content_hash, path in sorted(wanted):
        if path not in read:
            picture = read_image(path, bank_dir)
            read[path] = None if picture is None else (_hash(picture.data), picture)
        found = read[path]
        if found is not None:
            links.append(
                {
                    "content_hash": content_hash,
                    "path": path,
                    "picture_hash": found[0],
                    "captured_at": now,
                }
            )
    pictures = {found[0]: found[1] for found in read.values() if found is not None}
    if not pictures:
        return
    dialect = connection.dialect.name
    connection.execute(
        insert_ignoring_duplicates(dialect, PICTURES, ["picture_hash"]),
        [
            {"picture_hash": digest, "kind": p.kind, "size": len(p.data), "data": p.data}
            for digest, p in pictures.items()
        ],
    )
    connection.execute(insert_ignoring_duplicates(dialect, VERSION_PICTURES, _LINK_KEY), links)


def pictures_for_attempt(
    connection: Connection, versions: Sequence[tuple[str, str]], started_at: datetime
) -> dict[tuple[str, str], StoredPicture]:
    """The picture each (content hash, path) showed when an attempt began at ``started_at``.

    The newest captured at or before then, else the earliest captured; a pair
    with no picture captured at all is left out.
    """
    pairs = sorted(set(versions))
    chosen: dict[tuple[str, str], StoredPicture] = {}
    for start in range(0, len(pairs), _SLICE):
        statement = (
            select(
                VERSION_PICTURES.c.content_hash,
                VERSION_PICTURES.c.path,
                VERSION_PICTURES.c.captured_at,
                PICTURES.c.picture_hash,
                PICTURES.c.kind,
                PICTURES.c.data,
            )
            .join(PICTURES, PICTURES.c.picture_hash == VERSION_PICTURES.c.picture_hash)
            .where(_pair.in_(pairs[start : start + _SLICE]))
            .order_by(VERSION_PICTURES.c.captured_at, PICTURES.c.picture_hash)
        )
        for row in connection.execute(statement):
            key = (row.content_hash, row.path)
            # Oldest first: the first is the fallback, each later one seen by then wins.
            if key not in chosen or row.captured_at <= started_at:
                chosen[key] = StoredPicture(row.picture_hash, row.kind, row.data)
    return chosen


def _captured(connection: Connection, wanted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    pairs = sorted(wanted)
    captured: set[tuple[str, str]] = set()
    # In slices: a bank of thousands of pictures stays under SQLite's limit of variables.
    for start in range(0, len(pairs), _SLICE):
        statement = (
            select(VERSION_PICTURES.c.content_hash, VERSION_PICTURES.c.path)
            .where(_pair.in_(pairs[start : start + _SLICE]))
            .distinct()
        )
        captured.update((row.content_hash, row.path) for row in connection.execute(statement))
    return captured


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
