"""The database: migrations make the schema tables.py describes, pragmas, URLs."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, make_url, text
from sqlmodel import Session

from quizapp.paths import DATABASE_FILE, resolve_database_url
from quizapp.quiz.clock import FakeClock
from quizapp.store import db
from quizapp.store.db import (
    SCHEMA_REVISION,
    MigrationError,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
    session_scope,
    sqlite_url,
)
from quizapp.store.profiles import get_or_create_profile, list_profiles
from quizapp.store.tables import Profile, metadata

TABLES = {"banks", "question_versions", "questions", "profiles", "attempts", "answers"}


def test_a_new_database_gets_every_table_and_is_at_head(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "quizapp.db"

    engine = open_database(sqlite_url(path))

    assert path.is_file()  # its folder was made too
    assert set(inspect(engine).get_table_names()) >= TABLES
    with engine.connect() as connection:
        assert current_revision(connection) == SCHEMA_REVISION
    engine.dispose()


def test_the_migrations_build_exactly_the_tables_of_tables_py(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_the_schema_revision_is_alembic_head() -> None:
    # open_database compares against the constant without loading Alembic.
    assert head_revision() == SCHEMA_REVISION


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [("journal_mode", "wal"), ("foreign_keys", 1), ("busy_timeout", 5000), ("synchronous", 1)],
)
def test_every_connection_gets_the_pragmas(engine: Engine, pragma: str, expected: object) -> None:
    with engine.connect() as connection:
        assert connection.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected


def test_opening_a_database_at_head_runs_no_migration(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(sqlite_url(db_path)).dispose()

    def fail(*args: object) -> None:
        raise AssertionError("migrated a database already at head")

    monkeypatch.setattr(db, "_upgrade", fail)
    open_database(sqlite_url(db_path)).dispose()


@pytest.mark.slow
def test_opening_at_head_in_a_fresh_process_does_not_import_alembic(db_path: Path) -> None:
    open_database(sqlite_url(db_path)).dispose()
    code = (
        "import sys; from pathlib import Path\n"
        "from quizapp.store.db import open_database, sqlite_url\n"
        f"open_database(sqlite_url(Path({str(db_path)!r}))).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_database_from_a_newer_app_is_left_alone(engine: Engine, db_path: Path) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    engine.dispose()

    with pytest.raises(MigrationError, match=r"from-the-future.*newer QuizApp"):
        open_database(sqlite_url(db_path))

    with engine.connect() as connection:
        assert current_revision(connection) == "from-the-future"


def test_downgrade_and_upgrade_again(engine: Engine) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection=connection), "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    db.upgrade_to_head(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES


def test_data_survives_reopening(db_path: Path, clock: FakeClock) -> None:
    engine = open_database(sqlite_url(db_path))
    with session_scope(engine) as session:
        get_or_create_profile("Ana", session=session, now=clock.now())
    engine.dispose()
    engine = open_database(sqlite_url(db_path))
    with Session(engine) as session:
        assert [p.name for p in list_profiles(session=session)] == ["Ana"]
    engine.dispose()


def test_session_scope_rolls_back_on_error(engine: Engine, clock: FakeClock) -> None:
    def add_then_fail() -> None:
        with session_scope(engine) as session:
            get_or_create_profile("Ana", session=session, now=clock.now())
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        add_then_fail()
    with Session(engine) as session:
        assert list_profiles(session=session) == []


def test_an_in_memory_database_is_shared_by_every_session(clock: FakeClock) -> None:
    engine = open_database("sqlite://")
    with session_scope(engine) as session:
        get_or_create_profile("Ana", session=session, now=clock.now())
    with Session(engine) as session:
        assert [p.name for p in list_profiles(session=session)] == ["Ana"]
    engine.dispose()


def test_naive_datetimes_are_refused(session: Session) -> None:
    session.add(Profile(name="Ana", name_key="ana", created_at=datetime(2026, 1, 5, 9, 0)))
    with pytest.raises(Exception, match="naive datetime"):
        session.flush()


def test_datetimes_come_back_aware_utc(session: Session) -> None:
    jakarta = datetime.fromisoformat("2026-01-05T16:00:00+07:00")
    get_or_create_profile("Ana", session=session, now=jakarta)
    session.commit()
    stored = session.connection().execute(text("SELECT created_at FROM profiles")).scalar_one()
    assert stored.startswith("2026-01-05 09:00:00")  # kept as UTC
    session.expire_all()
    (profile,) = list_profiles(session=session)
    assert profile.created_at == jakarta
    assert profile.created_at.utcoffset() == timedelta(0)


@pytest.mark.parametrize("name", ["a b.db", "odd?name#.db", "per%cent.db"])
def test_sqlite_url_round_trips_awkward_file_names(tmp_path: Path, name: str) -> None:
    path = tmp_path / "sub folder" / name
    assert make_url(sqlite_url(path)).database == str(path)
    open_database(sqlite_url(path)).dispose()
    assert path.is_file()


@pytest.mark.parametrize("folder", ["a b", "odd?name#", "per%cent", "ü@:;=+,$&!~*'()[]"])
def test_the_default_database_sits_in_a_data_folder_of_any_name(
    tmp_path: Path, folder: str
) -> None:
    data_dir = tmp_path / folder
    url = resolve_database_url(None, data_dir)
    assert make_url(url).database == str(data_dir / DATABASE_FILE)
    open_database(url).dispose()
    assert (data_dir / DATABASE_FILE).is_file()


def test_a_database_that_cannot_be_reached_is_a_storage_error_without_sql(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    from quizapp.storage import StorageError, StorageProblem

    def unreachable(engine: Engine, before_migration: object = None) -> None:
        raise OperationalError("SELECT version_num FROM alembic_version", {}, OSError("refused"))

    monkeypatch.setattr(db, "upgrade_to_head", unreachable)
    with pytest.raises(StorageError) as raised:
        open_database(sqlite_url(db_path))
    assert raised.value.kind is StorageProblem.UNAVAILABLE
    assert str(raised.value).startswith(f"the database {db_path} cannot be opened (refused)")
    assert "SELECT" not in str(raised.value)
