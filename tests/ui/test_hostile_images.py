"""Pictures are read off the GUI thread, within a size and a time budget.

A picture that cannot be shown (a FIFO, a file over the cap, an SVG that
refers outside itself, a picture that is late) gives way to a note; the
quiz goes on. What could hang the GUI thread on the old code runs in a
child process with a timeout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.bank.model import Bank, TrueFalse
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.attempt_review import AttemptReview
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.pages.results_page import ResultsPage
from quizapp.ui.questions import image as image_module
from quizapp.ui.questions.image import ImageView, load_bank_image
from tests.ui.conftest import MemoryRecorder

NOT_AVAILABLE = "(The picture is not available.)"
ROOT = Path(__file__).resolve().parents[2]


def write_png(path: Path, side: int = 40) -> Path:
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    assert image.save(str(path))  # PNG, by the name
    return path


def bank_with_picture(name: str, alt: str | None = None) -> Bank:
    question = TrueFalse(
        id="pic", prompt="Is this the Sun?", answer=True, image=name, image_alt=alt
    )
    return Bank(id="pictures", title="Pictures", questions=(question,))


OpenQuiz = Callable[..., QuizPage]


@pytest.fixture
def open_quiz(qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder) -> OpenQuiz:
    def open_(folder: Path, name: str, alt: str | None = None) -> QuizPage:
        bank = bank_with_picture(name, alt)
        session = QuizSession.start(bank, attempt_id="a", seed=1, clock=clock)
        page = QuizPage(session=session, recorder=recorder, clock=clock, bank=bank, bank_dir=folder)
        qtbot.addWidget(page)
        page.show()
        return page

    return open_


def note_of(page: QuizPage) -> QLabel:
    note = page.findChild(QLabel, "questionImageNote")
    assert note is not None
    return note


def view_of(page: QuizPage) -> ImageView:
    view = page.findChild(ImageView, "questionImage")
    assert view is not None
    return view


def test_a_picture_is_shown_once_read_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, open_quiz: OpenQuiz
) -> None:
    write_png(tmp_path / "sun.png")

    page = open_quiz(tmp_path, "sun.png")

    qtbot.waitUntil(view_of(page).has_image)
    assert not note_of(page).isVisibleTo(page)


def hostile_picture(folder: Path, kind: str) -> str:
    """A picture file the app must not show; its name."""
    if kind == "fifo":
        os.mkfifo(folder / "pic.png")
    elif kind == "over-the-cap":
        with (folder / "pic.png").open("wb") as file:
            file.truncate(image_module.MAX_IMAGE_BYTES + 1)
    elif kind == "dev-zero":
        (folder / "pic.png").symlink_to("/dev/zero")
    elif kind == "svg-outside":
        write_png(folder.parent / "secret.png")
        (folder / "pic.svg").write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">'
            f'<image href="{folder.parent / "secret.png"}" width="9" height="9"/></svg>'
        )
        return "pic.svg"
    elif kind == "not-a-picture":
        (folder / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n broken")
    return "pic.png"


@pytest.mark.parametrize(
    "kind", ["fifo", "over-the-cap", "dev-zero", "svg-outside", "not-a-picture"]
)
def test_a_picture_that_cannot_be_shown_gives_way_to_a_note(
    qtbot: QtBot, tmp_path: Path, open_quiz: OpenQuiz, kind: str
) -> None:
    folder = tmp_path / "bank"
    folder.mkdir()
    name = hostile_picture(folder, kind)

    page = open_quiz(folder, name)

    qtbot.waitUntil(lambda: note_of(page).isVisibleTo(page))
    assert note_of(page).text() == NOT_AVAILABLE
    assert not view_of(page).has_image()
    assert load_bank_image(folder, name) is None


@pytest.mark.parametrize(
    "alt", ["A yellow disc on a black sky", '<img src="/dev/zero"> <b>the Sun</b>']
)
def test_a_picture_that_cannot_be_shown_gives_way_to_its_description_as_written(
    qtbot: QtBot, tmp_path: Path, open_quiz: OpenQuiz, alt: str
) -> None:
    os.mkfifo(tmp_path / "pic.png")

    page = open_quiz(tmp_path, "pic.png", alt)

    qtbot.waitUntil(lambda: note_of(page).isVisibleTo(page))
    assert note_of(page).text() == f"Picture: {alt}"
    assert note_of(page).textFormat() == Qt.TextFormat.PlainText
    assert view_of(page).accessibleDescription() == alt


def test_a_picture_late_past_the_budget_gives_way_and_is_dropped_when_it_comes(
    qtbot: QtBot,
    tmp_path: Path,
    open_quiz: OpenQuiz,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_png(tmp_path / "sun.png")
    release = threading.Event()
    real_load = image_module.load_bank_image

    def slow_load(folder: Path | None, name: str | None) -> QImage | None:
        release.wait()  # held until the budget has passed: a picture that takes too long
        return real_load(folder, name)

    monkeypatch.setattr(image_module, "load_bank_image", slow_load)
    monkeypatch.setattr(image_module, "LOAD_BUDGET_MS", 20)

    try:
        page = open_quiz(tmp_path, "sun.png")
        qtbot.waitUntil(lambda: note_of(page).isVisibleTo(page))
        dispatcher = image_module._dispatcher
        assert dispatcher is not None
        assert dispatcher.waiting  # the late picture is still on its way
    finally:
        release.set()  # never leave a reader thread waiting
    qtbot.waitUntil(lambda: not dispatcher.waiting)  # ...and has come back

    assert not view_of(page).has_image()
    assert note_of(page).text() == NOT_AVAILABLE


def test_the_results_review_shows_pictures_and_describes_those_it_cannot_show(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    write_png(tmp_path / "sun.png", side=200)
    os.mkfifo(tmp_path / "moon.png")  # would hang a reader that opens it blocking
    questions = (
        TrueFalse(id="sun", prompt="The Sun?", answer=True, image="sun.png"),
        TrueFalse(
            id="moon", prompt="The Moon?", answer=True, image="moon.png", image_alt="A grey disc"
        ),
    )
    bank = Bank(id="sky", title="Sky", questions=questions)
    session = QuizSession.start(bank, attempt_id="a", seed=1, clock=clock)
    session.finish()
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_results(session, bank=bank, bank_dir=tmp_path)
    review = page.findChild(AttemptReview, "attemptReview")
    assert review is not None
    order = [presented.question.id for presented in session.questions]
    picture = page.findChild(ImageView, "reviewDetailImage")
    note = page.findChild(QLabel, "reviewDetailNoImage")
    assert picture is not None
    assert note is not None

    review.show_details(order.index("moon"))
    qtbot.waitUntil(lambda: note.text() == "The picture cannot be shown: A grey disc")
    assert not picture.has_image()

    review.show_details(order.index("sun"))
    qtbot.waitUntil(picture.has_image)
    assert note.isHidden()


SVG_TO_A_FIFO = """\
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QLabel
from quizapp.bank.model import Bank, TrueFalse
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.pages.quiz_page import QuizPage
from tests.ui.conftest import MemoryRecorder

app = QApplication(["quizapp", "-platform", "offscreen"])
question = TrueFalse(id="pic", prompt="Sun?", answer=True, image="pic.svg")
bank = Bank(id="b", title="B", questions=(question,))
clock = FakeClock()
session = QuizSession.start(bank, attempt_id="a", seed=1, clock=clock)
page = QuizPage(
    session=session, recorder=MemoryRecorder(), clock=clock, bank=bank, bank_dir=Path(sys.argv[1])
)
note = page.findChild(QLabel, "questionImageNote")
while note.isHidden():
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
print(note.text())
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs (POSIX)")
def test_an_svg_that_points_at_a_fifo_never_hangs_the_quiz(tmp_path: Path) -> None:
    # Qt's SVG reader would open the FIFO and block the GUI thread for ever: in a child.
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "pic.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">'
        f'<image href="{tmp_path / "fifo"}" width="9" height="9"/></svg>'
    )

    done = subprocess.run(
        [sys.executable, "-c", SVG_TO_A_FIFO, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )

    assert done.stdout.strip() == NOT_AVAILABLE
