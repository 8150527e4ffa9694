"""The teacher's view: the statistics page, the teacher PIN in front of it, CSV exports, and
deleting a profile or an attempt (asked first, naming what goes; the PIN when set)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.__main__ import main
from quizapp.paths import resolve_database_url
from quizapp.quiz.clock import FakeClock
from quizapp.store.db import open_database
from quizapp.ui.main_window import MainWindow, create_main_window
from quizapp.ui.models.statistics_model import FLAG_MARK, QUESTION_ID_ROLE, Column
from quizapp.ui.pages.statistics_page import EXPORT_ANSWERS, EXPORT_ATTEMPTS, StatisticsPage
from quizapp.ui.pin_dialog import PinChange, PinEditDialog, TeacherPinDialog
from tests.service.test_statistics import QUESTIONS, play
from tests.store.helpers import bank_yaml, write_bank


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, Path]:
    """Ana 0 of 2 then 2 of 2, Budi 1 of 2, Citra 2 of 2: (data folder, library folder)."""
    data = tmp_path / "data"
    library = tmp_path / "banks"
    bank = write_bank(library / "solar.yaml", bank_yaml("solar", QUESTIONS))
    assert main(["--data-dir", str(data), "import", str(bank)]) == 0
    engine = open_database(resolve_database_url(None, data))
    clock = FakeClock()
    play(engine, clock, "Ana", {"q1": ["wrong"], "q2": ["wrong"]})
    play(engine, clock, "Budi", {"q1": ["wrong", "right"]})
    play(engine, clock, "Ana", {"q1": ["right"], "q2": ["right"]})
    play(engine, clock, "Citra", {"q1": ["right"], "q2": ["right"]})
    engine.dispose()
    return data, library


@pytest.fixture
def window(qtbot: QtBot, seeded: tuple[Path, Path]) -> MainWindow:
    data, library = seeded
    window = create_main_window(data_dir=data, library_dirs=[library], clock=FakeClock())
    qtbot.addWidget(window, before_close_func=MainWindow.confirm_close)
    window.show()
    qtbot.waitUntil(lambda: window.service is not None and not window.sync_in_progress)
    return window


def statistics_page(window: MainWindow) -> StatisticsPage:
    page = window.findChild(StatisticsPage, "statisticsPage")
    assert page is not None
    return page


def wait_for_statistics(qtbot: QtBot, window: MainWindow) -> StatisticsPage:
    qtbot.waitUntil(
        lambda: (
            window.current_page is not None and window.current_page.objectName() == "statisticsPage"
        )
    )
    page = window.current_page
    assert isinstance(page, StatisticsPage)
    qtbot.waitUntil(lambda: page.statistics is not None)
    return page


def wait_for_messages(qtbot: QtBot) -> list[str]:
    """Wait for a message box; the texts of those shown, each then closed."""
    shown: list[str] = []

    def some_shown() -> bool:
        shown.extend(message_texts())
        return bool(shown)

    qtbot.waitUntil(some_shown)
    return shown


def message_texts() -> list[str]:
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


def test_the_menu_opens_the_statistics_of_every_profile(qtbot: QtBot, window: MainWindow) -> None:
    assert window.statistics_action.objectName() == "statisticsAction"
    window.statistics_action.trigger()
    page = wait_for_statistics(qtbot, window)
    assert "Statistics" in window.windowTitle()
    assert page.bank_id == "solar"
    stats = page.statistics
    assert stats is not None
    assert stats.test.attempts == 3  # each student's first attempt: Ana, Budi, Citra
    assert "Attempts counted: 3" in page.summary_label.text()
    view = page.view
    assert view.objectName() == "statisticsView"
    model = view.model()
    assert model.rowCount() == 2
    ids = {model.index(row, 0).data(QUESTION_ID_ROLE) for row in range(model.rowCount())}
    assert ids == {"q1", "q2"}
    for row in range(model.rowCount()):
        question = model.index(row, Column.QUESTION).data()
        reasons = model.index(row, Column.FLAGS).data()
        flagged = next(
            q for q in stats.questions if q.id == model.index(row, 0).data(QUESTION_ID_ROLE)
        )
        assert question.startswith(FLAG_MARK) == bool(flagged.flags)
        assert bool(reasons) == bool(flagged.flags)  # the reason written out, not a colour

    page.count_combo.setCurrentIndex(1)  # all attempts
    qtbot.waitUntil(lambda: page.statistics is not None and page.statistics.all_attempts)
    assert page.statistics is not None
    assert page.statistics.test.attempts == 4
    assert "Attempts counted: 4" in page.summary_label.text()

    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page is not page


def test_flagged_questions_say_why(qtbot: QtBot, window: MainWindow) -> None:
    window.open_statistics()
    page = wait_for_statistics(qtbot, window)
    page.count_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.statistics is not None and page.statistics.all_attempts)
    model = page.model
    flagged = [q for q in model.rows() if q.flags]
    for question in flagged:
        row = model.rows().index(question)
        assert model.index(row, Column.FLAGS).data()
        assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_with_a_pin_the_statistics_page_needs_it(qtbot: QtBot, window: MainWindow) -> None:
    assert window.service is not None
    window.service.set_pin("2468")
    window.open_statistics()
    teacher = window.teacher
    qtbot.waitUntil(lambda: teacher.pin_dialog is not None and teacher.pin_dialog.isVisible())
    dialog = teacher.pin_dialog
    assert isinstance(dialog, TeacherPinDialog)
    assert dialog.pin_edit.echoMode() == dialog.pin_edit.EchoMode.Password
    assert dialog.pin_edit.accessibleName()
    qtbot.keyClicks(dialog.pin_edit, "0000")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: teacher.pin_dialog is not None and teacher.pin_dialog is not dialog)
    again = teacher.pin_dialog
    assert again is not None
    assert "wrong" in again.message.text()
    assert window.findChild(StatisticsPage, "statisticsPage") is None
    qtbot.keyClicks(again.pin_edit, "2468")
    qtbot.keyClick(again.pin_edit, Qt.Key.Key_Return)
    wait_for_statistics(qtbot, window)


def test_a_cancelled_pin_dialog_shows_nothing(qtbot: QtBot, window: MainWindow) -> None:
    assert window.service is not None
    window.service.set_pin("2468")
    window.open_statistics()
    teacher = window.teacher
    qtbot.waitUntil(lambda: teacher.pin_dialog is not None and teacher.pin_dialog.isVisible())
    assert teacher.pin_dialog is not None
    teacher.pin_dialog.reject()
    assert window.findChild(StatisticsPage, "statisticsPage") is None


@pytest.mark.parametrize(
    ("kind", "header"),
    [
        (EXPORT_ATTEMPTS, "attempt_id,profile,bank,started_at"),
        (EXPORT_ANSWERS, "attempt_id,profile,bank,question"),
    ],
)
def test_the_history_is_exported_through_a_file_dialog(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, kind: str, header: str
) -> None:
    window.open_statistics()
    page = wait_for_statistics(qtbot, window)
    teacher = window.teacher
    button = page.export_answers_button if kind == EXPORT_ANSWERS else page.export_attempts_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = teacher.export_dialog
    assert dialog is not None
    assert dialog.objectName() == "exportDialog"
    target = tmp_path / "out" / "export.csv"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists)
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith(header)
    assert "Citra" in text
    assert [p.name for p in target.parent.iterdir()] == ["export.csv"]  # no temporary left


def test_an_unwritable_export_path_gets_a_clear_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_statistics()
    wait_for_statistics(qtbot, window)
    teacher = window.teacher
    target = tmp_path / "missing-folder" / "export.csv"
    teacher.export(EXPORT_ATTEMPTS, target)
    shown = wait_for_messages(qtbot)
    assert any("could not be written" in text and str(target) in text for text in shown)
    assert not target.parent.exists()


def test_settings_set_change_and_remove_the_pin(qtbot: QtBot, window: MainWindow) -> None:
    from quizapp.ui.settings_dialog import SettingsDialog

    service = window.service
    assert service is not None
    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pin_set is False)
    assert dialog.set_pin_button.isVisible()

    edit = dialog.open_pin_dialog(PinChange.SET)
    assert isinstance(edit, PinEditDialog)
    qtbot.keyClicks(edit.new_edit, "135")
    assert "at least 4" in edit.hint.text()
    qtbot.keyClicks(edit.new_edit, "7")
    qtbot.keyClicks(edit.repeat_edit, "1358")
    assert "same new PIN" in edit.hint.text()
    edit.repeat_edit.setText("1357")
    edit.accept()
    qtbot.waitUntil(lambda: dialog.pin_set is True)
    assert service.check_pin("1357")
    assert dialog.change_pin_button.isVisible()
    assert dialog.remove_pin_button.isVisible()

    change = dialog.open_pin_dialog(PinChange.CHANGE)
    change.old_edit.setText("0000")
    change.new_edit.setText("2468")
    change.repeat_edit.setText("2468")
    change.accept()
    shown = wait_for_messages(qtbot)
    assert any("current PIN is wrong" in text for text in shown)
    qtbot.waitUntil(lambda: dialog.pin_set is True)
    assert service.check_pin("1357")

    remove = dialog.open_pin_dialog(PinChange.REMOVE)
    assert not remove.new_edit.isVisibleTo(remove)
    remove.old_edit.setText("1357")
    remove.accept()
    qtbot.waitUntil(lambda: dialog.pin_set is False)
    assert not service.pin_is_set()
    dialog.reject()


def test_the_statistics_page_is_named_for_assistive_technology(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_statistics()
    page = wait_for_statistics(qtbot, window)
    for widget in (
        page.bank_combo,
        page.count_combo,
        page.summary_label,
        page.view,
        page.export_attempts_button,
        page.export_answers_button,
        page.back_button,
    ):
        assert widget.objectName()
        assert widget.accessibleName()
    # Keyboard: Tab walks bank, count, the figures, the table, then the buttons.
    assert page.bank_combo.nextInFocusChain() is page.count_combo


# --- nothing deleted by accident ---------------------------------------------------------


def question(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    deleter = window.deleter
    qtbot.waitUntil(lambda: deleter.question is not None and deleter.question.isVisible())
    box = deleter.question
    assert box is not None
    return box


def press(qtbot: QtBot, box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_deleting_a_profile_names_what_goes_and_keep_is_the_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    service = window.service
    assert service is not None
    ana = service.profile_id("Ana")
    window.deleter.delete_profile(ana)
    box = question(qtbot, window)
    assert "“Ana”" in box.text()
    assert "2 attempts with 4 answers" in box.informativeText()
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().objectName() == "keepButton"
    press(qtbot, box, "keepButton")
    assert "Ana" in service.profile_names()

    window.deleter.delete_profile(ana)
    press(qtbot, question(qtbot, window), "confirmDeleteButton")
    with qtbot.waitSignal(window.deleter.deleted, timeout=5000) as deleted:
        pass
    assert deleted.args == ["profile", str(ana)]
    assert "Ana" not in service.profile_names()


def test_with_a_pin_deleting_an_attempt_needs_it(qtbot: QtBot, window: MainWindow) -> None:
    service = window.service
    assert service is not None
    service.set_pin("2468")
    attempt = next(a for a in service.history() if a.profile == "Budi")
    deleter = window.deleter
    deleter.delete_attempt(attempt.id)
    box = question(qtbot, window)
    assert "Budi" in box.text()
    assert "Solar" in box.text() or "solar" in box.text()
    press(qtbot, box, "confirmDeleteButton")
    qtbot.waitUntil(lambda: deleter.pin_dialog is not None and deleter.pin_dialog.isVisible())
    first = deleter.pin_dialog
    assert first is not None
    qtbot.keyClicks(first.pin_edit, "0000")
    qtbot.keyClick(first.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: deleter.pin_dialog is not None and deleter.pin_dialog is not first)
    again = deleter.pin_dialog
    assert again is not None
    assert "wrong" in again.message.text()
    assert attempt.id in {a.id for a in service.history()}
    with qtbot.waitSignal(deleter.deleted, timeout=5000):
        qtbot.keyClicks(again.pin_edit, "2468")
        qtbot.keyClick(again.pin_edit, Qt.Key.Key_Return)
    assert attempt.id not in {a.id for a in service.history()}


def test_the_profile_menu_deletes_the_current_profile(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.profile_page.ready)
    combo = window.findChild(QComboBox, "profileCombo")
    go = window.findChild(QPushButton, "profileContinueButton")
    assert combo is not None
    assert go is not None
    combo.setEditText("Citra")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    action = window.delete_profile_action
    assert action.objectName() == "deleteProfileAction"
    assert action.isEnabled()
    action.trigger()
    box = question(qtbot, window)
    assert "“Citra”" in box.text()
    press(qtbot, box, "confirmDeleteButton")
    qtbot.waitUntil(lambda: window.current_page is window.profile_page)
    assert not action.isEnabled()
    service = window.service
    assert service is not None
    assert "Citra" not in service.profile_names()


def test_no_pin_is_ever_logged(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    from quizapp.ui.settings_dialog import SettingsDialog

    caplog.set_level(logging.DEBUG)
    service = window.service
    assert service is not None
    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pin_set is False)
    edit = dialog.open_pin_dialog(PinChange.SET)
    edit.new_edit.setText("secret-2468")
    edit.repeat_edit.setText("secret-2468")
    edit.accept()
    qtbot.waitUntil(lambda: dialog.pin_set is True)
    change = dialog.open_pin_dialog(PinChange.CHANGE)
    change.old_edit.setText("wrong-1357")
    change.new_edit.setText("other-9753")
    change.repeat_edit.setText("other-9753")
    change.accept()
    assert any("current PIN is wrong" in text for text in wait_for_messages(qtbot))
    dialog.reject()
    window.open_statistics()
    teacher = window.teacher
    qtbot.waitUntil(lambda: teacher.pin_dialog is not None and teacher.pin_dialog.isVisible())
    assert teacher.pin_dialog is not None
    qtbot.keyClicks(teacher.pin_dialog.pin_edit, "wrong-1357")
    qtbot.keyClick(teacher.pin_dialog.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: teacher.pin_dialog is not None and "wrong" in teacher.pin_dialog.message.text()
    )
    logged = caplog.text
    for pin in ("secret-2468", "wrong-1357", "other-9753"):
        assert pin not in logged


def test_the_statistics_action_is_in_the_menu_with_a_key(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    action = window.statistics_action
    assert action.shortcut() == QKeySequence("Ctrl+Shift+T")
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    assert action in menu.actions()
    assert "&" in action.text()  # a mnemonic in the menu


def test_the_statistics_page_speaks_the_new_language_at_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    from quizapp.ui.language import use_language

    window.open_statistics()
    page = wait_for_statistics(qtbot, window)
    try:
        use_language("id")
        qtbot.waitUntil(lambda: page.back_button.text() == "&Kembali ke pustaka")
        assert page.model.headerData(Column.QUESTION, Qt.Orientation.Horizontal) == "Soal"
        assert "Percobaan yang dihitung: 3" in page.summary_label.text()
        assert window.windowTitle() == "QuizApp — Statistik"
    finally:
        use_language("en")
    qtbot.waitUntil(lambda: page.back_button.text() == "&Back to the library")
    assert window.windowTitle() == "QuizApp — Statistics"


def test_an_attempt_is_deleted_from_the_history_page_after_the_question(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.waitUntil(lambda: window.profile_page.ready)
    combo = window.findChild(QComboBox, "profileCombo")
    go = window.findChild(QPushButton, "profileContinueButton")
    assert combo is not None
    assert go is not None
    combo.setEditText("Ana")
    qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    window.history_action.trigger()
    page = window.history_page
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 2)
    page.view.selectRow(0)
    assert page.delete_button.isEnabled()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = question(qtbot, window)
    assert "Ana's attempt" in box.text()
    assert "2 answers" in box.informativeText()
    press(qtbot, box, "confirmDeleteButton")
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 1)
    service = window.service
    assert service is not None
    assert len([a for a in service.history() if a.profile == "Ana"]) == 1


def test_wrong_answers_read_as_a_teacher_reads_them_not_as_json() -> None:
    from quizapp.ui.models.statistics_model import readable_response

    assert readable_response('["China", "the US"]') == "China · the US"
    assert readable_response('{"QCraft": "chips", "Zhang Yiming": "founder"}') == (
        "QCraft → chips; Zhang Yiming → founder"
    )
    assert readable_response("2500000") == "2500000"
    assert readable_response("[not json") == "[not json"
