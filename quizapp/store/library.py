"""The library in the store: sync with the library folders, import, list, load.

A bank is stored under its id; its questions under (bank id, question id).
Loading is all or nothing per file: each file is written in one transaction,
and a file with any error changes nothing already stored. Re-importing an
unchanged file changes nothing. A changed question is updated in place (new
content hash) while every answer keeps the version it was graded against; a
question gone from its file becomes inactive, never deleted.

Identity across files follows the format spec: the same bank id from another
path is an error naming both files while the first file still holds it; when
that file is gone, the bank has moved and its history follows it. A bank
whose file has left the library is hidden, not deleted, and shown again when
the file comes back.

Sync is cheap when nothing changed: one query for the stored banks, then a
``stat`` per file; a file whose size and modification time are unchanged is
not read, and one whose bytes hash the same is not parsed. (So when a new
version of the app reads the same bytes into different questions, its
migration must clear ``banks.file_hash`` and ``banks.mtime_ns`` to have every
file read again.)
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Row, and_, func, select
from sqlmodel import Session

from quizapp.bank import loader
from quizapp.bank.bank_files import is_draft
from quizapp.bank.loader import FileResult, LibraryLoad, LoadResult
from quizapp.bank.model import Bank, Feedback, Review, settings_from_dict
from quizapp.bank.problems import Problem
from quizapp.bank.regular import MAX_BANK_BYTES, Refused, read_regular
from quizapp.learn.modes import Mode
from quizapp.stats.scoring import Score
from quizapp.store import killpoints
from quizapp.store.banks import (
    DiskFile,
    Outcome,
    Source,
    bank_from_row,
    disk_file,
    file_hash_of,
    set_hidden,
    touch,
    write_bank,
)
from quizapp.store.db import write_transaction
from quizapp.store.tables import AttemptStatus, metadata
from quizapp.store.versions import question_from_version

BANKS = metadata.tables["banks"]
QUESTIONS = metadata.tables["questions"]
VERSIONS = metadata.tables["question_versions"]
ATTEMPTS = metadata.tables["attempts"]
ANSWERS = metadata.tables["answers"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class FileImport:
    display_path: str
    path: Path
    outcome: Outcome
    bank_id: str | None = None
    problems: tuple[Problem, ...] = ()


class _ByOutcome:
    files: tuple[FileImport, ...]

    def _display_paths(self, outcome: Outcome) -> tuple[str, ...]:
        return tuple(f.display_path for f in self.files if f.outcome is outcome)

    @property
    def imported(self) -> tuple[str, ...]:
        return self._display_paths(Outcome.IMPORTED)

    @property
    def updated(self) -> tuple[str, ...]:
        return self._display_paths(Outcome.UPDATED)

    @property
    def unchanged(self) -> tuple[str, ...]:
        return self._display_paths(Outcome.UNCHANGED)

    @property
    def failed(self) -> tuple[str, ...]:
        return self._display_paths(Outcome.FAILED)


@dataclass(frozen=True)
class SyncReport(_ByOutcome):
    """Every bank file of the library and what became of it; ``hidden``/``shown`` are bank ids."""

    files: tuple[FileImport, ...]
    hidden: tuple[str, ...] = ()
    shown: tuple[str, ...] = ()
    unreadable: tuple[str, ...] = ()  # library folders that could not be read
    # Visible banks whose file now fails to load: their last valid version is kept.
    out_of_date: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportReport(_ByOutcome):
    """Per file what was stored; ``load`` is the loader's result with the store's problems added."""

    files: tuple[FileImport, ...]
    load: LibraryLoad

    @property
    def unreadable(self) -> tuple[str, ...]:
        return self.load.unreadable


@dataclass(frozen=True)
class BankSummary:
    """A visible bank as the library page and ``quizapp list`` show it."""

    bank_id: str
    title: str
    language: str
    description: str | None
    tags: tuple[str, ...]
    path: str
    question_count: int  # active questions
    time_limit: int | None
    question_time_limit: int | None
    pass_mark: float
    max_attempts: int | None
    draw: int | None
    feedback: Feedback = Feedback.AT_END
    review: Review = Review.FULL  # the effective mode (Settings.review_mode)
    reading_during_quiz: bool = False
    has_reading: bool = False
    # For the profile asked about, its exam attempts only (None / 0 without one):
    best: Score | None = None  # the finished attempt with the highest percent
    last: Score | None = None  # the finished attempt started last
    last_attempt_at: datetime | None = None  # the attempt started last, finished or not
    attempts_used: int = 0  # finished and in progress

    @property
    def best_percent(self) -> float | None:
        return None if self.best is None else self.best.percent

    @property
    def questions_asked(self) -> int:
        return min(self.draw, self.question_count) if self.draw else self.question_count


class UnknownBankError(LookupError):
    def __init__(self, bank_id: str) -> None:
        super().__init__(f"no bank {bank_id!r} is stored")
        self.bank_id = bank_id


# --- what is on disk -------------------------------------------------------------------------


def _library_files(folders: Sequence[Path]) -> tuple[list[DiskFile], list[str]]:
    """The library's bank files (each once, in folder then file order) and unreadable folders."""
    files: dict[str, DiskFile] = {}
    unreadable: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            unreadable.append(f"{folder}: not a folder that can be read")
            continue
        for path in loader.find_bank_files(folder):
            if is_draft(path.name):
                continue  # the in-app editor's unsaved work, never a bank of the library
            try:
                disk = disk_file(path)
            except OSError as error:
                unreadable.append(f"{path}: {error.strerror or error}")
                continue
            files.setdefault(disk.path, disk)
    return list(files.values()), unreadable


# --- the stored banks ------------------------------------------------------------------------


def _stored_banks(connection: Connection) -> list[Row[Any]]:
    columns = (
        BANKS.c.id,
        BANKS.c.path,
        BANKS.c.file_size,
        BANKS.c.mtime_ns,
        BANKS.c.file_hash,
        BANKS.c.hidden,
        BANKS.c.pinned,
    )
    return list(connection.execute(select(*columns)))


@dataclass
class _Claims:
    """Which file keeps which bank id in this run, for the identity rules."""

    owner: dict[str, str] = field(default_factory=dict)  # bank id -> path
    # The stored banks these claims were decided from: bank id -> (path, hidden).
    stored: dict[str, tuple[str, bool]] = field(default_factory=dict)

    # Files of the prevailing folder that keep their bank id over any other file's.
    prevailing: set[str] = field(default_factory=set)

    def take(self, bank_id: str, path: str) -> str | None:
        """Claim ``bank_id`` for ``path``; the other file that keeps it, if any."""
        current = self.owner.setdefault(bank_id, path)
        return None if current == path else current

    def prevail(self, bank_id: str, path: str) -> None:
        """``path`` keeps ``bank_id``, whichever file claimed it first."""
        self.owner[bank_id] = path
        self.prevailing.add(path)

    def note_stored(self, stored: Iterable[Row[Any]]) -> None:
        self.stored = {row.id: (row.path, row.hidden) for row in stored}

    def holder_since(self, connection: Connection, bank_id: str, path: str) -> str | None:
        """Another file that stored ``bank_id`` after these claims were decided, if it exists.

        Read inside the write transaction, so a second import of the same id
        from another file at the same moment is refused rather than replacing it.
        """
        row = connection.execute(
            select(BANKS.c.path, BANKS.c.hidden).where(BANKS.c.id == bank_id)
        ).first()
        if row is None or row.path == path or row.hidden:
            return None
        if self.stored.get(bank_id) == (row.path, row.hidden):
            return None  # as it was: these claims already decided about that file
        return row.path if os.path.isfile(row.path) else None


# --- problems the store adds -----------------------------------------------------------------


def _duplicate_problem(bank_id: str, path: str, this_path: str, first_path: str) -> Problem:
    """The loader's own duplicate-id problem, at the file's ``id`` value."""
    line, column = _bank_id_position(path)
    args = {"where": "id", "bank_id": bank_id, "first_path": first_path, "this_path": this_path}
    return Problem("duplicate-bank-id", line, column, args)


def _bank_id_position(path: str) -> tuple[int, int]:
    """Where the top-level ``id`` value stands (1:1 if it cannot be found again)."""
    from yaml.nodes import MappingNode, ScalarNode

    from quizapp.bank.yamlsafe import at, compose

    data = read_regular(path, MAX_BANK_BYTES)
    if isinstance(data, Refused):
        return 1, 1
    root, _ = compose(data)
    if isinstance(root, MappingNode):
        for key, value in root.value:
            if isinstance(key, ScalarNode) and key.value == "id":
                return at(value)
    return 1, 1


# --- sync ------------------------------------------------------------------------------------


def sync_library(
    engine: Engine,
    folders: Sequence[Path],
    *,
    now: datetime,
    progress: Progress | None = None,
    prevailing: Path | None = None,
) -> SyncReport:
    """Make the store match the bank files in ``folders`` (the app's library).

    New and changed files are imported, unchanged ones skipped without being
    parsed; banks whose file left the library are hidden, and shown again
    when it comes back. ``progress(done, total)`` counts steps: each new or
    changed file is parsed, then stored.

    The file that stored a bank id first keeps it, and another file with the
    same id is a problem; but a valid bank in ``prevailing`` (the class's
    published banks) keeps its id over any other file: what the teacher gives
    the class is what its students take, even where they already had a bank
    with that id (a shipped one, say). The other file is reported ``SHADOWED``,
    without a problem, and its bank comes back once the class's is gone.
    """
    disk_files, unreadable = _library_files(folders)
    with engine.connect() as connection:
        stored = _stored_banks(connection)
    plan = _plan_sync(disk_files, stored)
    plan.claims.note_stored(stored)
    steps = _Steps(progress, total=2 * len(plan.to_parse))
    results: dict[str, LoadResult] = {}
    for source in plan.to_parse:
        results[source.disk.path] = loader.load_bank(Path(source.disk.path))
        steps.done()
    shadowed = _prevail(plan, disk_files, results, prevailing)
    _claim_stored(plan.claims, stored, results, in_library={d.path for d in disk_files})
    if plan.touched:
        with engine.begin() as connection:
            for bank_id, disk in plan.touched:
                touch(connection, bank_id, disk)
    reports = dict(plan.unchanged)
    for path in shadowed:
        reports[path] = replace(reports[path], outcome=Outcome.SHADOWED)
    for source in plan.to_parse:
        result = results[source.disk.path]
        reports[source.disk.path] = _store_file(
            engine, source, result, plan.claims, display=str, now=now
        )
        steps.done()
    hidden, shown = _update_visibility(engine, stored, plan.claims)
    ordered = tuple(reports[d.path] for d in disk_files if d.path in reports)
    return SyncReport(
        ordered,
        hidden=hidden,
        shown=shown,
        unreadable=tuple(unreadable),
        out_of_date=_out_of_date(stored, ordered, hidden),
    )


def _prevail(
    plan: _SyncPlan,
    disk_files: Iterable[DiskFile],
    results: dict[str, LoadResult],
    prevailing: Path | None,
) -> list[str]:
    """Give the prevailing folder's banks their ids; the unchanged files they shadow."""
    if prevailing is None:
        return []
    root = prevailing.resolve()
    for disk in disk_files:
        if not Path(disk.path).is_relative_to(root):
            continue
        unchanged = plan.unchanged.get(disk.path)
        loaded = results.get(disk.path)
        bank_id = unchanged.bank_id if unchanged is not None else None
        if bank_id is None and loaded is not None and loaded.bank is not None:
            bank_id = loaded.bank.id
        if bank_id is not None:
            plan.claims.prevail(bank_id, disk.path)
    return [
        path
        for path, report in plan.unchanged.items()
        if report.bank_id is not None
        and plan.claims.owner.get(report.bank_id) != path
        and path not in plan.claims.prevailing
    ]


def _out_of_date(
    stored: Iterable[Row[Any]], files: Iterable[FileImport], hidden: Iterable[str]
) -> tuple[str, ...]:
    """The visible banks stored from a file that now fails: the library keeps their last
    valid version, which no longer matches the file."""
    failed = {str(f.path) for f in files if f.outcome is Outcome.FAILED}
    gone = set(hidden)
    return tuple(
        sorted(
            row.id for row in stored if row.path in failed and not row.hidden and row.id not in gone
        )
    )


@dataclass
class _SyncPlan:
    claims: _Claims = field(default_factory=_Claims)
    unchanged: dict[str, FileImport] = field(default_factory=dict)  # by path
    touched: list[tuple[str, DiskFile]] = field(default_factory=list)  # same bytes, new time
    to_parse: list[Source] = field(default_factory=list)


def _plan_sync(disk_files: Iterable[DiskFile], stored: Iterable[Row[Any]]) -> _SyncPlan:
    """Which files are unchanged (by size and time, else by hash) and which must be parsed."""
    by_path: dict[str, list[Row[Any]]] = {}
    for row in stored:
        by_path.setdefault(row.path, []).append(row)
    plan = _SyncPlan()
    for disk in disk_files:
        rows = by_path.get(disk.path, [])
        kept = _unchanged_by_stat(rows, disk)
        if kept is None:
            # Hashed before parsing: if the file changes meanwhile, its new time
            # differs from the one stored, so the next sync looks again.
            source = _hashed(disk)
            kept = _unchanged_by_hash(rows, source.file_hash)
            if kept is None:
                plan.to_parse.append(source)
                continue
            plan.touched.append((kept.id, disk))
        plan.claims.take(kept.id, disk.path)
        plan.unchanged[disk.path] = FileImport(
            disk.path, Path(disk.path), Outcome.UNCHANGED, kept.id
        )
    return plan


@dataclass
class _Steps:
    progress: Progress | None
    total: int
    count: int = 0

    def done(self) -> None:
        self.count += 1
        if self.progress is not None:
            self.progress(self.count, self.total)


def _unchanged_by_stat(rows: Sequence[Row[Any]], disk: DiskFile) -> Row[Any] | None:
    for row in rows:
        if row.file_size == disk.size and row.mtime_ns == disk.mtime_ns:
            return row
    return None


def _unchanged_by_hash(rows: Sequence[Row[Any]], file_hash: str) -> Row[Any] | None:
    for row in rows:
        if file_hash and row.file_hash == file_hash:
            return row
    return None


def _hashed(disk: DiskFile) -> Source:
    """The file with the hash of its bytes ("" when it cannot be read: the loader says why)."""
    try:
        return Source(disk, file_hash_of(disk.path))
    except OSError:
        return Source(disk, "")


def _claim_stored(
    claims: _Claims,
    stored: Iterable[Row[Any]],
    results: dict[str, LoadResult],
    *,
    in_library: set[str],
) -> None:
    """Stored banks whose file is in the library and still holds them keep that file.

    A file that failed to load is taken to still hold the visible bank stored
    from it: its last good version stays until the file is fixed.
    """
    for row in stored:
        if row.path not in in_library or row.path not in results:
            continue  # gone from the library, or unchanged (claimed already)
        bank = results[row.path].bank
        if (bank is not None and bank.id == row.id) or (bank is None and not row.hidden):
            claims.take(row.id, row.path)


def _store_file(
    engine: Engine,
    source: Source,
    result: LoadResult,
    claims: _Claims,
    *,
    display: Callable[[str], str],
    now: datetime,
    pinned: bool = False,
) -> FileImport:
    """Store one loaded file in its own transaction, unless its bank id is kept by another file."""
    path = source.disk.path
    this = display(path)
    bank = result.bank
    if bank is None:
        return FileImport(this, Path(path), Outcome.FAILED, None, result.problems)
    other = claims.take(bank.id, path)
    if other is not None and other in claims.prevailing:
        return FileImport(this, Path(path), Outcome.SHADOWED, bank.id)
    if other is None:
        with write_transaction(engine) as connection:
            other = claims.holder_since(connection, bank.id, path)
            if other is None:
                outcome = write_bank(connection, bank, source, now, pinned=pinned)
                killpoints.reached("sync.written")
        if other is None:
            killpoints.reached("sync.committed")
            return FileImport(this, Path(path), outcome, bank.id, result.problems)
    problem = _duplicate_problem(bank.id, path, this_path=this, first_path=display(other))
    from quizapp.bank.validate import sort_problems

    problems = sort_problems([*result.problems, problem])
    return FileImport(this, Path(path), Outcome.FAILED, bank.id, problems)


def _update_visibility(
    engine: Engine, stored: Iterable[Row[Any]], claims: _Claims
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Hide banks no file of the library keeps; show hidden ones a file keeps again.

    A bank imported by name (pinned) is kept by its own file while that exists.
    """
    kept = claims.owner
    hide = sorted(
        row.id
        for row in stored
        if not row.hidden and row.id not in kept and not (row.pinned and Path(row.path).is_file())
    )
    show = sorted(row.id for row in stored if row.hidden and row.id in kept)
    if hide or show:
        with engine.begin() as connection:
            set_hidden(connection, hide, True)
            set_hidden(connection, show, False)
    return tuple(hide), tuple(show)


# --- import ----------------------------------------------------------------------------------


def import_paths(engine: Engine, paths: Sequence[str], *, now: datetime) -> ImportReport:
    """Validate the named files and folders (one library) and store every valid bank.

    Each file is stored in its own transaction, or not at all. The report's
    ``load`` carries the store's problems too (a bank id kept by another file).
    """
    load = loader.load_library(paths)
    with engine.connect() as connection:
        stored = _stored_banks(connection)
    sources: dict[str, Source | Problem] = {}
    results: dict[str, LoadResult] = {}
    displays: dict[str, str] = {}
    for file in load.files:
        if file.result.bank is not None:
            read = _read_source(file.path)
            real = read.disk.path if isinstance(read, Source) else str(file.path)
            sources[str(file.path)] = read
            results[real] = file.result
            displays[real] = file.display_path
    claims = _Claims()
    claims.note_stored(stored)
    _claim_existing(claims, stored, results)
    reports = tuple(
        _import_file(
            engine,
            file,
            sources.get(str(file.path)),
            claims,
            display=lambda real: displays.get(real, real),
            now=now,
        )
        for file in load.files
    )
    files = tuple(_with_problems(f, r.problems) for f, r in zip(load.files, reports, strict=True))
    return ImportReport(reports, dataclasses.replace(load, files=files))


def _import_file(
    engine: Engine,
    file: FileResult,
    source: Source | Problem | None,
    claims: _Claims,
    *,
    display: Callable[[str], str],
    now: datetime,
) -> FileImport:
    """Store one file of the load; ``source`` is None when the loader found errors."""
    if isinstance(source, Source):
        report = _store_file(
            engine, source, file.result, claims, display=display, now=now, pinned=True
        )
        return dataclasses.replace(report, path=Path(file.path))
    problems = file.result.problems if source is None else (*file.result.problems, source)
    return FileImport(file.display_path, Path(file.path), Outcome.FAILED, None, problems)


def _read_source(path: Path) -> Source | Problem:
    # Read after the loader read it: a file changed in between is stored with
    # its new time and hash, a race the next edit of the file resolves.
    try:
        disk = disk_file(path)
        return Source(disk, file_hash_of(disk.path))
    except OSError as error:
        return Problem("unreadable", 1, 1, {"reason": error.strerror or str(error)})


def _claim_existing(
    claims: _Claims, stored: Iterable[Row[Any]], results: dict[str, LoadResult]
) -> None:
    """A visible stored bank keeps its file while that file exists and does not now
    hold another bank (a file that failed to load is taken to still hold it)."""
    for row in stored:
        if row.hidden:
            continue
        if row.path in results:
            bank = results[row.path].bank
            if bank is not None and bank.id == row.id:
                claims.take(row.id, row.path)
        elif os.path.isfile(row.path):
            claims.take(row.id, row.path)


def _with_problems(file: FileResult, problems: tuple[Problem, ...]) -> FileResult:
    if problems == file.result.problems:
        return file
    result = dataclasses.replace(file.result, bank=None, problems=problems)
    return dataclasses.replace(file, result=result)


# --- reading the library ---------------------------------------------------------------------


def list_banks(*, session: Session, profile_id: int | None = None) -> list[BankSummary]:
    """The visible banks, sorted by title, with the profile's attempts at each."""
    connection = session.connection()
    active_counts = (
        select(QUESTIONS.c.bank_id, func.count())
        .where(QUESTIONS.c.active)
        .group_by(QUESTIONS.c.bank_id)
    )
    counts: dict[str, int] = {bank_id: n for bank_id, n in connection.execute(active_counts)}
    stats = _profile_stats(connection, profile_id) if profile_id is not None else {}
    summaries = [
        _summary(row, counts.get(row.id, 0), stats.get(row.id))
        for row in connection.execute(select(BANKS).where(BANKS.c.hidden.is_(False)))
    ]
    return sorted(summaries, key=lambda s: (s.title.casefold(), s.title, s.bank_id))


@dataclass
class _ProfileStats:
    best: Score | None = None
    last: Score | None = None
    last_finished_at: datetime | None = None
    last_attempt_at: datetime | None = None
    attempts_used: int = 0

    def add_finished(self, score: Score, started_at: datetime) -> None:
        if self.best is None or _percent(score) > _percent(self.best):
            self.best = score
        if self.last_finished_at is None or started_at > self.last_finished_at:
            self.last, self.last_finished_at = score, started_at


def _percent(score: Score) -> float:
    return score.percent if score.percent is not None else 0.0


def _profile_stats(connection: Connection, profile_id: int) -> dict[str, _ProfileStats]:
    points = _latest_points(connection, profile_id)
    stats: dict[str, _ProfileStats] = {}
    attempts = select(
        ATTEMPTS.c.id,
        ATTEMPTS.c.bank_id,
        ATTEMPTS.c.status,
        ATTEMPTS.c.started_at,
        ATTEMPTS.c.total_points,
        ATTEMPTS.c.settings,
    ).where(ATTEMPTS.c.profile_id == profile_id, ATTEMPTS.c.mode == Mode.EXAM.value)
    for attempt in connection.execute(attempts):
        bank = stats.setdefault(attempt.bank_id, _ProfileStats())
        bank.attempts_used += 1
        if bank.last_attempt_at is None or attempt.started_at > bank.last_attempt_at:
            bank.last_attempt_at = attempt.started_at
        if attempt.status == AttemptStatus.FINISHED and attempt.total_points > 0:
            pass_mark = settings_from_dict(attempt.settings).pass_mark
            score = Score.of(points.get(attempt.id, 0.0), attempt.total_points, pass_mark)
            bank.add_finished(score, attempt.started_at)
    return stats


def _latest_points(connection: Connection, profile_id: int) -> dict[str, float]:
    """Points per attempt of the profile, counting the latest answer per question."""
    latest = (
        select(ANSWERS.c.attempt_id, func.max(ANSWERS.c.seq).label("seq"))
        .group_by(ANSWERS.c.attempt_id, ANSWERS.c.question_id)
        .subquery()
    )
    statement = (
        select(ANSWERS.c.attempt_id, func.sum(ANSWERS.c.points))
        .join(
            latest,
            and_(latest.c.attempt_id == ANSWERS.c.attempt_id, latest.c.seq == ANSWERS.c.seq),
        )
        .join(ATTEMPTS, ATTEMPTS.c.id == ANSWERS.c.attempt_id)
        .where(ATTEMPTS.c.profile_id == profile_id, ATTEMPTS.c.mode == Mode.EXAM.value)
        .group_by(ANSWERS.c.attempt_id)
    )
    return {attempt_id: float(total) for attempt_id, total in connection.execute(statement)}


def _summary(row: Row[Any], question_count: int, stats: _ProfileStats | None) -> BankSummary:
    settings = settings_from_dict(row.settings)
    stats = stats or _ProfileStats()
    return BankSummary(
        bank_id=row.id,
        title=row.title,
        language=row.language,
        description=row.description,
        tags=tuple(row.tags),
        path=row.path,
        question_count=question_count,
        time_limit=settings.time_limit,
        question_time_limit=settings.question_time_limit,
        pass_mark=settings.pass_mark,
        max_attempts=settings.max_attempts,
        draw=settings.draw,
        feedback=settings.feedback,
        review=settings.review_mode,
        reading_during_quiz=settings.reading_during_quiz,
        has_reading=row.reading is not None,
        best=stats.best,
        last=stats.last,
        last_attempt_at=stats.last_attempt_at,
        attempts_used=stats.attempts_used,
    )


def load_stored_bank(bank_id: str, *, session: Session) -> Bank:
    """The bank as stored (its active questions in file order), without reading its file."""
    connection = session.connection()
    row = connection.execute(select(BANKS).where(BANKS.c.id == bank_id)).first()
    if row is None:
        raise UnknownBankError(bank_id)
    questions = connection.execute(
        select(VERSIONS.c.data)
        .join(QUESTIONS, QUESTIONS.c.content_hash == VERSIONS.c.content_hash)
        .where(QUESTIONS.c.bank_id == bank_id, QUESTIONS.c.active)
        .order_by(QUESTIONS.c.position)
    ).scalars()
    return bank_from_row(row, row.settings, (question_from_version(data) for data in questions))
