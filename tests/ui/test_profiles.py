"""Choosing or creating a profile by name; the last one is offered, never assumed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.test_shell import (
    WindowFactory,
    continue_as,
    enter_profile,
    profile_widgets,
    wait_for_profiles,
)

# The shell's fixtures (a data folder, a small library, windows on them).
pytest_plugins = ("tests.ui.test_shell",)


def test_a_new_name_creates_a_profile(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    enter_profile(qtbot, window, "  Ana   Putri ")
    assert window.profile is not None
    assert window.profile.name == "Ana Putri"
    assert window.windowTitle() == "QuizApp — Library — Ana Putri"
    assert window.preferences.last_profile() == "Ana Putri"


def test_the_last_profile_is_preselected_but_not_entered(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    first = make_window()
    enter_profile(qtbot, first, "Budi")
    first.switch_profile_action.trigger()
    enter_profile(qtbot, first, "Ana")
    first.close()

    second = make_window()
    wait_for_profiles(qtbot, second)
    combo, button = profile_widgets(second)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ana", "Budi"]
    assert combo.currentText() == "Ana"
    assert button.isEnabled()
    # Offered, never assumed: the student is still on the profile page.
    assert second.current_page is second.profile_page
    assert second.profile is None


def test_choosing_an_existing_profile_in_any_case_enters_it(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    first = make_window()
    enter_profile(qtbot, first, "Ana")
    first.close()

    second = make_window()
    enter_profile(qtbot, second, "ANA")
    assert second.profile is not None
    assert second.profile.name == "Ana"  # the spelling it was first given


def test_continue_needs_a_name(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    wait_for_profiles(qtbot, window)
    combo, button = profile_widgets(window)
    combo.setEditText("   ")
    assert not button.isEnabled()
    with qtbot.assertNotEmitted(window.profile_page.continue_requested):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    combo.setEditText("Citra")
    assert button.isEnabled()


def test_enter_in_the_name_field_continues(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    wait_for_profiles(qtbot, window)
    combo, _button = profile_widgets(window)
    combo.setEditText("Dewi")
    with qtbot.waitSignal(window.profile_page.continue_requested) as blocker:
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert blocker.args == ["Dewi"]


def test_switching_profile_returns_to_the_profile_page(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    assert window.switch_profile_action.isEnabled()
    window.switch_profile_action.trigger()
    assert window.current_page is window.profile_page
    assert window.profile is None
    assert window.windowTitle() == "QuizApp"
    continue_as(qtbot, window, "Eka")
    qtbot.waitUntil(lambda: window.profile is not None and window.profile.name == "Eka")


def test_the_profile_page_says_when_the_profiles_are_listed(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert not window.profile_page.ready

    with qtbot.waitSignal(window.profile_page.profiles_listed):
        pass  # the database opens on the worker; the page hears back by signal

    assert window.profile_page.ready


def test_a_name_the_store_refuses_is_explained_in_the_app_s_words(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    wait_for_profiles(qtbot, window)
    status = window.profile_page.findChild(QLabel, "profileStatusLabel")
    assert status is not None

    window.profile_page.continue_requested.emit(" " * 3)  # past the page's own check

    qtbot.waitUntil(lambda: status.text().startswith("A name needs 1 to 80"))
    assert window.current_page is window.profile_page


def test_the_hint_follows_what_is_typed(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    wait_for_profiles(qtbot, window)
    status = window.profile_page.findChild(QLabel, "profileStatusLabel")
    assert status is not None
    combo, _button = profile_widgets(window)
    line_edit = combo.lineEdit()
    assert line_edit is not None
    assert status.text() == "Type your name to begin."

    qtbot.keyClicks(line_edit, "Ana")
    assert status.text() == "Press Continue to go on."

    line_edit.clear()
    assert status.text() == "Type your name to begin."
