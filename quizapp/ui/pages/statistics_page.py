"""The teacher's view: a bank's item statistics over every profile's attempts on this computer.

Choose a bank (``statistics_requested(bank_id, all_attempts)``: the main window
computes them on the worker and hands them to :meth:`set_statistics`). The
per-bank figures stand above the per-question table (``statisticsView``); a
switch counts each student's first finished attempt or every one. Export
buttons ask for history CSV (``export_requested("attempts" | "answers")``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.service.types import BankStatistics, DataSource
from quizapp.ui.models.statistics_model import (
    SORT_ROLE,
    Column,
    StatisticsTableModel,
    decimal_text,
    percent_text,
)

EXPORT_ATTEMPTS = "attempts"
EXPORT_ANSWERS = "answers"
_REASONS_WIDTH = 270  # pixels: the reasons wrap within it
_WRONG_ANSWERS_WIDTH = 320  # one line, elided


class _OneLineDelegate(QStyledItemDelegate):
    """Cells on one line, elided at the right (the table wraps the other columns' text)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight


def summary_lines(stats: BankStatistics) -> list[str]:
    """The bank's figures, a line each, in the UI's language (the page and its PDF)."""

    test = stats.test
    if not test.attempts:
        return [
            QCoreApplication.translate("StatisticsPage", "No finished attempts at this bank yet.")
        ]
    lines = [
        QCoreApplication.translate("StatisticsPage", "Attempts counted: {count}").format(
            count=test.attempts
        ),
        QCoreApplication.translate(
            "StatisticsPage", "Mean: {mean}   Median: {median}   Standard deviation: {sd}"
        ).format(
            mean=percent_text(test.mean),
            median=percent_text(test.median),
            sd=percent_text(test.standard_deviation),
        ),
        QCoreApplication.translate(
            "StatisticsPage", "Skewness: {skewness}   Kurtosis: {kurtosis}"
        ).format(skewness=decimal_text(test.skewness), kurtosis=decimal_text(test.kurtosis)),
        QCoreApplication.translate(
            "StatisticsPage",
            "Cronbach's alpha: {alpha}   Error ratio: {ratio}   Standard error: {error}",
        ).format(
            alpha=percent_text(test.cronbach_alpha),
            ratio=percent_text(test.error_ratio),
            error=percent_text(test.standard_error),
        ),
    ]
    flagged = sum(1 for question in stats.questions if question.flags)
    if flagged:
        lines.append(
            QCoreApplication.translate(
                "StatisticsPage", "⚠ Questions that may need a look: {count}"
            ).format(count=flagged)
        )
    return lines


class StatisticsPage(QWidget):
    statistics_requested = Signal(str, bool)  # bank id, all attempts
    export_requested = Signal(str)  # EXPORT_ATTEMPTS or EXPORT_ANSWERS
    pdf_requested = Signal()  # save the statistics shown as a PDF
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self._statistics: BankStatistics | None = None
        self._busy = False
        self._source = DataSource(class_name=None)
        self._unreadable: str | None = None  # why the class's server could not be read

        self.bank_combo = QComboBox(self)
        self.bank_combo.setObjectName("statisticsBankCombo")
        self.bank_combo.currentIndexChanged.connect(self._request)
        self.count_combo = QComboBox(self)
        self.count_combo.setObjectName("statisticsCountCombo")
        self.count_combo.addItem("", False)
        self.count_combo.addItem("", True)
        self.count_combo.currentIndexChanged.connect(self._request)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("statisticsSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.summary_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.model = StatisticsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView(self)
        self.view.setObjectName("statisticsView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the bank's order at first
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(True)  # a flag's reason wraps in its column
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.FLAGS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.FLAGS, _REASONS_WIDTH)
        header.setSectionResizeMode(Column.WRONG_ANSWERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.WRONG_ANSWERS, _WRONG_ANSWERS_WIDTH)
        self._one_line = _OneLineDelegate(self.view)  # the full list is the cell's tooltip
        self.view.setItemDelegateForColumn(Column.WRONG_ANSWERS, self._one_line)

        self.export_attempts_button = QPushButton(self)
        self.export_attempts_button.setObjectName("exportAttemptsButton")
        self.export_attempts_button.clicked.connect(self._export_attempts)
        self.export_answers_button = QPushButton(self)
        self.export_answers_button.setObjectName("exportAnswersButton")
        self.export_answers_button.clicked.connect(self._export_answers)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("statisticsPdfButton")
        self.pdf_button.setEnabled(False)  # until statistics are shown
        self.pdf_button.clicked.connect(self.pdf_requested)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("statisticsBackButton")
        self.back_button.clicked.connect(self.back_requested)

        self._bank_label = QLabel(self)
        self._bank_label.setBuddy(self.bank_combo)
        self._count_label = QLabel(self)
        self._count_label.setBuddy(self.count_combo)
        self._note = QLabel(self)
        self._note.setObjectName("statisticsNote")
        self._note.setWordWrap(True)
        choose = QFormLayout()
        choose.addRow(self._bank_label, self.bank_combo)
        choose.addRow(self._count_label, self.count_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_attempts_button)
        buttons.addWidget(self.export_answers_button)
        buttons.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._note)
        layout.addLayout(buttons)
        self.setTabOrder(self.bank_combo, self.count_combo)
        self.setTabOrder(self.count_combo, self.summary_label)
        self.setTabOrder(self.summary_label, self.view)
        self.setTabOrder(self.view, self.back_button)
        self.setTabOrder(self.back_button, self.export_attempts_button)
        self.setTabOrder(self.export_attempts_button, self.export_answers_button)
        self.setTabOrder(self.export_answers_button, self.pdf_button)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._bank_label.setText(self.tr("&Bank:"))
        self._count_label.setText(self.tr("&Count:"))
        self.bank_combo.setAccessibleName(self.tr("Bank to show the statistics of"))
        self.count_combo.setItemText(0, self.tr("Each student's first attempt"))
        self.count_combo.setItemText(1, self.tr("All attempts"))
        self.count_combo.setAccessibleName(self.tr("Which finished attempts count"))
        self.summary_label.setAccessibleName(self.tr("Statistics of the bank"))
        self.view.setAccessibleName(self.tr("Statistics per question"))
        self._note.setText(self._note_text())
        self.export_attempts_button.setText(self.tr("Export &attempts…"))
        self.export_attempts_button.setAccessibleName(self.tr("Export every attempt as a CSV file"))
        self.export_answers_button.setText(self.tr("Export a&nswers…"))
        self.export_answers_button.setAccessibleName(self.tr("Export every answer as a CSV file"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save these statistics as a PDF file"))
        self.back_button.setText(self.tr("&Back to the library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.model.retranslate()
        self._show_summary()

    def _note_text(self) -> str:
        if self._source.class_name is not None:
            return self.tr(
                "Class {name}: every student's attempts on the server count. ⚠ marks a "
                "question that may need a look; the column “Needs a look” says why."
            ).format(name=self._source.class_name)
        return self.tr(
            "Every profile on this computer counts. ⚠ marks a question that may need a "
            "look; the column “Needs a look” says why."
        )

    # --- what it shows -------------------------------------------------------------------

    def set_source(self, source: DataSource) -> None:
        """Say whose attempts count: this computer's profiles, or the whole class's."""
        self._source = source
        self._note.setText(self._note_text())

    @property
    def source(self) -> DataSource:
        return self._source

    def show_unreadable(self, reason: str) -> None:
        """The class's server could not be read: say so instead of any figures."""
        self._unreadable = reason
        self._busy = False
        self._statistics = None
        self.model.set_rows([])
        self._show_summary()

    def set_banks(self, banks: Sequence[tuple[str, str]]) -> None:
        """The banks to choose from, as (id, title); the chosen one stays when still there."""
        self._unreadable = None
        chosen = self.bank_id
        self.bank_combo.blockSignals(True)
        self.bank_combo.clear()
        for bank_id, title in banks:
            self.bank_combo.addItem(
                self.tr("{title} ({id})").format(title=title, id=bank_id), bank_id
            )
        index = self.bank_combo.findData(chosen) if chosen is not None else -1
        self.bank_combo.setCurrentIndex(max(index, 0) if banks else -1)
        self.bank_combo.blockSignals(False)
        self._show_summary()
        self._request()

    @property
    def bank_id(self) -> str | None:
        data = self.bank_combo.currentData()
        return str(data) if data is not None else None

    @property
    def all_attempts(self) -> bool:
        return bool(self.count_combo.currentData())

    @property
    def statistics(self) -> BankStatistics | None:
        return self._statistics

    def set_statistics(self, statistics: BankStatistics) -> None:
        """Show ``statistics`` if they are still what is chosen (a late answer is dropped)."""
        if statistics.bank != self.bank_id or statistics.all_attempts != self.all_attempts:
            return
        self._statistics = statistics
        self._busy = False
        self._unreadable = None
        self.model.set_rows(statistics.questions)
        self.pdf_button.setEnabled(True)
        self._show_summary()

    def focus_primary(self) -> None:
        self.bank_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _request(self) -> None:
        self._unreadable = None
        bank_id = self.bank_id
        self._statistics = None
        self.pdf_button.setEnabled(False)
        self.model.set_rows([])
        if bank_id is None:
            self._show_summary()
            return
        self._busy = True
        self._show_summary()
        self.statistics_requested.emit(bank_id, self.all_attempts)

    def _show_summary(self) -> None:
        stats = self._statistics
        if self._unreadable is not None:
            self.summary_label.setText(
                self.tr(
                    "The class's server cannot be read now, so no statistics are shown "
                    "(nothing from this computer instead).\n{reason}"
                ).format(reason=self._unreadable)
            )
            return
        if self.bank_combo.count() == 0:
            self.summary_label.setText(self.tr("No banks in the library yet."))
            return
        if stats is None:
            self.summary_label.setText(self.tr("Computing the statistics…") if self._busy else "")
            return
        self.summary_label.setText("\n".join(summary_lines(stats)))

    @Slot()
    def _export_attempts(self) -> None:
        self.export_requested.emit(EXPORT_ATTEMPTS)

    @Slot()
    def _export_answers(self) -> None:
        self.export_requested.emit(EXPORT_ANSWERS)
