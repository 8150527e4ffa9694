"""Fixtures for the store: a migrated SQLite file in a temp folder, bank files, a fake clock."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from quizapp.quiz.clock import FakeClock
from quizapp.store.db import open_database, sqlite_url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to head, copied for each test (migrating each time costs more)."""
    path = tmp_path_factory.mktemp("migrated") / "quizapp.db"
    open_database(sqlite_url(path)).dispose()  # the last connection out folds the WAL in
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_database: Path) -> Path:
    path = tmp_path / "data" / "quizapp.db"
    path.parent.mkdir()
    shutil.copyfile(migrated_database, path)
    return path


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    engine = open_database(sqlite_url(db_path))
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    return folder
