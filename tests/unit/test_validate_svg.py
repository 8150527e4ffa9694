"""SVG pictures refer only to themselves: any other reference is an error at the image.

The pictures are committed under tests/fixtures/hostile/svg/, one question
each in tests/fixtures/hostile/svg-pictures.yaml.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.loader import load_bank
from quizapp.bank.svgcheck import svg_fault
from tests.unit.banks.helpers import SINGLE, lines_of, with_questions

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
RULE = "an SVG picture may refer only to its own elements (#id) and to data: URIs"
ENTITIES = "declares XML entities, which an SVG picture may not"

# question id (= picture name) -> what the problem line says of the picture
REFUSED = {
    "absolute-path": f'refers to "/etc/passwd"; {RULE}',
    "css-escaped-url": f'refers to "/etc/shadow"; {RULE}',
    "data-svg-inside": f'refers to "/etc/passwd"; {RULE}',
    "entity-expansion": ENTITIES,
    "external-entity": ENTITIES,
    "file-uri": f'refers to "file:///dev/zero"; {RULE}',
    "fill-url": f'refers to "/dev/zero"; {RULE}',
    "link": f'refers to "https://example.com/"; {RULE}',
    "malformed": "is not a well-formed SVG file: mismatched tag (line 1)",
    "remote": f'refers to "https://example.com/track.png"; {RULE}',
    "style-attribute-url": f'refers to "pattern.svg#p"; {RULE}',
    "style-cdata-url": f'refers to "/proc/self/environ"; {RULE}',
    "style-import": f'refers to "@import"; {RULE}',
    "stylesheet-instruction": f'refers to "theme.css"; {RULE}',
    "use-other-file": f'refers to "other.svg#shape"; {RULE}',
    "xlink-outside": f'refers to "../../outside.png"; {RULE}',
}


def test_every_hostile_picture_is_an_error_at_its_image_and_the_bank_is_refused() -> None:
    result = load_bank(HOSTILE / "svg-pictures.yaml")

    assert result.bank is None
    lines = [p.format("svg-pictures.yaml") for p in result.problems]
    expected = [
        f'question "{name}": image: "svg/{name}.svg" {complaint}'
        for name, complaint in REFUSED.items()
    ]
    assert [line.split(": error: ", 1)[1] for line in lines] == expected
    assert all(":12: error: " in line for line in lines)  # at the image value, column 12


def test_a_picture_that_refers_only_to_itself_and_data_uris_is_accepted() -> None:
    data = (HOSTILE / "svg" / "self-contained.svg").read_bytes()

    assert svg_fault(data) is None


def test_the_svg_rule_holds_for_a_bank_beside_its_pictures(tmp_path: Path) -> None:
    (tmp_path / "sun.svg").write_bytes(
        b'<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>'
    )

    assert lines_of(with_questions(SINGLE + "image: sun.svg"), base_dir=tmp_path) == [
        f'bank.yaml:10:12: error: question "planet": image: "sun.svg" refers to "/etc/passwd"; '
        f"{RULE}"
    ]


@pytest.mark.parametrize(
    "reference",
    ["#a", " #a ", "data:image/png;base64,iVBORw0KGgo=", "DATA:text/plain,hi"],
)
def test_references_to_itself_and_data_uris_pass(reference: str) -> None:
    data = f'<svg xmlns="http://www.w3.org/2000/svg"><use href="{reference}"/></svg>'

    assert svg_fault(data.encode()) is None


@pytest.mark.parametrize(
    "attribute",
    ['href="a.png"', 'xlink:href="/x"', 'fill="url(b.svg#c)"', "style=\"fill:url('/x')\""],
)
def test_any_other_reference_is_refused(attribute: str) -> None:
    data = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f"<rect {attribute}/></svg>"
    )

    fault = svg_fault(data.encode())

    assert fault is not None
    assert fault.code == "svg-reference"
