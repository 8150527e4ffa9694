"""Whatever a file holds, loading returns problems and never raises, and a file that is
refused writes nothing to the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, inspect, text

from quizapp.bank.loader import LoadResult, load_bank_bytes
from quizapp.bank.yamlsafe import MAX_BYTES
from quizapp.store.db import open_database, sqlite_url
from quizapp.store.library import Outcome, import_paths
from tests.unit.banks.helpers import SINGLE, with_questions

VALID = with_questions(SINGLE)
# Pieces that make YAML interesting: indicators, anchors, tags, quotes, breaks, merges.
YAML_PIECES = st.sampled_from(
    [*"abc01 :-?,[]{}&*!|>'\"#%@`\n\t\\<.~", "\n  ", ": ", "- ", "<<", "!!str", "{{", "}}"]
)


def yaml_like(min_size: int = 0, max_size: int = 60) -> st.SearchStrategy[str]:
    return st.lists(YAML_PIECES, min_size=min_size, max_size=max_size).map("".join)


FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    for problem in result.problems:
        assert problem.line >= 1
        assert problem.column >= 1
        line = problem.format("bank.yaml")  # every message renders, as one line
        assert "\n" not in line
        assert "\r" not in line
    if result.bank is None:
        assert any(p.is_error for p in result.problems)
    else:
        assert not any(p.is_error for p in result.problems)


@FUZZ
@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_problems_not_exceptions(data: bytes) -> None:
    check(load_bank_bytes(data, base_dir=None))


@FUZZ
@given(st.text(max_size=300))
def test_arbitrary_text_gives_problems_not_exceptions(text: str) -> None:
    check(load_bank_bytes(text.encode("utf-8", "surrogatepass"), base_dir=None))


@FUZZ
@given(yaml_like())
def test_yaml_like_text_gives_problems_not_exceptions(text: str) -> None:
    check(load_bank_bytes(text.encode(), base_dir=None))


@FUZZ
@given(st.integers(0, len(VALID)), yaml_like(min_size=1, max_size=6))
def test_a_valid_bank_with_text_inserted_anywhere_gives_problems_not_exceptions(
    at: int, inserted: str
) -> None:
    check(load_bank_bytes((VALID[:at] + inserted + VALID[at:]).encode(), base_dir=None))


@FUZZ
@given(st.integers(0, len(VALID) - 1), st.integers(1, 20))
def test_a_valid_bank_with_a_slice_cut_out_gives_problems_not_exceptions(
    at: int, length: int
) -> None:
    check(load_bank_bytes((VALID[:at] + VALID[at + length :]).encode(), base_dir=None))


EVERY_TYPE = (Path(__file__).parent / "banks" / "every_type.yaml").read_text(encoding="utf-8")
VALUE_LINES = [i for i, line in enumerate(EVERY_TYPE.splitlines()) if ": " in line]


@FUZZ
@given(st.sampled_from(VALUE_LINES), yaml_like(max_size=8))
def test_any_value_of_any_type_replaced_gives_problems_not_exceptions(
    index: int, value: str
) -> None:
    lines = EVERY_TYPE.splitlines()
    key, _, _ = lines[index].partition(": ")
    lines[index] = f"{key}: {value}"
    check(load_bank_bytes("\n".join(lines).encode(), base_dir=None))


# --- a refused file writes nothing ---------------------------------------------------------

NOW = datetime(2026, 1, 1, tzinfo=UTC)
HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Path]]:
    """A store holding one bank already, and a folder to write fuzzed bank files in."""
    folder = tmp_path_factory.mktemp("fuzz-store")
    engine = open_database(sqlite_url(folder / "quizapp.db"))
    seeded = folder / "seeded.yaml"
    seeded.write_text(EVERY_TYPE, encoding="utf-8")
    [file] = import_paths(engine, [str(seeded)], now=NOW).files
    assert file.outcome is Outcome.IMPORTED
    yield engine, folder
    engine.dispose()


def every_row(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (the migration's version table too), in a stable order."""
    with engine.connect() as connection:
        return {
            name: sorted(
                (tuple(row) for row in connection.execute(text(f'SELECT * FROM "{name}"'))),
                key=repr,
            )
            for name in inspect(connection).get_table_names()
        }


def import_and_check(store: tuple[Engine, Path], path: Path) -> Outcome:
    """Import ``path``; when it is refused, every table must be as it was."""
    engine, _ = store
    before = every_row(engine)
    [file] = import_paths(engine, [str(path)], now=NOW).files
    if file.outcome is Outcome.FAILED:
        assert file.problems
        assert every_row(engine) == before
    return file.outcome


def fuzzed_file(store: tuple[Engine, Path], data: bytes) -> Path:
    path = store[1] / "fuzzed" / "bank.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return path


STORE_FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@STORE_FUZZ
@given(st.sampled_from(VALUE_LINES), yaml_like(max_size=8))
def test_a_refused_file_with_any_value_replaced_writes_nothing(
    store: tuple[Engine, Path], index: int, value: str
) -> None:
    lines = EVERY_TYPE.replace("\nid: solar\n", "\nid: fuzzed\n", 1).splitlines()
    key, _, _ = lines[index].partition(": ")
    lines[index] = f"{key}: {value}"
    import_and_check(store, fuzzed_file(store, "\n".join(lines).encode()))


@STORE_FUZZ
@given(st.binary(max_size=300))
def test_a_refused_file_of_any_bytes_writes_nothing(
    store: tuple[Engine, Path], data: bytes
) -> None:
    import_and_check(store, fuzzed_file(store, data))


@pytest.mark.parametrize("name", ["svg-pictures.yaml", "huge-points.yaml"])
def test_the_kept_hostile_banks_are_refused_and_write_nothing(
    store: tuple[Engine, Path], name: str
) -> None:
    assert import_and_check(store, HOSTILE / name) is Outcome.FAILED


@pytest.mark.parametrize("kind", ["too-large", "empty", "dev-null", "dev-zero"])
def test_a_file_that_is_not_read_writes_nothing(
    store: tuple[Engine, Path], tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "bank.yaml"
    if kind == "too-large":
        with path.open("wb") as file:
            file.truncate(MAX_BYTES + 1)
    elif kind == "empty":
        path.write_bytes(b"")
    else:
        path.symlink_to(f"/dev/{kind.removeprefix('dev-')}")

    assert import_and_check(store, path) is Outcome.FAILED
