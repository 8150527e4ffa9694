"""Profiles: one per name, whatever its letter case or surrounding spaces."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from quizapp.quiz.clock import FakeClock
from quizapp.store.profiles import get_or_create_profile, get_profile_by_name, list_profiles


def test_a_name_in_another_case_or_with_spaces_is_the_same_profile(
    session: Session, clock: FakeClock
) -> None:
    ana = get_or_create_profile("  Ana  Maria ", session=session, now=clock.now())
    clock.advance(60)
    again = get_or_create_profile("ana maria", session=session, now=clock.now())

    assert again.id == ana.id
    assert ana.name == "Ana Maria"  # the first spelling, trimmed
    assert ana.created_at == FakeClock().now()
    assert get_profile_by_name("ANA MARIA", session=session) == ana


def test_profiles_are_listed_by_name(session: Session, clock: FakeClock) -> None:
    for name in ("budi", "Ana", "Citra"):
        get_or_create_profile(name, session=session, now=clock.now())
    session.commit()

    assert [p.name for p in list_profiles(session=session)] == ["Ana", "budi", "Citra"]


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "cannot be empty"), ("   ", "cannot be empty"), ("x" * 81, "at most 80")],
)
def test_a_name_that_cannot_be_a_profile(
    session: Session, clock: FakeClock, name: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        get_or_create_profile(name, session=session, now=clock.now())
    assert list_profiles(session=session) == []


def test_an_unknown_name_finds_no_profile(session: Session) -> None:
    assert get_profile_by_name("Nobody", session=session) is None
    assert get_profile_by_name("   ", session=session) is None


def test_a_rename_keeps_the_profile_and_refuses_a_name_taken(
    session: Session, clock: FakeClock
) -> None:
    from quizapp.store.profiles import ProfileNameTakenError, rename_profile

    ana = get_or_create_profile("Ana", session=session, now=clock.now())
    get_or_create_profile("Budi", session=session, now=clock.now())
    assert ana.id is not None

    renamed = rename_profile(ana.id, "  Ana   Putri ", session=session)
    assert (renamed.id, renamed.name) == (ana.id, "Ana Putri")
    assert get_profile_by_name("ana putri", session=session) == ana
    assert get_profile_by_name("Ana", session=session) is None

    with pytest.raises(ProfileNameTakenError, match="Budi"):
        rename_profile(ana.id, " BUDI ", session=session)
    with pytest.raises(ValueError, match="cannot be empty"):
        rename_profile(ana.id, "  ", session=session)
    # Another spelling of its own name is fine.
    assert rename_profile(ana.id, "ANA PUTRI", session=session).name == "ANA PUTRI"
