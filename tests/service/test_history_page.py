"""The history page's use cases: paged, filtered and sorted rows, and a past attempt's review."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from quizapp.service.errors import UnknownAttemptError
from quizapp.service.quiz_run import QuizRun
from quizapp.service.types import HistoryFilters, HistoryResult, HistorySort, HistorySortKey
from quizapp.stats.scoring import Score
from tests.store.helpers import bank_yaml, write_bank


@pytest.fixture
def service(engine: Engine, clock: FakeClock) -> QuizService:
    return QuizService(engine, clock)


def take(
    service: QuizService,
    clock: FakeClock,
    profile_id: int,
    bank_id: str,
    right: set[str],
    *,
    finish: bool = True,
    seconds: int = 10,
) -> str:
    prepared = service.start_attempt(profile_id, bank_id, seed=1)
    run = QuizRun(prepared, service.recorder(prepared.attempt_id))
    for index, presented in enumerate(run.session.questions):
        run.go_to(index)
        clock.advance(seconds)
        run.submit("right" if presented.question.id in right else "wrong")
    if finish:
        run.finish()
    return prepared.attempt_id


@pytest.fixture
def ana(service: QuizService, library: Path, clock: FakeClock) -> tuple[int, list[str]]:
    """Ana: solar passed, moon failed, solar in progress; a day between each. Budi: one."""
    write_bank(library / "solar.yaml", bank_yaml("solar", ["q1", "q2"], title="Solar system"))
    write_bank(library / "moon.yaml", bank_yaml("moon", ["q1", "q2", "q3"], title="Moon"))
    service.sync_library([library])
    profile = service.enter_profile("Ana").profile
    ids = [take(service, clock, profile.id, "solar", {"q1", "q2"}, seconds=5)]
    clock.advance(86400)
    ids.append(take(service, clock, profile.id, "moon", {"q1"}, seconds=20))
    clock.advance(86400)
    ids.append(take(service, clock, profile.id, "solar", {"q1"}, finish=False))
    budi = service.enter_profile("Budi").profile
    take(service, clock, budi.id, "moon", {"q1", "q2", "q3"})
    return profile.id, ids


def test_the_rows_are_the_profiles_own_newest_first_with_scores(
    service: QuizService, ana: tuple[int, list[str]]
) -> None:
    profile_id, (passed, failed, running) = ana
    rows = service.history_page(profile_id, 0, 200)

    assert [row.attempt_id for row in rows] == [running, failed, passed]
    assert [row.bank_title for row in rows] == ["Solar system", "Moon", "Solar system"]
    assert rows[2].score == Score.of(2, 2, 60.0)
    assert rows[2].score.passed
    assert rows[1].score == Score.of(1, 3, 60.0)
    assert not rows[1].score.passed
    assert rows[0].status == "in_progress"
    assert rows[0].score == Score.of(1, 2, 60.0)  # the answered questions while in progress
    assert (rows[2].time_used, rows[1].time_used, rows[0].time_used) == (10.0, 60.0, None)
    assert rows[2].end_reason == "submitted"
    assert all(row.bank_available for row in rows)


def test_pages_follow_on_without_gaps_or_repeats(
    service: QuizService, ana: tuple[int, list[str]]
) -> None:
    profile_id, ids = ana
    pages = [service.history_page(profile_id, offset, 1) for offset in range(4)]

    assert [len(page) for page in pages] == [1, 1, 1, 0]
    assert [page[0].attempt_id for page in pages[:3]] == list(reversed(ids))


@pytest.mark.parametrize(
    ("result", "expected"),
    [(HistoryResult.PASSED, [0]), (HistoryResult.FAILED, [1]), (HistoryResult.IN_PROGRESS, [2])],
)
def test_the_result_filter(
    service: QuizService, ana: tuple[int, list[str]], result: HistoryResult, expected: list[int]
) -> None:
    profile_id, ids = ana
    rows = service.history_page(profile_id, 0, 200, HistoryFilters(result=result))

    assert [row.attempt_id for row in rows] == [ids[n] for n in expected]


def test_the_bank_and_date_filters(
    service: QuizService, ana: tuple[int, list[str]], clock: FakeClock
) -> None:
    profile_id, ids = ana
    solar = service.history_page(profile_id, 0, 200, HistoryFilters(bank_id="solar"))
    assert [row.attempt_id for row in solar] == [ids[2], ids[0]]

    first_day = service.history_page(profile_id, 0, 1)[0].started_at.astimezone().date()
    one_day = HistoryFilters(since=first_day, until=first_day)
    assert [row.attempt_id for row in service.history_page(profile_id, 0, 200, one_day)] == [ids[2]]
    later = HistoryFilters(since=first_day + timedelta(days=1))
    assert service.history_page(profile_id, 0, 200, later) == []  # nothing matches: no error


@pytest.mark.parametrize(
    ("key", "descending", "expected"),
    [
        (HistorySortKey.BANK, False, [1, 2, 0]),  # Moon, then Solar system newest first
        (HistorySortKey.STARTED_AT, False, [0, 1, 2]),
        (HistorySortKey.POINTS, True, [0, 2, 1]),  # 2, then 1 (newer first), 1
        (HistorySortKey.PERCENT, True, [0, 2, 1]),  # 100%, 50% so far, 33%
        (HistorySortKey.PASSED, True, [0, 1, 2]),  # passed, failed, in progress
        (HistorySortKey.TIME_USED, True, [1, 0, 2]),  # 60 s, 10 s, none last
        (HistorySortKey.TIME_USED, False, [0, 1, 2]),
    ],
)
def test_every_column_sorts_in_sql(
    service: QuizService,
    ana: tuple[int, list[str]],
    key: HistorySortKey,
    descending: bool,
    expected: list[int],
) -> None:
    profile_id, ids = ana
    rows = service.history_page(profile_id, 0, 200, sort=HistorySort(key, descending))

    assert [row.attempt_id for row in rows] == [ids[n] for n in expected]


def test_the_banks_of_a_profiles_history(service: QuizService, ana: tuple[int, list[str]]) -> None:
    profile_id, _ = ana
    assert service.history_banks(profile_id) == [("moon", "Moon"), ("solar", "Solar system")]
    nobody = service.enter_profile("Cita").profile
    assert service.history_banks(nobody.id) == []
    assert service.history_page(nobody.id, 0, 200) == []


def test_a_past_attempt_as_it_was_answered(
    service: QuizService, ana: tuple[int, list[str]], library: Path
) -> None:
    _, (passed, failed, _) = ana
    # The bank is edited, then leaves the library: the review still shows the attempt as it was.
    write_bank(library / "moon.yaml", bank_yaml("moon", [("q1", "Changed?")], title="Moon 2"))
    service.sync_library([library])
    (library / "moon.yaml").unlink()
    service.sync_library([library])

    past = service.past_attempt(failed)

    asked = {q.question.id: q for q in past.questions}  # in the order drawn
    assert sorted(asked) == ["q1", "q2", "q3"]
    assert asked["q1"].question.prompt != "Changed?"
    assert [asked[q].response for q in ("q1", "q2", "q3")] == ["right", "wrong", "wrong"]
    assert [asked[q].points for q in ("q1", "q2", "q3")] == [1, 0, 0]
    assert [q.time_taken for q in past.questions] == [20.0, 20.0, 20.0]
    assert past.score == Score.of(1, 3, 60.0)
    assert (past.status, past.end_reason, past.time_used) == ("finished", "submitted", 60.0)
    assert past.bank.title == "Moon 2"  # the title is the bank's latest; the questions as asked
    assert past.bank_dir is None  # gone from the library: no pictures to read
    assert past.attempts_left is None
    assert service.history_page(ana[0], 0, 200)[1].bank_available is False
    assert service.past_attempt(passed).bank_dir == library


def test_an_unknown_attempt_is_refused(service: QuizService) -> None:
    with pytest.raises(UnknownAttemptError):
        service.past_attempt("00000000-0000-4000-8000-000000000000")


def test_the_export_keeps_the_profiles_attempts_the_page_filters_keep(
    service: QuizService, ana: tuple[int, list[str]], clock: FakeClock
) -> None:
    profile_id, (passed, failed, running) = ana

    def exported(**filters: object) -> list[str]:
        chosen = HistoryFilters(**filters)  # type: ignore[arg-type]
        return [record.id for record in service.history_export(profile_id, chosen)]

    assert exported() == [running, failed, passed]  # never Budi's
    assert exported(bank_id="solar") == [running, passed]
    assert exported(result=HistoryResult.PASSED) == [passed]
    assert exported(result=HistoryResult.FAILED) == [failed]
    assert exported(result=HistoryResult.IN_PROGRESS) == [running]
    first_day = (clock.now() - timedelta(days=2)).astimezone().date()
    assert exported(since=first_day, until=first_day) == [passed]
    page_ids = [e.attempt_id for e in service.history_page(profile_id, 0, 200)]
    assert exported() == page_ids
