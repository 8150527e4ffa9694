"""Study at a glance against the stack's floor, side by side in one run.

Fills a store with ``--banks`` banks x ``--questions`` questions (50 x 100 by
default) and, for one profile, ``--days`` days of ``--per-day`` reviews a day
(365 x 100: about 36,500 review rows): each day a few new cards (so that
every question is a card by the year's end), then the cards due first, then
more new ones when too few are due, are reviewed, rated as a student might (mostly Good,
some Again, a few Hard or Easy), through the app's own FSRS schedule
(``quizapp.learn.schedule.review``); the rows (attempts, answers, reviews,
cards) are written with stdlib ``sqlite3``. Then it times, alternating, the
median of ``--repeat`` runs each:

* the library's due counts: ``QuizService.due`` (per bank: cards, due today,
  mastery; what the library and ``quizapp due`` show), against the bare SQL
  that reads the same card rows (the profile's cards with their questions'
  current hashes, visible banks only); target at most 2x;
* the next review card: ``QuizService.next_due_card``, which is exactly what
  the review page's session calls on each step
  (``quizapp.service.study.next_review_card``), across banks and in one bank,
  with the card just answered held back as a session does, against the bare
  SQL of the same results: the first two cards due within the learn-ahead
  window through the ``(profile_id, due)`` index, with question and bank
  checked, and the count of those due (the page's "n cards due"); the first
  step of a session also counts the changed questions scheduled later, which
  reads every card, and its floor does the same. Targets under 10 ms and at
  most 3x.

Each floor opens its own stdlib ``sqlite3`` connection, runs the query with
``fetchall`` and closes it, as ``benchmarks/history.py`` does. The plans SQLite
chooses for the app's queries are printed, to show the indexes they use. The
study streak (``QuizService.study_streak``) is timed too, for information. It
reports; the test suite never times anything.

    python benchmarks/study.py [--banks 50] [--questions 100] [--days 365] [--per-day 100]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

FIRST_DAY = datetime(2025, 1, 6, 16, 0, tzinfo=UTC)

DUE_FLOOR_SQL = """
SELECT c.bank_id, c.content_hash, q.content_hash, c.due, c.stability, c.last_review
FROM cards AS c
JOIN banks AS b ON b.id = c.bank_id
JOIN questions AS q ON q.bank_id = c.bank_id AND q.question_id = c.question_id
WHERE c.profile_id = ? AND q.active AND NOT b.hidden
"""
VISIBLE_CARDS = """
FROM cards AS c
JOIN banks AS b ON b.id = c.bank_id
JOIN questions AS q ON q.bank_id = c.bank_id AND q.question_id = c.question_id
WHERE c.profile_id = ? AND q.active AND NOT b.hidden {bank}
"""
NEXT_FLOOR_SQL = (
    "SELECT c.bank_id, c.question_id, c.due, c.content_hash != q.content_hash"
    + VISIBLE_CARDS
    + "AND c.due < ? ORDER BY c.due, c.bank_id, c.question_id LIMIT 2"
)
DUE_NOW_FLOOR_SQL = (
    "SELECT count(*), sum(c.content_hash != q.content_hash)" + VISIBLE_CARDS + "AND c.due < ?"
)
CHANGED_FLOOR_SQL = "SELECT count(*)" + VISIBLE_CARDS + "AND c.content_hash != q.content_hash"


def bank_text(bank: int, questions: int) -> str:
    lines = ["format: quizapp/1", f"id: bank-{bank:02d}", f"title: Bank {bank:02d}", "questions:"]
    for n in range(questions):
        lines += [
            f"  - id: q{n}",
            "    type: single_choice",
            f"    prompt: Question {n} of bank {bank}?",
            "    choices: [right, wrong]",
            "    answer: right",
        ]
    return "\n".join(lines) + "\n"


def stamp(moment: datetime) -> str:
    """An instant as the store keeps it (SQLAlchemy's SQLite format, UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def fill(folder: Path, banks: int, questions: int, days: int, per_day: int) -> tuple[Any, int]:
    """The store asked for; the service over it (its clock the evening after) and the profile."""
    from quizapp.learn.rating import Rating
    from quizapp.learn.schedule import CardState, review
    from quizapp.quiz.clock import FakeClock
    from quizapp.service.app import QuizService
    from quizapp.store.db import sqlite_url

    library = folder / "library"
    library.mkdir()
    for bank in range(banks):
        (library / f"bank-{bank:02d}.yaml").write_text(bank_text(bank, questions), "utf-8")
    path = folder / "quizapp.db"
    service = QuizService.open(sqlite_url(path), FakeClock(FIRST_DAY))
    service.sync_library([library])
    profile_id = service.enter_profile("student").profile.id
    service.close()

    connection = sqlite3.connect(path)
    try:
        hashes = {
            (bank_id, question_id): content_hash
            for bank_id, question_id, content_hash in connection.execute(
                "SELECT bank_id, question_id, content_hash FROM questions"
            )
        }
        keys = sorted(hashes)
        rng = random.Random(1)
        states: dict[tuple[str, str], CardState] = {}
        new = iter(keys)
        new_per_day = -(-len(keys) // days)  # every question a card by the year's end
        attempts, answers, reviews = [], [], []
        for day in range(days):
            at = FIRST_DAY + timedelta(days=day)
            chosen = [key for _, key in zip(range(new_per_day), new, strict=False)]
            due = sorted((s.due, k) for k, s in states.items() if s.due < at + timedelta(hours=8))
            chosen += [key for _, key in due[: per_day - len(chosen)]]
            chosen += [key for _, key in zip(range(per_day - len(chosen)), new, strict=False)]
            attempt_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            attempts.append((attempt_id, profile_id, chosen[0][0], stamp(at)))
            for seq, key in enumerate(chosen, start=1):
                moment = at + timedelta(seconds=20 * seq)
                rating = rng.choices(
                    [Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY], [10, 5, 80, 5]
                )[0]
                states[key] = review(states.get(key), rating, moment)
                answer_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                right = 0.0 if rating == Rating.AGAIN else 1.0
                answers.append(
                    (answer_id, attempt_id, seq, key[1], hashes[key], right, stamp(moment))
                )
                reviews.append((answer_id, profile_id, *key, int(rating), stamp(moment)))
        connection.executemany(
            "INSERT INTO attempts (id, profile_id, bank_id, seed, question_order, "
            "question_hashes, settings, total_points, started_at, finished_at, status, "
            "flagged, clock_setbacks) "
            "VALUES (?, ?, ?, 1, '[]', '[]', '{}', 0, ?, NULL, 'finished', '[]', 0)",
            attempts,
        )
        connection.executemany(
            "INSERT INTO answers (id, attempt_id, seq, question_id, content_hash, response, "
            "points, possible, shown_at, answered_at) VALUES (?, ?, ?, ?, ?, 'null', ?, 1, ?, ?)",
            [(*row, row[-1]) for row in answers],
        )
        connection.executemany(
            "INSERT INTO reviews (answer_id, profile_id, bank_id, question_id, rating, "
            "reviewed_at) VALUES (?, ?, ?, ?, ?, ?)",
            reviews,
        )
        connection.executemany(
            "INSERT INTO cards (profile_id, bank_id, question_id, content_hash, state, step, "
            "stability, difficulty, due, last_review, reviews) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            [
                (
                    profile_id,
                    *key,
                    hashes[key],
                    s.state,
                    s.step,
                    s.stability,
                    s.difficulty,
                    stamp(s.due),
                    None if s.last_review is None else stamp(s.last_review),
                )
                for key, s in states.items()
            ],
        )
        connection.commit()
        connection.execute("ANALYZE")
    finally:
        connection.close()
    evening = FIRST_DAY + timedelta(days=days, hours=2)
    return QuizService.open(sqlite_url(path), FakeClock(evening)), profile_id


def floor(path: Path, sql: str, parameters: tuple[Any, ...]) -> list[Any]:
    return floors(path, [(sql, parameters)])[0]


def floors(path: Path, statements: list[tuple[str, tuple[Any, ...]]]) -> list[list[Any]]:
    """Each statement's rows, read through one new connection, as the app's one transaction."""
    connection = sqlite3.connect(path)
    try:
        return [connection.execute(sql, parameters).fetchall() for sql, parameters in statements]
    finally:
        connection.close()


def next_card_floor(
    path: Path, profile_id: int, cutoff: datetime, bank_id: str | None, *, first_step: bool
) -> list[list[Any]]:
    """The bare SQL of what the review session reads for its next card."""
    bank = "" if bank_id is None else "AND c.bank_id = ?"
    parameters = (profile_id,) if bank_id is None else (profile_id, bank_id)
    statements = [
        (NEXT_FLOOR_SQL.format(bank=bank), (*parameters, stamp(cutoff))),
        (DUE_NOW_FLOOR_SQL.format(bank=bank), (*parameters, stamp(cutoff))),
    ]
    if first_step:
        statements.append((CHANGED_FLOOR_SQL.format(bank=bank), parameters))
    return floors(path, statements)


def alternate(
    app: Callable[[], object], bare: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """The medians, in ms, of ``app`` and ``bare`` run in turn ``repeat`` times each."""
    apps, floors = [], []
    for _ in range(repeat):
        began = time.perf_counter()
        app()
        apps.append(1000 * (time.perf_counter() - began))
        began = time.perf_counter()
        bare()
        floors.append(1000 * (time.perf_counter() - began))
    return statistics.median(apps), statistics.median(floors)


def report(
    label: str, app_ms: float, floor_ms: float, ratio: float, limit_ms: float | None, n: int
) -> None:
    met = app_ms <= ratio * floor_ms and (limit_ms is None or app_ms < limit_ms)
    target = f"<= {ratio:g}x" + ("" if limit_ms is None else f" and < {limit_ms:g} ms")
    print(
        f"{label:<34} app {app_ms:8.2f} ms   floor {floor_ms:8.2f} ms"
        f"   ratio {app_ms / floor_ms:5.2f}x   (target: {target}) "
        f"{'met' if met else 'MISSED'}   median of {n}"
    )


def print_plans(service: Any, path: Path, profile_id: int) -> None:
    from sqlalchemy import event

    captured: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM cards" in statement:
            captured.append((statement, parameters))

    event.listen(service.engine, "before_cursor_execute", keep)
    service.due(profile_id)
    service.next_due_card(profile_id)
    event.remove(service.engine, "before_cursor_execute", keep)
    names = ("due counts", "next card", "count of cards due", "count of changed cards")
    connection = sqlite3.connect(path)
    try:
        for name, (statement, parameters) in zip(names, captured, strict=False):
            plan = connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            print(f"query plan of the app's {name}:")
            for row in plan:
                print(f"  {row[-1]}")
    finally:
        connection.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--banks", type=int, default=50)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--per-day", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args(argv)

    from quizapp.service.study import LEARN_AHEAD

    with tempfile.TemporaryDirectory(prefix="quizapp-study-bench-") as temp:
        folder = Path(temp)
        began = time.perf_counter()
        service, profile_id = fill(folder, args.banks, args.questions, args.days, args.per_day)
        path = folder / "quizapp.db"
        (reviews,) = floor(path, "SELECT count(*) FROM reviews", ())[0:1]
        (cards,) = floor(path, "SELECT count(*) FROM cards", ())[0:1]
        print(
            f"store: {args.banks} banks x {args.questions} questions, {cards[0]} cards, "
            f"{reviews[0]} reviews over {args.days} days in {time.perf_counter() - began:.1f} s"
        )
        print_plans(service, path, profile_id)
        banks = service.due(profile_id)
        print(
            f"due today: {sum(b.due for b in banks)} of {sum(b.cards for b in banks)} cards; "
            f"mastery {statistics.mean(b.mastery or 0 for b in banks):.1f}% on average"
        )
        cutoff = (service.clock.now() + LEARN_AHEAD).astimezone(UTC)
        results: dict[str, tuple[float, float]] = {}

        results["due"] = alternate(
            lambda: service.due(profile_id),
            lambda: floor(path, DUE_FLOOR_SQL, (profile_id,)),
            args.repeat,
        )
        report("library due counts", *results["due"], 2, None, args.repeat)
        results["first_card"] = alternate(
            lambda: service.next_due_card(profile_id),
            lambda: next_card_floor(path, profile_id, cutoff, None, first_step=True),
            args.repeat,
        )
        report("first card of a review, all banks", *results["first_card"], 3, 10, args.repeat)
        bank_id = banks[len(banks) // 2].bank_id
        for name, label, bank in (
            ("next", "next review card, all banks", None),
            ("next_in_bank", "next review card, one bank", bank_id),
        ):
            shown = service.next_due_card(profile_id, bank)
            assert shown is not None, "nothing is due: fill the store with more days"
            answered = (shown.bank_id, shown.question_id)
            results[name] = alternate(
                partial(
                    service.next_due_card,
                    profile_id,
                    bank,
                    excluding=answered,
                    count_changed=False,
                ),
                partial(next_card_floor, path, profile_id, cutoff, bank, first_step=False),
                args.repeat,
            )
            report(label, *results[name], 3, 10, args.repeat)
        streaks = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            streak = service.study_streak(profile_id)
            streaks.append(1000 * (time.perf_counter() - began))
        print(f"study streak ({streak} days): {statistics.median(streaks):.2f} ms")
        service.close()
    print(
        json.dumps(
            {
                name: {"app_ms": round(app, 3), "floor_ms": round(bare, 3)}
                for name, (app, bare) in results.items()
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
