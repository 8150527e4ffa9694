"""A table whose rows are opened by Enter as by a double-click (the library, the history)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class RowActivatingTableView(QTableView):
    """Enter or Return on a row emits ``row_activated``, as a double-click does."""

    row_activated = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
