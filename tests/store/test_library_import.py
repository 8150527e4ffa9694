"""``quizapp import``: atomic per file, idempotent, history-preserving updates, identity rules."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, Row, create_engine, func, select
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from quizapp.bank import loader
from quizapp.bank.model import SingleChoice, content_hash
from quizapp.quiz.clock import FakeClock
from quizapp.store import banks
from quizapp.store import library as store_library
from quizapp.store.attempts import attempt_answers, record_answer, start_attempt
from quizapp.store.db import open_database, session_scope, sqlite_url, write_transaction
from quizapp.store.library import (
    ImportReport,
    Outcome,
    UnknownBankError,
    import_paths,
    list_banks,
    load_stored_bank,
)
from quizapp.store.profiles import get_or_create_profile
from quizapp.store.tables import metadata
from tests.store.helpers import StatementCounter, bank_yaml, write_bank

QUESTIONS = metadata.tables["questions"]
BANKS = metadata.tables["banks"]
VERSIONS = metadata.tables["question_versions"]


def stored_questions(engine: Engine, bank_id: str) -> dict[str, tuple[str, bool, int]]:
    """question id -> (content hash, active, position)."""
    with engine.connect() as connection:
        rows = connection.execute(
            select(
                QUESTIONS.c.question_id,
                QUESTIONS.c.content_hash,
                QUESTIONS.c.active,
                QUESTIONS.c.position,
            ).where(QUESTIONS.c.bank_id == bank_id)
        )
        return {r.question_id: (r.content_hash, r.active, r.position) for r in rows}


def bank_row(engine: Engine, bank_id: str) -> dict[str, object]:
    with engine.connect() as connection:
        row = connection.execute(select(BANKS).where(BANKS.c.id == bank_id)).one()
        return dict(row._mapping)


def test_a_new_bank_is_stored_as_the_loader_read_it(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", ["mercury", "venus", "earth"]))

    report = import_paths(engine, [str(path)], now=clock.now())

    assert [(f.display_path, f.outcome, f.bank_id) for f in report.files] == [
        (str(path), Outcome.IMPORTED, "solar")
    ]
    assert report.imported == (str(path),)
    with Session(engine) as session:
        stored = load_stored_bank("solar", session=session)
        (summary,) = list_banks(session=session)
    assert stored == loader.load_bank(path).bank
    assert (summary.bank_id, summary.question_count, summary.path) == ("solar", 3, str(path))


def test_reimporting_an_unchanged_file_changes_nothing(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar"))
    import_paths(engine, [str(path)], now=clock.now())
    before = bank_row(engine, "solar"), stored_questions(engine, "solar")
    clock.advance(3600)

    report = import_paths(engine, [str(path)], now=clock.now())

    assert report.unchanged == (str(path),)
    assert (bank_row(engine, "solar"), stored_questions(engine, "solar")) == before


def test_a_file_with_an_error_stores_nothing(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    broken = bank_yaml("solar").replace("answer: right", "answer: nowhere", 1)
    path = write_bank(library / "solar.yaml", broken)

    report = import_paths(engine, [str(path)], now=clock.now())

    assert report.failed == (str(path),)
    assert report.files[0].problems  # the loader's problems, for the CLI to print
    with Session(engine) as session:
        assert list_banks(session=session) == []
        with pytest.raises(UnknownBankError):
            load_stored_bank("solar", session=session)


def test_a_broken_new_version_leaves_the_stored_one_as_it_was(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", ["a", "b"], title="Old"))
    import_paths(engine, [str(path)], now=clock.now())
    before = bank_row(engine, "solar"), stored_questions(engine, "solar")
    # A new title, a new question, a changed one... and one error.
    text = bank_yaml("solar", [("a", "changed"), "b", "c"], title="New")
    write_bank(path, text.replace("choices: [right, wrong]", "choices: [right, right]", 1))

    report = import_paths(engine, [str(path)], now=clock.now())

    assert report.failed == (str(path),)
    assert (bank_row(engine, "solar"), stored_questions(engine, "solar")) == before


def test_an_error_while_writing_rolls_the_whole_file_back(
    engine: Engine, library: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", ["a"], title="Old"))
    import_paths(engine, [str(path)], now=clock.now())
    before = bank_row(engine, "solar"), stored_questions(engine, "solar")
    write_bank(path, bank_yaml("solar", [("a", "changed"), "b"], title="New"))
    real_bulk_insert = banks.bulk_insert

    def fail_on_questions(connection: object, table: object, *args: object, **kw: object) -> None:
        if table is QUESTIONS:
            raise OSError("disk full")
        real_bulk_insert(connection, table, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(banks, "bulk_insert", fail_on_questions)

    with pytest.raises(OSError, match="disk full"):
        import_paths(engine, [str(path)], now=clock.now())

    assert (bank_row(engine, "solar"), stored_questions(engine, "solar")) == before


def test_one_bad_file_does_not_stop_the_others(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "a.yaml", bank_yaml("alpha"))
    write_bank(library / "b.yaml", "format: quizapp/1\nid: beta\n")  # no title, no questions
    write_bank(library / "c.yaml", bank_yaml("gamma"))

    report = import_paths(engine, [str(library)], now=clock.now())

    assert [f.outcome for f in report.files] == [
        Outcome.IMPORTED,
        Outcome.FAILED,
        Outcome.IMPORTED,
    ]
    with Session(engine) as session:
        assert [b.bank_id for b in list_banks(session=session)] == ["alpha", "gamma"]


def test_a_changed_question_is_updated_in_place_and_old_answers_keep_their_snapshot(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", [("q1", "old"), "q2"]))
    import_paths(engine, [str(path)], now=clock.now())
    old_bank = loader.load_bank(path).bank
    assert old_bank is not None
    old_q1 = old_bank.question("q1")
    with session_scope(engine) as session:
        profile = get_or_create_profile("Ana", session=session, now=clock.now())
        assert profile.id is not None
        start_attempt(
            session=session,
            attempt_id="attempt-1",
            profile_id=profile.id,
            bank_id="solar",
            seed=1,
            question_ids=["q1", "q2"],
            started_at=clock.now(),
            deadline=None,
        )
        record_answer(
            session=session,
            answer_id="answer-1",
            attempt_id="attempt-1",
            question=old_q1,
            response="right",
            points=1,
            possible=1,
            shown_at=clock.now(),
            answered_at=clock.now(),
        )
    write_bank(path, bank_yaml("solar", [("q1", "new"), "q3"]))

    report = import_paths(engine, [str(path)], now=clock.now())

    assert report.updated == (str(path),)
    questions = stored_questions(engine, "solar")
    with Session(engine) as session:
        new_q1 = load_stored_bank("solar", session=session).question("q1")
        (answer,) = attempt_answers(session=session, attempt_id="attempt-1")
    assert isinstance(new_q1, SingleChoice)
    assert new_q1.prompt == "What is new?"
    assert questions["q1"] == (content_hash(new_q1), True, 0)
    assert questions["q2"][1] is False  # gone from the file: inactive, not deleted
    assert questions["q3"] == (questions["q3"][0], True, 1)
    assert answer.question == old_q1  # graded against the old version, and it shows
    assert answer.content_hash == content_hash(old_q1)


def test_a_question_that_comes_back_is_active_again(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "solar.yaml", bank_yaml("solar", ["a", "b"]))
    import_paths(engine, [str(path)], now=clock.now())
    write_bank(path, bank_yaml("solar", ["a"]))
    import_paths(engine, [str(path)], now=clock.now())
    write_bank(path, bank_yaml("solar", ["b", "a"]))

    import_paths(engine, [str(path)], now=clock.now())

    assert {k: v[1:] for k, v in stored_questions(engine, "solar").items()} == {
        "a": (True, 1),
        "b": (True, 0),
    }


def test_the_same_bank_id_from_another_existing_file_is_an_error_naming_both(
    engine: Engine, tmp_path: Path, clock: FakeClock
) -> None:
    first = write_bank(tmp_path / "one" / "solar.yaml", bank_yaml("solar", title="First"))
    import_paths(engine, [str(first)], now=clock.now())
    second = write_bank(tmp_path / "two" / "solar.yaml", bank_yaml("solar", title="Second"))

    report = import_paths(engine, [str(second)], now=clock.now())

    assert report.failed == (str(second),)
    (problem,) = report.files[0].problems
    assert problem.code == "duplicate-bank-id"
    assert str(first) in problem.message
    assert str(second) in problem.message
    assert (problem.line, problem.column) == (2, 5)  # at the id
    # The CLI prints from the load: it carries the problem and no bank.
    (file,) = report.load.files
    assert file.result.bank is None
    assert file.result.problems == (problem,)
    assert bank_row(engine, "solar")["title"] == "First"


class _BothReadFirst:
    """Two imports in two threads that both read the stored banks before either writes.

    The import named ``first`` then writes and returns; only after that does
    the ``second`` go on, with what it read before the first was stored.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read = {"first": threading.Event(), "second": threading.Event()}
        self.first_done = threading.Event()
        stored_banks = store_library._stored_banks

        def read_then_wait(connection: Connection) -> list[Row[Any]]:
            rows = stored_banks(connection)
            me = threading.current_thread().name
            self.read[me].set()
            if me == "first":
                assert self.read["second"].wait(timeout=30)
            else:
                assert self.first_done.wait(timeout=30)
            return rows

        monkeypatch.setattr(store_library, "_stored_banks", read_then_wait)

    def run(self, engine: Engine, first: Path, second: Path, clock: FakeClock) -> list[object]:
        reports: dict[str, object] = {}

        def run_import(name: str, path: Path) -> None:
            try:
                reports[name] = import_paths(engine, [str(path)], now=clock.now())
            except BaseException as error:
                reports[name] = error
            finally:
                if name == "first":
                    self.first_done.set()

        threads = [
            threading.Thread(target=run_import, args=("first", first), name="first"),
            threading.Thread(target=run_import, args=("second", second), name="second"),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        return [reports["first"], reports["second"]]


def test_two_imports_of_one_bank_id_at_once_store_only_the_first(
    engine: Engine, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write_bank(tmp_path / "one" / "solar.yaml", bank_yaml("solar", ["q1"], title="One"))
    second = write_bank(
        tmp_path / "two" / "solar.yaml", bank_yaml("solar", [("q1", "other")], title="Two")
    )

    reports = _BothReadFirst(monkeypatch).run(engine, first, second, clock)

    one, two = reports
    assert isinstance(one, ImportReport)
    assert isinstance(two, ImportReport)
    assert one.imported == (str(first),)
    assert two.failed == (str(second),)
    (problem,) = two.files[0].problems
    assert problem.code == "duplicate-bank-id"
    assert str(first) in problem.message
    row = bank_row(engine, "solar")
    assert (row["title"], row["path"]) == ("One", str(first))
    second_bank = loader.load_bank(second).bank
    assert second_bank is not None
    second_version = content_hash(second_bank.questions[0])
    with engine.connect() as connection:
        versions = connection.execute(select(VERSIONS.c.content_hash)).scalars().all()
    assert second_version not in versions  # nothing of the second file was stored


def test_a_write_transaction_holds_the_write_lock_from_its_start(db_path: Path) -> None:
    engine = open_database(sqlite_url(db_path))
    impatient = create_engine(sqlite_url(db_path), connect_args={"timeout": 0})
    try:
        with write_transaction(engine) as connection:
            connection.execute(select(BANKS.c.id)).all()  # only read so far
            with impatient.connect() as other, pytest.raises(OperationalError, match="locked"):
                other.exec_driver_sql("BEGIN IMMEDIATE")
    finally:
        impatient.dispose()
        engine.dispose()


def test_a_bank_whose_first_file_is_gone_has_moved(
    engine: Engine, tmp_path: Path, clock: FakeClock
) -> None:
    first = write_bank(tmp_path / "one" / "solar.yaml", bank_yaml("solar"))
    import_paths(engine, [str(first)], now=clock.now())
    with Session(engine) as session:
        profile_id = get_or_create_profile("Ana", session=session, now=clock.now()).id
        assert profile_id is not None
        start_attempt(
            session=session,
            attempt_id="attempt-1",
            profile_id=profile_id,
            bank_id="solar",
            seed=1,
            question_ids=["q1"],
            started_at=clock.now(),
            deadline=None,
        )
        session.commit()
    second = write_bank(tmp_path / "two" / "solar.yaml", bank_yaml("solar"))
    first.unlink()

    report = import_paths(engine, [str(second)], now=clock.now())

    assert report.files[0].outcome is Outcome.UPDATED
    assert bank_row(engine, "solar")["path"] == str(second)
    with Session(engine) as session:
        (summary,) = list_banks(session=session, profile_id=profile_id)
    assert summary.attempts_used == 1  # its history followed it


def test_a_file_that_now_holds_another_bank_hides_the_old_one(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    path = write_bank(library / "bank.yaml", bank_yaml("old-id"))
    import_paths(engine, [str(path)], now=clock.now())
    write_bank(path, bank_yaml("new-id"))

    report = import_paths(engine, [str(path)], now=clock.now())

    assert report.imported == (str(path),)
    with Session(engine) as session:
        assert [b.bank_id for b in list_banks(session=session)] == ["new-id"]
        assert load_stored_bank("old-id", session=session).id == "old-id"  # kept, hidden


def test_two_files_with_one_id_in_one_import_store_the_first(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    write_bank(library / "a.yaml", bank_yaml("solar", title="A"))
    write_bank(library / "b.yaml", bank_yaml("solar", title="B"))

    report = import_paths(engine, [str(library)], now=clock.now())

    assert [f.outcome for f in report.files] == [Outcome.IMPORTED, Outcome.FAILED]
    assert report.files[1].problems[0].code == "duplicate-bank-id"
    assert bank_row(engine, "solar")["title"] == "A"


def test_unreadable_paths_are_reported(engine: Engine, tmp_path: Path, clock: FakeClock) -> None:
    report = import_paths(engine, [str(tmp_path / "missing.yaml")], now=clock.now())

    assert report.files == ()
    assert len(report.unreadable) == 1
    assert "missing.yaml" in report.unreadable[0]


def test_a_large_bank_is_written_in_bulk(engine: Engine, library: Path, clock: FakeClock) -> None:
    path = write_bank(library / "big.yaml", bank_yaml("big", [f"q{n}" for n in range(500)]))

    with StatementCounter(engine) as counter:
        import_paths(engine, [str(path)], now=clock.now())

    assert len(counter.statements) < 10  # not one statement per question
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(QUESTIONS)).scalar() == 500


def test_banks_are_listed_by_title_whatever_their_case(
    engine: Engine, library: Path, clock: FakeClock
) -> None:
    for bank_id, title in [("a", "zebra"), ("b", "Apple"), ("c", "mango")]:
        write_bank(library / f"{bank_id}.yaml", bank_yaml(bank_id, title=title))
    import_paths(engine, [str(library)], now=clock.now())

    with Session(engine) as session:
        assert [b.title for b in list_banks(session=session)] == ["Apple", "mango", "zebra"]
