"""Printable PDFs of an attempt and of a bank's statistics: plain text only, nothing loaded,
what the review setting allows, pictures from the store, written whole or not at all."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from quizapp.bank.model import Bank, Review, Settings, SingleChoice
from quizapp.service.types import PastAttempt, ReviewedQuestion
from quizapp.stats.scoring import Score
from quizapp.ui.main_window import MainWindow
from quizapp.ui.pages.results_page import ResultsPage
from quizapp.ui.printing import (
    ClosedDocument,
    attempt_document,
    pdf_bytes,
    statistics_document,
)
from tests.ui.test_teacher import (
    seeded,
    wait_for_messages,
    wait_for_statistics,
    window,
)

__all__ = ["seeded", "window"]  # fixtures

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOSTILE = "What is <img src=http://example.com/spy.png> <b>this</b>?"


class RecordingDocument(ClosedDocument):
    """Records every resource the document asks for (it should ask for none)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> object:
        self.asked.append(name.toString() if isinstance(name, QUrl) else str(name))
        return super().loadResource(type, name)


def png(colour: str) -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def past_attempt(review: Review, *, picture: bytes | None = None) -> PastAttempt:
    question = SingleChoice(
        id="hostile",
        prompt=HOSTILE,
        choices=("<i>left</i>", "right"),
        answer="right",
        explanation="Because of <script>alert(1)</script> reasons.",
        source="the secret source",
        image="pic.png",
        image_alt="A red box",
    )
    bank = Bank(
        id="hostile",
        title="Title <b>bold</b>",
        settings=Settings(review=review),
        questions=(question,),
    )
    return PastAttempt(
        attempt_id="past",
        bank=bank,
        bank_dir=None,
        attempts_left=None,
        status="finished",
        end_reason="submitted",
        started_at=START,
        finished_at=START + timedelta(minutes=3),
        time_used=180.0,
        score=Score.of(0, 1, 60.0),
        questions=(ReviewedQuestion(question, "<i>left</i>", 0.0, 1.0, 12.0, picture),),
        profile="Ana <u>",
    )


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    path = tmp_path / "check.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return unicodedata.normalize("NFKC", text)  # the font's "ﬁ" ligature back to "fi"


def test_bank_text_is_printed_as_written_and_nothing_is_loaded(
    qtbot: QtBot, tmp_path: Path
) -> None:
    document = RecordingDocument()
    attempt_document(past_attempt(Review.FULL), START, document)
    pdf = pdf_bytes(document, title="x")

    text = document.toPlainText()
    assert HOSTILE in text
    assert "Title <b>bold</b>" in text
    assert "Your answer: <i>left</i>" in text
    assert "Because of <script>alert(1)</script> reasons." in text
    assert document.asked == []
    assert pdf.startswith(b"%PDF")
    printed = pdf_text(pdf, tmp_path)
    assert "<img src=http://example.com/spy.png> <b>this</b>" in printed
    assert "Profile: Ana <u>" in printed


@pytest.mark.parametrize(("review", "revealed"), [(Review.FULL, True), (Review.POINTS, False)])
def test_the_right_answer_is_printed_only_as_the_review_setting_allows(
    qtbot: QtBot, review: Review, revealed: bool
) -> None:
    text = attempt_document(past_attempt(review), START).toPlainText()

    assert ("Right answer: right" in text) is revealed
    assert ("the secret source" in text) is revealed
    assert ("Because of" in text) is revealed
    assert ("The right answers are not shown" in text) is not revealed
    assert "Points: 0 / 1" in text


def test_the_stored_picture_is_printed_and_a_missing_one_is_described(qtbot: QtBot) -> None:
    document = attempt_document(past_attempt(Review.FULL, picture=png("red")), START)
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("quizapp-picture://1"))
    assert isinstance(image, QImage)
    assert image.pixelColor(3, 3).name() == "#ff0000"

    without = attempt_document(past_attempt(Review.FULL), START).toPlainText()
    assert "The picture cannot be shown: A red box" in without


def test_a_long_attempt_runs_over_several_pages(qtbot: QtBot, tmp_path: Path) -> None:
    past = past_attempt(Review.FULL, picture=png("red"))
    many = PastAttempt(**{**past.__dict__, "questions": past.questions * 12})
    pdf = pdf_bytes(attempt_document(many, START), title="Long")
    printed = pdf_text(pdf, tmp_path)

    assert printed.count("\f") >= 3  # pages, each ended by a form feed
    assert "Question 12 of 12" in printed


def test_the_statistics_pdf_holds_the_figures_and_a_row_per_question(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.open_statistics()
    page = wait_for_statistics(qtbot, window)
    assert page.statistics is not None
    assert page.pdf_button.objectName() == "statisticsPdfButton"
    assert page.pdf_button.isEnabled()

    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    dialog = window.pdf_saver.dialog
    assert dialog is not None
    assert dialog.objectName() == "pdfDialog"
    target = tmp_path / "out" / "statistics.pdf"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists)

    assert [p.name for p in target.parent.iterdir()] == ["statistics.pdf"]  # no temporary left
    printed = pdf_text(target.read_bytes(), tmp_path)
    assert "Statistics: Bank solar (solar)" in printed
    assert "Attempts counted: 3" in printed
    for word in ("Facility", "Discrimination", "q1", "q2"):
        assert word in printed
    text = statistics_document(page.statistics, START).toPlainText()
    assert "Each student's first attempt" in text


def test_the_results_page_asks_for_a_pdf_of_its_attempt(qtbot: QtBot) -> None:
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_past_attempt(past_attempt(Review.FULL))
    button = page.findChild(QPushButton, "attemptPdfButton")
    assert button is not None
    assert not button.isHidden()
    assert button.accessibleName()

    with qtbot.waitSignal(page.pdf_requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["past"]


def test_an_attempt_is_saved_from_the_store_and_an_unwritable_path_is_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    service = window.service
    assert service is not None
    attempt_id = service.history(profile="Ana")[0].id
    target = tmp_path / "attempt.pdf"
    window.pdf_saver.write_attempt(attempt_id, target)
    qtbot.waitUntil(target.exists)
    assert target.read_bytes().startswith(b"%PDF")

    blocked = tmp_path / "missing-folder" / "attempt.pdf"
    window.pdf_saver.write_attempt(attempt_id, blocked)
    shown = wait_for_messages(qtbot)
    assert any("could not be written" in text and str(blocked) in text for text in shown)
    assert not blocked.parent.exists()
