"""File → Import… and Export…: questions from Moodle (GIFT, Aiken, XML) into the library,
and a bank out to GIFT.

Import: the teacher chooses a file, then the library folder the bank goes into;
the conversion runs on the worker (``quizapp.service.convert``, the same use case
as ``quizapp convert``) while a dialog says so; the result dialog lists every
problem as the command line does, in the app's language. A refused file writes
nothing. A converted bank is written whole as ``ID.yaml`` into the folder (an
existing file is replaced only when the teacher says so) and the library syncs.

Export: the bank selected in the library is written as GIFT where the teacher
says, and what GIFT cannot hold is listed the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.messages import Level, show_exception, show_message
from quizapp.ui.window_part import WindowPart

if TYPE_CHECKING:
    from quizapp.service.convert import ConvertResult
    from quizapp.ui.main_window import MainWindow


def import_filters() -> list[str]:
    """The kinds of file Import reads, as file dialog filters; the first shows all of them."""
    return [
        QCoreApplication.translate(
            "Interchange", "Question files (*.gift *.txt *.xml *.yaml *.yml)"
        ),
        QCoreApplication.translate("Interchange", "Moodle GIFT (*.gift *.txt)"),
        QCoreApplication.translate("Interchange", "Aiken (*.txt)"),
        QCoreApplication.translate("Interchange", "Moodle XML (*.xml)"),
        QCoreApplication.translate("Interchange", "QuizApp banks (*.yaml *.yml)"),
    ]


@dataclass(frozen=True)
class _Imported:
    result: ConvertResult
    written: Path | None  # None when refused, or when the file exists and was not replaced


class InterchangeDialog(QDialog):
    """Says that a conversion is running, then what came of it, with every problem."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("interchangeDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(560)
        self.summary = QLabel(self)
        self.summary.setObjectName("interchangeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("interchangeProgress")
        self.progress.setAccessibleName(self.tr("Converting"))
        self.progress.setRange(0, 0)  # busy: a conversion does not know its length
        self.problems_view = QListWidget(self)
        self.problems_view.setObjectName("interchangeProblemsView")
        self.problems_view.setAccessibleName(self.tr("Problems found"))
        self.problems_view.setWordWrap(True)
        self.problems_view.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("interchangeButtons")
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("interchangeCloseButton")
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems_view, 1)
        layout.addWidget(self.buttons)

    def show_running(self, text: str) -> None:
        self.summary.setText(text)
        self.progress.setVisible(True)

    def show_done(self, text: str, problem_lines: list[str]) -> None:
        self.summary.setText(text)
        self.progress.setVisible(False)
        self.problems_view.clear()
        self.problems_view.addItems(problem_lines)
        self.problems_view.setVisible(bool(problem_lines))
        if problem_lines:
            self.resize(max(self.width(), 760), max(self.height(), 360))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setEnabled(True)
        close.setFocus()

    def problem_lines(self) -> list[str]:
        return [self.problems_view.item(i).text() for i in range(self.problems_view.count())]


class Interchange(WindowPart):
    """Import and export for ``window`` (its child; one per window)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, "interchange")
        self.dialog: InterchangeDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self._source: Path | None = None
        self._source_format: str | None = None
        self._export_bank: Path | None = None

    # --- import -------------------------------------------------------------------------

    @Slot()
    def choose_import(self) -> None:
        """Ask for the file to import, then for the library folder."""
        filters = import_filters()
        dialog = QFileDialog(self._window, self.tr("Import questions"), "", ";;".join(filters))
        dialog.setObjectName("importFileDialog")
        dialog.setAccessibleName(self.tr("Import questions"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_import_file_chosen)
        self.file_dialog = dialog
        dialog.open()

    @Slot(str)
    def _on_import_file_chosen(self, path: str) -> None:
        from quizapp.ui.settings_dialog import folder_dialog

        chosen_filter = self.file_dialog.selectedNameFilter() if self.file_dialog else ""
        self._source = Path(path)
        self._source_format = _format_for(Path(path), chosen_filter)
        dialog = folder_dialog(self._window, self.tr("Choose the library folder for the bank"))
        dialog.setObjectName("importFolderDialog")
        folders = self._window.library_dirs()
        user_folders = folders[1:] or folders
        if user_folders:
            dialog.setDirectory(str(user_folders[-1]))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_import_folder_chosen)
        dialog.open()

    @Slot(str)
    def _on_import_folder_chosen(self, folder: str) -> None:
        if self._source is not None:
            self.import_file(self._source, Path(folder), source_format=self._source_format)

    def import_file(
        self,
        source: Path,
        folder: Path,
        *,
        source_format: str | None = None,
        replace: bool = False,
    ) -> None:
        """Convert ``source`` into a bank in ``folder``, on the worker; the dialog says how."""
        self._source, self._source_format = source, source_format
        self._folder = folder
        dialog = self._open_dialog(self.tr("Import questions"))
        dialog.show_running(self.tr("Converting {file}…").format(file=source.name))
        self._window._run(
            lambda: _import(source, folder, source_format, replace),
            success=self._on_imported,
            failure=self._on_failed,
        )

    def _on_imported(self, imported: _Imported) -> None:
        from quizapp.ui.pages.library_page import problem_line

        result = imported.result
        assert self._source is not None
        lines = [problem_line(self._source.name, problem) for problem in result.problems]
        dialog = self._open_dialog(self.tr("Import questions"))
        if result.refused:
            dialog.show_done(
                self.tr("{file} could not be converted; nothing was written.").format(
                    file=self._source.name
                ),
                lines,
            )
            return
        if imported.written is None:
            dialog.show_done(self.tr("Nothing was imported."), lines)
            self._ask_to_replace(self._folder / f"{result.bank_id}.yaml")
            return
        dialog.show_done(
            self.tr("“{title}” imported into {file}. Questions: {count}.").format(
                title=result.title, file=str(imported.written), count=result.question_count
            ),
            lines,
        )
        self._add_to_library(self._folder)
        self._window.sync_library()

    def _add_to_library(self, folder: Path) -> None:
        """A folder outside the library becomes one of its folders, so the bank shows."""
        window = self._window
        resolved = folder.resolve()
        inside = any(resolved.is_relative_to(f.resolve()) for f in window.library_dirs())
        if not inside:
            preferences = window.preferences
            preferences.set_library_folders([*preferences.library_folders(), folder])

    def _ask_to_replace(self, target: Path) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("importReplaceDialog")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import questions"))
        box.setText(self.tr("{file} already exists. Replace it?").format(file=str(target)))
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        replace.setObjectName("importReplaceButton")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("importKeepButton")
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(self._on_replace_chosen)
        self.replace_box = box
        box.open()

    @Slot()
    def _on_replace_chosen(self) -> None:
        if self._source is not None:
            self.import_file(
                self._source, self._folder, source_format=self._source_format, replace=True
            )

    # --- export -------------------------------------------------------------------------

    @Slot()
    def choose_export(self) -> None:
        """Ask where to write the bank selected in the library as GIFT."""
        bank = self._selected_bank_path()
        if bank is None:
            show_message(
                Level.INFO, self.tr("Select a bank in the library first."), parent=self._window
            )
            return
        self._export_bank = bank
        dialog = QFileDialog(
            self._window,
            self.tr("Export bank"),
            str(bank.with_suffix(".gift")),
            ";;".join(self._export_filters()),
        )
        dialog.setObjectName("exportFileDialog")
        dialog.setAccessibleName(self.tr("Export bank"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("gift")
        dialog.filterSelected.connect(self._on_export_filter_chosen)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._on_export_file_chosen)
        self.file_dialog = dialog
        dialog.open()

    def _export_filters(self) -> list[str]:
        """GIFT, and an Anki deck when this build writes one (``WRITERS`` has "apkg")."""
        from quizapp.service.convert import WRITERS

        filters = [self.tr("Moodle GIFT (*.gift *.txt)")]
        if "apkg" in WRITERS:
            filters.append(self.tr("Anki deck (*.apkg)"))
        return filters

    @Slot(str)
    def _on_export_filter_chosen(self, chosen: str) -> None:
        if self.file_dialog is not None:
            self.file_dialog.setDefaultSuffix("apkg" if "*.apkg" in chosen else "gift")

    def _selected_bank_path(self) -> Path | None:
        page = self._window.library_page
        bank_id = page.selected_bank_id()
        row = page.model.row_for(bank_id) if bank_id else None
        return Path(row.path) if row is not None and row.path else None

    @Slot(str)
    def _on_export_file_chosen(self, path: str) -> None:
        if self._export_bank is not None:
            self.export_bank(self._export_bank, Path(path))

    def export_bank(self, bank: Path, output: Path) -> None:
        """Write the bank file ``bank`` to ``output``, as an Anki deck when it is named
        ``.apkg`` and as GIFT otherwise (the save dialog asked before replacing a file),
        on the worker."""
        self._export_bank = bank
        dialog = self._open_dialog(self.tr("Export bank"))
        dialog.show_running(self.tr("Writing {file}…").format(file=output.name))
        self._window._run(
            lambda: _export(bank, output), success=self._on_exported, failure=self._on_failed
        )

    def _on_exported(self, exported: _Imported) -> None:
        from quizapp.ui.pages.library_page import problem_line

        assert self._export_bank is not None
        result = exported.result
        lines = [problem_line(self._export_bank.name, problem) for problem in result.problems]
        dialog = self._open_dialog(self.tr("Export bank"))
        if exported.written is None:
            dialog.show_done(self.tr("The bank could not be exported."), lines)
            return
        dialog.show_done(
            self.tr("“{title}” written to {file}.").format(
                title=result.title, file=str(exported.written)
            ),
            lines,
        )

    # --- both ---------------------------------------------------------------------------

    def _open_dialog(self, title: str) -> InterchangeDialog:
        if self.dialog is None:
            self.dialog = InterchangeDialog(self._window, title)
        self.dialog.setWindowTitle(title)
        if not self.dialog.isVisible():
            self.dialog.open()
        return self.dialog

    def _on_failed(self, error: Exception) -> None:
        from quizapp.service.convert import ConvertUsageError

        dialog = self._open_dialog(self.dialog.windowTitle() if self.dialog else "")
        if isinstance(error, ConvertUsageError | OSError):
            dialog.show_done(self.tr("Nothing was written: {reason}").format(reason=str(error)), [])
            return
        dialog.show_done(self.tr("Nothing was written."), [])
        show_exception(error, parent=self._window)


def _format_for(path: Path, chosen_filter: str) -> str | None:
    """The format to read ``path`` as: from its extension, a ``.txt`` by the filter chosen."""
    if path.suffix.lower() != ".txt":
        return None
    return "aiken" if chosen_filter == import_filters()[2] else "gift"


def _import(source: Path, folder: Path, source_format: str | None, replace: bool) -> _Imported:
    from quizapp.service.convert import convert_file, write_result

    result = convert_file(source, source=source_format, target="yaml")
    if result.refused:
        return _Imported(result, None)
    target = folder / f"{result.bank_id}.yaml"
    if target.exists() and not replace:
        return _Imported(result, None)
    write_result(result, target, force=True)
    return _Imported(result, target)


def _export(bank: Path, output: Path) -> _Imported:
    from quizapp.service.convert import convert_file, write_result

    target = "apkg" if output.suffix.lower() == ".apkg" else "gift"
    result = convert_file(bank, source="yaml", target=target)
    if result.refused:
        return _Imported(result, None)
    write_result(result, output, force=True)
    return _Imported(result, output)
