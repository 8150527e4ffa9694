"""The desktop shell: the window factory, paths, preferences, workers, messages, translations.

The helpers at the top (a small library written in the test, a window on a
temporary data folder, entering a profile) are shared by the other shell tests.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QThread
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from quizapp.paths import (
    DATA_DIR_ENV,
    DATABASE_URL_ENV,
    LIBRARY_FOLDERS_KEY,
    class_library_dir,
    default_library_dirs,
    open_settings,
    resolve_data_dir,
    resolve_database_url,
    shipped_questions_dir,
)
from quizapp.quiz.clock import FakeClock
from quizapp.ui.main_window import MainWindow, create_main_window
from quizapp.ui.settings import DEFAULTS, Preferences

# --- a small library, written by the tests ------------------------------------------------

SOLAR = """\
format: quizapp/1
id: solar
title: The Solar System
language: en
description: Planets and stars.
tags: [science, space]
settings:
  time_limit: 10m
  shuffle_questions: false
  shuffle_choices: false
{extra_settings}questions:
  - id: red
    type: single_choice
    prompt: Which planet is called the Red Planet?
    choices: [Venus, Mars]
    answer: Mars
  - id: star
    type: true_false
    prompt: The Sun is a star.
    answer: true
"""

SEJARAH = """\
format: quizapp/1
id: sejarah
title: Sejarah Indonesia
language: id
tags: [sejarah]
questions:
  - id: merdeka
    type: short_answer
    prompt: Tahun berapa Indonesia merdeka?
    answer: "1945"
"""

# Line 8, column 13 is the bad value: "yes" is not a boolean in this format.
BROKEN = """\
format: quizapp/1
id: broken
title: Broken
questions:
  - id: a
    type: true_false
    prompt: Is this broken?
    answer: yes
"""


def write_library(folder: Path, *, max_attempts: int | None = None, broken: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    extra = f"  max_attempts: {max_attempts}\n" if max_attempts is not None else ""
    (folder / "solar.yaml").write_text(SOLAR.format(extra_settings=extra), encoding="utf-8")
    (folder / "sejarah.yaml").write_text(SEJARAH, encoding="utf-8")
    if broken:
        (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "library")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, data_dir: Path, library: Path, fake_clock: FakeClock
) -> WindowFactory:
    """Build windows on the test's data folder and library; each is closed at the end."""

    def make(**overrides: object) -> MainWindow:
        arguments: dict[str, object] = {
            "data_dir": data_dir,
            "library_dirs": [library],
            "clock": fake_clock,
        }
        arguments.update(overrides)
        window = create_main_window(**arguments)  # type: ignore[arg-type]
        # Closed at the end of the test without the question a timed quiz asks first.
        qtbot.addWidget(window, before_close_func=MainWindow.confirm_close)
        window.show()
        return window

    return make


def profile_widgets(window: MainWindow) -> tuple[QComboBox, QPushButton]:
    combo = window.findChild(QComboBox, "profileCombo")
    button = window.findChild(QPushButton, "profileContinueButton")
    assert combo is not None
    assert button is not None
    return combo, button


def wait_for_profiles(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.profile_page.ready)


def wait_for_sync(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.last_sync is not None and not window.sync_in_progress)


def continue_as(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Type ``name`` on the profile page and press Continue."""
    wait_for_profiles(qtbot, window)
    combo, button = profile_widgets(window)
    combo.setEditText(name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def enter_profile(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Continue as ``name`` and wait for the library to list the synced banks."""
    continue_as(qtbot, window, name)
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    wait_for_sync(qtbot, window)
    qtbot.waitUntil(lambda: window.library_page.model.rowCount() > 0)


def close_message_boxes() -> list[str]:
    """Close every open message box; the texts they showed."""
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text())
            widget.close()
    return texts


# --- the factory and the window ---------------------------------------------------------------


def test_factory_starts_the_sync_and_the_library_lists_the_banks(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    progress = window.findChild(QProgressBar, "syncProgress")
    assert progress is not None
    assert progress.isVisibleTo(window)  # under way as soon as the window exists
    assert window.windowTitle() == "QuizApp"

    enter_profile(qtbot, window, "Ana")

    assert not progress.isVisibleTo(window)
    titles = {row.title for row in window.library_page.model.rows()}
    assert titles == {"The Solar System", "Sejarah Indonesia"}
    assert window.windowTitle() == "QuizApp — Library — Ana"


def test_library_dirs_replace_the_shipped_folder(make_window: WindowFactory, library: Path) -> None:
    window = make_window()
    assert window.library_dirs() == [library]
    assert shipped_questions_dir() not in window.library_dirs()


def test_a_bank_the_class_published_replaces_the_students_own_with_its_id(
    qtbot: QtBot, make_window: WindowFactory, library: Path, data_dir: Path
) -> None:
    published = class_library_dir(data_dir) / "solar" / "solar.yaml"
    published.parent.mkdir(parents=True)
    own = (library / "solar.yaml").read_text(encoding="utf-8")
    published.write_text(own.replace("The Solar System", "The Class's Solar System"), "utf-8")
    window = make_window()

    enter_profile(qtbot, window, "Ana")

    titles = {row.title for row in window.library_page.model.rows()}
    assert titles == {"The Class's Solar System", "Sejarah Indonesia"}
    assert window.last_sync is not None
    assert window.last_sync.problems == []


def test_background_work_can_wait_for_the_first_paint(
    qtbot: QtBot, data_dir: Path, library: Path
) -> None:
    window = create_main_window(
        data_dir=data_dir, library_dirs=[library], start_background_work=False
    )
    qtbot.addWidget(window)
    window.start_background_work_after_first_paint()
    assert not window.profile_page.ready  # nothing has started before the window is painted
    window.show()
    wait_for_sync(qtbot, window)
    assert window.last_sync is not None
    assert window.last_sync.bank_count == 2


def test_window_size_is_remembered(qtbot: QtBot, make_window: WindowFactory) -> None:
    first = make_window()
    first.resize(640, 433)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (640, 433)


def test_the_window_module_leaves_the_store_unimported() -> None:
    # The first paint must not wait for SQLAlchemy, SQLModel, Alembic, YAML or Babel.
    script = textwrap.dedent(
        """
        import sys
        import quizapp.ui
        import quizapp.ui.app
        import quizapp.ui.main_window
        heavy = ("sqlalchemy", "sqlmodel", "alembic", "yaml", "babel", "quizapp.store")
        print(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m in heavy))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- paths --------------------------------------------------------------------------------


def test_data_dir_option_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "from-env"))
    assert resolve_data_dir(str(tmp_path / "from-option")) == (tmp_path / "from-option").resolve()
    assert (tmp_path / "from-option").is_dir()  # a missing folder is made
    assert resolve_data_dir(None) == (tmp_path / "from-env").resolve()


def test_database_url_option_environment_and_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_database_url(None, tmp_path) == f"sqlite:///{(tmp_path / 'quizapp.db')}"
    monkeypatch.setenv(DATABASE_URL_ENV, "sqlite:///env.db")
    assert resolve_database_url(None, tmp_path) == "sqlite:///env.db"
    assert resolve_database_url("sqlite:///option.db", tmp_path) == "sqlite:///option.db"


def test_shipped_questions_sit_next_to_the_package() -> None:
    folder = shipped_questions_dir()
    assert folder.name == "questions"
    assert (folder.parent / "quizapp" / "__init__.py").exists()


def test_default_library_is_the_shipped_folder_then_the_users(tmp_path: Path) -> None:
    settings = open_settings(tmp_path)
    assert default_library_dirs(settings) == [shipped_questions_dir()]
    settings.setValue(LIBRARY_FOLDERS_KEY, [str(tmp_path / "one")])
    settings.sync()
    reread = open_settings(tmp_path)  # an INI file gives one folder back as a plain string
    assert default_library_dirs(reread) == [shipped_questions_dir(), tmp_path / "one"]


# --- preferences --------------------------------------------------------------------------


def test_preferences_come_back_with_their_types(tmp_path: Path) -> None:
    preferences = Preferences.for_data_dir(tmp_path)
    preferences.set_language("id")
    preferences.set_last_profile("Ana")
    preferences.set_library_folders([tmp_path / "a", tmp_path / "b"])
    preferences.sync()

    reread = Preferences.for_data_dir(tmp_path)
    assert reread.language() == "id"
    assert reread.last_profile() == "Ana"
    assert reread.library_folders() == [tmp_path / "a", tmp_path / "b"]
    assert (tmp_path / "settings.ini").exists()


def test_preferences_refuse_unknown_keys(tmp_path: Path) -> None:
    preferences = Preferences.for_data_dir(tmp_path)
    with pytest.raises(KeyError):
        preferences.get("no/such/key")
    with pytest.raises(KeyError):
        preferences.set("no/such/key", 1)
    assert preferences.get("language") == DEFAULTS["language"]


def test_settings_dialog_adds_a_folder_and_the_library_syncs_again(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from quizapp.ui.settings_dialog import SettingsDialog

    window = make_window()
    enter_profile(qtbot, window, "Ana")
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "more.yaml").write_text(
        SEJARAH.replace("id: sejarah", "id: more").replace("Sejarah Indonesia", "More history"),
        encoding="utf-8",
    )

    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    assert dialog.add_folder(extra)
    assert not dialog.add_folder(extra)  # only once
    index = dialog.language_combo.findData("id")
    dialog.language_combo.setCurrentIndex(index)
    dialog.accept()

    qtbot.waitUntil(
        lambda: "More history" in {row.title for row in window.library_page.model.rows()}
    )
    assert window.preferences.language() == "id"
    assert window.preferences.library_folders() == [extra]


def test_settings_leads_to_the_class_page_and_says_where_this_computer_stands(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QPushButton

    from quizapp.ui.settings_dialog import SettingsDialog

    window = make_window()
    enter_profile(qtbot, window, "Ana")
    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    state = dialog.findChild(QLabel, "settingsClassStateLabel")
    assert state is not None
    assert state.text() == "Not in a class"
    button = dialog.findChild(QPushButton, "classSettingsButton")
    assert button is not None
    assert button.accessibleName() == "Class settings"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    page = dialog.findChild(QDialog, "classSettingsPage")
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    page.reject()
    dialog.reject()


def test_a_new_language_applies_at_once_everywhere(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, library: Path
) -> None:
    from quizapp.ui.settings_dialog import SettingsDialog

    write_library(library, broken=True)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    wait_for_sync(qtbot, window)
    page = window.library_page
    header = page.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Title"

    def choose(language: str) -> None:
        window.open_settings()
        dialog = window.findChild(SettingsDialog, "settingsDialog")
        assert dialog is not None
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.accept()

    choose("id")
    qtbot.waitUntil(lambda: page.reload_button.text() == "Muat ulang")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Judul"
    assert window.windowTitle() == "QuizApp — Pustaka — Ana"
    assert window.switch_profile_action.text() == "Ganti pro&fil"
    (problem,) = page.problem_lines()
    assert 'kesalahan: soal "a": answer: seharusnya true atau false' in problem
    heading = window.profile_page.findChild(QLabel, "profileHeading")
    assert heading is not None
    assert heading.text() == "Selamat datang di QuizApp"
    assert window.preferences.language() == "id"

    choose("en")
    qtbot.waitUntil(lambda: page.reload_button.text() == "Reload")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Title"
    assert window.windowTitle() == "QuizApp — Library — Ana"
    assert 'error: question "a": answer: expected true or false' in page.problem_lines()[0]


# --- workers and messages -----------------------------------------------------------------


def test_background_work_calls_back_on_the_gui_thread(qtbot: QtBot) -> None:
    from quizapp.ui.workers import run_in_background

    threads: list[object] = []
    results: list[int] = []

    def work() -> int:
        threads.append(QThread.currentThread())
        return 42

    def done(value: int) -> None:
        threads.append(QThread.currentThread())
        results.append(value)

    run_in_background(work, success=done)
    qtbot.waitUntil(lambda: results == [42])
    gui = QApplication.instance()
    assert gui is not None
    assert threads[0] is not gui.thread()
    assert threads[1] is gui.thread()


def test_a_failure_without_handler_goes_to_the_shared_error_display(qtbot: QtBot) -> None:
    from quizapp.ui.workers import run_in_background

    def fail() -> None:
        raise RuntimeError("disk on fire")

    run_in_background(fail, success=lambda _: None)
    qtbot.waitUntil(lambda: _open_box("errorBox") is not None)
    box = _open_box("errorBox")
    assert box is not None
    assert "disk on fire" in box.text()
    box.close()


def _open_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_unexpected_errors_are_logged_with_traceback_and_name_the_log(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from quizapp.ui import messages

    log_file = tmp_path / "quizapp.log"
    messages.configure_logging(log_file)
    try:
        try:
            raise ValueError("an unexpected thing")
        except ValueError as error:
            with caplog.at_level(logging.ERROR, logger="quizapp"):
                messages._excepthook(ValueError, error, error.__traceback__)
        box = _open_box("errorBox")
        assert box is not None
        assert str(log_file) in box.text()
        assert "an unexpected thing" in box.text()
        box.close()
    finally:
        messages.stop_logging()
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged
    assert "ValueError: an unexpected thing" in logged


# --- translations -------------------------------------------------------------------------


def test_the_indonesian_catalogue_loads() -> None:
    from quizapp.ui.language import install_translators

    app = QApplication.instance()
    assert app is not None
    before = QLocale()
    translators = install_translators(app, "id")
    try:
        files = [Path(t.filePath()).name for t in translators]
        assert "quizapp_id.qm" in files
        assert QLocale().language() == QLocale.Language.Indonesian
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


@pytest.mark.parametrize("language", ["en", "de"])
def test_english_and_languages_without_a_catalogue_get_only_english_plurals(
    language: str,
) -> None:
    from quizapp.ui.language import install_translators

    app = QApplication.instance()
    assert app is not None
    before = QLocale()
    translators = install_translators(app, language)
    try:
        ours = [Path(t.filePath()).name for t in translators if "quizapp_" in t.filePath()]
        assert ours == ["quizapp_en.qm"]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def test_a_system_without_a_language_gets_us_english_dates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from quizapp.ui import language

    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale.c()))
    assert language.ui_locale("").name() == "en_US"
    assert language.ui_locale("id").name() == "id_ID"
