"""Starting the desktop app: the QApplication, translations, one instance, the window.

Only Qt is imported at module level. The database, the store, SQLModel, YAML
and Babel are imported by the main window's background work, which starts
after the window's first paint, so the window appears as fast as a bare Qt one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from quizapp import APP_NAME
from quizapp.paths import (
    log_path,
    prepare_data_dir,
    resolve_database_url,
    set_application_names,
    tightened_message,
)
from quizapp.storage import StorageError
from quizapp.ui.icon import app_icon
from quizapp.ui.language import stop_using_language, use_language

if TYPE_CHECKING:
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.single_instance import InstanceServer

    WindowHook = Callable[[QApplication, MainWindow], None]


# What a second launch prints: in English, as everything QuizApp writes to a terminal.
BROUGHT_FORWARD = "QuizApp is already running: its window was brought forward."


def configure_application(app: QApplication) -> None:
    """Names, icon and style. Colours follow the system's scheme; none is set here."""
    set_application_names()
    QGuiApplication.setDesktopFileName(APP_NAME)
    app.setWindowIcon(app_icon())
    # Qt's bare "Windows" style is what Linux gets without a desktop theme; Fusion
    # follows the system's light or dark scheme there. Native styles are kept.
    if sys.platform != "win32" and app.style().name().lower() == "windows":
        app.setStyle("Fusion")


def run_app(
    argv: Sequence[str],
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    *,
    database: str | None = None,
    on_window: WindowHook | None = None,
) -> int:
    """Run the desktop app until its window closes; the exit code.

    ``data_dir`` and ``database_url`` are the command-line options (None when
    not given; the environment and the defaults are applied here). When an
    instance is already running on the same data folder, it is asked to bring
    its window forward and this returns 0 at once. ``database`` is another
    name for ``database_url``. ``on_window(app, window)`` is called with the
    window built, before it is shown (the start-up benchmark's probe uses it).
    A data folder that cannot be used is explained in a message box, and the
    exit code is 2.
    """
    set_application_names()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    try:
        folder, tightened = prepare_data_dir(str(data_dir) if data_dir is not None else None)
    except StorageError as error:
        return refuse_to_start(error)
    url = resolve_database_url(database_url or database, folder)

    from quizapp.ui.single_instance import InstanceLock

    lock = InstanceLock(folder)
    if not lock.acquire():
        return hand_over_to_running_instance(folder)
    try:
        return _run_window(app, folder, url, tightened, on_window)
    finally:
        lock.release()


def refuse_to_start(error: StorageError) -> int:
    """Explain in a message box, in the system's language, why the data cannot be used; 2."""
    from quizapp.ui.messages import Level, show_message, storage_text

    use_language("")
    try:
        box = show_message(Level.ERROR, storage_text(error), details=str(error))
        box.setObjectName("storageErrorBox")
        until_closed = QEventLoop()
        box.finished.connect(until_closed.quit)
        until_closed.exec()
    finally:
        stop_using_language()
    return 2


def _say_data_dir_tightened(window: QWidget, folder: Path, changed: list[Path]) -> None:
    """Once, when a data folder was found readable by others and made private."""
    from quizapp.ui.messages import Level, log, show_message

    log.warning("%s", tightened_message(folder, changed))
    text = QCoreApplication.translate(
        "App",
        "Your data folder {folder} could be read by other users of this computer. "
        "It is now private to you.",
    ).format(folder=str(folder))
    show_message(Level.INFO, text, parent=window).setObjectName("privateFolderBox")


def _run_window(
    app: QApplication,
    folder: Path,
    url: str,
    tightened: list[Path],
    on_window: WindowHook | None,
) -> int:
    from quizapp.ui.first_paint import on_first_paint
    from quizapp.ui.main_window import create_main_window
    from quizapp.ui.messages import configure_logging, install_excepthook
    from quizapp.ui.settings import Preferences

    configure_application(app)
    preferences = Preferences.for_data_dir(folder)
    use_language(preferences.language())
    configure_logging(log_path(folder))
    install_excepthook()

    window = create_main_window(
        data_dir=folder, database_url=url, preferences=preferences, start_background_work=False
    )
    # What waits for the first paint runs newest first: whatever on_window installs
    # (the benchmark's mark), then the window's background work, then the listener
    # for later launches.
    listener = _LaterLaunchListener(app, window, folder)
    on_first_paint(window, listener.start)
    window.start_background_work_after_first_paint()
    if on_window is not None:
        on_window(app, window)
    window.show()
    if tightened:
        _say_data_dir_tightened(window, folder, tightened)
    try:
        return app.exec()
    finally:
        listener.stop()


class _LaterLaunchListener(QObject):
    """Once the window is painted: listen for later launches and bring the window forward.

    A child of the window, so the window's first-paint callback (``start``) holds
    no reference to the window itself.
    """

    def __init__(self, app: QApplication, window: MainWindow, folder: Path) -> None:
        super().__init__(window)
        self._app = app
        self._folder = folder
        self._server: InstanceServer | None = None

    def start(self) -> None:
        from quizapp.ui.main_window import MainWindow
        from quizapp.ui.single_instance import InstanceServer, server_name

        server = InstanceServer(server_name(self._folder), self._app)
        window = self.parent()
        if isinstance(window, MainWindow):
            server.raise_requested.connect(window.bring_forward)
        if not server.listen():
            from quizapp.ui.messages import log

            log.warning("Later launches cannot reach this one: %s", server.error_text())
        self._server = server

    def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None


def hand_over_to_running_instance(folder: Path, *, timeout_s: float | None = None) -> int:
    """Ask the instance running on ``folder`` to come forward; 0, or 1 when it never answers.

    When it comes forward, one line on standard output says so (whoever started
    QuizApp from a terminal sees why no second window opens). When it does not
    answer (it hangs, or is still starting after ``timeout_s``), the student is
    told so, in a message box they close, and nothing else starts.
    """
    from quizapp.ui.single_instance import (
        DEFAULT_ANSWER_TIMEOUT_S,
        ask_running_instance_to_raise,
        server_name,
    )

    wait = DEFAULT_ANSWER_TIMEOUT_S if timeout_s is None else timeout_s
    if ask_running_instance_to_raise(server_name(folder), wait):
        if sys.stdout is not None:  # None when started without a console (pythonw)
            sys.stdout.write(BROUGHT_FORWARD + "\n")
            sys.stdout.flush()
        return 0
    from quizapp.ui.messages import Level, show_message
    from quizapp.ui.settings import Preferences

    use_language(Preferences.for_data_dir(folder).language())
    try:
        box = show_message(
            Level.ERROR,
            QCoreApplication.translate(
                "App",
                "QuizApp is already running with the data folder {folder}, but it does not "
                "answer. Close that window (or end QuizApp in your task manager), then start "
                "QuizApp again.",
            ).format(folder=str(folder)),
        )
        box.setObjectName("alreadyRunningBox")
        until_closed = QEventLoop()
        box.finished.connect(until_closed.quit)
        until_closed.exec()
    finally:
        stop_using_language()
    return 1
