"""The dialogs of backing up and restoring: file choosers, the question before a
restore, the offer of a backup when the data is damaged, and the words for refusals.

Each dialog is made here and opened by the main window (``open()``, never
``exec()``); the work itself runs on the worker through the service layer.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from quizapp.service.types import DatabaseHealth

BACKUP_PATH_PROPERTY = "backupPath"


def _file_filter() -> str:
    return QCoreApplication.translate("Backups", "QuizApp backups (*.db);;All files (*)")


def backup_file_dialog(parent: QWidget, folder: Path, suggested: str) -> QFileDialog:
    """Where to save a backup; ``fileSelected`` says where."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("Backups", "Back up your data"),
        str(folder / suggested),
        _file_filter(),
    )
    dialog.setObjectName("backupFileDialog")
    dialog.setAccessibleName(QCoreApplication.translate("Backups", "Back up your data"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix("db")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def restore_file_dialog(parent: QWidget, folder: Path) -> QFileDialog:
    """Which backup to restore; ``fileSelected`` says which."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate("Backups", "Restore from a backup"),
        str(folder),
        _file_filter(),
    )
    dialog.setObjectName("restoreFileDialog")
    dialog.setAccessibleName(QCoreApplication.translate("Backups", "Restore from a backup"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


def restore_confirm_box(parent: QWidget, path: str) -> QMessageBox:
    """Asks before a restore; accepted through the button named ``restoreConfirmButton``."""
    box = _box(
        parent,
        "restoreConfirmDialog",
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Backups", "Restore your data"),
    )
    box.setText(
        QCoreApplication.translate("Backups", "Replace your data with the backup {file}?").format(
            file=path
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "Everything stored since that backup was made is replaced. Your data as it is now "
            "is backed up first.",
        )
    )
    _buttons(
        box,
        ("restoreConfirmButton", QCoreApplication.translate("Backups", "Restore")),
        ("restoreCancelButton", QCoreApplication.translate("Backups", "Cancel")),
    )
    box.setProperty(BACKUP_PATH_PROPERTY, path)
    return box


def damaged_data_box(parent: QWidget, health: DatabaseHealth) -> QMessageBox:
    """Says the data is damaged and untouched; offers the newest good backup when there is one."""
    from quizapp.storage import StorageError, StorageProblem
    from quizapp.ui.messages import storage_text

    box = _box(
        parent,
        "damagedDataDialog",
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Backups", "Your data is damaged"),
    )
    # The words every storage problem is said in (quizapp.ui.messages), then the offer.
    box.setText(storage_text(StorageError(StorageProblem.DAMAGED, str(health.file))))
    good = health.newest_good
    if good is None:
        box.setInformativeText(
            QCoreApplication.translate(
                "Backups",
                "No backup without damage was found. Ask your teacher or administrator for help.",
            )
        )
        _buttons(box, None, ("damagedCloseButton", QCoreApplication.translate("Backups", "Close")))
        return box
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "The newest backup without damage was made on {date}. Restore it? The damaged "
            "file is kept in the backups folder.",
        ).format(date=_when(good.made_at))
    )
    _buttons(
        box,
        ("restoreBackupButton", QCoreApplication.translate("Backups", "Restore backup")),
        ("notNowButton", QCoreApplication.translate("Backups", "Not now")),
    )
    box.setProperty(BACKUP_PATH_PROPERTY, str(good.path))
    return box


def accepted(box: QMessageBox) -> bool:
    """Whether the box was closed with its accepting button."""
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


def refusal_text(error: Exception) -> str:
    """A refused backup or restore, in the user's language."""
    from quizapp.service import errors

    path = str(getattr(error, "path", ""))
    if isinstance(error, errors.NotQuizAppDatabaseError):
        return QCoreApplication.translate(
            "Backups", "{file} is not a QuizApp backup. Nothing was changed."
        ).format(file=path)
    if isinstance(error, errors.NewerDatabaseError):
        return QCoreApplication.translate(
            "Backups",
            "{file} was made by a newer version of QuizApp. Nothing was changed; restore it "
            "with that version.",
        ).format(file=path)
    if isinstance(error, errors.DamagedBackupError):
        return QCoreApplication.translate(
            "Backups", "{file} is damaged. Nothing was changed."
        ).format(file=path)
    if isinstance(error, errors.NoDatabaseYetError):
        return QCoreApplication.translate("Backups", "There is no data to back up yet.")
    if isinstance(error, errors.BackupUnavailableError):
        return QCoreApplication.translate(
            "Backups", "QuizApp backs up its own database file only, and this one is elsewhere."
        )
    return str(error)


def _box(parent: QWidget, name: str, icon: QMessageBox.Icon, title: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def _buttons(box: QMessageBox, accept: tuple[str, str] | None, reject: tuple[str, str]) -> None:
    if accept is not None:
        button = box.addButton(accept[1], QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(accept[0])
        button.setAccessibleName(accept[1])
    keep = box.addButton(reject[1], QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName(reject[0])
    keep.setAccessibleName(reject[1])
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)


def _when(instant: datetime) -> str:
    local = QDateTime.fromSecsSinceEpoch(int(instant.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.LongFormat)
