"""Preferences: the app's language, the folders of the library, and the teacher PIN.

The main window applies what is chosen when the dialog is accepted: a new
language at once, everywhere; new library folders by reading the library again.
A PIN is set, changed or removed at once (``pin_change_requested``; the main
window asks the service on the worker and answers with :meth:`set_pin_state`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.pin_dialog import PinChange, PinEditDialog
from quizapp.ui.settings import SYSTEM_LANGUAGE
from quizapp.ui.study_glance import RetentionBox

_FOLDER_ROLE = Qt.ItemDataRole.UserRole
_REMOVABLE_ROLE = Qt.ItemDataRole.UserRole + 1


class SettingsDialog(QDialog):
    """Edit the language and the user's library folders; read them back after ``accepted``."""

    # What to do with the teacher PIN (a PinChange value), the current PIN, the new one.
    pin_change_requested = Signal(str, str, str)
    class_requested = Signal()  # the Class dialog (the window's class view opens it)

    def __init__(
        self,
        *,
        language: str,
        fixed_folders: Sequence[Path],
        user_folders: Sequence[Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(self.tr("Language of QuizApp"))
        self.language_combo.addItem(self.tr("System language"), SYSTEM_LANGUAGE)
        # Each language is named in itself, so it can be found whatever the current language.
        self.language_combo.addItem("English", "en")
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

        self.folders_list = QListWidget(self)
        self.folders_list.setObjectName("libraryFoldersList")
        self.folders_list.setAccessibleName(self.tr("Library folders"))
        self.folders_list.currentItemChanged.connect(self._update_buttons)
        for folder in fixed_folders:
            self._add_item(folder, removable=False)
        for folder in user_folders:
            self._add_item(folder, removable=True)

        self.add_button = QPushButton(self.tr("Add folder…"), self)
        self.add_button.setObjectName("addFolderButton")
        self.add_button.clicked.connect(self._choose_folder)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeFolderButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected folder"))
        self.remove_button.clicked.connect(self.remove_selected_folder)

        self._build_pin_buttons()
        self.study_box = RetentionBox(self)  # the profile's; filled by the main window
        self.class_state = QLabel(self)  # filled by the window's class view
        self.class_state.setObjectName("settingsClassStateLabel")
        self.class_state.setWordWrap(True)
        self.class_button = QPushButton(self.tr("&Class…"), self)
        self.class_button.setObjectName("classSettingsButton")
        self.class_button.setAccessibleName(self.tr("Class settings"))
        self.class_button.clicked.connect(self.class_requested)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self._build_layout(buttons)
        self._update_buttons()
        self.set_pin_state(None)
        self.resize(560, 580)

    def _build_layout(self, buttons: QDialogButtonBox) -> None:
        language_form = QFormLayout()
        language_form.addRow(self.tr("&Language:"), self.language_combo)

        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.add_button)
        folder_buttons.addWidget(self.remove_button)
        folder_buttons.addStretch(1)
        library = QGroupBox(self.tr("Library folders"), self)
        library_layout = QVBoxLayout(library)
        hint = QLabel(
            self.tr(
                "QuizApp reads every bank file in these folders and their subfolders. "
                "The first folders are always included."
            ),
            library,
        )
        hint.setWordWrap(True)
        library_layout.addWidget(hint)
        library_layout.addWidget(self.folders_list)
        library_layout.addLayout(folder_buttons)

        pin_box = QGroupBox(self.tr("Teacher PIN"), self)
        pin_box.setObjectName("teacherPinGroup")
        pin_layout = QVBoxLayout(pin_box)
        pin_layout.addWidget(self.pin_status)
        pin_buttons = QHBoxLayout()
        for button in (self.set_pin_button, self.change_pin_button, self.remove_pin_button):
            pin_buttons.addWidget(button)
        pin_buttons.addStretch(1)
        pin_layout.addLayout(pin_buttons)

        class_box = QGroupBox(self.tr("Class"), self)
        class_box.setObjectName("settingsClassGroup")
        class_row = QHBoxLayout(class_box)
        class_row.addWidget(self.class_state, 1)
        class_row.addWidget(self.class_button)

        layout = QVBoxLayout(self)
        layout.addLayout(language_form)
        layout.addWidget(library, 1)
        layout.addWidget(self.study_box)
        layout.addWidget(pin_box)
        layout.addWidget(class_box)
        layout.addWidget(buttons)

    def _build_pin_buttons(self) -> None:
        self.pin_status = QLabel(self)
        self.pin_status.setObjectName("pinStatusLabel")
        self.pin_status.setWordWrap(True)
        self.set_pin_button = QPushButton(self.tr("Set &PIN…"), self)
        self.set_pin_button.setObjectName("setPinButton")
        self.set_pin_button.setAccessibleName(self.tr("Set a teacher PIN"))
        self.set_pin_button.clicked.connect(self._set_pin)
        self.change_pin_button = QPushButton(self.tr("C&hange PIN…"), self)
        self.change_pin_button.setObjectName("changePinButton")
        self.change_pin_button.setAccessibleName(self.tr("Change the teacher PIN"))
        self.change_pin_button.clicked.connect(self._change_pin)
        self.remove_pin_button = QPushButton(self.tr("Remo&ve PIN…"), self)
        self.remove_pin_button.setObjectName("removePinButton")
        self.remove_pin_button.setAccessibleName(self.tr("Remove the teacher PIN"))
        self.remove_pin_button.clicked.connect(self._remove_pin)

    def set_pin_state(self, pin_set: bool | None) -> None:
        """Whether a teacher PIN is set (None: not known yet); the PIN buttons follow."""
        self._pin_set = pin_set
        if pin_set is None:
            self.pin_status.setText(self.tr("Looking for a teacher PIN…"))
        elif pin_set:
            self.pin_status.setText(
                self.tr("A teacher PIN is set: the statistics page and exports ask for it.")
            )
        else:
            self.pin_status.setText(
                self.tr(
                    "No teacher PIN is set. A PIN keeps classmates out of the teacher's view "
                    "on a shared computer account."
                )
            )
        self.set_pin_button.setVisible(pin_set is not True)
        self.set_pin_button.setEnabled(pin_set is False)
        self.change_pin_button.setVisible(pin_set is True)
        self.remove_pin_button.setVisible(pin_set is True)

    @property
    def pin_set(self) -> bool | None:
        return self._pin_set

    @Slot()
    def _set_pin(self) -> None:
        self.open_pin_dialog(PinChange.SET)

    @Slot()
    def _change_pin(self) -> None:
        self.open_pin_dialog(PinChange.CHANGE)

    @Slot()
    def _remove_pin(self) -> None:
        self.open_pin_dialog(PinChange.REMOVE)

    def open_pin_dialog(self, change: PinChange) -> PinEditDialog:
        dialog = PinEditDialog(change, self)
        dialog.accepted.connect(self._on_pin_dialog_accepted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def _on_pin_dialog_accepted(self) -> None:
        dialog = self.sender()
        if isinstance(dialog, PinEditDialog):
            self.set_pin_state(None)
            self.pin_change_requested.emit(
                dialog.change.value, dialog.old_pin() or "", dialog.new_pin() or ""
            )

    def _add_item(self, folder: Path, *, removable: bool) -> None:
        item = QListWidgetItem(str(folder), self.folders_list)
        item.setData(_FOLDER_ROLE, str(folder))
        if not removable:
            item.setText(self.tr("{folder} (always included)").format(folder=folder))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(self.tr("This folder is always part of the library."))
        item.setData(_REMOVABLE_ROLE, removable)

    def _folders(self, *, removable: bool) -> list[Path]:
        folders = []
        for row in range(self.folders_list.count()):
            item = self.folders_list.item(row)
            if bool(item.data(_REMOVABLE_ROLE)) == removable:
                folders.append(Path(str(item.data(_FOLDER_ROLE))))
        return folders

    # --- what the user chose -------------------------------------------------------------

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def user_folders(self) -> list[Path]:
        return self._folders(removable=True)

    def add_folder(self, folder: Path) -> bool:
        """Add ``folder`` unless it is already in the list; True when added."""
        if folder in self._folders(removable=True) or folder in self._folders(removable=False):
            return False
        self._add_item(folder, removable=True)
        self.folders_list.setCurrentRow(self.folders_list.count() - 1)
        return True

    @Slot()
    def remove_selected_folder(self) -> None:
        item = self.folders_list.currentItem()
        if item is not None and item.data(_REMOVABLE_ROLE):
            self.folders_list.takeItem(self.folders_list.row(item))
        self._update_buttons()

    @Slot()
    def _choose_folder(self) -> None:
        dialog = folder_dialog(self, self.tr("Add a folder of bank files"))
        dialog.fileSelected.connect(self._on_folder_chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot(str)
    def _on_folder_chosen(self, chosen: str) -> None:
        if chosen:
            self.add_folder(Path(chosen))

    @Slot()
    def _update_buttons(self) -> None:
        item = self.folders_list.currentItem()
        self.remove_button.setEnabled(item is not None and bool(item.data(_REMOVABLE_ROLE)))


def save_file_dialog(
    parent: QWidget,
    title: str,
    *,
    name: str,
    name_filter: str,
    suffix: str,
    suggested: str | None = None,
) -> QFileDialog:
    """A dialog that asks where to save a file: Qt's own, as :func:`folder_dialog` says why.

    ``name`` is its objectName; ``suffix`` is added to a name typed without one.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName(name)
    dialog.setAccessibleName(title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    if suggested is not None:
        dialog.selectFile(suggested)
    return dialog


def folder_dialog(parent: QWidget, title: str) -> QFileDialog:
    """A dialog that picks one folder: Qt's own, not the system's, so it speaks the app's language.

    The system's dialog follows the system's language, and Qt's has no Indonesian
    catalogue; its words are in QuizApp's (``quizapp/ui/qt_strings.py``).
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("folderDialog")
    dialog.setAccessibleName(title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    return dialog
