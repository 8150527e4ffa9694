"""Opening the history page against the stack's floor, side by side in one run.

Fills a store with ``--profiles`` profiles x ``--attempts`` finished attempts x
``--answers`` answers (1,000 x 100 x 10 by default: 100,000 attempts, a million
answers; the rows are copies of one attempt made through the service, written
with stdlib ``sqlite3``), then times, alternating, the median of ``--repeat``
runs each, for a different profile each run:

* the app: the history page (built once, as the main window keeps it) asked for
  a profile's history, from ``set_fetcher`` to the first rows painted:
  ``QuizService.history_page`` on the worker thread
  (:func:`quizapp.ui.workers.run_in_background`), the model, the view;
* the floor: the bare indexed SQLite query of the same first page (stdlib
  ``sqlite3``: the profile's attempts, newest first, ``LIMIT``) and those rows
  as text in a bare ``QTableView`` over a ``QStandardItemModel``, painted.

Target: at most 2x the floor and within 200 ms. The plan SQLite chooses for
the app's query is printed, to show the index it uses.

Then a bank's item statistics (``QuizService.bank_statistics``: the query, the
latest answer per question, every figure Moodle's report has), over each
profile's first finished attempt (what the teacher view shows first) and over
every finished attempt, each against the floor of the bare SQL that reads the
same answer rows (stdlib ``sqlite3``, ``fetchall``), the median of
``--stats-repeat`` runs each; target at most 3x.
It reports; the test suite never times anything.

    python benchmarks/history.py [--profiles 1000] [--attempts 100] [--answers 10] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

PAGE = 200
TIMEOUT_S = 30.0


def bank_text(questions: int) -> str:
    lines = ["format: quizapp/1", "id: bench", "title: Benchmark bank", "questions:"]
    for n in range(questions):
        lines += [
            f"  - id: q{n}",
            "    type: single_choice",
            f"    prompt: Question {n}?",
            "    choices: [right, wrong]",
            "    answer: right",
        ]
    return "\n".join(lines) + "\n"


def fill(folder: Path, profiles: int, attempts: int, answers: int) -> tuple[Any, list[int]]:
    """A store with the rows asked for; the service over it and the profiles' ids."""
    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun
    from quizapp.store.db import sqlite_url

    path = folder / "quizapp.db"
    (folder / "bench.yaml").write_text(bank_text(answers), encoding="utf-8")
    clock = FakeClock()
    service = QuizService.open(sqlite_url(path), clock)
    service.import_paths([str(folder / "bench.yaml")])
    first = service.enter_profile("profile-0").profile
    prepared = service.start_attempt(first.id, "bench", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index in range(len(run.session.questions)):
        run.go_to(index)
        clock.advance(7)
        run.submit("right" if index % 3 else "wrong")
    run.finish()
    service.close()

    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        attempt = dict(connection.execute("SELECT * FROM attempts").fetchone())
        answer_rows = [dict(r) for r in connection.execute("SELECT * FROM answers ORDER BY seq")]
        profile = dict(connection.execute("SELECT * FROM profiles").fetchone())
        for table in ("outbox", "answers", "attempts", "profiles"):
            connection.execute(f"DELETE FROM {table}")
        start = datetime(2025, 1, 1, tzinfo=UTC)
        rng = random.Random(1)
        for p in range(profiles):
            connection.execute(
                "INSERT INTO profiles (id, name, name_key, created_at, desired_retention, uuid) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    p + 1,
                    f"profile-{p}",
                    f"profile-{p}",
                    profile["created_at"],
                    0.9,
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                ),
            )
            attempt_batch, answer_batch = [], []
            for a in range(attempts):
                attempt_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                began = start + timedelta(hours=a * 7 + p % 5, minutes=rng.randrange(60))
                row = dict(attempt)
                row.update(
                    id=attempt_id,
                    profile_id=p + 1,
                    started_at=_stamp(began),
                    finished_at=_stamp(began + timedelta(minutes=rng.randrange(1, 20))),
                    deadline=None,
                )
                attempt_batch.append(row)
                for seq, answer in enumerate(answer_rows, start=1):
                    copy = dict(answer)
                    copy.update(
                        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                        attempt_id=attempt_id,
                        seq=seq,
                        points=float(rng.random() < 0.7),
                    )
                    answer_batch.append(copy)
            _insert(connection, "attempts", attempt_batch)
            _insert(connection, "answers", answer_batch)
        connection.commit()
        connection.execute("ANALYZE")
    finally:
        connection.close()
    return QuizService.open(sqlite_url(path), FakeClock()), list(range(1, profiles + 1))


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    connection.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
        [tuple(row[c] for c in columns) for row in rows],
    )


class PaintWatch(QObject):
    """Notes the first paint of a view's viewport once its model has rows."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.painted_at: float | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and self.painted_at is None
            and self.view.model() is not None
            and self.view.model().rowCount() > 0
        ):
            self.painted_at = time.perf_counter()
        return False


def wait(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + TIMEOUT_S
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            sys.exit("timed out waiting for a paint")


def time_app(app: QApplication, page: Any, service: Any, profile_id: int) -> float:
    from quizapp.ui.workers import run_in_background

    def fetch(offset: int, limit: int, filters: Any, sort: Any, deliver: Any, fail: Any) -> None:
        run_in_background(
            lambda: service.history_page(profile_id, offset, limit, filters, sort),
            success=deliver,
            failure=fail,
        )

    watch = PaintWatch(page.view)
    began = time.perf_counter()
    page.set_fetcher(fetch)
    wait(app, lambda: watch.painted_at is not None)
    assert watch.painted_at is not None
    elapsed = watch.painted_at - began
    watch.view.viewport().removeEventFilter(watch)
    watch.deleteLater()
    return elapsed * 1000


def time_floor(app: QApplication, path: Path, profile_id: int, window: QWidget) -> float:
    began = time.perf_counter()
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT a.id, b.title, a.started_at, a.finished_at, a.status, a.end_reason, "
            "a.total_points FROM attempts a JOIN banks b ON b.id = a.bank_id "
            "WHERE a.profile_id = ? ORDER BY a.started_at DESC LIMIT ?",
            (profile_id, PAGE),
        ).fetchall()
    finally:
        connection.close()
    model = QStandardItemModel(len(rows), 7, window)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem(str(value)))
    view = window.findChild(QTableView)
    assert view is not None
    watch = PaintWatch(view)
    view.setModel(model)
    wait(app, lambda: watch.painted_at is not None)
    assert watch.painted_at is not None
    elapsed = watch.painted_at - began
    view.viewport().removeEventFilter(watch)
    watch.deleteLater()
    return elapsed * 1000


STATS_FLOOR_SQL = """
SELECT a.attempt_id, a.question_id, a.seq, a.points, a.possible, a.response,
       a.shown_at, a.answered_at
FROM answers AS a JOIN ({attempts}) AS t ON t.id = a.attempt_id
"""
EVERY_FINISHED = "SELECT id FROM attempts WHERE bank_id = ? AND status = 'finished'"
FIRST_FINISHED = """
SELECT id FROM (
    SELECT id, row_number() OVER (PARTITION BY profile_id ORDER BY started_at, id) AS rank
    FROM attempts WHERE bank_id = ? AND status = 'finished'
) WHERE rank = 1
"""


def time_statistics(
    service: Any, path: Path, repeat: int, *, all_attempts: bool
) -> tuple[float, float]:
    """The bank's item statistics against the bare read of the same answers (ms medians)."""
    floor_sql = STATS_FLOOR_SQL.format(attempts=EVERY_FINISHED if all_attempts else FIRST_FINISHED)
    apps, floors = [], []
    for _ in range(repeat):
        began = time.perf_counter()
        service.bank_statistics("bench", all_attempts=all_attempts)
        apps.append(1000 * (time.perf_counter() - began))
        began = time.perf_counter()
        connection = sqlite3.connect(path)
        try:
            connection.execute(floor_sql, ("bench",)).fetchall()
        finally:
            connection.close()
        floors.append(1000 * (time.perf_counter() - began))
    return statistics.median(apps), statistics.median(floors)


def print_plan(service: Any, path: Path, profile_id: int) -> None:
    from sqlalchemy import event

    captured: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "LIMIT" in statement:
            captured.append((statement, parameters))

    event.listen(service.engine, "before_cursor_execute", keep)
    service.history_page(profile_id, 0, PAGE)
    event.remove(service.engine, "before_cursor_execute", keep)
    statement, parameters = captured[-1]
    connection = sqlite3.connect(path)
    try:
        plan = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    finally:
        connection.close()
    print("query plan of the app's first page:")
    for row in plan:
        print(f"  {row[-1]}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--attempts", type=int, default=100)
    parser.add_argument("--answers", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--stats-repeat", type=int, default=3)
    args = parser.parse_args(argv)

    app = QApplication(["quizapp-benchmark"])
    from quizapp.ui.pages.history_page import HistoryPage

    with tempfile.TemporaryDirectory(prefix="quizapp-history-bench-") as temp:
        folder = Path(temp)
        began = time.perf_counter()
        service, profile_ids = fill(folder, args.profiles, args.attempts, args.answers)
        print(
            f"store: {args.profiles} profiles x {args.attempts} attempts x {args.answers} answers"
            f" in {time.perf_counter() - began:.1f} s"
        )
        print_plan(service, folder / "quizapp.db", profile_ids[len(profile_ids) // 2])
        page = HistoryPage()
        page.resize(1000, 700)
        page.show()
        floor_window = QWidget()
        floor_view = QTableView(floor_window)
        floor_view.resize(1000, 640)
        floor_window.resize(1000, 700)
        floor_window.show()
        app.processEvents()
        rng = random.Random(2)
        apps, floors = [], []
        for _ in range(args.repeat):
            profile_id = rng.choice(profile_ids)
            apps.append(time_app(app, page, service, profile_id))
            floors.append(time_floor(app, folder / "quizapp.db", profile_id, floor_window))
        app_ms, floor_ms = statistics.median(apps), statistics.median(floors)
        page_met = app_ms <= 2 * floor_ms and app_ms <= 200
        print(
            f"{'history page -> first rows':<32} app {app_ms:9.1f} ms   floor {floor_ms:9.1f} ms"
            f"   ratio {app_ms / floor_ms:5.2f}x   (target: <= 2x and <= 200 ms) "
            f"{'met' if page_met else 'MISSED'}   median of {args.repeat}"
        )
        from quizapp.ui.workers import wait_for_workers

        wait_for_workers()
        for label, every in (
            ("item statistics, first attempts", False),
            ("..., all attempts", True),
        ):
            stats_app, stats_floor = time_statistics(
                service, folder / "quizapp.db", args.stats_repeat, all_attempts=every
            )
            met = "met" if stats_app <= 3 * stats_floor else "MISSED"
            print(
                f"{label:<32} app {stats_app:9.1f} ms   floor {stats_floor:9.1f} ms"
                f"   ratio {stats_app / stats_floor:5.2f}x   (target: <= 3x) {met}"
                f"   median of {args.stats_repeat}"
            )
        service.close()
        page.close()
        floor_window.close()
    print(
        json.dumps(
            {
                "app_ms": round(app_ms, 1),
                "floor_ms": round(floor_ms, 1),
                "stats_app_ms": round(stats_app, 1),
                "stats_floor_ms": round(stats_floor, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
