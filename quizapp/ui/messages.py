"""The one channel for messages to the user, and the hook for unexpected errors.

Every message is logged and shown by :func:`show_message`, as a non-blocking
message box (so a worker's report never stalls the event loop, and tests
never hang on a modal dialog). An unexpected exception is written with its
traceback to the log file in the data folder and shown as a short message
that names that file.
"""

from __future__ import annotations

import logging
import sys
import traceback
from enum import StrEnum
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("quizapp")

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
    """Send QuizApp's log (warnings and worse) to ``path``."""
    global _log_file, _log_handler
    stop_logging()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.WARNING)
    log.addHandler(handler)
    _log_file, _log_handler = path, handler


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


def show_exception(error: BaseException, *, parent: QWidget | None = None) -> None:
    """Log ``error`` with its traceback and tell the user briefly, naming the log file."""
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
