"""Saving an attempt or a bank's statistics as a PDF: the file dialog, then the worker.

The results page asks for an attempt by its id (a just-finished attempt is
read back from the store like a past one, so its PDF shows the stored
snapshots and pictures); the statistics page hands the statistics it shows.
The PDF is built and written on the worker (:mod:`quizapp.ui.printing`),
whole or not at all; a path that cannot be written is said in one message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog

from quizapp.ui.messages import Level, show_exception, show_message
from quizapp.ui.settings_dialog import save_file_dialog
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.service.types import BankStatistics
    from quizapp.ui.main_window import MainWindow


class PdfSaver(WindowPart):
    """Asks where to save a PDF and writes it in the background (one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "pdfSaver")
        self.dialog: QFileDialog | None = None
        self._pending: tuple[str, str | BankStatistics] | None = None

    def save_attempt(self, attempt_id: str) -> None:
        """Ask for a file, then write the attempt's PDF to it."""
        self._pending = ("attempt", attempt_id)
        self._ask(self.tr("Save the attempt as PDF"), "quizapp-attempt.pdf")

    def save_statistics(self, statistics: BankStatistics) -> None:
        """Ask for a file, then write the statistics' PDF to it."""
        self._pending = ("statistics", statistics)
        self._ask(
            self.tr("Save the statistics as PDF"), f"quizapp-statistics-{statistics.bank}.pdf"
        )

    def _ask(self, title: str, suggested: str) -> None:
        dialog = save_file_dialog(
            self._window,
            title,
            name="pdfDialog",
            name_filter=self.tr("PDF files (*.pdf)"),
            suffix="pdf",
            suggested=suggested,
        )
        dialog.fileSelected.connect(self._on_file_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_file_chosen(self, path: str) -> None:
        self.dialog = None
        pending, self._pending = self._pending, None
        if not path or pending is None:
            return
        kind, what = pending
        if kind == "attempt" and isinstance(what, str):
            self.write_attempt(what, Path(path))
        elif not isinstance(what, str):
            self.write_statistics(what, Path(path))

    def write_attempt(self, attempt_id: str, path: Path) -> None:
        """Write the stored attempt's PDF to ``path`` on the worker."""
        service = self._window.service
        if service is None:
            return
        now = self._window.clock.now()

        def write() -> Path:
            from quizapp.ui.printing import write_attempt_pdf

            return write_attempt_pdf(service.past_attempt(attempt_id), path, now)

        self._write(write, path)

    def write_statistics(self, statistics: BankStatistics, path: Path) -> None:
        """Write the statistics' PDF to ``path`` on the worker."""
        now: datetime = self._window.clock.now()

        def write() -> Path:
            from quizapp.ui.printing import write_statistics_pdf

            return write_statistics_pdf(statistics, path, now)

        self._write(write, path)

    def _write(self, write: Callable[[], Path], path: Path) -> None:
        self._window._run(
            write,
            success=self._on_written,
            failure=lambda error: self._on_failed(error, path),
        )

    def _on_written(self, path: Path) -> None:
        self._window.statusBar().showMessage(self.tr("Saved {path}.").format(path=path), 8000)

    def _on_failed(self, error: Exception, path: Path) -> None:
        if not isinstance(error, OSError):
            show_exception(error, parent=self._window)
            return
        show_message(
            Level.WARNING,
            self.tr("The PDF could not be written: {path}").format(path=path),
            parent=self._window,
            details=self.tr("Choose a folder you can write to. ({reason})").format(
                reason=error.strerror or str(error)
            ),
        )
