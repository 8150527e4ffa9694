"""The teacher PIN: set, change with the old one, remove, check; only a salted hash is stored."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.errors import NoPinError, WrongPinError
from quizapp.service.pin import SCRYPT_N, SCRYPT_P, SCRYPT_R


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


def test_no_pin_is_set_at_first(service: QuizService) -> None:
    assert not service.pin_is_set()
    assert not service.check_pin("1234")


def test_a_pin_set_is_checked(service: QuizService) -> None:
    service.set_pin("2468")
    assert service.pin_is_set()
    assert service.check_pin("2468")
    assert not service.check_pin("2469")
    assert not service.check_pin("")


def test_the_database_holds_a_salted_scrypt_hash_not_the_pin(
    service: QuizService, engine: Engine
) -> None:
    service.set_pin("2468")
    with engine.connect() as connection:
        row = connection.execute(text("SELECT * FROM teacher_pin")).mappings().one()
        dump = "\n".join(connection.connection.iterdump())
    assert "2468" not in dump
    assert (row["scrypt_n"], row["scrypt_r"], row["scrypt_p"]) == (SCRYPT_N, SCRYPT_R, SCRYPT_P)
    assert len(bytes.fromhex(row["salt"])) == 16
    assert len(bytes.fromhex(row["pin_hash"])) == 32
    service.set_pin("2468", old_pin="2468")
    with engine.connect() as connection:
        again = connection.execute(text("SELECT salt, pin_hash FROM teacher_pin")).one()
    assert again.salt != row["salt"]
    assert again.pin_hash != row["pin_hash"]


def test_changing_the_pin_needs_the_old_one(service: QuizService) -> None:
    service.set_pin("2468")
    with pytest.raises(WrongPinError):
        service.set_pin("1357")
    with pytest.raises(WrongPinError):
        service.set_pin("1357", old_pin="0000")
    service.set_pin("1357", old_pin="2468")
    assert service.check_pin("1357")
    assert not service.check_pin("2468")


def test_removing_the_pin_needs_it(service: QuizService) -> None:
    with pytest.raises(NoPinError):
        service.remove_pin("2468")
    service.set_pin("2468")
    with pytest.raises(WrongPinError):
        service.remove_pin("0000")
    service.remove_pin("2468")
    assert not service.pin_is_set()


def test_a_too_short_pin_is_refused(service: QuizService) -> None:
    with pytest.raises(ValueError, match="at least 4"):
        service.set_pin("123")
    assert not service.pin_is_set()


def test_reset_removes_the_pin_without_it(service: QuizService) -> None:
    assert not service.reset_pin()
    service.set_pin("2468")
    assert service.reset_pin()
    assert not service.pin_is_set()
