"""The command line: validate, import, list, schema, history, backup, restore; no subcommand
starts the app.

Exit codes follow the format spec: 0 when everything is valid, 1 when any
file is invalid, 2 for a usage error or a path that cannot be read at all
(2 wins when both happen). Problem lines go to standard output, summaries
and other diagnostics to standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from quizapp.bank.loader import LibraryLoad
    from quizapp.service.app import QuizService
    from quizapp.service.backup import Backups
    from quizapp.service.types import AttemptRecord

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, as the spec wants; keep its messages."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="quizapp",
        description="QuizApp: timed quizzes from YAML question banks. "
        "With no command, the desktop app starts.",
    )
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

    history = commands.add_parser("history", help="list quiz attempts, newest first")
    history.add_argument("--profile", metavar="NAME")
    history.add_argument("--bank", metavar="ID")
    history.add_argument("--json", action="store_true", help="print JSON")

    due = commands.add_parser(
        "due", help="per bank, the questions due for study today and the mastery"
    )
    due.add_argument(
        "--profile", metavar="NAME", help="whose study (needed when there are several profiles)"
    )
    due.add_argument("--json", action="store_true", help="print JSON")
    _add_backup_commands(commands)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the subcommand in ``args`` (parsed by :func:`build_parser`)."""
    handler = {
        "validate": _validate,
        "import": _import,
        "list": _list,
        "schema": _schema,
        "history": _history,
        "due": _due,
        "backup": _backup,
        "restore": _restore,
    }[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130


# --- validate and import ------------------------------------------------------------------


def _print_load(load: LibraryLoad, out: TextIO) -> tuple[int, int]:
    """Print every problem line; return (files with errors, files with only warnings)."""
    invalid = warned = 0
    for file in load.files:
        for problem in file.result.problems:
            print(problem.format(file.display_path), file=out)
        if file.result.bank is None:
            invalid += 1
        elif file.result.problems:
            warned += 1
    return invalid, warned


def _summary(checked: int, invalid: int, warned: int) -> str:
    text = f"{_counted(checked, 'file', 'files')} checked, {invalid} with problems"
    if warned:
        text += f", {warned} with warnings only"
    return text


def _counted(count: int, one: str, many: str) -> str:
    """ "1 answer", "2 answers": a count with its noun in the right number."""
    return f"{count} {one if count == 1 else many}"


def _exit_code(load: LibraryLoad, invalid: int) -> int:
    if load.unreadable:
        return EXIT_USAGE
    return EXIT_INVALID if invalid else EXIT_OK


def _report_unreadable(load: LibraryLoad) -> None:
    for message in load.unreadable:
        print(f"quizapp: error: {message}", file=sys.stderr)


def _validate(args: argparse.Namespace) -> int:
    from quizapp.bank.loader import load_library

    load = load_library(args.paths)
    _report_unreadable(load)
    invalid, warned = _print_load(load, sys.stdout)
    print(_summary(len(load.files), invalid, warned), file=sys.stderr)
    return _exit_code(load, invalid)


def _import(args: argparse.Namespace) -> int:
    outcome = _open_service(args).import_paths(args.paths)
    load = outcome.load
    _report_unreadable(load)
    invalid, warned = _print_load(load, sys.stdout)
    print(
        _summary(len(load.files), invalid, warned)
        + f"; {len(outcome.imported)} imported, {len(outcome.updated)} updated, "
        f"{len(outcome.unchanged)} unchanged",
        file=sys.stderr,
    )
    return _exit_code(load, invalid)


# --- the store, through the service layer ---------------------------------------------------


def _open_service(args: argparse.Namespace) -> QuizService:
    from quizapp.paths import resolve_data_dir, resolve_database_url
    from quizapp.quiz.clock import SystemClock
    from quizapp.service.app import QuizService

    data_dir = resolve_data_dir(args.data_dir)
    url, clock = resolve_database_url(args.database, data_dir), SystemClock()
    return QuizService.open(url, clock, _backups(args))


def _list(args: argparse.Namespace) -> int:
    banks = _open_service(args).library()
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
        _print_json(rows)
        return EXIT_OK
    for b in banks:
        questions = _counted(b.question_count, "question", "questions")
        print(f"{b.bank_id}\t{b.title}\t{b.language}\t{questions}\t{b.path}")
    if not banks:
        print("No banks stored yet: run 'quizapp import PATH'.", file=sys.stderr)
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    attempts = _open_service(args).history(profile=args.profile, bank=args.bank)
    if args.json:
        _print_json([attempt.to_json() for attempt in attempts])
        return EXIT_OK
    for attempt in attempts:
        print(_history_line(attempt))
    if not attempts:
        print("No attempts recorded.", file=sys.stderr)
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    from quizapp.service.errors import UnknownProfileError

    service = _open_service(args)
    name = args.profile
    if name is None:
        names = service.profile_names()
        if len(names) > 1:
            print(
                "quizapp: error: say whose study with --profile NAME: " + ", ".join(names),
                file=sys.stderr,
            )
            return EXIT_USAGE
        name = names[0] if names else None
    try:
        banks = service.due(service.profile_id(name)) if name is not None else []
    except UnknownProfileError:
        print(f"quizapp: error: no profile is named {name!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        _print_json([bank.to_json() for bank in banks])
        return EXIT_OK
    from quizapp.stats.scoring import percent_text

    for bank in banks:
        cards = _counted(bank.cards, "card", "cards")
        mastery = percent_text(bank.mastery)
        print(f"{bank.bank_id}\t{bank.title}\t{bank.due} due\t{cards}\t{mastery} mastered")
    if not banks:
        print("Nothing studied yet: answer some questions first.", file=sys.stderr)
    return EXIT_OK


def _history_line(attempt: AttemptRecord) -> str:
    from quizapp.service.types import iso_utc
    from quizapp.stats.scoring import score_text

    status = attempt.status
    if attempt.end_reason:
        status += f" ({attempt.end_reason})"
    answers = _counted(len(attempt.answers), "answer", "answers")
    return (
        f"{iso_utc(attempt.started_at)}\t{attempt.profile}\t{attempt.bank}\t{status}\t"
        f"{score_text(attempt.score)}\t{answers}\t{attempt.id}"
    )


def _schema(args: argparse.Namespace) -> int:
    from quizapp.bank.schema import json_schema

    _print_json(json_schema())
    return EXIT_OK


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


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
    from quizapp.paths import resolve_data_dir, resolve_database_url
    from quizapp.quiz.clock import SystemClock
    from quizapp.service.backup import Backups

    data_dir = resolve_data_dir(args.data_dir)
    return Backups(resolve_database_url(args.database, data_dir), data_dir, SystemClock())


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quizapp.service.errors import ServiceError

    try:
        path = _backups(args).make(Path(args.file) if args.file else None)
    except ServiceError as error:
        print(f"quizapp: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(path)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quizapp.service.errors import ServiceError

    try:
        replaced = _backups(args).restore(Path(args.file))
    except ServiceError as error:
        print(f"quizapp: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    print(f"Restored from {args.file}.", file=sys.stderr)
    if replaced is not None:
        print(f"The data it replaced is kept in {replaced}.", file=sys.stderr)
    return EXIT_OK
