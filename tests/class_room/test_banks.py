"""The teacher publishes banks; each desktop in the class gets them as files in its library."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from quizapp.bank.loader import load_bank
from quizapp.quiz.clock import FakeClock
from quizapp.service import class_room
from quizapp.service.class_room import ClassError, ClassSync
from quizapp.store.db import open_database, sqlite_url
from quizapp.store.library import import_paths
from tests.class_room.conftest import ClassDatabase
from tests.class_room.helpers import profile
from tests.store.helpers import bank_yaml, write_bank

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def picture_bank(folder: Path) -> Path:
    (folder / "img").mkdir(parents=True)
    (folder / "img" / "dot.png").write_bytes(PNG)
    text = bank_yaml("solar", ["q1", "q2"]).replace(
        "  - id: q1\n", "  - id: q1\n    image: img/dot.png\n    image_alt: A dot\n"
    )
    return write_bank(folder / "solar.yaml", text)


def test_published_banks_arrive_with_their_pictures_and_only_once(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    path = picture_bank(library)
    import_paths(engine, [str(path)], now=clock.now())
    class_room.init_class(class_database.admin_url, class_database.name)

    assert class_room.publish_banks(class_database.admin_url, engine, ["solar"], clock) == [
        ("solar", True)
    ]
    assert class_room.publish_banks(class_database.admin_url, engine, ["solar"], clock) == [
        ("solar", False)
    ]
    code = class_room.add_student(class_database.admin_url, "Ana", clock)
    desktop.join(code.text(), profile(engine, "Ana", clock))
    folder = tmp_path / "class"

    first = desktop.pull_banks(folder)
    again = desktop.pull_banks(folder)

    assert first.written == ("solar",)
    assert again.written == ()
    loaded = load_bank(folder / "solar" / "solar.yaml")
    assert loaded.bank is not None
    assert loaded.bank.questions[0].image == "img/dot.png"
    assert (folder / "solar" / "img" / "dot.png").read_bytes() == PNG


def test_a_bank_no_longer_published_leaves_the_desktop(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    from sqlalchemy import create_engine, text

    path = write_bank(library / "solar.yaml", bank_yaml("solar"))
    import_paths(engine, [str(path)], now=clock.now())
    class_room.init_class(class_database.admin_url, class_database.name)
    class_room.publish_banks(class_database.admin_url, engine, ["solar"], clock)
    code = class_room.add_student(class_database.admin_url, "Ana", clock)
    desktop.join(code.text(), profile(engine, "Ana", clock))
    folder = tmp_path / "class"
    (folder / "mine").mkdir(parents=True)  # not the class's: never touched
    desktop.pull_banks(folder)
    admin = create_engine(class_database.admin_url)
    with admin.begin() as connection:
        connection.execute(text("DELETE FROM class_banks"))
    admin.dispose()

    report = desktop.pull_banks(folder)

    assert report.removed == ("solar",)
    assert not (folder / "solar").exists()
    assert (folder / "mine").is_dir()


def test_an_invalid_or_unknown_bank_is_not_published(
    class_database: ClassDatabase, engine: Engine, library: Path, clock: FakeClock
) -> None:
    class_room.init_class(class_database.admin_url, class_database.name)
    with pytest.raises(ClassError, match="no bank 'nope'"):
        class_room.publish_banks(class_database.admin_url, engine, ["nope"], clock)


def test_a_bank_changed_on_the_server_during_an_attempt_leaves_the_attempt_as_it_began(
    class_database: ClassDatabase,
    desktop: ClassSync,
    engine: Engine,
    library: Path,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    from sqlalchemy import create_engine, text

    from quizapp.service.app import QuizService
    from quizapp.service.quiz_run import QuizRun

    teachers = tmp_path / "teacher"
    teacher_engine = open_database(sqlite_url(tmp_path / "teacher.db"))
    bank = write_bank(teachers / "solar.yaml", bank_yaml("solar", ["q1", "q2"]))
    import_paths(teacher_engine, [str(bank)], now=clock.now())
    class_room.init_class(class_database.admin_url, class_database.name)
    class_room.publish_banks(class_database.admin_url, teacher_engine, ["solar"], clock)
    student = QuizService(engine, clock)
    code = class_room.add_student(class_database.admin_url, "Ana", clock)
    profile_id = profile(engine, "Ana", clock)
    desktop.join(code.text(), profile_id)
    folder = tmp_path / "class"
    desktop.pull_banks(folder)
    student.import_paths([str(folder / "solar" / "solar.yaml")])
    prepared = student.start_attempt(profile_id, "solar", seed=1)
    first = prepared.session.questions[0].question.id
    QuizRun(prepared, student.recorder(prepared.attempt_id)).submit("right")
    # The teacher rewrites both questions, and their keys, and publishes again.
    rewritten = bank_yaml("solar", [("q1", "Mars"), ("q2", "Venus")])
    write_bank(bank, rewritten.replace("answer: right", "answer: wrong"))
    import_paths(teacher_engine, [str(bank)], now=clock.now())
    class_room.publish_banks(class_database.admin_url, teacher_engine, ["solar"], clock)
    assert desktop.pull_banks(folder).written == ("solar",)
    student.import_paths([str(folder / "solar" / "solar.yaml")])

    resumed = student.resume_attempt(prepared.attempt_id)
    run = QuizRun(resumed, student.recorder(prepared.attempt_id))
    run.go_to(1)
    shown = resumed.session.questions[1].question
    run.submit("right")
    run.finish()
    desktop.sync()

    assert "Mars" not in shown.prompt
    assert "Venus" not in shown.prompt
    assert resumed.session.questions[0].question.id == first
    admin = create_engine(class_database.admin_url)
    with admin.connect() as connection:
        hashes = connection.execute(
            text("SELECT question_hashes FROM attempts WHERE id = :a"), {"a": prepared.attempt_id}
        ).scalar_one()
        prompts = connection.execute(
            text(
                "SELECT v.data::jsonb->>'prompt' FROM answers a "
                "JOIN question_versions v ON v.content_hash = a.content_hash "
                "WHERE a.attempt_id = :a ORDER BY a.seq"
            ),
            {"a": prepared.attempt_id},
        ).scalars()
        answered = list(prompts)
        points = connection.execute(
            text("SELECT sum(points) FROM answers WHERE attempt_id = :a"),
            {"a": prepared.attempt_id},
        ).scalar_one()
    admin.dispose()
    teacher_engine.dispose()
    assert len(hashes) == 2
    assert answered == [prepared.session.questions[0].question.prompt, shown.prompt]
    assert not any("Mars" in p or "Venus" in p for p in answered)
    assert points == 2  # graded by the questions the attempt began with
