"""The library page: every bank, filters, the chosen bank's details, problems in bank files.

Double-click or Enter on a row, or the start button, opens that bank's
start page (``start_requested(bank_id)``), where the quiz begins; a bank
whose attempts are used up says so here and there. Problems found in bank files are listed as
``file:line:column: message`` lines, never hidden.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.problems import MESSAGES, Phrase, Problem, render
from quizapp.service.types import DueBank
from quizapp.ui.bank_texts import feedback_text, review_text
from quizapp.ui.models.library_model import (
    BANK_ID_ROLE,
    Column,
    LibraryFilterProxy,
    LibraryRow,
    LibraryTableModel,
    format_attempts,
    format_duration,
    language_name,
    out_of_date_text,
)
from quizapp.ui.problems_panel import ProblemEntry, ProblemsPanel
from quizapp.ui.study_glance import StudyGlanceBar, due_total
from quizapp.ui.table_view import RowActivatingTableView


def _translated_template(code: str) -> str:
    return QCoreApplication.translate("Problem", MESSAGES[code])


def translated_message(code: str, args: Mapping[str, Any], english: str) -> str:
    """A problem's message in the UI's language, phrases in its arguments included.

    A catalogue entry whose placeholders do not fit gives the English message.
    """
    try:
        return render(_translated_template, code, args)
    except (KeyError, IndexError, ValueError):
        return english


def translated_text(text: str) -> str:
    """``text`` in the UI's language when it is a :class:`Phrase`, else as it is."""
    if isinstance(text, Phrase):
        return translated_message(text.code, text.args, text)
    return text


def sentence_case(text: str) -> str:
    """``text`` with its first letter made a capital, the rest as it is."""
    return text[:1].upper() + text[1:]


def problem_line(path: str, problem: Problem) -> str:
    """``PATH:LINE:COLUMN: error: MESSAGE`` as the CLI prints it, in the UI's language.

    The message template, and the phrases in its arguments ("question 3",
    "a list", "did you mean ..."), are looked up under the context ``Problem``
    and filled with the problem's own arguments, so an untranslated message
    reads exactly as the command line prints it.
    """
    message = translated_message(problem.code, problem.args, problem.message)
    severity = (
        QCoreApplication.translate("Problem", "error")
        if problem.is_error
        else QCoreApplication.translate("Problem", "warning")
    )
    return f"{path}:{problem.line}:{problem.column}: {severity}: {message}"


class LibraryPage(QWidget):
    start_requested = Signal(str)
    problem_activated = Signal(str, int, int)  # a bank file's path, line, column
    reload_requested = Signal()
    history_requested = Signal()
    review_requested = Signal()  # the due cards of every bank
    mistakes_requested = Signal()  # the last mistakes in every bank

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.glance_bar = StudyGlanceBar(self)
        self._build_filters()
        self._build_view()
        self._build_details()
        self._build_problems()
        self._build_layout()
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Every text of the page in the current language (at start, and when it changes)."""
        self.filter_edit.setPlaceholderText(self.tr("Search titles, descriptions and tags"))
        self.filter_edit.setAccessibleName(self.tr("Search the library"))
        self.tag_combo.setAccessibleName(self.tr("Show only banks with this tag"))
        self.language_combo.setAccessibleName(self.tr("Show only banks in this language"))
        self.reload_button.setText(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Read the library folders again"))
        self.reload_button.setAccessibleName(self.tr("Reload the library"))
        self.history_button.setText(self.tr("&History"))
        self.history_button.setToolTip(self.tr("Your past attempts (Ctrl+H)"))
        self.history_button.setAccessibleName(self.tr("Open your history"))
        self.review_button.setText(self.tr("Re&view"))
        self.review_button.setToolTip(self.tr("The questions due for review, from every bank"))
        self.review_button.setAccessibleName(self.tr("Review the due questions of every bank"))
        self.mistakes_button.setText(self.tr("&Mistakes"))
        self.mistakes_button.setToolTip(
            self.tr("Drill what you last answered wrong, in every bank")
        )
        self.mistakes_button.setAccessibleName(
            self.tr("Drill the questions you last answered wrong in every bank")
        )
        self.view.setAccessibleName(self.tr("Question banks"))
        self.start_button.setText(self.tr("Start quiz"))
        self.start_button.setAccessibleName(self.tr("Open the start page of the selected bank"))
        self.problems_details_button.setAccessibleName(
            self.tr("Show or hide the problems found in bank files")
        )
        self._show_problem_count()
        self.model.retranslate()
        self._fill_filter_combos(self.model.rows())
        self._on_selection_changed()

    # --- building ------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("libraryFilterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_text)

        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("tagFilterCombo")
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_combo.currentIndexChanged.connect(self._on_tag_changed)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageFilterCombo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)

        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("reloadLibraryButton")
        self.reload_button.clicked.connect(self.reload_requested)

        self.history_button = QPushButton(self)
        self.history_button.setObjectName("historyButton")
        self.history_button.clicked.connect(self.history_requested)

        self.review_button = QPushButton(self)
        self.review_button.setObjectName("reviewButton")
        self.review_button.clicked.connect(self.review_requested)
        self.mistakes_button = QPushButton(self)
        self.mistakes_button.setObjectName("mistakesButton")
        self.mistakes_button.clicked.connect(self.mistakes_requested)

    def _build_view(self) -> None:
        self.view = RowActivatingTableView(self)
        self.view.setObjectName("libraryView")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.view.doubleClicked.connect(self._on_activated)
        self.view.row_activated.connect(self._on_activated)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.proxy.modelReset.connect(self._select_first_if_none)
        self.proxy.layoutChanged.connect(self._on_selection_changed)

    def _build_details(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("bankTitleLabel")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        # Bank text is never read as HTML: <img src="/dev/zero"> in a title would be loaded.
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("bankInfoLabel")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label = QLabel(self)
        self.description_label.setObjectName("bankDescriptionLabel")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.attempts_label = QLabel(self)
        self.attempts_label.setObjectName("attemptsLeftLabel")
        self.attempts_label.setWordWrap(True)
        self.attempts_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.attempts_label.font()
        font.setBold(True)
        self.attempts_label.setFont(font)

        self.start_button = QPushButton(self)
        self.start_button.setObjectName("startQuizButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._on_start_clicked)

    def _build_problems(self) -> None:
        # The teacher's Problems panel; the list in it is problems_view.
        self.problems_group = ProblemsPanel(self)
        self.problems_group.problem_activated.connect(self.problem_activated)
        self.problems_view = self.problems_group.view
        self.problems_group.setVisible(False)
        # What a student sees: one short line; the list is there behind Details.
        self.problems_summary = QLabel(self)
        self.problems_summary.setObjectName("problemsSummaryLabel")
        self.problems_summary.setWordWrap(True)
        self.problems_details_button = QPushButton(self)
        self.problems_details_button.setObjectName("problemsDetailsButton")
        self.problems_details_button.setCheckable(True)
        self.problems_details_button.toggled.connect(self._on_details_toggled)
        self._failed_count = 0

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.tag_combo)
        filters.addWidget(self.language_combo)
        filters.addWidget(self.reload_button)
        filters.addWidget(self.history_button)
        filters.addWidget(self.review_button)
        filters.addWidget(self.mistakes_button)

        text = QVBoxLayout()
        text.addWidget(self.title_label)
        text.addWidget(self.info_label)
        text.addWidget(self.description_label)
        text.addWidget(self.attempts_label)
        details = QHBoxLayout()
        details.addLayout(text, 1)
        details.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignBottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self.glance_bar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 3)
        layout.addLayout(details)
        problems = QHBoxLayout()
        problems.addWidget(self.problems_summary, 1)
        problems.addWidget(self.problems_details_button)
        layout.addLayout(problems)
        layout.addWidget(self.problems_group)

    # --- content -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[LibraryRow]) -> None:
        """Show ``rows``; the selected bank stays selected when it is still there."""
        selected = self.selected_bank_id()
        self.model.set_rows(rows)
        self._fill_filter_combos(rows)
        if selected is None or not self.select_bank(selected):
            self._select_first_if_none()
        self._on_selection_changed()

    def set_study(self, banks: Sequence[DueBank], streak: int) -> None:
        """The profile's study per bank (``QuizService.due``) and its streak, in days."""
        self.model.set_study(banks)
        self.glance_bar.set_glance(due_total(banks), streak)

    def clear_study(self) -> None:
        """Empty the study columns and the header until :meth:`set_study` fills them again."""
        self.model.set_study(None)
        self.glance_bar.set_glance(None, None)

    def set_problems(self, lines: Sequence[str], failed: int | None = None) -> None:
        """List problems found in bank files (``file:line:column: severity: message``).

        ``failed`` is how many bank files (or folders) could not be read: the
        short line says that; None counts every line as one.
        """
        self.set_problem_entries([ProblemEntry(line) for line in lines], failed)

    def set_problem_entries(
        self, entries: Sequence[ProblemEntry], failed: int | None = None
    ) -> None:
        """:meth:`set_problems` with where each problem is, so Enter can open its file."""
        self.problems_group.set_entries(entries)
        self._failed_count = len(entries) if failed is None else failed
        self._show_problem_count()

    def set_out_of_date(self, bank_ids: Iterable[str]) -> None:
        """Mark the banks whose file has errors: they show their last valid version."""
        self.model.set_out_of_date(bank_ids)
        self._on_selection_changed()

    def _show_problem_count(self) -> None:
        count = self.problems_group.count()
        failed = self._failed_count
        if not count:
            summary = self.tr("No problems in bank files.")
        elif failed == 1:
            summary = self.tr("1 bank could not be read.")
        elif failed:
            summary = self.tr("{count} banks could not be read.").format(count=failed)
        else:
            summary = self.tr("Some bank files have warnings.")
        self.problems_summary.setText(summary)
        # Once open, the panel stays, saying "No problems" when a file is fixed.
        shown = bool(count) or self.problems_details_button.isChecked()
        self.problems_summary.setVisible(shown)
        self.problems_details_button.setVisible(shown)
        self._on_details_toggled(self.problems_details_button.isChecked())

    @Slot(bool)
    def _on_details_toggled(self, shown: bool) -> None:
        self.problems_details_button.setText(
            self.tr("Hide details") if shown else self.tr("Details…")
        )
        self.problems_group.setVisible(shown)
        if not shown and not self.problems_group.count():
            self.problems_summary.setVisible(False)
            self.problems_details_button.setVisible(False)

    def show_problem_details(self, shown: bool = True) -> None:
        """Show (or hide) the full list of problems, as the Details button does."""
        self.problems_details_button.setChecked(shown)

    def problem_lines(self) -> list[str]:
        return self.problems_group.lines()

    def selected_bank_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isSelected(index):
            return None
        bank_id = index.data(BANK_ID_ROLE)
        return str(bank_id) if bank_id is not None else None

    def select_bank(self, bank_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(BANK_ID_ROLE) == bank_id:
                self.view.selectRow(row)
                self.view.setCurrentIndex(index)
                return True
        return False

    def focus_table(self) -> None:
        self.view.setFocus()

    # --- filters -------------------------------------------------------------------------

    def _fill_filter_combos(self, rows: Sequence[LibraryRow]) -> None:
        tags = sorted({tag for row in rows for tag in row.tags}, key=str.casefold)
        languages = sorted({row.language for row in rows}, key=language_name)
        self._refill(self.tag_combo, self.tr("All tags"), [(tag, tag) for tag in tags])
        self._refill(
            self.language_combo,
            self.tr("All languages"),
            [(language_name(code), code) for code in languages],
        )

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        combo.currentIndexChanged.emit(combo.currentIndex())

    @Slot(int)
    def _on_tag_changed(self, _index: int) -> None:
        self.proxy.set_tag(self.tag_combo.currentData())
        self._select_first_if_none()

    @Slot(int)
    def _on_language_changed(self, _index: int) -> None:
        self.proxy.set_language(self.language_combo.currentData())
        self._select_first_if_none()

    # --- selection and starting ----------------------------------------------------------

    @Slot()
    def _select_first_if_none(self) -> None:
        if self.selected_bank_id() is None and self.proxy.rowCount() > 0:
            self.view.selectRow(0)
        self._on_selection_changed()

    @Slot()
    def _on_selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        bank_id = self.selected_bank_id()
        self._show_details(self.model.row_for(bank_id) if bank_id else None)

    def _show_details(self, row: LibraryRow | None) -> None:
        if row is None:
            self.title_label.setText(
                self.tr("No bank matches the filters.")
                if self.model.rowCount()
                else self.tr("No question banks yet.")
            )
            self.info_label.setText(
                self.tr("Add a folder of bank files in Settings.")
                if not self.model.rowCount()
                else ""
            )
            self.description_label.clear()
            self.attempts_label.clear()
            self.attempts_label.setVisible(False)
            self.start_button.setEnabled(False)
            return
        self.title_label.setText(row.title)
        self.info_label.setText(self._info_text(row))
        self.description_label.setText(row.description or "")
        self.description_label.setVisible(bool(row.description))
        self.attempts_label.setText(self._attempts_text(row))
        self.attempts_label.setVisible(bool(self.attempts_label.text()))
        # Open even with no attempts left: the start page shows the scores, and
        # Resume when an attempt was left unfinished.
        self.start_button.setEnabled(True)

    def _info_text(self, row: LibraryRow) -> str:
        asked = row.question_count if row.draw is None else min(row.draw, row.question_count)
        parts = [
            self.tr("Questions: {count}").format(count=asked),
            self.tr("time limit: {limit}").format(limit=format_duration(row.time_limit)),
            self.tr("pass mark: {mark}%").format(mark=f"{row.pass_mark:g}"),
            language_name(row.language),
        ]
        if row.question_time_limit is not None:
            parts.insert(
                2,
                self.tr("per question: {limit}").format(
                    limit=format_duration(row.question_time_limit)
                ),
            )
        if row.draw is not None and row.draw < row.question_count:
            parts[0] = self.tr("{asked} of {total} questions, drawn at random").format(
                asked=asked, total=row.question_count
            )
        modes = [feedback_text(row.feedback), review_text(row.review)]
        text = " · ".join(parts) + "\n" + sentence_case(" · ".join(modes))
        if self.model.is_out_of_date(row.bank_id):
            text += "\n" + out_of_date_text()
        return text

    def _attempts_text(self, row: LibraryRow) -> str:
        if row.max_attempts is None:
            return ""
        if not row.can_start:
            return self.tr(
                "No attempts left: you have used all {allowed} attempts at this bank."
            ).format(allowed=row.max_attempts)
        return self.tr("Attempts: {attempts}").format(attempts=format_attempts(row))

    def _start_if_allowed(self, bank_id: str | None) -> None:
        row = self.model.row_for(bank_id) if bank_id else None
        if row is not None:
            self.start_requested.emit(row.bank_id)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        bank_id = index.data(BANK_ID_ROLE)
        self._start_if_allowed(str(bank_id) if bank_id is not None else None)

    @Slot()
    def _on_start_clicked(self) -> None:
        self._start_if_allowed(self.selected_bank_id())
