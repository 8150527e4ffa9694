"""Validate a composed bank document and build the typed :class:`Bank`.

Every problem of the file is reported, not only the first: the walk keeps
going after an error and reads every question. The bank is built only when
there is no error; warnings (suspect but loadable) do not stop it.

Warnings this validator gives:

* ``case-variant`` — two choices, items, answers or pair left sides differ
  only in letter case ("Paris" and "paris"): probably one is a mistake.
* ``all-choices-right`` — a multiple_choice question whose every choice is a
  right answer: nothing to tell apart.
* ``time-over-quiz`` — a question's time limit (its own, or the bank's
  ``question_time_limit``) is longer than the whole quiz's ``time_limit``.
* ``draw-whole-bank`` — ``draw`` equals the number of questions: every
  attempt asks all of them, so ``draw`` only shuffles.
* ``image-without-alt`` — a question's ``image`` has no ``image_alt``: a
  screen reader, or a student whose picture does not show, gets nothing.

An unsupported ``format`` stops the walk after that one error: the rest of a
file written for another version cannot be judged by this one's rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quizapp.bank import attachments, scalars
from quizapp.bank.model import SUPPORTED_FORMATS, Bank, Feedback, Question, Review, Settings
from quizapp.bank.nodereader import Entries, NodeReader, found, quote, quote_all, where
from quizapp.bank.problems import Problem
from quizapp.bank.textnorm import fold_whitespace
from quizapp.bank.validate_questions import BankContext, read_question

TOP_KEYS = (
    "format",
    "id",
    "title",
    "language",
    "description",
    "authors",
    "tags",
    "reading",
    "settings",
    "questions",
)
REQUIRED_TOP_KEYS = ("format", "id", "title", "questions")
SETTINGS_KEYS = (
    "time_limit",
    "question_time_limit",
    "shuffle_questions",
    "shuffle_choices",
    "draw",
    "pass_mark",
    "feedback",
    "review",
    "reading_during_quiz",
    "max_attempts",
)
_FEEDBACKS = tuple(f.value for f in Feedback)
_REVIEWS = tuple(r.value for r in Review)


@dataclass(frozen=True)
class Validated:
    bank: Bank | None  # None when there is any error
    problems: tuple[Problem, ...]  # in line order
    bank_id: str | None  # the id as written, when it is a valid slug (even if the bank is not)
    bank_id_position: tuple[int, int] | None


def validate_document(root: Node, *, base_dir: Path | None) -> Validated:
    reader = NodeReader()
    bank, bank_id, id_node = _read_bank(reader, root, base_dir)
    problems = sort_problems(reader.problems)
    if any(p.is_error for p in problems):
        bank = None
    position = (id_node.start_mark.line + 1, id_node.start_mark.column + 1) if id_node else None
    return Validated(bank, problems, bank_id, position)


def sort_problems(problems: list[Problem]) -> tuple[Problem, ...]:
    """Line order, each distinct problem once (a node shared through an alias
    is read once per use, but its problem is one line)."""
    unique: dict[tuple[int, int, str, str], Problem] = {}
    for problem in problems:
        unique.setdefault(
            (problem.line, problem.column, problem.severity, problem.message), problem
        )
    return tuple(sorted(unique.values(), key=lambda p: (p.line, p.column)))


def _read_bank(
    reader: NodeReader, root: Node, base_dir: Path | None
) -> tuple[Bank | None, str | None, Node | None]:
    """The bank, its id as written and the id's node (for a library-wide check)."""
    entries = _read_top_level(reader, root)
    if entries is None:
        return None, None, None
    values = _read_about(reader, entries)
    context = BankContext(base_dir=base_dir)
    pair = entries.get("reading")
    if pair is not None:
        values["reading"] = _read_reading(reader, pair[1], base_dir)
        context.reading_present = True
        if values["reading"] is not None:
            context.folded_reading = fold_whitespace(values["reading"])
    pair = entries.get("settings")
    values["settings"] = _read_settings(reader, pair[1], context) if pair else Settings()
    pair = entries.get("questions")
    values["questions"] = _read_questions(reader, pair[1], context) if pair else None
    if pair is not None and isinstance(pair[1], SequenceNode):
        _check_draw(reader, context, len(pair[1].value))
    id_node = entries["id"][1] if "id" in entries else None
    if any(value is None for value in values.values()):
        return None, values["id"], id_node
    return Bank(**values), values["id"], id_node


def _read_top_level(reader: NodeReader, root: Node) -> Entries | None:
    """The top-level keys, or ``None`` when the file cannot be judged further."""
    if not isinstance(root, MappingNode):
        reader.error("root-not-mapping", root, found=found(root))
        return None
    entries = reader.read_mapping(root, "", None)
    if entries is None or not _read_format(reader, entries):
        return None
    reader.check_keys(entries, frozenset(TOP_KEYS), TOP_KEYS, "")
    reader.require(entries, REQUIRED_TOP_KEYS, root, "")
    return entries


def _read_about(reader: NodeReader, entries: Entries) -> dict[str, Any]:
    """What the bank says about itself: id, title, language, description, authors, tags."""
    values: dict[str, Any] = {}
    pair = entries.get("id")
    values["id"] = reader.read_slug(pair[1], "", "id") if pair else None
    pair = entries.get("title")
    values["title"] = reader.read_text(pair[1], "", "title", non_empty=True) if pair else None
    pair = entries.get("language")
    if pair is not None:
        values["language"] = _read_language(reader, pair[1])
    pair = entries.get("description")
    if pair is not None:
        values["description"] = reader.read_text(pair[1], "", "description")
    for key in ("authors", "tags"):
        pair = entries.get(key)
        if pair is not None:
            read = reader.read_text_list(pair[1], "", key, non_empty=True)
            values[key] = tuple(read[0]) if read else None
    return values


def _read_format(reader: NodeReader, entries: Entries) -> bool:
    """False when the file declares a format this app does not read."""
    pair = entries.get("format")
    if pair is None:
        return True  # reported as a missing key with the others
    node = pair[1]
    if isinstance(node, ScalarNode) and node.value in SUPPORTED_FORMATS:
        return True
    reader.error(
        "bad-format",
        node,
        where="format",
        versions=quote_all(SUPPORTED_FORMATS),
        found=found(node),
    )
    return False


def _read_language(reader: NodeReader, node: Node) -> str | None:
    language = reader.read_text(node, "", "language")
    if language is None or scalars.is_language_tag(language):
        return language
    reader.error("bad-language", node, where="language", found=quote(language))
    return None


def _read_reading(reader: NodeReader, node: Node, base_dir: Path | None) -> str | None:
    """The reading's Markdown: written in the bank, or ``{file: PATH}``."""
    if isinstance(node, ScalarNode):
        return reader.read_text(node, "", "reading")
    entries = reader.read_mapping(node, "", "reading")
    if entries is None:
        return None
    reader.check_keys(entries, frozenset({"file"}), ("file",), "reading")
    reader.require(entries, ("file",), node, "reading")
    pair = entries.get("file")
    if pair is None or len(entries) != 1:
        return None
    path = reader.read_text(pair[1], "reading", "file", non_empty=True)
    if path is None:
        return None
    text = attachments.read_reading(path, base_dir)
    if isinstance(text, attachments.Fault):
        reader.error(
            text.code, pair[1], where=where("reading", "file"), found=quote(path), **text.args
        )
        return None
    return text


def _read_settings(reader: NodeReader, node: Node, context: BankContext) -> Settings | None:
    entries = reader.read_mapping(node, "", "settings")
    if entries is None:
        return None
    before = reader.count
    reader.check_keys(entries, frozenset(SETTINGS_KEYS), SETTINGS_KEYS, "settings")
    values: dict[str, Any] = {}
    label = "settings"
    for key in ("time_limit", "question_time_limit"):
        pair = entries.get(key)
        if pair is not None:
            values[key] = reader.read_duration(pair[1], label, key)
    for key in ("shuffle_questions", "shuffle_choices", "reading_during_quiz"):
        pair = entries.get(key)
        if pair is not None:
            values[key] = reader.read_boolean(pair[1], label, key)
    for key in ("draw", "max_attempts"):
        pair = entries.get(key)
        if pair is not None:
            values[key] = reader.read_whole(pair[1], label, key)
    if values.get("draw") is not None:
        context.draw = (values["draw"], entries["draw"][1])
    pair = entries.get("pass_mark")
    if pair is not None:
        values["pass_mark"] = reader.read_number(pair[1], label, "pass_mark", "percent")
    pair = entries.get("feedback")
    if pair is not None:
        feedback = reader.read_one_of(pair[1], label, "feedback", _FEEDBACKS)
        values["feedback"] = Feedback(feedback) if feedback else None
    pair = entries.get("review")
    if pair is not None:
        values["review"] = _read_review(reader, pair[1], "max_attempts" in entries)
    context.quiz_time_limit = quiz = values.get("time_limit")
    default = values.get("question_time_limit")
    if quiz is not None and default is not None and default > quiz:
        reader.warn(
            "time-over-quiz",
            entries["question_time_limit"][1],
            where=where(label, "question_time_limit"),
            seconds=default,
            quiz_seconds=quiz,
        )
    if reader.errors_since(before):
        return None
    return Settings(**values)


def _read_review(reader: NodeReader, node: Node, has_max_attempts: bool) -> Review | None:
    review = reader.read_one_of(node, "settings", "review", _REVIEWS)
    if review is None:
        return None
    if review == Review.AFTER_LAST_ATTEMPT and not has_max_attempts:
        reader.error("review-needs-max-attempts", node, where="settings.review")
        return None
    return Review(review)


def _read_questions(
    reader: NodeReader, node: Node, context: BankContext
) -> tuple[Question, ...] | None:
    items = reader.read_list(node, "", "questions")
    if items is None:
        return None
    if not items:
        reader.error("no-questions", node, where="questions")
        return None
    questions = []
    for position, item in enumerate(items, 1):
        questions.append(read_question(reader, item, position, context))
    if None in questions:
        return None
    return tuple(q for q in questions if q is not None)


def _check_draw(reader: NodeReader, context: BankContext, count: int) -> None:
    if context.draw is None or not count:
        return
    draw, node = context.draw
    if draw > count:
        reader.error("draw-too-large", node, where="settings.draw", draw=draw, count=count)
    elif draw == count:
        reader.warn("draw-whole-bank", node, where="settings.draw", draw=draw)
