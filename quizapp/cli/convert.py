"""``quizapp convert``: a question file from one format to another (GIFT, YAML, ...).

Problem lines go to standard output (``PATH:LINE:COLUMN: error: MESSAGE``, in
the source file), the summary to standard error; exit 0 when converted, 1
when the source has an error (nothing is written), 2 for a usage error, a
file that cannot be read or an output that exists without ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quizapp.cli.common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, counted, note, report_error, say


def add_parser(commands: Any) -> None:
    from quizapp.service.convert import SOURCE_FORMATS, TARGET_FORMATS

    convert = commands.add_parser(
        "convert",
        help="convert a question file: GIFT, Aiken or Moodle XML to a YAML bank, "
        "or a bank to GIFT or Anki",
    )
    convert.add_argument("file", metavar="FILE")
    convert.add_argument(
        "--from",
        dest="source_format",
        choices=SOURCE_FORMATS,
        help="the format of FILE (default: from its extension: .gift, .xml, .yaml; "
        ".txt needs --from)",
    )
    convert.add_argument("--to", dest="target_format", choices=TARGET_FORMATS, required=True)
    convert.add_argument(
        "-o", "--output", metavar="OUT", help="write OUT (default: standard output)"
    )
    convert.add_argument("--id", dest="bank_id", metavar="ID", help="the converted bank's id")
    convert.add_argument("--title", metavar="TEXT", help="the converted bank's title")
    convert.add_argument(
        "--encoding", metavar="ENC", help="the encoding of FILE (default UTF-8), e.g. cp1252"
    )
    convert.add_argument(
        "--force", action="store_true", help="replace OUT (and pictures beside it) if it exists"
    )


def run_convert(args: argparse.Namespace) -> int:
    from quizapp.service.convert import (
        TEXT_TARGETS,
        ConvertUsageError,
        convert_file,
        has_error,
        write_result,
    )

    if args.output is None and args.target_format not in TEXT_TARGETS:
        report_error(f"--to {args.target_format} writes a file: name it with -o OUT")
        return EXIT_USAGE
    if args.output is not None and not args.force and Path(args.output).exists():
        report_error(f"{args.output} already exists (use --force to replace it)")
        return EXIT_USAGE
    try:
        result = convert_file(
            Path(args.file),
            source=args.source_format,
            target=args.target_format,
            bank_id=args.bank_id,
            title=args.title,
            encoding=args.encoding,
        )
    except ConvertUsageError as error:
        report_error(str(error))
        return EXIT_USAGE
    for problem in result.problems:
        say(problem.format(args.file))
    if result.output is None or has_error(result):
        note(f"{args.file}: not converted; nothing was written")
        return EXIT_INVALID
    if args.output is None:
        if result.media:
            report_error("the bank has pictures: name an output file with -o OUT")
            return EXIT_USAGE
        sys.stdout.flush()
        sys.stdout.buffer.write(result.output)
        sys.stdout.buffer.flush()
    else:
        try:
            write_result(result, Path(args.output), force=args.force)
        except ConvertUsageError as error:
            report_error(str(error))
            return EXIT_USAGE
        except OSError as error:
            report_error(f"cannot write {args.output}: {error.strerror}")
            return EXIT_USAGE
    warnings = counted(len(result.problems), "warning", "warnings")
    questions = counted(result.question_count, "question", "questions")
    note(f"{args.file}: {questions} converted to {args.target_format}, {warnings}")
    return EXIT_OK
