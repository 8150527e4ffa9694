"""The command line: validate, import, list, schema, history, backup, restore; no subcommand
starts the app.

Exit codes follow the format spec: 0 when everything is valid, 1 when any
file is invalid, 2 for a usage error or a path that cannot be read at all
(2 wins when both happen), and 2 when the data folder or the database cannot
be used (a :class:`~quizapp.storage.StorageError`, one line, no traceback).
When the reader of standard output goes away (``quizapp schema | head``) the
command ends quietly with 141, as a Unix tool killed by SIGPIPE does.
Problem lines go to standard output, summaries and other diagnostics to
standard error. Everything printed goes through :func:`terminal_text`, so a
file name or a title cannot forge a line or send terminal codes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from quizapp.storage import StorageError

if TYPE_CHECKING:
    from quizapp.bank.loader import LibraryLoad
    from quizapp.service.app import QuizService
    from quizapp.service.backup import Backups
    from quizapp.service.types import AttemptRecord

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `yes | head`

# Control characters (C0, DEL, C1), and the bytes of a file name that are not
# UTF-8 (Python keeps them as lone surrogates, U+DC80..U+DCFF).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\udc80-\udcff]")
# json.dumps escapes C0 itself; DEL, C1 and lone surrogates are escaped as \uXXXX too.
_JSON_UNPRINTABLE = re.compile("[\x7f-\x9f\udc80-\udcff]")


def terminal_text(text: str) -> str:
    """``text`` as the CLI prints it: every control character as ``\\xNN`` (a newline ``\\x0a``).

    A byte of a file name that is not UTF-8 is printed as ``\\xNN`` of that byte.
    """
    return _UNPRINTABLE.sub(_hex_escape, text)


def _hex_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00 if code >= 0xDC80 else code:02x}"


def _say(*fields: object, file: TextIO | None = None) -> None:
    """Print one line (stdout by default): the fields, each made terminal-safe, tab-separated."""
    line = "\t".join(terminal_text(str(field)) for field in fields)
    print(line, file=sys.stdout if file is None else file)


def _note(text: str) -> None:
    """A diagnostic or summary line on standard error."""
    _say(text, file=sys.stderr)


def _error(message: str) -> None:
    _note(f"quizapp: error: {message}")


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on usage errors, as the spec wants; keep its messages, made safe."""

    def error(self, message: str) -> NoReturn:
        super().error(terminal_text(message))


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
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, while it can still be handled
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except StorageError as error:
        _error(str(error))
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
            _say(problem.format(file.display_path), file=out)
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
        _error(message)


def _validate(args: argparse.Namespace) -> int:
    from quizapp.bank.loader import load_library

    load = load_library(args.paths)
    _report_unreadable(load)
    invalid, warned = _print_load(load, sys.stdout)
    _note(_summary(len(load.files), invalid, warned))
    return _exit_code(load, invalid)


def _import(args: argparse.Namespace) -> int:
    outcome = _open_service(args).import_paths(args.paths)
    load = outcome.load
    _report_unreadable(load)
    invalid, warned = _print_load(load, sys.stdout)
    _note(
        _summary(len(load.files), invalid, warned)
        + f"; {len(outcome.imported)} imported, {len(outcome.updated)} updated, "
        f"{len(outcome.unchanged)} unchanged"
    )
    return _exit_code(load, invalid)


# --- the store, through the service layer ---------------------------------------------------


def _open_service(args: argparse.Namespace) -> QuizService:
    from quizapp.paths import prepare_data_dir, resolve_database_url, tightened_message
    from quizapp.quiz.clock import SystemClock
    from quizapp.service.app import QuizService
    from quizapp.service.backup import Backups

    data_dir, tightened = prepare_data_dir(args.data_dir)
    if tightened:
        _note(f"quizapp: {tightened_message(data_dir, tightened)}")
    url, clock = resolve_database_url(args.database, data_dir), SystemClock()
    return QuizService.open(url, clock, Backups(url, data_dir, clock))


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
        _say(b.bank_id, b.title, b.language, questions, b.path)
    if not banks:
        _note("No banks stored yet: run 'quizapp import PATH'.")
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    attempts = _open_service(args).history(profile=args.profile, bank=args.bank)
    if args.json:
        _print_json([attempt.to_json() for attempt in attempts])
        return EXIT_OK
    for attempt in attempts:
        _say(*_history_fields(attempt))
    if not attempts:
        _note("No attempts recorded.")
    return EXIT_OK


def _due(args: argparse.Namespace) -> int:
    from quizapp.service.errors import UnknownProfileError

    service = _open_service(args)
    name = args.profile
    if name is None:
        names = service.profile_names()
        if len(names) > 1:
            _error("say whose study with --profile NAME: " + ", ".join(names))
            return EXIT_USAGE
        name = names[0] if names else None
    try:
        banks = service.due(service.profile_id(name)) if name is not None else []
    except UnknownProfileError:
        _error(f"no profile is named {name!r}")
        return EXIT_USAGE
    if args.json:
        _print_json([bank.to_json() for bank in banks])
        return EXIT_OK
    from quizapp.stats.scoring import percent_text

    for bank in banks:
        cards = _counted(bank.cards, "card", "cards")
        mastery = percent_text(bank.mastery)
        _say(bank.bank_id, bank.title, f"{bank.due} due", cards, f"{mastery} mastered")
    if not banks:
        _note("Nothing studied yet: answer some questions first.")
    return EXIT_OK


def _history_fields(attempt: AttemptRecord) -> tuple[object, ...]:
    from quizapp.service.types import iso_utc
    from quizapp.stats.scoring import score_text

    status = attempt.status
    if attempt.end_reason:
        status += f" ({attempt.end_reason})"
    answers = _counted(len(attempt.answers), "answer", "answers")
    return (
        iso_utc(attempt.started_at),
        attempt.profile,
        attempt.bank,
        status,
        score_text(attempt.score),
        answers,
        attempt.id,
    )


def _schema(args: argparse.Namespace) -> int:
    from quizapp.bank.schema import json_schema

    _print_json(json_schema())
    return EXIT_OK


def _print_json(data: object) -> None:
    """JSON on stdout, every character that could reach a terminal raw escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


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
        _note(f"quizapp: {tightened_message(data_dir, tightened)}")
    return Backups(resolve_database_url(args.database, data_dir), data_dir, SystemClock())


def _backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quizapp.service.errors import ServiceError

    try:
        path = _backups(args).make(Path(args.file) if args.file else None)
    except ServiceError as error:
        _error(str(error))
        return EXIT_USAGE
    _say(path)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from quizapp.service.errors import ServiceError

    try:
        replaced = _backups(args).restore(Path(args.file))
    except ServiceError as error:
        _error(str(error))
        return EXIT_USAGE
    _note(f"Restored from {args.file}.")
    if replaced is not None:
        _note(f"The data it replaced is kept in {replaced}.")
    return EXIT_OK
