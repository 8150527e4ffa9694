"""Study modes over a real store and a fake clock: practice, the mistakes drill, review."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from quizapp.learn.modes import Mode
from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.quiz_run import QuizRun
from quizapp.service.study import StudySession
from quizapp.service.types import HistoryFilters
from quizapp.store import cards
from quizapp.store.db import session_scope
from quizapp.store.tables import metadata
from tests.store.helpers import bank_yaml, write_bank

ANSWERS = metadata.tables["answers"]
REVIEWS = metadata.tables["reviews"]
CARDS = metadata.tables["cards"]


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


def bank_text(
    bank_id: str, settings: str = "", questions: tuple[str, ...] = ("q1", "q2", "q3")
) -> str:
    text = bank_yaml(bank_id, list(questions))
    text = text.replace(
        "    answer: right\n",
        "    answer: right\n    explanation: Because it is right.\n",
    )
    if settings:
        text = text.replace("questions:\n", f"settings:\n{settings}questions:\n")
    return text


@pytest.fixture
def ana(service: QuizService, library: Path) -> int:
    write_bank(library / "solar.yaml", bank_text("solar", "  max_attempts: 1\n"))
    write_bank(library / "exam.yaml", bank_text("exam", "  review: points\n"))
    service.sync_library([library])
    return service.enter_profile("Ana").profile.id


def take_exam(service: QuizService, profile_id: int, bank_id: str, right: set[str]) -> None:
    prepared = service.start_attempt(profile_id, bank_id, seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        run.go_to(index)
        run.submit("right" if presented.question.id in right else "wrong")
    run.finish()


def answer_through(study: StudySession, clock: FakeClock, right: set[str]) -> list[str]:
    """Answer each question as ``right`` says until the session ends; the ids asked."""
    asked = []
    while (shown := study.next()) is not None:
        asked.append(shown.question.id)
        clock.advance(5)
        study.submit("right" if shown.question.id in right else "wrong")
        assert len(asked) < 50, "the session never ends"
    return asked


# --- what counts where -----------------------------------------------------------------------


def test_practice_is_no_exam_attempt_and_max_attempts_still_allows_the_exam(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    practice = service.start_practice(ana, "solar", seed=3)
    assert sorted(answer_through(practice, clock, right={"q1"})) == ["q1", "q2", "q3"]
    assert practice.finished

    (solar,) = [entry for entry in service.library(ana) if entry.bank_id == "solar"]
    assert (solar.attempts_used, solar.can_start, solar.best) == (0, True, None)
    take_exam(service, ana, "solar", right={"q1", "q2"})
    (solar,) = [entry for entry in service.library(ana) if entry.bank_id == "solar"]
    assert (solar.attempts_used, solar.can_start) == (1, False)
    assert solar.best is not None
    assert solar.best.points == 2

    # The history's default view is the exam; the mode filter finds the practice.
    exams = service.history_page(ana, 0, 10)
    assert [entry.mode for entry in exams] == [Mode.EXAM]
    practised = service.history_page(ana, 0, 10, HistoryFilters(mode=Mode.PRACTICE))
    assert [(entry.mode, entry.bank_id) for entry in practised] == [(Mode.PRACTICE, "solar")]
    everything = service.history(modes=None)
    assert sorted(record.to_json()["mode"] for record in everything) == ["exam", "practice"]
    # The teacher's statistics count the exam alone.
    assert service.bank_statistics("solar").test.attempts == 1


def test_study_answers_feed_the_scheduler(
    service: QuizService, clock: FakeClock, ana: int, engine: Engine
) -> None:
    answer_through(service.start_practice(ana, "solar", seed=3), clock, right={"q1", "q2"})
    (due,) = [bank for bank in service.due(ana) if bank.bank_id == "solar"]
    assert due.cards == 3
    with session_scope(engine) as session:
        assert cards.card_state(session, ana, "solar", "q1") is not None


def test_a_wrong_practice_answer_can_be_tried_again_and_only_the_first_try_is_a_review(
    service: QuizService, clock: FakeClock, ana: int, engine: Engine
) -> None:
    practice = service.start_practice(ana, "solar", seed=3)
    shown = practice.next()
    assert shown is not None
    assert shown.time_limit is None
    first = practice.submit("wrong")
    assert (first.right, first.can_retry) == (False, True)
    again = practice.submit("right")
    assert (again.right, again.can_retry) == (True, False)
    practice.stop()

    with session_scope(engine) as session:
        connection = session.connection()
        answers = connection.execute(
            select(ANSWERS.c.points).where(ANSWERS.c.question_id == shown.question.id)
        ).all()
        reviews = connection.execute(select(func.count()).select_from(REVIEWS)).scalar_one()
    assert [row.points for row in answers] == [0, 1]  # both tries are in the log
    assert reviews == 1  # the retry is not a review
    (record,) = service.history(modes=(Mode.PRACTICE,))
    assert record.score.points == 1  # the latest try counts, as a changed answer does


def test_practice_keeps_the_banks_time_limits_only_when_asked(
    service: QuizService, clock: FakeClock, library: Path
) -> None:
    write_bank(library / "timed.yaml", bank_text("timed", "  question_time_limit: 30\n"))
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile.id

    untimed = service.start_practice(ana, "timed", seed=1)
    assert untimed.next() is not None
    clock.advance(600)
    assert untimed.question_remaining() is None
    assert untimed.tick("right") is None

    timed = service.start_practice(ana, "timed", seed=1, timed=True)
    shown = timed.next()
    assert shown is not None
    assert shown.time_limit == 30
    clock.advance(10)
    assert timed.question_remaining() == pytest.approx(20)
    assert timed.tick() is None
    clock.advance(25)
    expired = timed.tick("right")
    assert expired is not None
    assert (expired.timed_out, expired.right, expired.can_retry) == (True, True, False)


# --- what study reveals ----------------------------------------------------------------------


def test_a_review_points_bank_reveals_nothing_in_practice(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    practice = service.start_practice(ana, "exam", seed=1)
    shown = practice.next()
    assert shown is not None
    assert not shown.reveals
    feedback = practice.submit("wrong")
    assert not feedback.right
    assert (feedback.right_answer, feedback.explanation, feedback.source) == (None, None, None)


def test_after_last_attempt_reveals_once_the_exam_attempts_are_used(
    service: QuizService, clock: FakeClock, library: Path
) -> None:
    settings = "  max_attempts: 1\n  review: after_last_attempt\n"
    write_bank(library / "final.yaml", bank_text("final", settings))
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile.id

    before = service.start_practice(ana, "final", seed=1)
    assert before.next() is not None
    hidden = before.submit("wrong")
    assert (hidden.reveals, hidden.right_answer, hidden.explanation) == (False, None, None)
    before.stop()

    take_exam(service, ana, "final", right=set())
    after = service.start_practice(ana, "final", seed=1)
    assert after.next() is not None
    shown = after.submit("wrong")
    assert (shown.reveals, shown.right_answer, shown.explanation) == (
        True,
        "right",
        "Because it is right.",
    )


# --- the mistakes drill ----------------------------------------------------------------------


def test_the_drill_asks_the_last_mistakes_and_empties_as_they_are_answered_right(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    take_exam(service, ana, "solar", right={"q1"})
    answer_through(service.start_practice(ana, "exam", seed=1), clock, right={"q2", "q3"})
    assert service.mistakes_count(ana) == 3  # solar q2, q3; exam q1
    assert service.mistakes_count(ana, "solar") == 2

    drill = service.start_mistakes(ana)
    first = drill.next()
    assert first is not None
    assert (first.bank_id, first.question.id) == ("exam", "q1")
    drill.submit("right")
    assert service.mistakes_count(ana) == 2

    second = drill.next()
    assert second is not None
    assert (second.bank_id, second.question.id) == ("solar", "q2")
    drill.submit("wrong")  # comes back at the end of the drill
    asked = answer_through(drill, clock, right={"q2", "q3"})
    assert asked == ["q3", "q2"]
    assert service.mistakes_count(ana) == 0
    assert service.start_mistakes(ana).next() is None
    # One drill attempt per bank, none of them an exam.
    assert {record.bank for record in service.history(modes=(Mode.MISTAKES,))} == {
        "exam",
        "solar",
    }
    (solar,) = [entry for entry in service.library(ana) if entry.bank_id == "solar"]
    assert solar.attempts_used == 1


# --- review ----------------------------------------------------------------------------------


def test_review_asks_due_cards_across_banks_until_nothing_is_due(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    assert service.start_review(ana).next() is None  # no cards yet: nothing due

    take_exam(service, ana, "solar", right={"q1", "q2", "q3"})
    take_exam(service, ana, "exam", right={"q1"})
    clock.advance(30 * 24 * 3600)  # answered at once: Easy, due days later

    review = service.start_review(ana)
    asked = []
    while (shown := review.next()) is not None:
        asked.append((shown.bank_id, shown.question.id))
        clock.advance(30)
        review.submit("right")
        assert len(asked) < 60
    banks = {bank for bank, _ in asked}
    assert banks == {"solar", "exam"}
    assert review.finished
    # Right answers moved every card out of the next twenty minutes.
    assert service.start_review(ana).next() is None
    # Long after, the learnt cards are due again.
    clock.advance(3 * 365 * 24 * 3600)
    again = service.start_review(ana, "solar")
    shown = again.next()
    assert shown is not None
    assert shown.bank_id == "solar"


def test_a_card_answered_wrong_in_review_comes_back_in_the_same_session(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    take_exam(service, ana, "solar", right=set())
    clock.advance(60 * 60)
    review = service.start_review(ana, "solar")
    first = review.next()
    assert first is not None
    review.submit("wrong")
    seen_again = False
    for _ in range(30):
        clock.advance(90)
        shown = review.next()
        if shown is None:
            break
        seen_again |= shown.question.id == first.question.id
        review.submit("right")
    assert seen_again


# --- when banks change (issue 12, item 5) ----------------------------------------------------


def test_an_edited_question_keeps_its_history_and_is_due_now(
    service: QuizService, clock: FakeClock, ana: int, library: Path, engine: Engine
) -> None:
    take_exam(service, ana, "solar", right={"q1", "q2", "q3"})
    clock.advance(15 * 60)
    answer_through(service.start_practice(ana, "solar", seed=2), clock, right={"q1", "q2", "q3"})
    clock.advance(60 * 60)
    assert service.start_review(ana, "solar").next() is None

    write_bank(
        library / "solar.yaml",
        bank_text("solar", "  max_attempts: 5\n").replace("What is q2?", "What is q2, now?"),
    )
    service.sync_library([library])
    review = service.start_review(ana, "solar")
    shown = review.next()
    assert shown is not None
    assert shown.question.id == "q2"
    assert shown.question.prompt == "What is q2, now?"
    review.submit("right")
    with session_scope(engine) as session:
        reviews = session.connection().execute(
            select(func.count()).select_from(REVIEWS).where(REVIEWS.c.question_id == "q2")
        )
        assert reviews.scalar_one() == 3  # the card kept the two reviews before the edit
        assert cards.card_state(session, ana, "solar", "q2") == cards.replay_card(
            session, ana, "solar", "q2"
        )


def test_review_counts_the_changed_questions_still_to_come_as_due(
    service: QuizService, clock: FakeClock, ana: int, library: Path
) -> None:
    take_exam(service, ana, "solar", right={"q1", "q2", "q3"})
    clock.advance(15 * 60)
    answer_through(service.start_practice(ana, "solar", seed=2), clock, right={"q1", "q2", "q3"})
    clock.advance(60 * 60)
    edited = bank_text("solar", "  max_attempts: 5\n").replace("What is q2?", "What is q2, now?")
    edited = edited.replace("What is q3?", "Which is q3?")
    write_bank(library / "solar.yaml", edited)
    service.sync_library([library])

    review = service.start_review(ana)
    seen = []
    while (shown := review.next()) is not None:
        seen.append((shown.question.id, shown.left))
        clock.advance(30)
        review.submit("right")
        assert len(seen) < 10
    assert seen == [("q2", 2), ("q3", 1)]


def test_removed_questions_are_suspended_and_hidden_banks_hide_their_cards(
    service: QuizService, clock: FakeClock, ana: int, library: Path, engine: Engine
) -> None:
    take_exam(service, ana, "solar", right=set())
    path = write_bank(library / "solar.yaml", bank_text("solar", questions=("q1", "q2")))
    service.sync_library([library])

    assert service.mistakes_count(ana, "solar") == 2  # q3 is suspended
    review = service.start_review(ana)
    assert _all_shown(review, clock) == {"q1", "q2"}
    with session_scope(engine) as session:  # suspended, not deleted
        assert cards.card_state(session, ana, "solar", "q3") is not None

    path.unlink()
    service.sync_library([library])
    assert service.mistakes_count(ana) == 0
    assert service.start_review(ana).next() is None

    write_bank(path, bank_text("solar", questions=("q1", "q2", "q3")))
    service.sync_library([library])
    assert service.mistakes_count(ana, "solar") == 3  # q3 is back with its bank
    review = service.start_review(ana, "solar")
    assert "q3" in _all_shown(review, clock)


def _all_shown(study: StudySession, clock: FakeClock) -> set[str]:
    """The ids a session asks, each answered wrong once (a drill would go on: stopped)."""
    asked: set[str] = set()
    while (shown := study.next()) is not None and shown.question.id not in asked:
        asked.add(shown.question.id)
        clock.advance(5)
        study.submit("wrong")
    study.stop()
    return asked


def test_a_study_session_left_open_is_ended_when_the_profile_comes_back(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    practice = service.start_practice(ana, "solar", seed=1)
    assert practice.next() is not None
    practice.submit("right")
    clock.advance(timedelta(hours=2).total_seconds())
    entered = service.enter_profile("Ana")
    assert entered.unfinished == []
    (record,) = service.history(modes=(Mode.PRACTICE,))
    assert record.status == "finished"
    assert record.finished_at is not None
    assert record.finished_at < clock.now()


def test_timed_practice_ends_when_the_banks_time_is_up(
    service: QuizService, clock: FakeClock, library: Path
) -> None:
    write_bank(library / "quick.yaml", bank_text("quick", "  time_limit: 60\n"))
    service.sync_library([library])
    ana = service.enter_profile("Ana").profile.id
    practice = service.start_practice(ana, "quick", seed=1, timed=True)
    assert practice.next() is not None
    clock.advance(20)
    practice.submit("right")
    assert practice.remaining() == pytest.approx(40)
    clock.advance(45)
    assert practice.tick("right") is None  # answered already: nothing more to store
    assert practice.finished
    (record,) = service.history(modes=(Mode.PRACTICE,))
    assert (record.end_reason, len(record.answers)) == ("time_up", 1)
