"""What the window does with a library sync for the teacher: the Problems panel's rows,
and opening a bank file where a problem is.

Opening goes through ``MainWindow._open_in_editor(path, question_id)``: by default
:func:`open_in_system_editor` (the system's editor for the file, through
:class:`QDesktopServices`, which cannot go to a line); the in-app bank editor, which
can open at the question, takes its place when it is there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from quizapp.service.types import SyncOutcome
from quizapp.ui.pages.library_page import problem_line, translated_text
from quizapp.ui.problems_panel import ProblemEntry


def problem_entries(outcome: SyncOutcome) -> list[ProblemEntry]:
    """The Problems panel's rows: each problem where it is, then folders that cannot be read."""
    entries = [
        ProblemEntry(
            problem_line(path, problem), path, problem.line, problem.column, problem.is_error
        )
        for path, problem in outcome.problems
    ]
    return entries + [ProblemEntry(translated_text(text)) for text in outcome.unreadable]


def failed_count(outcome: SyncOutcome) -> int:
    """How many bank files could not be loaded, and folders not read."""
    failed = {path for path, problem in outcome.problems if problem.is_error}
    return len(failed) + len(outcome.unreadable)


def open_in_system_editor(path: Path, question_id: str | None = None) -> bool:
    """Open ``path`` with the system's application for it (the question cannot be chosen)."""
    del question_id  # the system's editor opens at the top of the file
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
