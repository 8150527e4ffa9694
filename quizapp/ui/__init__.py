"""The desktop app (PySide6). Everything Qt lives under this package.

``create_main_window`` builds the main window; :func:`quizapp.ui.app.run_app`
runs the whole app.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.quiz.clock import Clock
    from quizapp.ui.main_window import MainWindow

__all__ = ["create_main_window"]


def create_main_window(
    *,
    data_dir: Path | None = None,
    library_dirs: Sequence[Path] | None = None,
    clock: Clock | None = None,
    database_url: str | None = None,
) -> MainWindow:
    """The main window, ready to ``show()`` once a QApplication exists, its sync under way.

    See :func:`quizapp.ui.main_window.create_main_window`.
    """
    from quizapp.ui.main_window import create_main_window as create

    return create(
        data_dir=data_dir, library_dirs=library_dirs, clock=clock, database_url=database_url
    )
