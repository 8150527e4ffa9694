"""``quizapp new ID [--language LANG] [-o PATH]``: start a bank from the commented template.

The file (``ID.yaml`` by default) holds one question of each type and a first
line that points editors at the JSON Schema the app ships. An existing file is
never replaced (exit 2); an id that is not a slug, or a language that is not a
language tag, is a usage error (exit 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from quizapp.cli.common import EXIT_OK, EXIT_USAGE, note, report_error, say


def add_parser(commands: Any) -> None:
    new = commands.add_parser(
        "new", help="write a new bank from a commented template (one question of each type)"
    )
    new.add_argument("bank_id", metavar="ID", help="the bank's id: lower-case letters, digits, -")
    new.add_argument(
        "--language",
        metavar="LANG",
        default="en",
        help="the language of the bank's content, a tag such as en or id (default: en)",
    )
    new.add_argument("-o", "--output", metavar="PATH", help="the file to write (default: ID.yaml)")


def run_new(args: argparse.Namespace) -> int:
    from quizapp.service.new_bank import BankFileExistsError, create_bank_file

    path = Path(args.output) if args.output else Path(f"{args.bank_id}.yaml")
    try:
        create_bank_file(path, args.bank_id, args.language)
    except ValueError as error:
        report_error(str(error))
        return EXIT_USAGE
    except BankFileExistsError as error:
        report_error(str(error))
        return EXIT_USAGE
    except OSError as error:
        report_error(f"cannot write {path}: {error.strerror or error}")
        return EXIT_USAGE
    say(path)
    note(f"Check it with: quizapp validate {path}")
    return EXIT_OK
