"""Library sync: the store follows the library folders, cheaply when nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlmodel import Session

from quizapp.bank import loader
from quizapp.quiz.clock import FakeClock
from quizapp.store.attempts import record_answer, start_attempt
from quizapp.store.db import session_scope
from quizapp.store.history import list_attempts
from quizapp.store.library import (
    Outcome,
    import_paths,
    list_banks,
    load_stored_bank,
    sync_library,
)
from quizapp.store.profiles import get_or_create_profile
from quizapp.store.tables import metadata
from tests.store.helpers import StatementCounter, bank_yaml, touch_later, write_bank

BANKS = metadata.tables["banks"]


def visible(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return [b.bank_id for b in list_banks(session=session)]


def stored_path(engine: Engine, bank_id: str) -> str:
    with engine.connect() as connection:
        return connection.execute(select(BANKS.c.path).where(BANKS.c.id == bank_id)).scalar_one()


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to parse a bank file fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"parsed {args}")

    monkeypatch.setattr(loader, "load_bank", refuse)
    monkeypatch.setattr(loader, "load_library", refuse)


def take_quiz(engine: Engine, clock: FakeClock, bank_id: str, question_id: str = "q1") -> None:
    """Ana answers one question of ``bank_id``."""
    with session_scope(engine) as session:
        profile_id = get_or_create_profile("Ana", session=session, now=clock.now()).id
        assert profile_id is not None
        bank = load_stored_bank(bank_id, session=session)
        start_attempt(
            session=session,
            attempt_id=f"attempt-{bank_id}",
            profile_id=profile_id,
            bank_id=bank_id,
            seed=7,
            question_ids=[question_id],
            started_at=clock.now(),
            deadline=None,
        )
        record_answer(
            session=session,
            answer_id=f"answer-{bank_id}",
            attempt_id=f"attempt-{bank_id}",
            question=bank.question(question_id),
            response="right",
            points=1,
            possible=1,
            shown_at=clock.now(),
            answered_at=clock.now(),
        )


def test_the_first_sync_imports_every_bank_and_reports_progress(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "b.yaml", bank_yaml("beta"))
    write_bank(library / "sub" / "a.yml", bank_yaml("alpha"))
    write_bank(library / ".hidden" / "c.yaml", bank_yaml("gamma"))  # hidden folders skipped
    calls: list[tuple[int, int]] = []

    report = sync_library(engine, [library], now=clock.now(), progress=lambda *a: calls.append(a))

    assert sorted(report.imported) == [str(library / "b.yaml"), str(library / "sub" / "a.yml")]
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]  # each file parsed, then stored
    assert visible(engine) == ["alpha", "beta"]


def test_an_unchanged_library_costs_one_query_and_no_parsing(
    engine: Engine, library: Path, clock: FakeClock, request: pytest.FixtureRequest
) -> None:
    for n in range(5):
        write_bank(library / f"bank{n}.yaml", bank_yaml(f"bank{n}"))
    sync_library(engine, [library], now=clock.now())
    request.getfixturevalue("no_parsing")

    with StatementCounter(engine) as counter:
        report = sync_library(engine, [library], now=clock.now())

    assert len(report.unchanged) == 5
    assert (report.imported, report.updated, report.hidden) == ((), (), ())
    assert len(counter.statements) == 1


def test_a_touched_but_identical_file_is_not_parsed(
    engine: Engine, library: Path, clock: FakeClock, request: pytest.FixtureRequest
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar"))
    sync_library(engine, [library], now=clock.now())
    touch_later(path)
    request.getfixturevalue("no_parsing")

    assert sync_library(engine, [library], now=clock.now()).unchanged == (str(path),)
    with StatementCounter(engine) as counter:  # its new time was remembered
        sync_library(engine, [library], now=clock.now())
    assert len(counter.statements) == 1


def test_a_changed_file_is_imported_again(engine: Engine, library: Path, clock: FakeClock) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", ["q1"]))
    sync_library(engine, [library], now=clock.now())
    write_bank(path, bank_yaml("solar", ["q1", "q2"]))
    touch_later(path)

    report = sync_library(engine, [library], now=clock.now())

    assert report.updated == (str(path),)
    with Session(engine) as session:
        assert list_banks(session=session)[0].question_count == 2


def test_a_deleted_file_hides_its_bank_and_keeps_its_history(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar"))
    write_bank(library / "other.yaml", bank_yaml("other"))
    sync_library(engine, [library], now=clock.now())
    take_quiz(engine, clock, "solar")
    path.unlink()

    report = sync_library(engine, [library], now=clock.now())

    assert report.hidden == ("solar",)
    assert visible(engine) == ["other"]
    with Session(engine) as session:
        (attempt,) = list_attempts(session=session)
        assert load_stored_bank("solar", session=session).id == "solar"
    assert (attempt.bank, attempt.score.points, len(attempt.answers)) == ("solar", 1.0, 1)


def test_a_hidden_bank_whose_file_comes_back_is_shown_again(
    engine: Engine, tmp_path: Path, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar"))
    sync_library(engine, [library], now=clock.now())
    parked = tmp_path / "parked.yaml"
    path.rename(parked)
    sync_library(engine, [library], now=clock.now())
    parked.rename(path)

    report = sync_library(engine, [library], now=clock.now())

    assert report.shown == ("solar",)
    assert report.unchanged == (str(path),)
    assert visible(engine) == ["solar"]


def test_a_file_moved_within_the_library_takes_its_history_along(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    old = write_bank(library / "old" / "solar.yaml", bank_yaml("solar"))
    sync_library(engine, [library], now=clock.now())
    take_quiz(engine, clock, "solar")
    new = library / "new" / "solar.yaml"
    new.parent.mkdir()
    old.rename(new)

    report = sync_library(engine, [library], now=clock.now())

    assert report.updated == (str(new),)
    assert report.hidden == ()
    assert stored_path(engine, "solar") == str(new)
    with Session(engine) as session:
        profile = get_or_create_profile("Ana", session=session, now=clock.now())
        (summary,) = list_banks(session=session, profile_id=profile.id)
    assert summary.attempts_used == 1


def test_a_second_file_with_a_stored_bank_id_is_an_error_naming_both(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    first = write_bank(library / "z-first.yaml", bank_yaml("solar", title="First"))
    sync_library(engine, [library], now=clock.now())
    second = write_bank(library / "a-second.yaml", bank_yaml("solar", title="Second"))

    report = sync_library(engine, [library], now=clock.now())

    assert report.failed == (str(second),)
    (problem,) = report.files[0].problems
    assert (problem.code, problem.args["first_path"], problem.args["this_path"]) == (
        "duplicate-bank-id",
        str(first),
        str(second),
    )
    with Session(engine) as session:
        assert [b.title for b in list_banks(session=session)] == ["First"]
    # Still so the next time: the established file keeps the id.
    assert sync_library(engine, [library], now=clock.now()).failed == (str(second),)


def test_two_new_files_with_one_bank_id_keep_the_first(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "a.yaml", bank_yaml("solar", title="A"))
    b = write_bank(library / "b.yaml", bank_yaml("solar", title="B"))

    report = sync_library(engine, [library], now=clock.now())

    assert report.failed == (str(b),)
    with Session(engine) as session:
        assert [s.title for s in list_banks(session=session)] == ["A"]


def titles(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return [b.title for b in list_banks(session=session)]


def test_a_bank_the_class_published_prevails_over_the_students_own_with_its_id(
    engine: Engine, library: Path, clock: FakeClock, tmp_path: Path
) -> None:
    own = write_bank(library / "solar.yaml", bank_yaml("solar", title="Own"))
    sync_library(engine, [library], now=clock.now())
    take_quiz(engine, clock, "solar")
    class_folder = tmp_path / "class"
    published = write_bank(class_folder / "solar" / "solar.yaml", bank_yaml("solar", title="Class"))
    folders = [library, class_folder]

    report = sync_library(engine, folders, now=clock.now(), prevailing=class_folder)
    again = sync_library(engine, folders, now=clock.now(), prevailing=class_folder)

    assert titles(engine) == ["Class"]
    assert stored_path(engine, "solar") == str(published)
    for run in (report, again):
        assert run.failed == ()
        assert all(not file.problems for file in run.files)
        outcomes = {file.path: file.outcome for file in run.files}
        assert outcomes[own] is Outcome.SHADOWED
    # The attempt made on the student's own copy is still the bank's.
    with Session(engine) as session:
        assert [a.bank for a in list_attempts(session=session)] == ["solar"]
    # Once the class no longer publishes it, the student's own bank comes back.
    published.unlink()
    back = sync_library(engine, folders, now=clock.now(), prevailing=class_folder)
    assert titles(engine) == ["Own"]
    assert {file.path: file.outcome for file in back.files}[own] is Outcome.UPDATED


def test_a_new_file_with_a_class_banks_id_is_shadowed_not_an_error(
    engine: Engine, library: Path, clock: FakeClock, tmp_path: Path
) -> None:
    class_folder = tmp_path / "class"
    write_bank(class_folder / "solar" / "solar.yaml", bank_yaml("solar", title="Class"))
    sync_library(engine, [library, class_folder], now=clock.now(), prevailing=class_folder)
    own = write_bank(library / "solar.yaml", bank_yaml("solar", title="Own"))

    report = sync_library(engine, [library, class_folder], now=clock.now(), prevailing=class_folder)

    assert titles(engine) == ["Class"]
    assert {file.path: file.outcome for file in report.files}[own] is Outcome.SHADOWED
    assert all(not file.problems for file in report.files)


def test_without_a_prevailing_folder_a_class_bank_with_a_stored_id_is_the_duplicate(
    engine: Engine, library: Path, clock: FakeClock, tmp_path: Path
) -> None:
    write_bank(library / "solar.yaml", bank_yaml("solar", title="Own"))
    sync_library(engine, [library], now=clock.now())
    class_folder = tmp_path / "class"
    write_bank(class_folder / "solar" / "solar.yaml", bank_yaml("solar", title="Class"))

    report = sync_library(engine, [library, class_folder], now=clock.now())

    assert titles(engine) == ["Own"]
    assert len(report.failed) == 1


def test_a_file_with_an_error_keeps_its_last_good_version_visible(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", title="Good"))
    sync_library(engine, [library], now=clock.now())
    write_bank(path, bank_yaml("solar", title="Bad").replace("answer: right", "answer: x"))
    touch_later(path)

    report = sync_library(engine, [library], now=clock.now())

    assert report.failed == (str(path),)
    assert report.hidden == ()
    with Session(engine) as session:
        assert [b.title for b in list_banks(session=session)] == ["Good"]


def test_a_file_that_now_holds_another_bank_hides_the_old_one(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "bank.yaml", bank_yaml("old-id"))
    sync_library(engine, [library], now=clock.now())
    write_bank(path, bank_yaml("new-id"))
    touch_later(path)

    report = sync_library(engine, [library], now=clock.now())

    assert report.imported == (str(path),)
    assert report.hidden == ("old-id",)
    assert visible(engine) == ["new-id"]


def test_a_missing_folder_is_reported_and_its_banks_hidden(
    engine: Engine, tmp_path: Path, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "solar.yaml", bank_yaml("solar"))
    sync_library(engine, [library], now=clock.now())
    library.rename(tmp_path / "unplugged")

    report = sync_library(engine, [library], now=clock.now())

    assert len(report.unreadable) == 1
    assert str(library) in report.unreadable[0]
    assert report.hidden == ("solar",)


def test_a_folder_given_twice_or_nested_counts_each_file_once(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "sub" / "solar.yaml", bank_yaml("solar"))

    report = sync_library(engine, [library, library / "sub", library], now=clock.now())

    assert [f.outcome for f in report.files] == [Outcome.IMPORTED]


def test_banks_outside_the_library_are_hidden(
    engine: Engine, tmp_path: Path, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "solar.yaml", bank_yaml("solar"))
    write_bank(tmp_path / "elsewhere" / "moon.yaml", bank_yaml("moon"))
    sync_library(engine, [library, tmp_path / "elsewhere"], now=clock.now())

    report = sync_library(engine, [library], now=clock.now())

    assert report.hidden == ("moon",)
    assert visible(engine) == ["solar"]


def test_a_bank_imported_by_name_stays_visible_until_its_file_is_gone(
    engine: Engine, library: Path, tmp_path: Path, clock: FakeClock
) -> None:
    write_bank(library / "solar.yaml", bank_yaml("solar"))
    elsewhere = write_bank(tmp_path / "teacher" / "extra.yaml", bank_yaml("extra"))
    import_paths(engine, [str(elsewhere)], now=clock.now())

    sync_library(engine, [library], now=clock.now())
    assert visible(engine) == ["extra", "solar"]

    elsewhere.unlink()
    report = sync_library(engine, [library], now=clock.now())
    assert report.hidden == ("extra",)
    assert visible(engine) == ["solar"]


# --- live reload: out of date, drafts ------------------------------------------------------


def test_a_bank_whose_file_breaks_is_out_of_date_until_fixed(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "a.yaml", bank_yaml("alpha", title="First"))
    assert sync_library(engine, [library], now=clock.now()).out_of_date == ()
    path.write_text(bank_yaml("alpha", title="Second") + "  - broken\n", encoding="utf-8")
    touch_later(path)
    report = sync_library(engine, [library], now=clock.now())
    assert report.out_of_date == ("alpha",)
    assert report.failed == (str(path.resolve()),)
    assert visible(engine) == ["alpha"]  # the last valid version stays usable
    assert sync_library(engine, [library], now=clock.now()).out_of_date == ("alpha",)
    write_bank(library / "a.yaml", bank_yaml("alpha", title="Third"))
    touch_later(path, 120)
    report = sync_library(engine, [library], now=clock.now())
    assert report.out_of_date == ()
    with Session(engine) as session:
        assert [b.title for b in list_banks(session=session)] == ["Third"]


def test_a_new_broken_file_makes_no_bank_out_of_date(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "a.yaml", bank_yaml("alpha"))
    write_bank(library / "b.yaml", "format: quizapp/1\nid: [\n")
    report = sync_library(engine, [library], now=clock.now())
    assert len(report.failed) == 1
    assert report.out_of_date == ()


def test_the_editors_drafts_are_not_part_of_the_library(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "a.yaml", bank_yaml("alpha"))
    # A draft holds the same bank id, and may be invalid: neither is a problem of the library.
    write_bank(library / "a.draft.yaml", bank_yaml("alpha", title="Unsaved") + "  - x\n")
    write_bank(library / "b.Draft.YAML", bank_yaml("beta"))
    report = sync_library(engine, [library], now=clock.now())
    assert [f.bank_id for f in report.files] == ["alpha"]
    assert report.failed == ()
    assert visible(engine) == ["alpha"]
