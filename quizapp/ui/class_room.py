"""The class in the window: the sync state in the status bar, the Class settings, sending.

:class:`ClassRoomView` belongs to the main window. Its sender runs on a thread
of its own with its own connections to the local database and to the class's
server (:class:`quizapp.service.class_room.ClassSync`), so a slow or absent
network never freezes the window and never holds up an answer being stored.
It sends after each stored answer, every minute, and, while the server cannot be
reached, less and less often (15 s doubling up to 10 min). Closing the app with
answers not yet sent says so; they go the next time.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.messages import Level, show_message
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.quiz.clock import Clock
    from quizapp.service.class_room import ClassStatus, ClassSync
    from quizapp.ui.main_window import MainWindow
    from quizapp.ui.settings_dialog import SettingsDialog

SYNC_EVERY_MS = 60_000
FIRST_RETRY_MS = 15_000
LONGEST_RETRY_MS = 600_000
STOP_WAIT_S = 2.0  # closing waits this long for a send in progress


def status_line(status: ClassStatus | None) -> str:
    """The one line that says where the class's answers are, in the app's language.

    None (the class link not read yet) reads as in no class.
    """
    return _StatusText().line(status)


class _StatusText(QObject):
    # A QObject only for self.tr: lupdate reads plural (%n) forms from tr calls.
    def line(self, status: ClassStatus | None) -> str:
        if status is None or not status.linked:
            return self.tr("Not in a class")
        if status.teacher:
            return self.tr("The class's teacher: nothing to send")
        waiting = status.answers_waiting
        if waiting == 0 and status.events_waiting == 0:
            return self.tr("All answers sent")
        if status.failing_since is None:
            if waiting:
                return self.tr("%n answers waiting to be sent", "", waiting)
            return self.tr("Changes waiting to be sent")
        since = status.failing_since.astimezone().strftime("%H:%M")
        if waiting:
            text = self.tr("%n answers waiting: no connection since %1", "", waiting)
        else:
            text = self.tr("Changes waiting: no connection since %1")
        return text.replace("%1", since)


class _Sender(QObject):
    """A thread that runs the class's jobs one at a time, and reports back by signal.

    The thread holds the sender only weakly: once the window (and with it the
    sender) is gone, the thread finishes the job in hand and ends.
    """

    done = Signal(object, object)  # (job name, result or None), the error or None

    def __init__(self, make_sync: Callable[[], ClassSync], parent: QObject) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[tuple[str, Callable[[ClassSync], Any]] | None] = queue.Queue()
        self._thread = threading.Thread(
            target=_work,
            args=(weakref.ref(self), self._jobs, make_sync),
            name="quizapp-class-sync",
        )
        self._thread.daemon = True  # a sync waiting on the network must not hold the app open
        self._thread.start()
        # Gone without stop() (a window let go): the thread ends after the job in hand.
        weakref.finalize(self, self._jobs.put, None)

    def submit(self, name: str, job: Callable[[ClassSync], Any]) -> None:
        self._jobs.put((name, job))

    def stop(self, wait_s: float = 0) -> None:
        """End the thread after the job in hand; wait up to ``wait_s`` for it."""
        self._jobs.put(None)
        if wait_s:
            self._thread.join(wait_s)

    def tell(self, outcome: tuple[str, Any], error: Exception | None) -> None:
        if shiboken6.isValid(self):
            with contextlib.suppress(RuntimeError):  # deleted in the meantime
                self.done.emit(outcome, error)


def _work(
    sender_ref: weakref.ref[_Sender],
    jobs: queue.Queue[tuple[str, Callable[[ClassSync], Any]] | None],
    make_sync: Callable[[], ClassSync],
) -> None:
    sync = None
    try:
        while True:
            item = jobs.get()  # idle, the thread only waits: it never touches Qt then
            if item is None:
                return
            name, job = item
            try:
                if sync is None:
                    sync = make_sync()
                outcome, error = (name, job(sync)), None
            except Exception as failure:  # reported on the GUI thread, never lost
                outcome, error = (name, None), failure
            sender = sender_ref()
            if sender is None:
                return
            sender.tell(outcome, error)
            del sender
    finally:
        if sync is not None:
            sync.close()


class ClassRoomView(WindowPart):
    """The window's class: its status label, its settings dialog, its sender."""

    status_changed = Signal(object)  # ClassStatus

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "classRoomView")
        self.status: ClassStatus | None = None
        self.dialog: ClassSettingsDialog | None = None
        self._sender: _Sender | None = None
        self._database: tuple[str, Path, Clock] | None = None  # known once the store is open
        self._sync_queued = False
        self._retry_ms = FIRST_RETRY_MS
        self._close_confirmed = False

        self.label = QLabel(window)
        self.label.setObjectName("classSyncStatusLabel")
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(window)
        self.action.setObjectName("classSettingsAction")
        self.action.triggered.connect(self.open_settings)
        self.timer = QTimer(self)
        self.timer.setObjectName("classSyncTimer")
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.request_sync)
        window.installEventFilter(self)
        self._retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("C&lass…"))
        self.label.setAccessibleName(self.tr("Class: sending answers"))
        if self.status is not None:
            self._show_status(self.status)

    # --- the sender ---------------------------------------------------------------------------

    def start(self, database_url: str, data_dir: Path, clock: Clock) -> None:
        """Know this window's database; start sending when this computer is in a class.

        A computer in no class gets no sender thread until it joins one.
        """
        self._database = (database_url, data_dir, clock)
        service = self._window.service
        if service is None:
            return
        from quizapp.service.class_room import class_linked

        engine = service.engine
        self._window._run(lambda: class_linked(engine), success=self._on_link_known)

    def _on_link_known(self, linked: bool) -> None:
        if linked:
            self._ensure_sender()
            self.request_sync()

    def _ensure_sender(self) -> _Sender | None:
        if self._sender is None and self._database is not None:
            database_url, data_dir, clock = self._database

            def make_sync() -> ClassSync:
                from quizapp.service.class_passwords import password_store
                from quizapp.service.class_room import ClassSync

                return ClassSync.for_database(database_url, clock, password_store(data_dir))

            self._sender = _Sender(make_sync, self)
            self._sender.done.connect(self._on_done)
        return self._sender

    def stop(self) -> None:
        if self._sender is not None:
            self._sender.stop(STOP_WAIT_S)
            self._sender = None
        self.timer.stop()

    @Slot()
    def request_sync(self) -> None:
        """Send what waits (and fetch the class's banks), unless a send is queued already."""
        if self._sender is None or self._sync_queued or self._database is None:
            return
        self._sync_queued = True
        from quizapp.paths import class_library_dir

        folder = class_library_dir(self._database[1])
        self._sender.submit("sync", lambda sync: _sync_and_pull(sync, folder))

    def _submit(self, name: str, job: Callable[[ClassSync], Any]) -> None:
        sender = self._ensure_sender()
        if sender is not None:
            sender.submit(name, job)

    @Slot(object, object)
    def _on_done(self, outcome: tuple[str, Any], error: Exception | None) -> None:
        name, result = outcome
        if name == "sync":
            self._sync_queued = False
        if error is not None:
            self._on_failed(name, error)
            return
        if name == "sync":
            status, pulled = result
            self._schedule_next(status)
            self._show_status(status)
            if pulled:
                self._window.sync_library()
        elif name in ("join", "leave", "status"):
            self._show_status(result)
            if name == "join":
                self.request_sync()
            if self.dialog is not None:
                self.dialog.joined(result) if name == "join" else self.dialog.show_status(result)

    def _on_failed(self, name: str, error: Exception) -> None:
        from quizapp.service.class_room import ClassError

        if name == "sync":
            self._schedule_next(None)
        if self.dialog is not None:
            self.dialog.failed(str(error) if isinstance(error, ClassError) else repr(error))
        elif name != "sync":
            show_message(Level.WARNING, str(error), parent=self._window)

    def _schedule_next(self, status: ClassStatus | None) -> None:
        if status is None or not status.linked:
            self.timer.stop()
            return
        if status.failure is None:
            self._retry_ms = FIRST_RETRY_MS
            self.timer.start(SYNC_EVERY_MS)
        else:
            self.timer.start(self._retry_ms)
            self._retry_ms = min(self._retry_ms * 2, LONGEST_RETRY_MS)

    def _show_status(self, status: ClassStatus) -> None:
        self.status = status
        self.label.setVisible(status.linked)
        text = status_line(status)
        self.label.setText(text)
        self.label.setToolTip(status.failure or "")
        self.label.setAccessibleDescription(text)
        self.status_changed.emit(status)

    # --- the dialog ---------------------------------------------------------------------------

    def attach_settings(self, dialog: SettingsDialog) -> None:
        """The Settings dialog's Class row: where this computer stands, and the way in."""
        status = self.status
        state = status_line(status)
        if status is not None and status.linked:
            state = self.tr("Class {name}: {state}").format(
                name=status.class_name or "", state=state
            )
        dialog.class_state.setText(state)
        dialog.class_requested.connect(lambda: self.open_settings(dialog))

    @Slot()
    def open_settings(self, parent: QWidget | None = None) -> None:
        dialog = ClassSettingsDialog(parent or self._window)
        dialog.join_requested.connect(self.join)
        dialog.leave_requested.connect(self.leave)
        dialog.sync_requested.connect(self.request_sync)
        self.status_changed.connect(dialog.show_status)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        if self.status is not None:
            dialog.show_status(self.status)
        self._submit("status", lambda sync: sync.status())
        dialog.open()

    @Slot()
    def _on_dialog_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    @Slot(str)
    def join(self, code: str) -> None:
        from quizapp.service.class_room import ClassError, is_teacher_code

        try:
            teacher = is_teacher_code(code)  # the teacher's desktop links no profile
        except ClassError as error:
            if self.dialog is not None:
                self.dialog.failed(str(error))
            return
        profile = self._window.profile
        if profile is None and not teacher:
            if self.dialog is not None:
                self.dialog.failed(self.tr("Choose your profile first, then join the class."))
            return
        profile_id = None if teacher or profile is None else profile.id
        self._submit("join", lambda sync: sync.join(code, profile_id))

    @Slot()
    def leave(self) -> None:
        def leave(sync: ClassSync) -> ClassStatus:
            sync.leave()
            return sync.status()

        self._submit("leave", leave)

    # --- closing ------------------------------------------------------------------------------

    def asks_before_closing(self, event: QCloseEvent) -> bool:
        """True (and the close put off) when answers have not reached the class yet."""
        status = self.status
        if self._close_confirmed or status is None or not status.answers_waiting:
            return False
        event.ignore()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Answers not sent yet"),
            self.tr(
                "%n answers have not reached the class yet. They are kept on this computer "
                "and sent the next time QuizApp can reach the class.",
                "",
                status.answers_waiting,
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            self._window,
        )
        box.setObjectName("classUnsentOnCloseBox")
        box.finished.connect(self._on_close_answer)
        box.open()
        self.close_box = box
        return True

    @Slot(int)
    def _on_close_answer(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Close:
            self._close_confirmed = True
            self._window.close()


def _sync_and_pull(sync: ClassSync, folder: Path) -> tuple[ClassStatus, bool]:
    """On the sender's thread: send, then fetch the class's banks; (status, banks changed)."""
    from quizapp.service.class_room import ClassError

    status = sync.sync().status
    if not status.linked or status.failure is not None:
        return status, False
    try:
        pulled = sync.pull_banks(folder)
    except ClassError:
        return sync.status(), False
    return status, bool(pulled.written or pulled.removed)


class ClassSettingsDialog(QDialog):
    """Settings → Class: join with a code, see what waits, send now, leave."""

    join_requested = Signal(str)
    leave_requested = Signal()
    sync_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("classSettingsPage")
        self.setWindowTitle(self.tr("Class"))
        self.setAccessibleName(self.tr("Class settings"))

        self.class_label = QLabel(self)
        self.class_label.setObjectName("classNameLabel")
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("classProfileLabel")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("classStateLabel")
        self.state_label.setWordWrap(True)
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("classProblemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setVisible(False)

        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("classJoinCodeEdit")
        self.code_edit.setAccessibleName(self.tr("Join code"))
        self.code_edit.setEchoMode(QLineEdit.EchoMode.Password)  # it carries a password
        self.code_edit.setPlaceholderText("QZC1-…")
        self.code_edit.textChanged.connect(self._update_buttons)
        self.join_button = QPushButton(self.tr("&Join"), self)
        self.join_button.setObjectName("classJoinButton")
        self.join_button.setAccessibleName(self.tr("Join the class"))
        self.join_button.clicked.connect(self._join)
        self.sync_button = QPushButton(self.tr("&Send now"), self)
        self.sync_button.setObjectName("classSyncNowButton")
        self.sync_button.setAccessibleName(self.tr("Send waiting answers now"))
        self.sync_button.clicked.connect(self.sync_requested)
        self.leave_button = QPushButton(self.tr("&Leave the class…"), self)
        self.leave_button.setObjectName("classLeaveButton")
        self.leave_button.setAccessibleName(self.tr("Leave the class"))
        self.leave_button.clicked.connect(self._ask_to_leave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        self._build_layout(buttons)
        self._linked = False
        self._teacher = False
        self._update_buttons()
        self.setMinimumWidth(520)

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        state = QGroupBox(self.tr("This computer"), self)
        form = QFormLayout(state)
        form.addRow(self.tr("Class:"), self.class_label)
        form.addRow(self.tr("Profile:"), self.profile_label)
        form.addRow(self.tr("Answers:"), self.state_label)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        form.addRow(row)

        self.join_group = QGroupBox(self.tr("Join a class"), self)
        join = QVBoxLayout(self.join_group)
        hint = QLabel(
            self.tr(
                "Paste the join code your teacher gave you. The current profile joins; "
                "its answers are then sent to the class, and the class's banks appear "
                "in your library. With the teacher's own code, this computer becomes the "
                "teacher's: its statistics cover the whole class."
            ),
            self.join_group,
        )
        hint.setWordWrap(True)
        code_label = QLabel(self.tr("Join &code:"), self.join_group)
        code_label.setBuddy(self.code_edit)
        code_row = QHBoxLayout()
        code_row.addWidget(code_label)
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.join_button)
        join.addWidget(hint)
        join.addLayout(code_row)

        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(state)
        layout.addWidget(self.join_group)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)

    @Slot(object)
    def show_status(self, status: ClassStatus) -> None:
        self._linked = status.linked
        self._teacher = status.teacher
        self.class_label.setText(status.class_name or self.tr("none"))
        teacher = self.tr("The class's teacher: statistics and exports read every student")
        self.profile_label.setText(teacher if status.teacher else status.profile_name or "—")
        self.state_label.setText(status_line(status))
        self.join_group.setVisible(not status.linked)
        if status.failure:
            self._show_problem(status.failure)
        else:
            self.problem_label.setVisible(False)
        self._update_buttons()
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as what shows: joining hides the join group, a problem adds a line."""
        self._layout.activate()
        self.resize(self.width(), self._layout.totalHeightForWidth(self.width()))

    def joined(self, status: ClassStatus) -> None:
        self.code_edit.clear()
        self.show_status(status)

    def failed(self, message: str) -> None:
        self.join_button.setEnabled(bool(self.code_edit.text().strip()))
        self._show_problem(message)

    def _show_problem(self, message: str) -> None:
        # Plain text: a server's message is never read as markup.
        self.problem_label.setTextFormat(self.problem_label.textFormat().PlainText)
        self.problem_label.setText(message)
        self.problem_label.setVisible(True)
        self._fit_height()

    @Slot()
    def _join(self) -> None:
        code = self.code_edit.text().strip()
        if code:
            self.join_button.setEnabled(False)
            self.problem_label.setVisible(False)
            self.join_requested.emit(code)

    @Slot()
    def _ask_to_leave(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Leave the class"),
            self.tr(
                "This computer stops sending answers to the class. What was sent stays "
                "with the teacher; answers not sent yet stay only on this computer."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("classLeaveConfirmBox")
        box.finished.connect(self._on_leave_answer)
        box.open()
        self.leave_box = box

    @Slot(int)
    def _on_leave_answer(self, result: int) -> None:
        if result == QMessageBox.StandardButton.Yes:
            self.leave_requested.emit()

    @Slot()
    def _update_buttons(self) -> None:
        self.join_button.setEnabled(not self._linked and bool(self.code_edit.text().strip()))
        self.sync_button.setEnabled(self._linked and not self._teacher)
        self.leave_button.setEnabled(self._linked)
