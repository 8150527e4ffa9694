"""ordering: a list the student puts in order by drag and drop or by keyboard.

Alt+Up / Alt+Down (or Ctrl+Up / Ctrl+Down) move the selected item; every
item shows its position, so the order reads the same to a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.grading import Response
from quizapp.quiz.presentation import PresentedQuestion
from quizapp.ui.questions.base import QuestionWidget

_MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)
_TEXT_ROLE = Qt.ItemDataRole.UserRole


class OrderingList(QListWidget):
    """A list whose current item moves with Alt/Ctrl + Up/Down."""

    move_requested = Signal(int, int)  # from row, to row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self._step(event)
        row = self.currentRow()
        if step is None or row < 0:
            super().keyPressEvent(event)
            return
        event.accept()
        if 0 <= row + step < self.count():
            self.move_requested.emit(row, row + step)

    def sizeHint(self) -> QSize:
        # As tall as the items wrapped at the present width: the page scrolls, not the list.
        return QSize(super().sizeHint().width(), self._content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._content_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()

    def _content_height(self) -> int:
        frame = 2 * self.frameWidth()
        if self.count() == 0:
            return frame
        self.executeDelayedItemsLayout()
        top = self.visualItemRect(self.item(0)).top()
        bottom = self.visualItemRect(self.item(self.count() - 1)).bottom()
        return bottom - top + 1 + frame + 2 * self.spacing()

    @staticmethod
    def _step(event: QKeyEvent) -> int | None:
        modifiers = event.modifiers()
        if not any(modifiers & modifier for modifier in _MOVE_MODIFIERS):
            return None
        if event.key() == Qt.Key.Key_Up.value:
            return -1
        if event.key() == Qt.Key.Key_Down.value:
            return 1
        return None


class OrderingWidget(QuestionWidget):
    def __init__(
        self, presented: PresentedQuestion, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(presented, language=language, parent=parent)
        self._list = OrderingList(self)
        self._list.setObjectName("orderingList")
        self._list.setAccessibleName(self.tr("Items to put in order"))
        self._list.setAccessibleDescription(self._move_help())
        self._list.setWordWrap(True)
        self._list.setSpacing(2)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self._list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._list.setResizeMode(QListView.ResizeMode.Adjust)
        self._list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._list.move_requested.connect(self._move)
        self._list.model().rowsMoved.connect(self._on_rows_moved)
        self._fill(presented.item_order)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list)

    def response(self) -> Response:
        # The order on screen is the answer, touched or not: the list always holds one.
        return [self._list.item(row).data(_TEXT_ROLE) for row in range(self._list.count())]

    def focus_answer(self) -> None:
        if self._list.currentRow() < 0 and self._list.count():
            self._list.setCurrentRow(0)
        self._list.setFocus(Qt.FocusReason.OtherFocusReason)

    def key_hint(self) -> str | None:
        return self._move_help()

    def _move_help(self) -> str:
        return self.tr(
            "Drag the items into the right order, or select one with the arrow keys"
            " and move it with Alt+Up and Alt+Down."
        )

    def _fill(self, texts: tuple[str, ...] | list[str]) -> None:
        self._list.clear()
        for text in texts:
            item = QListWidgetItem()
            item.setData(_TEXT_ROLE, text)
            self._list.addItem(item)
        self._renumber()

    def _renumber(self) -> None:
        count = self._list.count()
        for row in range(count):
            item = self._list.item(row)
            text = str(item.data(_TEXT_ROLE))
            item.setText(self.tr("{position}. {item}").format(position=row + 1, item=text))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{item}, position {position} of {count}").format(
                    item=text, position=row + 1, count=count
                ),
            )
        self._list.updateGeometry()

    def _move(self, source: int, target: int) -> None:
        if self.read_only:
            return
        # moveRow's destination is the row before which the item lands.
        destination = target + 1 if target > source else target
        self._list.model().moveRow(QModelIndex(), source, QModelIndex(), destination)
        self._list.setCurrentRow(target)

    def _on_rows_moved(self) -> None:
        self._renumber()
        self._emit_changed()

    def _show_response(self, response: Response) -> None:
        if response is None:
            self._fill(self.presented.item_order)
            return
        current = self.response()
        wanted = response if isinstance(response, list) else None
        # Only a rearrangement of these very items can be shown; anything else keeps the list.
        if (
            wanted is not None
            and isinstance(current, list)
            and sorted(map(str, wanted)) == sorted(current)
        ):
            self._fill(list(map(str, wanted)))

    def _apply_read_only(self, read_only: bool) -> None:
        self._list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if read_only
            else QAbstractItemView.DragDropMode.InternalMove
        )
