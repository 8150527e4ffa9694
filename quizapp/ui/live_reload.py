"""What the window does with a library sync for the teacher: the Problems panel's rows.

Activating a row opens the bank in the in-app editor at the question the problem
is in (``MainWindow._open_in_editor``).
"""

from __future__ import annotations

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
