"""The history page's table: a profile's attempts, fetched a page at a time.

:class:`HistoryTableModel` never holds more rows than the view has scrolled to:
``canFetchMore``/``fetchMore`` ask the fetcher (the main window, which runs
``QuizService.history_page`` on the worker) for the next ``PAGE_SIZE`` rows,
filtered and sorted by the database. A new filter or sort starts again from
the first page; a page that comes back for an older filter or sort is dropped.
Column 0 holds the attempt's id in ``Qt.UserRole``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from quizapp.quiz.countdown import format_remaining
from quizapp.quiz.ending import EndReason
from quizapp.service.types import HistoryEntry, HistoryFilters, HistorySort, HistorySortKey
from quizapp.stats.scoring import percent_text, points_text
from quizapp.ui.questions.texts import number_text

PAGE_SIZE = 200
ATTEMPT_ID_ROLE = Qt.ItemDataRole.UserRole
FINISHED_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
Deliver = Callable[[list[HistoryEntry]], None]
Fail = Callable[[Exception], None]
# fetch(offset, limit, filters, sort, deliver, fail): answers later, by deliver or fail.
Fetcher = Callable[[int, int, HistoryFilters, HistorySort, Deliver, Fail], None]


class HistoryColumn(IntEnum):
    BANK = 0
    STARTED = 1
    SCORE = 2
    PERCENT = 3
    RESULT = 4
    TIME_USED = 5
    ENDED = 6


SORT_KEYS = {
    HistoryColumn.BANK: HistorySortKey.BANK,
    HistoryColumn.STARTED: HistorySortKey.STARTED_AT,
    HistoryColumn.SCORE: HistorySortKey.POINTS,
    HistoryColumn.PERCENT: HistorySortKey.PERCENT,
    HistoryColumn.RESULT: HistorySortKey.PASSED,
    HistoryColumn.TIME_USED: HistorySortKey.TIME_USED,
    HistoryColumn.ENDED: HistorySortKey.END,
}

_NUMERIC_COLUMNS = frozenset(
    int(column) for column in (HistoryColumn.SCORE, HistoryColumn.PERCENT, HistoryColumn.TIME_USED)
)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ATTEMPT_ID = int(ATTEMPT_ID_ROLE.value)
_FINISHED = int(FINISHED_ROLE)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)


def header_text(column: HistoryColumn) -> str:
    return {
        HistoryColumn.BANK: QCoreApplication.translate("History", "Bank"),
        HistoryColumn.STARTED: QCoreApplication.translate("History", "Date and time"),
        HistoryColumn.SCORE: QCoreApplication.translate("History", "Score"),
        HistoryColumn.PERCENT: QCoreApplication.translate("History", "Percent"),
        HistoryColumn.RESULT: QCoreApplication.translate("History", "Result"),
        HistoryColumn.TIME_USED: QCoreApplication.translate("History", "Time used"),
        HistoryColumn.ENDED: QCoreApplication.translate("History", "How it ended"),
    }[column]


def ending_text(entry: HistoryEntry) -> str:
    """How the attempt ended, in words; "In progress" while it runs."""
    if not entry.finished:
        return QCoreApplication.translate("History", "In progress")
    return {
        EndReason.SUBMITTED.value: QCoreApplication.translate("History", "Submitted"),
        EndReason.TIME_UP.value: QCoreApplication.translate("History", "Time up"),
        EndReason.QUESTION_TIME_UP.value: QCoreApplication.translate("History", "Question time up"),
        EndReason.ENDED_AFTER_INTERRUPTION.value: QCoreApplication.translate(
            "History", "Ended after an interruption"
        ),
    }.get(entry.end_reason or "", QCoreApplication.translate("History", "Finished"))


def result_text(entry: HistoryEntry) -> str:
    if not entry.finished:
        return QCoreApplication.translate("History", "In progress")
    return (
        QCoreApplication.translate("History", "Passed")
        if entry.score.passed
        else QCoreApplication.translate("History", "Not passed")
    )


def started_text(entry: HistoryEntry) -> str:
    """The start in the computer's time zone, written as the interface's locale writes it."""
    moment = QDateTime.fromMSecsSinceEpoch(int(entry.started_at.timestamp() * 1000)).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def bank_text(entry: HistoryEntry) -> str:
    if entry.bank_available:
        return entry.bank_title
    return QCoreApplication.translate("History", "{title} (no longer in the library)").format(
        title=entry.bank_title
    )


def _display(
    entry: HistoryEntry, column: HistoryColumn, number: Callable[[float], str] = number_text
) -> str:
    score = entry.score
    if column is HistoryColumn.BANK:
        return bank_text(entry)
    if column is HistoryColumn.STARTED:
        return started_text(entry)
    if column is HistoryColumn.SCORE:
        return QCoreApplication.translate("History", "{points} / {possible}").format(
            points=points_text(score.points, number),
            possible=points_text(score.possible, number),
        )
    if column is HistoryColumn.PERCENT:
        return percent_text(score.percent, number)
    if column is HistoryColumn.RESULT:
        return result_text(entry)
    if column is HistoryColumn.TIME_USED:
        return "—" if entry.time_used is None else format_remaining(round(entry.time_used))
    return ending_text(entry)


class HistoryTableModel(QAbstractTableModel):
    """A profile's attempts, a page at a time, in the order the database sorts them."""

    # After each page (or failure): whether a page is still coming, and the rows so far.
    loaded = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._fetch: Fetcher | None = None
        self._rows: list[HistoryEntry] = []
        # Each row's texts, made once when first shown (a view asks for them many times),
        # and the numbers written so far: scores repeat, and writing one is not cheap.
        self._texts: list[tuple[str, ...] | None] = []
        self._numbers: dict[float, str] = {}
        self._filters = HistoryFilters()
        self._sort = HistorySort()
        self._generation = 0
        self._fetching = False
        self._exhausted = True

    # --- what it lists -------------------------------------------------------------------

    def set_fetcher(self, fetch: Fetcher | None) -> None:
        """Where pages come from; the rows start again from the first page."""
        self._fetch = fetch
        self.refresh()

    @property
    def filters(self) -> HistoryFilters:
        return self._filters

    def set_filters(self, filters: HistoryFilters) -> None:
        self._filters = filters
        self.refresh()

    @property
    def sort_order(self) -> HistorySort:
        return self._sort

    def refresh(self) -> None:
        """Forget the rows and ask for the first page again."""
        self.beginResetModel()
        self._generation += 1
        self._rows, self._texts = [], []
        self._fetching = False
        self._exhausted = self._fetch is None
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """No rows, and none asked for (filters that cannot match anything)."""
        self.beginResetModel()
        self._generation += 1
        self._rows, self._texts = [], []
        self._fetching = False
        self._exhausted = True
        self.endResetModel()

    @property
    def loading(self) -> bool:
        return self._fetching

    @property
    def complete(self) -> bool:
        """Every row the filters match is here."""
        return self._exhausted and not self._fetching

    def entry(self, row: int) -> HistoryEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def retranslate(self) -> None:
        self._texts = [None] * len(self._rows)
        self._numbers = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HistoryColumn) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(HistoryColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HistoryColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked thousands of times per page (every role of every cell it lays out and
        # paints): plain ints and the cached texts, no enums made on the way.
        row = index.row()
        if row < 0 or row >= len(self._rows):
            return None
        role = int(role)
        if role in (_DISPLAY, _ACCESSIBLE):
            texts = self._texts[row]
            if texts is None:
                texts = self._row_texts(row)
            return texts[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if index.column() in _NUMERIC_COLUMNS else _LEFT
        if role == _ATTEMPT_ID and index.column() == 0:
            return self._rows[row].attempt_id
        if role == _FINISHED and index.column() == 0:
            return self._rows[row].finished
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HistoryColumn)
        ):
            return header_text(HistoryColumn(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted by the database: the rows start again from the first page."""
        if not 0 <= column < len(HistoryColumn):
            return
        sort = HistorySort(SORT_KEYS[HistoryColumn(column)], order == Qt.SortOrder.DescendingOrder)
        if sort == self._sort and (self._rows or self._fetching):
            return
        self._sort = sort
        self.refresh()

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: _Index) -> None:
        fetch = self._fetch
        if fetch is None or not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation

        def deliver(rows: list[HistoryEntry]) -> None:
            self._add_page(generation, rows)

        def fail(error: Exception) -> None:
            self._fail(generation, error)

        fetch(len(self._rows), self._page_size, self._filters, self._sort, deliver, fail)

    # --- inside ----------------------------------------------------------------------------

    def _add_page(self, generation: int, rows: Sequence[HistoryEntry]) -> None:
        if generation != self._generation:
            return  # asked for an older filter or sort
        self._fetching = False
        self._exhausted = len(rows) < self._page_size
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend([None] * len(rows))
            self.endInsertRows()
        self.loaded.emit()

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            entry = self._rows[row]
            texts = self._texts[row] = tuple(
                _display(entry, column, self._number) for column in HistoryColumn
            )
        return texts

    def _number(self, value: float) -> str:
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = number_text(value)
        return text

    def _fail(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._exhausted = True
        self.failed.emit(error)
        self.loaded.emit()
