"""Drive the real QuizApp process as a student would, for the process-level tests.

Run as its own process (never imported by pytest's process)::

    python tests/reliability/app_driver.py --data-dir D --library L --profile Ana \\
        --bank BANK --step red:keys:B --step sun:flag: --step sun:click:falseButton \\
        --step planet:type:Jupiter --finish

The app starts through :func:`quizapp.ui.app.run_app`, the entry point
``python -m quizapp`` uses (one instance per data folder, translations, the
error log), with ``L`` added to the library folders in the data folder's
preferences. The driver types the profile name and presses Continue, clicks
the bank in the library, presses Start and answers each ``--step`` on the
quiz page with QTest keys and clicks, then Enter (which submits and goes on);
a ``flag`` step presses "Flag for review" on that question instead. With
``--finish`` it then presses "Finish quiz" (and Finish in the dialog that asks).

Lines on standard output, each flushed at once:

- ``attempt ATTEMPT_ID`` when the quiz page is shown;
- ``answered QUESTION_ID N`` once the N-th answer has been recorded and the
  quiz's writer has said it is stored (committed);
- ``flagged QUESTION_ID`` once a flag step is stored;
- ``finished`` once the attempt's end is stored and the results are shown;
- ``waiting`` after the last step: the app keeps running until it is killed;
- ``raise-requested`` each time a second launch asks this instance to come forward;
- with ``--check-resume``, instead of answering: ``resume-dialog ATTEMPT_ID
  ANSWERED TOTAL`` or ``no-resume-dialog`` after Continue; the dialog is then
  closed without a choice (nothing is decided) and the app quits with 0.

Every wait has a deadline (``--timeout``); a wait that runs out exits with
:data:`EXIT_TIMED_OUT` and says what it waited for on standard error. A run
left waiting longer than ``--linger`` seconds exits by itself with
:data:`EXIT_NOT_KILLED`, so a test that died never leaves the app behind.
``--kill-after-ms MS`` makes the process SIGKILL itself MS milliseconds after
the quiz page is shown: a crash at a moment chosen by the test's seed.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from quizapp.paths import resolve_data_dir
from quizapp.ui.app import run_app
from quizapp.ui.main_window import MainWindow
from quizapp.ui.models.library_model import BANK_ID_ROLE
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.settings import Preferences

EXIT_TIMED_OUT = 3
EXIT_FAILED = 4
EXIT_NOT_KILLED = 5
POLL_INTERVAL_MS = 20
ACTIONS = ("keys", "click", "type", "flag")

T = TypeVar("T")
W = TypeVar("W", bound=QObject)
# A script yields (what it waits for, a check); it goes on once the check is true.
Wait = tuple[str, Callable[[], bool]]
Script = Generator[Wait, None, None]


@dataclass(frozen=True)
class Step:
    """One question answered: ``keys`` typed where the focus is, a ``click`` on the
    button of that object name, or text typed into the answer field (``type``);
    or the question flagged for review (``flag``, no value)."""

    question_id: str
    action: str
    value: str

    @classmethod
    def parse(cls, text: str) -> Step:
        question_id, action, value = text.split(":", 2)
        if action not in ACTIONS:
            raise argparse.ArgumentTypeError(f"unknown action {action!r} in {text!r}")
        return cls(question_id, action, value)


def say(line: str) -> None:
    print(line, flush=True)


# --- running a script inside the app's event loop ----------------------------------------------


class ScriptRunner(QObject):
    """Advances a script from the event loop: polls its current check, with a deadline."""

    def __init__(self, app: QApplication, script: Script, timeout: float) -> None:
        super().__init__(app)
        self._app = app
        self._script = script
        self._timeout_ms = int(timeout * 1000)
        self._wait: Wait | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._step)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._timed_out)

    def start(self) -> None:
        self._poll.start()
        self._advance()

    def _advance(self) -> None:
        try:
            self._wait = next(self._script)
        except StopIteration:
            self._stop()
            return
        self._deadline.start(self._timeout_ms)

    def _step(self) -> None:
        if self._wait is None:
            return
        try:
            if self._wait[1]():
                self._advance()
        except Exception:
            traceback.print_exc()
            self._stop()
            self._app.exit(EXIT_FAILED)

    def _timed_out(self) -> None:
        what = self._wait[0] if self._wait else "?"
        print(f"app_driver: timed out waiting for {what}", file=sys.stderr, flush=True)
        self._stop()
        self._app.exit(EXIT_TIMED_OUT)

    def _stop(self) -> None:
        self._wait = None
        self._poll.stop()
        self._deadline.stop()


def until(description: str, probe: Callable[[], T | None]) -> Generator[Wait, None, T]:
    """Wait until ``probe`` gives something other than None (or False); that value."""
    found: list[T] = []

    def check() -> bool:
        value = probe()
        if value is None or value is False:
            return False
        found.append(value)
        return True

    yield description, check
    return found[0]


# --- what the student does ---------------------------------------------------------------------


def find(root: QWidget, kind: type[W], name: str) -> W:
    widget = root.findChild(kind, name)
    if widget is None:
        raise LookupError(f"no {kind.__name__} named {name!r}")
    return widget


def main_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def focus_in(window: MainWindow) -> QWidget | None:
    """The focused widget once the window is active (offscreen, activation is asked for)."""
    if not window.isActiveWindow():
        window.activateWindow()
    focused = QApplication.focusWidget()
    return focused if focused is not None and window.isAncestorOf(focused) else None


def continue_as(window: MainWindow, name: str) -> Script:
    yield from until("the profiles to be listed", lambda: window.profile_page.ready)
    combo = find(window, QComboBox, "profileCombo")
    line_edit = combo.lineEdit()
    assert line_edit is not None
    line_edit.clear()
    QTest.keyClicks(line_edit, name)
    button = find(window, QPushButton, "profileContinueButton")
    yield from until("Continue to be enabled", button.isEnabled)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def start_bank(window: MainWindow, bank_id: str) -> Generator[Wait, None, QuizPage]:
    page = window.library_page
    yield from until(
        f"the library to list {bank_id!r}",
        lambda: window.current_page is page and _row_of(window, bank_id) is not None,
    )
    row = _row_of(window, bank_id)
    assert row is not None
    view = page.view
    view.scrollTo(view.model().index(row, 0))
    centre = view.visualRect(view.model().index(row, 0)).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )
    start = find(page, QPushButton, "startQuizButton")
    yield from until(
        "the bank to be selected",
        lambda: page.selected_bank_id() == bank_id and start.isEnabled(),
    )
    QTest.mouseClick(start, Qt.MouseButton.LeftButton)
    begin = yield from until(
        "the start page",
        lambda: (
            window.findChild(QPushButton, "beginQuizButton")
            if window.current_page is not None
            and window.current_page.objectName() == "bankStartPage"
            else None
        ),
    )
    yield from until("Begin to be enabled", begin.isEnabled)
    QTest.mouseClick(begin, Qt.MouseButton.LeftButton)
    return (
        yield from until(
            "the quiz page",
            lambda: window.current_page if isinstance(window.current_page, QuizPage) else None,
        )
    )


def _row_of(window: MainWindow, bank_id: str) -> int | None:
    model = window.library_page.view.model()
    return next(
        (r for r in range(model.rowCount()) if model.index(r, 0).data(BANK_ID_ROLE) == bank_id),
        None,
    )


def answer(window: MainWindow, page: QuizPage, step: Step, number: int) -> Script:
    session = page.session
    yield from until(
        f"question {step.question_id!r}",
        lambda: session.current.question.id == step.question_id and page.question_widget,
    )
    index = session.index
    if step.action == "click":
        QTest.mouseClick(find(page, QAbstractButton, step.value), Qt.MouseButton.LeftButton)
    elif step.action == "type":
        QTest.keyClicks(find(page, QLineEdit, "answerEdit"), step.value)
    else:
        target = yield from until("the keyboard focus", lambda: focus_in(window))
        QTest.keyClicks(target, step.value)
    target = yield from until("the keyboard focus", lambda: focus_in(window))
    QTest.keyClick(target, Qt.Key.Key_Return)
    yield from until(
        f"the answer to {step.question_id!r} to be recorded",
        lambda: session.latest_answer(index) is not None and page.all_saved,
    )
    say(f"answered {step.question_id} {number}")


def flag(page: QuizPage, step: Step) -> Script:
    session = page.session
    yield from until(
        f"question {step.question_id!r}",
        lambda: session.current.question.id == step.question_id and page.question_widget,
    )
    QTest.mouseClick(find(page, QPushButton, "flagButton"), Qt.MouseButton.LeftButton)
    yield from until(
        f"the flag on {step.question_id!r} to be stored",
        lambda: session.index in session.flagged and page.all_saved,
    )
    widget = page.question_widget
    if widget is not None:  # back to the answer, or Enter would press the flag button again
        widget.focus_answer()
    say(f"flagged {step.question_id}")


def finish(window: MainWindow, page: QuizPage) -> Script:
    QTest.mouseClick(find(page, QPushButton, "finishButton"), Qt.MouseButton.LeftButton)
    confirm = yield from until("the quiz to end or be confirmed", lambda: _ended_or_asked(window))
    if isinstance(confirm, QMessageBox):
        QTest.mouseClick(
            find(confirm, QPushButton, "confirmFinishButton"), Qt.MouseButton.LeftButton
        )
        yield from until("the results", lambda: _ended_or_asked(window) == "results")
    say("finished")


def _ended_or_asked(window: MainWindow) -> QMessageBox | str | None:
    """The dialog asking to confirm the end, or "results" once the results are shown."""
    page = window.current_page
    if page is not None and page.objectName() == "resultsPage":
        return "results"
    dialog = page.findChild(QMessageBox, "finishConfirmDialog") if page is not None else None
    return dialog if dialog is not None and dialog.isVisible() else None


def kill_self_after(milliseconds: int) -> None:
    """SIGKILL this process after ``milliseconds``, whatever it is doing then."""
    kill = getattr(signal, "SIGKILL", signal.SIGTERM)
    timer = threading.Timer(milliseconds / 1000, os.kill, (os.getpid(), kill))
    timer.daemon = True
    timer.start()


def answer_script(args: argparse.Namespace) -> Script:
    window = yield from until("the main window", main_window)
    yield from report_second_launches()
    yield from continue_as(window, args.profile)
    page = yield from start_bank(window, args.bank)
    say(f"attempt {page.session.attempt_id}")
    if args.kill_after_ms is not None:
        kill_self_after(args.kill_after_ms)
    answers = 0
    for step in args.step:
        if step.action == "flag":
            yield from flag(page, step)
            continue
        answers += 1
        yield from answer(window, page, step, answers)
    if args.finish:
        yield from finish(window, page)
    say("waiting")


def check_resume_script(args: argparse.Namespace) -> Script:
    window = yield from until("the main window", main_window)
    yield from continue_as(window, args.profile)
    outcome = yield from until("the resume dialog or the library", lambda: _where(window))
    dialog = window.resume_dialog
    if outcome == "library" or dialog is None:
        say("no-resume-dialog")
    else:
        quiz = dialog.quiz
        say(f"resume-dialog {quiz.attempt_id} {quiz.answered} {quiz.question_count}")
        dialog.reject()  # closing decides nothing: the attempt stays unfinished
    window.close()


def _where(window: MainWindow) -> str | None:
    """Where Continue led: "dialog" (an unfinished quiz is offered) or "library"."""
    dialog = window.resume_dialog
    if dialog is not None and dialog.isVisible():
        return "dialog"
    return "library" if window.current_page is window.library_page else None


def instance_server() -> QObject | None:
    """The app's listener for later launches; it starts once the window is painted."""
    app = QApplication.instance()
    return app.findChild(QObject, "instanceServer") if app is not None else None


def report_second_launches() -> Script:
    """Say so whenever a second launch asks this instance to come forward."""
    server = yield from until("the listener for later launches", instance_server)
    signal = getattr(server, "raise_requested", None)
    if signal is None:  # said, not raised: the answers are what the kill test is about
        say("no-instance-server")
        return
    signal.connect(lambda: say("raise-requested"))


# --- the process ---------------------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--library", required=True, type=Path, help="a folder of bank files")
    parser.add_argument("--profile", default="Ana")
    parser.add_argument("--bank", help="the id of the bank to start")
    parser.add_argument("--step", action="append", type=Step.parse, default=[])
    parser.add_argument("--finish", action="store_true", help="finish the quiz after the steps")
    parser.add_argument("--kill-after-ms", type=int, help="die this long after the quiz shows")
    parser.add_argument("--check-resume", action="store_true")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds for each wait")
    parser.add_argument("--linger", type=float, default=300.0, help="seconds to wait to be killed")
    args = parser.parse_args(argv)
    if not args.check_resume and not args.bank:
        parser.error("--bank is needed unless --check-resume is given")
    return args


def prepare_preferences(data_dir: Path, library: Path) -> None:
    """English, and the test's bank folder in the library, as a user would set them."""
    preferences = Preferences.for_data_dir(data_dir)
    preferences.set_language("en")
    preferences.set_library_folders([library.resolve()])
    preferences.sync()


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    data_dir = resolve_data_dir(str(args.data_dir))
    prepare_preferences(data_dir, args.library)
    app = QApplication(["quizapp"])
    script = check_resume_script(args) if args.check_resume else answer_script(args)
    runner = ScriptRunner(app, script, args.timeout)
    QTimer.singleShot(0, runner.start)
    if not args.check_resume:
        QTimer.singleShot(int(args.linger * 1000), lambda: app.exit(EXIT_NOT_KILLED))
    return run_app(["quizapp"], data_dir=data_dir)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
