"""Backups: once a day, before a migration, the newest 7 kept; checks and restores."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.backup import KEEP, Backups
from quizapp.service.errors import (
    AppRunningError,
    DamagedBackupError,
    NewerDatabaseError,
    NotQuizAppDatabaseError,
)
from quizapp.service.instance import LOCK_FILE, app_stopped
from quizapp.store.backup import revision_of
from quizapp.store.db import SCHEMA_REVISION, alembic_config, open_database, sqlite_url
from tests.store.helpers import bank_yaml, write_bank

DAY = 24 * 3600


@pytest.fixture
def data_dir(db_path: Path) -> Path:
    return db_path.parent


@pytest.fixture
def backups(db_path: Path, data_dir: Path, clock: FakeClock) -> Backups:
    return Backups(sqlite_url(db_path), data_dir, clock)


@pytest.fixture
def service(db_path: Path, clock: FakeClock) -> Iterator[QuizService]:
    service = QuizService.open(sqlite_url(db_path), clock)
    yield service
    service.close()


def answer_three(service: QuizService, library: Path) -> str:
    """A profile's attempt with three answers stored; its id."""
    path = write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", "q2", "q3"]))
    service.import_paths([str(path)])
    profile = service.enter_profile("Ana").profile
    prepared = service.start_attempt(profile.id, "solar", seed=1)
    recorder = service.recorder(prepared.attempt_id)
    quiz = prepared.session
    for index in range(3):
        recorder.record_answer(quiz.submit("right"))
        if index < 2:
            quiz.next()
    return prepared.attempt_id


def stored_answers(service: QuizService) -> list[tuple[str, str, object]]:
    return [
        (attempt.id, answer.id, answer.response)
        for attempt in service.history()
        for answer in attempt.answers
    ]


def damage(path: Path) -> None:
    """Overwrite every page after the first with garbage: the schema stays, the data goes."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:] = b"\xff" * (len(data) - page)
    path.write_bytes(bytes(data))


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


# --- making backups ------------------------------------------------------------------------------


def test_a_backup_is_a_private_copy_with_every_answer(
    service: QuizService, backups: Backups, library: Path, tmp_path: Path
) -> None:
    answer_three(service, library)
    path = backups.make()

    assert path.parent == backups.folder
    assert private(path)
    assert private(backups.folder)
    assert not path.with_name(path.name + "-wal").exists()
    copy = QuizService.open(sqlite_url(path), service.clock)
    try:
        assert stored_answers(copy) == stored_answers(service)
    finally:
        copy.close()


def test_a_backup_to_a_named_file_is_not_counted_or_pruned(
    service: QuizService, backups: Backups, tmp_path: Path
) -> None:
    target = tmp_path / "mine.db"
    assert backups.make(target) == target
    assert target.is_file()
    assert private(target)
    assert backups.list() == []


def test_the_daily_backup_is_made_at_most_once_a_day(
    service: QuizService, backups: Backups, clock: FakeClock
) -> None:
    first = backups.make_if_due()
    assert first is not None
    clock.advance(DAY - 1)
    assert backups.make_if_due() is None
    clock.advance(1)
    second = backups.make_if_due()
    assert second is not None
    assert second != first
    assert [info.reason for info in backups.list()] == ["daily", "daily"]


def test_a_backup_dated_after_now_does_not_stop_the_daily_one(
    service: QuizService, backups: Backups, clock: FakeClock
) -> None:
    clock.advance(DAY)
    backups.make()
    clock.advance(-2 * DAY)  # the clock was set back
    assert backups.make_if_due() is not None


def test_only_the_newest_seven_are_kept(
    service: QuizService, backups: Backups, clock: FakeClock
) -> None:
    made = []
    for _ in range(KEEP + 3):
        made.append(backups.make())
        clock.advance(60)
    assert [info.path for info in backups.list()] == made[::-1][:KEEP]
    assert not any(path.exists() for path in made[:3])


def test_a_migration_is_preceded_by_a_backup(
    db_path: Path, data_dir: Path, clock: FakeClock
) -> None:
    engine = open_database(sqlite_url(db_path))
    with engine.begin() as connection:  # a database of the previous schema
        command.downgrade(alembic_config(connection=connection), "0001")
    engine.dispose()
    backups = Backups(sqlite_url(db_path), data_dir, clock)

    QuizService.open(sqlite_url(db_path), clock, backups=backups).close()

    (info,) = backups.list()
    assert info.reason == "migration"
    assert revision_of(info.path) == "0001"
    assert revision_of(db_path) == SCHEMA_REVISION


# --- checking ------------------------------------------------------------------------------------


def test_a_sound_database_passes_the_check(service: QuizService, backups: Backups) -> None:
    assert backups.check().ok


def test_a_damaged_database_is_offered_the_newest_good_backup(
    service: QuizService, backups: Backups, db_path: Path, clock: FakeClock
) -> None:
    older = backups.make()
    clock.advance(60)
    newest_good = backups.make()
    clock.advance(60)
    damage(backups.make())  # the newest backup is damaged too: passed over
    service.close()
    damage(db_path)
    before = db_path.read_bytes()

    health = backups.check()

    assert not health.ok
    assert health.problems
    assert health.newest_good is not None
    assert health.newest_good.path == newest_good
    assert newest_good != older
    assert db_path.read_bytes() == before  # the check wrote nothing


# --- restoring -----------------------------------------------------------------------------------


def test_a_restore_brings_back_every_answer(
    service: QuizService, backups: Backups, library: Path, db_path: Path, clock: FakeClock
) -> None:
    answer_three(service, library)
    before = stored_answers(service)
    saved = backups.make()
    service.enter_profile("Budi")  # a change after the backup, undone by the restore
    service.close()

    replaced = backups.restore(saved)

    assert replaced is not None
    assert replaced.exists()
    restored = QuizService.open(sqlite_url(db_path), clock)
    try:
        assert stored_answers(restored) == before
        assert restored.profile_names() == ["Ana"]
    finally:
        restored.close()


def test_a_damaged_database_is_set_aside_by_a_restore(
    service: QuizService, backups: Backups, library: Path, db_path: Path, clock: FakeClock
) -> None:
    answer_three(service, library)
    before = stored_answers(service)
    saved = backups.make()
    service.close()
    damage(db_path)

    aside = backups.restore(saved)

    assert aside is not None
    assert aside.parent.name.startswith("damaged-")
    assert backups.check().ok
    restored = QuizService.open(sqlite_url(db_path), clock)
    try:
        assert stored_answers(restored) == before
    finally:
        restored.close()


def test_restore_refuses_a_file_that_is_not_a_quizapp_database(
    service: QuizService, backups: Backups, tmp_path: Path
) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("hello", encoding="utf-8")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (x)")
    connection.close()
    for path in (text_file, other, tmp_path / "missing.db"):
        with pytest.raises(NotQuizAppDatabaseError):
            backups.restore(path)
    assert backups.list() == []  # nothing was even backed up


def test_restore_refuses_a_database_from_a_newer_quizapp(
    service: QuizService, backups: Backups, tmp_path: Path
) -> None:
    newer = backups.make(tmp_path / "newer.db")
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    with pytest.raises(NewerDatabaseError) as refused:
        backups.restore(newer)
    assert refused.value.revision == "9999"


def test_restore_refuses_a_damaged_backup(
    service: QuizService, backups: Backups, tmp_path: Path
) -> None:
    damaged = backups.make(tmp_path / "damaged.db")
    damage(damaged)
    with pytest.raises(DamagedBackupError):
        backups.restore(damaged)


def test_restore_refuses_while_the_app_runs_on_the_data_folder(
    service: QuizService, backups: Backups, data_dir: Path, db_path: Path
) -> None:
    saved = backups.make()
    before = db_path.read_bytes()
    with app_stopped(data_dir):  # what the running app holds (its QLockFile's flock)
        other = Backups(sqlite_url(db_path), data_dir, service.clock)
        with pytest.raises(AppRunningError):
            other.restore(saved)
    assert db_path.read_bytes() == before
    assert not (data_dir / LOCK_FILE).exists()  # the lock made for the restore is gone


def test_the_lock_of_a_killed_app_does_not_refuse_a_restore(
    service: QuizService, backups: Backups, data_dir: Path
) -> None:
    (data_dir / LOCK_FILE).write_text("999999\npython3\nhost\n", encoding="utf-8")
    saved = backups.make()
    service.close()
    assert backups.restore(saved) is not None
