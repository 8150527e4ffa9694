"""Row-level security: a student's role sees and sends only its own; the teacher's sees all.

Trust authentication lets any role in without its password, so these tests
connect as the roles directly; what they check is what each role may do once in.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from quizapp.quiz.clock import FakeClock
from quizapp.service import class_room
from quizapp.service.class_passwords import FilePasswords
from quizapp.service.class_room import ClassSync
from tests.class_room.conftest import ClassDatabase
from tests.class_room.helpers import profile, take_quiz


@pytest.fixture
def two_students_synced(
    class_database: ClassDatabase,
    engine: Engine,
    library: Path,
    clock: FakeClock,
    passwords: FilePasswords,
    tmp_path: Path,
    migrated_database: Path,
) -> ClassDatabase:
    """Ana and Budi each took a quiz on their own desktop and sent it."""
    class_room.init_class(class_database.admin_url, class_database.name)
    ana_code = class_room.add_student(class_database.admin_url, "Ana", clock)
    budi_code = class_room.add_student(class_database.admin_url, "Budi", clock)
    for code, name in ((ana_code, "Ana"), (budi_code, "Budi")):
        local = engine if name == "Ana" else _second_desktop(tmp_path, migrated_database)
        desktop = ClassSync(local, clock, passwords)
        profile_id = profile(local, name, clock)
        desktop.join(code.text(), profile_id)
        take_quiz(local, library, clock, profile_id, attempt_id=f"{name}-1")
        assert desktop.sync().status.events_waiting == 0
        desktop.close()
        if local is not engine:
            local.dispose()
    return class_database


def _second_desktop(tmp_path: Path, migrated_database: Path) -> Engine:
    import shutil

    from quizapp.store.db import open_database, sqlite_url

    path = tmp_path / "second.db"
    shutil.copyfile(migrated_database, path)
    return open_database(sqlite_url(path))


def as_role(class_database: ClassDatabase, role: str) -> Engine:
    return create_engine(class_database.admin_url.replace("postgres@", f"{role}@"))


def rows(engine: Engine, query: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query))]


def test_a_student_reads_only_their_own_profile_attempts_and_answers(
    two_students_synced: ClassDatabase,
) -> None:
    ana = as_role(two_students_synced, f"{two_students_synced.name}_s_ana")
    try:
        assert rows(ana, "SELECT name FROM profiles") == [("Ana",)]
        assert rows(ana, "SELECT id FROM attempts") == [("Ana-1",)]
        assert {r[0] for r in rows(ana, "SELECT attempt_id FROM answers")} == {"Ana-1"}
        assert rows(ana, "SELECT role_name FROM class_members") == [
            (f"{two_students_synced.name}_s_ana",)
        ]
        assert len(rows(ana, "SELECT id FROM class_events")) == 6
    finally:
        ana.dispose()


def test_a_student_cannot_send_as_another_or_write_the_tables_themselves(
    two_students_synced: ClassDatabase,
) -> None:
    name = two_students_synced.name
    teacher = as_role(two_students_synced, f"{name}_teacher")
    budi_uuid = rows(teacher, "SELECT profile_uuid FROM class_members WHERE display_name = 'Budi'")
    teacher.dispose()
    ana = as_role(two_students_synced, f"{name}_s_ana")
    forged = (
        "INSERT INTO class_events (id, profile_uuid, kind, payload) "
        f"VALUES ('{uuid.uuid4()}', '{budi_uuid[0][0]}', 'profile_named', "
        '\'{"name": "Mallory"}\')'
    )
    attempts = (
        "INSERT INTO answers (id, attempt_id, seq, question_id, content_hash, response, points, "
        "possible, shown_at, answered_at) SELECT 'x', 'Budi-1', 99, question_id, content_hash, "
        "response, 1, 1, shown_at, answered_at FROM answers LIMIT 1"
    )
    try:
        for statement, reason in (
            (forged, "row-level security"),
            (attempts, "permission denied"),
            ("UPDATE attempts SET status = 'finished'", "permission denied"),
            ("DELETE FROM class_events", "permission denied"),
            ("UPDATE class_members SET removed = false", "permission denied"),
        ):
            with ana.connect() as connection, pytest.raises(DBAPIError, match=reason):
                connection.execute(text(statement))
    finally:
        ana.dispose()
    teacher = as_role(two_students_synced, f"{name}_teacher")
    try:
        assert rows(teacher, "SELECT name FROM profiles ORDER BY name") == [("Ana",), ("Budi",)]
        assert len(rows(teacher, "SELECT id FROM answers")) == 6
    finally:
        teacher.dispose()


def test_the_teacher_reads_everything_and_writes_nothing(
    two_students_synced: ClassDatabase,
) -> None:
    teacher = as_role(two_students_synced, f"{two_students_synced.name}_teacher")
    try:
        assert len(rows(teacher, "SELECT id FROM attempts")) == 2
        with teacher.connect() as connection, pytest.raises(DBAPIError, match="permission denied"):
            connection.execute(text("DELETE FROM answers"))
    finally:
        teacher.dispose()
