"""Screenshots of every page of the app, for the guides: ``docs/screenshots/*.png``.

The real window (:func:`quizapp.ui.main_window.create_main_window`) runs offscreen at a
fixed size on a temporary data folder, with a :class:`FakeClock` so the
timers show the same values on every run, and is driven with QTest keys and
clicks as a student would drive it:

- ``profile.png``: the profile page, a name typed in;
- ``library.png``: the library with the shipped banks, the filters above them;
- ``start-page.png``: the tour bank's start page, before Begin;
- ``reading.png``: the bank's reading in its own window, a question's source highlighted;
- ``question-<type>.png`` for each of the eight types, an answer entered;
- ``feedback.png``: immediate feedback on a wrong answer;
- ``navigator.png``: the question navigator (Ctrl+G), three questions answered and the
  one on screen flagged;
- ``results.png``: the results page and its review;
- ``results-review.png``: the review's first row opened in full (Enter on it), its picture;
- ``library-study.png``: the library after four days of answers: each bank's questions due
  today and mastery, the day's total and the study streak above;
- ``history.png``: the history page, four attempts of three banks (one still in progress);
- ``history-review.png``: the tour attempt opened again from the history, a row in full;
- ``practice-feedback.png``: practice of the tour bank, a wrong answer's feedback with its
  source highlighted in the reading beside the question;
- ``review.png``: review from the library, the first due card of the queue;
- ``statistics.png``: the teacher's statistics page for the tour bank, after eight more
  students (seeded through the service, each answering by a fixed pattern) took it;
- ``charts.png`` and ``charts-dark.png``: the progress charts of the shipped English bank,
  opened from its start page, after four more attempts that get better and faster; the
  second on a dark palette;
- ``problems-panel.png``: the tour bank saved with a mistake: live reload lists it in the
  teacher's Problems panel, and the bank is marked out of date;
- ``editor-<type>.png`` for each of the eight types: the tour bank in the bank editor
  (QuizApp → Edit bank), that question's form beside its live preview;
- ``class-settings.png`` and ``class-status.png``: Ana joins a class on the machine's
  PostgreSQL (a database made for the run and dropped after; skipped, with a note, when
  no server answers at 127.0.0.1:5432): the Class dialog, then the library with the sync
  state in the status bar;
- ``library-id.png``: the library again, with the Indonesian catalogue loaded.

The questions come from the shipped English bank, one of each type, copied
into a "tour" bank that keeps their order and choices unshuffled (the
ordering question's shuffle comes from the attempt's seed, which is fixed
here through ``random.seed``). Each PNG is taken once the window has stopped
changing and is stored on a palette of its 256 most used colours, which keeps
it small while the text stays sharp.

    python scripts/screenshots.py [--out docs/screenshots] [--size 1000x700]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QWidget,
)

from quizapp.bank.grading import correct_response
from quizapp.bank.loader import load_bank
from quizapp.paths import shipped_questions_dir
from quizapp.quiz.clock import FakeClock
from quizapp.ui.app import configure_application
from quizapp.ui.language import install_translators
from quizapp.ui.main_window import MainWindow, create_main_window
from quizapp.ui.pages.quiz_page import QuizPage

ROOT = Path(__file__).resolve().parents[1]
SOURCE_BANK = "bytedance-ai-chips.en.yaml"
TOUR_BANK_ID = "question-types-tour"
TOUR_SEED = 20260105  # random.seed before Start: the attempt's seed, so the ordering shuffle
PROFILE = "Ana Putri"
SECONDS_PER_QUESTION = 37  # the fake clock moves this much before each screenshot
WAIT_SECONDS = 60.0
SETTLE_MS = 50  # between the grabs that must agree before a screenshot is kept
PALETTE_SIZE = 256
COLOUR_GROUP_MASK = 0x00F8F8F8  # the top five bits of red, green and blue


# --- the tour bank -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Tour:
    """One question of a type: its id in the shipped bank and the answer the student gives."""

    question_id: str
    name: str  # the screenshot's name: question-<name>.png
    answer: Callable[[Driver, dict[str, Any]], None]


def pick_choices(*keys: Qt.Key) -> Callable[[Driver, dict[str, Any]], None]:
    def answer(driver: Driver, _question: dict[str, Any]) -> None:
        for key in keys:
            driver.press(key)

    return answer


def type_text(*texts: str) -> Callable[[Driver, dict[str, Any]], None]:
    """Type each text into a field, Tab between them (the cloze's blanks)."""

    def answer(driver: Driver, _question: dict[str, Any]) -> None:
        for number, text in enumerate(texts):
            if number:
                driver.press(Qt.Key.Key_Tab)
            QTest.keyClicks(driver.focused(), text)

    return answer


def order_right(driver: Driver, question: dict[str, Any]) -> None:
    """Select each item with the arrow keys and move it up with Alt+Up into place."""
    items = driver.find(QListWidget, "orderingList")
    for target, text in enumerate(question["items"]):
        row = next(r for r in range(items.count()) if items.item(r).text().endswith(f". {text}"))
        while items.currentRow() < row:
            driver.press(Qt.Key.Key_Down)
        while items.currentRow() > row:
            driver.press(Qt.Key.Key_Up)
        for _ in range(row - target):
            driver.press(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)


def match_all_but_last(driver: Driver, question: dict[str, Any]) -> None:
    """Pick each right-hand option with the arrow keys; the last pair is left wrong."""
    pairs: dict[Any, str] = question["pairs"]
    wanted = [str(right) for right in pairs.values()]
    wanted[-1] = str(question["distractors"][0])
    for number, right in enumerate(wanted, start=1):
        if number > 1:
            driver.press(Qt.Key.Key_Tab)
        combo = driver.find(QComboBox, f"matchingCombo_{number}")
        while combo.currentText() != right:
            driver.press(Qt.Key.Key_Down)


TOUR = (
    Tour("ai-chips-do", "single-choice", pick_choices(Qt.Key.Key_B)),  # wrong: feedback
    Tour("tension-scope", "multiple-choice", pick_choices(Qt.Key.Key_1, Qt.Key.Key_C)),
    Tour("tf-tiktok-dispute", "true-false", pick_choices(Qt.Key.Key_T)),
    Tour("domestic-app", "short-answer", type_text("Douyin")),
    Tour("qcraft-investment", "numeric", type_text("25,000,000")),
    Tour("news-sequence", "ordering", order_right),
    Tour("who-is-who", "matching", match_all_but_last),
    Tour("beijing-response", "cloze", type_text("international")),
)
FEEDBACK_ON = "single-choice"
NAVIGATOR_ON = "short-answer"  # flagged, and the navigator shot, before it is answered
READING_QUOTE_FROM = "qcraft-investment"  # the question whose source the reading shows
READING_SIZE = QSize(620, 560)
EDITOR_SIZE = QSize(1200, 800)


def write_tour_bank(folder: Path) -> dict[str, dict[str, Any]]:
    """The tour bank in ``folder`` (with the images it shows); its questions by id."""
    source = shipped_questions_dir() / SOURCE_BANK
    bank = yaml.safe_load(source.read_text(encoding="utf-8"))
    by_id = {question["id"]: question for question in bank["questions"]}
    bank.update(
        id=TOUR_BANK_ID,
        title="Every question type: ByteDance and AI chips",
        description="One question of each of the eight types, from the shipped English bank.",
        questions=[by_id[tour.question_id] for tour in TOUR],
    )
    bank["settings"].update(shuffle_questions=False, shuffle_choices=False, feedback="immediate")
    bank["settings"].pop("draw", None)
    path = folder / "tour.yaml"
    path.write_text(yaml.safe_dump(bank, allow_unicode=True, sort_keys=False), encoding="utf-8")
    shutil.copytree(source.parent / "images", folder / "images")
    loaded = load_bank(path)
    if loaded.bank is None:
        sys.exit(f"the tour bank does not load: {loaded.problems}")
    return by_id


# --- driving the window --------------------------------------------------------------------------


class Driver:
    """The window, its clock and where the screenshots go; waits have a deadline."""

    def __init__(self, window: MainWindow, clock: FakeClock, out: Path, size: QSize) -> None:
        self.window = window
        self.clock = clock
        self.out = out
        self.size = size
        self.saved: list[Path] = []

    def wait_until(self, what: str, check: Callable[[], object]) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        while not check():
            if time.monotonic() > deadline:
                sys.exit(f"timed out waiting for {what}")
            QTest.qWait(10)

    def find(self, kind: type[Any], name: str) -> Any:
        found = self.window.findChild(kind, name)
        if found is None:
            sys.exit(f"no {kind.__name__} named {name!r}")
        return found

    def focused(self) -> QWidget:
        self.window.activateWindow()
        self.wait_until("the keyboard focus", QApplication.focusWidget)
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.focused(), key, modifier)

    def click(self, button: QPushButton) -> None:
        self.wait_until(f"{button.objectName()} to be enabled", button.isEnabled)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def quiz_page(self) -> QuizPage:
        page = self.window.current_page
        assert isinstance(page, QuizPage)
        return page

    def save(self, name: str, widget: QWidget | None = None) -> None:
        """The window (or ``widget``, a window of its own) once it has stopped changing,
        on a palette of its own colours."""
        if widget is None:
            self.window.resize(self.size)
        path = self.out / f"{name}.png"
        if not on_palette(self.settled_frame(widget or self.window)).save(
            str(path), None, 0
        ):  # PNG by the name; 0: smallest
            sys.exit(f"could not write {path}")
        self.saved.append(path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    def settled_frame(self, widget: QWidget) -> QImage:
        """Grab until two grabs agree: a list lays its items out a moment after it is shown."""
        deadline = time.monotonic() + WAIT_SECONDS
        previous = QImage()
        while True:
            QTest.qWait(SETTLE_MS)
            frame = widget.grab().toImage()
            if frame == previous or time.monotonic() > deadline:
                return frame
            previous = frame


def on_palette(image: QImage) -> QImage:
    """The image on a palette of at most 256 of its colours, each pixel its nearest one.

    Colours are grouped by their top five bits per channel and each group is
    represented by its most used colour, so a few red or green letters keep
    their hue beside the many greys of text edges. The result looks the same
    and is a third of the size. (Qt's own reduction uses a fixed colour cube,
    which turns the window's grey into white.)
    """
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    counts = Counter(memoryview(bytes(rgb.constBits())).cast("I"))
    groups: dict[int, list[tuple[int, int]]] = {}
    for colour, count in counts.items():
        groups.setdefault(colour & COLOUR_GROUP_MASK, []).append((count, colour))
    ranked = sorted(groups.values(), key=lambda members: -sum(n for n, _ in members))
    palette = [max(members)[1] for members in ranked[:PALETTE_SIZE]]
    return rgb.convertToFormat(QImage.Format.Format_Indexed8, palette)


def open_window(data_dir: Path, clock: FakeClock, out: Path, size: QSize) -> Driver:
    window = create_main_window(
        data_dir=data_dir, library_dirs=[shipped_questions_dir()], clock=clock
    )
    window.resize(size)
    window.show()
    driver = Driver(window, clock, out, size)
    driver.wait_until("the profiles", lambda: window.profile_page.ready)
    return driver


def enter_profile(driver: Driver, name: str) -> None:
    combo = driver.find(QComboBox, "profileCombo")
    line_edit = combo.lineEdit()
    line_edit.clear()
    QTest.keyClicks(line_edit, name)


def wait_for_library(driver: Driver, bank_ids: set[str]) -> None:
    window = driver.window
    page = window.library_page

    def listed() -> bool:
        shown = {row.bank_id for row in page.model.rows()}
        return (
            window.current_page is page
            and not window.sync_in_progress
            and window.last_sync is not None
            and bank_ids <= shown
            and page.model.study_loaded
        )

    driver.wait_until(f"the library to list {sorted(bank_ids)}", listed)


# --- the pages ---------------------------------------------------------------------------------


def profile_and_library(driver: Driver) -> set[str]:
    window = driver.window
    driver.wait_until(
        "the first library sync",
        lambda: window.last_sync is not None and not window.sync_in_progress,
    )
    enter_profile(driver, PROFILE)
    driver.save("profile")
    driver.click(driver.find(QPushButton, "profileContinueButton"))
    shipped = {"bytedance-ai-chips-en", "bytedance-ai-chips-id"}
    wait_for_library(driver, shipped)
    driver.save("library")
    return shipped


def take_the_tour(driver: Driver, tour_dir: Path, questions: dict[str, dict[str, Any]]) -> None:
    window = driver.window
    window.preferences.set_library_folders([tour_dir])  # as Settings › Add folder does
    window.preferences.sync()
    window.sync_library()
    wait_for_library(driver, {TOUR_BANK_ID})
    window.library_page.select_bank(TOUR_BANK_ID)
    driver.click(driver.find(QPushButton, "startQuizButton"))
    driver.wait_until(
        "the start page",
        lambda: (
            window.current_page is not None and window.current_page.objectName() == "bankStartPage"
        ),
    )
    window.statusBar().clearMessage()
    driver.save("start-page")
    reading(driver, questions[READING_QUOTE_FROM]["source"])
    random.seed(TOUR_SEED)
    driver.click(driver.find(QPushButton, "beginQuizButton"))
    driver.wait_until("the quiz page", lambda: isinstance(window.current_page, QuizPage))
    window.statusBar().clearMessage()
    for tour in TOUR:
        answer_question(driver, tour, questions[tour.question_id])
    finish(driver)
    driver.save("results")
    open_the_first_row_in_full(driver)
    driver.save("results-review")
    driver.click(driver.find(QPushButton, "backToLibraryButton"))
    wait_for_library(driver, {TOUR_BANK_ID})


def more_attempts(driver: Driver) -> None:
    """Three more attempts at the shipped banks, a day apart, as a student's history has them:
    one handed in with half the answers right, one ended after the app stopped, one still open."""
    from quizapp.bank.grading import correct_response
    from quizapp.service.quiz_run import QuizRun

    window, service, profile = driver.window, driver.window.service, driver.window.profile
    assert service is not None
    assert profile is not None
    for bank_id, ending in (
        ("bytedance-ai-chips-en", "submit"),
        ("bytedance-ai-chips-id", "interrupted"),
        ("bytedance-ai-chips-en", "open"),
    ):
        driver.clock.advance(86400 + 3 * 3600)
        prepared = service.start_attempt(profile.id, bank_id, seed=TOUR_SEED)
        run = QuizRun(prepared, service.recorder(prepared.attempt_id))
        for index, presented in enumerate(run.session.questions[:6]):
            run.go_to(index)
            driver.clock.advance(SECONDS_PER_QUESTION)
            right = index % 2 == 0 or (ending == "submit" and index < 4)
            run.submit(correct_response(presented.question) if right else None)
        if ending == "submit":
            run.finish()
        elif ending == "interrupted":
            run.end_after_interruption()
    window.refresh_library()


def library_at_a_glance(driver: Driver) -> None:
    """The library after four days of answers: due today per bank, mastery, the streak."""
    window = driver.window
    window.show_library()
    bar = window.library_page.glance_bar
    driver.wait_until(
        "the study columns and the streak",
        lambda: (
            bar.streak_label.text() == "Study streak: 4 days"
            and window.library_page.model.study_for(TOUR_BANK_ID) is not None
        ),
    )
    window.library_page.select_bank(TOUR_BANK_ID)
    window.statusBar().clearMessage()
    driver.save("library-study")


def history(driver: Driver) -> None:
    """The history from the library's History button; the tour attempt reviewed again."""
    window = driver.window
    driver.click(driver.find(QPushButton, "historyButton"))
    page = window.history_page
    driver.wait_until(
        "the history's rows", lambda: page.model.complete and page.model.rowCount() == 4
    )
    page.view.selectRow(3)  # the tour, the oldest
    driver.save("history")
    page.view.setFocus()
    driver.press(Qt.Key.Key_Return)
    driver.wait_until(
        "the review",
        lambda: (
            window.current_page is not None
            and window.current_page.findChild(QPushButton, "backToHistoryButton") is not None
        ),
    )
    open_the_first_row_in_full(driver)
    driver.save("history-review")


def reading(driver: Driver, quote: str) -> None:
    """Open the reading from the start page, as a question's source would open it."""
    window = driver.window
    driver.click(driver.find(QPushButton, "readBankButton"))
    driver.wait_until(
        "the reading",
        lambda: window.reading_dialog is not None and window.reading_dialog.isVisible(),
    )
    dialog = window.reading_dialog
    assert dialog is not None
    dialog.resize(READING_SIZE)
    window.show_reading(quote)
    if not dialog.view.highlighted_text():
        sys.exit(f"the passage {quote!r} is not highlighted")
    driver.save("reading", dialog)
    dialog.close()


def answer_question(driver: Driver, tour: Tour, question: dict[str, Any]) -> None:
    """Answer, shoot the question, submit (the feedback shows), go on."""
    page = driver.quiz_page()
    driver.wait_until(
        f"question {tour.question_id}",
        lambda: page.session.current.question.id == tour.question_id,
    )
    driver.clock.advance(SECONDS_PER_QUESTION)
    page.refresh_time()
    if tour.name == NAVIGATOR_ON:
        show_the_navigator(driver)
    tour.answer(driver, question)
    driver.save(f"question-{tour.name}")
    driver.press(Qt.Key.Key_Return)
    driver.wait_until("the feedback", lambda: page.feedback_visible)
    if tour.name == FEEDBACK_ON:
        driver.save("feedback")
    driver.press(Qt.Key.Key_Return)  # on to the next (after the last: Finish)


def show_the_navigator(driver: Driver) -> None:
    """Flag the question on screen, Ctrl+G to the navigator, shoot; Enter goes back to it."""
    page = driver.quiz_page()
    driver.click(driver.find(QPushButton, "flagButton"))
    driver.press(Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    driver.wait_until("the navigator", lambda: driver.focused() is page.navigator)
    driver.save("navigator")
    driver.press(Qt.Key.Key_Return)  # the question on screen: the answer has the focus again
    driver.wait_until("the answer", lambda: driver.focused() is not page.navigator)


def finish(driver: Driver) -> None:
    """After the last feedback Enter presses the focused Finish button; confirm if asked."""
    window = driver.window

    def confirm_box() -> QMessageBox | None:
        boxes = window.findChildren(QMessageBox, "finishConfirmDialog")
        return next((box for box in boxes if box.isVisible()), None)

    def on_results() -> bool:
        return window.current_page is not None and window.current_page.objectName() == (
            "resultsPage"
        )

    driver.wait_until("the results or the offer to finish", lambda: on_results() or confirm_box())
    box = confirm_box()
    if box is not None:
        confirm = box.findChild(QPushButton, "confirmFinishButton")
        assert confirm is not None
        driver.click(confirm)
        driver.wait_until("the results page", on_results)


def open_the_first_row_in_full(driver: Driver) -> None:
    """As a student would by keyboard: to the review list, the first row, Enter."""
    review = driver.find(QTreeWidget, "reviewList")
    driver.window.activateWindow()  # not the reading window, should one still be open
    review.setFocus()
    driver.wait_until("the review list to have the focus", review.hasFocus)
    driver.press(Qt.Key.Key_Home)
    driver.press(Qt.Key.Key_Return)
    pane = driver.find(QWidget, "reviewDetailPane")
    driver.wait_until("the row's details", pane.isVisible)


def library_in_indonesian(
    app: QApplication, data_dir: Path, clock: FakeClock, out: Path, size: QSize
) -> Driver:
    translators = install_translators(app, "id")
    if not translators:
        print("warning: no Indonesian catalogue loaded", file=sys.stderr)
    driver = open_window(data_dir, clock, out, size)
    driver.click(driver.find(QPushButton, "profileContinueButton"))  # the last profile
    window = driver.window
    driver.wait_until(
        "the offer to resume the attempt left open", lambda: window.resume_dialog is not None
    )
    assert window.resume_dialog is not None
    window.resume_dialog.reject()  # Later
    wait_for_library(driver, {TOUR_BANK_ID})
    driver.window.library_page.select_bank(TOUR_BANK_ID)
    driver.save("library-id")
    return driver


# Eight students, strongest first; a 1 is a question answered right, in the tour's order.
# The true-false question everyone gets right, and the numeric one the weaker students get
# right more often than the stronger ones: both are flagged on the page, with the reason.
CLASS_ANSWERS = {
    "Budi Santoso": "11111011",
    "Citra Lestari": "11110111",
    "Dewi Anggraini": "11101010",
    "Eko Prasetyo": "10111001",
    "Fajar Nugroho": "01110100",
    "Gita Maharani": "10101100",
    "Hadi Wibowo": "00111000",
    "Indah Permata": "01100000",
}
WRONG_TEXT = {"short_answer": "Weibo", "numeric": 2.5e6, "cloze": ["domestic"]}


def wrong_response(presented: Any) -> Any:
    """A wrong answer to the presented question, of the right shape."""
    from quizapp.quiz.session import PresentedQuestion

    assert isinstance(presented, PresentedQuestion)
    question = presented.question
    right = correct_response(question)
    if question.TYPE in WRONG_TEXT:
        return WRONG_TEXT[question.TYPE]
    if isinstance(right, bool):
        return not right
    if isinstance(right, str):
        return next(choice for choice in presented.choice_order if choice != right)
    if isinstance(right, list | tuple):
        return list(reversed(right)) if len(right) > 1 else []
    if isinstance(right, dict):
        values = list(right.values())
        return dict(zip(right, values[1:] + values[:1], strict=True))
    return None


def study_modes(driver: Driver) -> None:
    """Practice of the tour bank (a wrong answer with a source, its feedback), then review."""
    from quizapp.ui.pages.study_page import StudyPage

    window = driver.window
    window.show_library()
    wait_for_library(driver, {TOUR_BANK_ID})
    window.library_page.select_bank(TOUR_BANK_ID)
    driver.click(driver.find(QPushButton, "startQuizButton"))
    driver.wait_until("the start page", lambda: page_is(window, "bankStartPage"))
    driver.click(driver.find(QPushButton, "practiceButton"))
    driver.wait_until("the practice page", lambda: page_is(window, "practicePage"))
    page = window.current_page
    assert isinstance(page, StudyPage)
    while True:
        driver.wait_until("a practice question", lambda: page.question is not None)
        shown = page.question
        assert shown is not None
        widget = page.question_widget
        assert widget is not None
        has_source = bool(shown.question.source)
        right = correct_response(shown.question)
        widget.set_response(wrong_response(shown.presented) if has_source else right)
        driver.click(page.check_button)
        driver.wait_until("the practice feedback", lambda: page.feedback_visible)
        if has_source:
            break
        driver.click(page.next_button)
        driver.wait_until("the next question", lambda: not page.feedback_visible)
    if not page.reading_view.highlighted_text():
        sys.exit("the practice feedback's source is not highlighted")
    driver.save("practice-feedback")
    driver.click(page.stop_button)
    driver.wait_until("the end of practice", lambda: page.done)
    driver.click(page.back_button)
    driver.wait_until("the start page", lambda: page_is(window, "bankStartPage"))
    window.show_library()
    wait_for_library(driver, {TOUR_BANK_ID})
    driver.click(window.library_page.review_button)  # every bank's due cards
    driver.wait_until("the review page", lambda: page_is(window, "reviewPage"))
    review = window.current_page
    assert isinstance(review, StudyPage)
    driver.wait_until("a due card", lambda: review.question is not None or review.done)
    if review.done:
        sys.exit("nothing is due for the review screenshot")
    driver.save("review")
    driver.click(review.stop_button)
    driver.wait_until("the end of the review", lambda: review.done)
    driver.click(review.back_button)
    wait_for_library(driver, {TOUR_BANK_ID})


def page_is(window: MainWindow, name: str) -> bool:
    return window.current_page is not None and window.current_page.objectName() == name


def seed_the_class(driver: Driver) -> None:
    """Each student in CLASS_ANSWERS takes the tour bank once, through the service."""
    from quizapp.service.quiz_run import QuizRun

    service = driver.window.service
    assert service is not None
    for name, pattern in CLASS_ANSWERS.items():
        profile = service.enter_profile(name).profile
        prepared = service.start_attempt(profile.id, TOUR_BANK_ID, seed=TOUR_SEED)
        run = QuizRun(prepared, service.recorder(prepared.attempt_id))
        for index, presented in enumerate(run.session.questions):
            driver.clock.advance(20 + 7 * index + 3 * len(name))
            right = pattern[index] == "1"
            run.submit(correct_response(presented.question) if right else wrong_response(presented))
            if index + 1 < len(run.session.questions):
                run.next()
        run.finish()


def teacher_statistics(driver: Driver) -> None:
    window = driver.window
    seed_the_class(driver)
    window.open_statistics()

    def shown() -> bool:
        page = window.current_page
        return (
            page is not None
            and page.objectName() == "statisticsPage"
            and getattr(page, "bank_id", None) is not None
        )

    driver.wait_until("the statistics page", shown)
    page: Any = window.current_page
    combo = page.bank_combo
    combo.setCurrentIndex(combo.findData(TOUR_BANK_ID))
    driver.wait_until(
        "the tour bank's statistics",
        lambda: page.statistics is not None and page.statistics.bank == TOUR_BANK_ID,
    )
    driver.save("statistics")


# Four more attempts at the shipped English bank, a week apart: per attempt the share of
# questions answered right (out of 20) and the seconds a question takes.
PROGRESS_ATTEMPTS = ((9, 52), (12, 44), (15, 37), (18, 29))
CHARTS_BANK = "bytedance-ai-chips-en"


def improving_attempts(driver: Driver) -> None:
    """Ana takes the shipped English bank four more times, through the service."""
    from quizapp.service.quiz_run import QuizRun

    service, profile = driver.window.service, driver.window.profile
    assert service is not None
    assert profile is not None
    for number, (right_count, seconds) in enumerate(PROGRESS_ATTEMPTS):
        driver.clock.advance(7 * 86400)
        prepared = service.start_attempt(profile.id, CHARTS_BANK, seed=TOUR_SEED + number)
        run = QuizRun(prepared, service.recorder(prepared.attempt_id))
        for index, presented in enumerate(run.session.questions):
            run.go_to(index)
            driver.clock.advance(seconds + 4 * (index % 5) - 8)
            right = (index * 7 + number) % len(run.session.questions) < right_count
            run.submit(correct_response(presented.question) if right else wrong_response(presented))
        run.finish()


def dark_palette() -> QPalette:
    """A dark scheme as a desktop's dark theme gives Fusion."""
    palette = QPalette(QColor("#3a3a3a"), QColor("#2b2b2b"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Highlight, "#2a82da"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def progress_charts(app: QApplication, driver: Driver) -> None:
    """The charts from the bank's start page, light and then dark."""
    window = driver.window
    improving_attempts(driver)
    window.show_library()
    wait_for_library(driver, {CHARTS_BANK})
    window.library_page.select_bank(CHARTS_BANK)
    driver.click(driver.find(QPushButton, "startQuizButton"))
    driver.wait_until("the start page", lambda: window.current_page is window.start_page)
    driver.click(driver.find(QPushButton, "startChartsButton"))

    def drawn() -> bool:
        page: Any = window.current_page
        return (
            page is not None
            and page.objectName() == "chartsPage"
            and page.score_series.count() == 1 + len(PROGRESS_ATTEMPTS)
        )

    driver.wait_until("the progress charts", drawn)
    window.statusBar().clearMessage()
    driver.save("charts")
    light = app.palette()
    app.setPalette(dark_palette())
    driver.save("charts-dark")
    app.setPalette(light)


def problems_panel(driver: Driver, tour_dir: Path) -> None:
    """A teacher saves the tour bank with a mistake: live reload lists it in the Problems
    panel and marks the bank out of date; the file is then put right again."""
    window = driver.window
    window.show_library()
    path = tour_dir / "tour.yaml"
    good = path.read_text(encoding="utf-8")
    broken = good.replace("answer: true", "answer: yes", 1)
    if broken == good:
        sys.exit("the tour bank has no true/false answer to break")
    page = window.library_page
    path.write_text(broken, encoding="utf-8")  # as an editor saves it: the watcher sees it
    driver.wait_until("the Problems panel to list the mistake", lambda: page.problem_lines())
    driver.wait_until("the library listing after the reload", lambda: not window.sync_in_progress)
    page.select_bank(TOUR_BANK_ID)
    page.show_problem_details()
    view = driver.find(QListWidget, "problemsView")
    view.setCurrentRow(0)
    view.setFocus()
    driver.save("problems-panel")
    page.show_problem_details(False)
    path.write_text(good, encoding="utf-8")
    driver.wait_until("the mistake to be put right", lambda: not page.problem_lines())


# --- importing questions from Moodle ----------------------------------------------------------

MOODLE_GIFT = """\
// Exported from Moodle
$CATEGORY: $course$/top/Chips and AI

::Largest customer::[html]<p>Which company was <b>ByteDance</b>'s largest chip supplier?</p>{
    =Nvidia#Right.
    ~%50%AMD#Close, but no.
    ~Intel
}

::Founded::ByteDance was founded in {#2012}.

::HQ::ByteDance's headquarters are in {=Beijing =Peking} , China.

::Essay::Explain why a company would design its own AI chips.{}
"""


def import_from_moodle(driver: Driver, folder: Path) -> None:
    """File → Import… of a GIFT file: the dialog while the worker converts, then its result."""
    import threading

    from quizapp.ui.workers import run_in_background

    source = folder / "moodle-export.gift"
    source.write_text(MOODLE_GIFT, encoding="utf-8")
    target = folder / "imported"
    target.mkdir()
    window = driver.window
    gate = threading.Event()  # holds the worker, so the shot shows the import under way
    run_in_background(gate.wait, success=print_nothing, owner=window)
    window.interchange.import_file(source, target)
    dialog = window.interchange.dialog
    assert dialog is not None
    QTest.qWait(200)
    path = driver.out / "import-running.png"
    on_palette(dialog.grab().toImage()).save(str(path), None, 0)
    driver.saved.append(path)
    gate.set()
    driver.wait_until("the import", lambda: not dialog.progress.isVisible())
    driver.save("import-result", dialog)
    dialog.close()


def print_nothing(_result: object) -> None:
    """The held worker's result: nothing to say."""


CLASS_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


def class_room(driver: Driver) -> None:
    """Ana joins a class made for the run on the machine's PostgreSQL, then it is dropped."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    from quizapp.service import class_room as classes
    from quizapp.store.class_server import drop_class_roles

    server = create_engine(f"{CLASS_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    name = "class7b"  # as docs/class.md names it; made for the run, dropped after
    database = f"quizapp_{name}_screenshots"
    try:
        with server.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}"')
            drop_class_roles(connection, name)
            connection.exec_driver_sql(f'CREATE DATABASE "{database}"')
    except OperationalError:
        print("no PostgreSQL at 127.0.0.1:5432: the class screenshots are left as they are")
        server.dispose()
        return
    try:
        admin = f"{CLASS_SERVER}/{database}"
        classes.init_class(admin, name)
        code = classes.add_student(admin, "Ana", driver.clock)
        window = driver.window
        window.show_library()
        window.class_room.open_settings()
        dialog = window.class_room.dialog
        assert dialog is not None
        dialog.code_edit.setText(code.text())
        driver.click(dialog.join_button)
        driver.wait_until("the class joined", lambda: window.class_room.label.isVisible())
        status = window.class_room

        def settled() -> bool:
            return status.status is not None and (
                status.status.failure is not None or not status.status.events_waiting
            )

        driver.wait_until("the answers sent", settled)
        if status.status is not None and status.status.failure:
            sys.exit(f"the class could not be reached: {status.status.failure}")
        dialog.resize(560, dialog.height())  # as tall as what shows
        driver.save("class-settings", dialog)
        dialog.close()
        driver.save("class-status")
        window.class_room.stop()
    finally:
        with server.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :d AND pid <> pg_backend_pid()"
                ),
                {"d": database},
            )
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}"')
            drop_class_roles(connection, name)
        server.dispose()


def bank_editor(driver: Driver, tour_dir: Path) -> None:
    """The tour bank in the editor, at each question in turn: its form and its preview."""
    editor = driver.window.open_bank_editor(tour_dir / "tour.yaml")
    editor.resize(EDITOR_SIZE)
    driver.wait_until("the bank in the editor", lambda: editor.question_model.rowCount() > 0)

    def previewed(question_id: str) -> bool:
        widget = editor.preview.question_widget
        return widget is not None and widget.question.id == question_id

    for tour in TOUR:
        editor.select_question(tour.question_id)
        driver.wait_until(
            f"the preview of {tour.question_id}", partial(previewed, tour.question_id)
        )
        driver.save(f"editor-{tour.name}", editor)
    editor.close()


# --- the run -------------------------------------------------------------------------------------


def parse_size(text: str) -> QSize:
    width, height = (int(part) for part in text.lower().split("x"))
    return QSize(width, height)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", type=parse_size, default=QSize(1000, 700))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    # Before the QApplication: no screen, and times shown in UTC on every machine.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["TZ"] = "UTC"
    if hasattr(time, "tzset"):
        time.tzset()
    app = QApplication(["quizapp"])
    configure_application(app)
    QApplication.setCursorFlashTime(0)  # a steady text cursor, the same in every shot
    install_translators(app, "en")
    QLocale.setDefault(QLocale("en_US"))

    with tempfile.TemporaryDirectory(prefix="quizapp-screens-") as temp:
        data_dir, tour_dir = Path(temp) / "data", Path(temp) / "tour"
        tour_dir.mkdir()
        questions = write_tour_bank(tour_dir)
        clock = FakeClock()
        driver = open_window(data_dir, clock, args.out, args.size)
        profile_and_library(driver)
        take_the_tour(driver, tour_dir, questions)
        more_attempts(driver)
        library_at_a_glance(driver)
        history(driver)
        study_modes(driver)
        teacher_statistics(driver)
        progress_charts(app, driver)
        problems_panel(driver, tour_dir)
        import_from_moodle(driver, Path(temp))
        bank_editor(driver, tour_dir)
        class_room(driver)
        driver.window.close()
        indonesian = library_in_indonesian(app, data_dir, clock, args.out, args.size)
        indonesian.window.close()
    total = sum(path.stat().st_size for path in driver.saved + indonesian.saved)
    print(f"{len(driver.saved) + len(indonesian.saved)} screenshots, {total // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
