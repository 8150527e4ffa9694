"""The outbox: every change a class database must hear of, as an append-only event.

Each event is written by the store function that makes the change, in the same
transaction, so a change and its event are stored together or not at all. An
event has its own UUID and never changes, except that ``sent_at`` is set once the
class database has committed it (``quizapp.store.class_server`` sends them with
``INSERT … ON CONFLICT (id) DO NOTHING``: a batch sent twice adds nothing).
Events are kept for every profile, so a profile that joins a class later sends
everything it did before, in order.

Payloads carry rows as the class database's tables hold them (the same
schema, made by the same migrations), with times as ISO 8601 text in UTC.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Text, cast, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session

from quizapp.store.tables import metadata

OUTBOX = metadata.tables["outbox"]


class EventKind(StrEnum):
    PROFILE_NAMED = "profile_named"  # made, or renamed
    ATTEMPT_STARTED = "attempt_started"
    ANSWER_GIVEN = "answer_given"
    FLAGS_CHANGED = "flags_changed"
    ATTEMPT_FINISHED = "attempt_finished"


@dataclass(frozen=True)
class OutboxEvent:
    seq: int
    id: str
    profile_id: int
    kind: str
    payload_json: str  # as stored: sent on as it is, never decoded here


def record_event(
    session: Session, *, profile_id: int, kind: EventKind, payload: dict[str, Any]
) -> None:
    """Append one event (flushed with the caller's change, committed with it)."""
    session.connection().execute(
        insert(OUTBOX).values(
            id=str(uuid.uuid4()), profile_id=profile_id, kind=kind.value, payload=payload
        )
    )


def jsonable_row(values: dict[str, Any]) -> dict[str, Any]:
    """A row's values as JSON holds them: datetimes as ISO 8601 text, the rest as is."""
    return {
        key: value.isoformat() if isinstance(value, datetime) else value
        for key, value in values.items()
    }


def unsent_events(connection: Connection, profile_id: int, limit: int) -> list[OutboxEvent]:
    """The profile's oldest unsent events, in the order they happened."""
    rows = connection.execute(
        select(
            OUTBOX.c.seq,
            OUTBOX.c.id,
            OUTBOX.c.profile_id,
            OUTBOX.c.kind,
            cast(OUTBOX.c.payload, Text),
        )
        .where(OUTBOX.c.sent_at.is_(None), OUTBOX.c.profile_id == profile_id)
        .order_by(OUTBOX.c.seq)
        .limit(limit)
    )
    return [OutboxEvent(*row) for row in rows]


def mark_sent(connection: Connection, events: Sequence[OutboxEvent], sent_at: datetime) -> None:
    """Mark a batch from :func:`unsent_events` sent (after the server committed it)."""
    if not events:
        return
    connection.execute(
        update(OUTBOX)
        .where(OUTBOX.c.seq.in_([event.seq for event in events]), OUTBOX.c.sent_at.is_(None))
        .values(sent_at=sent_at)
    )


def unsent_counts(connection: Connection, profile_id: int) -> tuple[int, int]:
    """(unsent answers, unsent events of any kind) of the profile."""
    row = connection.execute(
        select(
            func.count().filter(OUTBOX.c.kind == EventKind.ANSWER_GIVEN.value),
            func.count(),
        ).where(OUTBOX.c.sent_at.is_(None), OUTBOX.c.profile_id == profile_id)
    ).one()
    return int(row[0]), int(row[1])
