"""Whatever a file holds, loading returns problems and never raises."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.loader import LoadResult, load_bank_bytes
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
