"""Start-up and answer-recording speed against the stack's floor, side by side in one run.

Times, alternating app and floor, the median of ``--repeat`` runs each:

(a) process start to the main window's first paint, against a bare PySide6
    window showing a QtCharts view (``_floor_window.py``); target <= 1.5x;
(b) process start to the library page listing the shipped banks, after the
    background sync has finished, against a script that imports the same
    stack (PySide6, SQLModel/SQLAlchemy, Alembic, PyYAML, Babel), opens an
    SQLite file and lists its rows in a window (``_floor_stack.py``);
    target <= 1.2x;
(c) an answer from submit to committed (``QuizRun.submit`` through the
    service's ``StoreRecorder`` on an SQLite file in WAL mode, what the quiz's
    writer thread does), against one stdlib ``sqlite3`` INSERT and commit of a
    similar row; target < 10 ms.

Each process runs offscreen and prints ``mark <name> <ns>`` lines
(:mod:`_marks`; the app through ``_probe_app.py``, which starts it exactly as
``quizapp`` does and adds the marks through ``run_app``'s window hook); the figure is
the mark minus the monotonic instant taken just before the process was
spawned, so nothing counts ticks. Bytecode is cached in the temporary folder
(``PYTHONPYCACHEPREFIX``), as an installed app has its ``.pyc`` files, and
every process reads it. The app runs as a returning student: its
data folder was set up by one earlier run, whose figures are reported once
as the first start. Finally the app is run once under ``python -X importtime``
and the imports made before its first paint are listed: the targets only hold
while SQLModel, Alembic, PyYAML and Babel are imported after it.

It reports; a missed target is printed as MISSED, and the exit code is 0
whatever the figures (1 only when a run failed). The test suite never times
anything (a smoke test runs this with ``--repeat 1``).

    python benchmarks/startup.py [--repeat 5] [--answers 200] [--without-alembic]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizapp.service.quiz_run import QuizRun

HERE = Path(__file__).resolve().parent
FLOOR_WINDOW = HERE / "_floor_window.py"
FLOOR_STACK = HERE / "_floor_stack.py"
PROBE_APP = HERE / "_probe_app.py"
FIRST_PAINT = "first-paint"
LIBRARY_READY = "library-ready"
QT_NAMESPACE_INFO = "qt-namespace-before-paint"
# Imported before the first paint, these would push it back by their whole import time.
HEAVY_PACKAGES = ("sqlmodel", "sqlalchemy", "alembic", "yaml", "babel", "pydantic")
TOP_IMPORTS = 10


class RunFailed(RuntimeError):
    """A child process failed or did not print the marks it should."""


# --- one process, its marks -------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """The milliseconds from spawning a process to each of its marks, and its info lines."""

    marks: dict[str, float]
    info: dict[str, str]
    exited: bool  # False: it printed its marks but had to be killed, as it did not exit


def read_marks(stdout: str, start_ns: int) -> tuple[dict[str, float], dict[str, str]]:
    """``mark <name> <ns>`` lines as milliseconds since ``start_ns``; ``info <name> <value>``."""
    marks: dict[str, float] = {}
    info: dict[str, str] = {}
    for line in stdout.splitlines():
        kind, _, rest = line.partition(" ")
        name, _, value = rest.partition(" ")
        if kind == "mark" and name not in marks:
            marks[name] = (int(value) - start_ns) / 1e6
        elif kind == "info":
            info[name] = value
    return marks, info


@dataclass(frozen=True)
class Children:
    """How the measured processes are started: their environment, the time they are allowed."""

    pycache: Path
    timeout: float

    def environment(self) -> dict[str, str]:
        """Offscreen, no data folder from outside, bytecode cached in ``pycache``.

        An installed app starts from compiled bytecode; with PYTHONDONTWRITEBYTECODE
        (set in some shells) every run would compile the whole app again while
        the floors, being small, would hardly pay for it.
        """
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["PYTHONPYCACHEPREFIX"] = str(self.pycache)
        for name in ("QUIZAPP_DATA_DIR", "QUIZAPP_DATABASE_URL", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        return env

    def run_marked(self, command: Sequence[str], wanted: Sequence[str]) -> Run:
        """Spawn ``command``, wait for it (killing it after the timeout), read its marks."""
        start = time.monotonic_ns()
        process = subprocess.Popen(
            list(command),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self.environment(),
        )
        try:
            stdout, stderr = process.communicate(timeout=self.timeout)
            exited = True
        except subprocess.TimeoutExpired:
            process.kill()
            stdout, stderr = process.communicate()
            exited = False
        marks, info = read_marks(stdout, start)
        missing = [name for name in wanted if name not in marks]
        if missing or (exited and process.returncode != 0):
            state = f"exited {process.returncode}" if exited else "was killed"
            hint = "" if marks else " (is run_app's on_window hook still called?)"
            tail = "\n".join(stderr.strip().splitlines()[-15:])
            raise RunFailed(
                f"{' '.join(command)} {state}; marks {sorted(marks)}, missing {missing}{hint}\n"
                f"{tail}"
            )
        return Run(marks, info, exited)

    def run_merged(self, command: Sequence[str]) -> list[str]:
        """Spawn ``command``; its standard output and error as one list of lines, in order."""
        try:
            result = subprocess.run(
                list(command),
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=self.timeout,
                env=self.environment(),
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise RunFailed(f"{' '.join(command)} was killed after {self.timeout:g} s") from error
        if result.returncode != 0:
            raise RunFailed(f"{' '.join(command)} exited {result.returncode}")
        return result.stdout.splitlines()


def report_hung(runs: Sequence[Run], timeout: float) -> None:
    hung = sum(not run.exited for run in runs)
    if hung:
        print(
            f"WARNING: {hung} run(s) printed their marks but did not exit within "
            f"{timeout:g} s and were killed (a hang on quitting)"
        )


def app_command(data_dir: Path, *python_options: str) -> list[str]:
    return [sys.executable, *python_options, str(PROBE_APP), "--data-dir", str(data_dir)]


def floor_window_command() -> list[str]:
    return [sys.executable, str(FLOOR_WINDOW)]


def floor_stack_command(database: Path, *, with_alembic: bool) -> list[str]:
    command = [sys.executable, str(FLOOR_STACK), str(database)]
    return command if with_alembic else [*command, "--without-alembic"]


def create_floor_database(path: Path, titles: Sequence[str]) -> None:
    """The floor's data: an SQLite file in WAL mode with a ``banks`` table."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE banks (id TEXT PRIMARY KEY, title TEXT NOT NULL)")
        with connection:
            connection.executemany(
                "INSERT INTO banks VALUES (?, ?)",
                [(f"bank-{n}", title) for n, title in enumerate(titles)],
            )
    finally:
        connection.close()


# --- reporting --------------------------------------------------------------------------------


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def print_side_by_side(
    label: str, app: float, floor: float, *, unit_digits: int, target: str, met: bool
) -> None:
    print(
        f"{label:<32} app {app:9.{unit_digits}f} ms   floor {floor:9.{unit_digits}f} ms   "
        f"ratio {app / floor:5.2f}x   (target: {target}) {verdict(met)}"
    )


# --- (a) and (b): process start ----------------------------------------------------------------


@dataclass(frozen=True)
class StartupFigures:
    first_paint: tuple[float, float]  # app median, floor median
    library_ready: tuple[float, float]
    rows: str
    runs: list[Run]


def measure_startup(
    children: Children, data_dir: Path, floor_db: Path, *, repeat: int, with_alembic: bool
) -> StartupFigures:
    app_runs: list[Run] = []
    window_runs: list[Run] = []
    stack_runs: list[Run] = []
    stack = floor_stack_command(floor_db, with_alembic=with_alembic)
    # One unmeasured run of each floor, as the app's first start warmed the caches for the app.
    children.run_marked(floor_window_command(), [FIRST_PAINT])
    children.run_marked(stack, [LIBRARY_READY])
    for _ in range(repeat):  # alternate so both see the same machine state
        app_runs.append(children.run_marked(app_command(data_dir), [FIRST_PAINT, LIBRARY_READY]))
        window_runs.append(children.run_marked(floor_window_command(), [FIRST_PAINT]))
        stack_runs.append(children.run_marked(stack, [LIBRARY_READY]))

    def median(runs: list[Run], mark: str) -> float:
        return statistics.median(run.marks[mark] for run in runs)

    return StartupFigures(
        first_paint=(median(app_runs, FIRST_PAINT), median(window_runs, FIRST_PAINT)),
        library_ready=(median(app_runs, LIBRARY_READY), median(stack_runs, LIBRARY_READY)),
        rows=app_runs[-1].info.get("library-rows", "?"),
        runs=app_runs + window_runs + stack_runs,
    )


def report_startup(figures: StartupFigures) -> None:
    app, floor = figures.first_paint
    print_side_by_side(
        "(a) start -> first paint",
        app,
        floor,
        unit_digits=1,
        target="<= 1.5x a bare QtCharts window",
        met=app <= 1.5 * floor,
    )
    report_qt_namespace(figures.runs)
    app, floor = figures.library_ready
    print_side_by_side(
        f"(b) start -> library ({figures.rows} banks)",
        app,
        floor,
        unit_digits=1,
        target="<= 1.2x stack + database + window",
        met=app <= 1.2 * floor,
    )


def report_qt_namespace(runs: Sequence[Run]) -> None:
    """Say whether the app built PySide's ``Qt`` namespace (~45 ms of enums) before painting."""
    answers = [run.info[QT_NAMESPACE_INFO] for run in runs if QT_NAMESPACE_INFO in run.info]
    built = answers.count("yes")
    if not answers:
        print("  the app did not say whether PySide's Qt namespace was built before its paint")
    elif built:
        print(f"  MISSED: PySide's Qt namespace was built before the first paint in {built} run(s)")
    else:
        print("  PySide's Qt namespace (~45 ms of enums) was built only after the first paint")


# --- (c) an answer, submit to committed --------------------------------------------------------


class AnswerBench:
    """A real attempt at a shipped bank, through the service layer, in its own SQLite file.

    An answer is timed from submit to committed, as the quiz's writer thread stores it.
    """

    def __init__(self, workdir: Path) -> None:
        from quizapp.paths import shipped_questions_dir
        from quizapp.quiz.clock import SystemClock
        from quizapp.service.app import QuizService
        from quizapp.store.db import sqlite_url

        self.service = QuizService.open(sqlite_url(workdir / "answers.db"), SystemClock())
        self.service.sync_library([shipped_questions_dir()])
        self.profile_id = self.service.enter_profile("Benchmark").profile.id
        banks = self.service.library()
        if not banks:
            raise RunFailed("no shipped bank was imported: nothing to answer")
        self.bank_id = banks[0].bank_id
        self.run = self._new_attempt()

    def _new_attempt(self) -> QuizRun:
        from quizapp.service.quiz_run import QuizRun

        prepared = self.service.start_attempt(self.profile_id, self.bank_id)
        return QuizRun(prepared, self.service.recorder(prepared.attempt_id))

    def next_response(self) -> Any:
        from quizapp.bank.grading import correct_response

        return correct_response(self.run.session.current.question)

    def answer(self, response: Any) -> None:
        """What the quiz's writer does for an answer: grade, then commit it."""
        self.run.submit(response)

    def move_on(self) -> None:
        session = self.run.session
        if session.index + 1 < len(session.questions):
            self.run.next()
        else:
            self.run = self._new_attempt()

    def close(self) -> None:
        self.service.close()


class FloorAnswers:
    """One stdlib sqlite3 INSERT + commit per answer, with the app's pragmas (WAL)."""

    def __init__(self, workdir: Path) -> None:
        from quizapp.store.db import SQLITE_PRAGMAS

        self.connection = sqlite3.connect(workdir / "floor-answers.db")
        for pragma in SQLITE_PRAGMAS:
            self.connection.execute(f"PRAGMA {pragma}")
        self.connection.execute(
            "CREATE TABLE answers (id TEXT PRIMARY KEY, attempt_id TEXT, seq INTEGER, "
            "question_id TEXT, content_hash TEXT, response TEXT, points REAL, possible REAL, "
            "shown_at TEXT, answered_at TEXT)"
        )
        self.connection.commit()
        self.attempt_id = str(uuid.uuid4())
        self.seq = 0

    def answer(self, question_id: str, response: Any) -> None:
        self.seq += 1
        now = datetime.now(UTC).isoformat()
        self.connection.execute(
            "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                self.attempt_id,
                self.seq,
                question_id,
                "0" * 64,
                json.dumps(response),
                1.0,
                1.0,
                now,
                now,
            ),
        )
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()


def _timed_ms(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure_answers(workdir: Path, count: int) -> tuple[float, float]:
    app = AnswerBench(workdir)
    floor = FloorAnswers(workdir)
    app_times: list[float] = []
    floor_times: list[float] = []
    try:
        for _ in range(count):  # alternate, one answer each
            response = app.next_response()
            question_id = app.run.session.current.question.id
            app_times.append(_timed_ms(partial(app.answer, response)))
            floor_times.append(_timed_ms(partial(floor.answer, question_id, response)))
            app.move_on()
    finally:
        app.close()
        floor.close()
    return statistics.median(app_times), statistics.median(floor_times)


def report_answers(app: float, floor: float) -> None:
    print_side_by_side(
        "(c) answer submit -> committed",
        app,
        floor,
        unit_digits=2,
        target="< 10 ms",
        met=app < 10,
    )


# --- imports before the first paint ------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    module: str
    depth: int
    self_us: int
    cumulative_us: int


def parse_importtime(lines: Sequence[str]) -> tuple[list[Import], list[Import]]:
    """The imports ``-X importtime`` reported before and after the ``first-paint`` mark."""
    before: list[Import] = []
    after: list[Import] = []
    current = before
    for line in lines:
        if line.startswith(f"mark {FIRST_PAINT} "):
            current = after
            continue
        if not line.startswith("import time:") or "[us]" in line:
            continue
        self_us, cumulative_us, name = line.removeprefix("import time:").split("|")
        module = name.strip()
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        current.append(Import(module, depth, int(self_us), int(cumulative_us)))
    return before, after


def _print_imports(title: str, imports: Sequence[Import], key: Callable[[Import], int]) -> None:
    print(f"  {title}")
    for item in sorted(imports, key=key, reverse=True)[:TOP_IMPORTS]:
        print(
            f"    {key(item) / 1000:7.1f} ms  {item.module}"
            f"  (self {item.self_us / 1000:.1f} ms, cumulative {item.cumulative_us / 1000:.1f} ms)"
        )


def _importtime(children: Children, command: list[str]) -> tuple[list[Import], list[Import]]:
    # One stream, so the first-paint mark falls between the right import lines.
    lines = children.run_merged(command)
    if not any(line.startswith(f"mark {FIRST_PAINT} ") for line in lines):
        raise RunFailed(f"{' '.join(command)} printed no first-paint mark under -X importtime")
    return parse_importtime(lines)


def _total_ms(imports: Sequence[Import]) -> float:
    return sum(i.self_us for i in imports) / 1000


def profile_imports(children: Children, data_dir: Path) -> None:
    """List what the app imports before its first paint, beside the floor window's imports."""
    before, after = _importtime(children, app_command(data_dir, "-X", "importtime"))
    floor, _ = _importtime(children, [sys.executable, "-X", "importtime", str(FLOOR_WINDOW)])
    print(
        f"imports before the first paint (importtime): app {len(before)} modules "
        f"{_total_ms(before):.1f} ms, floor window {len(floor)} modules {_total_ms(floor):.1f} ms"
    )
    heavy = [i for i in before if i.module in HEAVY_PACKAGES]
    if heavy:
        names = ", ".join(f"{i.module} ({i.cumulative_us / 1000:.0f} ms)" for i in heavy)
        print(f"  MISSED: heavy packages imported before the first paint: {names}")
    else:
        print(f"  none of {', '.join(HEAVY_PACKAGES)} is imported before the first paint")
    in_floor = {i.module for i in floor}
    app_only = [i for i in before if i.module not in in_floor]
    _print_imports(
        f"imported before the first paint by the app only ({_total_ms(app_only):.1f} ms), "
        "by own time:",
        app_only,
        key=lambda i: i.self_us,
    )
    _print_imports(
        f"after the first paint ({_total_ms(after):.1f} ms), top-level imports by cumulative time:",
        [i for i in after if i.depth == 0],
        key=lambda i: i.cumulative_us,
    )


# --- the whole benchmark -----------------------------------------------------------------------


def run_benchmark(args: argparse.Namespace, workdir: Path) -> None:
    data_dir = workdir / "data"
    children = Children(pycache=workdir / "pycache", timeout=args.timeout)
    # A throwaway first start fills the bytecode cache, so the real one is an installed app's.
    children.run_marked(app_command(workdir / "warm-up"), [LIBRARY_READY])
    first = children.run_marked(app_command(data_dir), [FIRST_PAINT, LIBRARY_READY])
    banks = int(first.info.get("library-rows", "0") or 0)
    floor_db = workdir / "floor.db"
    create_floor_database(floor_db, [f"Bank {n}" for n in range(max(banks, 1))])
    floor_b = "stack without Alembic" if args.without_alembic else "stack incl. Alembic"
    print(
        f"startup: offscreen, returning student, median of {args.repeat} runs each, "
        f"app and floor alternating (floor b: {floor_b}); answers: median of {args.answers}"
    )
    figures = measure_startup(
        children, data_dir, floor_db, repeat=args.repeat, with_alembic=not args.without_alembic
    )
    report_startup(figures)
    report_hung([first, *figures.runs], args.timeout)
    report_answers(*measure_answers(workdir, args.answers))
    print(
        f"{'first start (informational)':<32} "
        f"first paint {first.marks[FIRST_PAINT]:.1f} ms, "
        f"library {first.marks[LIBRARY_READY]:.1f} ms "
        "(empty data folder: migrations, shipped banks imported)"
    )
    if banks == 0:
        print("MISSED: the library listed no bank, so figure (b) means little")
    profile_imports(children, data_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each process (median)")
    parser.add_argument("--answers", type=int, default=200, help="answers recorded (median)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds allowed per run")
    parser.add_argument(
        "--without-alembic",
        action="store_true",
        help="floor (b) skips Alembic, which the app does not import when its schema is current",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quizapp-startup-") as tmp:
        try:
            run_benchmark(args, Path(tmp))
        except RunFailed as error:
            print(f"benchmark run failed: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
