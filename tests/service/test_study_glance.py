"""At a glance: due counts at local midnight, mastery in SQL, the streak, the next card,
and the desired retention, through the service over a real store."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from quizapp.learn.schedule import CardState, is_mastered, start_of_day
from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.quiz_run import QuizRun
from quizapp.store import cards
from quizapp.store.db import session_scope
from tests.store.helpers import bank_yaml, write_bank

JAKARTA = ZoneInfo("Asia/Jakarta")  # UTC+7 all year: local midnight is 17:00 UTC
BERLIN = ZoneInfo("Europe/Berlin")  # summer time from 2026-03-29 02:00


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


@pytest.fixture
def ana(service: QuizService, library: Path) -> int:
    write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", "q2", "q3"], title="Solar"))
    write_bank(library / "cells.yaml", bank_yaml("cells", ["c1", "c2"], title="Cells"))
    service.sync_library([library])
    return service.enter_profile("Ana").profile.id


def answer(
    service: QuizService, clock: FakeClock, profile_id: int, bank_id: str, right: set[str]
) -> None:
    """One attempt at the bank, each question answered in 12 s, right when in ``right``."""
    prepared = service.start_attempt(profile_id, bank_id, seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        run.go_to(index)
        clock.advance(12)
        run.submit("right" if presented.question.id in right else "wrong")
    run.finish()


def learn(service: QuizService, clock: FakeClock, profile_id: int, bank_id: str) -> None:
    """Every question of the bank answered right twice: each card leaves its learning steps."""
    everything = {"q1", "q2", "q3", "c1", "c2"}
    answer(service, clock, profile_id, bank_id, everything)
    clock.advance(15 * 60)
    answer(service, clock, profile_id, bank_id, everything)


def due_by_bank(service: QuizService, profile_id: int, zone: ZoneInfo) -> dict[str, int]:
    return {bank.bank_id: bank.due for bank in service.due(profile_id, zone)}


# --- due today, in local days -------------------------------------------------------------


def test_due_counts_turn_over_at_the_local_midnight_not_at_utc_midnight(
    service: QuizService, clock: FakeClock, ana: int, engine: Engine
) -> None:
    learn(service, clock, ana, "solar")
    assert due_by_bank(service, ana, JAKARTA) == {"solar": 0}
    with session_scope(engine) as session:
        state = cards.card_state(session, ana, "solar", "q1")
    assert state is not None
    # The local midnight that starts the day the cards fall due (17:00 UTC the day before).
    midnight = start_of_day(state.due.astimezone(JAKARTA).date(), JAKARTA)
    assert midnight.astimezone(UTC).hour == 17

    clock.set_wall(midnight - timedelta(microseconds=1))
    assert due_by_bank(service, ana, JAKARTA) == {"solar": 0}
    clock.set_wall(midnight)
    assert due_by_bank(service, ana, JAKARTA) == {"solar": 3}
    # In UTC that instant is still the day before: UTC's days would not count them yet.
    assert due_by_bank(service, ana, ZoneInfo("UTC")) == {"solar": 0}


# --- mastery: the SQL and the schedule agree ---------------------------------------------------


def test_mastery_counted_in_sql_equals_the_schedules_rule_card_by_card(
    service: QuizService, engine: Engine, library: Path, clock: FakeClock
) -> None:
    ids = [f"q{n}" for n in range(60)]
    write_bank(library / "many.yaml", bank_yaml("many", ids))
    service.sync_library([library])
    profile_id = service.enter_profile("Budi").profile.id
    zone = JAKARTA
    cutoff = start_of_day(clock.now().astimezone(zone).date() + timedelta(days=1), zone)
    rng = random.Random(7)
    states = []
    with session_scope(engine) as session:
        connection = session.connection()
        hashes = dict(
            connection.execute(
                select(cards.QUESTIONS.c.question_id, cards.QUESTIONS.c.content_hash)
            ).all()
        )
        for question_id in ids:
            stability = rng.choice([None, 0.4, 1.0, 2.0, 3.0, 3.5, 10.0, 36500.0])
            # Whole days before tonight's midnight, exactly or a microsecond either side.
            days = rng.choice([0, 1, 2, 3, 4, 9, 11, 400])
            nudge = timedelta(microseconds=rng.choice([-1, 0, 1]))
            last = cutoff - timedelta(days=days) + nudge
            due = cutoff + timedelta(hours=rng.choice([-30, -1, 0, 5, 48]))
            state = CardState(2, None, stability, 5.0, due, None if stability is None else last)
            states.append(state)
            connection.execute(
                cards.CARDS.insert().values(
                    profile_id=profile_id,
                    bank_id="many",
                    question_id=question_id,
                    content_hash=hashes[question_id],
                    state=state.state,
                    step=None,
                    stability=state.stability,
                    difficulty=state.difficulty,
                    due=state.due,
                    last_review=state.last_review,
                    reviews=1,
                )
            )

    for retention in (0.7, 0.9, 0.97):
        with session_scope(engine) as session:  # the retention alone, no rescheduling
            session.connection().execute(
                cards.metadata.tables["profiles"].update().values(desired_retention=retention)
            )
        expected = sum(is_mastered(state, cutoff, retention) for state in states)
        (bank,) = service.due(profile_id, zone)
        assert bank.mastery == pytest.approx(100 * expected / len(ids)), retention
        assert 0 < expected < len(ids)


# --- the streak ---------------------------------------------------------------------------


def test_the_streak_counts_local_days_across_the_change_to_summer_time(
    service: QuizService, clock: FakeClock, ana: int
) -> None:
    for evening in (
        datetime(2026, 3, 27, 23, 30, tzinfo=BERLIN),
        datetime(2026, 3, 28, 23, 30, tzinfo=BERLIN),
        datetime(2026, 3, 29, 23, 30, tzinfo=BERLIN),  # a 23-hour day
        datetime(2026, 3, 30, 0, 15, tzinfo=BERLIN),  # 22:15 UTC, still the 29th in UTC+1
    ):
        clock.set_wall(evening.astimezone(UTC))
        answer(service, clock, ana, "cells", {"c1"})

    clock.set_wall(datetime(2026, 3, 30, 12, 0, tzinfo=BERLIN))
    assert service.study_streak(ana, BERLIN) == 4
    # A fixed offset (winter time) would put the last two reviews on one day.
    assert service.study_streak(ana, ZoneInfo("Etc/GMT-1")) == 3
    clock.set_wall(datetime(2026, 3, 31, 20, 0, tzinfo=BERLIN))
    assert service.study_streak(ana, BERLIN) == 4  # today is not over yet
    clock.set_wall(datetime(2026, 4, 1, 0, 0, tzinfo=BERLIN))
    assert service.study_streak(ana, BERLIN) == 0


def test_a_streak_longer_than_one_query_of_days_is_counted_whole(
    service: QuizService, clock: FakeClock, library: Path
) -> None:
    from quizapp.store.study_queue import DAYS_PER_QUERY

    days = DAYS_PER_QUERY + 6
    write_bank(library / "daily.yaml", bank_yaml("daily", [f"d{n}" for n in range(days)]))
    service.sync_library([library])
    budi = service.enter_profile("Budi").profile.id
    clock.set_wall(datetime(2026, 1, 1, 19, 0, tzinfo=JAKARTA).astimezone(UTC))
    prepared = service.start_attempt(budi, "daily", seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for day in range(days):  # one answer an evening, but none on the fourth
        if day:
            clock.advance(24 * 3600)
        if day != 3:
            run.go_to(day)
            run.submit("right")
    assert service.study_streak(budi, JAKARTA) == days - 4
    assert service.study_streak(service.enter_profile("Nobody").profile.id, JAKARTA) == 0


# --- the next card ------------------------------------------------------------------------


def test_the_next_card_is_the_most_overdue_across_banks_or_in_one(
    service: QuizService, clock: FakeClock, ana: int, library: Path
) -> None:
    assert service.next_due_card(ana) is None
    learn(service, clock, ana, "solar")
    clock.advance(3600)
    answer(service, clock, ana, "cells", {"c1"})  # c2 wrong: due again in minutes
    clock.advance(3600)

    first = service.next_due_card(ana)
    assert first is not None
    assert (first.bank_id, first.question_id, first.changed) == ("cells", "c2", False)
    assert first.due <= clock.now()
    assert first.due_count == 2  # c1, answered right, is at a learning step: due too
    assert service.next_due_card(ana, "solar") is None  # learnt, due in days

    # The teacher changes q2: due now, the first card of its bank, though not overdue.
    write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", ("q2", "Mars"), "q3"]))
    service.sync_library([library])
    changed = service.next_due_card(ana, "solar")
    assert changed is not None
    assert (changed.bank_id, changed.question_id, changed.changed) == ("solar", "q2", True)
    assert changed.due > clock.now()  # its schedule says later; the change makes it due
    assert changed.due_count == 1
    after = service.next_due_card(ana)
    assert after is not None
    assert after.bank_id == "cells"  # overdue since before: it comes first
    assert (after.due_count, after.changed_later) == (3, 1)  # c1, c2 and the changed q2
    # Without reading every card, only the cards due by their schedule are counted.
    quick = service.next_due_card(ana, count_changed=False)
    assert quick is not None
    assert (quick.question_id, quick.due_count, quick.changed_later) == ("c2", 2, None)


def test_the_card_just_answered_waits_while_another_is_due(
    service: QuizService, clock: FakeClock, ana: int, library: Path
) -> None:
    answer(service, clock, ana, "cells", set())  # both wrong: due again in minutes
    clock.advance(3600)
    first = service.next_due_card(ana)
    assert first is not None
    assert first.question_id == "c1"  # answered first, so due first
    second = service.next_due_card(ana, excluding=("cells", "c1"))
    assert second is not None
    assert (second.question_id, second.due_count) == ("c2", 2)

    learn(service, clock, ana, "solar")
    write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", ("q2", "Mars"), "q3"]))
    service.sync_library([library])
    # The only card due in its bank is asked again, just answered or not.
    alone = service.next_due_card(ana, "solar", excluding=("solar", "q2"))
    assert alone is not None
    assert alone.question_id == "q2"


def test_a_changed_question_comes_before_cards_due_later_in_the_window(
    service: QuizService, clock: FakeClock, ana: int, library: Path
) -> None:
    learn(service, clock, ana, "solar")
    clock.advance(3600)
    write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", ("q2", "Mars"), "q3"]))
    service.sync_library([library])
    answer(service, clock, ana, "cells", set())  # due again within the next twenty minutes
    soon = service.next_due_card(ana, "cells")
    assert soon is not None
    assert soon.due > clock.now()

    first = service.next_due_card(ana)
    assert first is not None
    assert (first.bank_id, first.question_id) == ("solar", "q2")
    assert first.due_count == 3  # c1, c2 and q2


# --- desired retention ---------------------------------------------------------------------


def test_a_higher_desired_retention_brings_cards_due_sooner_and_lowers_mastery(
    service: QuizService, clock: FakeClock, ana: int, engine: Engine
) -> None:
    learn(service, clock, ana, "solar")
    clock.advance(24 * 3600)
    assert service.desired_retention(ana) == 0.9
    (before,) = service.due(ana, JAKARTA)
    assert (before.due, before.mastery) == (0, 100.0)

    service.set_desired_retention(ana, 0.97)
    assert service.desired_retention(ana) == 0.97
    (after,) = service.due(ana, JAKARTA)
    assert (after.due, after.mastery) == (3, 0.0)
    with session_scope(engine) as session:  # the stored schedule is still the log's
        for question in ("q1", "q2", "q3"):
            stored = cards.card_state(session, ana, "solar", question)
            assert stored is not None
            assert cards.replay_card(session, ana, "solar", question) == stored

    service.set_desired_retention(ana, 0.9)
    (again,) = service.due(ana, JAKARTA)
    assert (again.due, again.mastery) == (0, 100.0)


def test_a_desired_retention_outside_70_to_97_percent_is_refused(
    service: QuizService, ana: int
) -> None:
    from quizapp.service.errors import UnknownProfileError

    for wrong in (0.5, 0.99, 1.0):
        with pytest.raises(ValueError, match="desired retention"):
            service.set_desired_retention(ana, wrong)
    assert service.desired_retention(ana) == 0.9
    with pytest.raises(UnknownProfileError):
        service.set_desired_retention(ana + 100, 0.8)
