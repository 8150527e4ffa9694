"""The library table: one row per bank, and the proxy that filters and sorts it.

Every column carries the bank id in ``Qt.UserRole``, so any selected index
names its bank. ``SORT_ROLE`` gives comparable values (numbers as numbers,
"never" before any date) and the filter roles feed :class:`LibraryFilterProxy`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
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
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyle

from quizapp.bank.model import Feedback, Review
from quizapp.service.types import BankEntry, DueBank
from quizapp.stats.scoring import round_percent
from quizapp.ui.models.rows_model import RowsTableModel
from quizapp.ui.richtext import tooltip_text

ModelIndex = QModelIndex | QPersistentModelIndex

BANK_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TAGS_ROLE = Qt.ItemDataRole.UserRole + 2
LANGUAGE_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class LibraryRow:
    """What the library shows of one bank, for the chosen profile."""

    bank_id: str
    title: str
    language: str
    question_count: int
    time_limit: int | None = None  # whole seconds
    tags: tuple[str, ...] = ()
    description: str | None = None
    draw: int | None = None
    pass_mark: float = 60.0
    max_attempts: int | None = None
    attempts_used: int = 0
    best_percent: float | None = None
    last_attempt: datetime | None = None
    path: str = ""
    question_time_limit: int | None = None  # whole seconds
    feedback: Feedback = Feedback.AT_END
    review: Review = Review.FULL
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def attempts_left(self) -> int | None:
        if self.max_attempts is None:
            return None
        return max(0, self.max_attempts - self.attempts_used)

    @property
    def can_start(self) -> bool:
        return self.attempts_left != 0

    @classmethod
    def of(cls, entry: BankEntry) -> LibraryRow:
        """The row for a bank of the library, as the service lists it."""
        return cls(
            bank_id=entry.bank_id,
            title=entry.title,
            language=entry.language,
            question_count=entry.question_count,
            time_limit=entry.time_limit,
            tags=entry.tags,
            description=entry.description,
            draw=entry.draw,
            pass_mark=entry.pass_mark,
            max_attempts=entry.max_attempts,
            attempts_used=entry.attempts_used,
            best_percent=None if entry.best is None else entry.best.percent,
            last_attempt=entry.last_attempt_at,
            path=entry.path,
            question_time_limit=entry.question_time_limit,
            feedback=entry.feedback,
            review=entry.review,
        )


class Column(IntEnum):
    TITLE = 0
    LANGUAGE = 1
    QUESTIONS = 2
    TIME_LIMIT = 3
    BEST_SCORE = 4
    LAST_ATTEMPT = 5
    ATTEMPTS = 6
    DUE_TODAY = 7
    MASTERY = 8


STUDY_COLUMNS = (Column.DUE_TODAY, Column.MASTERY)


def column_titles() -> dict[Column, str]:
    return {
        Column.TITLE: QCoreApplication.translate("Library", "Title"),
        Column.LANGUAGE: QCoreApplication.translate("Library", "Language"),
        Column.QUESTIONS: QCoreApplication.translate("Library", "Questions"),
        Column.TIME_LIMIT: QCoreApplication.translate("Library", "Time limit"),
        Column.BEST_SCORE: QCoreApplication.translate("Library", "Best score"),
        Column.LAST_ATTEMPT: QCoreApplication.translate("Library", "Last attempt"),
        Column.ATTEMPTS: QCoreApplication.translate("Library", "Attempts"),
        Column.DUE_TODAY: QCoreApplication.translate("Library", "Due today"),
        Column.MASTERY: QCoreApplication.translate("Library", "Mastery"),
    }


def column_tooltips() -> dict[Column, str]:
    return {
        Column.DUE_TODAY: QCoreApplication.translate(
            "Library", "Questions you have studied that are due for review today"
        ),
        Column.MASTERY: QCoreApplication.translate(
            "Library",
            "Share of the questions you have studied that you would still recall tonight "
            "at your desired retention",
        ),
    }


def language_name(code: str) -> str:
    """A readable name for a bank's language tag (``id`` -> "Indonesian")."""
    known = {
        "en": QCoreApplication.translate("Library", "English"),
        "id": QCoreApplication.translate("Library", "Indonesian"),
    }
    base = code.replace("_", "-").split("-")[0].lower()
    if base in known:
        return known[base]
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


def format_duration(seconds: int | None) -> str:
    """A time limit as people say it: "10 min", "1 h 30 min", "45 s"; "none" without one."""
    if seconds is None:
        return QCoreApplication.translate("Library", "none", "no time limit")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = []
    if hours:
        parts.append(QCoreApplication.translate("Library", "{n} h").format(n=hours))
    if minutes:
        parts.append(QCoreApplication.translate("Library", "{n} min").format(n=minutes))
    if secs:
        parts.append(QCoreApplication.translate("Library", "{n} s").format(n=secs))
    return " ".join(parts)


def format_percent(value: float | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("Library", "{value}%").format(
        value=QLocale().toString(round_percent(value))
    )


def format_when(moment: datetime | None) -> str:
    if moment is None:
        return QCoreApplication.translate("Library", "never")
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def format_attempts(row: LibraryRow) -> str:
    if row.max_attempts is None:
        return QLocale().toString(row.attempts_used)
    text = QCoreApplication.translate("Library", "{used} of {allowed}").format(
        used=row.attempts_used, allowed=row.max_attempts
    )
    if row.attempts_left == 0:
        text = QCoreApplication.translate("Library", "{attempts} — none left").format(attempts=text)
    return text


def _study_display(study: DueBank | None, column: Column, loaded: bool) -> str:
    if not loaded:
        return ""  # not known yet: said nothing rather than a wrong 0
    if column is Column.DUE_TODAY:
        return QLocale().toString(0 if study is None else study.due)
    return format_percent(None if study is None else study.mastery)


def _study_sort_key(study: DueBank | None, column: Column) -> Any:
    if column is Column.DUE_TODAY:
        return -1 if study is None else study.due
    return -1.0 if study is None or study.mastery is None else study.mastery


def _display(row: LibraryRow, column: Column) -> str:
    if column is Column.TITLE:
        return row.title
    if column is Column.LANGUAGE:
        return language_name(row.language)
    if column is Column.QUESTIONS:
        return QLocale().toString(row.question_count)
    if column is Column.TIME_LIMIT:
        return format_duration(row.time_limit)
    if column is Column.BEST_SCORE:
        return format_percent(row.best_percent)
    if column is Column.LAST_ATTEMPT:
        return format_when(row.last_attempt)
    return format_attempts(row)


def _sort_key(row: LibraryRow, column: Column) -> Any:
    if column is Column.TITLE:
        return row.title.casefold()
    if column is Column.LANGUAGE:
        return language_name(row.language).casefold()
    if column is Column.QUESTIONS:
        return row.question_count
    if column is Column.TIME_LIMIT:
        return -1 if row.time_limit is None else row.time_limit
    if column is Column.BEST_SCORE:
        return -1.0 if row.best_percent is None else row.best_percent
    if column is Column.LAST_ATTEMPT:
        return 0.0 if row.last_attempt is None else row.last_attempt.timestamp()
    return row.attempts_used


def _search_text(row: LibraryRow) -> str:
    return " ".join([row.title, row.bank_id, row.description or "", *row.tags]).casefold()


_NUMERIC_COLUMNS = {Column.QUESTIONS, Column.BEST_SCORE, *STUDY_COLUMNS}
_STUDY_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE}


def out_of_date_text() -> str:
    return QCoreApplication.translate(
        "Library",
        "Out of date: the file of this bank has errors, so the last valid version is used "
        "until it is fixed (see Problems).",
    )


def out_of_date_title(title: str) -> str:
    return QCoreApplication.translate("Library", "{title} (out of date)").format(title=title)


class LibraryTableModel(RowsTableModel[LibraryRow]):
    """The banks of the library, one per row, in the order given; with each bank's study.

    A bank whose file now has errors is marked out of date (its title says so, with
    a warning icon and a tooltip) while the library keeps its last valid version.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._study: dict[str, DueBank] | None = None  # None until first given
        self._out_of_date: frozenset[str] = frozenset()

    def set_study(self, banks: Iterable[DueBank] | None) -> None:
        """The profile's cards per bank (``QuizService.due``): due today and mastery.

        None empties the study columns (another profile's are being read).
        """
        self._study = None if banks is None else {bank.bank_id: bank for bank in banks}
        if self._rows:
            first, last = min(STUDY_COLUMNS), max(STUDY_COLUMNS)
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    @property
    def study_loaded(self) -> bool:
        """Whether the study columns have been given (they are empty until then)."""
        return self._study is not None

    def study_for(self, bank_id: str) -> DueBank | None:
        return None if self._study is None else self._study.get(bank_id)

    def set_out_of_date(self, bank_ids: Iterable[str]) -> None:
        self._out_of_date = frozenset(bank_ids)
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def is_out_of_date(self, bank_id: str) -> bool:
        return bank_id in self._out_of_date

    def row_for(self, bank_id: str) -> LibraryRow | None:
        return next((row for row in self._rows if row.bank_id == bank_id), None)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return column_tooltips().get(Column(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if column in STUDY_COLUMNS and role in _STUDY_ROLES:
            study = self.study_for(row.bank_id)
            if role == SORT_ROLE:
                return _study_sort_key(study, column)
            return _study_display(study, column, self._study is not None)
        stale = column is Column.TITLE and row.bank_id in self._out_of_date
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return out_of_date_title(row.title) if stale else _display(row, column)
        if stale and role == Qt.ItemDataRole.ToolTipRole:
            return out_of_date_text()
        if stale and role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._data_for_role(row, column, role)

    def _data_for_role(self, row: LibraryRow, column: Column, role: int) -> Any:
        if role == BANK_ID_ROLE:
            return row.bank_id
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == TAGS_ROLE:
            return list(row.tags)
        if role == LANGUAGE_ROLE:
            return row.language
        if role == SEARCH_TEXT_ROLE:
            return _search_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not row.can_start:
            # The palette's own colour for disabled text: no colour is hard-coded.
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return None

    @staticmethod
    def _tooltip(row: LibraryRow) -> str:
        if not row.can_start:
            return QCoreApplication.translate("Library", "No attempts left for this bank.")
        return tooltip_text(row.description or row.title)


class LibraryFilterProxy(QSortFilterProxyModel):
    """Filters the library by free text, by tag and by language; sorts by real values."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._tag: str | None = None
        self._language: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._change_filter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_tag(self, tag: str | None) -> None:
        self._change_filter(lambda: setattr(self, "_tag", tag or None))

    def set_language(self, language: str | None) -> None:
        self._change_filter(lambda: setattr(self, "_language", language or None))

    def _change_filter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._language is not None and index.data(LANGUAGE_ROLE) != self._language:
            return False
        if self._tag is not None and self._tag not in (index.data(TAGS_ROLE) or []):
            return False
        if self._text:
            haystack = str(index.data(SEARCH_TEXT_ROLE) or "")
            return all(word in haystack for word in self._text.split())
        return True
