"""A real PostgreSQL for the class tests: each test makes its own database and roles.

Both are dropped afterwards.

The server is the machine's (127.0.0.1:5432, trust authentication, `.ci/run`
starts it). With no server and ``CI`` unset, these tests skip and say how to run
them; in CI they must run, so there they fail instead.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import OperationalError

from quizapp.quiz.clock import FakeClock
from quizapp.service.class_passwords import FilePasswords
from quizapp.service.class_room import ClassSync
from quizapp.store.class_server import drop_class_roles
from tests.store.conftest import clock, db_path, engine, library, migrated_database

__all__ = ["clock", "db_path", "engine", "library", "migrated_database"]

SERVER = os.environ.get("QUIZAPP_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")
HOW_TO_RUN = (
    "no PostgreSQL server at 127.0.0.1:5432: start it (see .ci/run, or "
    "`pg_ctlcluster 15 main start`) or set QUIZAPP_TEST_POSTGRES to a superuser URL"
)


@pytest.fixture(scope="session")
def postgres_admin() -> Iterator[Engine]:
    engine = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError:
        engine.dispose()
        if os.environ.get("CI"):
            pytest.fail(HOW_TO_RUN)
        pytest.skip(HOW_TO_RUN)
    yield engine
    engine.dispose()


@dataclass(frozen=True)
class ClassDatabase:
    name: str  # the class's name, prefixing its roles
    database: str
    admin_url: str  # a superuser's URL of the class database

    def url_as(self, role: str) -> str:
        return f"{SERVER.replace('postgres@', f'{role}:x@')}/{self.database}"


@pytest.fixture
def class_database(postgres_admin: Engine) -> Iterator[ClassDatabase]:
    name = f"t{secrets.token_hex(4)}"
    database = f"quizapp_{name}"
    with postgres_admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{database}"')
    yield ClassDatabase(name, database, f"{SERVER}/{database}")
    with postgres_admin.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :d AND pid <> pg_backend_pid()"
            ),
            {"d": database},
        )
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}"')
        drop_class_roles(connection, name)


@pytest.fixture
def passwords(tmp_path: Path) -> FilePasswords:
    folder = tmp_path / "secrets"
    folder.mkdir()
    return FilePasswords(folder)


@pytest.fixture
def desktop(engine: Engine, clock: FakeClock, passwords: FilePasswords) -> Iterator[ClassSync]:
    sync = ClassSync(engine, clock, passwords)
    yield sync
    sync.close()
