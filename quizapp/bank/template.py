"""The bank ``quizapp new`` writes: a commented template with one question of each type.

The questions (and the reading their ``source`` quotes come from) are cut,
comments and all, out of the example banks in ``docs/examples/`` by
:func:`body_from_examples`; ``scripts/update_bank_template.py`` keeps the cut in
the package (``template_body.yaml``, since an installed app has no ``docs/``), and
a test holds the two together. The first line of a new bank points editors with a
YAML language server at the JSON Schema the package ships
(``question-bank.schema.json``, the same text ``quizapp schema`` prints), so they
complete and check keys as a teacher types.
"""

from __future__ import annotations

import json
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.bank.question_types import TYPE_NAMES
from quizapp.bank.schema import json_schema
from quizapp.bank.yamlsafe import compose

SCHEMA_FILE = Path(__file__).with_name("question-bank.schema.json")
BODY_FILE = Path(__file__).with_name("template_body.yaml")
# The example whose reading the template carries: its first question quotes it.
READING_EXAMPLE = "single_choice"


def schema_text() -> str:
    """The JSON Schema as the shipped file holds it (and ``quizapp schema`` prints it)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def schema_uri() -> str:
    """A ``file://`` URI of the shipped schema, as the new bank's first line names it."""
    return SCHEMA_FILE.resolve().as_uri()


def example_file(folder: Path, type_name: str) -> Path:
    """The example bank of a question type: ``single_choice`` -> ``single-choice.yaml``."""
    return folder / (type_name.replace("_", "-") + ".yaml")


_HEADER = """\
# yaml-language-server: $schema={schema}
# A new QuizApp question bank, made by `quizapp new`. The line above lets an
# editor with a YAML language server (VS Code with Red Hat's YAML extension)
# complete and check keys as you type; keep it first.
#
# Below is one question of each type, taken from QuizApp's example banks:
# change them, copy them, delete the ones you do not need. Check the file with
#   quizapp validate FILE
# The format is described in docs/question-format.md.
format: quizapp/1                 # always exactly this
id: {bank_id}{id_padding}# permanent; students' scores are filed under it
title: "{title}"
language: {language}{language_padding}# the language of the content (en, id, ...)
description: What this quiz is about.
tags: [new]                       # shown in the library, for filtering

# Settings of the whole quiz: to use one, remove the # at the start of its line
# and of the "settings:" line (keep the keys under settings: indented alike).
# settings:
#   time_limit: 20m               # for the whole quiz: 20m, 1h 30m, 90s or whole seconds
#   feedback: at_end              # immediate, at_end or never
#   pass_mark: 60                 # percent needed to pass
#   max_attempts: 3               # attempts per student
#   draw: 5                       # ask 5 questions drawn at random

"""


class _Header(dict[str, str]):
    """Pads the inline comments of the id and language lines into one column."""

    def __missing__(self, key: str) -> str:
        if key == "id_padding":
            return _padding("id: " + self["bank_id"])
        if key == "language_padding":
            return _padding("language: " + self["language"])
        raise KeyError(key)


def _padding(text: str) -> str:
    return " " * max(1, _COMMENT_COLUMN - len(text))


_COMMENT_COLUMN = 34


def new_bank_text(bank_id: str, language: str, schema: str | None = None) -> str:
    """A new bank's text: the schema line, commented settings, then :data:`BODY_FILE`.

    ``bank_id`` must be a slug and ``language`` a language tag (the caller checks).
    """
    title = bank_id.replace("-", " ").capitalize()
    values = {
        "schema": schema or schema_uri(),
        "bank_id": bank_id,
        "title": title,
        "language": language,
    }
    return _HEADER.format_map(_Header(values)) + BODY_FILE.read_text(encoding="utf-8")


# --- cutting the template's body out of the examples ----------------------------------------


def body_from_examples(folder: Path) -> str:
    """The reading of the :data:`READING_EXAMPLE` bank, then ``questions:`` with the first
    question of each type's example that stands on its own here: no picture (its file
    would be missing), and a ``source`` only when the reading holds it."""
    reading_lines, reading_text = _reading(example_file(folder, READING_EXAMPLE))
    blocks = [
        _first_usable_question(example_file(folder, name), reading_text) for name in TYPE_NAMES
    ]
    return "\n".join(reading_lines) + "\n\nquestions:\n" + "\n\n".join(blocks) + "\n"


def _root(path: Path) -> tuple[list[str], MappingNode]:
    data = path.read_bytes()
    root, problems = compose(data)
    if not isinstance(root, MappingNode) or problems:
        raise ValueError(f"{path}: not a bank")
    return data.decode("utf-8").splitlines(), root


def _value(mapping: MappingNode, key: str) -> tuple[ScalarNode, Node] | None:
    for key_node, value in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value
    return None


def _reading(path: Path) -> tuple[list[str], str]:
    """The lines of the top-level ``reading`` (with the comment above it) and its text."""
    lines, root = _root(path)
    found = _value(root, "reading")
    if found is None or not isinstance(found[1], ScalarNode):
        raise ValueError(f"{path}: no reading written in the bank")
    key, value = found
    start = _with_comments_above(lines, key.start_mark.line, indent=0)
    end = value.end_mark.line + (
        value.end_mark.column > 0
    )  # a block ends where the next key starts
    return _without_trailing_blanks(lines[start:end]), value.value


def _first_usable_question(path: Path, reading: str) -> str:
    lines, root = _root(path)
    found = _value(root, "questions")
    if found is None or not isinstance(found[1], SequenceNode):
        raise ValueError(f"{path}: no questions")
    items = found[1].value
    for number, item in enumerate(items):
        if isinstance(item, MappingNode) and _stands_alone(item, reading):
            start = _with_comments_above(lines, item.start_mark.line, indent=2)
            end = items[number + 1].start_mark.line if number + 1 < len(items) else len(lines)
            return "\n".join(_without_trailing_comments(lines[start:end]))
    raise ValueError(f"{path}: no question stands alone (each has a picture or a source)")


def _stands_alone(question: MappingNode, reading: str) -> bool:
    if _value(question, "image") is not None:
        return False
    source = _value(question, "source")
    return source is None or (isinstance(source[1], ScalarNode) and source[1].value in reading)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_comment_at(line: str, indent: int) -> bool:
    return line.lstrip(" ").startswith("#") and _indent(line) <= indent


def _with_comments_above(lines: list[str], start: int, *, indent: int) -> int:
    while start > 0 and _is_comment_at(lines[start - 1], indent):
        start -= 1
    return start


def _without_trailing_blanks(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def _without_trailing_comments(lines: list[str]) -> list[str]:
    """Drop blank lines and the next question's comments (at the list's indent) at the end."""
    while lines and (not lines[-1].strip() or _is_comment_at(lines[-1], 2)):
        lines = lines[:-1]
    return lines
