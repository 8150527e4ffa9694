"""What a hostile bank can put on screen: text shown as text, any number of points."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from quizapp.bank.loader import load_bank
from quizapp.bank.model import Bank, TrueFalse
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.session import QuizSession
from quizapp.ui.models.library_model import LibraryRow
from quizapp.ui.pages.library_page import LibraryPage
from quizapp.ui.pages.quiz_page import QuizPage
from quizapp.ui.questions.texts import points_text
from quizapp.ui.richtext import RichTextView
from tests.ui.conftest import MemoryRecorder

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"

StartQuiz = Callable[[Bank], QuizPage]


@pytest.fixture
def start_quiz(qtbot: QtBot, clock: FakeClock, recorder: MemoryRecorder) -> StartQuiz:
    def start(bank: Bank) -> QuizPage:
        session = QuizSession.start(bank, attempt_id="attempt-1", seed=3, clock=clock)
        page = QuizPage(session=session, recorder=recorder, clock=clock, bank=bank, bank_dir=None)
        qtbot.addWidget(page)
        page.show()
        return page

    return start


# --- points ---------------------------------------------------------------------------------


@pytest.mark.parametrize("points", [3_000_000_000, 2**31, 2**63, 1e300, 1_000_001, float("inf")])
def test_any_number_of_points_is_shown_with_its_value(points: float) -> None:
    text = points_text(points)

    assert "points" in text
    assert text != points_text(1_000_000)


def test_a_question_worth_more_points_than_qt_can_count_is_shown_and_answered(
    start_quiz: StartQuiz, recorder: MemoryRecorder, qtbot: QtBot
) -> None:
    # Stored before the format bounded points: the page must still show it and take answers.
    question = TrueFalse(id="huge", prompt="Is the Sun a star?", answer=True, points=3e9)
    page = start_quiz(Bank(id="huge", title="Huge", questions=(question,)))

    label = page.findChild(QLabel, "questionPointsLabel")
    assert label is not None
    assert label.text() == points_text(3e9)
    widget = page.question_widget
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_T)
    submit = page.findChild(QPushButton, "submitButton")
    assert submit is not None
    submit.click()

    [event] = recorder.answers
    assert (event.question_id, event.grade.points) == ("huge", 3e9)


# --- HTML in bank text ----------------------------------------------------------------------


def picture(folder: Path) -> Path:
    """A 400 × 400 PNG: shown by a label that read HTML, it would make the label that tall."""
    path = folder / "big.png"
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def library_page(qtbot: QtBot, title: str, description: str | None = None) -> LibraryPage:
    page = LibraryPage()
    qtbot.addWidget(page)
    page.set_rows(
        [
            LibraryRow(
                bank_id="x", title=title, language="en", question_count=1, description=description
            )
        ]
    )
    page.show()
    return page


def shown_as_tooltip(html: str) -> str:
    """The text a tooltip shows for ``html`` (Qt renders a tooltip that looks like HTML)."""
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


@pytest.mark.parametrize("where", ["title", "description"])
def test_html_in_a_title_or_description_is_shown_as_written_and_nothing_is_loaded(
    qtbot: QtBot, tmp_path: Path, where: str
) -> None:
    text = f'<img src="{picture(tmp_path)}">x'
    page = library_page(
        qtbot, text if where == "title" else "Title", text if where == "description" else None
    )
    label = page.title_label if where == "title" else page.description_label

    assert page.selected_bank_id() == "x"  # the first row is selected at once, as at start
    assert label.text() == text
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.sizeHint().height() < 100  # one line of text: no picture was loaded
    tooltip = page.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tooltip
    assert shown_as_tooltip(tooltip) == text


def test_every_label_of_the_library_details_is_plain_text(qtbot: QtBot) -> None:
    page = library_page(qtbot, "<b>Bold</b>", "<i>Italic</i>")
    names = ["bankTitleLabel", "bankInfoLabel", "bankDescriptionLabel", "attemptsLeftLabel"]

    labels = [page.findChild(QLabel, name) for name in names]

    assert [label.textFormat() for label in labels if label is not None] == [
        Qt.TextFormat.PlainText
    ] * len(names)


SHOW_IN_LIBRARY = """\
import resource, sys
# A title read as HTML loads /dev/zero without end: fail fast instead of filling the memory.
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
from PySide6.QtWidgets import QApplication
from quizapp.ui.models.library_model import LibraryRow
from quizapp.ui.pages.library_page import LibraryPage

app = QApplication(["quizapp", "-platform", "offscreen"])
page = LibraryPage()
row = LibraryRow(
    bank_id="z", title=sys.argv[1], description=sys.argv[2], language="en", question_count=1
)
page.set_rows([row])
page.show()
app.processEvents()
for label in (page.title_label, page.description_label):
    print(label.sizeHint().height(), label.text())
print(page.model.index(0, 0).data(0x03).replace("\\n", " "))  # the tooltip
"""


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_the_kept_html_bank_shows_its_title_and_description_as_written_in_a_fresh_app() -> None:
    # In a child process with a timeout: a page that rendered HTML would load /dev/zero for ever.
    bank = load_bank(HOSTILE / "html-in-text.yaml").bank
    assert bank is not None
    assert bank.title == '<img src="/dev/zero">x'
    assert bank.description is not None
    done = subprocess.run(
        [sys.executable, "-c", SHOW_IN_LIBRARY, bank.title, bank.description],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )

    title, description, tooltip = done.stdout.splitlines()
    for line, text in ((title, bank.title), (description, bank.description)):
        height, shown = line.split(" ", 1)
        assert shown == text
        assert int(height) < 100  # one line of text: no picture
    assert "<img" not in tooltip
    assert shown_as_tooltip(tooltip) == bank.description


def test_the_kept_html_bank_shows_as_text_on_the_quiz_page(start_quiz: StartQuiz) -> None:
    bank = load_bank(HOSTILE / "html-in-text.yaml").bank
    assert bank is not None

    page = start_quiz(bank)

    texts = [label for label in page.findChildren(QLabel) if "<" in label.text()]
    assert texts  # the choices, at least
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in texts)
    prompt = page.findChild(RichTextView, "questionPrompt")
    assert prompt is not None
    assert prompt.toPlainText() == 'Is <img src="/dev/zero"> <b>this</b> bold?'
