"""The progress charts behind the main window's Progress charts action and buttons.

Opened from the menu (the first bank with finished attempts), from the history
page or from a bank's start page (that bank). The page is built anew each
time; the bank list and each bank's progress are read on the worker
(``MainWindow._run``) and handed to the page when they come back. Back returns
to the page the charts were opened from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from quizapp.ui.pages.charts_page import ReturnTo
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.service.types import BankProgress
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.pages.charts_page import ChartsPage


class ProgressCharts(WindowPart):
    """Opens the charts page for ``window`` (its child; one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "progressCharts")
        self.page: ChartsPage | None = None

    def open(self, bank_id: str | None = None) -> None:
        """Show the charts of ``bank_id`` (None: the first bank with finished attempts)."""
        from quizapp.ui.pages.charts_page import ChartsPage

        window = self._window
        service, profile = window.service, window.profile
        if service is None or profile is None or window._quiz_running():
            return
        origin = window.current_page
        if origin is not None and origin is window._history_page:
            return_to = ReturnTo.HISTORY
        elif origin is not None and origin is window._start_page:
            return_to = ReturnTo.BANK
        else:
            return_to = ReturnTo.LIBRARY
        page = ChartsPage(window.stack)
        page.set_return_to(return_to)
        page.bank_chosen.connect(self._on_bank_chosen)
        page.back_requested.connect(self._on_back)
        self.page = page
        window._set_page(page)
        window._update_title()
        page.focus_primary()
        profile_id = profile.id
        window._run(
            lambda: service.progress_banks(profile_id),
            success=lambda banks: self._on_banks(page, banks, bank_id),
        )

    def page_shown(self) -> ChartsPage | None:
        """The charts page when it is the window's current page."""
        page = self.page
        return page if page is not None and self._window.current_page is page else None

    def _on_banks(
        self, page: ChartsPage, banks: list[tuple[str, str]], bank_id: str | None
    ) -> None:
        if self.page_shown() is page:
            page.set_banks(banks, bank_id)
            page.focus_primary()

    @Slot(str)
    def _on_bank_chosen(self, bank_id: str) -> None:
        window = self._window
        service, profile = window.service, window.profile
        if service is None or profile is None:
            return
        profile_id = profile.id
        window._run(
            lambda: service.bank_progress(profile_id, bank_id),
            success=self._on_progress,
            failure=self._on_failed,
        )

    def _on_progress(self, progress: BankProgress) -> None:
        page = self.page_shown()
        if page is not None:
            page.set_progress(progress)

    def _on_failed(self, error: Exception) -> None:
        from quizapp.ui.messages import log

        log.warning("the progress charts could not be read: %s", error)
        page = self.page_shown()
        if page is not None:
            page.set_failed()

    @Slot()
    def _on_back(self) -> None:
        page = self.page_shown()
        window = self._window
        where = page.return_to if page is not None else ReturnTo.LIBRARY
        if where == ReturnTo.HISTORY and window._history_page is not None:
            window._return_to_history()
        elif where == ReturnTo.BANK and window._start_page is not None:
            start = window._start_page
            window._set_page(start)
            window._update_title()
            start.focus_primary()
        else:
            window.show_library()
