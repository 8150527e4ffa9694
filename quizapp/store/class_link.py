"""This desktop's link to a class (one row or none), kept in the local store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from quizapp.store.tables import metadata

CLASS_LINK = metadata.tables["class_link"]
PROFILES = metadata.tables["profiles"]


@dataclass(frozen=True)
class LinkRow:
    class_name: str
    host: str
    port: int
    database: str
    role: str
    profile_id: int | None  # None on the teacher's desktop
    profile_name: str | None
    profile_uuid: str | None
    last_sent_at: datetime | None
    last_failure_at: datetime | None
    last_failure: str | None
    teacher: bool = False


def read_link(connection: Connection) -> LinkRow | None:
    row = connection.execute(
        select(
            CLASS_LINK.c.class_name,
            CLASS_LINK.c.host,
            CLASS_LINK.c.port,
            CLASS_LINK.c.database,
            CLASS_LINK.c.role,
            CLASS_LINK.c.profile_id,
            PROFILES.c.name,
            PROFILES.c.uuid,
            CLASS_LINK.c.last_sent_at,
            CLASS_LINK.c.last_failure_at,
            CLASS_LINK.c.last_failure,
            CLASS_LINK.c.teacher,
        ).outerjoin(PROFILES, PROFILES.c.id == CLASS_LINK.c.profile_id)
    ).first()
    return None if row is None else LinkRow(*row)


def save_link(
    connection: Connection,
    *,
    class_name: str,
    host: str,
    port: int,
    database: str,
    role: str,
    profile_id: int,
    profile_uuid: str,
    joined_at: datetime,
) -> None:
    """Link the profile to the class, as the class's profile ``profile_uuid``."""
    other = connection.execute(
        select(PROFILES.c.name).where(PROFILES.c.uuid == profile_uuid, PROFILES.c.id != profile_id)
    ).scalar()
    if other is not None:
        raise ValueError(f"the profile {other!r} on this computer is already this student")
    connection.execute(
        update(PROFILES).where(PROFILES.c.id == profile_id).values(uuid=profile_uuid)
    )
    _replace_link(
        connection,
        class_name=class_name,
        host=host,
        port=port,
        database=database,
        role=role,
        profile_id=profile_id,
        joined_at=joined_at,
    )


def save_teacher_link(
    connection: Connection,
    *,
    class_name: str,
    host: str,
    port: int,
    database: str,
    role: str,
    joined_at: datetime,
) -> None:
    """Link this desktop to the class as its teacher: no profile, nothing to send."""
    _replace_link(
        connection,
        class_name=class_name,
        host=host,
        port=port,
        database=database,
        role=role,
        profile_id=None,
        teacher=True,
        joined_at=joined_at,
    )


def _replace_link(connection: Connection, **values: Any) -> None:
    """The one link row (a computer is in one class at most), replacing any earlier one."""
    connection.execute(delete(CLASS_LINK))
    connection.execute(insert(CLASS_LINK).values(id=1, **values))


def remove_link(connection: Connection) -> None:
    connection.execute(delete(CLASS_LINK))


def note_sent(connection: Connection, at: datetime) -> None:
    connection.execute(
        update(CLASS_LINK).values(last_sent_at=at, last_failure_at=None, last_failure=None)
    )


def note_reachable(connection: Connection) -> None:
    """The server answered (a fetch of the class's banks): no failure to show any more."""
    connection.execute(update(CLASS_LINK).values(last_failure_at=None, last_failure=None))


def note_failure(connection: Connection, at: datetime, reason: str) -> None:
    """Remember why sending failed; ``last_failure_at`` keeps the first failure of a run."""
    link = read_link(connection)
    first = at if link is None or link.last_failure_at is None else link.last_failure_at
    connection.execute(update(CLASS_LINK).values(last_failure_at=first, last_failure=reason))
