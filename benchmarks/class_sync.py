"""A class on one PostgreSQL server: many desktops sending at once, and the class's statistics.

Needs a PostgreSQL server and a superuser's URL (``--server``, else
``QUIZAPP_BENCH_POSTGRES``, else ``postgresql+psycopg://postgres@127.0.0.1:5432``).
It makes a database of its own (``quizapp_bench_<random>``, and one more for the
floor) and a class whose roles are prefixed ``bench<random>_``, and drops them
all at the end, also when it fails.

Sending (issue 14): ``--desktops`` desktops (200), each with its own SQLite
store in a temporary folder (copies of one migrated store with the bank), each
joined to the class with its own student's join code (``ClassSync.join``) and
each having taken a ``--answers``-question quiz (30) through ``QuizService``,
so its outbox holds what the app writes: the profile's name, the attempt's
start, one event per answer and the finish. Then every desktop's
``ClassSync.sync`` runs at once on a pool of ``--workers`` threads (48: the
server allows 100 connections, so desktops share a bounded number, as a real
class's would be configured), each over its own local store and its own
connection as its student's role. Timed until every desktop has its events
acknowledged (committed on the server and marked sent locally).

Two floors, each the same event rows sent by bare psycopg in the same run, each
the median of ``--floor-repeat`` runs (3; the per-desktop one once more before
the app, so that neither meets a colder server) on emptied tables of a second
class database (the same schema, trigger, roles and row-level security, so the
server derives the same attempts and answers from them):

* per desktop (target: the app at most 2x): each desktop's rows over a new
  connection as its own student's role, one ``executemany`` of the app's
  ``INSERT … ON CONFLICT (id) DO NOTHING``, one commit, on the same number of
  threads. This is what 200 separate logins cost the stack without the app:
  a server process started per connection, its catalogs read and the trigger's
  PL/pgSQL compiled in it, row-level security checked on every row.
* all at once (the issue's floor read literally, printed beside it): one
  superuser connection, one ``executemany`` of all the rows. No desktop can
  send like this (each must log in as its student, for row-level security), so
  it shows what the logins themselves cost. The insert into a bare copy of
  ``class_events`` without the trigger is printed too, to show the trigger's
  share.

Then every count is checked on the server: each event once, each answer once,
every attempt finished, every local event marked sent.

Item statistics: the class database is filled up to ``--stats-answers``
answers (1,000,000) to the same bank (copies of the attempts sent above, made
on the server with ``INSERT … SELECT``), then ``QuizService.open(<the class
database as its teacher>).bank_statistics(bank, all_attempts=True)`` (what the
teacher's statistics page and ``quizapp stats`` run) is timed against two
floors over the same answer rows, as the teacher's role: the bare SQL
aggregate (per question: count, mean score, standard deviation, mean time) and
the bare read of the rows (``fetchall``, as ``benchmarks/history.py`` measures
the SQLite store). Target: at most 3x the bare read, as for the SQLite store.
It reports; the test suite never times anything.

    python benchmarks/class_sync.py [--desktops 200] [--answers 30] [--workers 48]
        [--stats-answers 1000000] [--stats-repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import secrets
import shutil
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"
BANK_ID = "bench"


def bank_text(questions: int) -> str:
    lines = ["format: quizapp/1", f"id: {BANK_ID}", "title: Class benchmark bank", "questions:"]
    for n in range(questions):
        lines += [
            f"  - id: q{n}",
            "    type: single_choice",
            f"    prompt: Question {n}?",
            "    choices: [right, wrong]",
            "    answer: right",
        ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Server:
    """A superuser's URL of the server (no database) and what this run made on it."""

    url: str
    token: str

    @property
    def class_name(self) -> str:
        return f"bench{self.token}"

    @property
    def database(self) -> str:
        return f"quizapp_bench_{self.token}"

    @property
    def floor_database(self) -> str:
        return f"quizapp_bench_{self.token}_floor"

    def admin_url(self, database: str) -> str:
        return f"{self.url}/{database}"

    def libpq(self, database: str, role: str | None = None, password: str | None = None) -> str:
        """The same address as a libpq URL for bare psycopg (the floors)."""
        from sqlalchemy.engine import make_url

        url = make_url(self.admin_url(database)).set(drivername="postgresql")
        if role is not None:
            url = url.set(username=role, password=password)
        return url.render_as_string(hide_password=False)


@contextmanager
def own_databases(server: Server) -> Iterator[None]:
    """The run's two databases, dropped with the class's roles afterwards, whatever happens."""
    from sqlalchemy import create_engine, text

    from quizapp.store.class_server import drop_class_roles

    admin = create_engine(f"{server.url}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            for database in (server.database, server.floor_database):
                connection.exec_driver_sql(f'CREATE DATABASE "{database}"')
        yield
    finally:
        with admin.connect() as connection:
            for database in (server.database, server.floor_database):
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = :d AND pid <> pg_backend_pid()"
                    ),
                    {"d": database},
                )
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}"')
            drop_class_roles(connection, server.class_name)
        admin.dispose()


# --- the desktops ----------------------------------------------------------------------------


@dataclass
class Desktop:
    folder: Path
    service: Any  # QuizService over the desktop's store
    sync: Any  # ClassSync over the same engine
    profile_id: int

    def close(self) -> None:
        self.sync.close()
        self.service.close()


def template_store(folder: Path, questions: int) -> Path:
    """A migrated store with the bank imported and no profile yet (so no event to copy)."""
    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService
    from quizapp.store.db import sqlite_url

    bank = folder / "bench.yaml"
    bank.write_text(bank_text(questions), encoding="utf-8")
    path = folder / "template.db"
    service = QuizService.open(sqlite_url(path), FakeClock())
    service.import_paths([str(bank)])
    service.close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file alone is the store
    finally:
        connection.close()
    return path


def make_desktop(template: Path, folder: Path, number: int, code: str) -> Desktop:
    """A desktop's store: joined with its student's code, one quiz taken as the app takes it."""
    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService
    from quizapp.service.class_passwords import FilePasswords
    from quizapp.service.class_room import ClassSync
    from quizapp.service.quiz_run import QuizRun
    from quizapp.store.db import sqlite_url

    folder.mkdir()
    path = folder / "quizapp.db"
    shutil.copyfile(template, path)
    clock = FakeClock()
    service = QuizService.open(sqlite_url(path), clock)
    profile_id = service.enter_profile(f"student-{number:03d}").profile.id
    sync = ClassSync(service.engine, clock, FilePasswords(folder))
    sync.join(code, profile_id)
    prepared = service.start_attempt(profile_id, BANK_ID, seed=number)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index in range(len(run.session.questions)):
        run.go_to(index)
        clock.advance(7)
        run.submit("right" if (index + number) % 3 else "wrong")
    run.finish()
    return Desktop(folder, service, sync, profile_id)


def outbox_rows(desktop: Desktop) -> list[tuple[str, str, str, str]]:
    """The desktop's events as the server's rows: (id, profile uuid, kind, payload JSON)."""
    connection = sqlite3.connect(desktop.folder / "quizapp.db")
    try:
        return list(
            connection.execute(
                "SELECT o.id, p.uuid, o.kind, o.payload FROM outbox o "
                "JOIN profiles p ON p.id = o.profile_id WHERE o.profile_id = ? ORDER BY o.seq",
                (desktop.profile_id,),
            )
        )
    finally:
        connection.close()


def unsent(desktop: Desktop) -> int:
    connection = sqlite3.connect(desktop.folder / "quizapp.db")
    try:
        waiting = connection.execute("SELECT count(*) FROM outbox WHERE sent_at IS NULL")
        return int(waiting.fetchone()[0])
    finally:
        connection.close()


def set_up_class(
    server: Server, folder: Path, desktops: int, questions: int, workers: int
) -> tuple[list[Desktop], list[Any], str]:
    """The class, its students' accounts, their desktops; the teacher's URL of the class."""
    from sqlalchemy import create_engine

    from quizapp.quiz.clock import FakeClock
    from quizapp.service import class_room
    from quizapp.service.class_codes import JoinCode
    from quizapp.store import class_server
    from quizapp.store.db import open_database, sqlite_url

    admin_url = server.admin_url(server.database)
    teacher = class_room.init_class(admin_url, server.class_name)
    template = template_store(folder, questions)
    local = open_database(sqlite_url(template))
    class_room.publish_banks(admin_url, local, [BANK_ID], FakeClock())
    local.dispose()
    # The students, in one transaction (add-student 200 times over gives the same rows).
    engine = create_engine(admin_url)
    with engine.begin() as connection:
        accounts = [
            class_server.add_student(
                connection,
                server.class_name,
                f"student-{n:03d}",
                now=FakeClock().now(),
                profile_uuid=f"00000000-0000-4000-8000-{n:012d}",
            )
            for n in range(desktops)
        ]
    engine.dispose()
    codes = [
        JoinCode(
            server.class_name,
            teacher.host,
            teacher.port,
            teacher.database,
            account.role,
            account.password,
        ).text()
        for account in accounts
    ]
    with ThreadPoolExecutor(workers) as pool:
        made = list(
            pool.map(
                lambda n: make_desktop(template, folder / f"desktop-{n:03d}", n, codes[n]),
                range(desktops),
            )
        )
    return made, accounts, teacher.url()


def send_all(desktops: list[Desktop], workers: int) -> tuple[float, int]:
    """Every desktop's sync at once on the pool: (seconds until all acknowledged, events sent)."""

    def send(desktop: Desktop) -> Any:
        try:
            return desktop.sync.sync()
        finally:
            # ClassSync keeps its one server connection between syncs; 200 desktops keeping
            # theirs would take more than the server's 100, so each lets go once it is done.
            desktop.sync.close()

    began = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        reports = list(pool.map(send, desktops))
    elapsed = time.perf_counter() - began
    failures = [r.status.failure for r in reports if r.status.failure]
    if failures:
        raise SystemExit(f"{len(failures)} desktops could not send; the first: {failures[0]}")
    return elapsed, sum(report.sent for report in reports)


# --- the floor -------------------------------------------------------------------------------


FLOOR_INSERT = (
    "INSERT INTO {table} (id, profile_uuid, kind, payload) "
    "VALUES (%s::uuid, %s, %s, %s::jsonb) ON CONFLICT (id) DO NOTHING"
)


def prepare_floor(server: Server, accounts: list[Any]) -> None:
    """A second class database with the same schema, trigger, students, and a bare table.

    The students' roles are the class's (roles belong to the server, not to a
    database), so the per-desktop floor logs in as each student there too.
    """
    from sqlalchemy import text

    from quizapp.store import class_server
    from quizapp.store.db import open_database

    engine = open_database(server.admin_url(server.floor_database))
    with engine.begin() as connection:
        class_server.install_class(connection, server.class_name, class_server.new_password())
        connection.execute(
            text(
                "INSERT INTO profiles (name, name_key, created_at, desired_retention, uuid) "
                "VALUES (:u, :u, now(), 0.9, :u)"
            ),
            [{"u": account.profile_uuid} for account in accounts],
        )
        connection.execute(
            text(
                "INSERT INTO class_members (role_name, display_name, profile_uuid) "
                "VALUES (:r, :r, :u)"
            ),
            [{"r": account.role, "u": account.profile_uuid} for account in accounts],
        )
        connection.exec_driver_sql(
            "CREATE TABLE class_events_bare (LIKE class_events INCLUDING DEFAULTS "
            "INCLUDING IDENTITY INCLUDING CONSTRAINTS INCLUDING INDEXES)"
        )
    engine.dispose()


def empty_floor(url: str, table: str) -> None:
    """What the last floor run added (the events and what the trigger derived) removed."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"TRUNCATE {table}, answers, attempts, question_versions, banks CASCADE")


def floor_send(
    server: Server, rows: list[tuple[str, str, str, str]], table: str, repeat: int
) -> float:
    """Median seconds for one superuser connection's executemany of all the rows, committed."""
    import psycopg

    url = server.libpq(server.floor_database)
    times = []
    for _ in range(repeat):
        empty_floor(url, table)
        began = time.perf_counter()
        with psycopg.connect(url) as connection:
            with connection.cursor() as cursor:
                cursor.executemany(FLOOR_INSERT.format(table=table), rows)
            connection.commit()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def floor_per_desktop(
    server: Server,
    sends: list[tuple[Any, list[tuple[str, str, str, str]]]],
    workers: int,
    repeat: int,
) -> list[float]:
    """Seconds for every desktop's rows sent as the desktops do, by bare psycopg, per run.

    Each desktop's rows go over a new connection as its student's role (row-level
    security and all), one executemany, one commit, on a pool of the same number
    of threads: what the stack itself costs for many logins, without the app.
    """
    import psycopg

    def send(account: Any, rows: list[tuple[str, str, str, str]]) -> None:
        url = server.libpq(server.floor_database, account.role, account.password)
        with psycopg.connect(url) as connection:
            with connection.cursor() as cursor:
                cursor.executemany(FLOOR_INSERT.format(table="class_events"), rows)
            connection.commit()

    times = []
    for _ in range(repeat):
        empty_floor(server.libpq(server.floor_database), "class_events")
        began = time.perf_counter()
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda pair: send(*pair), sends))
        times.append(time.perf_counter() - began)
    return times


# --- checking what arrived -------------------------------------------------------------------


def server_counts(server: Server) -> dict[str, int]:
    import psycopg

    queries = {
        "events": "SELECT count(*) FROM class_events",
        "distinct events": "SELECT count(DISTINCT id) FROM class_events",
        "answers": "SELECT count(*) FROM answers",
        "distinct answers": "SELECT count(DISTINCT (attempt_id, seq)) FROM answers",
        "finished attempts": "SELECT count(*) FROM attempts WHERE status = 'finished'",
        "profiles with an attempt": "SELECT count(DISTINCT profile_id) FROM attempts",
    }
    with psycopg.connect(server.libpq(server.database)) as connection:
        return {
            name: int(connection.execute(sql).fetchone()[0])  # type: ignore[index]
            for name, sql in queries.items()
        }


def check_arrival(
    server: Server, desktops: list[Desktop], events: int, answers_each: int
) -> dict[str, int]:
    counts = server_counts(server)
    left = sum(unsent(desktop) for desktop in desktops)
    expected = {
        "events": events,
        "distinct events": events,
        "answers": len(desktops) * answers_each,
        "distinct answers": len(desktops) * answers_each,
        "finished attempts": len(desktops),
        "profiles with an attempt": len(desktops),
    }
    wrong = {name: (counts[name], want) for name, want in expected.items() if counts[name] != want}
    print(
        f"on the server: {counts['events']} events, {counts['answers']} answers, "
        f"{counts['finished attempts']} finished attempts; unsent on the desktops: {left}; "
        + ("none lost, none doubled" if not wrong and not left else f"WRONG (got, wanted): {wrong}")
    )
    if wrong or left:
        raise SystemExit("the class database does not hold exactly what the desktops sent")
    return counts


# --- item statistics -------------------------------------------------------------------------


def fill_answers(server: Server, total_answers: int, answers_each: int) -> int:
    """Copies of the sent attempts (new ids, spread over the students) up to the total answers."""
    import psycopg

    with psycopg.connect(server.libpq(server.database)) as connection:
        have = int(connection.execute("SELECT count(*) FROM answers").fetchone()[0])  # type: ignore[index]
        copies = max(0, -(-(total_answers - have) // answers_each))
        if copies == 0:
            return have
        attempt_columns = columns(connection, "attempts")
        answer_columns = columns(connection, "answers")
        replaced_attempt = {
            "id": "c.id",
            "profile_id": "c.profile_id",
            "started_at": "t.started_at + c.n * interval '1 minute'",
            "finished_at": "t.finished_at + c.n * interval '1 minute'",
        }
        replaced_answer = {
            "id": "gen_random_uuid()::text",
            "attempt_id": "c.id",
            "points": "CASE WHEN random() < 0.7 THEN a.possible ELSE 0 END",
        }
        connection.execute(
            "CREATE TEMP TABLE copies AS "
            "SELECT n, gen_random_uuid()::text AS id, "
            "(SELECT array_agg(id ORDER BY id) FROM profiles)"
            "[1 + n % (SELECT count(*) FROM profiles)] AS profile_id, "
            "(SELECT array_agg(id ORDER BY id) FROM attempts)"
            "[1 + n % (SELECT count(*) FROM attempts)] AS source "
            f"FROM generate_series(1, {copies}) AS n"
        )
        attempt_values = ", ".join(replaced_attempt.get(c, f't."{c}"') for c in attempt_columns)
        connection.execute(
            f"INSERT INTO attempts ({quoted(attempt_columns)}) "
            f"SELECT {attempt_values} FROM copies c JOIN attempts t ON t.id = c.source"
        )
        answer_values = ", ".join(replaced_answer.get(c, f'a."{c}"') for c in answer_columns)
        connection.execute(
            f"INSERT INTO answers ({quoted(answer_columns)}) "
            f"SELECT {answer_values} FROM copies c JOIN answers a ON a.attempt_id = c.source"
        )
        connection.commit()
        connection.execute("ANALYZE")
        return int(connection.execute("SELECT count(*) FROM answers").fetchone()[0])  # type: ignore[index]


def columns(connection: Any, table: str) -> list[str]:
    rows = connection.execute(
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
        (table,),
    )
    return [name for (name,) in rows]


def quoted(names: list[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


STATS_ROWS_SQL = """
SELECT a.attempt_id, a.question_id, a.seq, a.points, a.possible, a.response,
       a.shown_at, a.answered_at
FROM answers AS a JOIN attempts AS t ON t.id = a.attempt_id
WHERE t.bank_id = %s AND t.status = 'finished' AND t.mode = 'exam'
"""
STATS_AGGREGATE_SQL = """
SELECT a.question_id, count(*), avg(a.points / a.possible), stddev_samp(a.points / a.possible),
       avg(extract(epoch FROM a.answered_at - a.shown_at))
FROM answers AS a JOIN attempts AS t ON t.id = a.attempt_id
WHERE t.bank_id = %s AND t.status = 'finished' AND t.mode = 'exam'
GROUP BY a.question_id
"""


def bare_query(url: str, sql: str) -> Callable[[], object]:
    def run() -> object:
        import psycopg

        with psycopg.connect(url) as connection:
            return connection.execute(sql, (BANK_ID,)).fetchall()

    return run


def alternate(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The median ms of each run, taken in turn ``repeat`` times."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            began = time.perf_counter()
            run()
            times[name].append(1000 * (time.perf_counter() - began))
    return {name: statistics.median(values) for name, values in times.items()}


def check_agreement(computed: Any, aggregate: Any) -> None:
    """The app and the bare aggregate read the same rows: each question's count and facility."""
    bare = {row[0]: (row[1], 100 * row[2]) for row in aggregate}
    app = {q.id: (q.attempts, q.facility_index) for q in computed.questions}
    differ = [
        qid
        for qid in bare.keys() | app.keys()
        if qid not in bare
        or qid not in app
        or bare[qid][0] != app[qid][0]
        or abs(float(bare[qid][1]) - float(app[qid][1] or 0)) > 1e-6
    ]
    if differ:
        raise SystemExit(f"the app's statistics and the bare aggregate differ on {sorted(differ)}")
    print(f"the app and the bare aggregate agree on all {len(app)} questions' counts and facility")


def profile_statistics(service: Any) -> None:
    """Where the app's time goes: the five functions that take the most."""
    import cProfile
    import io
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    service.bank_statistics(BANK_ID, all_attempts=True)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(12)
    print("where the app's item statistics spend their time (cumulative):")
    for line in out.getvalue().splitlines():
        if line.strip() and ("/" in line or "ncalls" in line):
            print("  " + line.strip()[:150])


# --- the run ---------------------------------------------------------------------------------


def line(
    label: str, app: float, floor: float, unit: str, target: float | None, extra: str = ""
) -> None:
    verdict = ""
    if target is not None:
        verdict = f"   (target: <= {target:g}x) {'met' if app <= target * floor else 'MISSED'}"
    print(
        f"{label:<34} app {app:9.1f} {unit}   floor {floor:9.1f} {unit}   ratio "
        f"{app / floor:5.2f}x{verdict}{extra}"
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--server", default=os.environ.get("QUIZAPP_BENCH_POSTGRES", DEFAULT_SERVER)
    )
    parser.add_argument("--desktops", type=int, default=200)
    parser.add_argument("--answers", type=int, default=30)
    parser.add_argument("--workers", type=int, default=48)
    parser.add_argument("--floor-repeat", type=int, default=3)
    parser.add_argument("--stats-answers", type=int, default=1_000_000)
    parser.add_argument("--stats-repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile the app's statistics")
    args = parser.parse_args(argv)
    # Stopped from outside, it still drops what it made (the finally blocks run on exit).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    probe = create_engine(f"{args.server}/postgres")
    try:
        with probe.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as error:
        sys.exit(f"no PostgreSQL server at {args.server}: {str(error.orig).splitlines()[0]}")
    finally:
        probe.dispose()

    server = Server(args.server.rstrip("/"), secrets.token_hex(4))
    results: dict[str, float] = {}
    with own_databases(server), tempfile.TemporaryDirectory(prefix="quizapp-class-") as temp:
        print(
            f"server: database {server.database} and class {server.class_name} "
            "(dropped at the end)",
            flush=True,
        )
        began = time.perf_counter()
        desktops, accounts, teacher_url = set_up_class(
            server, Path(temp), args.desktops, args.answers, args.workers
        )
        sends = [
            (account, outbox_rows(desktop))
            for account, desktop in zip(accounts, desktops, strict=True)
        ]
        rows = [row for _, desktop_rows in sends for row in desktop_rows]
        print(
            f"class: {args.desktops} desktops, {len(rows)} events waiting "
            f"({len(rows) // args.desktops} each: {args.answers} answers, the profile's name, "
            f"the attempt's start and finish), set up in {time.perf_counter() - began:.1f} s"
        )
        prepare_floor(server, accounts)
        # The setup's objects (200 stores, their engines) are no desktop's own: kept out of
        # the collector's way for the app and the floors alike.
        gc.collect()
        gc.freeze()
        # The per-desktop floor runs before the app and after it, so that neither meets the
        # server colder than the other; its figure is the median of all its runs.
        floor_runs = floor_per_desktop(server, sends, args.workers, 1)
        app_s, sent = send_all(desktops, args.workers)
        for desktop in desktops:
            desktop.close()
        floor_runs += floor_per_desktop(server, sends, args.workers, args.floor_repeat)
        desktops_s = statistics.median(floor_runs)
        floor_s = floor_send(server, rows, "class_events", args.floor_repeat)
        bare_s = floor_send(server, rows, "class_events_bare", args.floor_repeat)
        print(
            f"{args.desktops} desktops' {len(rows)} events, each desktop on its own connection "
            f"as its student, {args.workers} threads; floors: median of {len(floor_runs)} "
            f"(per desktop) and {args.floor_repeat} (all at once) runs"
        )
        line(
            "app vs bare psycopg per desktop",
            1000 * app_s,
            1000 * desktops_s,
            "ms",
            2,
            f"   {sent / app_s:,.0f} events/s (floor {len(rows) / desktops_s:,.0f}/s)",
        )
        line(
            "app vs one executemany of all",
            1000 * app_s,
            1000 * floor_s,
            "ms",
            2,
            f"   floor {len(rows) / floor_s:,.0f} events/s over one superuser connection",
        )
        print(
            f"{'  (one executemany, no trigger)':<34} {1000 * bare_s:9.1f} ms, "
            f"{len(rows) / bare_s:,.0f} events/s: the rest of that floor is deriving the tables"
        )
        check_arrival(server, desktops, len(rows), args.answers)
        results.update(
            app_ms=1000 * app_s,
            desktops_floor_ms=1000 * desktops_s,
            floor_ms=1000 * floor_s,
            bare_ms=1000 * bare_s,
        )

        began = time.perf_counter()
        total = fill_answers(server, args.stats_answers, args.answers)
        print(f"class database filled to {total:,} answers in {time.perf_counter() - began:.1f} s")
        results.update(stats_answers=total, **stats_figures(server, teacher_url, args))
    print(json.dumps({name: round(value, 1) for name, value in results.items()}))
    return 0


def stats_figures(server: Server, teacher_url: str, args: argparse.Namespace) -> dict[str, float]:
    from sqlalchemy.engine import make_url

    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService

    url = make_url(teacher_url)
    as_teacher = server.libpq(server.database, url.username, url.password)
    service = QuizService.open(teacher_url, FakeClock())
    try:
        computed = service.bank_statistics(BANK_ID, all_attempts=True)
        medians = alternate(
            {
                "app": lambda: service.bank_statistics(BANK_ID, all_attempts=True),
                "aggregate": bare_query(as_teacher, STATS_AGGREGATE_SQL),
                "rows": bare_query(as_teacher, STATS_ROWS_SQL),
            },
            args.stats_repeat,
        )
        print(
            f"item statistics over {computed.test.attempts:,} attempts, "
            f"median of {args.stats_repeat}:"
        )
        line("item statistics vs bare read", medians["app"], medians["rows"], "ms", 3)
        line("item statistics vs SQL aggregate", medians["app"], medians["aggregate"], "ms", None)
        check_agreement(computed, bare_query(as_teacher, STATS_AGGREGATE_SQL)())
        if args.profile:
            profile_statistics(service)
    finally:
        service.close()
    return {
        "stats_app_ms": medians["app"],
        "stats_rows_ms": medians["rows"],
        "stats_aggregate_ms": medians["aggregate"],
    }


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
