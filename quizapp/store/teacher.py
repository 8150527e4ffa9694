"""The teacher PIN's one row: read, write, delete. The caller owns the transaction.

Only a salted hash and its parameters are kept (``quizapp.service.pin`` makes them).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from quizapp.store.tables import TeacherPin

_ROW_ID = 1


def get_pin(*, session: Session) -> TeacherPin | None:
    """The stored PIN hash, or None when no PIN is set."""
    return session.get(TeacherPin, _ROW_ID)


def put_pin(
    *, session: Session, salt: str, pin_hash: str, n: int, r: int, p: int, now: datetime
) -> None:
    """Store this hash as the PIN, replacing any other (flushed, not committed)."""
    row = session.get(TeacherPin, _ROW_ID) or TeacherPin(
        id=_ROW_ID, salt=salt, pin_hash=pin_hash, scrypt_n=n, scrypt_r=r, scrypt_p=p, set_at=now
    )
    row.salt, row.pin_hash = salt, pin_hash
    row.scrypt_n, row.scrypt_r, row.scrypt_p, row.set_at = n, r, p, now
    session.add(row)
    session.flush()


def delete_pin(*, session: Session) -> bool:
    """Remove the PIN; True when there was one (flushed, not committed)."""
    row = session.get(TeacherPin, _ROW_ID)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
