"""The question navigator: every drawn question as a numbered cell, to go straight to one.

Each cell says what the question's state is in text, not only in colour: a
tick when it is answered, a flag when it is flagged for review, and a pointer
before the number of the question on screen (whose cell is also bold). Each
cell's accessible name says the same in words ("Question 3: answered,
flagged"). The navigator is one stop on the Tab path: the arrow keys move
between cells, Enter or Space (or a click) go to the question.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

ANSWERED_MARK = "✓"
FLAGGED_MARK = "⚑"
CURRENT_MARK = "▶"
# Rows shown before the navigator scrolls (a long quiz keeps room for its question).
_MAX_ROWS = 3
_CHOOSE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


@dataclass(frozen=True)
class CellState:
    answered: bool
    flagged: bool
    current: bool


class QuestionNavigator(QListWidget):
    """Numbered cells, one per question; ``questionChosen`` carries the chosen index."""

    questionChosen = Signal(int)

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionNavigator")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        # Each number in a box of its own, so the row reads as cells (colours: the palette's).
        self.setStyleSheet(
            "QListWidget#questionNavigator::item {"
            " border: 1px solid palette(mid); border-radius: 3px; margin: 3px; }"
            "QListWidget#questionNavigator::item:selected {"
            " background: palette(highlight); color: palette(highlighted-text); }"
        )
        self._states: list[CellState | None] = [None] * count
        self._on_screen = -1  # the row of the question on screen
        cell = self._cell_size()
        self.setGridSize(cell)
        for _ in range(count):
            item = QListWidgetItem(self)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setSizeHint(cell)
        self.clicked.connect(self._on_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Questions"))
        self.setAccessibleDescription(
            self.tr("The arrow keys choose a question, Enter goes to it.")
        )
        self._states = [None] * len(self._states)  # said again at the next update

    # --- what it shows ---------------------------------------------------------------

    def set_states(self, states: list[CellState]) -> None:
        """Show each question's state; the current question's cell is selected unless the
        student is choosing one with the keyboard."""
        current_row = -1
        for row, state in enumerate(states):
            if state.current:
                current_row = row
            if self._states[row] == state:
                continue
            self._states[row] = state
            item = self.item(row)
            item.setText(_cell_text(row + 1, state))
            font = item.font()
            font.setBold(state.current)
            item.setFont(font)
            spoken = self._spoken(row + 1, state)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)
        self._on_screen = current_row
        if current_row >= 0 and not self.hasFocus():
            self.setCurrentRow(current_row)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # The highlight follows the keyboard while choosing, the question on screen otherwise.
        super().focusOutEvent(event)
        if self._on_screen >= 0:
            self.setCurrentRow(self._on_screen)

    def cell_text(self, index: int) -> str:
        return self.item(index).text()

    def cell_name(self, index: int) -> str:
        return str(self.item(index).data(Qt.ItemDataRole.AccessibleTextRole) or "")

    def _spoken(self, number: int, state: CellState) -> str:
        words = [self.tr("answered") if state.answered else self.tr("not answered")]
        if state.flagged:
            words.append(self.tr("flagged"))
        if state.current:
            words.append(self.tr("on screen"))
        return self.tr("Question {number}: {state}").format(
            number=number, state=self.tr(", ").join(words)
        )

    # --- choosing --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _CHOOSE_KEYS and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()  # never on to the page, where Enter means Next
            if self.currentRow() >= 0:
                self.questionChosen.emit(self.currentRow())
            return
        super().keyPressEvent(event)

    def _on_clicked(self, index: object) -> None:
        row = self.currentRow()
        if row >= 0:
            self.questionChosen.emit(row)

    # --- size ------------------------------------------------------------------------

    def _cell_size(self) -> QSize:
        metrics = self.fontMetrics()
        widest = _cell_text(len(self._states) or 1, CellState(True, True, True))
        width = max(metrics.horizontalAdvance(widest), _bold_advance(self, widest))
        return QSize(width + metrics.horizontalAdvance("nn"), metrics.height() + 12)

    def _rows_for(self, width: int) -> int:
        per_row = max(1, width // max(1, self.gridSize().width()))
        return max(1, math.ceil(len(self._states) / per_row))

    def _fit_height(self) -> None:
        frame = 2 * self.frameWidth()
        rows = min(self._rows_for(self.viewport().width() or self.width() - frame), _MAX_ROWS)
        height = rows * self.gridSize().height() + frame + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.gridSize().height() + 2 * self.frameWidth())


def _cell_text(number: int, state: CellState) -> str:
    text = f"{CURRENT_MARK} {number}" if state.current else str(number)
    if state.answered:
        text += f" {ANSWERED_MARK}"
    if state.flagged:
        text += f" {FLAGGED_MARK}"
    return text


def _bold_advance(widget: QWidget, text: str) -> int:
    font = widget.font()
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(text)
