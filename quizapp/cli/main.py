"""The command line: validate, import, list, schema, history, stats, due, backup, restore,
pin; no subcommand starts the app.

Exit codes follow the format spec: 0 when everything is valid, 1 when any
file is invalid, 2 for a usage error or a path that cannot be read at all
(2 wins when both happen), and 2 when the data folder or the database cannot
be used (a :class:`~quizapp.storage.StorageError`, one line, no traceback).
With a teacher PIN set, the commands that read attempts (``history``, ``stats``)
first ask for it with a hidden prompt, or read it from ``QUIZAPP_PIN``; a wrong
or missing PIN ends them with 2. The PIN is never an argument and never printed.
When the reader of standard output goes away (``quizapp schema | head``) the
command ends quietly with 141, as a Unix tool killed by SIGPIPE does.
Problem lines go to standard output, summaries and other diagnostics to
standard error. Everything printed goes through :func:`terminal_text`, so a
file name or a title cannot forge a line or send terminal codes.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from quizapp.cli import convert
from quizapp.cli.class_commands import add_class_parser, run_class
from quizapp.cli.common import (
    EXIT_BROKEN_PIPE,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    PIN_RESET_FILE,
    counted,
    json_text,
    note,
    open_service,
    print_json,
    report_error,
    say,
    teacher_pin_given,
    teacher_read,
    terminal_text,
    write_output,
)
from quizapp.cli.new import add_parser as add_new_parser
from quizapp.cli.new import run_new
from quizapp.learn.modes import Mode
from quizapp.storage import StorageError

if TYPE_CHECKING:
    from quizapp.bank.loader import LibraryLoad
    from quizapp.service.backup import Backups
    from quizapp.service.types import AttemptRecord, BankStatistics
    from quizapp.stats.items import QuestionStatistics


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, as the spec wants; keep its messages, made safe."""

    def error(self, message: str) -> NoReturn:
        super().error(terminal_text(message))


class _VersionAction(argparse.Action):
    """``--version``: "quizapp 0.1.0", from the installed package's metadata.

    The metadata is read only when asked for, so starting the app pays nothing for it.
    """

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="print the version"
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from importlib.metadata import version

        print(f"{parser.prog} {version('quizapp')}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quizapp",
        description="QuizApp: timed quizzes from YAML question banks. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the database and preferences (default: the per-user data folder; "
        "env QUIZAPP_DATA_DIR)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="SQLAlchemy database URL (default: quizapp.db in the data folder; "
        "env QUIZAPP_DATABASE_URL)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check bank files and folders")
    validate.add_argument("paths", nargs="+", metavar="PATH")

    import_ = commands.add_parser("import", help="validate bank files and store them")
    import_.add_argument("paths", nargs="+", metavar="PATH")

    list_ = commands.add_parser("list", help="list stored banks")
    list_.add_argument("--json", action="store_true", help="print JSON")

    commands.add_parser("schema", help="print the JSON Schema of the bank format")
    add_new_parser(commands)

    history = commands.add_parser("history", help="list quiz attempts, newest first")
    history.add_argument(
        "--profile",
        metavar="NAME",
        help="only this profile's attempts (its name as typed in the app; "
        "letter case and extra spaces aside)",
    )
    history.add_argument(
        "--bank", metavar="ID", help="only the attempts at this bank (its id, as 'list' shows it)"
    )
    history.add_argument(
        "--mode",
        choices=[*(mode.value for mode in Mode), "all"],
        default=Mode.EXAM.value,
        help="only attempts of this mode (default: exam; all: every mode)",
    )
    _add_history_exports(history)
    _add_stats(commands.add_parser("stats", help="item statistics of a bank's attempts"))

    due = commands.add_parser(
        "due", help="per bank, the questions due for study today and the mastery"
    )
    due.add_argument(
        "--profile", metavar="NAME", help="whose study (needed when there are several profiles)"
    )
    due.add_argument("--json", action="store_true", help="print JSON")

    pin = commands.add_parser("pin", help="the teacher PIN (see docs/teacher-pin.md)")
    pin_commands = pin.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    pin_commands.add_parser(
        "reset",
        help=f"remove a forgotten PIN: works only while a file named {PIN_RESET_FILE} "
        "is in the data folder",
    )
    _add_backup_commands(commands)
    convert.add_parser(commands)
    add_class_parser(commands)
    return parser


def _add_history_exports(history: argparse.ArgumentParser) -> None:
    history.add_argument(
        "--since", metavar="DATE", type=_iso_date, help="attempts started on DATE or later"
    )
    history.add_argument(
        "--until", metavar="DATE", type=_iso_date, help="attempts started on DATE or before"
    )
    output = history.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON")
    output.add_argument("--csv", action="store_true", help="print CSV, one row per attempt")
    history.add_argument("--answers", action="store_true", help="with --csv: one row per answer")
    history.add_argument("-o", "--output", metavar="FILE", help="with --csv or --json: write FILE")


def _add_stats(stats: argparse.ArgumentParser) -> None:
    stats.add_argument("bank", metavar="BANK_ID")
    stats.add_argument(
        "--all-attempts",
        action="store_true",
        help="count every finished attempt, not only each profile's first",
    )
    stats.add_argument("--json", action="store_true", help="print JSON")


def _iso_date(text: str) -> date:
    """A ``--since``/``--until`` day: an ISO date, YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in ``args`` (parsed by :func:`build_parser`)."""
    handler = {
        "validate": _validate,
        "import": _import,
        "list": _list,
        "schema": _schema,
        "new": run_new,
        "history": _history,
        "stats": _stats,
        "due": _due,
        "pin": _pin,
        "backup": _backup,
        "restore": _restore,
        "convert": convert.run_convert,
        "class": run_class,
    }[args.command]
    try:
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, while it can still be handled
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except StorageError as error:
        report_error(str(error))
        return EXIT_USAGE
    return code


def _reader_went_away() -> int:
    # Point stdout at /dev/null, so flushing at exit does not fail a second time.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


# --- validate and import ------------------------------------------------------------------


def _print_load(load: LibraryLoad, out: TextIO) -> tuple[int, int]:
    """Print every problem line; return (files with errors, files with only warnings)."""
    invalid = warned = 0
    for file in load.files:
        for problem in file.result.problems:
            say(problem.format(file.display_path), file=out)
        if file.result.bank is None:
            invalid += 1
        elif file.result.problems:
            warned += 1
    return invalid, warned


def _summary(checked: int, invalid: int, warned: int) -> str:
    text = f"{counted(checked, 'file', 'files')} checked, {invalid} with problems"
    if warned:
        text += f", {warned} with warnings only"
    return text


def _exit_code(load: LibraryLoad, invalid: int) -> int:
    if load.unreadable:
        return EXIT_USAGE
    return EXIT_INVALID if invalid else EXIT_OK


def _report_unreadable(load: LibraryLoad) -> None:
    for message in load.unreadable:
        report_error(message)


def _validate(args: argparse.Namespace) -> int:
    from quizapp.bank.loader import load_library

    load = load_library(args.paths)
    _report_unreadable(load)
    invalid, warned = _print_load(load, sys.stdout)
    note(_summary(len(load.files), invalid, warned))
    return _exit_code(load, invalid)


def _import(args: argparse.Namespace) -> int:
    outcome = open_service(args).import_paths(args.paths)
    load = outcome.load
    _report_unreadable(load)
    invalid, warned = _print_load(load, sys.stdout)
    note(
        _summary(len(load.files), invalid, warned)
        + f"; {len(outcome.imported)} imported, {len(outcome.updated)} updated, "
        f"{len(outcome.unchanged)} unchanged"
    )
    return _exit_code(load, invalid)


# --- the store, through the service layer ---------------------------------------------------


def _pin(args: argparse.Namespace) -> int:
    from quizapp.paths import resolve_data_dir

    marker = resolve_data_dir(args.data_dir) / PIN_RESET_FILE
    if not marker.is_file():
        report_error(
            f"to reset the teacher PIN, first make a file named {PIN_RESET_FILE} "
            f"in the data folder ({marker.parent}), then run this again"
        )
        return EXIT_USAGE
    removed = open_service(args).reset_pin()
    try:
        marker.unlink()
    except OSError as error:
        note(f"quizapp: could not remove {marker}: {error.strerror}")
    note("Teacher PIN removed." if removed else "No teacher PIN was set.")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    banks = open_service(args).library()
    if args.json:
        rows = [
            {
                "id": b.bank_id,
                "title": b.title,
                "language": b.language,
                "questions": b.question_count,
                "path": b.path,
                "tags": list(b.tags),
                "time_limit": b.time_limit,
            }
            for b in banks
        ]
        print_json(rows)
        return EXIT_OK
    for b in banks:
        questions = counted(b.question_count, "question", "questions")
        say(b.bank_id, b.title, b.language, questions, b.path)
    if not banks:
        note("No banks stored yet: run 'quizapp import PATH'.")
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    problem = _history_usage_problem(args)
    if problem:
        report_error(problem)
        return EXIT_USAGE
    service = open_service(args)
    if not teacher_pin_given(service):
        return EXIT_USAGE
    attempts = teacher_read(
        service,
        lambda: service.history(
            profile=args.profile,
            bank=args.bank,
            since=args.since,
            until=args.until,
            modes=None if args.mode == "all" else (Mode(args.mode),),
        ),
    )
    if attempts is None:
        return EXIT_USAGE
    if args.csv or args.json:
        return _export_history(args, attempts)
    for attempt in attempts:
        say(*_history_fields(attempt))
    if not attempts:
        note("No attempts recorded.")
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    from quizapp.service.errors import UnknownProfileError

    service = open_service(args)
    name = args.profile
    if name is None:
        names = service.profile_names()
        if len(names) > 1:
            report_error("say whose study with --profile NAME: " + ", ".join(names))
            return EXIT_USAGE
        name = names[0] if names else None
    try:
        banks = service.due(service.profile_id(name)) if name is not None else []
    except UnknownProfileError:
        report_error(f"no profile is named {name!r}")
        return EXIT_USAGE
    if args.json:
        print_json([bank.to_json() for bank in banks])
        return EXIT_OK
    from quizapp.stats.scoring import percent_text

    for bank in banks:
        cards = counted(bank.cards, "card", "cards")
        mastery = percent_text(bank.mastery)
        say(bank.bank_id, bank.title, f"{bank.due} due", cards, f"{mastery} mastered")
    if not banks:
        note("Nothing studied yet: answer some questions first.")
    return EXIT_OK


def _history_fields(attempt: AttemptRecord) -> tuple[object, ...]:
    from quizapp.service.types import iso_utc
    from quizapp.stats.scoring import score_text

    status = attempt.status
    if attempt.end_reason:
        status += f" ({attempt.end_reason})"
    answers = counted(len(attempt.answers), "answer", "answers")
    return (
        iso_utc(attempt.started_at),
        attempt.profile,
        attempt.bank,
        status,
        score_text(attempt.score),
        answers,
        attempt.id,
    )


def _history_usage_problem(args: argparse.Namespace) -> str | None:
    if args.answers and not args.csv:
        return "--answers goes with --csv"
    if args.output is not None and not (args.csv or args.json):
        return "--output goes with --csv or --json"
    return None


def _export_history(args: argparse.Namespace, attempts: list[AttemptRecord]) -> int:
    from quizapp.service.exports import answers_csv, attempts_csv

    if args.json:
        records = [attempt.to_json() for attempt in attempts]
        if args.output is None:
            print_json(records)
            return EXIT_OK
        return write_output(args.output, json_text(records).encode())
    data = (answers_csv if args.answers else attempts_csv)(attempts)
    if not attempts:
        note("No attempts match.")
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    return write_output(args.output, data)


# --- statistics ---------------------------------------------------------------------------


def _stats(args: argparse.Namespace) -> int:
    from quizapp.service.errors import UnknownBankError

    service = open_service(args)
    if not teacher_pin_given(service):
        return EXIT_USAGE
    try:
        stats = teacher_read(
            service, lambda: service.bank_statistics(args.bank, all_attempts=args.all_attempts)
        )
    except UnknownBankError as error:
        report_error(str(error))
        return EXIT_USAGE
    if stats is None:
        return EXIT_USAGE
    if args.json:
        print_json(stats.to_json())
        return EXIT_OK
    for fields in _stats_lines(stats):
        say(*fields)
    if not stats.test.attempts:
        note("No finished attempts at this bank yet.")
    return EXIT_OK


def _stats_lines(stats: BankStatistics) -> list[tuple[str, ...]]:
    """A per-bank block, then one line per question, as tab-separated fields."""
    from quizapp.stats.scoring import percent_text

    test = stats.test
    counted = (
        "every finished attempt" if stats.all_attempts else "each profile's first finished attempt"
    )
    return [
        (stats.bank, stats.title),
        (f"Attempts: {test.attempts} ({counted})",),
        (
            f"Mean: {percent_text(test.mean)}",
            f"Median: {percent_text(test.median)}",
            f"Standard deviation: {percent_text(test.standard_deviation)}",
        ),
        (f"Skewness: {_decimal(test.skewness)}", f"Kurtosis: {_decimal(test.kurtosis)}"),
        (
            f"Cronbach's alpha: {percent_text(test.cronbach_alpha)}",
            f"Error ratio: {percent_text(test.error_ratio)}",
            f"Standard error: {percent_text(test.standard_error)}",
        ),
        ("",),
        *(_question_line(question) for question in stats.questions),
    ]


def _question_line(question: QuestionStatistics) -> tuple[str, ...]:
    from quizapp.stats.scoring import percent_text

    time = "—" if question.mean_time_s is None else f"{_decimal(question.mean_time_s, 1)} s"
    fields = [
        question.id,
        counted(question.attempts, "attempt", "attempts"),
        f"facility {percent_text(question.facility_index)}",
        f"SD {percent_text(question.standard_deviation)}",
        f"discrimination {percent_text(question.discrimination_index)}",
        f"efficiency {percent_text(question.discriminative_efficiency)}",
        f"mean time {time}",
    ]
    if question.common_wrong_answers:
        wrong = ", ".join(f"{w.response} ({w.count})" for w in question.common_wrong_answers)
        fields.append(f"wrong: {wrong}")
    fields += (f"! {flag.reason}" for flag in question.flags)
    return tuple(fields)


def _decimal(value: float | None, decimals: int = 2) -> str:
    from quizapp.stats.scoring import plain_number

    return "—" if value is None else plain_number(round(value, decimals))


def _schema(args: argparse.Namespace) -> int:
    from quizapp.bank.schema import json_schema

    print_json(json_schema())
    return EXIT_OK


# --- backup and restore ---------------------------------------------------------------------


def _add_backup_commands(commands: Any) -> None:
    backup = commands.add_parser(
        "backup",
        help="copy the database to FILE, or into backups/ in the data folder (the newest 7 kept)",
    )
    backup.add_argument("file", nargs="?", metavar="FILE")
    restore = commands.add_parser(
        "restore",
        help="replace the database with the backup FILE (QuizApp must be closed); "
        "the data replaced is backed up first",
    )
    restore.add_argument("file", metavar="FILE")


def _backups(args: argparse.Namespace) -> Backups:
    from quizapp.paths import prepare_data_dir, resolve_database_url, tightened_message
    from quizapp.quiz.clock import SystemClock
    from quizapp.service.backup import Backups

    data_dir, tightened = prepare_data_dir(args.data_dir)
    if tightened:
        note(f"quizapp: {tightened_message(data_dir, tightened)}")
    return Backups(resolve_database_url(args.database, data_dir), data_dir, SystemClock())


def _backup(args: argparse.Namespace) -> int:
    from quizapp.service.errors import ServiceError

    try:
        path = _backups(args).make(Path(args.file) if args.file else None)
    except ServiceError as error:
        report_error(str(error))
        return EXIT_USAGE
    say(path)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from quizapp.service.errors import ServiceError

    try:
        replaced = _backups(args).restore(Path(args.file))
    except ServiceError as error:
        report_error(str(error))
        return EXIT_USAGE
    note(f"Restored from {args.file}.")
    if replaced is not None:
        note(f"The data it replaced is kept in {replaced}.")
    return EXIT_OK
