"""A layout that places widgets left to right and wraps them like words in a line of text."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Items flow like words; :meth:`add_line_break` starts a new line (a new line in the text)."""

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 4, line_spacing: int = 6
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._breaks: set[int] = set()  # item indexes that start a new line
        self._spacing = spacing
        self._line_spacing = line_spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def add_line_break(self) -> None:
        self._breaks.add(len(self._items))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._breaks = {b - 1 if b > index else b for b in self._breaks if b != index}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint]] = []
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            starts_line = index in self._breaks and index > 0
            overflows = x > area.x() and x + hint.width() > area.right() + 1
            if line and (starts_line or overflows):
                self._place(line, line_height, move)
                x, y, line_height, line = area.x(), y + line_height + self._line_spacing, 0, []
            line.append((item, QPoint(x, y)))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        self._place(line, line_height, move)
        return y + line_height - rect.y() + margins.bottom()

    @staticmethod
    def _place(line: list[tuple[QLayoutItem, QPoint]], line_height: int, move: bool) -> None:
        if not move:
            return
        for item, origin in line:
            hint = item.sizeHint()
            # Items of one line share a middle, as words and fields do in running text.
            top = origin.y() + (line_height - hint.height()) // 2
            item.setGeometry(QRect(QPoint(origin.x(), top), hint))
