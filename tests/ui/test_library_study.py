"""The library at a glance: due today and mastery per bank, the header's total and streak,
the refresh at local midnight, and the desired retention in Settings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quizapp.bank.grading import correct_response
from quizapp.quiz.clock import FakeClock
from quizapp.service.quiz_run import QuizRun
from quizapp.service.types import DueBank
from quizapp.ui.language import use_language
from quizapp.ui.main_window import MainWindow
from quizapp.ui.models.library_model import (
    BANK_ID_ROLE,
    Column,
    LibraryFilterProxy,
    LibraryRow,
    LibraryTableModel,
)
from quizapp.ui.study_glance import DayWatch, StudyGlanceBar
from tests.ui.test_shell import WindowFactory, enter_profile

pytest_plugins = ("tests.ui.test_shell",)

JAKARTA = ZoneInfo("Asia/Jakarta")

ROWS = [
    LibraryRow(bank_id="solar", title="The Solar System", language="en", question_count=12),
    LibraryRow(bank_id="cells", title="Cells", language="en", question_count=5),
    LibraryRow(bank_id="sejarah", title="Sejarah Indonesia", language="id", question_count=8),
]
STUDY = [
    DueBank("solar", "The Solar System", due=1234, cards=2000, mastery=62.5),
    DueBank("cells", "Cells", due=3, cards=5, mastery=40.0),
]


def cell(model: LibraryTableModel, bank_id: str, column: Column) -> str:
    rows = range(model.rowCount())
    row = next(r for r in rows if model.index(r, 0).data(BANK_ID_ROLE) == bank_id)
    return str(model.index(row, column).data())


# --- the model and the header, on their own ------------------------------------------------


def test_due_today_and_mastery_columns_are_locale_formatted_and_sort_by_value(
    qapp: QApplication, qtmodeltester: ModelTester
) -> None:
    use_language("en")  # US English numbers: 1,234
    model = LibraryTableModel()
    model.set_rows(ROWS)
    assert cell(model, "solar", Column.DUE_TODAY) == ""  # not loaded yet: no wrong 0
    assert model.headerData(Column.DUE_TODAY, Qt.Orientation.Horizontal) == "Due today"
    assert model.headerData(Column.MASTERY, Qt.Orientation.Horizontal) == "Mastery"

    model.set_study(STUDY)
    qtmodeltester.check(model)
    assert cell(model, "solar", Column.DUE_TODAY) == "1,234"
    assert cell(model, "solar", Column.MASTERY) == "62.5%"
    assert cell(model, "sejarah", Column.DUE_TODAY) == "0"  # never studied
    assert cell(model, "sejarah", Column.MASTERY) == "—"

    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.DUE_TODAY, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data(BANK_ID_ROLE) for r in range(3)] == ["solar", "cells", "sejarah"]
    proxy.sort(Column.MASTERY, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(BANK_ID_ROLE) for r in range(3)] == ["sejarah", "cells", "solar"]


def test_the_header_counts_in_english_plurals(qtbot: QtBot) -> None:
    use_language("en")
    bar = StudyGlanceBar()
    qtbot.addWidget(bar)
    due = bar.findChild(QLabel, "dueTodayLabel")
    streak = bar.findChild(QLabel, "streakLabel")
    assert due is not None
    assert streak is not None
    bar.set_glance(1, 1)
    assert (due.text(), streak.text()) == ("1 question due today", "Study streak: 1 day")
    bar.set_glance(1234, 12)
    assert (due.text(), streak.text()) == ("1,234 questions due today", "Study streak: 12 days")
    bar.set_glance(0, 0)
    assert due.text() == "Nothing is due today"
    assert streak.text().startswith("No study streak:")


def test_the_header_speaks_indonesian(qtbot: QtBot) -> None:
    use_language("id")
    bar = StudyGlanceBar()
    qtbot.addWidget(bar)
    bar.set_glance(3, 1)
    due = bar.findChild(QLabel, "dueTodayLabel")
    streak = bar.findChild(QLabel, "streakLabel")
    assert due is not None
    assert streak is not None
    assert due.text() == "3 soal perlu diulang hari ini"
    assert streak.text() == "Belajar berturut-turut: 1 hari"


# --- the day turning over ---------------------------------------------------------------------


def test_the_day_watch_fires_at_the_local_midnight_by_the_clock(qtbot: QtBot) -> None:
    clock = FakeClock(datetime(2026, 1, 5, 16, 0, tzinfo=JAKARTA).astimezone(UTC))
    watch = DayWatch(clock, JAKARTA)
    assert watch.timer.interval() == 10 * 60 * 1000  # eight hours off: looked at again in 10 min

    clock.set_wall(datetime(2026, 1, 5, 23, 59, 30, tzinfo=JAKARTA))
    with qtbot.assertNotEmitted(watch.day_changed):
        watch.check()
    assert watch.timer.interval() == 30_500  # just after midnight
    assert watch.timer.isActive()

    clock.set_wall(datetime(2026, 1, 6, 0, 0, 1, tzinfo=JAKARTA))
    with qtbot.waitSignal(watch.day_changed, timeout=0):
        watch.check()
    assert watch.day == datetime(2026, 1, 6).date()
    with qtbot.assertNotEmitted(watch.day_changed):
        watch.check()  # the same day: once only


# --- the window, over a seeded store ---------------------------------------------------------


def answer_solar(window: MainWindow, clock: FakeClock, *, right: set[str]) -> None:
    """One attempt at "The Solar System" through the service, as a quiz would store it."""
    service, profile = window.service, window.profile
    assert service is not None
    assert profile is not None
    prepared = service.start_attempt(profile.id, "solar", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        run.go_to(index)
        clock.advance(12)
        question = presented.question
        run.submit(correct_response(question) if question.id in right else None)
    run.finish()


def header(window: MainWindow) -> tuple[str, str]:
    bar = window.library_page.glance_bar
    return bar.due_label.text(), bar.streak_label.text()


def wait_for_header(qtbot: QtBot, window: MainWindow, due: str, streak: str) -> None:
    qtbot.waitUntil(lambda: header(window) == (due, streak))


def test_the_library_shows_due_counts_mastery_and_the_streak_and_refreshes_after_a_quiz(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock
) -> None:
    use_language("en")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    qtbot.waitUntil(lambda: header(window)[0] == "Nothing is due today")
    assert header(window)[1].startswith("No study streak:")

    answer_solar(window, fake_clock, right={"red"})  # the star question wrong
    window.show_library()  # as the results page's Back does
    wait_for_header(qtbot, window, "2 questions due today", "Study streak: 1 day")
    model = window.library_page.model
    assert cell(model, "solar", Column.DUE_TODAY) == "2"
    assert cell(model, "solar", Column.MASTERY) == "0%"
    assert cell(model, "sejarah", Column.DUE_TODAY) == "0"
    assert cell(model, "sejarah", Column.MASTERY) == "—"

    fake_clock.advance(15 * 60)
    answer_solar(window, fake_clock, right={"red", "star"})
    fake_clock.advance(15 * 60)
    answer_solar(window, fake_clock, right={"red", "star"})
    window.show_library()
    wait_for_header(qtbot, window, "Nothing is due today", "Study streak: 1 day")
    assert cell(model, "solar", Column.MASTERY) == "100%"

    # Days later, at the first tick of the timer past midnight, they are due again.
    fake_clock.advance(5 * 24 * 3600)
    window.study_glance.day_watch.check()
    qtbot.waitUntil(lambda: header(window)[0] == "2 questions due today")
    assert header(window)[1].startswith("No study streak:")  # no review for days
    assert cell(model, "solar", Column.MASTERY) == "0%"


def test_the_desired_retention_is_set_in_settings_and_changes_due_counts_and_mastery(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock
) -> None:
    from quizapp.ui.settings_dialog import SettingsDialog

    use_language("en")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    answer_solar(window, fake_clock, right={"red", "star"})
    fake_clock.advance(15 * 60)
    answer_solar(window, fake_clock, right={"red", "star"})
    fake_clock.advance(24 * 3600)
    window.show_library()
    wait_for_header(qtbot, window, "Nothing is due today", "Study streak: 1 day")
    model = window.library_page.model
    qtbot.waitUntil(lambda: cell(model, "solar", Column.MASTERY) == "100%")

    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    spin = dialog.findChild(QDoubleSpinBox, "desiredRetentionSpin")
    assert spin is not None
    qtbot.waitUntil(spin.isEnabled)
    assert spin.value() == 90
    assert (spin.minimum(), spin.maximum()) == (70, 97)
    assert spin.text() == "90%"
    spin.setValue(97)
    dialog.accept()

    wait_for_header(qtbot, window, "2 questions due today", "Study streak: 1 day")
    assert cell(model, "solar", Column.MASTERY) == "0%"
    service, profile = window.service, window.profile
    assert service is not None
    assert profile is not None
    assert service.desired_retention(profile.id) == 0.97


def test_without_a_profile_the_retention_cannot_be_set(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from quizapp.ui.settings_dialog import SettingsDialog

    window = make_window()
    qtbot.waitUntil(lambda: window.service is not None)
    window.open_settings()
    dialog = window.findChild(SettingsDialog, "settingsDialog")
    assert dialog is not None
    assert not dialog.study_box.spin.isEnabled()
    assert dialog.study_box.retention() is None
    assert "profile" in dialog.study_box.hint.text()
    dialog.reject()


def test_a_day_later_without_study_the_streak_still_counts_yesterday(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock
) -> None:
    use_language("en")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    answer_solar(window, fake_clock, right={"red", "star"})
    fake_clock.advance(24 * 3600)
    window.study_glance.day_watch.check()
    qtbot.waitUntil(lambda: header(window)[1] == "Study streak: 1 day")
    fake_clock.advance(24 * 3600 + timedelta(hours=1).total_seconds())
    window.study_glance.day_watch.check()
    qtbot.waitUntil(lambda: header(window)[1].startswith("No study streak:"))


def test_another_profile_never_sees_the_last_ones_figures(
    qtbot: QtBot, make_window: WindowFactory, fake_clock: FakeClock
) -> None:
    use_language("en")
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    answer_solar(window, fake_clock, right=set())
    window.show_library()
    wait_for_header(qtbot, window, "2 questions due today", "Study streak: 1 day")

    service = window.service
    assert service is not None
    budi = service.enter_profile("Budi")
    window._on_profile_entered(budi)  # as the profile page's Continue ends, on the GUI thread
    # Budi's figures are being read: Ana's are gone already, before any event is handled.
    assert header(window)[0] == "Looking for questions due today…"
    assert cell(window.library_page.model, "solar", Column.DUE_TODAY) == ""
    qtbot.waitUntil(lambda: header(window)[0] == "Nothing is due today")
    assert cell(window.library_page.model, "solar", Column.DUE_TODAY) == "0"
