"""What a sync tells the app for live reload: the files and folders to watch, and which
banks are out of date (their file broke; the last valid version is kept)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from quizapp.quiz.clock import FakeClock
from quizapp.service.app import QuizService
from tests.store.helpers import bank_yaml, touch_later, write_bank


def test_a_sync_names_files_folders_and_banks_out_of_date(
    engine: Engine, clock: FakeClock, library: Path
) -> None:
    service = QuizService(engine, clock)
    good = write_bank(library / "a.yaml", bank_yaml("alpha"))
    nested = write_bank(library / "more" / "b.yaml", bank_yaml("beta"))
    write_bank(library / ".hidden" / "c.yaml", bank_yaml("gamma"))
    write_bank(library / "a.draft.yaml", bank_yaml("alpha"))
    outcome = service.sync_library([library])
    assert sorted(outcome.files) == sorted([str(good.resolve()), str(nested.resolve())])
    assert outcome.folders == [str(library), str(library / "more")]
    assert outcome.out_of_date == []

    good.write_text(bank_yaml("alpha") + "oops: [\n", encoding="utf-8")
    touch_later(good)
    outcome = service.sync_library([library])
    assert outcome.out_of_date == ["alpha"]
    assert [bank.bank_id for bank in service.library()] == ["alpha", "beta"]
    assert outcome.problems[0][0] == str(good.resolve())
