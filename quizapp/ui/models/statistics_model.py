"""The teacher's item table: one row per question of a bank's statistics.

Column 0 carries the question id in ``Qt.UserRole``; ``SORT_ROLE`` gives numbers
as numbers (a value that could not be computed sorts first). A flagged question
is marked twice, never by colour alone: "⚠" before its id, and its reasons,
written out, in the last column (and the row's tooltip).
"""

from __future__ import annotations

import json
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from quizapp.stats.items import (
    DISCRIMINATION_WEAK,
    EFFICIENCY_DUBIOUS,
    Flag,
    QuestionStatistics,
)
from quizapp.stats.scoring import round_percent
from quizapp.ui.models.rows_model import RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex

QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_MARK = "⚠"


class Column(IntEnum):
    QUESTION = 0
    ATTEMPTS = 1
    FACILITY = 2
    SD = 3
    DISCRIMINATION = 4
    EFFICIENCY = 5
    MEAN_TIME = 6
    FLAGS = 7  # before the wrong answers, which can be long: the reasons stay in sight
    WRONG_ANSWERS = 8


def percent_text(value: float | None) -> str:
    """A percentage in the UI's locale, 1 decimal at most; "—" when it could not be computed."""
    if value is None:
        return "—"
    return QCoreApplication.translate("StatisticsTableModel", "{value}%").format(
        value=QLocale().toString(round_percent(value))
    )


def decimal_text(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return "—"
    return QLocale().toString(round(value, decimals))


def flag_reason(flag: Flag, question: QuestionStatistics) -> str:
    """Why the question is flagged, in the UI's language (else the English reason)."""
    facility = percent_text(question.facility_index)
    discrimination = percent_text(question.discrimination_index)
    efficiency = percent_text(question.discriminative_efficiency)
    if flag.code == "nearly_all_wrong":
        return QCoreApplication.translate(
            "StatisticsTableModel", "nearly everyone got it wrong (facility {facility})"
        ).format(facility=facility)
    if flag.code == "nearly_all_right":
        return QCoreApplication.translate(
            "StatisticsTableModel", "nearly everyone got it right (facility {facility})"
        ).format(facility=facility)
    if flag.code == "negative_discrimination":
        return QCoreApplication.translate(
            "StatisticsTableModel",
            "negative discrimination ({value}): those who did worse on the rest of the test "
            "did better here; check the answer",
        ).format(value=discrimination)
    if flag.code == "weak_discrimination":
        return QCoreApplication.translate(
            "StatisticsTableModel", "very weak discrimination ({value}, below {limit})"
        ).format(value=discrimination, limit=percent_text(DISCRIMINATION_WEAK))
    if flag.code == "low_efficiency":
        return QCoreApplication.translate(
            "StatisticsTableModel", "low discriminative efficiency ({value}, below {limit})"
        ).format(value=efficiency, limit=percent_text(EFFICIENCY_DUBIOUS))
    return flag.reason


class StatisticsTableModel(RowsTableModel[QuestionStatistics]):
    """The per-question rows of one bank's statistics."""

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.QUESTION: QCoreApplication.translate("StatisticsTableModel", "Question"),
            Column.ATTEMPTS: QCoreApplication.translate("StatisticsTableModel", "Attempts"),
            Column.FACILITY: QCoreApplication.translate("StatisticsTableModel", "Facility"),
            Column.SD: QCoreApplication.translate("StatisticsTableModel", "SD"),
            Column.DISCRIMINATION: QCoreApplication.translate(
                "StatisticsTableModel", "Discrimination"
            ),
            Column.EFFICIENCY: QCoreApplication.translate("StatisticsTableModel", "Efficiency"),
            Column.MEAN_TIME: QCoreApplication.translate("StatisticsTableModel", "Mean time"),
            Column.WRONG_ANSWERS: QCoreApplication.translate(
                "StatisticsTableModel", "Common wrong answers"
            ),
            Column.FLAGS: QCoreApplication.translate("StatisticsTableModel", "Needs a look"),
        }.get(Column(section))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        question = self._rows[index.row()]
        column = Column(index.column())
        if role == QUESTION_ID_ROLE:
            return question.id if column == Column.QUESTION else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(question, column)
        if role == SORT_ROLE:
            return self._sort_value(question, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.WRONG_ANSWERS and question.common_wrong_answers:
                return "\n".join(
                    QCoreApplication.translate(
                        "StatisticsTableModel", "{response} ({count})"
                    ).format(response=readable_response(w.response), count=w.count)
                    for w in question.common_wrong_answers
                )
            if question.flags:
                return "\n".join(flag_reason(flag, question) for flag in question.flags)
        if role == Qt.ItemDataRole.FontRole and question.flags and column == Column.QUESTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            Column.QUESTION,
            Column.WRONG_ANSWERS,
            Column.FLAGS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, question: QuestionStatistics, column: Column) -> str:
        if column == Column.QUESTION:
            return f"{FLAG_MARK} {question.id}" if question.flags else question.id
        if column == Column.ATTEMPTS:
            return QLocale().toString(question.attempts)
        if column == Column.FACILITY:
            return percent_text(question.facility_index)
        if column == Column.SD:
            return percent_text(question.standard_deviation)
        if column == Column.DISCRIMINATION:
            return percent_text(question.discrimination_index)
        if column == Column.EFFICIENCY:
            return percent_text(question.discriminative_efficiency)
        if column == Column.MEAN_TIME:
            if question.mean_time_s is None:
                return "—"
            return QCoreApplication.translate("StatisticsTableModel", "{seconds} s").format(
                seconds=decimal_text(question.mean_time_s, 1)
            )
        if column == Column.WRONG_ANSWERS:
            return "; ".join(
                QCoreApplication.translate("StatisticsTableModel", "{response} ({count})").format(
                    response=readable_response(w.response), count=w.count
                )
                for w in question.common_wrong_answers
            )
        return "; ".join(flag_reason(flag, question) for flag in question.flags)

    def _sort_value(self, question: QuestionStatistics, column: Column) -> Any:
        number = {
            Column.ATTEMPTS: question.attempts,
            Column.FACILITY: question.facility_index,
            Column.SD: question.standard_deviation,
            Column.DISCRIMINATION: question.discrimination_index,
            Column.EFFICIENCY: question.discriminative_efficiency,
            Column.MEAN_TIME: question.mean_time_s,
        }
        if column in number:
            value = number[column]
            return float("-inf") if value is None else float(value)
        if column == Column.FLAGS:
            return len(question.flags)
        return self._text(question, column).casefold()


def readable_response(text: str) -> str:
    """A response as the statistics keep it (lists and pairs as JSON), as a teacher reads it.

    ``["a", "b"]`` reads "a · b" (the choices picked, the order given, the blanks
    filled); ``{"x": "1"}`` reads "x → 1" (a matching's pairs).
    """
    if not text.startswith(("[", "{")):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if isinstance(value, list):
        return " · ".join(str(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key} → {item}" for key, item in value.items())
    return text
