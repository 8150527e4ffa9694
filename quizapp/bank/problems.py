"""Problems found in a bank file: a code, its arguments and a position.

The English text of every problem is made here and only here, from
``MESSAGES``; the CLI prints it, and the UI may look the same template up in
its translation catalogue (context ``"Problem"``) and fill in the same
arguments, so both always say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


# code -> English template, filled with str.format(**args).
# ``where`` is the location prefix made by the validator ("settings.draw",
# 'question "founded-year": answer', 'question 3: choices item 2'); see
# docs/question-format.md. ``found`` is what the file holds: a scalar as written,
# in double quotes, or one of the "part." phrases below. Keys starting with
# "part." are phrases the validator puts into other messages' arguments
# (``found``, ``hint``), not problem codes.
MESSAGES: dict[str, str] = {
    "internal": "{where}: {detail}",
    # --- phrases used inside other messages ---
    "part.found-nothing": "nothing (an empty value)",
    "part.found-list": "a list",
    "part.found-mapping": "a mapping",
    "part.did-you-mean": ' (did you mean "{suggestion}"?)',
    "part.known-keys": " (known keys: {keys})",
    "part.in-quotes": " (in quotes: write it without them)",
    "part.plain-number": " (write it as a plain number: {plain})",
    "part.yaml11-boolean": " (only true and false are read as booleans)",
    "part.slug-example": ' (for example "{slug}")',
    "part.duration-plain": ' (write {seconds} or "{seconds}s")',
    "part.syntax-context": " ({context} at line {line}, column {column})",
    "part.tab": "; YAML indents with spaces, never tabs",
    "part.tab-not-space": "; write a space here, not a tab",
    "part.colon-in-value": (
        "; a colon followed by a space inside a value starts a new key: put the text in quotes "
        '("...")'
    ),
    "part.unclosed-quote": (
        "; the quote at line {line}, column {column} is never closed: end the text with the "
        "same quote"
    ),
    "part.quote-ended-single": (
        "; the text in quotes from line {line}, column {column} ends at the quote before "
        "this: inside '...' write a ' as two ('')"
    ),
    "part.quote-ended-double": (
        "; the text in quotes from line {line}, column {column} ends at the quote before "
        'this: inside "..." write a quote mark as \\"'
    ),
    "part.larger-than-16-mib": "it is larger than 16 MiB",
    "part.top-level": "top level",
    "part.question-number": "question {number}",
    "part.question-id": "question {id}",
    "part.list-item": "{key} item {number}",
    "part.key-of": "{label}: {key}",
    "part.setting": "{label}.{key}",
    "part.either": "{first} or {second}",
    "part.then": "{first}{second}",
    # --- paths named on the command line that cannot be read at all (no position) ---
    "path-not-found": "{path}: no such file or folder",
    "path-not-a-file": "{path}: not a file or folder",
    "path-cannot-read": "{path}: cannot read: {reason}",
    # --- the file as a whole ---
    "unreadable": "cannot read the file: {reason}",
    "too-large": (
        "the file is {size} bytes, more than the limit of 16 MiB (16,777,216 bytes); "
        "it was not read"
    ),
    "not-regular": "not a regular file (a FIFO, socket or device); it was not opened",
    "empty-file": "the file is empty; a bank needs at least format, id, title and questions",
    "no-document": "the file holds only comments or blank lines; a bank needs format, id, "
    "title and questions",
    "binary": "the file holds binary data (a NUL byte at byte offset {offset}), not YAML text",
    "not-utf8": (
        "the text is not UTF-8: byte 0x{byte} at byte offset {offset} cannot be read; "
        "save the file as UTF-8"
    ),
    "bad-character": (
        "character U+{codepoint} (at byte offset {offset}) is not allowed in YAML text"
    ),
    "yaml-syntax": "YAML syntax error: {problem}{context}",
    "multiple-documents": (
        'a second YAML document starts here ("---"); a bank file holds exactly one'
    ),
    "alias-budget": (
        "anchors and aliases here would expand to more than 1,000,000 nodes; the file is refused"
    ),
    "alias-cycle": "an alias here refers to a node that contains it; the file is refused",
    "too-many-nodes": (
        "the file holds more than 1,000,000 YAML nodes (this one is past the limit); "
        "the file is refused"
    ),
    "too-deep": "the YAML nests too deeply (through merge keys or lists) to be read",
    "tag": 'the tag "{tag}" is not allowed: only YAML\'s standard tags (such as !!str) are',
    "root-not-mapping": (
        "the file must be a mapping of keys (format, id, title, questions...), found {found}"
    ),
    # --- keys and shapes ---
    "unknown-key": "{where}: unknown key {key}{hint}",
    "missing-key": "{where}: missing required key {key}",
    "duplicate-key": (
        "{where}: the key {key} appears a second time (first at line {first_line}); "
        "each key may appear once"
    ),
    "key-not-text": "{where}: a key must be plain text, found {found}",
    "bad-merge": '{where}: "<<" merges a mapping or a list of mappings, found {found}',
    "not-mapping": "{where}: expected a mapping of keys, found {found}",
    "not-list": "{where}: expected a list, found {found}",
    "too-few-items": "{where}: expected at least {minimum} items, found {count}",
    "too-many-items": "{where}: expected at most {maximum} items, found {count}",
    "not-text": "{where}: expected text, found {found}",
    "empty-text": "{where}: must not be empty",
    "not-boolean": "{where}: expected true or false, found {found}{hint}",
    "not-number": "{where}: expected a number, found {found}{hint}",
    "not-positive-number": "{where}: expected a number greater than 0, found {found}{hint}",
    "too-many-points": (
        "{where}: {found} is more than the limit of 1,000,000 points; write a number "
        "greater than 0 and at most 1,000,000"
    ),
    "not-non-negative-number": "{where}: expected a number of 0 or more, found {found}{hint}",
    "not-percent": "{where}: expected a percentage from 0 to 100, found {found}{hint}",
    "not-whole-number": (
        "{where}: expected a whole number from 1 to 1,000,000,000, found {found}{hint}"
    ),
    "not-duration": (
        '{where}: expected a duration: whole seconds (600) or "90s", "10m", "1h30m", '
        '"1h 30m 15s" (hours, minutes, seconds, in that order; at least one second), '
        "found {found}{hint}"
    ),
    "not-one-of": "{where}: expected one of {options}, found {found}{hint}",
    "not-slug": (
        '{where}: expected an id of lowercase letters, digits and "-" that starts with a '
        "letter or digit (at most 64 characters), found {found}{hint}"
    ),
    # --- the bank ---
    "bad-format": "{where}: this app reads {versions}, found {found}",
    "bad-language": (
        '{where}: expected a BCP 47 language tag such as "en", "id" or "zh-Hans", found {found}'
    ),
    "no-questions": "{where}: the list is empty; a bank needs at least one question",
    "duplicate-bank-id": (
        '{where}: the bank id "{bank_id}" is already used by {first_path}; '
        "{this_path} must have another id"
    ),
    "draw-too-large": "{where}: {draw} is larger than the bank ({count} questions)",
    "review-needs-max-attempts": (
        '{where}: "after_last_attempt" shows the right answers once a student has no '
        'attempts left, so it needs "max_attempts"'
    ),
    "path-no-folder": ("{where}: {found} cannot be checked: the bank was not loaded from a folder"),
    "path-absolute": "{where}: {found} must be a path relative to the bank's folder",
    "path-escapes": "{where}: {found} leads outside the folder that holds the bank",
    "path-missing": "{where}: {found} does not exist",
    "path-not-file": "{where}: {found} is not a file",
    "path-unreadable": "{where}: {found} cannot be read: {reason}",
    "reading-not-utf8": (
        "{where}: {found} is not UTF-8 text (byte 0x{byte} at byte offset {offset})"
    ),
    "image-type": "{where}: {found} is not named as a PNG, JPEG, SVG or WebP image",
    "image-content": "{where}: {found} is named as {expected} but its content is {actual}",
    "part.not-an-image": "not an image",
    "svg-reference": (
        "{where}: {found} refers to {reference}; an SVG picture may refer only to its own "
        "elements (#id) and to data: URIs"
    ),
    "svg-entity": "{where}: {found} declares XML entities, which an SVG picture may not",
    "svg-malformed": "{where}: {found} is not a well-formed SVG file: {reason} (line {line})",
    # --- questions ---
    "unknown-type": "{where}: unknown question type {found}; the types are {types}{hint}",
    "duplicate-question-id": (
        '{where}: the question id "{id}" is already used at line {first_line}'
    ),
    "duplicate-item": "{where}: {found} repeats item {first} (line {first_line})",
    "answer-not-in-choices": "{where}: {found} is not one of the choices ({choices})",
    "answer-and-answers": ('{where}: a question has "answer" or "answers", not both'),
    "answers-for-one-answer": (
        '{where}: a {type} question has one right answer, written as "answer"'
    ),
    "answer-for-many-answers": (
        '{where}: a multiple_choice question lists its right answers as "answers"'
    ),
    "not-a-pair": "{where}: expected a pair written [left, right], found {found}",
    "distractor-is-answer": "{where}: {found} is also the right-hand side of a pair",
    "cloze-no-blanks": (
        "{where}: the text has no blanks; write each one as {{{{answer}}}} or "
        "{{{{answer|alternative}}}}"
    ),
    "cloze-empty-blank": "{where}: blank {number} is empty",
    "cloze-empty-alternative": "{where}: blank {number} has an empty alternative",
    "cloze-unclosed": "{where}: blank {number} is not closed with }}}}",
    "cloze-nested": (
        "{where}: blank {number} holds {{{{; a literal {{{{ in the text is written \\{{{{"
    ),
    "source-without-reading": (
        '{where}: a source quote is checked against the bank\'s "reading", and this bank has none'
    ),
    "source-not-in-reading": "{where}: {found} does not occur in the reading",
    # --- warnings: suspect but loadable ---
    "case-variant": "{where}: {found} differs from item {first} only in letter case",
    "all-choices-right": "{where}: every choice is a right answer",
    "time-over-quiz": (
        "{where}: {seconds} seconds is longer than the whole quiz's time limit "
        "({quiz_seconds} seconds)"
    ),
    "image-too-large": (
        "{where}: {found} is {size} bytes; the app shows pictures of at most 16 MiB "
        "(16,777,216 bytes), so it will not be shown: save it smaller"
    ),
    "draw-whole-bank": ("{where}: {draw} is the whole bank; every attempt asks every question"),
    "image-without-alt": (
        '{where}: no "image_alt": describe the picture for screen readers and for when it '
        "cannot be shown"
    ),
}


class Phrase(str):
    """Text made from a ``MESSAGES`` template that remembers the template and its arguments.

    The validator puts phrases in a problem's arguments (``where``, ``found``,
    ``hint``): as strings they read as English, which the command line prints,
    and the UI makes them again, from ``code`` and ``args``, in its own language.
    An argument may itself be a phrase.
    """

    code: str
    args: Mapping[str, Any]

    def __new__(cls, code: str, **args: Any) -> Phrase:
        # One is made for every question read, so this stays lean: ``args`` is this
        # call's own new dict, which nothing else holds (treat it as read-only).
        phrase = super().__new__(cls, MESSAGES[code].format_map(args))
        phrase.code = code
        phrase.args = args
        return phrase


def render(template_of: Callable[[str], str], code: str, args: Mapping[str, Any]) -> str:
    """The text of ``code`` with ``args``, templates (phrases' too) looked up by ``template_of``.

    With ``template_of`` giving translated templates, this says a whole problem in
    another language; an argument that is plain text (what the file holds, a
    path, a reason from the system) is used as it is.
    """
    filled = {
        name: render(template_of, value.code, value.args) if isinstance(value, Phrase) else value
        for name, value in args.items()
    }
    return template_of(code).format(**filled)


@dataclass(frozen=True)
class Problem:
    code: str
    line: int  # 1-based
    column: int  # 1-based, in characters
    args: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    severity: Severity = Severity.ERROR

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(**self.args)

    def format(self, path: str) -> str:
        """``PATH:LINE:COLUMN: error: MESSAGE``, as the spec prints it."""
        return f"{path}:{self.line}:{self.column}: {self.severity.value}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def register_messages(messages: Mapping[str, str]) -> None:
    """Add the problem codes of another reader (a converter in :mod:`quizapp.interop`).

    Their text then lives with the reader that reports them, and every problem
    still prints the same way. A code may be registered once.
    """
    clashing = MESSAGES.keys() & messages.keys()
    if any(MESSAGES[code] != messages[code] for code in clashing):
        raise ValueError(f"problem codes registered twice: {sorted(clashing)}")
    MESSAGES.update(messages)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.is_error for p in problems)
