"""The main window: a stack of pages and the work behind them.

Profile page -> (resume dialog) -> library page -> start page -> quiz page -> results page.
The bank's reading opens in a window of its own beside them (:mod:`quizapp.ui.reading_view`).

The window acts through the service layer (:class:`quizapp.service.app.QuizService`),
never the store. Everything that touches the database or the bank files runs
on the worker (:func:`quizapp.ui.workers.run_in_background`) and comes back
here by callback, except a running quiz's records, which its own writer
thread stores (:mod:`quizapp.ui.writer`). The service, the store, SQLModel
and YAML are imported only on the worker, after the window has been painted.
The window title always says where the student is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from quizapp.paths import (
    class_library_dir,
    resolve_data_dir,
    resolve_database_url,
    shipped_questions_dir,
)
from quizapp.quiz.clock import Clock, SystemClock
from quizapp.ui.first_paint import on_first_paint
from quizapp.ui.messages import Level, log, show_exception, show_message
from quizapp.ui.pages.profile_page import PROFILE_NAME_MAX_LENGTH, ProfilePage
from quizapp.ui.settings import Preferences
from quizapp.ui.workers import ProgressRelay, run_in_background, wait_for_workers

if TYPE_CHECKING:
    from quizapp.service.app import QuizService
    from quizapp.service.backup import Backups
    from quizapp.service.types import (
        BankEntry,
        BankOverview,
        DatabaseHealth,
        EnteredProfile,
        HistoryEntry,
        HistoryFilters,
        HistorySort,
        PastAttempt,
        PreparedAttempt,
        ProfileRef,
        SyncOutcome,
        UnfinishedAttempt,
    )
    from quizapp.ui.deletion import Deleter
    from quizapp.ui.editor.bank_editor import BankEditor
    from quizapp.ui.editor.launcher import EditorLauncher
    from quizapp.ui.history_export import HistoryExporter
    from quizapp.ui.interchange import Interchange
    from quizapp.ui.library_watcher import LibraryWatcher
    from quizapp.ui.pages.history_page import HistoryPage
    from quizapp.ui.pages.library_page import LibraryPage
    from quizapp.ui.pages.start_page import StartPage
    from quizapp.ui.pdf_export import PdfSaver
    from quizapp.ui.progress_charts import ProgressCharts
    from quizapp.ui.reading_view import ReadingDialog
    from quizapp.ui.resume_dialog import ResumeChoice, ResumeDialog
    from quizapp.ui.study import StudyView
    from quizapp.ui.study_glance import StudyGlanceView
    from quizapp.ui.teacher import TeacherView
    from quizapp.ui.writer import RecordWriter

T = TypeVar("T")

APP_TITLE = "QuizApp"
_DEFAULT_SIZE = (1000, 680)
_STATUS_MESSAGE_MS = 8000


# --- the main window --------------------------------------------------------------------------


class MainWindow(QMainWindow):
    """The app's one window. Build it with :func:`create_main_window`."""

    def __init__(
        self,
        *,
        data_dir: Path,
        database_url: str,
        base_library_dirs: Sequence[Path],
        clock: Clock,
        preferences: Preferences,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.data_dir = data_dir
        self.database_url = database_url
        self.clock = clock
        self.preferences = preferences
        self._base_library_dirs = list(base_library_dirs)
        self._service: QuizService | None = None
        self._writer: RecordWriter | None = None  # a running quiz's, made with the first quiz
        self._profile: ProfileRef | None = None
        self._unfinished: list[UnfinishedAttempt] = []
        self._started = False
        self._closed = False
        self._syncing = False
        self._sync_again = False
        self._busy_starting = False
        self._last_sync: SyncOutcome | None = None
        self.resume_dialog: ResumeDialog | None = None
        self.damaged_dialog: QMessageBox | None = None  # offered a backup: the data is damaged
        self._restoring = False
        self._quiz_shown: PreparedAttempt | None = None  # the quiz on the quiz page
        # The reading the Reading window shows: (bank title, reading, open during a quiz).
        self._reading_source: tuple[str, str | None, bool] | None = None
        self._reading_dialog: ReadingDialog | None = None
        self._close_confirmed = False
        self.close_question: QMessageBox | None = None
        self.rename_dialog: QInputDialog | None = None
        self._teacher: TeacherView | None = None  # the statistics page and its PIN
        self._interchange: Interchange | None = None  # File → Import… / Export…
        self._deleter: Deleter | None = None  # asks, then deletes a profile or an attempt
        self._progress_charts: ProgressCharts | None = None  # the progress charts page
        self._study_glance: StudyGlanceView | None = None  # the library's study columns
        self._library_watcher: LibraryWatcher | None = None  # live reload, after the first sync
        self._study: StudyView | None = None  # practice, mistakes and review sessions
        self._bank_editors: EditorLauncher | None = None  # the bank editors, from the first
        self._pdf_saver: PdfSaver | None = None  # saves an attempt or statistics as PDF
        self._history_exporter: HistoryExporter | None = None  # the history page's exports

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pageStack")
        self.setCentralWidget(self.stack)
        self.profile_page = ProfilePage(self.stack)
        self.stack.addWidget(self.profile_page)
        self.profile_page.continue_requested.connect(self._on_profile_chosen)
        self._library_page: LibraryPage | None = None
        self._start_page: StartPage | None = None
        self._history_page: HistoryPage | None = None

        self._build_status_bar()
        self._build_menu()
        self._restore_geometry()
        self._show_profile_page()

    # --- building ------------------------------------------------------------------------

    @property
    def library_page(self) -> LibraryPage:
        """The library page, built when first needed: after the first paint, not before."""
        if self._library_page is None:
            from quizapp.ui.pages.library_page import LibraryPage

            page = LibraryPage(self.stack)
            self.stack.addWidget(page)
            page.start_requested.connect(self.show_start_page)
            page.reload_requested.connect(self.sync_library)
            page.history_requested.connect(self.show_history)
            page.problem_activated.connect(self._on_problem_activated)
            page.review_requested.connect(self.study.review_every_bank)
            page.mistakes_requested.connect(self.study.drill_every_bank)
            page.view.selectionModel().selectionChanged.connect(self._update_edit_bank_action)
            self._library_page = page
        return self._library_page

    @property
    def start_page(self) -> StartPage:
        """The start page of a bank, built when first needed and kept."""
        if self._start_page is None:
            from quizapp.ui.pages.start_page import StartPage

            page = StartPage(self.clock, self.stack)
            self.stack.addWidget(page)
            page.begin_requested.connect(self.start_quiz)
            page.resume_requested.connect(self._resume_from_start_page)
            page.reading_requested.connect(self._on_start_page_reading)
            page.back_requested.connect(self.show_library)
            page.charts_requested.connect(self.show_charts_for)
            page.study_buttons.practice_requested.connect(self.study.start_practice)
            page.study_buttons.mistakes_requested.connect(self.study.start_mistakes)
            page.study_buttons.review_requested.connect(self.study.start_review)
            self._start_page = page
        return self._start_page

    def _build_status_bar(self) -> None:
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncStatusLabel")
        self.sync_progress = QProgressBar(self)
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setAccessibleName(self.tr("Library update progress"))
        self.sync_progress.setMaximumWidth(220)
        self.sync_progress.setTextVisible(False)
        self.sync_progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.sync_progress)
        # Who is taking the quiz, on every page after the profile page; its menu
        # switches or renames the profile (the QuizApp menu has both too).
        self.profile_button = QToolButton(self)
        self.profile_button.setObjectName("profileButton")
        self.profile_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.profile_button.setAutoRaise(True)
        self.profile_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.profile_button)

    def _build_menu(self) -> None:
        self._menu = menu = self.menuBar().addMenu("")
        self.settings_action = QAction(self)
        self.settings_action.setObjectName("settingsAction")
        self.settings_action.setShortcuts(
            [
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences),
                QKeySequence("Ctrl+,"),
            ]
        )
        self.settings_action.triggered.connect(self.open_settings)
        self.switch_profile_action = QAction(self)
        self.switch_profile_action.setObjectName("switchProfileAction")
        self.switch_profile_action.triggered.connect(self._show_profile_page)
        self.rename_profile_action = QAction(self)
        self.rename_profile_action.setObjectName("renameProfileAction")
        self.rename_profile_action.triggered.connect(self.open_rename_profile)
        self.rename_profile_action.setEnabled(False)
        self.delete_profile_action = QAction(self)
        self.delete_profile_action.setObjectName("deleteProfileAction")
        self.delete_profile_action.triggered.connect(self.delete_current_profile)
        self.delete_profile_action.setEnabled(False)
        # Usable exactly when Rename is: with a profile chosen, outside a quiz.
        self.rename_profile_action.enabledChanged.connect(self.delete_profile_action.setEnabled)
        self._profile_menu = QMenu(self)
        self._profile_menu.setObjectName("profileMenu")
        self._profile_menu.addAction(self.switch_profile_action)
        self._profile_menu.addAction(self.rename_profile_action)
        self._profile_menu.addAction(self.delete_profile_action)
        self.profile_button.setMenu(self._profile_menu)
        self.reload_action = QAction(self)
        self.reload_action.setObjectName("reloadLibraryAction")
        self.reload_action.setShortcuts(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.sync_library)
        self.statistics_action = QAction(self)
        self.statistics_action.setObjectName("statisticsAction")
        self.statistics_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.statistics_action.triggered.connect(self.open_statistics)
        self.history_action = QAction(self)
        self.history_action.setObjectName("historyAction")
        self.history_action.setShortcuts([QKeySequence("Ctrl+H")])
        self.history_action.triggered.connect(self.show_history)
        self.history_action.setEnabled(False)
        self.charts_action = QAction(self)
        self.charts_action.setObjectName("chartsAction")
        self.charts_action.setShortcuts([QKeySequence("Ctrl+Shift+H")])
        self.charts_action.triggered.connect(self.show_charts)
        self.charts_action.setEnabled(False)
        # Usable exactly when History is: with a profile chosen, outside a quiz.
        self.history_action.enabledChanged.connect(self.charts_action.setEnabled)
        self.new_bank_action = QAction(self)
        self.new_bank_action.setObjectName("newBankAction")
        self.new_bank_action.setShortcuts([QKeySequence("Ctrl+N")])
        self.new_bank_action.triggered.connect(self.new_bank)
        self.edit_bank_action = QAction(self)
        self.edit_bank_action.setObjectName("editBankAction")
        self.edit_bank_action.setShortcuts([QKeySequence("Ctrl+Shift+E")])
        self.edit_bank_action.triggered.connect(self.edit_selected_bank)
        self.edit_bank_action.setEnabled(False)
        self.stack.currentChanged.connect(self._update_edit_bank_action)
        self._quit_action = quit_action = QAction(self)
        quit_action.setObjectName("quitAction")
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        if QKeySequence("Ctrl+Q") not in quit_keys:  # some platforms have no Quit key
            quit_keys.append(QKeySequence("Ctrl+Q"))
        quit_action.setShortcuts(quit_keys)
        quit_action.triggered.connect(self.close)
        for action in (
            self.settings_action,
            self.switch_profile_action,
            self.rename_profile_action,
            self.reload_action,
            self.statistics_action,
            self.history_action,
            self.charts_action,
            self.new_bank_action,
            self.edit_bank_action,
        ):
            menu.addAction(action)
        from quizapp.ui.class_room import ClassRoomView

        self.class_room = ClassRoomView(self)
        menu.addAction(self.class_room.action)
        menu.addSeparator()
        self._build_interchange_actions(menu)
        menu.addSeparator()
        self._build_backup_actions(menu)
        menu.addSeparator()
        menu.addAction(quit_action)
        self._retranslate_menu()

    def _build_interchange_actions(self, menu: QMenu) -> None:
        self.import_action = QAction(self)
        self.import_action.setObjectName("importAction")
        self.import_action.triggered.connect(self.choose_import)
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportAction")
        self.export_action.triggered.connect(self.choose_export)
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)

    @property
    def interchange(self) -> Interchange:
        """File → Import… and Export… (GIFT and the other formats of quizapp convert)."""
        if self._interchange is None:
            from quizapp.ui.interchange import Interchange

            self._interchange = Interchange(self)
        return self._interchange

    @Slot()
    def choose_import(self) -> None:
        self.interchange.choose_import()

    @Slot()
    def choose_export(self) -> None:
        self.interchange.choose_export()

    def _build_backup_actions(self, menu: QMenu) -> None:
        self.backup_action = QAction(self)
        self.backup_action.setObjectName("backupAction")
        self.backup_action.triggered.connect(self.choose_backup_file)
        self.restore_action = QAction(self)
        self.restore_action.setObjectName("restoreAction")
        self.restore_action.triggered.connect(self.choose_restore_file)
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)

    def _retranslate_menu(self) -> None:
        self._menu.setTitle(self.tr("&QuizApp"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.switch_profile_action.setText(self.tr("Switch &profile"))
        self.rename_profile_action.setText(self.tr("Re&name profile…"))
        self.delete_profile_action.setText(self.tr("&Delete profile…"))
        self._show_profile_name()
        self.reload_action.setText(self.tr("&Reload library"))
        self.statistics_action.setText(self.tr("Stat&istics (teacher)…"))
        self.history_action.setText(self.tr("Your &history"))
        self.charts_action.setText(self.tr("Progress &charts"))
        self.import_action.setText(self.tr("I&mport questions…"))
        self.export_action.setText(self.tr("E&xport bank…"))
        self.new_bank_action.setText(self.tr("Ne&w bank…"))
        self.edit_bank_action.setText(self.tr("&Edit bank"))
        self.backup_action.setText(self.tr("&Back up your data…"))
        self.restore_action.setText(self.tr("Res&tore from a backup…"))
        self._quit_action.setText(self.tr("&Quit"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # The pages say their own texts again; the window says its own.
            self._retranslate_menu()
            self.statusBar().clearMessage()  # a passing message, in the old language
            self.sync_progress.setAccessibleName(self.tr("Library update progress"))
            self._update_title()
            if self._last_sync is not None and self._library_page is not None:
                self._show_problems(self._last_sync)
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = self.preferences.geometry()
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(*_DEFAULT_SIZE)

    # --- starting the background work ----------------------------------------------------

    def _run(
        self,
        op: Callable[[], T],
        *,
        success: Callable[[T], object],
        failure: Callable[[Exception], object] | None = None,
    ) -> None:
        """Run ``op`` on the worker for this window.

        Nothing starts once the window is closed, and what comes back after
        that is dropped: the pages it would update may be going away.
        """
        if self._closed:
            return

        def succeeded(result: T) -> None:
            if not self._closed:
                success(result)

        def failed(error: Exception) -> None:
            if self._closed:
                return
            if failure is None:
                show_exception(error, parent=self)
            else:
                failure(error)

        run_in_background(op, success=succeeded, failure=failed, owner=self)

    def start_background_work(self) -> None:
        """Open the database on the worker, then list the profiles and sync the library."""
        if self._started:
            return
        self._started = True
        self._show_sync_progress(self.tr("Opening your data…"))
        url, folder, clock = self.database_url, self.data_dir, self.clock
        self._run(
            lambda: _open_service(url, folder, clock),
            success=self._on_store_opened,
            failure=self._on_store_failed,
        )
        # Built while the worker opens the database, so the sync can report on it.
        self.library_page  # noqa: B018

    def start_background_work_after_first_paint(self) -> None:
        """Like :meth:`start_background_work`, once the window has been painted.

        Importing the store and opening the database hold the interpreter for a
        while; started earlier, they would delay the first frame.
        """
        on_first_paint(self, self.start_background_work)

    def _on_store_opened(self, opened: tuple[QuizService, list[str]] | DatabaseHealth) -> None:
        if not isinstance(opened, tuple):
            self._on_store_damaged(opened)
            return
        self._service, profile_names = opened
        self.profile_page.set_profiles(profile_names, self.preferences.last_profile())
        self.sync_library()
        self._backup_if_due()
        self.class_room.start(self.database_url, self.data_dir, self.clock)

    def _on_store_damaged(self, health: DatabaseHealth) -> None:
        """The database failed its check: nothing writes to it; a good backup is offered."""
        from quizapp.ui.backup_dialogs import damaged_data_box

        self._hide_sync_progress(self.tr("Your data is damaged."))
        self.profile_page.show_error(self.tr("Your data is damaged. QuizApp has not changed it."))
        box = damaged_data_box(self, health)
        box.finished.connect(self._on_damaged_dialog_finished)  # not a lambda: see _show_quiz
        self.damaged_dialog = box
        box.open()

    @Slot(int)
    def _on_damaged_dialog_finished(self, _result: int) -> None:
        from quizapp.ui.backup_dialogs import BACKUP_PATH_PROPERTY, accepted

        box, self.damaged_dialog = self.damaged_dialog, None
        if box is not None and accepted(box):
            self.restore_from(str(box.property(BACKUP_PATH_PROPERTY)))

    def _on_store_failed(self, error: Exception) -> None:
        self._hide_sync_progress(self.tr("Your data could not be opened."))
        self.profile_page.show_error(self.tr("Your data could not be opened."))
        show_exception(error, parent=self)

    # --- the library sync ----------------------------------------------------------------

    def library_dirs(self) -> list[Path]:
        """The folders of the library: the base ones, then those the user added."""
        folders = list(self._base_library_dirs)
        for folder in self.preferences.library_folders():
            if folder not in folders:
                folders.append(folder)
        class_folder = class_library_dir(self.data_dir)
        if class_folder.is_dir() and class_folder not in folders:
            folders.append(class_folder)
        return folders

    @property
    def service(self) -> QuizService | None:
        """The use cases over the database, once it is open."""
        return self._service

    @property
    def sync_in_progress(self) -> bool:
        return self._syncing

    @property
    def last_sync(self) -> SyncOutcome | None:
        return self._last_sync

    @Slot()
    def sync_library(self) -> None:
        """Read the library folders again, on the worker, with progress in the status bar."""
        service = self._service
        if service is None:
            return  # the sync follows the opening of the database
        if self._syncing:
            self._sync_again = True
            return
        self._syncing = True
        self.library_page.reload_button.setEnabled(False)
        self._show_sync_progress(self.tr("Updating the library…"))
        relay = ProgressRelay(self)
        relay.progressed.connect(self._on_sync_progress)
        folders = self.library_dirs()
        class_folder = class_library_dir(self.data_dir)
        prevailing = class_folder if class_folder in folders else None
        self._run(
            lambda: service.sync_library(folders, relay.report, class_folder=prevailing),
            success=lambda outcome: self._on_synced(outcome, relay),
            failure=lambda error: self._on_sync_failed(error, relay),
        )

    @Slot(int, int)
    def _on_sync_progress(self, done: int, total: int) -> None:
        self.sync_progress.setRange(0, max(total, 0))
        self.sync_progress.setValue(done)
        if total > 0:
            self.sync_label.setText(
                self.tr("Updating the library… {done} of {total} files").format(
                    done=done, total=total
                )
            )

    def _on_synced(self, outcome: SyncOutcome, relay: ProgressRelay) -> None:
        relay.deleteLater()
        self._last_sync = outcome
        self._show_problems(outcome)
        self._watch_library(outcome)
        self._sync_finished(
            self.tr("Library up to date. Banks read: {count}.").format(count=outcome.bank_count)
            if not (outcome.problems or outcome.unreadable)
            else self.tr("Library updated; some bank files have problems.")
        )

    def _show_problems(self, outcome: SyncOutcome) -> None:
        from quizapp.ui.live_reload import failed_count, problem_entries

        self.library_page.set_problem_entries(problem_entries(outcome), failed_count(outcome))
        self.library_page.set_out_of_date(outcome.out_of_date)

    def _watch_library(self, outcome: SyncOutcome) -> None:
        """Watch the folders and bank files this sync found: a save syncs again."""
        if self._library_watcher is None:
            from quizapp.ui.library_watcher import LibraryWatcher

            self._library_watcher = LibraryWatcher(self)
            self._library_watcher.changed.connect(self.sync_library)
        self._library_watcher.watch(outcome.folders, outcome.files)

    @property
    def library_watcher(self) -> LibraryWatcher | None:
        return self._library_watcher

    @Slot(str, int, int)
    def _on_problem_activated(self, path: str, line: int, _column: int) -> None:
        from quizapp.bank.positions import question_id_in_file

        self._run(
            lambda: question_id_in_file(Path(path), line),
            success=lambda question_id: self._open_in_editor(Path(path), question_id),
        )

    def _open_in_editor(self, path: Path, question_id: str | None) -> None:
        """Open a bank file at a question (a problem activated in the Problems panel)."""
        self.open_bank_editor(path, question_id)

    def _on_sync_failed(self, error: Exception, relay: ProgressRelay) -> None:
        relay.deleteLater()
        self._sync_finished(self.tr("The library could not be updated."))
        show_exception(error, parent=self)

    def _sync_finished(self, status: str) -> None:
        self._syncing = False
        self.library_page.reload_button.setEnabled(True)
        self._hide_sync_progress(status)
        if self._profile is not None:
            self.refresh_library()
        if self._sync_again:
            self._sync_again = False
            self.sync_library()

    def _show_sync_progress(self, text: str) -> None:
        self.statusBar().clearMessage()
        self.sync_label.setText(text)
        self.sync_label.setVisible(True)
        self.sync_progress.setRange(0, 0)  # busy until the first report
        self.sync_progress.setVisible(True)

    def _hide_sync_progress(self, text: str) -> None:
        self.sync_label.setVisible(False)
        self.sync_progress.setVisible(False)
        self.statusBar().showMessage(text, _STATUS_MESSAGE_MS)

    # --- profiles and unfinished attempts ------------------------------------------------

    @property
    def profile(self) -> ProfileRef | None:
        return self._profile

    @Slot()
    def _show_profile_page(self) -> None:
        self._profile = None
        self._reading_source = None
        self._close_reading()
        self._set_page(self.profile_page)
        self.profile_page.set_busy(False)
        self.switch_profile_action.setEnabled(False)
        self.rename_profile_action.setEnabled(False)
        self.history_action.setEnabled(False)
        self._show_profile_name()
        self._update_title()
        self._reload_profiles()

    def _reload_profiles(self) -> None:
        service = self._service
        if service is None:
            return  # listed once the database is open
        self._run(
            service.profile_names,
            success=lambda names: self.profile_page.set_profiles(
                names, self.preferences.last_profile()
            ),
        )

    @Slot(str)
    def _on_profile_chosen(self, name: str) -> None:
        service = self._service
        if service is None:
            return
        self.profile_page.set_busy(True)
        self._run(
            lambda: service.enter_profile(name),
            success=self._on_profile_entered,
            failure=self._on_profile_failed,
        )

    def _on_profile_entered(self, entered: EnteredProfile) -> None:
        self.profile_page.set_busy(False)
        self._profile = entered.profile
        self._show_profile_name()
        self.preferences.set_last_profile(entered.profile.name)
        self._unfinished = list(entered.unfinished)
        self._offer_next_unfinished_or_library()

    def _on_profile_failed(self, error: Exception) -> None:
        self.profile_page.set_busy(False)
        if isinstance(error, ValueError):  # the store refused the name (the page checks it too)
            self.profile_page.show_error(
                self.tr("A name needs 1 to {limit} letters, digits or other characters.").format(
                    limit=PROFILE_NAME_MAX_LENGTH
                )
            )
            return
        show_exception(error, parent=self)

    def _offer_next_unfinished_or_library(self) -> None:
        if not self._unfinished:
            self.show_library()
            return
        from quizapp.ui.resume_dialog import ResumeDialog

        dialog = ResumeDialog(self._unfinished.pop(0), self.clock, self)
        # A bound method, never a lambda holding ``self``: see _show_quiz.
        dialog.finished.connect(self._on_resume_dialog_finished)
        self.resume_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_resume_dialog_finished(self, code: int) -> None:
        from quizapp.ui.resume_dialog import ResumeChoice

        dialog, self.resume_dialog = self.resume_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        self._on_resume_choice(dialog.quiz, ResumeChoice(code))

    def _on_resume_choice(self, quiz: UnfinishedAttempt, choice: ResumeChoice) -> None:
        from quizapp.ui.resume_dialog import ResumeChoice

        service = self._service
        assert service is not None
        attempt_id = quiz.attempt_id
        if choice is ResumeChoice.RESUME:
            self._run(lambda: service.resume_attempt(attempt_id), success=self._show_quiz)
        elif choice is ResumeChoice.FINISH:
            self._run(lambda: service.finish_interrupted(attempt_id), success=self._show_results)
        else:
            self._unfinished.clear()  # asked again next time this profile is chosen
            self.show_library()

    def _show_profile_name(self) -> None:
        """The profile's name in the status bar, on every page but the profile page."""
        profile = self._profile
        self.profile_button.setVisible(profile is not None)
        if profile is None:
            return
        self.profile_button.setText(self.tr("Profile: {name}").format(name=profile.name))
        self.profile_button.setToolTip(self.tr("Switch or rename the profile"))
        self.profile_button.setAccessibleName(
            self.tr("Profile: {name}. Switch or rename it").format(name=profile.name)
        )

    @Slot()
    def open_rename_profile(self) -> None:
        """Ask for the profile's new name (its history stays with it)."""
        profile = self._profile
        if profile is None or self.rename_dialog is not None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("renameProfileDialog")
        dialog.setWindowTitle(self.tr("Rename profile"))
        dialog.setLabelText(
            self.tr("New name for “{name}” (your scores and history stay with it):").format(
                name=profile.name
            )
        )
        dialog.setTextValue(profile.name)
        dialog.setAccessibleName(self.tr("Rename profile"))
        dialog.textValueSelected.connect(self._on_rename_chosen)  # not a lambda: see _show_quiz
        dialog.finished.connect(self._on_rename_dialog_finished)
        self.rename_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_rename_dialog_finished(self, _code: int) -> None:
        dialog, self.rename_dialog = self.rename_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    @Slot(str)
    def _on_rename_chosen(self, name: str) -> None:
        service, profile = self._service, self._profile
        if service is None or profile is None:
            return
        profile_id = profile.id
        self._run(
            lambda: service.rename_profile(profile_id, name),
            success=self._on_profile_renamed,
            failure=self._on_rename_failed,
        )

    def _on_profile_renamed(self, profile: ProfileRef) -> None:
        if self._profile is None or self._profile.id != profile.id:
            return
        self._profile = profile
        self.preferences.set_last_profile(profile.name)
        self._show_profile_name()
        self._update_title()
        self.statusBar().showMessage(
            self.tr("The profile is now called “{name}”.").format(name=profile.name),
            _STATUS_MESSAGE_MS,
        )

    def _on_rename_failed(self, error: Exception) -> None:
        from quizapp.service.errors import ProfileNameTakenError

        if isinstance(error, ProfileNameTakenError):
            text = self.tr(
                "Another profile is already called “{name}”. Choose another name."
            ).format(name=error.name)
        elif isinstance(error, ValueError):
            text = self.tr("A name needs 1 to {limit} letters, digits or other characters.").format(
                limit=PROFILE_NAME_MAX_LENGTH
            )
        else:
            show_exception(error, parent=self)
            return
        show_message(Level.WARNING, text, parent=self)

    # --- the reading ---------------------------------------------------------------------

    @property
    def reading_dialog(self) -> ReadingDialog | None:
        """The Reading window, once it has been opened."""
        return self._reading_dialog

    def _quiz_running(self) -> bool:
        prepared = self._quiz_shown
        return (
            prepared is not None
            and not prepared.session.finished
            and self.current_page is not None
            and self.current_page.objectName() == "quizPage"
        )

    @Slot(str)
    def show_reading(self, quote: str) -> None:
        """Open the reading of the bank in use, with ``quote`` (a ``source``) highlighted.

        During a quiz it opens only when the bank allows it
        (``reading_during_quiz: true``).
        """
        source = self._reading_source
        if source is None:
            return
        title, reading, during_quiz = source
        if self._quiz_running() and not during_quiz:
            self.statusBar().showMessage(
                self.tr("This quiz does not allow the reading while it runs."),
                _STATUS_MESSAGE_MS,
            )
            return
        if not reading:
            self.statusBar().showMessage(self.tr("This bank has no reading."), _STATUS_MESSAGE_MS)
            return
        if self._reading_dialog is None:
            from quizapp.ui.reading_view import ReadingDialog

            self._reading_dialog = ReadingDialog(self)
            self._place_reading(self._reading_dialog)
        self._reading_dialog.show_reading(title, reading, quote)

    def _place_reading(self, dialog: QWidget) -> None:
        """Beside the window, on its right, when the screen has room; else over it."""
        frame = self.frameGeometry()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        x = frame.right() + 8
        if screen is not None and x + dialog.width() > screen.right():
            return  # Qt centres it over the window
        dialog.move(x, frame.top())

    def _close_reading(self) -> None:
        if self._reading_dialog is not None:
            self._reading_dialog.close()

    # --- the library page ----------------------------------------------------------------

    def show_library(self) -> None:
        profile = self._profile
        if profile is None:
            self._show_profile_page()
            return
        self._set_page(self.library_page)
        self.switch_profile_action.setEnabled(True)
        self.rename_profile_action.setEnabled(True)
        self.settings_action.setEnabled(True)
        self.reload_action.setEnabled(True)
        self.history_action.setEnabled(True)
        self._update_title()
        self.library_page.focus_table()
        self.refresh_library()

    def refresh_library(self) -> None:
        service, profile = self._service, self._profile
        if service is None or profile is None:
            return
        profile_id = profile.id
        self._run(lambda: service.library(profile_id), success=self._on_library_listed)
        self.study_glance.refresh()

    @property
    def study_glance(self) -> StudyGlanceView:
        """Due counts, mastery and the streak for the library; the desired retention."""
        if self._study_glance is None:
            from quizapp.ui.study_glance import StudyGlanceView

            self._study_glance = StudyGlanceView(self)
        return self._study_glance

    def _on_library_listed(self, entries: list[BankEntry]) -> None:
        from quizapp.ui.models.library_model import LibraryRow

        self.library_page.set_rows([LibraryRow.of(entry) for entry in entries])

    # --- history -------------------------------------------------------------------------

    @property
    def history_page(self) -> HistoryPage:
        """The history page, built when first needed and kept."""
        if self._history_page is None:
            from quizapp.ui.pages.history_page import HistoryPage

            page = HistoryPage(self.stack)
            self.stack.addWidget(page)
            page.review_requested.connect(self._open_past_attempt)
            page.resume_requested.connect(self.resume_attempt)
            page.delete_requested.connect(self.deleter.delete_attempt)
            page.export_requested.connect(self._export_history)
            page.back_requested.connect(self.show_library)
            page.charts_requested.connect(self.show_charts_for)
            self._history_page = page
        return self._history_page

    @property
    def history_exporter(self) -> HistoryExporter:
        """Exports the attempts the history page's filters keep, after asking where."""
        if self._history_exporter is None:
            from quizapp.ui.history_export import HistoryExporter

            self._history_exporter = HistoryExporter(self)
        return self._history_exporter

    @Slot(str)
    def _export_history(self, kind: str) -> None:
        if self._profile is not None and self._history_page is not None:
            filters = self._history_page.filters()
            self.history_exporter.ask(kind, self._profile.id, filters)

    @Slot()
    def show_history(self) -> None:
        """Every attempt of the profile, newest first, read a page at a time on the worker."""
        service, profile = self._service, self._profile
        if service is None or profile is None or self._quiz_running():
            return
        page = self.history_page
        page.set_fetcher(self._fetch_history)
        profile_id = profile.id
        self._run(lambda: service.history_banks(profile_id), success=page.set_banks)
        self._set_page(page)
        self._update_title()
        page.focus_view()

    def _fetch_history(
        self,
        offset: int,
        limit: int,
        filters: HistoryFilters,
        sort: HistorySort,
        deliver: Callable[[list[HistoryEntry]], None],
        fail: Callable[[Exception], None],
    ) -> None:
        service, profile = self._service, self._profile
        if service is None or profile is None:
            return
        profile_id = profile.id
        self._run(
            lambda: service.history_page(profile_id, offset, limit, filters, sort),
            success=deliver,
            failure=fail,
        )

    @Slot(str)
    def _open_past_attempt(self, attempt_id: str) -> None:
        service = self._service
        if service is None:
            return
        self._run(lambda: service.past_attempt(attempt_id), success=self._show_past_attempt)

    def _show_past_attempt(self, past: PastAttempt) -> None:
        from quizapp.ui.pages.results_page import ResultsPage

        if self._profile is None or self.current_page is not self._history_page:
            return  # the student went elsewhere meanwhile
        page = ResultsPage(parent=self.stack)
        page.show_past_attempt(past)
        page.pdf_requested.connect(self._save_attempt_pdf)
        page.back_requested.connect(self._return_to_history)
        self._reading_source = (past.bank.title, past.bank.reading, False)
        self._set_page(page)
        self._update_title()

    @Slot()
    def _return_to_history(self) -> None:
        if self._history_page is None or self._profile is None:
            self.show_library()
            return
        self._set_page(self._history_page)
        self._update_title()
        self._history_page.focus_view()

    @Slot(str)
    def resume_attempt(self, attempt_id: str) -> None:
        """Resume an unfinished attempt (from history), as the start page resumes one."""
        service = self._service
        if service is None or self._busy_starting:
            return
        self._busy_starting = True
        self._run(
            lambda: service.resume_attempt(attempt_id),
            success=self._show_quiz,
            failure=self._on_start_failed,
        )

    # --- progress charts -----------------------------------------------------------------

    @property
    def progress_charts(self) -> ProgressCharts:
        """The progress charts page and the reading of its data."""
        if self._progress_charts is None:
            from quizapp.ui.progress_charts import ProgressCharts

            self._progress_charts = ProgressCharts(self)
        return self._progress_charts

    @Slot()
    def show_charts(self) -> None:
        """The progress charts of the first bank with finished attempts."""
        self.progress_charts.open()

    @Slot(str)
    def show_charts_for(self, bank_id: str) -> None:
        """The progress charts of ``bank_id`` (from the history or a bank's start page)."""
        self.progress_charts.open(bank_id or None)

    # --- quizzes -------------------------------------------------------------------------

    @Slot(str)
    def show_start_page(self, bank_id: str) -> None:
        """Open ``bank_id``'s start page (nothing is recorded until Begin)."""
        service, profile = self._service, self._profile
        if service is None or profile is None:
            return
        profile_id = profile.id
        self._run(
            lambda: service.bank_overview(profile_id, bank_id),
            success=self._on_overview,
            failure=self._on_overview_failed,
        )

    def _on_overview(self, overview: BankOverview) -> None:
        if self._profile is None or self._quiz_shown is not None:
            return  # the student went elsewhere meanwhile
        page = self.start_page
        entry = overview.entry
        self._reading_source = (entry.title, overview.reading, entry.reading_during_quiz)
        page.set_overview(overview)
        self._set_page(page)
        self._update_title()
        page.focus_primary()

    def _on_overview_failed(self, error: Exception) -> None:
        from quizapp.service.errors import BankNotAvailableError

        if isinstance(error, BankNotAvailableError):
            show_message(Level.INFO, self.tr("This bank is no longer in the library."), parent=self)
            self.show_library()
            return
        show_exception(error, parent=self)

    def _refresh_start_page(self) -> None:
        bank_id = self._start_page.bank_id if self._start_page is not None else None
        if bank_id is not None and self.current_page is self._start_page:
            self.show_start_page(bank_id)

    @Slot(str)
    def _resume_from_start_page(self, attempt_id: str) -> None:
        service = self._service
        if service is None or self._busy_starting:
            return
        self._busy_starting = True
        self.start_page.set_busy(True)
        self._run(
            lambda: service.resume_attempt(attempt_id),
            success=self._show_quiz,
            failure=self._on_start_failed,
        )

    @Slot()
    def _on_start_page_reading(self) -> None:
        self.show_reading("")

    @Slot(str)
    def start_quiz(self, bank_id: str) -> None:
        """Start a new attempt at ``bank_id`` for the chosen profile."""
        service, profile = self._service, self._profile
        if service is None or profile is None or self._busy_starting:
            return
        self._busy_starting = True
        if self._start_page is not None:
            self._start_page.set_busy(True)
        profile_id = profile.id
        self._run(
            lambda: service.start_attempt(profile_id, bank_id),
            success=self._show_quiz,
            failure=self._on_start_failed,
        )

    def _on_start_failed(self, error: Exception) -> None:
        from quizapp.service.errors import AttemptsUsedUpError, BankNotAvailableError

        self._busy_starting = False
        if isinstance(error, AttemptsUsedUpError | BankNotAvailableError):
            text = (
                self.tr("No attempts left for this bank.")
                if isinstance(error, AttemptsUsedUpError)
                else self.tr("This bank is no longer in the library.")
            )
            show_message(Level.INFO, text, parent=self)
            if self._start_page is not None:
                self._start_page.set_busy(False)
            if isinstance(error, BankNotAvailableError):
                self.show_library()
            else:
                self._refresh_start_page()
            return
        if self._start_page is not None:
            self._start_page.set_busy(False)
        show_exception(error, parent=self)

    def _show_quiz(self, prepared: PreparedAttempt) -> None:
        from quizapp.ui.pages.quiz_page import QuizPage

        self._busy_starting = False
        service = self._service
        assert service is not None
        page = QuizPage(
            session=prepared.session,
            recorder=service.recorder(prepared.attempt_id),
            clock=self.clock,
            bank=prepared.bank,
            bank_dir=prepared.bank_dir,
            writer=self._record_writer(),
            parent=self.stack,
        )
        page.titleChanged.connect(self._on_quiz_title)
        # The quiz page's Reading buttons: a source quote, or "" for the whole reading.
        page.readingRequested.connect(self.show_reading)
        # Only bound methods of the window go to the signals of its pages and dialogs.
        # PySide keeps a lambda (and what it captures) until the sender is deleted, and
        # the window belongs to Python: were such a lambda its last reference, deleting
        # the page would delete the window, and so the same page a second time (heap
        # corruption). A bound method's object is held weakly.
        self._quiz_shown = prepared
        bank = prepared.bank
        self._reading_source = (bank.title, bank.reading, bank.settings.reading_during_quiz)
        if not bank.settings.reading_during_quiz:
            self._close_reading()  # not open beside an exam that does not allow it
        if self._start_page is not None:
            self._start_page.set_busy(False)
        page.finished.connect(self._on_quiz_finished)
        self._set_quiz_actions_enabled(False)
        self._set_page(page)
        session = prepared.session
        self._on_quiz_title(
            self.tr("Question {number} of {total} — {title}").format(
                number=session.index + 1, total=len(session.questions), title=prepared.bank.title
            )
        )
        # A resumed attempt whose time ran out while the app was closed ends now.
        page.refresh_time()

    def _record_writer(self) -> RecordWriter:
        if self._writer is None:
            from quizapp.ui.writer import RecordWriter

            self._writer = RecordWriter(self)
            self._writer.saved.connect(self.class_room.request_sync)
        return self._writer

    @Slot(str)
    def _on_quiz_finished(self, attempt_id: str) -> None:
        prepared, self._quiz_shown = self._quiz_shown, None
        if prepared is not None and prepared.session.attempt_id == attempt_id:
            self._show_results(prepared)

    @Slot(str)
    def _on_quiz_title(self, title: str) -> None:
        self.setWindowTitle(self.tr("{app} — {where}").format(app=APP_TITLE, where=title))

    def _set_quiz_actions_enabled(self, enabled: bool) -> None:
        # During a quiz nothing may pull the page away or write to the store beside it.
        for action in (
            self.switch_profile_action,
            self.rename_profile_action,
            self.settings_action,
            self.reload_action,
            self.statistics_action,
            self.history_action,
            self.restore_action,
        ):
            action.setEnabled(enabled)

    def _show_results(self, prepared: PreparedAttempt) -> None:
        from quizapp.ui.pages.results_page import ResultsPage

        self._busy_starting = False
        page = ResultsPage(parent=self.stack)
        bank = prepared.bank
        self._reading_source = (bank.title, bank.reading, bank.settings.reading_during_quiz)
        page.show_results(
            prepared.session,
            bank=prepared.bank,
            bank_dir=prepared.bank_dir,
            attempts_left=prepared.attempts_left,
        )
        page.pdf_requested.connect(self._save_attempt_pdf)
        page.back_requested.connect(self._offer_next_unfinished_or_library)
        self._set_quiz_actions_enabled(True)
        self._set_page(page)
        self._update_title()

    def _update_title(self) -> None:
        """The window title for the page shown (a quiz page gives its own, by signal)."""
        page = self.current_page
        if page is self.profile_page:
            self.setWindowTitle(APP_TITLE)
        elif page is self._library_page and self._profile is not None:
            self.setWindowTitle(
                self.tr("{app} — Library — {profile}").format(
                    app=APP_TITLE, profile=self._profile.name
                )
            )
        elif page is self._history_page and self._profile is not None:
            self.setWindowTitle(
                self.tr("{app} — History — {profile}").format(
                    app=APP_TITLE, profile=self._profile.name
                )
            )
        elif (
            self._start_page is not None
            and page is self._start_page
            and (overview := self._start_page.overview) is not None
        ):
            self.setWindowTitle(
                self.tr("{app} — {bank} — {profile}").format(
                    app=APP_TITLE,
                    bank=overview.entry.title,
                    profile=self._profile.name if self._profile else "",
                )
            )
        elif page is not None and page.objectName() == "chartsPage" and self._profile is not None:
            self.setWindowTitle(
                self.tr("{app} — Progress — {profile}").format(
                    app=APP_TITLE, profile=self._profile.name
                )
            )
        elif page is not None and page.objectName() == "statisticsPage":
            self.setWindowTitle(self.tr("{app} — Statistics").format(app=APP_TITLE))
        elif (bank := _results_bank_title(page)) is not None:
            self.setWindowTitle(
                self.tr("{app} — Results — {bank}").format(app=APP_TITLE, bank=bank)
            )

    def _set_page(self, page: QWidget) -> None:
        """Show ``page``; a quiz or results page no longer shown is let go."""
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        for index in reversed(range(self.stack.count())):
            other = self.stack.widget(index)
            if other is None or other in (
                page,
                self.profile_page,
                self._library_page,
                self._start_page,
                self._history_page,
            ):
                continue
            # Not removeWidget(): PySide then hands the page to Python, which would
            # delete it a second time once its last reference goes. The stack
            # drops a page by itself when the page is deleted.
            other.deleteLater()

    @property
    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    # --- the bank editor -----------------------------------------------------------------

    @property
    def bank_editors(self) -> EditorLauncher:
        if self._bank_editors is None:
            from quizapp.ui.editor.launcher import EditorLauncher

            self._bank_editors = EditorLauncher(
                self, library_dirs=self.library_dirs, on_saved=self.sync_library
            )
        return self._bank_editors

    def open_bank_editor(self, path: Path, question_id: str | None = None) -> BankEditor:
        """Open the bank file ``path`` in the editor, at ``question_id`` when given."""
        return self.bank_editors.open(Path(path), question_id)

    @Slot()
    def new_bank(self) -> None:
        self.bank_editors.ask_for_new_bank()

    @Slot()
    def edit_selected_bank(self) -> None:
        path = self.selected_bank_path()
        if path is not None:
            self.open_bank_editor(path)

    def selected_bank_path(self) -> Path | None:
        """The file of the bank on the start page, or of the one selected in the library."""
        page = self.current_page
        if self._start_page is not None and page is self._start_page:
            overview = self._start_page.overview
            return Path(overview.entry.path) if overview is not None else None
        if self._library_page is not None and page is self._library_page:
            bank_id = self._library_page.selected_bank_id()
            row = self._library_page.model.row_for(bank_id) if bank_id else None
            return Path(row.path) if row is not None and row.path else None
        return None

    @Slot()
    def _update_edit_bank_action(self, *_args: object) -> None:
        self.edit_bank_action.setEnabled(self.selected_bank_path() is not None)

    # --- backups -------------------------------------------------------------------------

    def _backup_if_due(self) -> None:
        """The daily backup, on the worker after the work already asked for."""
        url, folder, clock = self.database_url, self.data_dir, self.clock
        self._run(
            lambda: _backups(url, folder, clock).make_if_due(),
            success=self._on_daily_backup,
            failure=self._on_daily_backup_failed,
        )

    def _on_daily_backup(self, path: Path | None) -> None:
        if path is not None:
            log.info("Daily backup made: %s", path)

    def _on_daily_backup_failed(self, error: Exception) -> None:
        # Worth a line in the log, not an interruption: the data itself is fine.
        log.warning("The daily backup could not be made: %s", error)

    @Slot()
    def choose_backup_file(self) -> None:
        from quizapp.ui.backup_dialogs import backup_file_dialog

        day = self.clock.now().astimezone().strftime("%Y-%m-%d")
        dialog = backup_file_dialog(self, self._backup_folder(), f"quizapp-backup-{day}.db")
        dialog.fileSelected.connect(self.backup_to)
        dialog.open()

    @Slot(str)
    def backup_to(self, path: str) -> None:
        """Back the database up to the file ``path``, on the worker."""
        url, folder, clock = self.database_url, self.data_dir, self.clock
        self._run(
            lambda: _backups(url, folder, clock).make(Path(path)),
            success=self._on_backed_up,
            failure=self._on_backup_refused,
        )

    def _on_backed_up(self, path: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Backup saved as {file}.").format(file=str(path)), _STATUS_MESSAGE_MS
        )

    def _on_backup_refused(self, error: Exception) -> None:
        from quizapp.service.errors import ServiceError
        from quizapp.ui.backup_dialogs import refusal_text

        if not isinstance(error, ServiceError):
            show_exception(error, parent=self)
            return
        show_message(Level.WARNING, refusal_text(error), parent=self)

    @Slot()
    def choose_restore_file(self) -> None:
        from quizapp.ui.backup_dialogs import restore_file_dialog

        dialog = restore_file_dialog(self, self._backup_folder())
        dialog.fileSelected.connect(self.ask_to_restore)
        dialog.open()

    @Slot(str)
    def ask_to_restore(self, path: str) -> None:
        """Ask before replacing the data with the backup ``path``."""
        from quizapp.ui.backup_dialogs import restore_confirm_box

        box = restore_confirm_box(self, path)
        box.finished.connect(self._on_restore_confirm_finished)  # not a lambda: see _show_quiz
        box.open()

    @Slot(int)
    def _on_restore_confirm_finished(self, _result: int) -> None:
        from quizapp.ui.backup_dialogs import BACKUP_PATH_PROPERTY, accepted

        box = self.sender()
        if isinstance(box, QMessageBox) and accepted(box):
            self.restore_from(str(box.property(BACKUP_PATH_PROPERTY)))

    def restore_from(self, path: str) -> None:
        """Replace the data with the backup ``path`` on the worker, then open it again.

        Not during a quiz. The window goes back to the profile page, without a
        database, until the restored one is open.
        """
        if self._restoring or self._quiz_shown is not None:
            return
        self._restoring = True
        service, self._service = self._service, None
        self.restore_action.setEnabled(False)
        self._show_profile_page()
        self._show_sync_progress(self.tr("Restoring your data…"))
        url, folder, clock = self.database_url, self.data_dir, self.clock
        self._run(
            lambda: _restore_and_open(service, url, folder, clock, Path(path)),
            success=self._on_restored,
            failure=self._on_restore_failed,
        )

    def _on_restored(
        self,
        outcome: tuple[tuple[QuizService, list[str]] | DatabaseHealth, Exception | None],
    ) -> None:
        from quizapp.ui.backup_dialogs import refusal_text

        opened, refusal = outcome
        self._restoring = False
        self.restore_action.setEnabled(True)
        self._hide_sync_progress(
            self.tr("Your data was restored.")
            if refusal is None
            else self.tr("Nothing was restored.")
        )
        self._on_store_opened(opened)
        if refusal is not None:
            show_message(Level.WARNING, refusal_text(refusal), parent=self)

    def _on_restore_failed(self, error: Exception) -> None:
        self._restoring = False
        self.restore_action.setEnabled(True)
        self._on_store_failed(error)

    def _backup_folder(self) -> Path:
        from quizapp.service.types import BACKUP_FOLDER

        return self.data_dir / BACKUP_FOLDER

    # --- settings ------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        from quizapp.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            language=self.preferences.language(),
            fixed_folders=self._base_library_dirs,
            user_folders=self.preferences.library_folders(),
            parent=self,
        )
        dialog.accepted.connect(self._on_settings_accepted)  # not a lambda: see _show_quiz
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.teacher.attach_settings(dialog)  # its teacher PIN buttons
        self.study_glance.attach_settings(dialog)  # the profile's desired retention
        self.class_room.attach_settings(dialog)  # Settings → Class

    # --- the teacher's view --------------------------------------------------------------

    @Slot()
    def open_statistics(self) -> None:
        """The statistics page, after the teacher PIN when one is set."""
        self.teacher.open()

    @property
    def study(self) -> StudyView:
        """Practice, the mistakes drill and review (its pages and their steps)."""
        if self._study is None:
            from quizapp.ui.study import StudyView

            self._study = StudyView(self)
        return self._study

    @property
    def teacher(self) -> TeacherView:
        """The statistics page, its PIN and exports, and the PIN's Settings buttons."""
        if self._teacher is None:
            from quizapp.ui.teacher import TeacherView

            self._teacher = TeacherView(self)
        return self._teacher

    @property
    def pdf_saver(self) -> PdfSaver:
        """Saves an attempt or a bank's statistics as a PDF, after asking where."""
        if self._pdf_saver is None:
            from quizapp.ui.pdf_export import PdfSaver

            self._pdf_saver = PdfSaver(self)
        return self._pdf_saver

    @Slot(str)
    def _save_attempt_pdf(self, attempt_id: str) -> None:
        self.pdf_saver.save_attempt(attempt_id)

    @property
    def deleter(self) -> Deleter:
        """Deletes a profile or an attempt, after asking and the PIN (the history page's too)."""
        if self._deleter is None:
            from quizapp.ui.deletion import Deleter

            self._deleter = Deleter(self)
            self._deleter.deleted.connect(self._on_deleted)
        return self._deleter

    @Slot()
    def delete_current_profile(self) -> None:
        if self._profile is not None:
            self.deleter.delete_profile(self._profile.id)

    @Slot(str, str)
    def _on_deleted(self, kind: str, key: str) -> None:
        if kind == "profile" and self._profile is not None and str(self._profile.id) == key:
            self._show_profile_page()
        elif kind == "attempt" and self._history_page is not None:
            self._history_page.refresh()

    @Slot()
    def _on_settings_accepted(self) -> None:
        from quizapp.ui.settings_dialog import SettingsDialog

        dialog = self.sender()
        if isinstance(dialog, SettingsDialog):
            self.apply_settings(dialog)

    def apply_settings(self, dialog: Any) -> None:
        """Store what the settings dialog holds and apply it now.

        A new language is put to use at once (every page says its texts again);
        changed library folders are read again.
        """
        self.study_glance.apply_settings(dialog)
        language: str = dialog.language()
        new_language = language != self.preferences.language()
        self.preferences.set_language(language)
        folders: list[Path] = dialog.user_folders()
        changed = folders != self.preferences.library_folders()
        self.preferences.set_library_folders(folders)
        self.preferences.sync()
        if new_language:
            from quizapp.ui.language import use_language

            use_language(language)
        if changed:
            self.sync_library()

    # --- the window ----------------------------------------------------------------------

    @Slot()
    def bring_forward(self) -> None:
        """Show the window on top (a second launch asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _timed_quiz_running(self) -> bool:
        prepared = self._quiz_shown
        if prepared is None or not self._quiz_running():
            return False
        session = prepared.session
        return session.deadline is not None or any(
            session.time_limit_of(index) is not None for index in range(len(session.questions))
        )

    def _ask_before_closing(self) -> None:
        if self.close_question is not None:
            self.close_question.raise_()
            return
        box = QMessageBox(self)
        box.setObjectName("closeDuringQuizDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(APP_TITLE)
        box.setText(self.tr("Your answers are saved; the timer keeps running. Close?"))
        close = box.addButton(self.tr("Close QuizApp"), QMessageBox.ButtonRole.AcceptRole)
        close.setObjectName("confirmCloseButton")
        stay = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        stay.setObjectName("keepQuizButton")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.buttonClicked.connect(self._on_close_question_answered)
        self.close_question = box
        box.open()

    @Slot(QAbstractButton)
    def _on_close_question_answered(self, button: QAbstractButton) -> None:
        box, self.close_question = self.close_question, None
        if box is None:
            return
        box.deleteLater()
        if button.objectName() == "confirmCloseButton":
            self._close_confirmed = True
            self.close()

    def confirm_close(self) -> None:
        """Let the next close go ahead without asking, even during a timed quiz."""
        self._close_confirmed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        editor = self._bank_editors.unsaved_editor() if self._bank_editors else None
        if editor is not None:  # it asks what to do with its changes; then close again
            event.ignore()
            editor.raise_()
            editor.close()
            return
        if self._timed_quiz_running() and not self._close_confirmed:
            # Asked, never assumed: the quiz's time runs on while the app is closed.
            event.ignore()
            self._ask_before_closing()
            return
        if not self._close_confirmed and self.class_room.asks_before_closing(event):
            return
        self.class_room.stop()
        self._closed = True
        self.preferences.set_geometry(self.saveGeometry())
        self.preferences.sync()
        # Let the quiz's writer and the worker finish what they are storing, then let go
        # of the database.
        if self._writer is not None:
            self._writer.close()
        wait_for_workers()
        if self._service is not None:
            self._service.close()
        super().closeEvent(event)


def _open_service(
    url: str, data_dir: Path, clock: Clock
) -> tuple[QuizService, list[str]] | DatabaseHealth:
    """On the worker: the service over the database at ``url``, and the profiles' names.

    The database is checked first (``quick_check``); a damaged one is not
    opened, and what the check found comes back instead.
    """
    from quizapp.service.app import QuizService

    backups = _backups(url, data_dir, clock)
    health = backups.check()
    if not health.ok:
        return health
    from quizapp.service.class_passwords import password_store

    service = QuizService.open(url, clock, backups, lambda: password_store(data_dir))
    return service, service.profile_names()


def _backups(url: str, data_dir: Path, clock: Clock) -> Backups:
    """On the worker (it loads the store): the backups of the database at ``url``."""
    from quizapp.service.backup import Backups

    return Backups(url, data_dir, clock)


def _restore_and_open(
    service: QuizService | None, url: str, data_dir: Path, clock: Clock, source: Path
) -> tuple[tuple[QuizService, list[str]] | DatabaseHealth, Exception | None]:
    """On the worker: let go of the database, restore ``source`` over it, open it again.

    A refused restore (not a QuizApp backup, newer, damaged) changes nothing, and
    the database is opened again as it was; the refusal comes back with it.
    """
    from quizapp.service.errors import ServiceError

    if service is not None:
        service.close()
    refusal: Exception | None = None
    try:
        _backups(url, data_dir, clock).restore(source, app_lock_held=True)
    except ServiceError as error:
        refusal = error
    return _open_service(url, data_dir, clock), refusal


def _results_bank_title(page: QWidget | None) -> str | None:
    """The bank whose results ``page`` shows, or None when it is no results page."""
    if page is None or page.objectName() != "resultsPage":
        return None  # checked first: the results page module loads only with a results page
    from quizapp.ui.pages.results_page import ResultsPage

    return page.bank_title if isinstance(page, ResultsPage) else None


# --- building the window ----------------------------------------------------------------------


def create_main_window(
    *,
    data_dir: Path | None = None,
    database_url: str | None = None,
    library_dirs: Sequence[Path] | None = None,
    clock: Clock | None = None,
    preferences: Preferences | None = None,
    start_background_work: bool = True,
) -> MainWindow:
    """The main window, ready to ``show()``: the one way the app and the tests make it.

    ``data_dir`` holds the database and the preferences (an INI file), so a
    test never touches the user's own (None: the environment, then the
    per-user data folder); ``database_url`` another database; ``library_dirs``
    replaces the shipped ``questions/`` folder; ``clock`` is the time source.
    With ``start_background_work`` the database is opened and the library synced
    at once; :func:`quizapp.ui.app.run_app` starts them after the first paint.
    """
    folder = resolve_data_dir(str(data_dir) if data_dir is not None else None)
    window = MainWindow(
        data_dir=folder,
        database_url=resolve_database_url(database_url, folder),
        base_library_dirs=list(library_dirs)
        if library_dirs is not None
        else [shipped_questions_dir()],
        clock=clock or SystemClock(),
        preferences=preferences or Preferences.for_data_dir(folder),
    )
    if start_background_work:
        window.start_background_work()
    return window
