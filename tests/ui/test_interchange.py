"""File → Import… and Export… in the app: the conversion runs on the worker, the dialog
lists its problems, the bank lands in the library folder and the library syncs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from quizapp.ui.interchange import InterchangeDialog
from quizapp.ui.main_window import MainWindow
from tests.ui.test_backups import wait_for_worker, wait_until_open
from tests.ui.test_shell import WindowFactory, continue_as

pytest_plugins = ("tests.ui.test_shell",)

GIFT = """\
$CATEGORY: Moodle export

::Largest::Which planet is the largest?{=Jupiter ~Mars#Too small. ~Venus}

::Essay::Tell me about planets.{}
"""


def dialog_of(window: MainWindow) -> InterchangeDialog:
    dialog = window.interchange.dialog
    assert dialog is not None
    return dialog


def test_the_menu_has_import_and_export(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.import_action.text() == "I&mport questions…"
    assert window.export_action.objectName() == "exportAction"
    window.import_action.trigger()
    dialog = window.findChild(QFileDialog, "importFileDialog")
    assert dialog is not None
    assert dialog.isVisible()
    assert "*.gift" in dialog.nameFilters()[0]
    dialog.reject()


def test_importing_a_gift_file_writes_the_bank_and_the_library_shows_it(
    qtbot: QtBot, make_window: WindowFactory, library: Path, tmp_path: Path
) -> None:
    source = tmp_path / "moodle.gift"
    source.write_text(GIFT, encoding="utf-8")
    window = make_window()
    wait_until_open(qtbot, window)
    continue_as(qtbot, window, "Teacher")

    window.interchange.import_file(source, library)
    dialog = dialog_of(window)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.progress.isVisible())
    wait_for_worker(qtbot)

    assert (library / "moodle.yaml").is_file()
    assert dialog.summary.text() == (
        f"“Moodle export” imported into {library / 'moodle.yaml'}. Questions: 1."
    )
    lines = dialog.problem_lines()
    assert any(
        line.startswith("moodle.gift:5:1: warning: ") and '"Essay"' in line for line in lines
    )
    assert any(line.startswith("moodle.gift:3:1: warning: ") for line in lines)
    qtbot.waitUntil(lambda: window.library_page.model.row_for("moodle") is not None)
    row = window.library_page.model.row_for("moodle")
    assert row is not None
    assert row.title == "Moodle export"


def test_a_malformed_file_is_listed_and_nothing_is_written(
    qtbot: QtBot, make_window: WindowFactory, library: Path, tmp_path: Path
) -> None:
    source = tmp_path / "broken.gift"
    source.write_text("::Q::Which? {=a ~b\n", encoding="utf-8")
    before = sorted(library.iterdir())
    window = make_window()
    wait_until_open(qtbot, window)

    window.interchange.import_file(source, library)
    dialog = dialog_of(window)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible())

    assert "could not be converted; nothing was written" in dialog.summary.text()
    assert dialog.problem_lines()[0].startswith("broken.gift:1:13: error: ")
    assert sorted(library.iterdir()) == before


def test_exporting_a_bank_to_gift_lists_what_gift_cannot_hold(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    bank = tmp_path / "b.yaml"
    bank.write_text(
        "format: quizapp/1\nid: b\ntitle: B\nquestions:\n"
        "  - id: o\n    type: ordering\n    prompt: Order.\n    items: [a, b]\n"
        "  - id: t\n    type: true_false\n    prompt: True?\n    answer: true\n",
        encoding="utf-8",
    )
    out = tmp_path / "b.gift"
    window = make_window()
    wait_until_open(qtbot, window)

    window.interchange.export_bank(bank, out)
    dialog = dialog_of(window)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible())

    assert "::t::[html]<p>True?</p>" in out.read_text(encoding="utf-8")
    assert dialog.problem_lines() == [
        'b.yaml:5:5: warning: question "o": GIFT has no ordering questions; it was left out'
    ]


def test_a_folder_outside_the_library_becomes_a_library_folder(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    source = tmp_path / "moodle.gift"
    source.write_text(GIFT, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    window = make_window()
    wait_until_open(qtbot, window)
    continue_as(qtbot, window, "Teacher")

    window.interchange.import_file(source, elsewhere)
    qtbot.waitUntil(lambda: window.library_page.model.row_for("moodle") is not None)
    assert elsewhere in window.library_dirs()
