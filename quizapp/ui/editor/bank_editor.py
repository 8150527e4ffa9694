"""The bank editor: a window over one bank file, with forms, a live preview and the CLI's checks.

It keeps the save rules of :mod:`quizapp.service.authoring`: a bank that does
not validate is never written over one that does (a draft is offered), a file
whose inner comments or anchors a rewrite would drop is saved only after the
teacher has been told once, and no change is lost without asking.

Checking runs on the worker a moment after the last keystroke: the whole bank
(the problems list, with the CLI's messages placed in the file as it will be
saved) and the current question on its own (the preview, shown as soon as that
question is valid, whatever the rest of the bank holds).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank.model import Question
from quizapp.bank.problems import Problem
from quizapp.bank.yaml_writer import question_start_lines
from quizapp.service.authoring import (
    Opened,
    SaveOutcome,
    SaveResult,
    check_bank,
    new_question_data,
    open_bank_for_editing,
    save_bank,
    save_draft,
)
from quizapp.ui.editor.fields import text_of
from quizapp.ui.editor.forms import BankForm, QuestionForm, SettingsForm
from quizapp.ui.editor.preview import QuestionPreview
from quizapp.ui.editor.question_list import QuestionListModel, QuestionListView
from quizapp.ui.messages import Level, show_message
from quizapp.ui.pages.library_page import problem_line
from quizapp.ui.workers import run_in_background

CHECK_DELAY_MS = 300
_LINE_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class _Checks:
    problems: tuple[Problem, ...]
    question_lines: tuple[int, ...]
    question: Question | None  # the current question, when it validates on its own
    edits: int  # the edit count the checks were made for
    row: int  # the question the preview is of


class BankEditor(QMainWindow):
    """Edits one bank file. Build it with :meth:`open_file` or :meth:`start_new`."""

    saved = Signal(str)  # the path of the file just saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("bankEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.resize(1200, 800)
        self._path: Path | None = None
        self._data: dict[str, Any] = {}
        self._leading_comment = ""
        self._loses_on_rewrite = False
        self._warned_about_rewrite = False
        self._edits = 0  # every change counts; saved when this many were saved
        self._saved_edits = 0
        self._close_after_save = False
        self._close_confirmed = False
        self._pending_question: str | None = None
        self._question_lines: tuple[int, ...] = ()
        self.checks_shown = 0  # how many checks have come back and been shown
        self.question_box: QMessageBox | None = None  # the question the editor is asking
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._build_actions()
        self._build_pages()
        self._retranslate()

    # --- building ------------------------------------------------------------------------

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu("")
        self._menu = menu
        self.save_action = self._action("saveBankAction", [QKeySequence("Ctrl+S")], self.save)
        self.save_as_action = self._action(
            "saveBankAsAction", [QKeySequence("Ctrl+Shift+S")], self.save_as
        )
        self.close_action = self._action("closeEditorAction", [QKeySequence("Ctrl+W")], self.close)
        for action in (self.save_action, self.save_as_action, self.close_action):
            menu.addAction(action)

    def _action(self, name: str, keys: list[QKeySequence], slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_pages(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("editorTabs")
        self.tabs.addTab(self._build_bank_tab(), "")
        self.tabs.addTab(self._build_reading_tab(), "")
        self.tabs.addTab(self._build_questions_tab(), "")
        self.problems_view = QListWidget(self)
        self.problems_view.setObjectName("editorProblems")
        self.problems_view.itemActivated.connect(self._on_problem_activated)
        self._problems_title = QLabel(self)
        self._problems_title.setObjectName("editorProblemsTitle")
        self._problems_title.setBuddy(self.problems_view)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self._problems_title)
        bottom_layout.addWidget(self.problems_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("editorSplitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.unreadable_note = QLabel(self)
        self.unreadable_note.setObjectName("unreadableNote")
        self.unreadable_note.setWordWrap(True)
        self.unreadable_note.setTextFormat(Qt.TextFormat.PlainText)
        self.unreadable_note.hide()
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.unreadable_note)
        layout.addWidget(splitter)
        self.setCentralWidget(central)

    def _build_bank_tab(self) -> QWidget:
        self.bank_form = BankForm()
        self.bank_form.edited.connect(self._on_edited)
        self.settings_form = SettingsForm()
        self.settings_form.edited.connect(self._on_settings_edited)
        self._about_group = QGroupBox()
        QVBoxLayout(self._about_group).addWidget(self.bank_form)
        self._settings_group = QGroupBox()
        QVBoxLayout(self._settings_group).addWidget(self.settings_form)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(self._about_group, 1)
        layout.addWidget(self._settings_group, 1)
        return _scrolled(page, "bankTab")

    def _build_reading_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("readingTab")
        self._reading_note = QLabel(page)
        self._reading_note.setObjectName("readingNote")
        self._reading_note.setWordWrap(True)
        self.reading_edit = QPlainTextEdit(page)
        self.reading_edit.setObjectName("readingEdit")
        self.reading_edit.textChanged.connect(self._on_reading_edited)
        self.reading_file_edit = QLineEdit(page)
        self.reading_file_edit.setObjectName("readingFileEdit")
        self.reading_file_edit.textEdited.connect(self._on_reading_file_edited)
        self._reading_stack = QStackedWidget(page)
        self._reading_stack.addWidget(self.reading_edit)
        file_page = QWidget()
        file_layout = QVBoxLayout(file_page)
        file_layout.addWidget(self.reading_file_edit)
        file_layout.addStretch(1)
        self._reading_stack.addWidget(file_page)
        layout = QVBoxLayout(page)
        layout.addWidget(self._reading_note)
        layout.addWidget(self._reading_stack)
        self._loading_reading = False
        return page

    def _build_questions_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("questionsTab")
        self.question_model = QuestionListModel(self)
        self.question_list = QuestionListView(page)
        self.question_list.setObjectName("questionList")
        self.question_list.setModel(self.question_model)
        self.question_list.selectionModel().selectionChanged.connect(self._on_question_selected)
        self.question_list.move_requested.connect(self.move_current)
        self.question_model.moved.connect(self._on_question_moved)
        self.add_button = self._button("addQuestionButton", self.add_question)
        self.duplicate_button = self._button("duplicateQuestionButton", self.duplicate_question)
        self.delete_button = self._button("deleteQuestionButton", self.delete_question)
        self.up_button = self._button("moveQuestionUpButton", self._move_up)
        self.down_button = self._button("moveQuestionDownButton", self._move_down)
        self.duplicate_action = self._action(
            "duplicateQuestionAction", [QKeySequence("Ctrl+D")], self.duplicate_question
        )
        self.delete_action = QAction(self.question_list)
        self.delete_action.setObjectName("deleteQuestionAction")
        self.delete_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_question)
        self.question_list.addAction(self.delete_action)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.duplicate_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        left = QWidget(page)
        left.setMaximumWidth(360)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self._list_title = QLabel(left)
        self._list_title.setBuddy(self.question_list)
        self._list_title.setWordWrap(True)
        left_layout.addWidget(self._list_title)
        left_layout.addWidget(self.question_list)
        left_layout.addLayout(buttons)
        self.question_form = QuestionForm()
        self.question_form.edited.connect(self._on_question_edited)
        self.question_form.type_changed.connect(self._on_type_changed)
        self.preview = QuestionPreview(page)
        self.preview.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal, page)
        splitter.addWidget(left)
        splitter.addWidget(_scrolled(self.question_form, "questionFormScroll"))
        splitter.addWidget(self.preview)
        for column, stretch in enumerate((2, 5, 4)):
            splitter.setStretchFactor(column, stretch)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- opening -------------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def data(self) -> dict[str, Any]:
        return self._data

    @property
    def has_unsaved_changes(self) -> bool:
        return self._edits != self._saved_edits

    def open_file(self, path: Path, question_id: str | None = None) -> None:
        """Read ``path`` on the worker and show it, at ``question_id`` when given."""
        self._path = path
        self._pending_question = question_id
        self._update_title()
        run_in_background(lambda: open_bank_for_editing(path), success=self._on_opened, owner=self)

    def start_new(self, path: Path, data: dict[str, Any]) -> None:
        """A bank not yet written: ``data`` (a template) to be saved to ``path``."""
        self._path = path
        self._show_data(data, leading_comment="")
        self._edits = 1  # unsaved until saved
        self._update_title()

    def _on_opened(self, opened: Opened) -> None:
        self._loses_on_rewrite = opened.loses_on_rewrite
        self._warned_about_rewrite = False
        if opened.data is None:
            self._show_unreadable(opened)
            return
        self.unreadable_note.hide()
        self.tabs.setEnabled(True)
        self._show_data(opened.data, leading_comment=opened.leading_comment)
        if opened.draft is not None:
            self.statusBar().showMessage(
                self.tr("A draft of this bank is kept beside it: {name}").format(
                    name=opened.draft.name
                )
            )
        if self._pending_question is not None:
            self.select_question(self._pending_question)

    def _show_unreadable(self, opened: Opened) -> None:
        """A file YAML cannot read has no form: its problems say where to fix it."""
        self.tabs.setEnabled(False)
        self.save_action.setEnabled(False)
        self.save_as_action.setEnabled(False)
        self.unreadable_note.setText(
            self.tr(
                "This file cannot be read as YAML, so it cannot be edited here. "
                "Fix the problem below in a text editor, then open it again."
            )
        )
        self.unreadable_note.show()
        self._show_problems(opened.problems)

    def _show_data(self, data: dict[str, Any], *, leading_comment: str) -> None:
        self._data = data
        self._leading_comment = leading_comment
        self.save_action.setEnabled(True)
        self.save_as_action.setEnabled(True)
        self.bank_form.set_mapping(data)
        settings = data.get("settings")
        self.settings_form.set_mapping(settings if isinstance(settings, dict) else {})
        self._show_reading()
        questions = data.get("questions")
        if not isinstance(questions, list):
            questions = data["questions"] = []
        self.question_model.set_questions(questions)
        if questions:
            self._select_row(0)
        else:
            self.question_form.setEnabled(False)
        self.check_now()

    def _show_reading(self) -> None:
        reading = self._data.get("reading")
        self._loading_reading = True
        if isinstance(reading, dict):
            self._reading_stack.setCurrentIndex(1)
            self.reading_file_edit.setText(text_of(reading.get("file")))
        else:
            self._reading_stack.setCurrentIndex(0)
            self.reading_edit.setPlainText(text_of(reading))
        self._loading_reading = False
        self._retranslate_reading()

    # --- questions -----------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.question_list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_question(self, question_id: str) -> bool:
        for row, question in enumerate(self.question_model.questions):
            if isinstance(question, dict) and question.get("id") == question_id:
                self.tabs.setCurrentIndex(2)
                self._select_row(row)
                return True
        return False

    def _select_row(self, row: int) -> None:
        index = self.question_model.index(row, 0)
        self.question_list.setCurrentIndex(index)

    @Slot(QItemSelection, QItemSelection)
    def _on_question_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        row = self.current_row()
        questions = self.question_model.questions
        has_question = 0 <= row < len(questions) and isinstance(questions[row], dict)
        self.question_form.setEnabled(has_question)
        for widget in (self.duplicate_button, self.delete_button, self.up_button, self.down_button):
            widget.setEnabled(has_question)
        if has_question:
            self.question_form.set_question(questions[row])
        self._schedule_check()

    def add_question(self) -> None:
        row = self.current_row() + 1 if self.current_row() >= 0 else len(self._questions())
        question = new_question_data("single_choice", self._unused_id("question"))
        question.update(self.starter_texts(question))
        self.question_model.insert(row, question)
        self._select_row(row)
        self._on_edited()
        self.question_form.common.id_edit.setFocus()

    def duplicate_question(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        question = copy.deepcopy(self._questions()[row])
        if isinstance(question, dict):
            question["id"] = self._unused_id(text_of(question.get("id")) or "question")
        self.question_model.insert(row + 1, question)
        self._select_row(row + 1)
        self._on_edited()

    def delete_question(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        self.question_model.remove(row)
        if self._questions():
            self._select_row(min(row, len(self._questions()) - 1))
        else:
            self.question_form.setEnabled(False)
            self.preview.show_question(None, language="en", bank_dir=None)
        self._on_edited()

    @Slot(int)
    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row >= 0 and self.question_model.move(row, row + step):
            self._select_row(row + step)

    def _move_up(self) -> None:
        self.move_current(-1)

    def _move_down(self) -> None:
        self.move_current(1)

    @Slot(int, int)
    def _on_question_moved(self, _source: int, target: int) -> None:
        self._select_row(target)
        self._on_edited()

    @Slot(str)
    def _on_type_changed(self, type_name: str) -> None:
        """Another type: the keys every question has stay, the old type's own keys go."""
        row = self.current_row()
        old = self._questions()[row]
        starter = new_question_data(type_name, text_of(old.get("id")))
        starter.update(self.starter_texts(starter))
        kept = {k: v for k, v in old.items() if k in _COMMON_KEYS and k not in ("type",)}
        if type_name == "cloze":
            kept.pop("prompt", None)
        old.clear()
        old.update({**starter, **kept, "type": type_name})
        self.question_form.set_question(old)
        self.question_model.refresh(row)
        self._on_edited()

    def starter_texts(self, question: dict[str, Any]) -> dict[str, Any]:
        """The template's words in the interface's language."""
        right, wrong = self.tr("Right answer"), self.tr("Wrong answer")
        by_type: dict[str, dict[str, Any]] = {
            "single_choice": {"choices": [right, wrong], "answer": right},
            "multiple_choice": {"choices": [right, wrong], "answers": [right]},
            "short_answer": {"answers": [self.tr("answer")]},
            "ordering": {"items": [self.tr("First"), self.tr("Second"), self.tr("Third")]},
            "cloze": {"text": self.tr("Fill in the {{blank}}.")},
        }
        texts = dict(by_type.get(text_of(question.get("type")), {}))
        if "prompt" in question:
            texts["prompt"] = self.tr("Write the question here.")
        return texts

    def _questions(self) -> list[Any]:
        return self.question_model.questions

    def _unused_id(self, base: str) -> str:
        used = {text_of(q.get("id")) for q in self._questions() if isinstance(q, dict)}
        stem = base.rstrip("0123456789-") or "question"
        number = 1
        while f"{stem}-{number}" in used:
            number += 1
        return f"{stem}-{number}"

    # --- edits and checks ----------------------------------------------------------------

    def _on_edited(self) -> None:
        self._edits += 1
        self._update_title()
        self._schedule_check()

    def _on_question_edited(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.question_model.refresh(row)
        self._on_edited()

    def _on_settings_edited(self) -> None:
        if self.settings_form.mapping:
            self._data["settings"] = self.settings_form.mapping
        else:
            self._data.pop("settings", None)
        self._on_edited()

    def _on_reading_edited(self) -> None:
        if self._loading_reading:
            return
        text = self.reading_edit.toPlainText()
        if text:
            self._data["reading"] = text
        else:
            self._data.pop("reading", None)
        self._on_edited()

    def _on_reading_file_edited(self, text: str) -> None:
        self._data["reading"] = {"file": text}
        self._on_edited()

    def _schedule_check(self) -> None:
        self._check_timer.start()

    def check_now(self) -> None:
        """Check the bank and the current question on the worker; the result comes back here."""
        self._check_timer.stop()
        if self._path is None:
            return
        path = self._path
        snapshot = copy.deepcopy(self._data)
        comment = self._leading_comment
        row = self.current_row()
        edits = self._edits
        run_in_background(
            lambda: _check(snapshot, comment, path, row, edits),
            success=self._on_checked,
            owner=self,
        )

    def _on_checked(self, checks: _Checks) -> None:
        if checks.edits != self._edits:
            return  # the teacher typed on: a newer check is on its way
        self._question_lines = checks.question_lines
        self._show_problems(checks.problems)
        self.checks_shown += 1
        language = text_of(self._data.get("language")) or "en"
        bank_dir = self._path.parent if self._path else None
        if self.current_row() >= 0 and checks.row == self.current_row():
            self.preview.show_question(checks.question, language=language, bank_dir=bank_dir)

    def _show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.problems_view.clear()
        name = self._path.name if self._path else ""
        for problem in problems:
            item = QListWidgetItem(problem_line(name, problem), self.problems_view)
            item.setData(_LINE_ROLE, problem.line)
        errors = sum(1 for p in problems if p.is_error)
        if not problems:
            self._problems_title.setText(self.tr("Problems: none. The bank is valid."))
        else:
            self._problems_title.setText(
                self.tr("Problems: %n error(s)", "", errors)
                + self.tr(", %n warning(s)", "", len(problems) - errors)
            )

    @Slot(QListWidgetItem)
    def _on_problem_activated(self, item: QListWidgetItem) -> None:
        """Go to the question the problem is in (its line in the file as it will be saved)."""
        line = int(item.data(_LINE_ROLE) or 0)
        starts = self._question_lines
        rows = [row for row, start in enumerate(starts) if start <= line]
        if rows:
            self.tabs.setCurrentIndex(2)
            self._select_row(rows[-1])
            self.question_form.common.prompt.setFocus()
        elif starts:
            self.tabs.setCurrentIndex(0)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self._path is not None:
            self.save_to(self._path)

    def save_as(self) -> None:
        from quizapp.ui.settings_dialog import save_file_dialog

        dialog = save_file_dialog(
            self,
            self.tr("Save the bank as"),
            name="saveBankAsDialog",
            name_filter=self.tr("Question banks (*.yaml *.yml)"),
            suffix="yaml",
        )
        if self._path is not None:
            dialog.setDirectory(str(self._path.parent))
        dialog.fileSelected.connect(self._on_save_as_chosen)
        dialog.open()

    @Slot(str)
    def _on_save_as_chosen(self, chosen: str) -> None:
        self._path = Path(chosen)
        self._warned_about_rewrite = False
        self._loses_on_rewrite = False  # a new file has nothing of the old one's to lose
        self.save_to(self._path)

    def save_to(self, path: Path) -> None:
        """Save to ``path``, after telling once what a rewrite of this file loses."""
        if self._loses_on_rewrite and not self._warned_about_rewrite:
            self._ask(
                "rewriteWarningDialog",
                self.tr(
                    "This file has comments inside it, or anchors and aliases "
                    "(a name after & or *). Saving writes the file again from the forms: "
                    "those comments and anchors will be gone. "
                    "The comment block at the top of the file is kept."
                ),
                [("saveAnywayButton", self.tr("Save anyway"), self._on_rewrite_accepted)],
            )
            return
        data = copy.deepcopy(self._data)
        comment = self._leading_comment
        edits = self._edits
        run_in_background(
            lambda: save_bank(path, data, leading_comment=comment),
            success=lambda outcome: self._on_save_done(outcome, edits),
            failure=self._on_save_failed,
            owner=self,
        )

    def _on_rewrite_accepted(self) -> None:
        self._warned_about_rewrite = True
        self.save()

    def _on_save_done(self, outcome: SaveOutcome, edits: int) -> None:
        if outcome.result is SaveResult.REFUSED:
            self._close_after_save = False
            self._show_problems(outcome.problems)
            self._ask(
                "draftOfferDialog",
                self.tr(
                    "The bank has errors (listed under Problems), and the file on disk is a "
                    "valid bank, so it was not overwritten. Keep your changes in a draft "
                    "beside it ({name})? The library does not read drafts."
                ).format(name=self._draft_name()),
                [("keepDraftButton", self.tr("Keep a draft"), self.keep_draft)],
            )
            return
        self._saved_edits = edits
        self._update_title()
        assert self._path is not None
        self.statusBar().showMessage(self.tr("Saved {name}.").format(name=self._path.name), 5000)
        self.saved.emit(str(self._path))
        if self._close_after_save and not self.has_unsaved_changes:
            self._close_confirmed = True
            self.close()

    def _on_save_failed(self, error: Exception) -> None:
        self._close_after_save = False
        show_message(
            Level.WARNING,
            self.tr("The bank could not be saved: {reason}").format(reason=str(error)),
            parent=self,
        )

    def keep_draft(self) -> None:
        path = self._path
        if path is None:
            return
        data = copy.deepcopy(self._data)
        comment = self._leading_comment
        run_in_background(
            lambda: save_draft(path, data, leading_comment=comment),
            success=self._on_draft_kept,
            failure=self._on_save_failed,
            owner=self,
        )

    def _on_draft_kept(self, draft: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Your changes are kept in {name}; the bank itself is unchanged.").format(
                name=draft.name
            )
        )

    def _draft_name(self) -> str:
        from quizapp.bank.loader import draft_path

        return draft_path(self._path).name if self._path else ""

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_changes and not self._close_confirmed:
            event.ignore()
            self._ask(
                "unsavedChangesDialog",
                self.tr("This bank has changes that are not saved. Save them before closing?"),
                [
                    ("saveAndCloseButton", self.tr("Save"), self._save_and_close),
                    ("discardChangesButton", self.tr("Discard changes"), self._discard_and_close),
                ],
            )
            return
        self._close_confirmed = False
        super().closeEvent(event)

    def _save_and_close(self) -> None:
        self._close_after_save = True
        self.save()

    def _discard_and_close(self) -> None:
        self._close_confirmed = True
        self.close()

    def _ask(self, name: str, text: str, choices: list[tuple[str, str, Any]]) -> None:
        """A question with the given buttons and Cancel; a button's slot runs when clicked."""
        if self.question_box is not None:
            self.question_box.raise_()
            return
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Bank editor"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names are shown, never rendered
        box.setText(text)
        self._answers: dict[QAbstractButton, Any] = {}
        for button_name, label, slot in choices:
            button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName(button_name)
            self._answers[button] = slot
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.buttonClicked.connect(self._on_answered)
        self.question_box = box
        box.open()

    @Slot(QAbstractButton)
    def _on_answered(self, button: QAbstractButton) -> None:
        box, self.question_box = self.question_box, None
        if box is not None:
            box.deleteLater()
        slot = self._answers.pop(button, None)
        self._answers.clear()
        if slot is None:
            self._close_after_save = False
            return
        slot()

    # --- texts ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        name = self._path.name if self._path else ""
        mark = "*" if self.has_unsaved_changes else ""
        self.setWindowTitle(self.tr("{name}{mark} — Bank editor").format(name=name, mark=mark))

    def _retranslate(self) -> None:
        self._menu.setTitle(self.tr("&File"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.close_action.setText(self.tr("&Close editor"))
        self.duplicate_action.setText(self.tr("Duplicate question"))
        self.delete_action.setText(self.tr("Delete question"))
        self.tabs.setTabText(0, self.tr("Bank and se&ttings"))
        self.tabs.setTabText(1, self.tr("&Reading"))
        self.tabs.setTabText(2, self.tr("&Questions"))
        self._about_group.setTitle(self.tr("The bank"))
        self._settings_group.setTitle(self.tr("Settings"))
        self._list_title.setText(self.tr("Questions (drag, or Ctrl+Up / Ctrl+Down, to reorder):"))
        self.question_list.setAccessibleName(self.tr("Questions"))
        self.problems_view.setAccessibleName(self.tr("Problems"))
        self.reading_edit.setAccessibleName(self.tr("Reading (Markdown)"))
        self.reading_file_edit.setAccessibleName(self.tr("Reading file"))
        buttons = (
            (self.add_button, self.tr("A&dd"), self.tr("Add a question")),
            (self.duplicate_button, self.tr("D&uplicate"), self.tr("Duplicate the question")),
            (self.delete_button, self.tr("De&lete"), self.tr("Delete the question")),
            (self.up_button, self.tr("Up"), self.tr("Move the question up")),
            (self.down_button, self.tr("Down"), self.tr("Move the question down")),
        )
        for button, text, accessible in buttons:
            button.setText(text)
            button.setAccessibleName(accessible)
        self._retranslate_reading()
        self._update_title()

    def _retranslate_reading(self) -> None:
        if self._reading_stack.currentIndex() == 1:
            self._reading_note.setText(
                self.tr("The reading is kept in its own Markdown file, beside the bank:")
            )
        else:
            self._reading_note.setText(
                self.tr(
                    "Study text a student can read before and during practice (Markdown). "
                    "A question's source quote must occur in it."
                )
            )


_COMMON_KEYS = frozenset(
    {
        "id",
        "type",
        "prompt",
        "points",
        "time_limit",
        "explanation",
        "source",
        "tags",
        "difficulty",
        "image",
        "image_alt",
    }
)


def _scrolled(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _check(data: dict[str, Any], comment: str, path: Path, row: int, edits: int) -> _Checks:
    """On the worker: the whole bank's problems, and the current question on its own."""
    checked = check_bank(data, leading_comment=comment, path=path)
    questions = data.get("questions")
    question: Question | None = None
    if checked.result.bank is not None and 0 <= row < len(checked.result.bank.questions):
        question = checked.result.bank.questions[row]
    elif isinstance(questions, list) and 0 <= row < len(questions):
        alone: dict[str, Any] = {
            key: data[key] for key in ("format", "language", "reading") if key in data
        }
        alone.update({"id": "preview", "title": "preview", "questions": [questions[row]]})
        bank = check_bank(alone, leading_comment="", path=path).result.bank
        question = bank.questions[0] if bank is not None else None
    lines = question_start_lines(checked.text)
    return _Checks(checked.result.problems, lines, question, edits, row)
