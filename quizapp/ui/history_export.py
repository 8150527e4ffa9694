"""The history page's exports: the attempts its filters keep, as CSV or JSON, through a dialog.

The same files as ``quizapp history --csv`` and ``--json`` with ``--profile``,
``--bank``, ``--since`` and ``--until`` (and the page's result filter), of the
profile whose history is shown. Read and written on the worker, whole or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog

from quizapp.service.types import HistoryFilters
from quizapp.ui.messages import Level, show_exception, show_message
from quizapp.ui.pages.history_page import EXPORT_JSON
from quizapp.ui.settings_dialog import save_file_dialog
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.service.app import QuizService
    from quizapp.ui.main_window import MainWindow


class HistoryExporter(WindowPart):
    """Asks where to export, then writes the filtered history (one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "historyExporter")
        self.dialog: QFileDialog | None = None
        self._pending: tuple[str, int, HistoryFilters] | None = None

    def ask(self, kind: str, profile_id: int, filters: HistoryFilters) -> None:
        """Ask for a file, then export the profile's attempts ``filters`` keep as ``kind``."""
        self._pending = (kind, profile_id, filters)
        json = kind == EXPORT_JSON
        title = (
            self.tr("Export the history as JSON") if json else self.tr("Export the history as CSV")
        )
        dialog = save_file_dialog(
            self._window,
            title,
            name="historyExportDialog",
            name_filter=self.tr("JSON files (*.json)") if json else self.tr("CSV files (*.csv)"),
            suffix=kind,
            suggested=f"quizapp-history.{kind}",
        )
        dialog.fileSelected.connect(self._on_file_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_file_chosen(self, path: str) -> None:
        self.dialog = None
        pending, self._pending = self._pending, None
        if path and pending is not None:
            self.export(*pending, Path(path))

    def export(self, kind: str, profile_id: int, filters: HistoryFilters, path: Path) -> None:
        """Write the profile's attempts ``filters`` keep to ``path`` on the worker."""
        service = self._window.service
        if service is None:
            return
        self._window._run(
            lambda: _write(service, kind, profile_id, filters, path),
            success=self._on_exported,
            failure=lambda error: self._on_failed(error, path),
        )

    def _on_exported(self, written: tuple[Path, int]) -> None:
        path, count = written
        self._window.statusBar().showMessage(
            self.tr("Exported {count} attempts to {path}.").format(count=count, path=path), 8000
        )

    def _on_failed(self, error: Exception, path: Path) -> None:
        if not isinstance(error, OSError):
            show_exception(error, parent=self._window)
            return
        show_message(
            Level.WARNING,
            self.tr("The file could not be written: {path}").format(path=path),
            parent=self._window,
            details=self.tr("Choose a folder you can write to. ({reason})").format(
                reason=error.strerror or str(error)
            ),
        )


def _write(
    service: QuizService, kind: str, profile_id: int, filters: HistoryFilters, path: Path
) -> tuple[Path, int]:
    """On the worker: the filtered history as CSV or JSON, written whole or not at all."""
    from quizapp.service.exports import attempts_csv, attempts_json, write_atomically

    records = service.history_export(profile_id, filters)
    data = (attempts_json if kind == EXPORT_JSON else attempts_csv)(records)
    write_atomically(path, data)
    return path, len(records)
