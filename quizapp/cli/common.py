"""What every command shares: exit codes, terminal-safe printing, opening the service.

Everything printed goes through :func:`terminal_text`, so a file name or a title
cannot forge a line or send terminal codes. A command module (``quizapp/cli/*.py``)
imports from here, never from another command module.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

if TYPE_CHECKING:
    from quizapp.service.app import QuizService

T = TypeVar("T")

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `yes | head`

PIN_ENVIRONMENT = "QUIZAPP_PIN"
# A file the teacher makes in the data folder to show `quizapp pin reset` they may use it.
PIN_RESET_FILE = "reset-pin"

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


def say(*fields: object, file: TextIO | None = None) -> None:
    """Print one line (stdout by default): the fields, each made terminal-safe, tab-separated."""
    line = "\t".join(terminal_text(str(field)) for field in fields)
    print(line, file=sys.stdout if file is None else file)


def note(text: str) -> None:
    """A diagnostic or summary line on standard error."""
    say(text, file=sys.stderr)


def report_error(message: str) -> None:
    note(f"quizapp: error: {message}")


def counted(count: int, one: str, many: str) -> str:
    """ "1 answer", "2 answers": a count with its noun in the right number."""
    return f"{count} {one if count == 1 else many}"


def open_service(args: argparse.Namespace) -> QuizService:
    from quizapp.paths import prepare_data_dir, resolve_database_url, tightened_message
    from quizapp.quiz.clock import SystemClock
    from quizapp.service.app import QuizService
    from quizapp.service.backup import Backups
    from quizapp.service.class_passwords import password_store

    data_dir, tightened = prepare_data_dir(args.data_dir)
    if tightened:
        note(f"quizapp: {tightened_message(data_dir, tightened)}")
    url, clock = resolve_database_url(args.database, data_dir), SystemClock()
    return QuizService.open(
        url, clock, Backups(url, data_dir, clock), class_passwords=lambda: password_store(data_dir)
    )


def teacher_read(service: QuizService, read: Callable[[], T]) -> T | None:
    """``read()``, one of the teacher's views (``history``, ``stats``); None when it failed.

    The service is closed afterwards: the command has read what it prints.

    On the class's teacher's desktop it reads the class's server: a line on
    standard error says so first, and a server that cannot be read is said in
    one line (then None; the command exits 2), never replaced by local data.
    """
    from quizapp.service.class_room import ClassError

    source = service.data_source()
    if source.is_class:
        note(f"Class {source.class_name} ({source.server}): every student's attempts on the server")
    try:
        return read()
    except ClassError as error:
        report_error(f"cannot read the class {source.class_name}: {error}")
        return None
    finally:
        service.close()  # a command reads once: its server connections go now, not at exit


def teacher_pin_given(service: QuizService) -> bool:
    """True when no teacher PIN is set, or the right one was typed or is in QUIZAPP_PIN.

    Otherwise says why on standard error. The PIN is read with a hidden prompt
    (on the terminal), never echoed, never logged.
    """
    if not service.pin_is_set():
        return True
    pin = os.environ.get(PIN_ENVIRONMENT)
    if pin is None:
        if not sys.stdin.isatty():
            report_error(f"a teacher PIN is set: type it at a terminal, or set {PIN_ENVIRONMENT}")
            return False
        import getpass

        try:
            pin = getpass.getpass("Teacher PIN: ")
        except EOFError:
            pin = ""
    if not service.check_pin(pin):
        report_error("wrong teacher PIN")
        return False
    return True


def write_output(path: str, data: bytes) -> int:
    from quizapp.service.exports import write_atomically

    try:
        write_atomically(Path(path), data)
    except OSError as error:
        report_error(f"cannot write {path}: {error.strerror}")
        return EXIT_USAGE
    return EXIT_OK


def json_text(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def print_json(data: object) -> None:
    """JSON on stdout, every character that could reach a terminal raw escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
