"""The Problems panel: what is wrong in the library's bank files, for the teacher who fixes it.

One row per problem, ``PATH:LINE:COLUMN: error: MESSAGE`` as ``quizapp validate``
prints it, the message in the app's language. Enter (or a double-click) on a row
asks to open the file there (:attr:`ProblemsPanel.problem_activated`). The title
counts the problems; with none, the panel says so. It is refreshed after every
sync of the library, so saving a file shows at once whether it is fixed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMN_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ProblemEntry:
    """One row: its text, and where it points (no path for a folder that cannot be read)."""

    text: str
    path: str | None = None
    line: int = 1
    column: int = 1
    is_error: bool = True


class ProblemsPanel(QGroupBox):
    problem_activated = Signal(str, int, int)  # path, line, column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self._note = QLabel(self)
        self._note.setObjectName("problemsNoteLabel")
        self._note.setWordWrap(True)
        self.view = QListWidget(self)
        self.view.setObjectName("problemsView")
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # About five lines, so the banks keep most of the page; the list scrolls.
        self.view.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.view.itemActivated.connect(self._on_item_activated)
        self._empty = QLabel(self)
        self._empty.setObjectName("problemsEmptyLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self._note)
        layout.addWidget(self.view)
        layout.addWidget(self._empty)
        self._entries: list[ProblemEntry] = []
        self._retranslate()
        self._show_entries()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._note.setText(
            self.tr(
                "Files with errors are not loaded (warnings are only advice); a bank whose "
                "file has errors keeps its last valid version. Press Enter on a problem to "
                "open its file. Saved changes are read at once."
            )
        )
        self._empty.setText(self.tr("No problems"))
        self.view.setAccessibleName(self.tr("Problems found in bank files"))
        self._show_title()
        for row in range(self.view.count()):
            self._describe(self.view.item(row))

    def set_entries(self, entries: Sequence[ProblemEntry]) -> None:
        self._entries = list(entries)
        self._show_entries()

    def count(self) -> int:
        return len(self._entries)

    def lines(self) -> list[str]:
        return [entry.text for entry in self._entries]

    def _show_entries(self) -> None:
        self.view.clear()
        style = self.style()
        for entry in self._entries:
            item = QListWidgetItem(entry.text, self.view)
            item.setData(PATH_ROLE, entry.path)
            item.setData(LINE_ROLE, entry.line)
            item.setData(COLUMN_ROLE, entry.column)
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if entry.is_error
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            item.setIcon(style.standardIcon(icon))
            self._describe(item)
        self.view.setVisible(bool(self._entries))
        self._empty.setVisible(not self._entries)
        self._show_title()

    def _describe(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        item.setToolTip(
            self.tr("{path}\nPress Enter to open this file.").format(path=path) if path else ""
        )

    def _show_title(self) -> None:
        title = self.tr("Problems in bank files ({count})").format(count=len(self._entries))
        self.setTitle(title)
        self.setAccessibleName(title)

    @Slot(QListWidgetItem)
    def _on_item_activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.problem_activated.emit(
                str(path), int(item.data(LINE_ROLE)), int(item.data(COLUMN_ROLE))
            )
