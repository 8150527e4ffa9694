"""Migration 0010: a student's class link survives it; the teacher's link needs it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, text

from quizapp.store.class_link import read_link
from quizapp.store.db import alembic_config, open_database, sqlite_url


def test_a_students_link_made_before_0010_is_kept_and_is_no_teachers(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "quizapp.db")
    command.upgrade(alembic_config(url), "0008")
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO profiles (id, name, name_key, created_at, desired_retention, uuid) "
                "VALUES (1, 'Ana', 'ana', :now, 0.9, 'u-1')"
            ),
            {"now": datetime(2026, 12, 1, tzinfo=UTC)},
        )
        connection.execute(
            text(
                "INSERT INTO class_link (id, class_name, host, port, database, role, "
                "profile_id, joined_at) VALUES (1, 'c', 'h', 5432, 'd', 'c_s_ana', 1, :now)"
            ),
            {"now": datetime(2026, 12, 1, tzinfo=UTC)},
        )
    engine.dispose()

    upgraded = open_database(url)
    with upgraded.connect() as connection:
        link = read_link(connection)
    upgraded.dispose()

    assert link is not None
    assert (link.role, link.profile_id, link.profile_name, link.teacher) == (
        "c_s_ana",
        1,
        "Ana",
        False,
    )
