"""The history page: a profile's attempts a page at a time, filters, sorting, review, resume."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from quizapp.bank.model import Review
from quizapp.learn.modes import Mode
from quizapp.paths import resolve_data_dir, resolve_database_url
from quizapp.quiz.clock import FakeClock
from quizapp.service.types import (
    HistoryEntry,
    HistoryFilters,
    HistoryResult,
    HistorySort,
    HistorySortKey,
    PastAttempt,
    ReviewedQuestion,
)
from quizapp.stats.scoring import Score
from quizapp.ui.main_window import MainWindow
from quizapp.ui.models.history_model import (
    ATTEMPT_ID_ROLE,
    Deliver,
    Fail,
    HistoryColumn,
    HistoryTableModel,
)
from quizapp.ui.pages.history_page import HistoryPage
from quizapp.ui.pages.results_page import ResultsPage, ReviewColumn
from tests.ui.conftest import every_type_bank, interactive_controls
from tests.ui.test_shell import WindowFactory, continue_as, enter_profile, wait_for_sync
from tests.ui.test_teacher import wait_for_messages

pytest_plugins = ("tests.ui.test_shell",)

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def entry(n: int, *, finished: bool = True, points: float = 1.0) -> HistoryEntry:
    started = START - timedelta(hours=n)
    return HistoryEntry(
        attempt_id=f"attempt-{n}",
        bank_id="solar",
        bank_title="The Solar System",
        bank_available=n != 3,
        status="finished" if finished else "in_progress",
        end_reason="time_up" if finished else None,
        started_at=started,
        finished_at=started + timedelta(minutes=5) if finished else None,
        score=Score.of(points, 2.0, 60.0),
        time_used=300.0 if finished else None,
    )


class FakeStore:
    """A fetcher over a list, answering at once or when told to."""

    def __init__(self, rows: list[HistoryEntry], *, at_once: bool = True) -> None:
        self.rows = rows
        self.at_once = at_once
        self.asked: list[tuple[int, int, HistoryFilters, HistorySort]] = []
        self.waiting: list[tuple[Deliver, list[HistoryEntry]]] = []

    def __call__(
        self,
        offset: int,
        limit: int,
        filters: HistoryFilters,
        sort: HistorySort,
        deliver: Deliver,
        fail: Fail,
    ) -> None:
        self.asked.append((offset, limit, filters, sort))
        page = self.rows[offset : offset + limit]
        if self.at_once:
            deliver(page)
        else:
            self.waiting.append((deliver, page))


# --- the model -------------------------------------------------------------------------------


def test_the_model_passes_the_model_tester_and_fetches_page_by_page(
    qtmodeltester: ModelTester,
) -> None:
    store = FakeStore([entry(n) for n in range(450)])
    model = HistoryTableModel(page_size=200)
    model.set_fetcher(store)

    assert model.rowCount() == 200  # the first page only
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)  # fetches the rest as a view would
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert [asked[:2] for asked in store.asked] == [(0, 200), (200, 200), (400, 200)]
    assert not model.canFetchMore(QModelIndex())
    assert model.index(0, HistoryColumn.BANK).data(ATTEMPT_ID_ROLE) == "attempt-0"


def test_a_column_sorts_in_the_database_from_the_first_page() -> None:
    store = FakeStore([entry(n) for n in range(5)])
    model = HistoryTableModel(page_size=200)
    model.set_fetcher(store)

    model.sort(HistoryColumn.PERCENT, Qt.SortOrder.AscendingOrder)

    assert store.asked[-1][0] == 0
    assert store.asked[-1][3] == HistorySort(HistorySortKey.PERCENT, descending=False)
    assert model.rowCount() == 5


def test_a_page_for_an_older_sort_is_dropped() -> None:
    store = FakeStore([entry(n) for n in range(5)], at_once=False)
    model = HistoryTableModel(page_size=200)
    model.set_fetcher(store)
    model.sort(HistoryColumn.BANK, Qt.SortOrder.AscendingOrder)

    (old, old_rows), (new, new_rows) = store.waiting
    new(new_rows[:2])
    old(old_rows)

    assert model.rowCount() == 2


def test_the_rows_say_how_each_attempt_went() -> None:
    store = FakeStore([entry(0), entry(1, finished=False), entry(3, points=2)])
    model = HistoryTableModel()
    model.set_fetcher(store)

    def text(row: int, column: HistoryColumn) -> str:
        return str(model.index(row, column).data())

    assert text(0, HistoryColumn.SCORE) == "1 / 2"
    assert text(0, HistoryColumn.PERCENT) == "50%"
    assert text(0, HistoryColumn.RESULT) == "Not passed"
    assert text(0, HistoryColumn.TIME_USED) == "5:00"
    assert text(0, HistoryColumn.ENDED) == "Time up"
    assert text(1, HistoryColumn.RESULT) == "In progress"
    assert text(1, HistoryColumn.ENDED) == "In progress"
    assert text(1, HistoryColumn.TIME_USED) == "—"
    assert text(2, HistoryColumn.RESULT) == "Passed"
    assert text(2, HistoryColumn.BANK) == "The Solar System (no longer in the library)"
    assert text(0, HistoryColumn.STARTED)  # locale-formatted, in local time


# --- the page --------------------------------------------------------------------------------


def test_an_empty_history_says_so(qtbot: QtBot) -> None:
    page = HistoryPage()
    qtbot.addWidget(page)
    page.set_fetcher(FakeStore([]))
    page.set_banks([])

    assert "no attempts yet" in page.message
    assert page.view.isHidden()


def test_filters_that_match_nothing_say_so(qtbot: QtBot) -> None:
    store = FakeStore([entry(0)])
    page = HistoryPage()
    qtbot.addWidget(page)
    page.set_fetcher(store)
    page.set_banks([("solar", "The Solar System")])
    assert page.message == ""

    store.rows = []  # the database finds nothing for these filters
    page.result_combo.setCurrentIndex(page.result_combo.findData(HistoryResult.IN_PROGRESS))

    assert store.asked[-1][2] == HistoryFilters(result=HistoryResult.IN_PROGRESS)
    assert "No attempts match these filters" in page.message


def test_the_mode_filter_lists_exams_by_default_and_study_sessions_when_asked(
    qtbot: QtBot,
) -> None:
    store = FakeStore([entry(0)])
    page = HistoryPage()
    qtbot.addWidget(page)
    page.set_fetcher(store)
    page.set_banks([("solar", "The Solar System")])
    assert page.mode_combo.currentText() == "Exams"
    assert store.asked[-1][2].mode is Mode.EXAM

    page.mode_combo.setCurrentIndex(page.mode_combo.findData("practice"))
    assert store.asked[-1][2] == HistoryFilters(mode=Mode.PRACTICE)
    page.mode_combo.setCurrentIndex(page.mode_combo.findData(None))
    assert page.mode_combo.currentText() == "All modes"
    assert store.asked[-1][2] == HistoryFilters(mode=None)


def test_a_history_of_study_sessions_only_says_where_they_are(qtbot: QtBot) -> None:
    page = HistoryPage()
    qtbot.addWidget(page)
    page.set_fetcher(FakeStore([]))  # no exam at all
    page.set_banks([("solar", "The Solar System")])  # but attempts of some mode
    assert "Your study sessions are listed when you choose" in page.message


def test_a_date_range_the_wrong_way_round_asks_nothing_and_says_why(qtbot: QtBot) -> None:
    store = FakeStore([entry(0)])
    page = HistoryPage()
    qtbot.addWidget(page)
    page.set_fetcher(store)
    page.set_banks([("solar", "The Solar System")])
    asked = len(store.asked)

    page.dates_check.setChecked(True)
    page.since_edit.setDate(QDate(2026, 3, 5))
    page.until_edit.setDate(QDate(2026, 3, 1))

    assert "The first day is after the last day" in page.message
    assert page.model.rowCount() == 0
    assert all(f.since is None or f.since <= f.until for _, _, f, _ in store.asked[asked:])  # type: ignore[operator]


def test_every_control_has_a_name_for_assistive_technology(qtbot: QtBot) -> None:
    page = HistoryPage()
    qtbot.addWidget(page)
    for control in interactive_controls(page):
        if control.objectName().startswith("qt_"):
            continue  # a date edit's own line edit, named by Qt; the date edit has the name
        assert control.objectName(), control
        assert control.accessibleName() or (isinstance(control, QPushButton) and control.text()), (
            control.objectName()
        )


# --- in the window ---------------------------------------------------------------------------


def store_attempts(data_dir: Path, library: Path, clock: FakeClock) -> tuple[str, str]:
    """Ana finishes "solar" (one right of two) and, an hour later, leaves another unfinished."""
    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun

    folder = resolve_data_dir(str(data_dir))
    service = QuizService.open(resolve_database_url(None, folder), clock)
    try:
        service.sync_library([library])
        ana = service.enter_profile("Ana").profile
        first = service.start_attempt(ana.id, "solar", seed=1)
        run = QuizRun(first, service.recorder(first.attempt_id))
        clock.advance(12)
        run.submit("Mars")
        run.next()
        clock.advance(8)
        run.submit(False)
        run.finish()
        clock.advance(3600)
        second = service.start_attempt(ana.id, "solar", seed=1)
        QuizRun(second, service.recorder(second.attempt_id)).remember_current()
        return first.attempt_id, second.attempt_id
    finally:
        service.close()


@pytest.fixture
def attempts(data_dir: Path, library: Path, fake_clock: FakeClock) -> tuple[str, str]:
    return store_attempts(data_dir, library, fake_clock)


def enter_with_unfinished(qtbot: QtBot, window: MainWindow) -> None:
    """Continue as Ana and answer Later to the offer to resume: the library shows."""
    continue_as(qtbot, window, "Ana")
    qtbot.waitUntil(lambda: window.resume_dialog is not None)
    assert window.resume_dialog is not None
    window.resume_dialog.reject()
    qtbot.waitUntil(lambda: window.current_page is window.library_page)
    wait_for_sync(qtbot, window)


def open_history(qtbot: QtBot, window: MainWindow) -> HistoryPage:
    enter_with_unfinished(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.library_page.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page is window._history_page)
    page = window.history_page
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() > 0)
    return page


def test_ctrl_h_lists_the_profiles_attempts_newest_first_and_enter_reviews_one(
    qtbot: QtBot, make_window: WindowFactory, attempts: tuple[str, str]
) -> None:
    finished, unfinished = attempts
    window = make_window()
    page = open_history(qtbot, window)

    ids = [page.model.index(r, 0).data(ATTEMPT_ID_ROLE) for r in range(page.model.rowCount())]
    assert ids == [unfinished, finished]
    assert "History" in window.windowTitle()

    page.view.selectRow(1)
    assert page.open_button.isEnabled()
    assert not page.resume_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_page, ResultsPage))
    results = window.current_page
    assert isinstance(results, ResultsPage)
    assert results.results is not None
    assert [a.response for a in results.results.answers] == ["Mars", False]
    assert [a.time_taken for a in results.results.answers] == [12.0, 8.0]
    review = results.review.list_view
    assert review.topLevelItemCount() == 2
    assert review.topLevelItem(0).text(4) == "1 / 1"  # type: ignore[union-attr]
    assert not review.isColumnHidden(3)  # review: full shows the right answers
    back = results.findChild(QPushButton, "backToHistoryButton")
    assert back is not None

    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.current_page is page


def test_an_unfinished_attempt_is_resumed_from_the_history(
    qtbot: QtBot, make_window: WindowFactory, attempts: tuple[str, str]
) -> None:
    _, unfinished = attempts
    window = make_window()
    page = open_history(qtbot, window)

    page.view.selectRow(0)
    assert page.resume_button.isEnabled()
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: window.current_page is not None and window.current_page.objectName() == "quizPage"
    )
    assert window._quiz_shown is not None
    assert window._quiz_shown.attempt_id == unfinished
    assert not window.history_action.isEnabled()  # not during a quiz


def test_the_library_opens_the_history_and_a_bank_gone_still_shows(
    qtbot: QtBot, make_window: WindowFactory, attempts: tuple[str, str], library: Path
) -> None:
    (library / "solar.yaml").unlink()
    window = make_window()
    enter_with_unfinished(qtbot, window)

    qtbot.mouseClick(window.library_page.history_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page is window._history_page)
    page = window.history_page
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 2)
    assert "no longer in the library" in str(page.model.index(1, 0).data())

    page.view.selectRow(1)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.current_page, ResultsPage))


def test_a_profile_without_attempts_sees_the_empty_history(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    enter_profile(qtbot, window, "Budi")
    window.history_action.trigger()
    page = window.history_page
    qtbot.waitUntil(lambda: "no attempts yet" in page.message)


@pytest.mark.parametrize(
    ("review", "attempts_left", "revealed"),
    [
        (Review.FULL, None, True),
        (Review.POINTS, None, False),
        (Review.AFTER_LAST_ATTEMPT, 1, False),
        (Review.AFTER_LAST_ATTEMPT, 0, True),
    ],
)
def test_a_past_attempt_reveals_only_what_its_review_setting_allows_now(
    qtbot: QtBot, review: Review, attempts_left: int | None, revealed: bool
) -> None:
    bank = every_type_bank(review=review, max_attempts=2)
    questions = tuple(
        ReviewedQuestion(q, None, 0.0, q.points, 4.0 if n == 0 else None)
        for n, q in enumerate(bank.questions)
    )
    past = PastAttempt(
        attempt_id="past",
        bank=bank,
        bank_dir=None,
        attempts_left=attempts_left,
        status="finished",
        end_reason="submitted",
        started_at=START,
        finished_at=START + timedelta(minutes=3),
        time_used=180.0,
        score=Score.of(0, 11, 60.0),
        questions=questions,
    )
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_past_attempt(past)

    review_list = page.review.list_view
    assert review_list.isColumnHidden(ReviewColumn.RIGHT_ANSWER) is not revealed
    assert review_list.topLevelItem(0).text(ReviewColumn.TIME) == "0:04"  # type: ignore[union-attr]
    page.review.show_details(0)
    assert ("Jakarta has been the capital" in page.review.detail._explanation.text()) is revealed
    assert page.findChild(QPushButton, "backToHistoryButton") is not None


def test_tab_goes_through_the_filters_the_list_and_the_buttons(qtbot: QtBot) -> None:
    page = HistoryPage()
    qtbot.addWidget(page)
    controls = [
        page.bank_combo,
        page.result_combo,
        page.mode_combo,
        page.dates_check,
        page.since_edit,
        page.until_edit,
        page.view,
        page.open_button,
        page.resume_button,
        page.charts_button,
        page.export_json_button,
        page.export_csv_button,
        page.delete_button,
        page.back_button,
    ]
    order: list[QWidget] = []
    widget = page.bank_combo.nextInFocusChain()
    while widget is not None and widget is not page.bank_combo and len(order) < 100:
        if widget in controls:
            order.append(widget)
        widget = widget.nextInFocusChain()

    assert order == controls[1:]


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_the_exports_keep_what_the_filters_keep(
    qtbot: QtBot, make_window: WindowFactory, attempts: tuple[str, str], tmp_path: Path, kind: str
) -> None:
    finished, unfinished = attempts
    window = make_window()
    page = open_history(qtbot, window)
    page.result_combo.setCurrentIndex(3)  # in progress only
    qtbot.waitUntil(lambda: page.model.complete and page.model.rowCount() == 1)

    button = page.export_json_button if kind == "json" else page.export_csv_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.history_exporter.dialog
    assert dialog is not None
    assert dialog.objectName() == "historyExportDialog"
    target = tmp_path / "out" / f"history.{kind}"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists)

    text = target.read_text(encoding="utf-8-sig")
    if kind == "json":
        assert [attempt["id"] for attempt in json.loads(text)] == [unfinished]
    else:
        lines = text.splitlines()
        assert lines[0].startswith("attempt_id,profile,bank,started_at")
        assert [line.split(",")[0] for line in lines[1:]] == [unfinished]
    assert finished not in text
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary left


def test_an_export_of_days_without_attempts_is_empty_and_a_bad_folder_is_said(
    qtbot: QtBot, make_window: WindowFactory, attempts: tuple[str, str], tmp_path: Path
) -> None:
    window = make_window()
    page = open_history(qtbot, window)
    profile = window._profile
    assert profile is not None
    later = HistoryFilters(since=date(2100, 1, 1), until=date(2100, 1, 2))
    target = tmp_path / "none.csv"
    window.history_exporter.export("csv", profile.id, later, target)
    qtbot.waitUntil(target.exists)
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 1  # the header only

    blocked = tmp_path / "missing-folder" / "history.csv"
    window.history_exporter.export("csv", profile.id, page.filters(), blocked)
    shown = wait_for_messages(qtbot)
    assert any("could not be written" in text and str(blocked) in text for text in shown)
    assert not blocked.parent.exists()
