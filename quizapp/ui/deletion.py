"""Nothing deleted by accident: deleting a profile or an attempt asks first, naming what goes,
and needs the teacher PIN when one is set.

:class:`Deleter` (one per window) runs the flow: what would go is read on the
worker; a question names it, "Keep" the default and Escape's answer; with a PIN
set, :class:`~quizapp.ui.pin_dialog.TeacherPinDialog` asks for it (again when
wrong); the deletion runs on the worker; ``deleted(kind, id)`` says it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Signal, Slot
from PySide6.QtWidgets import QAbstractButton, QMessageBox

from quizapp.ui.pin_dialog import TeacherPinDialog
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.service.app import QuizService
    from quizapp.service.types import AttemptDeletion, ProfileDeletion
    from quizapp.ui.main_window import MainWindow

PROFILE = "profile"
ATTEMPT = "attempt"


def _local_time(instant: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(instant.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


class Deleter(WindowPart):
    """Deletes a profile or an attempt for ``window``, after asking (and the PIN)."""

    deleted = Signal(str, str)  # PROFILE or ATTEMPT, and its id (a profile's as text)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "deleter")
        self.question: QMessageBox | None = None
        self.pin_dialog: TeacherPinDialog | None = None
        self._pending: tuple[str, Any] | None = None  # (kind, id) asked about
        self._pin_set = False

    @property
    def _service(self) -> QuizService | None:
        return self._window.service

    # --- asking --------------------------------------------------------------------------

    def delete_profile(self, profile_id: int) -> None:
        """Ask to delete the profile, naming its attempts and answers; then delete it."""
        service = self._service
        if service is None or self._pending is not None:
            return
        self._pending = (PROFILE, profile_id)
        self._window._run(
            lambda: (service.profile_deletion(profile_id), service.pin_is_set()),
            success=self._ask_about_profile,
            failure=self._on_failed,
        )

    def delete_attempt(self, attempt_id: str) -> None:
        """Ask to delete the attempt, naming its student, bank, day and answers; then delete it."""
        service = self._service
        if service is None or self._pending is not None:
            return
        self._pending = (ATTEMPT, attempt_id)
        self._window._run(
            lambda: (service.attempt_deletion(attempt_id), service.pin_is_set()),
            success=self._ask_about_attempt,
            failure=self._on_failed,
        )

    def _ask_about_profile(self, found: tuple[ProfileDeletion, bool]) -> None:
        summary, self._pin_set = found
        self._ask(
            self.tr("Delete the profile “{name}”?").format(name=summary.name),
            self.tr(
                "Its {attempts} attempts with {answers} answers, its scores and its study "
                "progress are deleted with it. This cannot be undone."
            ).format(attempts=summary.attempts, answers=summary.answers),
            self.tr("Delete profile"),
        )

    def _ask_about_attempt(self, found: tuple[AttemptDeletion, bool]) -> None:
        summary, self._pin_set = found
        self._ask(
            self.tr("Delete {name}'s attempt at “{bank}” of {when}?").format(
                name=summary.profile, bank=summary.bank_title, when=_local_time(summary.started_at)
            ),
            self.tr(
                "Its {answers} answers and its score are deleted with it. This cannot be undone."
            ).format(answers=summary.answers),
            self.tr("Delete attempt"),
        )

    def _ask(self, text: str, details: str, delete_text: str) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("deleteQuestion")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete"))
        box.setText(text)
        box.setInformativeText(details)
        box.setAccessibleName(text)
        delete = box.addButton(delete_text, QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDeleteButton")
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.buttonClicked.connect(self._on_answered)
        box.finished.connect(box.deleteLater)
        self.question = box
        box.open()

    @Slot(QAbstractButton)
    def _on_answered(self, button: QAbstractButton) -> None:
        self.question = None
        if button.objectName() != "confirmDeleteButton":
            self._pending = None
            return
        if self._pin_set:
            self._ask_pin(wrong=False)
        else:
            self._delete(None)

    def _ask_pin(self, *, wrong: bool) -> None:
        dialog = TeacherPinDialog(wrong=wrong, parent=self._window)
        if not wrong:
            dialog.message.setText(self.tr("Deleting needs the teacher PIN."))
        dialog.accepted.connect(self._on_pin_typed)
        dialog.rejected.connect(self._on_pin_cancelled)
        dialog.finished.connect(dialog.deleteLater)
        self.pin_dialog = dialog
        dialog.open()

    @Slot()
    def _on_pin_typed(self) -> None:
        dialog, self.pin_dialog = self.pin_dialog, None
        if dialog is not None:
            self._delete(dialog.pin())

    @Slot()
    def _on_pin_cancelled(self) -> None:
        self.pin_dialog = None
        self._pending = None

    # --- deleting ------------------------------------------------------------------------

    def _delete(self, pin: str | None) -> None:
        service, pending = self._service, self._pending
        if service is None or pending is None:
            return
        kind, key = pending
        op: Callable[[], None] = (
            (lambda: service.delete_profile(key, pin=pin))
            if kind == PROFILE
            else (lambda: service.delete_attempt(key, pin=pin))
        )
        self._window._run(op, success=self._on_deleted, failure=self._on_failed)

    def _on_deleted(self, _none: None) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            self.deleted.emit(pending[0], str(pending[1]))

    def _on_failed(self, error: Exception) -> None:
        from quizapp.service.errors import WrongPinError

        if isinstance(error, WrongPinError):
            self._ask_pin(wrong=True)
            return
        self._pending = None
        from quizapp.ui.messages import show_exception

        show_exception(error, parent=self._window)
