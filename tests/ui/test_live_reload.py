"""Live reload: saving a bank in the library folder updates the app, and the Problems panel
says what is wrong in the file while the last valid version stays usable."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.ui.library_watcher import LibraryWatcher
from quizapp.ui.main_window import MainWindow
from quizapp.ui.models.library_model import BANK_ID_ROLE
from quizapp.ui.workers import is_busy
from tests.ui.test_shell import SOLAR, WindowFactory, enter_profile, wait_for_sync

pytest_plugins = ("tests.ui.test_shell",)

SIGNAL_MS = 10_000  # how long a file system signal may take to arrive (never waited for in full)


def solar(title: str = "The Solar System", answer: str = "true") -> str:
    text = SOLAR.format(extra_settings="").replace("title: The Solar System", f"title: {title}")
    return text.replace("answer: true", f"answer: {answer}")


def titles(window: MainWindow) -> dict[str, str]:
    model = window.library_page.model
    return {
        str(model.index(row, 0).data(BANK_ID_ROLE)): str(model.index(row, 0).data())
        for row in range(model.rowCount())
    }


def watcher_of(window: MainWindow) -> LibraryWatcher:
    watcher = window.library_watcher
    assert watcher is not None
    return watcher


def reloaded(qtbot: QtBot, window: MainWindow, save: Callable[[], object]) -> None:
    """Save, then wait for the watcher's one signal and the sync and listing it starts."""
    with qtbot.waitSignal(watcher_of(window).changed, timeout=SIGNAL_MS):
        save()
    wait_for_sync(qtbot, window)


def count_syncs(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    service = window.service
    assert service is not None
    calls: list[object] = []
    original = service.sync_library

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(service, "sync_library", counting)
    return calls


@pytest.fixture
def window(qtbot: QtBot, make_window: WindowFactory) -> MainWindow:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    return window


def test_a_saved_change_updates_the_library(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    reloaded(qtbot, window, lambda: (library / "solar.yaml").write_text(solar("The Planets")))
    qtbot.waitUntil(lambda: titles(window).get("solar") == "The Planets")


def test_an_invalid_save_is_a_problem_and_the_last_valid_version_stays(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    path = library / "solar.yaml"
    reloaded(qtbot, window, lambda: path.write_text(solar("The Planets", answer="yes")))
    page = window.library_page
    qtbot.waitUntil(lambda: titles(window).get("solar") == "The Solar System (out of date)")
    (line,) = page.problem_lines()
    assert line.startswith(f"{path.resolve()}:20:13: error: ")
    assert page.problems_group.title() == "Problems in bank files (1)"
    assert page.select_bank("solar")
    info = page.findChild(QLabel, "bankInfoLabel")
    assert info is not None
    assert "Out of date: the file of this bank has errors" in info.text()
    # The last valid version can still be taken.
    window.show_start_page("solar")
    qtbot.waitUntil(lambda: window.current_page is window.start_page)
    begin = window.start_page.findChild(QPushButton, "beginQuizButton")
    assert begin is not None
    qtbot.mouseClick(begin, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "quizPage"
    )


def test_fixing_the_file_clears_the_problem_and_the_mark(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    path = library / "solar.yaml"
    page = window.library_page
    reloaded(qtbot, window, lambda: path.write_text(solar(answer="yes")))
    qtbot.waitUntil(lambda: len(page.problem_lines()) == 1)
    page.show_problem_details()
    reloaded(qtbot, window, lambda: path.write_text(solar("Fixed")))
    qtbot.waitUntil(lambda: titles(window).get("solar") == "Fixed")
    assert page.problem_lines() == []
    # The open panel says so, rather than vanishing under the teacher's eyes.
    assert page.problems_group.isVisibleTo(window)
    empty = page.problems_group.findChild(QLabel, "problemsEmptyLabel")
    assert empty is not None
    assert empty.isVisibleTo(window)
    assert empty.text() == "No problems"
    assert page.problems_group.title() == "Problems in bank files (0)"


def test_a_save_by_rename_is_seen_every_time(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    def rename_save(title: str) -> None:
        temporary = library / ".solar.yaml.tmp"  # as editors and write_atomically do
        temporary.write_text(solar(title), encoding="utf-8")
        os.replace(temporary, library / "solar.yaml")

    reloaded(qtbot, window, lambda: rename_save("Renamed once"))
    qtbot.waitUntil(lambda: titles(window).get("solar") == "Renamed once")
    reloaded(qtbot, window, lambda: rename_save("Renamed twice"))
    qtbot.waitUntil(lambda: titles(window).get("solar") == "Renamed twice")
    # The file replaced is watched again, so a save in place is seen too.
    reloaded(qtbot, window, lambda: (library / "solar.yaml").write_text(solar("In place")))
    qtbot.waitUntil(lambda: titles(window).get("solar") == "In place")


def test_drafts_and_scratch_files_start_no_reload(
    qtbot: QtBot, window: MainWindow, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    syncs = count_syncs(window, monkeypatch)
    watcher = watcher_of(window)
    with (
        qtbot.assertNotEmitted(watcher.changed, wait=500),
        qtbot.waitSignal(watcher.folder_checked, timeout=SIGNAL_MS),
    ):
        (library / "solar.draft.yaml").write_text(solar("Draft", answer="yes"))
        (library / ".#solar.yaml").write_text("lock")
        (library / "solar.yaml~").write_text(solar("Backup"))
        (library / ".solar.yaml.swp").write_text("swap")
    qtbot.waitUntil(lambda: not is_busy())
    assert not watcher.pending
    assert syncs == []
    # A real new bank beside them is seen; the draft never is.
    reloaded(
        qtbot,
        window,
        lambda: (library / "more.yaml").write_text(solar().replace("id: solar", "id: more")),
    )
    qtbot.waitUntil(lambda: "more" in titles(window))
    assert len(syncs) == 1
    assert window.library_page.problem_lines() == []
    assert "Draft" not in titles(window).values()


def test_a_burst_of_saves_is_one_reload(
    qtbot: QtBot, window: MainWindow, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    syncs = count_syncs(window, monkeypatch)
    path = library / "solar.yaml"

    def burst() -> None:
        for number in range(5):
            path.write_text(solar(f"Save {number}"), encoding="utf-8")

    reloaded(qtbot, window, burst)
    qtbot.waitUntil(lambda: titles(window).get("solar") == "Save 4")
    assert len(syncs) == 1
    assert not watcher_of(window).pending


def test_enter_on_a_problem_opens_its_file_at_the_question(
    qtbot: QtBot, window: MainWindow, library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Path, str | None]] = []
    monkeypatch.setattr(
        window, "_open_in_editor", lambda path, question: opened.append((path, question))
    )
    path = library / "solar.yaml"
    reloaded(qtbot, window, lambda: path.write_text(solar(answer="yes")))
    page = window.library_page
    qtbot.waitUntil(lambda: len(page.problem_lines()) == 1)
    page.show_problem_details()
    view = page.findChild(QListWidget, "problemsView")
    assert view is not None
    view.setCurrentRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [(path.resolve(), "star")]


def test_a_problem_opens_its_bank_in_the_editor_at_the_question(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    path = library / "solar.yaml"

    window._open_in_editor(path, "star")

    editor = window.bank_editors.open(path, None)  # the one editor of that file
    qtbot.waitUntil(lambda: editor.current_row() >= 0)
    row = editor.current_row()
    assert editor.question_model.questions[row]["id"] == "star"
    editor.close()


def test_the_panel_and_the_mark_speak_indonesian(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.language import install_translators

    path = library / "solar.yaml"
    reloaded(qtbot, window, lambda: path.write_text(solar(answer="yes")))
    page = window.library_page
    qtbot.waitUntil(lambda: len(page.problem_lines()) == 1)
    app = QApplication.instance()
    assert app is not None
    before = QLocale()
    translators = install_translators(app, "id")
    try:
        qtbot.waitUntil(lambda: page.problems_group.title() == "Masalah dalam berkas bank soal (1)")
        qtbot.waitUntil(lambda: 'kesalahan: soal "star"' in page.problem_lines()[0])
        assert titles(window)["solar"] == "The Solar System (usang)"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def test_a_new_bank_in_a_new_subfolder_and_a_deleted_bank_are_seen(
    qtbot: QtBot, window: MainWindow, library: Path
) -> None:
    unit = library / "unit-2"
    reloaded(qtbot, window, unit.mkdir)
    new = unit / "more.yaml"
    reloaded(qtbot, window, lambda: new.write_text(solar("More").replace("id: solar", "id: more")))
    qtbot.waitUntil(lambda: titles(window).get("more") == "More")
    reloaded(qtbot, window, (library / "sejarah.yaml").unlink)
    qtbot.waitUntil(lambda: "sejarah" not in titles(window))
