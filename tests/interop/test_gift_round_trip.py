"""Writing GIFT: what Moodle imports, escaped; YAML -> GIFT -> YAML keeps every question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quizapp.bank.loader import load_bank, load_bank_bytes
from quizapp.bank.markdown import render_markdown
from quizapp.bank.model import Bank
from quizapp.bank.yaml_writer import dump_bank
from quizapp.interop.bank_data import bank_data
from quizapp.interop.gift import read_gift, write_gift

GIFT_HOLDS = """\
format: quizapp/1
id: round-trip
title: Round trip
questions:
  - id: third
    type: single_choice
    prompt: "Which planet is *third* from the Sun? {not a brace} = ~ # : \\\\ <b>"
    choices: [Venus, "Earth = home", "Mars: red", "a {brace}", "x < y & z"]
    answer: "Earth = home"
    explanation: "Mercury, Venus, **Earth**."
    tags: [planets]
  - id: giants
    type: multiple_choice
    prompt: Which are gas giants?
    choices: [Jupiter, Saturn, Mars, Venus]
    answers: [Jupiter, Saturn]
    scoring: partial
    tags: [planets]
  - id: star
    type: true_false
    prompt: |
      The Sun is a star.
      Is it?
    answer: true
    explanation: It is a star.
    tags: [sun]
  - id: red
    type: short_answer
    prompt: Which planet is called red?
    answers: [Mars, "the red planet", "2*3"]
    tags: [sun]
  - id: moons
    type: numeric
    prompt: How many moons has Mars?
    answer: 2
    tolerance: 0.5
    tags: [sun]
  - id: capitals
    type: matching
    prompt: Match the moon to its planet.
    pairs: [[Moon, Earth], [Phobos, Mars], ["Io #1", "Jupiter: big"]]
    distractors: [Venus]
    tags: [sun]
  - id: blank
    type: cloze
    text: The Sun is a {{star|yellow dwarf}} in the Milky Way.
    explanation: A G-type star.
    tags: [sun]
"""


def load(text: str) -> Bank:
    result = load_bank_bytes(text.encode(), base_dir=None)
    assert result.bank is not None, result.problems
    return result.bank


def seen(data: dict[str, Any]) -> dict[str, Any]:
    """A question as a student sees it: Markdown compared by what it renders to."""
    return {
        key: render_markdown(value) if key in ("prompt", "explanation") else value
        for key, value in data.items()
    }


def test_yaml_to_gift_to_yaml_keeps_every_question_gift_can_hold() -> None:
    original = load(GIFT_HOLDS)
    text, warnings = write_gift(original)
    assert warnings == []
    back = read_gift(text, source_name="round-trip.gift")
    assert not back.refused, [p.format("round-trip.gift") for p in back.problems]
    assert back.bank is not None
    returned = load_bank_bytes(dump_bank(back.bank).encode(), base_dir=None).bank
    assert returned is not None
    before = [seen(q) for q in bank_data(original)["questions"]]
    after = [seen(q) for q in bank_data(returned)["questions"]]
    assert after == before


def test_the_gift_escapes_what_has_a_meaning() -> None:
    text, _ = write_gift(load(GIFT_HOLDS))
    assert "=Earth \\= home" in text
    assert "~Mars\\: red" in text
    assert "~a \\{brace\\}" in text
    assert "x &lt; y &amp; z" in text  # the choice is text, never markup in Moodle
    assert "&lt;b&gt;" in text
    assert "=2\\*3" in text  # Moodle's wildcard, escaped
    assert "$CATEGORY: planets" in text
    assert "$CATEGORY: sun" in text


def test_what_gift_cannot_hold_is_a_warning_naming_the_question() -> None:
    bank = load(
        """\
format: quizapp/1
id: cannot
title: Cannot
questions:
  - id: order
    type: ordering
    prompt: Order them.
    items: [a, b, c]
  - id: eleven
    type: multiple_choice
    prompt: Pick the right ones.
    choices: [a, b, c, d, e, f, g, h, i, j, k, l]
    answers: [a, b, c, d, e, f, g, h, i, j, k]
  - id: two-blanks
    type: cloze
    text: "{{a}} and {{b}}"
  - id: with-unit
    type: numeric
    prompt: How far?
    answer: 3
    unit: km
"""
    )
    text, warnings = write_gift(bank, positions={"order": (5, 5)})
    messages = [w.format("cannot.yaml") for w in warnings]
    assert messages[0] == (
        'cannot.yaml:5:5: warning: question "order": GIFT has no ordering questions; '
        "it was left out"
    )
    assert any('"eleven": 11 right answers would each need 9.09091%' in m for m in messages)
    assert any('"eleven": Moodle scores multiple answers choice by choice' in m for m in messages)
    assert any('"two-blanks": GIFT holds one blank in a text' in m for m in messages)
    assert any('"with-unit": GIFT cannot hold the unit "km"' in m for m in messages)
    assert "::order::" not in text
    assert "::two-blanks::" not in text
    assert "::with-unit::" in text


def test_every_example_bank_converts_to_gift_that_reads_back() -> None:
    examples = Path(__file__).parents[2] / "docs" / "examples"
    for path in sorted(examples.glob("*.yaml")):
        bank = load_bank(path).bank
        assert bank is not None
        text, _ = write_gift(bank)
        back = read_gift(text, source_name=path.name)
        if any(q.TYPE != "ordering" for q in bank.questions):
            assert not back.refused, (path, [p.message for p in back.problems])
