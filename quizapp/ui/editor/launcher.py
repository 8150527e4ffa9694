"""The main window's way into the bank editor: a new bank from a template, one editor per file."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMainWindow

from quizapp.ui.editor.bank_editor import BankEditor
from quizapp.ui.messages import Level, show_message
from quizapp.ui.settings_dialog import save_file_dialog

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug_of(name: str) -> str:
    """A bank id made from a file name: ``"Year 5 — Solar"`` -> ``"year-5-solar"``."""
    slug = _NOT_SLUG.sub("-", name.lower()).strip("-")[:64].strip("-")
    return slug or "bank"


class EditorLauncher(QObject):
    """The editors the main window opened, one per file, and the making of a new bank."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        library_dirs: Callable[[], list[Path]],
        on_saved: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._library_dirs = library_dirs
        self._on_saved = on_saved
        self._editors: dict[Path, BankEditor] = {}
        self.new_bank_dialog: QFileDialog | None = None

    @property
    def editors(self) -> list[BankEditor]:
        return list(self._editors.values())

    def open(self, path: Path, question_id: str | None = None) -> BankEditor:
        """The editor of ``path`` (one per file), brought forward, at ``question_id`` if given."""
        key = path.resolve()
        editor = self._editors.get(key)
        if editor is None:
            editor = self._new_editor(key)
            editor.open_file(path, question_id)
        elif question_id is not None:
            editor.select_question(question_id)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _new_editor(self, key: Path) -> BankEditor:
        editor = BankEditor(self._window)
        editor.saved.connect(self._on_editor_saved)
        editor.destroyed.connect(self._forget_deleted)
        self._editors[key] = editor
        return editor

    @Slot(str)
    def _on_editor_saved(self, path: str) -> None:
        editor = self.sender()
        for key, known in list(self._editors.items()):
            if known is editor and key != Path(path).resolve():  # saved under another name
                del self._editors[key]
                self._editors[Path(path).resolve()] = known
        self._on_saved()

    @Slot()
    def _forget_deleted(self) -> None:
        self._editors = {k: e for k, e in self._editors.items() if e is not self.sender()}

    def unsaved_editor(self) -> BankEditor | None:
        """An open editor with changes not saved (the window asks it before quitting)."""
        for editor in self._editors.values():
            if editor.isVisible() and editor.has_unsaved_changes:
                return editor
        return None

    # --- a new bank ----------------------------------------------------------------------

    @Slot()
    def ask_for_new_bank(self) -> None:
        dialog = save_file_dialog(
            self._window,
            self.tr("New bank: choose its file"),
            name="newBankDialog",
            name_filter=self.tr("Question banks (*.yaml *.yml)"),
            suffix="yaml",
        )
        folders = self._library_dirs()
        if folders:
            dialog.setDirectory(str(folders[-1]))
        dialog.fileSelected.connect(self.create_new_bank)
        self.new_bank_dialog = dialog
        dialog.open()

    @Slot(str)
    def create_new_bank(self, chosen: str) -> BankEditor | None:
        """An editor over a small valid bank, to be saved to ``chosen`` (never over a file)."""
        from quizapp.service.authoring import new_bank_data

        path = Path(chosen)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        if path.exists():
            show_message(
                Level.WARNING,
                self.tr("{name} already exists; choose another name, or edit that bank.").format(
                    name=path.name
                ),
                parent=self._window,
            )
            return None
        data = new_bank_data(slug_of(path.stem), path.stem, _bank_language())
        editor = self._new_editor(path.resolve())
        editor.start_new(path, data)
        editor.question_model.questions[0].update(
            editor.starter_texts(editor.question_model.questions[0])
        )
        editor.question_form.set_question(editor.question_model.questions[0])
        editor.check_now()
        if not any(_inside(path, folder) for folder in self._library_dirs()):
            editor.statusBar().showMessage(
                self.tr(
                    "This file is outside the library folders: add its folder in Settings "
                    "to see the bank in the library."
                )
            )
        editor.show()
        return editor


def _bank_language() -> str:
    from PySide6.QtCore import QLocale

    language = QLocale().name().split("_")[0]
    return language if re.fullmatch(r"[a-z]{2,3}", language) else "en"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
