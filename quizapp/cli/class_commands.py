"""``quizapp class …``: a class on one PostgreSQL server (see docs/class.md).

The teacher's commands (``init``, ``add-student``, ``remove-student``,
``reset-student``) need an administrator's URL of the class database. It never
appears on a command line: it comes from ``QUIZAPP_CLASS_URL``, from standard
input when the command ends with ``-``, or from a hidden prompt. A join code is a
secret too: it is printed once, and ``join`` reads it the same ways.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Any

from quizapp.cli.common import EXIT_OK, EXIT_USAGE, note, open_service, report_error, say

if TYPE_CHECKING:
    from quizapp.service.app import QuizService
    from quizapp.service.class_room import ClassSync

URL_ENVIRONMENT = "QUIZAPP_CLASS_URL"


def add_class_parser(commands: Any) -> None:
    class_ = commands.add_parser("class", help="a class on one PostgreSQL server (docs/class.md)")
    actions = class_.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create or upgrade the class database (teacher)")
    init.add_argument("name", metavar="CLASS", help="the class's name: a-z, 0-9, _ (20 at most)")
    init.add_argument(
        "--new-teacher-code",
        action="store_true",
        help="give the teacher a new code when upgrading (the old one stops working)",
    )
    for action, text in (
        ("add-student", "add a student; prints their join code, once"),
        ("remove-student", "the student can no longer send or read; their work stays"),
        ("reset-student", "a new join code for a student (the old one stops working)"),
    ):
        parser = actions.add_parser(action, help=f"{text} (teacher)")
        parser.add_argument("student", metavar="NAME")
    _stdin_flag(init, "the server URL")
    for action in ("add-student", "remove-student", "reset-student"):
        _stdin_flag(actions.choices[action], "the server URL")
    publish = actions.add_parser(
        "publish", help="put banks of this computer's library on the server (teacher)"
    )
    publish.add_argument("banks", nargs="+", metavar="BANK_ID")
    _stdin_flag(publish, "the server URL")
    join = actions.add_parser("join", help="link a profile on this computer to a class")
    join.add_argument(
        "--profile", metavar="NAME", help="which profile (needed when there are several)"
    )
    _stdin_flag(join, "the join code")
    actions.add_parser("sync", help="send what is waiting to the class now")
    actions.add_parser("status", help="what is waiting to be sent, and since when")
    actions.add_parser("leave", help="forget the class on this computer")


def _stdin_flag(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "stdin", nargs="?", choices=["-"], metavar="-", help=f"read {what} from standard input"
    )


def run_class(args: argparse.Namespace) -> int:
    from quizapp.service.class_room import ClassError

    handler = {
        "init": _init,
        "add-student": _add_student,
        "remove-student": _remove_student,
        "reset-student": _reset_student,
        "publish": _publish,
        "join": _join,
        "sync": _sync,
        "status": _status,
        "leave": _leave,
    }[args.class_command]
    try:
        return handler(args)
    except ClassError as error:
        report_error(str(error))
        return EXIT_USAGE


# --- the teacher's side ----------------------------------------------------------------------


def _secret(args: argparse.Namespace, prompt: str, environment: str | None) -> str | None:
    if args.stdin == "-":
        return sys.stdin.readline().strip() or None
    if environment is not None and os.environ.get(environment):
        return os.environ[environment]
    if not sys.stdin.isatty():
        hint = f", set {environment}" if environment else ""
        what = prompt.rstrip(": ").lower()
        report_error(f"{what} is needed: type it at a terminal{hint}, or end the command with -")
        return None
    import getpass

    try:
        return getpass.getpass(prompt).strip() or None
    except EOFError:
        return None


def _admin_url(args: argparse.Namespace) -> str | None:
    return _secret(args, "Class database URL: ", URL_ENVIRONMENT)


def _init(args: argparse.Namespace) -> int:
    from quizapp.service import class_room

    url = _admin_url(args)
    if url is None:
        return EXIT_USAGE
    code = class_room.init_class(url, args.name, new_teacher_code=args.new_teacher_code)
    if code is None:
        note(
            f"Class {args.name} is ready and up to date. The teacher's code is unchanged "
            "(--new-teacher-code makes a new one; the old one then stops working)."
        )
        return EXIT_OK
    note(f"Class {args.name} is ready. The teacher's code (shown once, keep it safe):")
    say(code.text())
    return EXIT_OK


def _add_student(args: argparse.Namespace) -> int:
    from quizapp.quiz.clock import SystemClock
    from quizapp.service import class_room

    url = _admin_url(args)
    if url is None:
        return EXIT_USAGE
    code = class_room.add_student(url, args.student, SystemClock())
    note(f"{args.student} is in the class as {code.role}. Their join code (shown once):")
    say(code.text())
    return EXIT_OK


def _reset_student(args: argparse.Namespace) -> int:
    from quizapp.service import class_room

    url = _admin_url(args)
    if url is None:
        return EXIT_USAGE
    code = class_room.reset_student(url, args.student)
    note(f"A new join code for {args.student} (shown once; the old one no longer works):")
    say(code.text())
    return EXIT_OK


def _remove_student(args: argparse.Namespace) -> int:
    from quizapp.service import class_room

    url = _admin_url(args)
    if url is None:
        return EXIT_USAGE
    role = class_room.remove_student(url, args.student)
    note(f"{args.student} ({role}) can no longer send or read; what they sent stays.")
    return EXIT_OK


def _publish(args: argparse.Namespace) -> int:
    from quizapp.service import class_room

    banks = list(args.banks)
    if banks and banks[-1] == "-":  # argparse gives a trailing - to the bank list
        banks.pop()
        args.stdin = "-"
    url = _admin_url(args)
    if url is None:
        return EXIT_USAGE
    service = open_service(args)
    for bank_id, changed in class_room.publish_banks(url, service.engine, banks, service.clock):
        note(f"{bank_id}: {'published' if changed else 'already published as it is'}")
    return EXIT_OK


# --- the student's desktop ---------------------------------------------------------------------


def _desktop(args: argparse.Namespace) -> tuple[QuizService, ClassSync]:
    from quizapp.paths import resolve_data_dir
    from quizapp.service.class_passwords import password_store
    from quizapp.service.class_room import ClassSync

    service = open_service(args)
    return service, ClassSync(
        service.engine, service.clock, password_store(resolve_data_dir(args.data_dir))
    )


def _join(args: argparse.Namespace) -> int:
    from quizapp.service.class_room import is_teacher_code

    service, desktop = _desktop(args)
    names = service.profile_names()
    name = args.profile if args.profile is not None else (names[0] if len(names) == 1 else None)
    code = _secret(args, "Join code: ", None)
    if code is None:
        return EXIT_USAGE
    if is_teacher_code(code):  # the teacher's desktop: no profile, nothing to send
        status = desktop.join(code, None)
        note(
            f"This computer is now the teacher's of the class {status.class_name}: "
            "'quizapp history' and 'quizapp stats' read every student's attempts on the server."
        )
        return EXIT_OK
    if name is None and len(names) > 1:
        report_error("say which profile joins with --profile NAME: " + ", ".join(names))
        return EXIT_USAGE
    if name is None:  # nobody on this computer yet: the student, as the class names them
        name = desktop.class_name_of(code)
    try:
        profile_id = service.enter_profile(name).profile.id
    except ValueError as error:
        report_error(str(error))
        return EXIT_USAGE
    status = desktop.join(code, profile_id)
    note(f"{status.profile_name} is now in the class {status.class_name}.")
    return _sync_and_pull(args, desktop)


def _sync(args: argparse.Namespace) -> int:
    _, desktop = _desktop(args)
    return _sync_and_pull(args, desktop)


def _sync_and_pull(args: argparse.Namespace, desktop: Any) -> int:
    """Send what waits, then fetch the published banks into the class folder."""
    from quizapp.paths import class_library_dir, resolve_data_dir

    status = desktop.sync().status
    if status.linked and not status.failure:
        pulled = desktop.pull_banks(class_library_dir(resolve_data_dir(args.data_dir)))
        for bank_id in pulled.written:
            note(f"{bank_id}: the class's bank, fetched")
        for bank_id in pulled.removed:
            note(f"{bank_id}: no longer the class's, removed")
    return _report(status, failed_is_error=True)


def _status(args: argparse.Namespace) -> int:
    _, desktop = _desktop(args)
    return _report(desktop.status())


def _leave(args: argparse.Namespace) -> int:
    _, desktop = _desktop(args)
    status = desktop.status()
    if not status.linked:
        note("This computer is in no class.")
        return EXIT_OK
    desktop.leave()
    lost = status.answers_waiting
    waiting = f" {lost} answers were never sent." if lost else ""
    note(f"This computer has left the class {status.class_name}.{waiting}")
    return EXIT_OK


def _report(status: Any, *, failed_is_error: bool = False) -> int:
    from quizapp.service.class_room import status_text

    if not status.linked:
        note("This computer is in no class: see 'quizapp class join'.")
        return EXIT_USAGE if failed_is_error else EXIT_OK
    say(status_text(status))
    return EXIT_USAGE if failed_is_error and status.failure else EXIT_OK
