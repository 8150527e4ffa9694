"""The one channel for messages to the user, and the hook for unexpected errors.

Every message is logged and shown by :func:`show_message`, as a non-blocking
message box (so a worker's report never stalls the event loop, and tests
never hang on a modal dialog). An unexpected exception is written with its
traceback to the log file in the data folder and shown as a short message
that names that file. A :class:`~quizapp.storage.StorageError` (data that
cannot be opened or written) is no surprise: it is shown as its plain message,
in the user's language, without a traceback.

The log rotates (a few files of at most a mebibyte), is private to the user,
and never holds a secret: :class:`RedactSecrets` blanks PINs, passwords and
the passwords in database URLs before anything is written.
"""

from __future__ import annotations

import io
import logging
import re
import sys
import traceback
from collections.abc import Mapping
from enum import StrEnum
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from quizapp.storage import StorageError, StorageProblem, private_opener

log = logging.getLogger("quizapp")

LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUPS = 3  # quizapp.log.1 .. .3 besides quizapp.log

_log_file: Path | None = None
_log_handler: logging.Handler | None = None
# Boxes shown: a box without a parent would otherwise be collected at once. A box
# is let go only once Qt has deleted it (it deletes itself on close): dropping the
# last reference while it is still closing would delete it in the middle of that.
_open_boxes: set[QMessageBox] = set()


class Level(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


_ICONS = {
    Level.INFO: QMessageBox.Icon.Information,
    Level.WARNING: QMessageBox.Icon.Warning,
    Level.ERROR: QMessageBox.Icon.Critical,
}
_LOG_LEVELS = {Level.INFO: logging.INFO, Level.WARNING: logging.WARNING, Level.ERROR: logging.ERROR}


def _titles() -> dict[Level, str]:
    return {
        Level.INFO: QCoreApplication.translate("Messages", "QuizApp"),
        Level.WARNING: QCoreApplication.translate("Messages", "QuizApp — Warning"),
        Level.ERROR: QCoreApplication.translate("Messages", "QuizApp — Error"),
    }


def _open_box(
    level: Level, text: str, parent: QWidget | None, details: str | None, object_name: str
) -> QMessageBox:
    if parent is None:
        parent = QApplication.activeWindow()
    title = _titles()[level]
    box = QMessageBox(_ICONS[level], title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(object_name)
    box.setAccessibleName(title)
    # QtCore.Qt, not an imported Qt: the first use of that namespace costs ~45 ms (see
    # docs/development.md, "Start-up"), and this module loads before the first paint.
    box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    _open_boxes.difference_update([b for b in _open_boxes if not shiboken6.isValid(b)])
    _open_boxes.add(box)
    box.open()
    return box


def show_message(
    level: Level,
    text: str,
    *,
    parent: QWidget | None = None,
    details: str | None = None,
) -> QMessageBox:
    """Log ``text`` and show it in a message box that does not block."""
    log.log(_LOG_LEVELS[level], "%s", text)
    return _open_box(level, text, parent, details, "messageBox")


def log_file() -> Path | None:
    """The file unexpected errors are logged to, once :func:`configure_logging` has run."""
    return _log_file


def configure_logging(path: Path) -> None:
    """Send QuizApp's log (warnings and worse) to ``path``: rotated, private, without secrets."""
    global _log_file, _log_handler
    stop_logging()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(_RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets())
    handler.setLevel(logging.WARNING)
    log.addHandler(handler)
    _log_file, _log_handler = path, handler


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Each log file is made readable and writable by its owner only (0600)."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115 - the handler keeps the stream and closes it
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )
        assert isinstance(stream, io.TextIOWrapper)
        return stream


# --- no secret in the log -------------------------------------------------------------------

REDACTED = "***"
# A mapping key that names a secret: pin, password, passwd, pwd, secret, token, passphrase,
# alone or as a word of the key ("class_password", "admin-pin").
_SECRET_KEY = re.compile(
    r"(?:^|[_\-. ])(pin|password|passwd|pwd|secret|token|passphrase)(?:$|[_\-. ])", re.I
)
# The password of a URL (scheme://user:password@host), and "pin=1234" in free text.
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.\-]*://[^:/@\s]*):[^@\s]*@", re.I)
_SECRET_ASSIGNMENT = re.compile(
    r"\b(pin|password|passwd|pwd|secret|token|passphrase)(\s*[=:]\s*)([^\s,;&]+)", re.I
)


def redact(value: Any) -> Any:
    """``value`` with what looks like a secret blanked: in text, and under a secret's key."""
    if isinstance(value, str):
        return _SECRET_ASSIGNMENT.sub(
            rf"\1\2{REDACTED}", _URL_PASSWORD.sub(rf"\1:{REDACTED}@", value)
        )
    if isinstance(value, Mapping):
        return {
            key: REDACTED if _SECRET_KEY.search(str(key)) else redact(item)
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(redact(item) for item in value)
    return value


class RedactSecrets(logging.Filter):
    """Blank secrets in a record's message and arguments before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.msg)
        if isinstance(record.args, Mapping):
            record.args = redact(record.args)
        elif record.args:
            record.args = tuple(redact(arg) for arg in record.args)
        return True


class _RedactingFormatter(logging.Formatter):
    """Also blanks secrets in what the arguments' ``str()`` and a traceback's text add."""

    def format(self, record: logging.LogRecord) -> str:
        return str(redact(super().format(record)))


def stop_logging() -> None:
    """Stop writing to the log file set by :func:`configure_logging`."""
    global _log_file, _log_handler
    if _log_handler is not None:
        log.removeHandler(_log_handler)
        _log_handler.close()
    _log_file, _log_handler = None, None


def _short_error_text(error: BaseException) -> str:
    summary = "".join(traceback.format_exception_only(type(error), error)).strip()
    if _log_file is None:
        return QCoreApplication.translate("Messages", "Something went wrong: {error}").format(
            error=summary
        )
    return QCoreApplication.translate(
        "Messages", "Something went wrong: {error}\n\nThe details were written to {log}."
    ).format(error=summary, log=str(_log_file))


def storage_text(error: StorageError) -> str:
    """What a StorageError says, in the user's language (the file or URL named, no SQL)."""
    texts = {
        StorageProblem.DATA_DIR_NOT_FOLDER: QCoreApplication.translate(
            "Storage",
            "The data folder {where} is a file, not a folder. Choose another data folder, "
            "or move that file away.",
        ),
        StorageProblem.DATA_DIR_DENIED: QCoreApplication.translate(
            "Storage",
            "The data folder {where} cannot be made or used. Choose a folder you can write to.",
        ),
        StorageProblem.BAD_URL: QCoreApplication.translate(
            "Storage",
            "The database address {where} cannot be used. Check it, or leave it out to use "
            "the database in the data folder.",
        ),
        StorageProblem.IS_FOLDER: QCoreApplication.translate(
            "Storage", "The database {where} is a folder, not a file. Name a database file."
        ),
        StorageProblem.NOT_QUIZAPP: QCoreApplication.translate(
            "Storage",
            "{where} is not a QuizApp database, so it was left unchanged. Choose a QuizApp "
            "database or a new file.",
        ),
        StorageProblem.DAMAGED: QCoreApplication.translate(
            "Storage",
            "Your data in {where} is damaged, so it was left unchanged. Restore it from a "
            "backup, or move the file away to start again with no data.",
        ),
        StorageProblem.NEWER: QCoreApplication.translate(
            "Storage",
            "Your data in {where} was saved by a newer version of QuizApp, so it was left "
            "unchanged. Use that version of QuizApp.",
        ),
        StorageProblem.NO_VERSION: QCoreApplication.translate(
            "Storage",
            "Your data in {where} lacks the record of its version, so it was left unchanged. "
            "Restore it from a backup.",
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "Storage",
            "Your data in {where} cannot be saved: the file or its folder is read-only. Make "
            "them writable for you, or choose another data folder.",
        ),
        StorageProblem.UNAVAILABLE: QCoreApplication.translate(
            "Storage", "Your data in {where} cannot be opened. Check that it can be reached."
        ),
    }
    return texts[error.kind].format(where=error.where)


def show_exception(error: BaseException, *, parent: QWidget | None = None) -> None:
    """Log ``error`` with its traceback and tell the user briefly, naming the log file.

    A StorageError is logged and shown as its plain message, without a traceback.
    """
    if isinstance(error, StorageError):
        show_message(Level.ERROR, storage_text(error), parent=parent, details=str(error))
        return
    # The traceback goes to the log file only; the user reads one line and where to look.
    log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    text = _short_error_text(error)
    if QApplication.instance() is None:
        sys.stderr.write(text + "\n")
        return
    _open_box(Level.ERROR, text, parent, None, "errorBox")


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    try:
        show_exception(error.with_traceback(tb))
    except Exception:  # showing the error failed too: at least print both
        sys.__excepthook__(kind, error, tb)
        traceback.print_exc()


def install_excepthook() -> None:
    """Route unexpected exceptions (also those raised in Qt slots) to :func:`show_exception`."""
    sys.excepthook = _excepthook
