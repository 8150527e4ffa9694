"""The teacher's class commands on the command line, against a real PostgreSQL."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from quizapp.__main__ import main
from quizapp.service.class_codes import parse_join_code
from tests.class_room.conftest import ClassDatabase


def password_hash(admin: Engine, role: str) -> str | None:
    with admin.connect() as connection:
        return connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}
        ).scalar()


def can_log_in(admin: Engine, role: str) -> bool:
    with admin.connect() as connection:
        return bool(
            connection.execute(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).scalar()
        )


@pytest.fixture
def teacher(
    class_database: ClassDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    """The command line's start for the teacher: the admin URL from the environment."""
    monkeypatch.setenv("QUIZAPP_CLASS_URL", class_database.admin_url)
    return ["--data-dir", str(tmp_path / "teacher")]


def test_init_prints_the_teachers_code_once_and_an_upgrade_keeps_it(
    class_database: ClassDatabase,
    teacher: list[str],
    postgres_admin: Engine,
    capsys: pytest.CaptureFixture[str],
) -> None:
    role = f"{class_database.name}_teacher"

    assert main([*teacher, "class", "init", class_database.name]) == 0
    first = capsys.readouterr()
    code = parse_join_code(first.out.strip())
    assert (code.role, code.database) == (role, class_database.database)
    assert "shown once" in first.err
    kept = password_hash(postgres_admin, role)

    assert main([*teacher, "class", "init", class_database.name]) == 0
    again = capsys.readouterr()
    assert again.out == ""  # no new code: the one in use goes on working
    assert "unchanged" in again.err
    assert password_hash(postgres_admin, role) == kept

    assert main([*teacher, "class", "init", class_database.name, "--new-teacher-code"]) == 0
    renewed = capsys.readouterr()
    assert parse_join_code(renewed.out.strip()).password != code.password
    assert password_hash(postgres_admin, role) != kept


def test_students_are_added_given_new_codes_and_removed(
    class_database: ClassDatabase,
    teacher: list[str],
    postgres_admin: Engine,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([*teacher, "class", "init", class_database.name]) == 0
    capsys.readouterr()
    role = f"{class_database.name}_s_ana"

    assert main([*teacher, "class", "add-student", "Ana"]) == 0
    added = parse_join_code(capsys.readouterr().out.strip())
    before = password_hash(postgres_admin, role)
    assert main([*teacher, "class", "reset-student", "Ana"]) == 0
    reset = parse_join_code(capsys.readouterr().out.strip())
    assert main([*teacher, "class", "remove-student", "Ana"]) == 0

    assert added.role == reset.role == role
    assert added.password != reset.password
    assert password_hash(postgres_admin, role) != before
    assert not can_log_in(postgres_admin, role)
    # A second student of the same name is refused while Ana is in the class.
    assert main([*teacher, "class", "add-student", "Budi"]) == 0
    capsys.readouterr()
    assert main([*teacher, "class", "add-student", "Budi"]) == 2
    assert "already has a student" in capsys.readouterr().err


def test_the_server_url_can_come_from_standard_input_and_never_from_the_arguments(
    class_database: ClassDatabase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("QUIZAPP_CLASS_URL", raising=False)
    folder = ["--data-dir", str(tmp_path / "teacher")]
    monkeypatch.setattr(sys, "stdin", io.StringIO(class_database.admin_url + "\n"))

    assert main([*folder, "class", "init", class_database.name, "-"]) == 0
    assert parse_join_code(capsys.readouterr().out.strip()).database == class_database.database

    with pytest.raises(SystemExit):  # a URL where the "-" goes is not an option
        main([*folder, "class", "init", class_database.name, class_database.admin_url])
