"""A past attempt's review shows its pictures as they were, from the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.quiz_run import QuizRun
from quizapp.store.db import open_database, sqlite_url
from quizapp.ui.pages.results_page import ResultsPage
from tests.service.test_pictures import pictured_bank
from tests.store.helpers import write_bank


def png(colour: str) -> bytes:
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


@pytest.fixture
def service(tmp_path: Path) -> Iterator[QuizService]:
    service = QuizService(open_database(sqlite_url(tmp_path / "quizapp.db")), FakeClock())
    yield service
    service.close()


def attempt_with_a_picture(service: QuizService, library: Path) -> str:
    (library / "pic.png").write_bytes(png("red"))
    write_bank(library / "pics.yaml", pictured_bank({"q1": "Which colour?"}))
    service.sync_library([library])
    profile = service.enter_profile("Ana").profile
    assert profile.id is not None
    prepared = service.start_attempt(profile.id, "pics", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    run.submit("right")
    run.finish()
    return prepared.attempt_id


def shown_colour(qtbot: QtBot, page: ResultsPage) -> str:
    page.review.show_details(0)
    view = page.review.detail._image
    qtbot.waitUntil(view.has_image)
    return str(view._image.pixelColor(5, 5).name())


@pytest.mark.parametrize("change", ["redrawn", "deleted"])
def test_the_review_shows_the_picture_as_the_attempt_showed_it(
    qtbot: QtBot, service: QuizService, tmp_path: Path, change: str
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    attempt = attempt_with_a_picture(service, library)
    if change == "redrawn":
        (library / "pic.png").write_bytes(png("blue"))
    else:
        (library / "pic.png").unlink()
    page = ResultsPage()
    qtbot.addWidget(page)

    page.show_past_attempt(service.past_attempt(attempt))

    assert shown_colour(qtbot, page) == "#ff0000"
    assert page.review.detail._no_image.isHidden()
