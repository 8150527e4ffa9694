"""The teacher's view behind the main window's Statistics action: the PIN, the page, exports;
and the teacher PIN's buttons in Settings (set, change, remove, through the service).

With a teacher PIN set, :class:`TeacherPinDialog` asks for it first and the
service checks it on the worker; a wrong PIN asks again. The statistics page
is built anew each time (and so each time behind the PIN); its statistics and
its CSV exports are computed and written on the worker. An export is written
whole or not at all (``quizapp.service.exports.write_atomically``); a path
that cannot be written is said in one clear message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog

from quizapp.ui.messages import Level, show_exception, show_message
from quizapp.ui.pages.statistics_page import EXPORT_ANSWERS
from quizapp.ui.pin_dialog import PinChange, TeacherPinDialog
from quizapp.ui.settings_dialog import save_file_dialog
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.service.app import QuizService
    from quizapp.service.types import BankStatistics
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.pages.statistics_page import StatisticsPage
    from quizapp.ui.settings_dialog import SettingsDialog


class TeacherView(WindowPart):
    """Opens the statistics page for ``window`` (its child; one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "teacherView")
        self.page: StatisticsPage | None = None
        self.pin_dialog: TeacherPinDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self._export_kind = ""
        self.settings_dialog: SettingsDialog | None = None

    @property
    def _service(self) -> QuizService | None:
        return self._window.service

    def open(self) -> None:
        """Show the statistics page, after the teacher PIN when one is set."""
        service = self._service
        if service is None:
            return
        self._window._run(service.pin_is_set, success=self._on_pin_state)

    def _on_pin_state(self, pin_set: bool) -> None:
        if pin_set:
            self._ask_pin(wrong=False)
        else:
            self._show_page()

    def _ask_pin(self, *, wrong: bool) -> None:
        dialog = TeacherPinDialog(wrong=wrong, parent=self._window)
        dialog.accepted.connect(self._on_pin_typed)
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()

    @Slot()
    def _on_pin_typed(self) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        service = self._service
        if dialog is None or service is None:
            return
        pin = dialog.pin()
        self._window._run(lambda: service.check_pin(pin), success=self._on_pin_checked)

    def _on_pin_checked(self, right: bool) -> None:
        if right:
            self._show_page()
        else:
            self._ask_pin(wrong=True)

    # --- the page ------------------------------------------------------------------------

    def _show_page(self) -> None:
        from quizapp.ui.pages.statistics_page import StatisticsPage

        service = self._service
        if service is None or self._window._quiz_running():
            return
        window = self._window
        page = StatisticsPage(window.stack)
        page.statistics_requested.connect(self._on_statistics_requested)
        page.export_requested.connect(self._on_export_requested)
        page.pdf_requested.connect(self._on_pdf_requested)
        page.back_requested.connect(window.show_library)
        self.page = page
        window._set_page(page)
        window._update_title()
        page.focus_primary()
        # On the class's teacher's desktop these read the class's server (say which first).
        window._run(service.data_source, success=page.set_source)
        window._run(service.statistics_banks, success=self._on_banks, failure=self._on_unread)

    def page_shown(self) -> StatisticsPage | None:
        """The statistics page when it is the window's current page."""
        page = self.page
        return page if page is not None and self._window.current_page is page else None

    def _on_banks(self, banks: list[tuple[str, str]]) -> None:
        page = self.page_shown()
        if page is not None:
            page.set_banks(banks)

    def _on_unread(self, error: Exception) -> None:
        """The class's server could not be read: the page says so (nothing local instead)."""
        from quizapp.service.class_room import ClassError

        page = self.page_shown()
        if page is None or not isinstance(error, ClassError):
            show_exception(error, parent=self._window)
            return
        page.show_unreadable(str(error))

    @Slot(str, bool)
    def _on_statistics_requested(self, bank_id: str, all_attempts: bool) -> None:
        service = self._service
        if service is None:
            return
        self._window._run(
            lambda: service.bank_statistics(bank_id, all_attempts=all_attempts),
            success=self._on_statistics,
            failure=self._on_unread,
        )

    def _on_statistics(self, statistics: BankStatistics) -> None:
        page = self.page_shown()
        if page is not None:
            page.set_statistics(statistics)

    # --- exports -------------------------------------------------------------------------

    @Slot()
    def _on_pdf_requested(self) -> None:
        page = self.page_shown()
        if page is not None and page.statistics is not None:
            self._window.pdf_saver.save_statistics(page.statistics)

    @Slot(str)
    def _on_export_requested(self, kind: str) -> None:
        self._export_kind = kind
        answers = kind == EXPORT_ANSWERS
        title = self.tr("Export answers") if answers else self.tr("Export attempts")
        dialog = save_file_dialog(
            self._window,
            title,
            name="exportDialog",
            name_filter=self.tr("CSV files (*.csv)"),
            suffix="csv",
            suggested="quizapp-answers.csv" if answers else "quizapp-attempts.csv",
        )
        dialog.fileSelected.connect(self._on_export_file_chosen)
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_export_file_chosen(self, path: str) -> None:
        self.export_dialog = None
        if path:
            self.export(self._export_kind, Path(path))

    def export(self, kind: str, path: Path) -> None:
        """Write every profile's history as CSV (``kind``: attempts or answers) to ``path``."""
        service = self._service
        if service is None:
            return
        self._window._run(
            lambda: _write_export(service, kind, path),
            success=self._on_exported,
            failure=lambda error: self._on_export_failed(error, path),
        )

    def _on_exported(self, written: tuple[Path, int]) -> None:
        path, count = written
        self._window.statusBar().showMessage(
            self.tr("Exported {count} attempts to {path}.").format(count=count, path=path), 8000
        )

    def _on_export_failed(self, error: Exception, path: Path) -> None:
        from quizapp.service.class_room import ClassError

        if isinstance(error, ClassError):  # the class's server: nothing was written
            show_message(
                Level.WARNING,
                self.tr("The class's server cannot be read; nothing was exported."),
                parent=self._window,
                details=str(error),
            )
            return
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

    # --- the PIN in Settings -------------------------------------------------------------

    def attach_settings(self, dialog: SettingsDialog) -> None:
        """Serve the Settings dialog's teacher PIN buttons while it is open."""
        self.settings_dialog = dialog
        dialog.pin_change_requested.connect(self._on_pin_change_requested)
        dialog.finished.connect(self._on_settings_finished)
        self._show_pin_state()

    @Slot()
    def _on_settings_finished(self) -> None:
        self.settings_dialog = None

    def _show_pin_state(self) -> None:
        service = self._service
        if service is not None:
            self._window._run(service.pin_is_set, success=self._on_settings_pin_state)

    def _on_settings_pin_state(self, pin_set: bool) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.set_pin_state(pin_set)

    @Slot(str, str, str)
    def _on_pin_change_requested(self, change: str, old_pin: str, new_pin: str) -> None:
        """Set, change or remove the teacher PIN on the worker; say how it went."""
        service = self._service
        if service is None:
            return
        if change == PinChange.REMOVE.value:
            self._window._run(
                lambda: service.remove_pin(old_pin),
                success=self._on_pin_removed,
                failure=self._on_pin_change_failed,
            )
            return
        old = old_pin if change == PinChange.CHANGE.value else None
        self._window._run(
            lambda: service.set_pin(new_pin, old_pin=old),
            success=self._on_pin_saved,
            failure=self._on_pin_change_failed,
        )

    def _on_pin_saved(self, _none: None) -> None:
        self._show_pin_state()
        self._window.statusBar().showMessage(self.tr("The teacher PIN was saved."), 8000)

    def _on_pin_removed(self, _none: None) -> None:
        self._show_pin_state()
        self._window.statusBar().showMessage(self.tr("The teacher PIN was removed."), 8000)

    def _on_pin_change_failed(self, error: Exception) -> None:
        from quizapp.service.errors import WrongPinError

        self._show_pin_state()
        parent = self.settings_dialog or self._window
        if isinstance(error, WrongPinError):
            text = self.tr("The current PIN is wrong; nothing was changed.")
        elif isinstance(error, ValueError):
            text = self.tr("That PIN cannot be used; nothing was changed.")
        else:
            show_exception(error, parent=self._window)
            return
        show_message(Level.WARNING, text, parent=parent)


def _write_export(service: QuizService, kind: str, path: Path) -> tuple[Path, int]:
    """On the worker: the history as CSV, written whole or not at all."""
    from quizapp.service.exports import answers_csv, attempts_csv, write_atomically

    records = service.history()
    data = (answers_csv if kind == EXPORT_ANSWERS else attempts_csv)(records)
    write_atomically(path, data)
    return path, len(records)
