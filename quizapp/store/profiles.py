"""Profiles: the students who take quizzes on this computer, by name.

Names are trimmed and unique regardless of letter case ("Ana" and " ana "
are one profile); the name keeps the spelling it was first given. The caller
owns the transaction (``*, session``).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from quizapp.store.outbox import EventKind, record_event
from quizapp.store.tables import PROFILE_NAME_LENGTH, Profile


def profile_key(name: str) -> str:
    """What makes two names the same profile: trimmed, inner spaces folded, case-folded."""
    return " ".join(name.split()).casefold()


def clean_profile_name(name: str) -> str:
    """The name as it is kept, or ValueError saying what is wrong with it."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("A profile name cannot be empty.")
    if len(cleaned) > PROFILE_NAME_LENGTH:
        raise ValueError(f"A profile name can have at most {PROFILE_NAME_LENGTH} characters.")
    return cleaned


def list_profiles(*, session: Session) -> list[Profile]:
    """Every profile, sorted by name regardless of case."""
    return list(session.exec(select(Profile).order_by(col(Profile.name_key), col(Profile.id))))


def get_profile_by_name(name: str, *, session: Session) -> Profile | None:
    """The profile with this name (any case, any surrounding spaces), or None."""
    key = profile_key(name)
    if not key:
        return None
    return session.exec(select(Profile).where(Profile.name_key == key)).first()


def get_or_create_profile(name: str, *, session: Session, now: datetime) -> Profile:
    """The profile with this name, made now when there is none yet (flushed, not committed)."""
    cleaned = clean_profile_name(name)
    existing = get_profile_by_name(cleaned, session=session)
    if existing is not None:
        return existing
    profile = Profile(name=cleaned, name_key=profile_key(cleaned), created_at=now)
    session.add(profile)
    session.flush()
    _record_name(session, profile)
    return profile


def _record_name(session: Session, profile: Profile) -> None:
    assert profile.id is not None  # flushed
    record_event(
        session,
        profile_id=profile.id,
        kind=EventKind.PROFILE_NAMED,
        payload={"name": profile.name, "created_at": profile.created_at.isoformat()},
    )


class ProfileNameTakenError(ValueError):
    """Another profile already has this name (in any case, with any spaces)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"another profile is already called {name!r}")
        self.name = name


def rename_profile(profile_id: int, new_name: str, *, session: Session) -> Profile:
    """Give the profile ``new_name``; its attempts stay its own (flushed, not committed).

    ValueError when the name cannot be a profile's; ProfileNameTakenError when
    another profile has it. A new spelling of the profile's own name is taken.
    """
    cleaned = clean_profile_name(new_name)
    profile = session.get(Profile, profile_id)
    if profile is None:
        raise LookupError(f"no profile {profile_id}")
    other = get_profile_by_name(cleaned, session=session)
    if other is not None and other.id != profile_id:
        raise ProfileNameTakenError(other.name)
    profile.name = cleaned
    profile.name_key = profile_key(cleaned)
    session.add(profile)
    session.flush()
    _record_name(session, profile)
    return profile
