"""Every interactive widget of the shell has a stable objectName and a spoken name.

Tests, style sheets and automation find widgets by objectName; screen readers
read the accessible name. The question widgets have their own check in
test_question_widgets.py; this one walks the profile and library pages and
the settings dialog as a student meets them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.test_shell import WindowFactory, enter_profile, wait_for_profiles, write_library

pytest_plugins = ("tests.ui.test_shell",)

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)


def unnamed(root: QWidget) -> list[str]:
    """Interactive widgets under ``root`` lacking an objectName or an accessible name.

    Parts Qt builds inside a composite widget (a combo box's line edit, a view's
    scroll bars and header sections) are named by their owner and skipped.
    """
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractItemView) or widget.objectName().startswith(
            "qt_"
        ):
            continue
        if not widget.objectName() or not widget.accessibleName():
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {text}")
    return missing


def test_profile_and_library_pages_name_every_control(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    wait_for_profiles(qtbot, window)
    assert unnamed(window.profile_page) == []

    enter_profile(qtbot, window, "Ana")
    assert unnamed(window.library_page) == []


def test_the_start_page_the_reading_and_the_status_bar_name_every_control(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    from tests.ui.test_start_page import open_start_page, write_moon

    write_moon(library)
    write_library(library, broken=True)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    window.library_page.show_problem_details()
    assert unnamed(window.library_page) == []
    assert unnamed(window.statusBar()) == []

    open_start_page(qtbot, window, "moon")
    assert unnamed(window.start_page) == []
    qtbot.mouseClick(window.start_page.read_button, Qt.MouseButton.LeftButton)
    dialog = window.reading_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert unnamed(dialog) == []
    assert dialog.view.text_view.accessibleName() == "Reading: The Moon"


def test_tab_goes_round_the_start_page_s_buttons(
    qtbot: QtBot, make_window: WindowFactory, library: Path
) -> None:
    from tests.ui.test_start_page import open_start_page, write_moon

    write_moon(library)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    open_start_page(qtbot, window, "moon")
    page = window.start_page
    page.begin_button.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        order.append(focused.objectName() if focused is not None else None)
    assert order == ["readBankButton", "startChartsButton", "backToLibraryButton"]
