"""The bank editor: forms, preview, the CLI's checks as one types, and saving without loss."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.bank.editable import check, read_editable
from quizapp.bank.loader import load_bank
from quizapp.bank.question_types import TYPE_NAMES
from quizapp.bank.yaml_writer import dump_bank
from quizapp.ui.editor.bank_editor import BankEditor
from quizapp.ui.editor.forms import QUESTION_FORMS, TypeForm
from quizapp.ui.main_window import MainWindow
from quizapp.ui.questions.registry import QUESTION_UIS
from tests.ui.test_shell import WindowFactory, enter_profile
from tests.unit.test_question_types import registration_gaps

pytest_plugins = ("tests.ui.test_shell",)

ROOT = Path(__file__).resolve().parents[2]
EVERY_TYPE = ROOT / "tests" / "unit" / "banks" / "every_type.yaml"


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    """every_type.yaml as the editor writes it (nothing in it a rewrite would lose)."""
    editable = read_editable(EVERY_TYPE.read_text(encoding="utf-8"))
    assert editable.data is not None
    path = tmp_path / "solar.yaml"
    path.write_text(dump_bank(editable.data, leading_comment="# Solar\n"), encoding="utf-8")
    return path


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BankEditor]:
    window = BankEditor()
    qtbot.addWidget(window, before_close_func=_discard)
    window.show()
    yield window
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


def _discard(window: BankEditor) -> None:
    window._close_confirmed = True


def open_and_wait(qtbot: QtBot, editor: BankEditor, path: Path) -> None:
    editor.open_file(path)
    qtbot.waitUntil(lambda: editor.question_model.rowCount() > 0)
    wait_until_valid(qtbot, editor)


def wait_until_valid(qtbot: QtBot, editor: BankEditor) -> None:
    qtbot.waitUntil(lambda: editor.checks_shown > 0 and editor.problems_view.count() == 0)


def answer(qtbot: QtBot, editor: BankEditor, box_name: str, button_name: str) -> None:
    qtbot.waitUntil(lambda: _box(editor, box_name) is not None)
    box = _box(editor, box_name)
    assert box is not None
    button = box.findChild(QAbstractButton, button_name)
    assert button is not None
    button.click()


def _box(editor: BankEditor, name: str) -> QMessageBox | None:
    box = editor.question_box
    return box if box is not None and box.objectName() == name and box.isVisible() else None


def problems(editor: BankEditor) -> list[str]:
    view = editor.problems_view
    return [view.item(row).text() for row in range(view.count())]


def test_every_question_type_has_a_form() -> None:
    assert registration_gaps(QUESTION_FORMS) == []


def test_editing_a_prompt_and_saving_writes_a_valid_changed_file(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    open_and_wait(qtbot, editor, bank_file)
    prompt = editor.question_form.common.prompt
    prompt.selectAll()
    qtbot.keyClicks(prompt, "Which planet do we live on?")
    assert editor.has_unsaved_changes
    assert editor.windowTitle().startswith("solar.yaml*")
    with qtbot.waitSignal(editor.saved):
        editor.save_action.trigger()
    bank = load_bank(bank_file).bank
    assert bank is not None
    assert bank.questions[0].prompt == "Which planet do we live on?"
    assert bank_file.read_text(encoding="utf-8").startswith("# Solar\nformat: quizapp/1\n")
    assert not editor.has_unsaved_changes


def test_an_unchanged_bank_saves_byte_for_byte_the_same(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    before = bank_file.read_bytes()
    open_and_wait(qtbot, editor, bank_file)
    for row in range(editor.question_model.rowCount()):  # showing each form changes nothing
        editor._select_row(row)
    with qtbot.waitSignal(editor.saved):
        editor.save_to(bank_file)
    assert bank_file.read_bytes() == before


def test_a_file_with_inner_comments_is_saved_only_after_the_warning(
    qtbot: QtBot, editor: BankEditor, tmp_path: Path
) -> None:
    path = tmp_path / "numeric.yaml"
    shutil.copy(ROOT / "docs" / "examples" / "numeric.yaml", path)
    original = load_bank(path).bank
    open_and_wait(qtbot, editor, path)
    editor.save_action.trigger()
    answer(qtbot, editor, "rewriteWarningDialog", "cancelButton")
    assert "# a plain number" in path.read_text(encoding="utf-8")
    editor.save_action.trigger()
    with qtbot.waitSignal(editor.saved):
        answer(qtbot, editor, "rewriteWarningDialog", "saveAnywayButton")
    assert load_bank(path).bank == original
    assert path.read_text(encoding="utf-8").startswith("# Example bank: numeric questions")


def test_an_invalid_edit_is_shown_and_never_written_over_the_valid_bank(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    before = bank_file.read_bytes()
    open_and_wait(qtbot, editor, bank_file)
    assert editor.select_question("moons")
    form = editor.question_form.type_form
    assert form is not None
    edit = form.findChild(QLineEdit, "numericAnswerEdit")
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, "fast")
    qtbot.waitUntil(lambda: any("answer" in line for line in problems(editor)))
    line = problems(editor)[0]
    assert line.startswith("solar.yaml:")
    assert ': error: question "moons": answer: ' in line
    assert editor.preview.question_widget is None  # shown again once the question is valid
    editor._select_row(0)
    editor.problems_view.itemActivated.emit(editor.problems_view.item(0))
    assert editor.data["questions"][editor.current_row()]["id"] == "moons"
    editor.save_action.trigger()
    answer(qtbot, editor, "draftOfferDialog", "keepDraftButton")
    draft = bank_file.with_name("solar.draft.yaml")
    qtbot.waitUntil(draft.exists)
    assert bank_file.read_bytes() == before
    assert "answer: fast" in draft.read_text(encoding="utf-8")


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    open_and_wait(qtbot, editor, bank_file)
    qtbot.keyClicks(editor.bank_form.title, " (draft)")
    editor.close()
    answer(qtbot, editor, "unsavedChangesDialog", "cancelButton")
    assert editor.isVisible()
    editor.close()
    with qtbot.waitSignal(editor.saved):
        answer(qtbot, editor, "unsavedChangesDialog", "saveAndCloseButton")
    qtbot.waitUntil(lambda: not editor.isVisible())
    bank = load_bank(bank_file).bank
    assert bank is not None
    assert bank.title == "The solar system (draft)"


def test_questions_are_reordered_by_keyboard_added_duplicated_and_deleted(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    open_and_wait(qtbot, editor, bank_file)
    ids = [q["id"] for q in editor.data["questions"]]
    editor.question_list.setFocus()
    editor._select_row(0)
    qtbot.keyClick(editor.question_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [q["id"] for q in editor.data["questions"]][:2] == [ids[1], ids[0]]
    assert editor.current_row() == 1
    qtbot.keyClick(editor.question_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [q["id"] for q in editor.data["questions"]] == ids
    editor.duplicate_button.click()
    assert editor.data["questions"][1]["id"] == f"{ids[0]}-1"
    editor.delete_button.click()
    assert [q["id"] for q in editor.data["questions"]] == ids
    editor.add_button.click()
    added = editor.data["questions"][editor.current_row()]
    assert added["id"] == "question-1"
    assert len(editor.data["questions"]) == len(ids) + 1
    wait_until_valid(qtbot, editor)
    assert editor.has_unsaved_changes


def test_a_question_dragged_to_another_place_moves_there(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    open_and_wait(qtbot, editor, bank_file)
    ids = [q["id"] for q in editor.data["questions"]]
    model = editor.question_model
    mime = model.mimeData([model.index(0, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, model.index(-1, 0))
    assert [q["id"] for q in editor.data["questions"]][:3] == [ids[1], ids[2], ids[0]]


@pytest.mark.parametrize("type_name", TYPE_NAMES)
def test_each_types_form_gives_back_the_question_it_shows(
    qtbot: QtBot, editor: BankEditor, bank_file: Path, type_name: str
) -> None:
    """Every field of the form, edited to what it shows, gives the same question."""
    open_and_wait(qtbot, editor, bank_file)
    row = next(i for i, q in enumerate(editor.data["questions"]) if q["type"] == type_name)
    before = load_bank(bank_file).bank
    assert before is not None
    editor._select_row(row)
    form = editor.question_form.type_form
    assert isinstance(form, TypeForm)
    assert type(form) is QUESTION_FORMS[type_name]
    for form_part in (editor.question_form.common, editor.question_form.details, form):
        _edit_every_field_to_itself(form_part)
    after = check(editor.data, leading_comment="", base_dir=bank_file.parent).result.bank
    assert after is not None
    assert after.questions[row] == before.questions[row]


def _edit_every_field_to_itself(form: object) -> None:
    assert hasattr(form, "findChildren")
    for line in form.findChildren(QLineEdit):
        if line.objectName():
            line.textEdited.emit(line.text())
    for text in form.findChildren(QPlainTextEdit):
        text.textChanged.emit()
    for combo in form.findChildren(QComboBox):
        if combo.currentIndex() > 0 or combo.objectName() == "trueFalseAnswerCombo":
            combo.activated.emit(combo.currentIndex())
    for box in form.findChildren(QCheckBox):
        if box.isChecked():
            box.toggled.emit(True)
    for table in form.findChildren(QTableWidget):
        table.itemChanged.emit(table.item(0, 0))
    for answers in form.findChildren(QListWidget):
        answers.itemChanged.emit(answers.item(0))


def test_the_preview_uses_the_quizs_own_widget_for_each_type(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    open_and_wait(qtbot, editor, bank_file)
    for row, question in enumerate(editor.data["questions"]):
        editor._select_row(row)
        widget_class = QUESTION_UIS[question["type"]].widget

        def shown(cls: type = widget_class) -> bool:
            return type(editor.preview.question_widget) is cls

        qtbot.waitUntil(shown)


def test_changing_a_questions_type_keeps_its_prompt_and_is_valid(
    qtbot: QtBot, editor: BankEditor, bank_file: Path
) -> None:
    open_and_wait(qtbot, editor, bank_file)
    combo = editor.question_form.common.type_combo
    combo.activated.emit(combo.findData("ordering"))
    question = editor.data["questions"][0]
    assert question["type"] == "ordering"
    assert question["prompt"] == "Which planet is third from the Sun?"
    assert "choices" not in question
    assert type(editor.question_form.type_form) is QUESTION_FORMS["ordering"]
    wait_until_valid(qtbot, editor)


def test_the_window_opens_a_library_bank_in_the_editor_and_syncs_after_a_save(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    window: MainWindow = make_window()
    enter_profile(qtbot, window, "Ana")
    assert window.new_bank_action.isEnabled()
    window.library_page.select_bank("solar")
    assert window.edit_bank_action.isEnabled()
    window.edit_bank_action.trigger()
    editor = window.bank_editors.editors[0]
    qtbot.waitUntil(lambda: editor.question_model.rowCount() > 0)
    assert editor.path == library / "solar.yaml"
    assert window.open_bank_editor(library / "solar.yaml") is editor  # one editor per file
    editor.bank_form.title.setText("Renamed")
    editor.bank_form.title.textEdited.emit("Renamed")
    editor._warned_about_rewrite = True
    with qtbot.waitSignal(editor.saved):
        editor.save_action.trigger()
    qtbot.waitUntil(
        lambda: any(
            window.library_page.model.index(row, 0).data() == "Renamed"
            for row in range(window.library_page.model.rowCount())
        )
    )
    editor.close()


def test_a_new_bank_starts_valid_and_is_written_only_when_saved(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    window: MainWindow = make_window()
    path = library / "Year 5 Plants.yaml"
    editor = window.bank_editors.create_new_bank(str(path))
    assert editor is not None
    qtbot.addWidget(editor, before_close_func=_discard)
    assert editor.data["id"] == "year-5-plants"
    wait_until_valid(qtbot, editor)
    assert not path.exists()
    with qtbot.waitSignal(editor.saved):
        editor.save_action.trigger()
    assert load_bank(path).bank is not None
    assert window.bank_editors.create_new_bank(str(path)) is None  # never over a file
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.close()


def test_quitting_with_an_unsaved_editor_asks_the_editor_first(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    window: MainWindow = make_window()
    editor = window.open_bank_editor(library / "solar.yaml")
    qtbot.addWidget(editor, before_close_func=_discard)
    qtbot.waitUntil(lambda: editor.question_model.rowCount() > 0)
    qtbot.keyClicks(editor.bank_form.title, "!")
    window.close()
    assert window.isVisible()
    answer(qtbot, editor, "unsavedChangesDialog", "discardChangesButton")
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.close()
    assert not window.isVisible()
