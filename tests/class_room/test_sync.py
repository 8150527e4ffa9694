"""Answers reach the class database exactly once, whatever happens on the way."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, func, select, text

from quizapp.quiz.clock import FakeClock
from quizapp.service import class_room
from quizapp.service.class_passwords import FilePasswords
from quizapp.service.class_room import ClassError, ClassSync
from quizapp.store import class_server
from quizapp.store.class_server import EventToSend
from quizapp.store.outbox import OUTBOX
from tests.class_room.conftest import ClassDatabase
from tests.class_room.helpers import profile, take_quiz


def server_count(url: str, table: str, where: str = "true") -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = text(f"SELECT count(*) FROM {table} WHERE {where}")
            return int(connection.execute(query).scalar_one())
    finally:
        engine.dispose()


class Switchable:
    """The class server, which the test can take away: an engine made while it is away
    points at a port where nothing listens."""

    def __init__(self) -> None:
        self.up = True

    def engine(self, url: str) -> Engine:
        return create_engine(url if self.up else url.replace(":5432/", ":1/"))


def joined(
    class_database: ClassDatabase, desktop: ClassSync, engine: Engine, clock: FakeClock, name: str
) -> int:
    class_room.init_class(class_database.admin_url, class_database.name)
    code = class_room.add_student(class_database.admin_url, name, clock)
    profile_id = profile(engine, name, clock)
    desktop.join(code.text(), profile_id)
    return profile_id


def test_a_quiz_reaches_the_class_once_and_its_state_is_derived_from_the_events(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
) -> None:
    profile_id = joined(class_database, desktop, engine, clock, "Ana")
    take_quiz(engine, library, clock, profile_id, attempt_id="a1")
    assert desktop.status().answers_waiting == 3

    report = desktop.sync()

    assert report.status.answers_waiting == 0
    assert report.status.events_waiting == 0
    assert report.sent == 6  # named, started, three answers, finished
    admin = class_database.admin_url
    assert server_count(admin, "answers") == 3
    assert server_count(admin, "attempts", "status = 'finished' AND end_reason = 'submitted'") == 1
    assert server_count(admin, "class_events") == 6
    assert server_count(admin, "profiles", "name = 'Ana'") == 1


def test_a_question_left_without_an_answer_reaches_the_class_as_no_answer(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
) -> None:
    profile_id = joined(class_database, desktop, engine, clock, "Joko")
    take_quiz(engine, library, clock, profile_id, attempt_id="a1", response=None)

    report = desktop.sync()

    assert report.status.failure is None
    assert report.status.events_waiting == 0
    assert server_count(class_database.admin_url, "answers", "response::text = 'null'") == 3


def test_a_batch_sent_again_changes_nothing(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
) -> None:
    profile_id = joined(class_database, desktop, engine, clock, "Ana")
    take_quiz(engine, library, clock, profile_id, attempt_id="a1")
    desktop.sync()
    # As if the app had been killed after the server's commit and before marking the batch
    # sent: every event goes again.
    with engine.begin() as connection:
        connection.execute(OUTBOX.update().values(sent_at=None))

    report = desktop.sync()

    assert report.sent == 6
    assert server_count(class_database.admin_url, "class_events") == 6
    assert server_count(class_database.admin_url, "answers") == 3


def test_answers_wait_while_the_server_is_away_then_all_go_in_order(
    class_database: ClassDatabase,
    engine: Engine,
    library: Path,
    clock: FakeClock,
    passwords: FilePasswords,
) -> None:
    server = Switchable()
    desktop = ClassSync(engine, clock, passwords, engine_factory=server.engine)
    profile_id = joined(class_database, desktop, engine, clock, "Budi")
    server.up = False
    desktop.close()  # the engine made while joining reached the server
    take_quiz(engine, library, clock, profile_id, attempt_id="a1", answers=2, finish=False)
    clock.advance(60)

    offline = desktop.sync()

    assert offline.sent == 0
    assert offline.status.answers_waiting == 2
    assert offline.status.failing_since == clock.now()
    assert "cannot reach the class server" in (offline.status.failure or "")
    server.up = True
    desktop.close()
    back = desktop.sync()
    assert back.status.answers_waiting == 0
    assert back.status.failure is None
    assert server_count(class_database.admin_url, "answers") == 2
    desktop.close()


def test_with_nothing_to_send_a_server_away_is_still_known_from_fetching_the_banks(
    class_database: ClassDatabase,
    engine: Engine,
    clock: FakeClock,
    passwords: FilePasswords,
    tmp_path: Path,
) -> None:
    server = Switchable()
    desktop = ClassSync(engine, clock, passwords, engine_factory=server.engine)
    joined(class_database, desktop, engine, clock, "Lestari")
    assert desktop.sync().status.events_waiting == 0  # the profile's name went
    server.up = False
    desktop.close()

    assert desktop.sync().status.failure is None  # nothing to send: nothing asked
    with pytest.raises(ClassError, match="cannot reach the class server"):
        desktop.pull_banks(tmp_path / "class")
    away = desktop.status()
    assert away.failing_since == clock.now()
    assert "cannot reach the class server" in (away.failure or "")

    server.up = True
    desktop.pull_banks(tmp_path / "class")
    assert desktop.status().failure is None
    desktop.close()


def test_everything_done_before_joining_is_sent_after(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
) -> None:
    class_room.init_class(class_database.admin_url, class_database.name)
    profile_id = profile(engine, "Citra", clock)
    take_quiz(engine, library, clock, profile_id, attempt_id="before")
    code = class_room.add_student(class_database.admin_url, "Citra", clock)

    desktop.join(code.text(), profile_id)
    desktop.sync()

    assert server_count(class_database.admin_url, "answers") == 3


def test_a_connection_cut_in_the_middle_of_a_batch_loses_and_doubles_nothing(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
    postgres_admin: Engine,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile_id = joined(class_database, desktop, engine, clock, "Dewi")
    for number in range(4):
        take_quiz(engine, library, clock, profile_id, attempt_id=f"a{number}")
    cut: list[bool] = []
    original = class_server.send_events

    def send_then_cut(connection: Connection, events: Sequence[EventToSend]) -> None:
        original(connection, events)
        if not cut:  # the first batch's rows are in, not committed: the server goes away
            cut.append(True)
            with postgres_admin.connect() as admin:
                admin.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :d AND usename LIKE :r"
                    ),
                    {"d": class_database.database, "r": f"{class_database.name}_s_%"},
                )

    monkeypatch.setattr(class_server, "send_events", send_then_cut)
    first = desktop.sync(batch_size=5)
    monkeypatch.undo()

    assert first.sent == 0
    assert first.status.failure is not None
    second = desktop.sync(batch_size=5)
    assert second.status.events_waiting == 0
    assert server_count(class_database.admin_url, "class_events") == 1 + 4 * 5
    assert server_count(class_database.admin_url, "answers") == 12
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(OUTBOX)).scalar() == 21


def test_a_malformed_join_code_changes_nothing(
    desktop: ClassSync, engine: Engine, clock: FakeClock
) -> None:
    profile_id = profile(engine, "Eka", clock)
    for text_ in ("hello", "QZC1-@@@", "QZC1-e30"):
        with pytest.raises(ClassError, match="join code"):
            desktop.join(text_, profile_id)
    assert not desktop.status().linked


def test_an_unknown_role_and_a_removed_student_are_refused_with_a_reason(
    class_database: ClassDatabase, desktop: ClassSync, engine: Engine, clock: FakeClock
) -> None:
    class_room.init_class(class_database.admin_url, class_database.name)
    code = class_room.add_student(class_database.admin_url, "Fajar", clock)
    profile_id = profile(engine, "Fajar", clock)
    unknown = class_room.JoinCode(
        code.class_name, code.host, code.port, code.database, f"{class_database.name}_s_nobody", "x"
    )
    with pytest.raises(ClassError, match="does not know this role"):
        desktop.join(unknown.text(), profile_id)

    class_room.remove_student(class_database.admin_url, "Fajar")
    with pytest.raises(ClassError, match="no longer lets this role in"):
        desktop.join(code.text(), profile_id)
    assert not desktop.status().linked


def test_a_server_at_another_schema_is_refused_and_nothing_is_sent(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
) -> None:
    profile_id = joined(class_database, desktop, engine, clock, "Gita")
    take_quiz(engine, library, clock, profile_id, attempt_id="a1")
    admin = create_engine(class_database.admin_url)
    with admin.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    admin.dispose()

    report = desktop.sync()

    assert report.sent == 0
    assert "update QuizApp on this computer" in (report.status.failure or "")
    assert server_count(class_database.admin_url, "class_events") == 0


def test_init_again_upgrades_in_place_and_keeps_what_was_sent(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
) -> None:
    profile_id = joined(class_database, desktop, engine, clock, "Hadi")
    take_quiz(engine, library, clock, profile_id, attempt_id="a1")
    desktop.sync()

    class_room.init_class(class_database.admin_url, class_database.name)

    assert server_count(class_database.admin_url, "answers") == 3
    take_quiz(engine, library, clock, profile_id, attempt_id="a2")
    assert desktop.sync().status.answers_waiting == 0
    assert server_count(class_database.admin_url, "answers") == 6


KILLED_SYNC = """
import sys
from quizapp.quiz.clock import SystemClock
from quizapp.service.class_passwords import FilePasswords
from quizapp.service.class_room import ClassSync
from quizapp.store.db import open_database, sqlite_url
from pathlib import Path

local = open_database(sqlite_url(Path(sys.argv[1])))
sync = ClassSync(local, SystemClock(), FilePasswords(Path(sys.argv[2])))
sync.sync(batch_size=4)
"""


@pytest.mark.slow
@pytest.mark.parametrize("point", ["class.written:2", "class.committed:1", "class.committed:3"])
def test_a_sync_killed_at_any_moment_sends_each_event_exactly_once_in_the_end(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    db_path: Path,
    library: Path,
    clock: FakeClock,
    passwords: FilePasswords,
    point: str,
) -> None:
    import os
    import signal
    import subprocess
    import sys

    profile_id = joined(class_database, desktop, engine, clock, "Indah")
    for number in range(3):
        take_quiz(engine, library, clock, profile_id, attempt_id=f"a{number}")
    with engine.connect() as connection:
        events = connection.execute(select(func.count()).select_from(OUTBOX)).scalar_one()
    desktop.close()

    killed = subprocess.run(
        [sys.executable, "-c", KILLED_SYNC, str(db_path), str(db_path.parent.parent / "secrets")],
        env={**os.environ, "QUIZAPP_KILL_AT": point},
        check=False,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL

    assert desktop.sync().status.events_waiting == 0
    assert server_count(class_database.admin_url, "class_events") == events
    assert server_count(class_database.admin_url, "answers") == 9
    assert server_count(class_database.admin_url, "attempts", "status = 'finished'") == 3


def test_one_student_on_two_computers_sends_both_and_counts_as_one_profile(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
    passwords: FilePasswords,
    migrated_database: Path,
    tmp_path: Path,
) -> None:
    import shutil

    from quizapp.store.db import open_database, sqlite_url

    class_room.init_class(class_database.admin_url, class_database.name)
    code = class_room.add_student(class_database.admin_url, "Kartika", clock)
    shutil.copyfile(migrated_database, tmp_path / "laptop.db")
    laptop_store = open_database(sqlite_url(tmp_path / "laptop.db"))
    laptop = ClassSync(laptop_store, clock, passwords)
    try:
        for computer, store, attempt in ((desktop, engine, "pc-1"), (laptop, laptop_store, "lt-1")):
            profile_id = profile(store, "Kartika", clock)
            computer.join(code.text(), profile_id)
            take_quiz(store, library, clock, profile_id, attempt_id=attempt)
        for computer in (desktop, laptop, desktop, laptop):  # and each sends twice
            assert computer.sync().status.events_waiting == 0
    finally:
        laptop.close()
        laptop_store.dispose()

    admin = class_database.admin_url
    assert server_count(admin, "profiles") == 1
    assert server_count(admin, "attempts", "status = 'finished'") == 2
    assert server_count(admin, "answers") == 6
    assert server_count(admin, "class_events") == 2 * 6
