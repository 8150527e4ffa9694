"""The bank's questions as a list the teacher reorders by drag or by Ctrl+Up / Ctrl+Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from quizapp.bank.markdown import plain_text
from quizapp.ui.editor.fields import text_of

_MIME = "application/x-quizapp-question-row"
ModelIndex = QModelIndex | QPersistentModelIndex


class QuestionListModel(QAbstractListModel):
    """Rows over the bank's list of question mappings (the same list, changed in place)."""

    moved = Signal(int, int)  # from row, to row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._questions: list[Any] = []

    @property
    def questions(self) -> list[Any]:
        return self._questions

    def set_questions(self, questions: list[Any]) -> None:
        self.beginResetModel()
        self._questions = questions
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._questions)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._questions):
            return None
        question = self._questions[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_text(index.row(), question)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _summary(question)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(_MIME, QByteArray(str(rows[0] if rows else -1).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(_MIME):
            return False
        source = int(bytes(data.data(_MIME).data()).decode() or -1)
        target = row if row >= 0 else parent.row() if parent.isValid() else len(self._questions)
        self.move(source, target if target <= source else target - 1)
        return False  # moved here; the view must not remove the source row as well

    def move(self, source: int, target: int) -> bool:
        """Move the question at ``source`` so that it ends at ``target``."""
        count = len(self._questions)
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return False
        self.beginMoveRows(
            QModelIndex(), source, source, QModelIndex(), target + 1 if target > source else target
        )
        self._questions.insert(target, self._questions.pop(source))
        self.endMoveRows()
        self.moved.emit(source, target)
        return True

    def insert(self, row: int, question: dict[str, Any]) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self._questions.insert(row, question)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._questions[row]
        self.endRemoveRows()

    def refresh(self, row: int) -> None:
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)


class QuestionListView(QListView):
    """Drag to reorder; Ctrl+Up and Ctrl+Down move the current question."""

    move_requested = Signal(int)  # -1 up, +1 down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        combo = QKeySequence(event.keyCombination())
        if combo == QKeySequence("Ctrl+Up"):
            self.move_requested.emit(-1)
            event.accept()
            return
        if combo == QKeySequence("Ctrl+Down"):
            self.move_requested.emit(1)
            event.accept()
            return
        super().keyPressEvent(event)


def row_text(row: int, question: Any) -> str:
    if not isinstance(question, dict):
        return f"{row + 1}."
    return f"{row + 1}. {text_of(question.get('id'))} · {text_of(question.get('type'))}"


def _summary(question: Any) -> str:
    if not isinstance(question, dict):
        return ""
    text = question.get("prompt") or question.get("text") or ""
    return plain_text(text)[:200] if isinstance(text, str) else ""
