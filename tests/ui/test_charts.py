"""The progress charts page: what it draws from a bank's progress, and how it is reached."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMenu, QPushButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from quizapp.paths import resolve_data_dir, resolve_database_url
from quizapp.quiz.clock import FakeClock
from quizapp.service.types import BankProgress
from quizapp.stats.progress import AttemptResults, QuestionResult, progress
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pages.charts_page import ChartsPage
from tests.ui.conftest import interactive_controls
from tests.ui.test_shell import WindowFactory, continue_as, enter_profile, wait_for_sync

pytest_plugins = ("tests.ui.test_shell",)

START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def bank_progress(attempts: int = 3, *, tags: bool = True) -> BankProgress:
    """``attempts`` at a bank of two questions, a day apart: the n-th earns n-1 of 2 points
    on "<b>sums</b>", the other question always right on "shapes"; 30 s, then 20 s, 10 s."""
    rows = [
        AttemptResults(
            f"a{n}",
            START + timedelta(days=n),
            total_points=4,
            pass_mark=70,
            questions=(
                QuestionResult("q1", ("<b>sums</b>",) if tags else (), min(n, 2), 2, 30 - 10 * n),
                QuestionResult("q2", ("shapes",) if tags else (), 2, 2, 30 - 10 * n),
            ),
        )
        for n in range(attempts)
    ]
    series = progress(rows)
    return BankProgress(
        "sums", "Sums", True, series.scores, series.pass_mark, series.tags, series.times
    )


def empty_progress() -> BankProgress:
    return BankProgress("sums", "Sums", True, (), None, (), ())


@pytest.fixture
def page(qtbot: QtBot) -> ChartsPage:
    page = ChartsPage()
    qtbot.addWidget(page)
    page.resize(1000, 650)
    page.show()
    return page


def show(page: ChartsPage, shown: BankProgress) -> None:
    page.set_banks([(shown.bank_id, shown.title)])
    page.set_progress(shown)


def test_the_score_chart_has_a_point_per_attempt_and_the_pass_mark_across(
    page: ChartsPage,
) -> None:
    show(page, bank_progress(3))

    scores = [page.score_series.at(i).y() for i in range(page.score_series.count())]
    assert scores == [50.0, 75.0, 100.0]  # 2, 3 and 4 points of 4
    marks = {page.pass_series.at(i).y() for i in range(page.pass_series.count())}
    assert marks == {70.0}
    assert page.pass_series.at(0).x() <= page.score_series.at(0).x()
    assert page.pass_series.at(1).x() >= page.score_series.at(2).x()  # across the whole axis
    assert "70%" in page.pass_series.name()
    assert page.message == ""
    assert page.score_view.isVisible()
    assert "Latest: 100%" in page.summary_label.text()


def test_the_tag_bars_show_the_share_earned_weakest_on_top_as_plain_text(
    page: ChartsPage,
) -> None:
    show(page, bank_progress(3))

    # sums: 0 + 1 + 2 of 6 points = 50 %; shapes: 6 of 6. The first category is drawn lowest.
    assert page.tag_axis.categories() == ["shapes · 100%", "&lt;b&gt;sums&lt;/b&gt; · 50%"]
    assert [page.tag_set.at(i) for i in range(page.tag_set.count())] == [100.0, 50.0]
    assert page.tag_view.isVisible()


def test_the_time_chart_has_each_attempts_median_seconds(page: ChartsPage) -> None:
    show(page, bank_progress(3))

    assert [page.time_series.at(i).y() for i in range(page.time_series.count())] == [
        30.0,
        20.0,
        10.0,
    ]


def test_only_the_weakest_tags_that_have_room_are_drawn_and_the_title_says_so(
    qtbot: QtBot, page: ChartsPage
) -> None:
    many = bank_progress(1)
    tags = tuple(dataclasses.replace(many.tags[0], tag=f"tag {n:02}") for n in range(30))
    show(page, dataclasses.replace(many, tags=tags))
    tall = page.tag_set.count()
    assert 3 <= tall < 30
    assert page.tag_chart.title() == f"Mastery per tag (the {tall} weakest of 30)"
    assert page.tag_axis.categories()[-1].startswith("tag 00")  # the weakest on top

    page.resize(1000, 420)
    qtbot.waitUntil(lambda: page.tag_set.count() < tall)
    assert page.tag_chart.title() == f"Mastery per tag (the {page.tag_set.count()} weakest of 30)"


def test_a_point_or_a_bar_under_the_mouse_tells_its_exact_value(
    qtbot: QtBot, page: ChartsPage
) -> None:
    show(page, bank_progress(3))

    assert page.score_tip(0).endswith(": 2 of 4 points, 50%, not passed")
    assert page.score_tip(2).endswith(": 4 of 4 points, 100%, passed")
    assert page.time_tip(1).endswith(": 20 seconds per question (the median of 2 answered)")
    assert page.tag_tip(1) == "<b>sums</b>: 3 of 6 points earned, 50%"  # the top bar

    page.tag_set.hovered.emit(True, 1)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "&lt;b&gt;sums&lt;/b&gt;" in QToolTip.text()  # the tag as written, not bold
    page.tag_set.hovered.emit(False, 1)


def test_a_bank_without_tags_says_so_in_place_of_the_bars(page: ChartsPage) -> None:
    show(page, bank_progress(2, tags=False))

    assert not page.tag_view.isVisible()
    assert page.no_tags_label.isVisible()
    assert "no tags" in page.no_tags_label.text()


def test_no_finished_attempt_at_the_bank_says_so_instead_of_empty_charts(
    page: ChartsPage,
) -> None:
    show(page, empty_progress())

    assert "no finished attempts at this bank yet" in page.message
    assert not page.score_view.isVisible()


def test_no_finished_attempt_at_all_says_so(page: ChartsPage) -> None:
    page.set_banks([])

    assert "no finished attempts yet" in page.message
    assert not page.bank_combo.isEnabled()


def test_a_late_answer_for_another_bank_is_not_drawn(page: ChartsPage) -> None:
    page.set_banks([("sums", "Sums"), ("other", "Other")])
    page.bank_combo.setCurrentIndex(1)  # asks for "other"

    page.set_progress(bank_progress(3))  # the answer for "sums", too late

    assert page.score_series.count() == 0
    assert page.bank_id == "other"


def test_the_charts_speak_the_new_language_at_once(qtbot: QtBot, page: ChartsPage) -> None:
    from quizapp.ui.language import use_language

    show(page, bank_progress(3))
    try:
        use_language("id")
        qtbot.waitUntil(lambda: page.score_chart.title() == "Nilai dari waktu ke waktu")
        assert page.tag_chart.title() == "Penguasaan per tag"
        assert page.time_chart.title() == "Waktu per soal"
        assert page.pass_series.name() == "Batas lulus (70%)"
        assert "Percobaan selesai: 3" in page.summary_label.text()
        assert page.score_x.format().startswith("dd/MM/yy")  # the Indonesian short date
    finally:
        use_language("en")
    qtbot.waitUntil(lambda: page.score_chart.title() == "Score over time")


def test_the_charts_follow_a_dark_palette(qtbot: QtBot, page: ChartsPage) -> None:
    show(page, bank_progress(3))
    light = page.score_chart.backgroundBrush().color()
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))

    page.setPalette(dark)

    assert page.score_chart.backgroundBrush().color() == QColor("#1e1e1e")
    assert page.score_chart.backgroundBrush().color() != light
    assert page.tag_axis.labelsBrush().color() == QColor("#eeeeee")
    assert page.score_series.color().lightness() > 128  # a light line on the dark base


def test_every_control_has_a_name_and_tab_reaches_the_charts(page: ChartsPage) -> None:
    show(page, bank_progress(2))
    for control in interactive_controls(page):
        assert control.objectName(), control
        assert control.accessibleName(), control.objectName()
    for view in (page.score_view, page.time_view, page.tag_view):
        assert view.objectName()
        assert view.accessibleName()
        assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "Latest: 75%" in page.score_view.accessibleDescription()

    chain: list[QWidget] = []
    widget = page.bank_combo.nextInFocusChain()
    while widget is not None and widget is not page.bank_combo and len(chain) < 100:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    wanted = [page.score_view, page.time_view, page.tag_view, page.back_button]
    assert [w for w in chain if w in wanted] == wanted


# --- in the window ---------------------------------------------------------------------------


def store_two_attempts(data_dir: Path, library: Path, clock: FakeClock) -> None:
    """Ana finishes "solar" twice, a day apart: one right of two, then both."""
    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun

    folder = resolve_data_dir(str(data_dir))
    service = QuizService.open(resolve_database_url(None, folder), clock)
    try:
        service.sync_library([library])
        ana = service.enter_profile("Ana").profile
        for sun_is_a_star in (False, True):
            prepared = service.start_attempt(ana.id, "solar", seed=1)
            run = QuizRun(prepared, service.recorder(prepared.attempt_id))
            clock.advance(10)
            run.submit("Mars")
            run.next()
            clock.advance(10)
            run.submit(sun_is_a_star)
            run.finish()
            clock.advance(86400)
    finally:
        service.close()


@pytest.fixture
def window(
    qtbot: QtBot,
    make_window: WindowFactory,
    data_dir: Path,
    library: Path,
    fake_clock: FakeClock,
) -> MainWindow:
    store_two_attempts(data_dir, library, fake_clock)
    window = make_window()
    enter_profile(qtbot, window, "Ana")
    return window


def wait_for_charts(qtbot: QtBot, window: MainWindow, points: int) -> ChartsPage:
    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "chartsPage"
    )
    page = window.current_page
    assert isinstance(page, ChartsPage)
    qtbot.waitUntil(lambda: page.score_series.count() == points)
    return page


def test_the_menu_shortcut_opens_the_first_banks_charts_and_back_goes_to_the_library(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window.library_page.view,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = wait_for_charts(qtbot, window, 2)

    assert page.bank_id == "solar"
    assert [page.score_series.at(i).y() for i in range(2)] == [50.0, 100.0]
    assert window.windowTitle() == "QuizApp — Progress — Ana"
    assert page.back_button.text() == "Back to the library"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page is window.library_page


def test_the_history_page_opens_the_charts_and_back_returns_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_history()
    history = window.history_page
    qtbot.waitUntil(lambda: history.model.complete and history.model.rowCount() == 2)
    history.view.selectRow(0)
    button = history.findChild(QPushButton, "historyChartsButton")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    page = wait_for_charts(qtbot, window, 2)
    assert page.back_button.text() == "Back to your history"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.current_page is history


def test_a_banks_start_page_opens_its_charts_even_without_finished_attempts(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show_start_page("sejarah")
    qtbot.waitUntil(lambda: window.current_page is window._start_page)
    start = window.start_page
    qtbot.mouseClick(start.charts_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "chartsPage"
    )
    page = window.current_page
    assert isinstance(page, ChartsPage)
    qtbot.waitUntil(lambda: "no finished attempts at this bank yet" in page.message)
    assert page.bank_id == "sejarah"
    assert page.bank_combo.currentText() == "Sejarah Indonesia"
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page is start


def test_the_charts_action_is_off_outside_a_profile(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert not window.charts_action.isEnabled()
    continue_as(qtbot, window, "Budi")
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    wait_for_sync(qtbot, window)
    assert window.charts_action.isEnabled()
    menu = window.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    assert window.charts_action in menu.actions()
    assert "&" in window.charts_action.text()
