"""Import speed against the stack's floor, side by side in one run.

Generates a valid 10,000-question bank (all eight types, realistic text) and a
library of 100 banks x 100 questions, then times, alternating:

* the app: ``quizapp.store.library.import_paths`` / ``sync_library`` into a
  fresh database (parse, validate, hash, bulk insert);
* the floor: the same file(s) read with ``yaml.CSafeLoader`` (the cyclic
  garbage collector paused while parsing) and the same number of question
  rows written by one stdlib ``sqlite3`` transaction of ``executemany``.

Prints both medians, their ratio, the cost of re-syncing the unchanged
library, and the memory a 10k import adds to the process. It reports; the
test suite never times anything (a smoke test runs it with tiny sizes).

    python benchmarks/import_bank.py [--questions 10000] [--banks 100] [--repeat 5]
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent

WORDS = (
    "chip semikonduktor pasokan teknologi pabrik algoritma perusahaan pemerintah kebijakan "
    "ekspor lisensi pasar global permintaan konsumen jaringan video platform aplikasi data "
    "keamanan investasi startup kendaraan otonom rantai produksi riset insinyur desain"
).split()


def _sentence(rng: random.Random, words: int = 12) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "?"


def _question(rng: random.Random, index: int) -> str:
    """One question of the eight types in turn, as YAML text."""
    kind = index % 8
    qid = f"q{index:05d}"
    prompt = _sentence(rng).replace('"', "")
    head = f'  - id: {qid}\n    prompt: "{prompt}"\n    explanation: {_sentence(rng, 8)}\n'
    choices = [f"{rng.choice(WORDS)} {n}" for n in range(4)]
    if kind == 0:
        body = (
            f"    type: single_choice\n    choices: [{', '.join(choices)}]\n"
            f"    answer: {choices[1]}\n"
        )
    elif kind == 1:
        body = (
            f"    type: multiple_choice\n    choices: [{', '.join(choices)}]\n"
            f"    answers: [{choices[0]}, {choices[2]}]\n    scoring: partial\n"
        )
    elif kind == 2:
        body = f"    type: true_false\n    answer: {rng.choice(['true', 'false'])}\n"
    elif kind == 3:
        body = f"    type: short_answer\n    answers: [{choices[0]}, {choices[3]}]\n"
    elif kind == 4:
        body = f"    type: numeric\n    answer: {rng.randint(1, 3000)}\n    tolerance: 0.5\n"
    elif kind == 5:
        body = f"    type: ordering\n    items: [{', '.join(choices)}]\n"
    elif kind == 6:
        pairs = "\n".join(f"      {c}: {rng.choice(WORDS)} {n}" for n, c in enumerate(choices))
        body = f"    type: matching\n    pairs:\n{pairs}\n"
    else:
        head = f"  - id: {qid}\n    explanation: {_sentence(rng, 8)}\n"
        body = (
            f'    type: cloze\n    text: "{prompt} {{{{{choices[0]}|{choices[1]}}}}} '
            f'dan {{{{{choices[2]}}}}}."\n'
        )
    return head + body


def write_bank(path: Path, bank_id: str, questions: int, seed: int) -> None:
    rng = random.Random(seed)
    header = (
        f"format: quizapp/1\nid: {bank_id}\ntitle: Bank {bank_id}\nlanguage: id\n"
        "settings:\n  time_limit: 30m\n  draw: 20\n  pass_mark: 70\nquestions:\n"
    )
    with path.open("w", encoding="utf-8") as f:
        f.write(header)
        for index in range(questions):
            f.write(_question(rng, index))


# --- the floor -------------------------------------------------------------------------------


def floor_import(files: list[Path], db_path: Path) -> None:
    """CSafeLoader parse (gc paused) + one stdlib sqlite3 executemany transaction."""
    documents = []
    for file in files:
        data = file.read_bytes()
        gc.disable()
        try:
            documents.append(yaml.load(data, Loader=yaml.CSafeLoader))
        finally:
            gc.enable()
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS q (bank TEXT, id TEXT, position INTEGER, type TEXT, "
            "hash TEXT, data TEXT, PRIMARY KEY (bank, id))"
        )
        with connection:
            for document in documents:
                rows = [
                    (document["id"], q["id"], n, q["type"], "", json.dumps(q, default=str))
                    for n, q in enumerate(document["questions"])
                ]
                connection.executemany("INSERT INTO q VALUES (?, ?, ?, ?, ?, ?)", rows)
    finally:
        connection.close()


# --- the app ----------------------------------------------------------------------------------


def app_import(files: list[Path], db_path: Path) -> None:
    from quizapp.store.db import open_database, sqlite_url
    from quizapp.store.library import import_paths

    engine = open_database(sqlite_url(db_path))
    try:
        report = import_paths(engine, [str(f) for f in files], now=datetime.now(UTC))
        if report.load.unreadable or any(f.result.bank is None for f in report.load.files):
            sys.exit(f"benchmark bank did not import cleanly: {report}")
    finally:
        engine.dispose()


def app_sync(folder: Path, db_path: Path) -> None:
    from quizapp.store.db import open_database, sqlite_url
    from quizapp.store.library import sync_library

    engine = open_database(sqlite_url(db_path))
    try:
        sync_library(engine, [folder], now=datetime.now(UTC))
    finally:
        engine.dispose()


# --- timing -----------------------------------------------------------------------------------


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def side_by_side(
    label: str,
    app: Callable[[Path], None],
    floor: Callable[[Path], None],
    workdir: Path,
    repeat: int,
) -> tuple[float, float]:
    app_times: list[float] = []
    floor_times: list[float] = []
    for run in range(repeat):  # alternate so both see the same machine state
        app_times.append(_timed(partial(app, workdir / f"app-{label}-{run}.db")))
        floor_times.append(_timed(partial(floor, workdir / f"floor-{label}-{run}.db")))
    app_median = statistics.median(app_times)
    floor_median = statistics.median(floor_times)
    print(
        f"{label:<28} app {app_median * 1000:8.1f} ms   floor {floor_median * 1000:8.1f} ms   "
        f"ratio {app_median / floor_median:5.2f}x"
    )
    return app_median, floor_median


def resync_cost(library: Path, workdir: Path, repeat: int) -> float:
    """Extra start-up time: sync of an unchanged, already imported library."""
    from quizapp.store.db import open_database, sqlite_url
    from quizapp.store.library import sync_library

    engine = open_database(sqlite_url(workdir / "resync.db"))
    try:
        sync_library(engine, [library], now=datetime.now(UTC))
        times = [
            _timed(lambda: sync_library(engine, [library], now=datetime.now(UTC)))
            for _ in range(repeat)
        ]
    finally:
        engine.dispose()
    cost = statistics.median(times)
    print(f"{'re-sync unchanged library':<28} app {cost * 1000:8.1f} ms   (target: <= 50 ms)")
    return cost


def peak_rss_kib() -> int:
    """This process's peak resident set size in KiB."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def import_memory(bank: Path, workdir: Path) -> float:
    """Peak resident memory a 10k import adds, measured in a fresh process."""
    # VmHWM, not ru_maxrss: a child's ru_maxrss starts at its parent's peak on Linux.
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "sys.path.insert(0, sys.argv[3])\n"
        "import import_bank\n"
        "import quizapp.store.library, quizapp.store.db, quizapp.bank.loader\n"
        "before = import_bank.peak_rss_kib()\n"
        "import_bank.app_import([Path(sys.argv[1])], Path(sys.argv[2]))\n"
        "print((import_bank.peak_rss_kib() - before) / 1024)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(bank), str(workdir / "memory.db"), str(HERE)],
        capture_output=True,
        text=True,
        check=True,
    )
    mib = float(result.stdout.strip().splitlines()[-1])
    print(f"{'10k import adds (peak RSS)':<28} app {mib:8.1f} MiB (target: <= 150 MiB)")
    return mib


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--banks", type=int, default=100)
    parser.add_argument("--bank-questions", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="quizapp-bench-") as tmp:
        workdir = Path(tmp)
        big = workdir / "big.yaml"
        write_bank(big, "big", args.questions, seed=1)
        library = workdir / "library"
        library.mkdir()
        banks = []
        for n in range(args.banks):
            path = library / f"bank-{n:03d}.yaml"
            write_bank(path, f"bank-{n:03d}", args.bank_questions, seed=100 + n)
            banks.append(path)
        print(
            f"bank: {args.questions} questions, {big.stat().st_size / 2**20:.1f} MiB; "
            f"library: {args.banks} banks x {args.bank_questions} questions; "
            f"median of {args.repeat}"
        )
        side_by_side(
            f"{args.questions} question bank",
            lambda db: app_import([big], db),
            lambda db: floor_import([big], db),
            workdir,
            args.repeat,
        )
        side_by_side(
            f"{args.banks} bank library",
            lambda db: app_sync(library, db),
            lambda db: floor_import(banks, db),
            workdir,
            args.repeat,
        )
        resync_cost(library, workdir, args.repeat)
        import_memory(big, workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
