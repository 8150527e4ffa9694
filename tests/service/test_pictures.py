"""Pictures as they were: a past attempt's review shows the bytes its attempt showed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, Table, delete, func, select

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.quiz_run import QuizRun
from quizapp.store.tables import metadata
from tests.store.helpers import touch_later, write_bank

PICTURES = metadata.tables["pictures"]
VERSION_PICTURES = metadata.tables["version_pictures"]
ORIGINAL = b"\x89PNG\r\n\x1a\n the original picture"
REDRAWN = b"\x89PNG\r\n\x1a\n the picture drawn again"


def pictured_bank(prompts: dict[str, str], image: str = "pic.png") -> str:
    lines = ["format: quizapp/1", "id: pics", "title: Pictures", "questions:"]
    for question_id, prompt in prompts.items():
        lines += [
            f"  - id: {question_id}",
            "    type: single_choice",
            f'    prompt: "{prompt}"',
            f"    image: {image}",
            "    image_alt: A picture",
            "    choices: [right, wrong]",
            "    answer: right",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


@pytest.fixture
def profile_id(service: QuizService) -> int:
    profile = service.enter_profile("Ana").profile
    assert profile.id is not None
    return profile.id


def take(service: QuizService, profile_id: int) -> str:
    prepared = service.start_attempt(profile_id, "pics", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index in range(len(run.session.questions)):
        run.go_to(index)
        run.submit("right")
    run.finish()
    return prepared.attempt_id


def count(engine: Engine, table: Table) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def test_the_review_shows_the_picture_after_its_file_changes_and_goes(
    service: QuizService, engine: Engine, library: Path, profile_id: int
) -> None:
    (library / "pic.png").write_bytes(ORIGINAL)
    write_bank(library / "pics.yaml", pictured_bank({"q1": "What is it?"}))
    service.sync_library([library])
    attempt = take(service, profile_id)

    (library / "pic.png").write_bytes(REDRAWN)
    assert [q.picture for q in service.past_attempt(attempt).questions] == [ORIGINAL]
    (library / "pic.png").unlink()
    assert [q.picture for q in service.past_attempt(attempt).questions] == [ORIGINAL]


def test_two_versions_and_two_banks_share_one_stored_picture(
    service: QuizService, engine: Engine, library: Path, tmp_path: Path
) -> None:
    (library / "pic.png").write_bytes(ORIGINAL)
    write_bank(library / "pics.yaml", pictured_bank({"q1": "One?", "q2": "Two?"}))
    other = library / "other"
    other.mkdir()
    (other / "copy.png").write_bytes(ORIGINAL)
    text = pictured_bank({"q1": "Three?"}, image="copy.png").replace("id: pics", "id: other")
    write_bank(other / "other.yaml", text)
    service.sync_library([library])

    assert count(engine, PICTURES) == 1
    assert count(engine, VERSION_PICTURES) == 3


def test_a_picture_redrawn_under_an_unchanged_question_is_the_new_one_for_new_attempts(
    service: QuizService, library: Path, profile_id: int, clock: FakeClock
) -> None:
    (library / "pic.png").write_bytes(ORIGINAL)
    write_bank(library / "pics.yaml", pictured_bank({"q1": "What is it?"}))
    service.sync_library([library])
    first = take(service, profile_id)
    clock.advance(60)
    (library / "pic.png").write_bytes(REDRAWN)
    second = take(service, profile_id)

    assert service.past_attempt(first).questions[0].picture == ORIGINAL
    assert service.past_attempt(second).questions[0].picture == REDRAWN


def test_a_version_stored_before_pictures_were_kept_has_none_and_falls_back_to_the_file(
    service: QuizService, engine: Engine, library: Path, profile_id: int
) -> None:
    (library / "pic.png").write_bytes(ORIGINAL)
    write_bank(library / "pics.yaml", pictured_bank({"q1": "What is it?"}))
    service.sync_library([library])
    attempt = take(service, profile_id)
    with engine.begin() as connection:  # as a database from before revision 0007 has it
        connection.execute(delete(VERSION_PICTURES))
        connection.execute(delete(PICTURES))

    past = service.past_attempt(attempt)

    assert past.questions[0].picture is None
    assert past.bank_dir == library  # where the review reads the file from instead


def test_an_attempt_older_than_every_capture_gets_the_earliest(
    service: QuizService, engine: Engine, library: Path, profile_id: int, clock: FakeClock
) -> None:
    (library / "pic.png").write_bytes(ORIGINAL)
    write_bank(library / "pics.yaml", pictured_bank({"q1": "What is it?"}))
    service.sync_library([library])
    attempt = take(service, profile_id)
    with engine.begin() as connection:
        connection.execute(delete(VERSION_PICTURES))
    clock.advance(60)
    touch_later(library / "pics.yaml")
    take(service, profile_id)  # captures the picture again, after the first attempt began
    clock.advance(60)
    (library / "pic.png").write_bytes(REDRAWN)
    take(service, profile_id)

    assert service.past_attempt(attempt).questions[0].picture == ORIGINAL


def test_a_picture_swapped_for_a_link_out_of_the_folder_is_never_stored(
    service: QuizService, engine: Engine, library: Path, tmp_path: Path, profile_id: int
) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(REDRAWN)
    (library / "pic.png").write_bytes(ORIGINAL)
    write_bank(library / "pics.yaml", pictured_bank({"q1": "What is it?"}))
    service.sync_library([library])
    (library / "pic.png").unlink()
    (library / "pic.png").symlink_to(outside)

    attempt = take(service, profile_id)

    assert service.past_attempt(attempt).questions[0].picture == ORIGINAL
    with engine.connect() as connection:
        assert list(connection.execute(select(PICTURES.c.data)).scalars()) == [ORIGINAL]
