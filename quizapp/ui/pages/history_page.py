"""The history page: every attempt of the profile, newest first, a page of rows at a time.

Filters (bank, a range of days, the result) and the sort are done by the
database (:class:`~quizapp.ui.models.history_model.HistoryTableModel`). Enter,
a double click or Review opens a finished attempt's review
(``review_requested(attempt_id)``); on an attempt in progress they resume it
(``resume_requested(attempt_id)``), as the Resume button does. Export CSV and
Export JSON ask for the attempts the filters keep (``export_requested(kind)``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.learn.modes import Mode
from quizapp.service.types import HistoryFilters, HistoryResult
from quizapp.ui.models.history_model import (
    ATTEMPT_ID_ROLE,
    FINISHED_ROLE,
    Fetcher,
    HistoryColumn,
    HistoryTableModel,
)
from quizapp.ui.richtext import scale_font
from quizapp.ui.table_view import RowActivatingTableView

EXPORT_CSV = "csv"
EXPORT_JSON = "json"


def _mode(value: str | None) -> Mode | None:
    return None if value is None else Mode(value)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class HistoryPage(QWidget):
    review_requested = Signal(str)
    resume_requested = Signal(str)
    delete_requested = Signal(str)  # the main window asks first (and the teacher PIN)
    export_requested = Signal(str)  # EXPORT_CSV or EXPORT_JSON, of the attempts the filters keep
    back_requested = Signal()
    charts_requested = Signal(str)  # the bank's id ("": no bank in view)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.model = HistoryTableModel(self)
        self._has_history: bool | None = None  # None until the banks are known
        self._error = ""
        self._title = QLabel(self)
        self._title.setObjectName("historyTitleLabel")
        scale_font(self._title, 1.4)
        self._build_filters()
        self._build_view()
        self._build_buttons()
        self._build_layout()
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_failed)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._title.setText(self.tr("Your history"))
        self.bank_combo.setAccessibleName(self.tr("Show only attempts at this bank"))
        self.bank_combo.setItemText(0, self.tr("All banks"))
        self.dates_check.setText(self.tr("&Started from"))
        self.dates_check.setAccessibleName(self.tr("Show only attempts started within these days"))
        self.since_edit.setAccessibleName(self.tr("First day"))
        self._to_label.setText(self.tr("to"))
        self.until_edit.setAccessibleName(self.tr("Last day"))
        self.result_combo.setAccessibleName(self.tr("Show only attempts with this result"))
        for index, text in enumerate(
            (
                self.tr("All results"),
                self.tr("Passed"),
                self.tr("Not passed"),
                self.tr("In progress"),
            )
        ):
            self.result_combo.setItemText(index, text)
        self.mode_combo.setAccessibleName(self.tr("Show only exams or study sessions"))
        for index, text in enumerate(
            (
                self.tr("Exams"),
                self.tr("Practice"),
                self.tr("Review"),
                self.tr("Mistakes drill"),
                self.tr("All modes"),
            )
        ):
            self.mode_combo.setItemText(index, text)
        self.view.setAccessibleName(self.tr("Your attempts"))
        self.open_button.setText(self.tr("&Review attempt"))
        self.open_button.setAccessibleName(self.tr("Review the selected attempt"))
        self.resume_button.setText(self.tr("Res&ume"))
        self.resume_button.setAccessibleName(self.tr("Resume the selected attempt"))
        self.delete_button.setText(self.tr("&Delete attempt…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected attempt"))
        self.charts_button.setText(self.tr("&Progress charts"))
        self.charts_button.setAccessibleName(
            self.tr("Progress charts of the chosen bank or of the selected attempt's bank")
        )
        self.back_button.setText(self.tr("Back to the library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.export_csv_button.setText(self.tr("Export &CSV…"))
        self.export_csv_button.setAccessibleName(
            self.tr("Export the attempts listed as a CSV file")
        )
        self.export_json_button.setText(self.tr("Export &JSON…"))
        self.export_json_button.setAccessibleName(
            self.tr("Export the attempts listed as a JSON file")
        )
        self.model.retranslate()
        self._show_state()

    # --- building ------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.bank_combo = QComboBox(self)
        self.bank_combo.setObjectName("historyBankCombo")
        self.bank_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.bank_combo.addItem("", None)
        self.bank_combo.currentIndexChanged.connect(self._apply_filters)
        self.dates_check = QCheckBox(self)
        self.dates_check.setObjectName("historyDatesCheck")
        self.dates_check.toggled.connect(self._on_dates_toggled)
        today = QDate.currentDate()
        self.since_edit = self._date_edit("historySinceEdit", today.addMonths(-1))
        self._to_label = QLabel(self)
        self.until_edit = self._date_edit("historyUntilEdit", today)
        self.result_combo = QComboBox(self)
        self.result_combo.setObjectName("historyResultCombo")
        self.result_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for result in (None, *HistoryResult):
            self.result_combo.addItem("", result)
        self.result_combo.currentIndexChanged.connect(self._apply_filters)
        # Exams by default: study sessions are not attempts at the quiz.
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("historyModeCombo")
        self.mode_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for mode in (*Mode, None):
            self.mode_combo.addItem("", None if mode is None else mode.value)
        self.mode_combo.currentIndexChanged.connect(self._apply_filters)

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        edit.dateChanged.connect(self._apply_filters)
        return edit

    def _build_view(self) -> None:
        self.view = RowActivatingTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryColumn.BANK, QHeaderView.ResizeMode.Stretch)
        # Widths from the rows in sight, not every row fetched: the columns' texts are
        # alike, and measuring 200 rows would cost more than the query.
        header.setResizeContentsPrecision(0)
        header.setHighlightSections(False)
        header.setSortIndicator(HistoryColumn.STARTED, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.row_activated.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelReset.connect(self._on_selection_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("historyEmptyLabel")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

    def _build_buttons(self) -> None:
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openAttemptButton")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.resume_button = QPushButton(self)
        self.resume_button.setObjectName("resumeAttemptButton")
        self.resume_button.setEnabled(False)
        self.resume_button.clicked.connect(self._on_resume_clicked)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("deleteAttemptButton")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.charts_button = QPushButton(self)
        self.charts_button.setObjectName("historyChartsButton")
        self.charts_button.clicked.connect(self._on_charts_clicked)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("historyBackButton")
        self.back_button.clicked.connect(self.back_requested)
        self.export_csv_button = QPushButton(self)
        self.export_csv_button.setObjectName("exportHistoryCsvButton")
        self.export_csv_button.clicked.connect(self._on_export_csv_clicked)
        self.export_json_button = QPushButton(self)
        self.export_json_button.setObjectName("exportHistoryJsonButton")
        self.export_json_button.clicked.connect(self._on_export_json_clicked)

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.bank_combo)
        filters.addWidget(self.result_combo)
        filters.addWidget(self.mode_combo)
        filters.addStretch(1)
        filters.addWidget(self.dates_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(self._to_label)
        filters.addWidget(self.until_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.export_csv_button)
        buttons.addWidget(self.export_json_button)
        buttons.addStretch(1)
        buttons.addWidget(self.charts_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addLayout(buttons)
        # Tab goes as the eye reads: the filters, the list, then the buttons right to left.
        chain = (
            self.bank_combo,
            self.result_combo,
            self.mode_combo,
            self.dates_check,
            self.since_edit,
            self.until_edit,
            self.view,
            self.open_button,
            self.resume_button,
            self.charts_button,
            self.export_json_button,
            self.export_csv_button,
            self.delete_button,
            self.back_button,
        )
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- content -------------------------------------------------------------------------

    def set_fetcher(self, fetch: Fetcher | None) -> None:
        """Where the rows come from (the main window's worker); lists from the first page."""
        self._error = ""
        self.model.set_fetcher(fetch)

    def refresh(self) -> None:
        self._error = ""
        self.model.refresh()

    def set_banks(self, banks: Sequence[tuple[str, str]]) -> None:
        """The banks the profile has attempts at, (id, title): the bank filter's choices.

        None at all means no history yet, which the page says.
        """
        chosen = self.bank_combo.currentData()
        self.bank_combo.blockSignals(True)
        while self.bank_combo.count() > 1:
            self.bank_combo.removeItem(1)
        for bank_id, title in banks:
            self.bank_combo.addItem(title, bank_id)
        index = self.bank_combo.findData(chosen) if chosen is not None else 0
        self.bank_combo.setCurrentIndex(max(0, index))
        self.bank_combo.blockSignals(False)
        self._has_history = bool(banks)
        if chosen is not None and index < 0:
            self._apply_filters()
        self._show_state()

    def filters(self) -> HistoryFilters:
        """The filters as the controls set them."""
        since = until = None
        if self.dates_check.isChecked():
            since = _day(self.since_edit.date())
            until = _day(self.until_edit.date())
        # A combo box gives its data back as a plain str, never the StrEnum put in.
        result = self.result_combo.currentData()
        return HistoryFilters(
            bank_id=self.bank_combo.currentData(),
            since=since,
            until=until,
            result=HistoryResult(result) if result else None,
            mode=_mode(self.mode_combo.currentData()),
        )

    def selected_attempt(self) -> tuple[str, bool] | None:
        """The selected attempt's id and whether it is finished."""
        rows = self.view.selectionModel().selectedRows(HistoryColumn.BANK)
        if not rows:
            return None
        return rows[0].data(ATTEMPT_ID_ROLE), bool(rows[0].data(FINISHED_ROLE))

    def focus_view(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount() > 0:
            self.view.selectRow(0)

    @property
    def message(self) -> str:
        """What the page says instead of rows (empty when it shows rows)."""
        return self.empty_label.text() if not self.empty_label.isHidden() else ""

    # --- inside ----------------------------------------------------------------------------

    @Slot(bool)
    def _on_dates_toggled(self, checked: bool) -> None:
        self.since_edit.setEnabled(checked)
        self.until_edit.setEnabled(checked)
        self._apply_filters()

    @Slot()
    def _apply_filters(self) -> None:
        filters = self.filters()
        if (
            filters.since is not None
            and filters.until is not None
            and filters.since > filters.until
        ):
            # No query: the range is empty, and the page says why.
            self._error = self.tr("The first day is after the last day: choose another range.")
            self.model.clear()
            self._show_state()
            return
        self._error = ""
        self.model.set_filters(filters)
        self._show_state()

    @Slot()
    def _on_loaded(self) -> None:
        if self.model.rowCount() > 0 and not self.view.currentIndex().isValid():
            self.view.selectRow(0)
        self._show_state()
        # Columns fit their contents again: rows may have come while the page was hidden.
        self.view.horizontalHeader().resizeSections()

    @Slot(object)
    def _on_failed(self, _error: Exception) -> None:
        self._error = self.tr("Your history could not be read. Try again later.")
        self._show_state()

    def _show_state(self) -> None:
        text = self._state_text()
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.view.setVisible(not text)

    def _state_text(self) -> str:
        if self._error:
            return self._error
        if self._has_history is False:
            return self.tr(
                "You have no attempts yet. Start a quiz from the library; "
                "each attempt is listed here."
            )
        if self.model.rowCount() > 0 or not self.model.complete:
            return ""
        if self.filters() != HistoryFilters():
            return self.tr("No attempts match these filters. Change or clear them.")
        # Only study sessions so far: the default view lists exams.
        return self.tr(
            "No quiz attempts yet. Your study sessions are listed when you choose "
            "Practice, Review or Mistakes drill above."
        )

    @Slot()
    def _on_selection_changed(self, *_args: QItemSelection) -> None:
        selected = self.selected_attempt()
        finished = selected is not None and selected[1]
        self.open_button.setEnabled(finished)
        self.resume_button.setEnabled(selected is not None and not finished)
        self.delete_button.setEnabled(selected is not None)
        self.open_button.setDefault(finished)
        self.resume_button.setDefault(selected is not None and not finished)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        first = index.siblingAtColumn(HistoryColumn.BANK)
        attempt_id = first.data(ATTEMPT_ID_ROLE)
        if attempt_id is None:
            return
        if first.data(FINISHED_ROLE):
            self.review_requested.emit(attempt_id)
        else:
            self.resume_requested.emit(attempt_id)

    @Slot()
    def _on_open_clicked(self) -> None:
        selected = self.selected_attempt()
        if selected is not None and selected[1]:
            self.review_requested.emit(selected[0])

    @Slot()
    def _on_resume_clicked(self) -> None:
        selected = self.selected_attempt()
        if selected is not None and not selected[1]:
            self.resume_requested.emit(selected[0])

    @Slot()
    def _on_export_csv_clicked(self) -> None:
        self.export_requested.emit(EXPORT_CSV)

    @Slot()
    def _on_export_json_clicked(self) -> None:
        self.export_requested.emit(EXPORT_JSON)

    @Slot()
    def _on_delete_clicked(self) -> None:
        selected = self.selected_attempt()
        if selected is not None:
            self.delete_requested.emit(selected[0])

    def charts_bank(self) -> str:
        """The bank whose charts the Charts button opens: the bank filter's, else the selected
        attempt's; "" when neither is chosen."""
        chosen = self.bank_combo.currentData()
        if chosen is not None:
            return str(chosen)
        rows = self.view.selectionModel().selectedRows(HistoryColumn.BANK)
        entry = self.model.entry(rows[0].row()) if rows else None
        return entry.bank_id if entry is not None else ""

    @Slot()
    def _on_charts_clicked(self) -> None:
        self.charts_requested.emit(self.charts_bank())
