"""The teacher's desktop, joined with the teacher's code, reads every student's attempts."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine, update

from quizapp.__main__ import main
from quizapp.quiz.clock import FakeClock
from quizapp.service import class_passwords, class_room
from quizapp.service.app import QuizService
from quizapp.service.class_passwords import FilePasswords
from quizapp.service.class_reader import ClassReadError
from quizapp.service.class_room import ClassError, ClassSync
from quizapp.store.class_link import CLASS_LINK
from quizapp.store.db import open_database, sqlite_url
from tests.class_room.conftest import ClassDatabase
from tests.class_room.helpers import profile, take_quiz


@dataclass(frozen=True)
class Class:
    database: ClassDatabase
    teacher_code: str


def student_desktop(
    class_database: ClassDatabase, folder: Path, name: str, clock: FakeClock, answers: int
) -> Engine:
    """A student's own desktop: joined, one finished quiz of ``answers`` answers, sent."""
    folder.mkdir()
    engine = open_database(sqlite_url(folder / "quizapp.db"))
    code = class_room.add_student(class_database.admin_url, name, clock)
    desktop = ClassSync(engine, clock, FilePasswords(folder))
    profile_id = profile(engine, name, clock)
    desktop.join(code.text(), profile_id)
    (folder / "library").mkdir()
    take_quiz(
        engine, folder / "library", clock, profile_id, attempt_id=f"{name}-1", answers=answers
    )
    assert desktop.sync().status.answers_waiting == 0
    desktop.close()
    return engine


@pytest.fixture
def class_of_two(
    class_database: ClassDatabase, tmp_path: Path, clock: FakeClock
) -> Iterator[Class]:
    """Ana answered all three questions, Budi two; the bank is published."""
    teacher_code = class_room.init_class(class_database.admin_url, class_database.name)
    ana = student_desktop(class_database, tmp_path / "ana", "Ana", clock, answers=3)
    budi = student_desktop(class_database, tmp_path / "budi", "Budi", clock, answers=2)
    class_room.publish_banks(class_database.admin_url, ana, ["solar"], clock)
    yield Class(class_database, teacher_code.text())
    ana.dispose()
    budi.dispose()


@pytest.fixture
def teacher_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "teacher"
    folder.mkdir()
    return folder


@pytest.fixture
def teacher(class_of_two: Class, teacher_folder: Path, clock: FakeClock) -> Iterator[QuizService]:
    """The teacher's desktop: its own empty store, joined with the teacher's code."""
    passwords = FilePasswords(teacher_folder)
    service = QuizService(
        open_database(sqlite_url(teacher_folder / "quizapp.db")), clock, lambda: passwords
    )
    desktop = ClassSync(service.engine, clock, passwords)
    status = desktop.join(class_of_two.teacher_code, None)
    desktop.close()
    assert status.teacher
    assert status.class_name == class_of_two.database.name
    yield service
    service.close()


def test_the_teachers_statistics_count_every_students_attempt(
    teacher: QuizService, class_of_two: Class
) -> None:
    source = teacher.data_source()
    assert source.class_name == class_of_two.database.name
    assert teacher.statistics_banks() == [("solar", "Bank solar")]

    statistics = teacher.bank_statistics("solar")

    assert statistics.test.attempts == 2  # Ana's and Budi's, none of them on this computer
    assert teacher.bank_statistics("solar", all_attempts=True).test.attempts == 2
    assert [question.attempts for question in statistics.questions] == [2, 2, 2]
    # Budi left one question unanswered: only its facility is below 100%.
    facilities = sorted(question.facility_index or 0 for question in statistics.questions)
    assert facilities == [pytest.approx(50.0), 100.0, 100.0]


def test_the_teachers_history_lists_every_students_attempts(teacher: QuizService) -> None:
    attempts = teacher.history()
    assert sorted((a.profile, len(a.answers)) for a in attempts) == [("Ana", 3), ("Budi", 2)]
    assert [a.id for a in teacher.history(profile="budi")] == ["Budi-1"]


def test_the_teachers_desktop_sends_nothing_and_says_it_is_the_teachers(
    class_of_two: Class, teacher: QuizService, teacher_folder: Path, clock: FakeClock
) -> None:
    desktop = ClassSync(teacher.engine, clock, FilePasswords(teacher_folder))
    report = desktop.sync()
    desktop.close()
    assert report.sent == 0
    assert report.status.teacher
    assert report.status.failure is None
    assert class_room.status_text(report.status) == "The class's teacher: nothing to send"


def test_a_students_code_still_needs_a_profile(
    class_database: ClassDatabase, engine: Engine, passwords: FilePasswords, clock: FakeClock
) -> None:
    class_room.init_class(class_database.admin_url, class_database.name)
    code = class_room.add_student(class_database.admin_url, "Ana", clock)
    assert not class_room.is_teacher_code(code.text())
    desktop = ClassSync(engine, clock, passwords)
    with pytest.raises(ClassError, match="choose one first"):
        desktop.join(code.text(), None)
    assert not desktop.status().linked
    desktop.close()


def test_a_server_that_cannot_be_reached_is_said_and_no_local_data_is_shown(
    teacher: QuizService,
) -> None:
    with teacher.engine.begin() as connection:
        connection.execute(update(CLASS_LINK).values(port=9))  # nothing listens there

    with pytest.raises(ClassReadError, match=r"cannot reach the class server at 127\.0\.0\.1:9"):
        teacher.bank_statistics("solar")
    with pytest.raises(ClassReadError):
        teacher.history()
    assert teacher.data_source().is_class  # still the class's teacher: nothing local instead


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def teacher_cli(class_of_two: Class, teacher_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The teacher's data folder, joined through ``quizapp class join -``."""
    monkeypatch.setattr(class_passwords, "usable_keyring", lambda: None)  # the 0600 file
    monkeypatch.setattr(sys, "stdin", io.StringIO(class_of_two.teacher_code + "\n"))
    assert main(["--data-dir", str(teacher_folder), "class", "join", "-"]) == 0
    return teacher_folder


def test_stats_and_history_on_the_command_line_read_the_class(
    teacher_cli: Path, class_of_two: Class, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["--data-dir", str(teacher_cli), "stats", "solar", "--json"]) == 0
    output = capsys.readouterr()
    assert json.loads(output.out)["attempts"] == 2
    assert f"Class {class_of_two.database.name} (127.0.0.1:5432)" in output.err

    assert main(["--data-dir", str(teacher_cli), "history", "--json"]) == 0
    profiles = sorted(attempt["profile"] for attempt in json.loads(capsys.readouterr().out))
    assert profiles == ["Ana", "Budi"]


def test_the_command_line_says_in_one_line_when_the_class_cannot_be_read(
    teacher_cli: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = open_database(sqlite_url(teacher_cli / "quizapp.db"))
    with engine.begin() as connection:
        connection.execute(update(CLASS_LINK).values(port=9))
    engine.dispose()
    capsys.readouterr()

    assert main(["--data-dir", str(teacher_cli), "stats", "solar", "--json"]) == 2

    output = capsys.readouterr()
    assert output.out == ""
    errors = output.err.strip().splitlines()
    assert errors[-1].startswith("quizapp: error: cannot read the class")
    assert "cannot reach the class server at 127.0.0.1:9" in errors[-1]
