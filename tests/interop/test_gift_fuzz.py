"""Whatever a GIFT file holds, reading it gives problems, never an exception; a refused
file writes nothing."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.__main__ import main
from quizapp.interop.gift import read_gift

GIFT_PIECES = st.sampled_from(
    [
        *"abc01 ~=#{}:\\%->.\n\t[]$",
        "\n\n",
        "::",
        "####",
        "->",
        "%50%",
        "%-100%",
        "{#",
        "..",
        "[html]",
        "[markdown]",
        "<b>",
        "<img src=x>",
        "$CATEGORY:",
        "//",
        "TRUE",
        "{T}",
        "\\n",
    ]
)
FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str) -> None:
    conversion = read_gift(text, source_name="fuzz.gift")
    for problem in conversion.problems:
        assert problem.line >= 1
        assert problem.column >= 1
        line = problem.format("fuzz.gift")
        assert "\n" not in line
    if conversion.bank is None:
        assert any(p.is_error for p in conversion.problems)


@FUZZ
@given(st.lists(GIFT_PIECES, max_size=60).map("".join))
def test_gift_like_text_gives_problems_not_exceptions(text: str) -> None:
    check(text)


@FUZZ
@given(st.text(max_size=200))
def test_arbitrary_text_gives_problems_not_exceptions(text: str) -> None:
    check(text)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=120))
def test_a_refused_file_writes_nothing(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "in.gift")
        source.write_bytes(data)
        out = Path(folder, "out.yaml")
        code = main(["convert", str(source), "--to", "yaml", "-o", str(out)])
        assert code in (0, 1)
        assert out.exists() == (code == 0)
        assert sorted(p.name for p in Path(folder).iterdir()) == sorted(
            ["in.gift", *(["out.yaml"] if code == 0 else [])]
        )
