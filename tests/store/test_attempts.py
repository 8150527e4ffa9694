"""Attempts and the answer log: exactly once, latest counts, survives restarts and bank edits."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, func, inspect, select
from sqlmodel import Session

from quizapp.bank.grading import Response
from quizapp.bank.model import Bank
from quizapp.quiz.clock import FakeClock
from quizapp.quiz.ending import EndReason
from quizapp.store.attempts import (
    Score,
    attempt_answers,
    attempt_bank,
    attempt_score,
    finish_attempt,
    get_attempt,
    latest_answers,
    latest_stored_instant,
    note_opened,
    record_answer,
    set_current_question,
    set_flagged,
    start_attempt,
    unfinished_attempts,
)
from quizapp.store.db import (
    alembic_config,
    open_database,
    session_scope,
    sqlite_url,
    upgrade_to_head,
)
from quizapp.store.library import import_paths, list_banks, load_stored_bank
from quizapp.store.profiles import get_or_create_profile
from quizapp.store.tables import AttemptStatus, metadata
from tests.store.helpers import bank_yaml, write_bank

ANSWERS = metadata.tables["answers"]


@pytest.fixture
def bank(engine: Engine, library: Path, clock: FakeClock) -> Bank:
    """A stored bank of three questions worth 1, 1 and 2 points."""
    path = write_bank(
        library / "solar.yaml", bank_yaml("solar", ["q1", "q2", "q3"], points={"q3": 2})
    )
    import_paths(engine, [str(path)], now=clock.now())
    with Session(engine) as session:
        return load_stored_bank("solar", session=session)


@pytest.fixture
def profile_id(engine: Engine, clock: FakeClock) -> int:
    with Session(engine) as session:
        profile = get_or_create_profile("Ana", session=session, now=clock.now())
        session.commit()
        assert profile.id is not None
        return profile.id


def start(
    engine: Engine,
    clock: FakeClock,
    profile_id: int,
    attempt_id: str = "attempt-1",
    question_ids: tuple[str, ...] = ("q1", "q2", "q3"),
) -> None:
    with Session(engine) as session:
        start_attempt(
            session=session,
            attempt_id=attempt_id,
            profile_id=profile_id,
            bank_id="solar",
            seed=42,
            question_ids=question_ids,
            started_at=clock.now(),
            deadline=clock.now() + timedelta(minutes=10),
        )
        session.commit()


def answer(
    engine: Engine,
    clock: FakeClock,
    bank: Bank,
    question_id: str,
    points: float,
    *,
    answer_id: str | None = None,
    attempt_id: str = "attempt-1",
) -> bool:
    question = bank.question(question_id)
    shown_at = clock.now()
    clock.advance(5)
    with session_scope(engine) as session:
        return record_answer(
            session=session,
            answer_id=answer_id or str(uuid.uuid4()),
            attempt_id=attempt_id,
            question=question,
            response="right" if points else "wrong",
            points=points,
            possible=question.points,
            shown_at=shown_at,
            answered_at=clock.now(),
        )


def answer_count(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(ANSWERS)).scalar_one()


def test_a_new_attempt_keeps_what_it_started_with(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id, question_ids=("q3", "q1"))

    with Session(engine) as session:
        attempt = get_attempt("attempt-1", session=session)
        (unfinished,) = unfinished_attempts(session=session, profile_id=profile_id)
    assert unfinished.id == "attempt-1"
    assert attempt.question_order == ["q3", "q1"]
    assert attempt.total_points == 3
    assert attempt.status == AttemptStatus.IN_PROGRESS
    assert attempt.deadline == clock.now() + timedelta(minutes=10)
    assert attempt.settings["pass_mark"] == 60


def test_an_attempt_over_an_unknown_question_is_refused(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    with pytest.raises(ValueError, match="no question 'q9'"):
        start(engine, clock, profile_id, question_ids=("q1", "q9"))


def test_the_same_answer_sent_twice_is_stored_once(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)

    assert answer(engine, clock, bank, "q1", 1, answer_id="answer-1") is True
    assert answer(engine, clock, bank, "q1", 1, answer_id="answer-1") is False

    assert answer_count(engine) == 1


def test_a_second_process_sending_the_same_answer_does_not_duplicate_it(
    engine: Engine, db_path: Path, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    other = open_database(sqlite_url(db_path))  # its own connections, as another process has
    try:
        assert answer(engine, clock, bank, "q1", 1, answer_id="answer-1") is True
        assert answer(other, clock, bank, "q1", 1, answer_id="answer-1") is False
        assert answer(other, clock, bank, "q2", 0, answer_id="answer-2") is True
    finally:
        other.dispose()

    with Session(engine) as session:
        log = attempt_answers(session=session, attempt_id="attempt-1")
    assert [(a.id, a.seq) for a in log] == [("answer-1", 1), ("answer-2", 2)]


def test_the_latest_answer_per_question_counts(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    answer(engine, clock, bank, "q1", 0, answer_id="first")
    answer(engine, clock, bank, "q3", 2, answer_id="second")
    answer(engine, clock, bank, "q1", 1, answer_id="third")  # changed their mind

    with Session(engine) as session:
        log = attempt_answers(session=session, attempt_id="attempt-1")
        latest = latest_answers(session=session, attempt_id="attempt-1")
        score = attempt_score(session=session, attempt_id="attempt-1")

    assert [a.id for a in log] == ["first", "second", "third"]
    assert {q: a.id for q, a in latest.items()} == {"q3": "second", "q1": "third"}
    assert score == Score(points=3, possible=3)  # in progress: the answered questions only


def test_a_finished_attempt_is_scored_over_every_drawn_question(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    answer(engine, clock, bank, "q1", 1)

    with Session(engine) as session:
        assert finish_attempt(
            session=session,
            attempt_id="attempt-1",
            finished_at=clock.now(),
            end_reason=EndReason.TIME_UP,
        )
        session.commit()
        score = attempt_score(session=session, attempt_id="attempt-1")
        attempt = get_attempt("attempt-1", session=session)
        assert unfinished_attempts(session=session, profile_id=profile_id) == []

    assert score == Score(points=1, possible=4)
    assert score.percent == 25
    assert (attempt.status, attempt.end_reason) == ("finished", "time_up")
    assert attempt.finished_at == clock.now()


def test_finishing_twice_keeps_the_first_end(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    with Session(engine) as session:
        finish_attempt(
            session=session, attempt_id="attempt-1", finished_at=clock.now(), end_reason="time_up"
        )
        clock.advance(1)
        again = finish_attempt(
            session=session,
            attempt_id="attempt-1",
            finished_at=clock.now(),
            end_reason="submitted",
        )
        attempt = get_attempt("attempt-1", session=session)
    assert again is False
    assert attempt.end_reason == "time_up"


def test_an_unknown_end_reason_is_refused(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    with Session(engine) as session, pytest.raises(ValueError, match="gave_up"):
        finish_attempt(
            session=session, attempt_id="attempt-1", finished_at=clock.now(), end_reason="gave_up"
        )


def test_the_current_question_and_its_clock_survive_a_restart(
    engine: Engine, db_path: Path, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    shown_at = clock.now() + timedelta(seconds=30)
    with Session(engine) as session:
        set_current_question(
            session=session, attempt_id="attempt-1", question_id="q2", shown_at=shown_at
        )
        session.commit()
    engine.dispose()

    reopened = open_database(sqlite_url(db_path))
    with Session(reopened) as session:
        attempt = get_attempt("attempt-1", session=session)
        assert (attempt.current_question_id, attempt.current_shown_at) == ("q2", shown_at)
    reopened.dispose()


def test_flags_survive_a_restart_in_the_order_asked(
    engine: Engine, db_path: Path, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    with Session(engine) as session:
        assert get_attempt("attempt-1", session=session).flagged == []  # none at the start
        set_flagged(session=session, attempt_id="attempt-1", question_ids=["q3", "q1", "q3"])
        session.commit()
    engine.dispose()

    reopened = open_database(sqlite_url(db_path))
    with Session(reopened) as session:
        assert get_attempt("attempt-1", session=session).flagged == ["q1", "q3"]
        with pytest.raises(ValueError, match="no question 'q9'"):
            set_flagged(session=session, attempt_id="attempt-1", question_ids=["q9"])
    reopened.dispose()


def test_attempts_from_before_flags_were_stored_have_none(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    with engine.begin() as connection:  # back to the schema without the column
        command.downgrade(alembic_config(connection=connection), "0001")
    assert "flagged" not in {c["name"] for c in inspect(engine).get_columns("attempts")}

    upgrade_to_head(engine)

    with Session(engine) as session:
        attempt = get_attempt("attempt-1", session=session)
        assert attempt.flagged == []
        assert attempt.question_order == ["q1", "q2", "q3"]  # the rest kept as it was


def test_an_attempt_resumes_with_the_bank_as_it_began(
    engine: Engine, library: Path, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id, question_ids=("q2", "q1"))
    # The teacher rewrites q1 and deletes q2 while the attempt is open.
    write_bank(library / "solar.yaml", bank_yaml("solar", [("q1", "something else")]))
    import_paths(engine, [str(library / "solar.yaml")], now=clock.now())

    with Session(engine) as session:
        resumed = attempt_bank("attempt-1", session=session)

    assert [q.id for q in resumed.questions] == ["q2", "q1"]
    assert resumed.question("q1") == bank.question("q1")
    assert resumed.settings == bank.settings


def test_answers_keep_their_question_after_the_bank_file_is_deleted(
    engine: Engine, library: Path, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    answer(engine, clock, bank, "q2", 1)
    (library / "solar.yaml").unlink()

    with Session(engine) as session:
        (stored,) = attempt_answers(session=session, attempt_id="attempt-1")
    assert stored.question == bank.question("q2")
    assert stored.response == "right"


def test_responses_of_every_shape_come_back_as_given(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    responses: list[Response] = ["text", True, 2.5, ["a", "b"], {"left": "right"}, None]
    question = bank.question("q1")
    with session_scope(engine) as session:
        for n, response in enumerate(responses):
            record_answer(
                session=session,
                answer_id=f"answer-{n}",
                attempt_id="attempt-1",
                question=question,
                response=response,
                points=0,
                possible=1,
                shown_at=clock.now(),
                answered_at=clock.now(),
            )
        log = attempt_answers(session=session, attempt_id="attempt-1")
    assert [a.response for a in log] == responses


def test_an_answer_to_an_unknown_attempt_is_refused(
    engine: Engine, clock: FakeClock, bank: Bank
) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"):
        answer(engine, clock, bank, "q1", 1, attempt_id="no-such-attempt")


def test_the_library_shows_each_profiles_attempts(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id, attempt_id="a1")
    answer(engine, clock, bank, "q3", 2, attempt_id="a1")
    with Session(engine) as session:
        finish_attempt(
            session=session, attempt_id="a1", finished_at=clock.now(), end_reason="submitted"
        )
        session.commit()
    clock.advance(60)
    start(engine, clock, profile_id, attempt_id="a2")  # in progress: counts as used
    with Session(engine) as session:
        other = get_or_create_profile("Budi", session=session, now=clock.now())
        session.commit()
        (mine,) = list_banks(session=session, profile_id=profile_id)
        (theirs,) = list_banks(session=session, profile_id=other.id)
        (nobody,) = list_banks(session=session)

    assert (mine.attempts_used, mine.best_percent, mine.last_attempt_at) == (2, 50, clock.now())
    assert (theirs.attempts_used, theirs.best_percent, theirs.last_attempt_at) == (0, None, None)
    assert nobody.attempts_used == 0


def test_the_latest_stored_instant_takes_every_instant_of_the_attempt(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    started = clock.now()
    start(engine, clock, profile_id)
    with session_scope(engine) as session:
        assert latest_stored_instant(session=session, attempt_id="attempt-1") == started
    answer(engine, clock, bank, "q1", 1)  # answered 5 s in
    with session_scope(engine) as session:
        assert latest_stored_instant(session=session, attempt_id="attempt-1") == clock.now()
        set_current_question(
            session=session,
            attempt_id="attempt-1",
            question_id="q2",
            shown_at=started + timedelta(seconds=8),
        )
        assert latest_stored_instant(session=session, attempt_id="attempt-1") == started + (
            timedelta(seconds=8)
        )
        note_opened(
            session=session,
            attempt_id="attempt-1",
            opened_at=started + timedelta(seconds=60),
            clock_set_back=False,
        )
        assert latest_stored_instant(session=session, attempt_id="attempt-1") == started + (
            timedelta(seconds=60)
        )


def test_opening_keeps_the_latest_instant_and_counts_set_back_clocks(
    engine: Engine, clock: FakeClock, bank: Bank, profile_id: int
) -> None:
    start(engine, clock, profile_id)
    later, earlier = clock.now() + timedelta(seconds=90), clock.now() + timedelta(seconds=30)
    with session_scope(engine) as session:
        note_opened(session=session, attempt_id="attempt-1", opened_at=later, clock_set_back=True)
        note_opened(session=session, attempt_id="attempt-1", opened_at=earlier, clock_set_back=True)
        note_opened(session=session, attempt_id="attempt-1", opened_at=later, clock_set_back=False)
    with Session(engine) as session:
        attempt = get_attempt("attempt-1", session=session)
        assert attempt.last_opened_at == later  # never moved back
        assert attempt.clock_setbacks == 2
