"""Question versions: the canonical JSON of a question, stored once by content hash.

A version row is written the first time its hash is seen and never changed,
so the questions table and every answer can point at exactly what a question
was, however the bank changes later.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from quizapp.bank.model import Question, canonical_json, question_from_dict, question_to_dict
from quizapp.store.db import bulk_insert
from quizapp.store.tables import metadata

VERSIONS = metadata.tables["question_versions"]


@dataclass(frozen=True)
class Snapshot:
    """A question's canonical JSON and its hash (equal to ``model.content_hash``)."""

    content_hash: str
    type: str
    data: str

    def row(self) -> dict[str, Any]:
        return {"content_hash": self.content_hash, "type": self.type, "data": self.data}


def snapshot(question: Question) -> Snapshot:
    # The same computation as model.content_hash, keeping the JSON text it hashes.
    data = canonical_json(question_to_dict(question))
    return Snapshot(
        content_hash=hashlib.sha256(data.encode()).hexdigest(), type=question.TYPE, data=data
    )


def store_versions(connection: Connection, snapshots: Iterable[Snapshot]) -> None:
    """Add the versions not stored yet; existing ones are left as they are."""
    rows = [s.row() for s in snapshots]
    bulk_insert(connection, VERSIONS, rows, skip_duplicates_of=["content_hash"])


def question_from_version(data: str) -> Question:
    return question_from_dict(json.loads(data))
