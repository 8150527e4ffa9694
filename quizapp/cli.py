"""The command line: validate, import, list, schema, history; no subcommand starts the app.

Exit codes follow the format spec: 0 when everything is valid, 1 when any
file is invalid, 2 for a usage error or a path that cannot be read at all
(2 wins when both happen). Problem lines go to standard output, summaries
and other diagnostics to standard error.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from quizapp.bank.loader import LibraryLoad
    from quizapp.service.app import QuizService
    from quizapp.service.types import AttemptRecord, BankStatistics
    from quizapp.stats.items import QuestionStatistics

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
    _add_history_exports(history)
    _add_stats(commands.add_parser("stats", help="item statistics of a bank's attempts"))

    due = commands.add_parser(
        "due", help="per bank, the questions due for study today and the mastery"
    )
    due.add_argument(
        "--profile", metavar="NAME", help="whose study (needed when there are several profiles)"
    )
    due.add_argument("--json", action="store_true", help="print JSON")
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
        "history": _history,
        "stats": _stats,
        "due": _due,
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
    return QuizService.open(resolve_database_url(args.database, data_dir), SystemClock())


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
    problem = _history_usage_problem(args)
    if problem:
        print(f"quizapp: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    attempts = _open_service(args).history(
        profile=args.profile, bank=args.bank, since=args.since, until=args.until
    )
    if args.csv or args.json:
        return _export_history(args, attempts)
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
            _print_json(records)
            return EXIT_OK
        return _write_output(args.output, _json_text(records).encode())
    data = (answers_csv if args.answers else attempts_csv)(attempts)
    if not attempts:
        print("No attempts match.", file=sys.stderr)
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    return _write_output(args.output, data)


def _write_output(path: str, data: bytes) -> int:
    from quizapp.service.exports import write_atomically

    try:
        write_atomically(Path(path), data)
    except OSError as error:
        print(f"quizapp: error: cannot write {path}: {error.strerror}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _json_text(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# --- statistics ---------------------------------------------------------------------------


def _stats(args: argparse.Namespace) -> int:
    from quizapp.service.errors import UnknownBankError

    try:
        stats = _open_service(args).bank_statistics(args.bank, all_attempts=args.all_attempts)
    except UnknownBankError as error:
        print(f"quizapp: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        _print_json(stats.to_json())
        return EXIT_OK
    for line in _stats_lines(stats):
        print(line)
    if not stats.test.attempts:
        print("No finished attempts at this bank yet.", file=sys.stderr)
    return EXIT_OK


def _stats_lines(stats: BankStatistics) -> list[str]:
    """A per-bank block, then one line per question, for a teacher reading a terminal."""
    from quizapp.stats.scoring import percent_text

    test = stats.test
    counted = (
        "every finished attempt" if stats.all_attempts else "each profile's first finished attempt"
    )
    return [
        f"{stats.bank}\t{stats.title}",
        f"Attempts: {test.attempts} ({counted})",
        f"Mean: {percent_text(test.mean)}\tMedian: {percent_text(test.median)}\t"
        f"Standard deviation: {percent_text(test.standard_deviation)}",
        f"Skewness: {_decimal(test.skewness)}\tKurtosis: {_decimal(test.kurtosis)}",
        f"Cronbach's alpha: {percent_text(test.cronbach_alpha)}\t"
        f"Error ratio: {percent_text(test.error_ratio)}\t"
        f"Standard error: {percent_text(test.standard_error)}",
        "",
        *(_question_line(question) for question in stats.questions),
    ]


def _question_line(question: QuestionStatistics) -> str:
    from quizapp.stats.scoring import percent_text

    time = "—" if question.mean_time_s is None else f"{_decimal(question.mean_time_s, 1)} s"
    fields = [
        question.id,
        _counted(question.attempts, "attempt", "attempts"),
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
    return "\t".join(fields)


def _decimal(value: float | None, decimals: int = 2) -> str:
    from quizapp.stats.scoring import plain_number

    return "—" if value is None else plain_number(round(value, decimals))


def _schema(args: argparse.Namespace) -> int:
    from quizapp.bank.schema import json_schema

    _print_json(json_schema())
    return EXIT_OK


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
