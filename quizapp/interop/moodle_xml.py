"""Moodle XML (a question bank's export from Moodle) read into a bank.

What Moodle's usual export holds and a bank can say is read: ``multichoice``
(one or several right answers), ``truefalse``, ``shortanswer``, ``numerical``,
``matching``, ``cloze`` (embedded answers, when every blank is a short
answer), and ``category`` (a tag of the questions after it; the first one is
the bank's title). Question text in HTML is reduced to the bank's Markdown
(:mod:`quizapp.interop.html_text`); a picture it shows from the file's own
``<file encoding="base64">`` becomes the question's ``image``, written beside
the bank. Anything a bank cannot hold is a warning naming the question.

The file is parsed by ``defusedxml``: entity declarations and external
references are refused, never expanded or fetched.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

from defusedxml import DefusedXmlException, EntitiesForbidden
from defusedxml.ElementTree import DefusedXMLParser

from quizapp.bank.markdown import plain_text
from quizapp.bank.nodereader import quote, quote_all
from quizapp.bank.problems import Phrase, Problem, register_messages
from quizapp.interop.building import (
    Origin,
    UniqueIds,
    bank_id_for,
    error,
    finish_bank,
    picture_fault,
    safe_file_name,
    title_for,
    warning,
)
from quizapp.interop.conversion import Conversion
from quizapp.interop.html_text import escape_markdown, html_images, html_to_markdown

__all__ = ["read_moodle_xml"]

register_messages(
    {
        "moodle-xml-malformed": "the file is not well-formed XML: {reason}",
        "moodle-xml-forbidden": (
            "the file declares {what}; entities and references to other files are not "
            "read, so the file is refused"
        ),
        "part.moodle-xml-entity": "an entity",
        "part.moodle-xml-reference": "a reference to another file",
        "moodle-xml-not-utf8": (
            "the text is not UTF-8: byte 0x{byte} at byte offset {offset} cannot be read; "
            "save the file as UTF-8, or name its encoding in its first line "
            '(<?xml version="1.0" encoding="windows-1252"?>)'
        ),
        "moodle-xml-not-quiz": (
            "expected a Moodle XML quiz: a <quiz> element holding <question> elements, "
            "found <{tag}>"
        ),
        "moodle-xml-skipped-type": (
            "{name}: a bank has no {type} question (students' own text or no answer at all); "
            "it was skipped"
        ),
        "moodle-xml-unknown-type": (
            "{name}: the question type {type} cannot be converted; it was skipped"
        ),
        "moodle-xml-no-right-answer": "{name}: no answer is right; the question was skipped",
        "moodle-xml-partial-credit": (
            "{name}: answers worth part of the marks ({answers}) count as wrong: "
            "a bank's answer is either right or wrong"
        ),
        "moodle-xml-several-right": (
            "{name}: {answers} are all fully right, but a single-answer question of a bank has "
            "one right answer: only the first stays right"
        ),
        "moodle-xml-unequal-weights": (
            "{name}: the right answers carry different weights, which a bank cannot hold: "
            "each counts the same"
        ),
        "moodle-xml-units": (
            "{name}: a bank does not check units ({units}): the answer is a plain number{shown}"
        ),
        "part.moodle-xml-unit-shown": ', with "{unit}" shown beside it',
        "moodle-xml-several-numbers": (
            "{name}: more than one number is right ({answers}); only the first is kept"
        ),
        "moodle-xml-not-number": ("{name}: {found} is not a number; the question was skipped"),
        "moodle-xml-any-answer": (
            '{name}: the answer "*" accepts anything, which a bank cannot say; it was left out'
        ),
        "moodle-xml-wildcard": (
            '{name}: {answer} uses Moodle\'s "*" wildcard, which a bank reads as a plain "*"'
        ),
        "moodle-xml-order-kept": (
            "{name}: Moodle keeps this question's answers in order, but the bank shuffles the "
            "choices of all its questions"
        ),
        "moodle-xml-cloze-unmapped": (
            "{name}: embedded answer {number} ({kind}) cannot be a blank of a bank's cloze "
            "question, which holds only short answers; the question was skipped"
        ),
        "moodle-xml-cloze-case": (
            "{name}: some blanks are case sensitive and others are not; in a bank all blanks "
            "of a question follow one rule, and here letter case does not count"
        ),
        "moodle-xml-extra-pictures": (
            "{name}: a bank question shows one picture; {pictures} were left out"
        ),
        "moodle-xml-other-pictures": (
            "{name}: a bank shows pictures only with the question text; the pictures in its "
            "answers or feedback were left out"
        ),
        "moodle-xml-picture-missing": (
            "{name}: the picture {picture} is not carried in the file; it was left out"
        ),
        "moodle-xml-bad-base64": (
            "{name}: the picture {picture} is not valid base64; it was left out"
        ),
        "moodle-xml-bad-points": (
            "{name}: the mark {found} is not a number greater than 0; the question is worth 1 point"
        ),
    }
)

_PLUGINFILE = "@@PLUGINFILE@@/"
_SKIPPED_TYPES = frozenset({"essay", "description"})
_TRUE_TEXTS = frozenset({"true", "1", "yes"})
_ENCODING_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_EMBEDDED = re.compile(r"\{(?P<weight>[0-9]*):(?P<kind>[A-Za-z_]+):(?P<body>(?:\\.|[^\\}])*)\}")
_SHORT_ANSWER_KINDS = {"SHORTANSWER": False, "SA": False, "MW": False}
_SHORT_ANSWER_KINDS.update({"SHORTANSWER_C": True, "SAC": True, "MWC": True})
_BLANK = "\ue010{}\ue011"
_BLANK_MARK = re.compile("\ue010([0-9]+)\ue011")
_STRAY_BLANK_MARKS = re.compile("[\ue010\ue011]")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_INTEGER = re.compile(r"[+-]?[0-9]+")


def read_moodle_xml(data: bytes, *, source_name: str) -> Conversion:
    """The bank a Moodle XML file holds; refused with an error when it is not one."""
    parsed = _parse(data)
    if isinstance(parsed, Problem):
        return Conversion(None, [parsed])
    root, positions = parsed
    if root.tag != "quiz":
        line, column = positions.get(id(root), (1, 1))
        return Conversion(None, [error("moodle-xml-not-quiz", line, column, tag=root.tag)])
    reader = _Reader(positions, bank_id_for(source_name))
    for number, element in enumerate(root.findall("question"), start=1):
        reader.read_question(element, number)
    about: dict[str, Any] = {
        "id": reader.bank_id,
        "title": reader.first_category or title_for(source_name),
    }
    if reader.kept_order and not reader.shuffled:
        about["settings"] = {"shuffle_choices": False}
    else:
        reader.problems.extend(
            warning("moodle-xml-order-kept", origin) for origin in reader.kept_order
        )
    return finish_bank(about, reader.questions, reader.problems, reader.media)


# --- parsing, with the position of every element ------------------------------------------


class _PositionedTreeBuilder(TreeBuilder):
    def __init__(self) -> None:
        super().__init__()
        self.expat: Any = None
        self.positions: dict[int, tuple[int, int]] = {}

    def start(self, tag: Any, attrs: Any) -> Element:
        element = super().start(tag, attrs)
        if self.expat is not None:
            position = (self.expat.CurrentLineNumber, self.expat.CurrentColumnNumber + 1)
            self.positions[id(element)] = position
        return element


def _parse(data: bytes) -> tuple[Element, dict[int, tuple[int, int]]] | Problem:
    not_utf8 = _utf8_fault(data)
    if not_utf8 is not None:
        return not_utf8
    builder = _PositionedTreeBuilder()
    parser = DefusedXMLParser(target=builder)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except ParseError as failure:
        line, column = failure.position
        reason = str(failure).split(": line ")[0]
        return error("moodle-xml-malformed", line, column + 1, reason=reason)
    except DefusedXmlException as refused:
        entity = isinstance(refused, EntitiesForbidden)
        what = Phrase("part.moodle-xml-entity" if entity else "part.moodle-xml-reference")
        expat = parser.parser
        return error(
            "moodle-xml-forbidden",
            expat.CurrentLineNumber,
            expat.CurrentColumnNumber + 1,
            what=what,
        )
    except (ValueError, LookupError, RecursionError) as failure:  # an unknown encoding, say
        return error("moodle-xml-malformed", 1, 1, reason=str(failure))
    return root, builder.positions


def _utf8_fault(data: bytes) -> Problem | None:
    """A file that does not name another encoding must be UTF-8: where it is not."""
    declared = _ENCODING_DECLARATION.match(data.removeprefix(b"\xef\xbb\xbf"))
    if declared is not None and declared.group(1).lower().replace(b"_", b"-") not in (
        b"utf-8",
        b"utf8",
    ):
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as bad:
        before = data[: bad.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        return error(
            "moodle-xml-not-utf8",
            line,
            column,
            byte=f"{data[bad.start]:02X}",
            offset=bad.start,
        )
    return None


# --- questions ------------------------------------------------------------------------------


@dataclass
class _Reader:
    positions: dict[int, tuple[int, int]]
    bank_id: str
    questions: list[tuple[dict[str, Any], Origin]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    media: dict[str, bytes] = field(default_factory=dict)
    first_category: str | None = None
    category_tag: str | None = None
    kept_order: list[Origin] = field(default_factory=list)  # shuffleanswers false
    shuffled: bool = False  # a question with choices that Moodle shuffles
    ids: UniqueIds = field(default_factory=UniqueIds)

    def read_question(self, element: Element, number: int) -> None:
        kind = element.get("type", "")
        if kind == "category":
            self._category(element)
            return
        name = _text(element.find("name")).strip()
        label = (
            Phrase("part.question-id", id=quote(name))
            if name
            else Phrase("part.question-number", number=number)
        )
        line, column = self.positions.get(id(element), (1, 1))
        origin = Origin(line, column, label)
        if kind in _SKIPPED_TYPES:
            self.problems.append(warning("moodle-xml-skipped-type", origin, type=kind))
            return
        read = _TYPE_READERS.get(kind)
        if read is None:
            self.problems.append(warning("moodle-xml-unknown-type", origin, type=quote(kind)))
            return
        question = read(self, element, origin)
        if question is None:
            return
        idnumber = _child_text(element, "idnumber").strip()
        self.questions.append((self._common(element, origin, question, idnumber or name), origin))

    def _category(self, element: Element) -> None:
        path = _text(element.find("category"))
        segments = [
            part.strip()
            for part in path.replace("//", "\0").split("/")
            if part.strip() and not (part.startswith("$") and part.endswith("$"))
        ]
        segments = [part.replace("\0", "/") for part in segments if part != "top"]
        self.category_tag = " ".join(segments[-1].split())[:200] if segments else None
        if self.first_category is None and self.category_tag:
            self.first_category = self.category_tag

    def _common(
        self, element: Element, origin: Origin, question: dict[str, Any], name: str
    ) -> dict[str, Any]:
        common: dict[str, Any] = {"id": self.ids.make(name, len(self.questions) + 1)}
        common.update(question)
        points = self._points(element, origin)
        if points != 1:
            common["points"] = points
        # Moodle's feedback on each answer goes below the general feedback, as a list.
        html_answers = element.get("type") == "multichoice"
        answer_feedback = _feedback_list(_answers(element, plain=not html_answers))
        general = _formatted(element.find("generalfeedback"))
        explanation = "\n\n".join(part for part in (general, answer_feedback) if part)
        if explanation:
            common["explanation"] = explanation
        tags = [_text(tag).strip() for tag in element.iterfind("tags/tag")]
        tags = list(dict.fromkeys(tag for tag in [self.category_tag, *tags] if tag))
        if tags:
            common["tags"] = tags
        common.update(self._picture(element.find("questiontext"), origin))
        if _pictures_outside_text(element):
            self.problems.append(warning("moodle-xml-other-pictures", origin))
        return common

    def _points(self, element: Element, origin: Origin) -> float | int:
        written = _child_text(element, "defaultgrade").strip()
        if not written:
            return 1
        number = _number(written)
        if number is None or not 0 < number <= 1_000_000:
            self.problems.append(warning("moodle-xml-bad-points", origin, found=quote(written)))
            return 1
        return number

    def _picture(self, text_element: Element | None, origin: Origin) -> dict[str, str]:
        if text_element is None:
            return {}
        images = html_images(_text(text_element))
        if not images:
            return {}
        if len(images) > 1:
            left_out = quote_all(image.src.removeprefix(_PLUGINFILE) for image in images[1:])
            self.problems.append(warning("moodle-xml-extra-pictures", origin, pictures=left_out))
        image = images[0]
        name = unquote(image.src.removeprefix(_PLUGINFILE))
        files = {f.get("name", ""): f for f in text_element.iterfind("file")}
        carried = files.get(name) if image.src.startswith(_PLUGINFILE) else None
        if carried is None:
            self.problems.append(
                warning("moodle-xml-picture-missing", origin, picture=quote(image.src))
            )
            return {}
        try:
            data = base64.b64decode("".join((carried.text or "").split()), validate=True)
        except (binascii.Error, ValueError):
            self.problems.append(warning("moodle-xml-bad-base64", origin, picture=quote(name)))
            return {}
        file_name = safe_file_name(name, self.bank_id)
        fault = picture_fault(file_name or name, data)
        if file_name is None or fault is not None:
            reason = fault or Phrase("part.interop-not-an-image")
            self.problems.append(
                warning("interop-picture-refused", origin, picture=quote(name), reason=reason)
            )
            return {}
        file_name = self._store(file_name, data)
        picture = {"image": file_name}
        alt = " ".join(image.alt.split())
        if alt:
            picture["image_alt"] = alt
        return picture

    def _store(self, file_name: str, data: bytes) -> str:
        """The name the picture is written under: another name when a different one has it."""
        stem, _, suffix = file_name.rpartition(".")
        candidate, number = file_name, 2
        while candidate in self.media and self.media[candidate] != data:
            candidate = f"{stem}-{number}.{suffix}"
            number += 1
        self.media[candidate] = data
        return candidate


# --- one reader per Moodle question type ------------------------------------------------------


@dataclass(frozen=True)
class _Answer:
    text: str  # as plain text
    fraction: float
    feedback: str  # Markdown


def _answers(element: Element, *, plain: bool = False) -> list[_Answer]:
    answers = []
    for answer in element.iterfind("answer"):
        text = _text(answer).strip() if plain else _plain(answer)
        fraction = _number(answer.get("fraction", "0")) or 0.0
        answers.append(_Answer(text, fraction, _formatted(answer.find("feedback"))))
    return answers


def _feedback_list(answers: list[_Answer]) -> str | None:
    lines = [
        f"- {escape_markdown(a.text)}: {' '.join(a.feedback.split())}"  # one line: one item
        for a in answers
        if a.text and a.feedback
    ]
    return "\n".join(lines) if lines else None


def _multichoice(reader: _Reader, element: Element, origin: Origin) -> dict[str, Any] | None:
    answers = [answer for answer in _answers(element) if answer.text]
    question = _prompt(element)
    if _child_text(element, "shuffleanswers").strip().lower() in ("false", "0"):
        reader.kept_order.append(origin)
    else:
        reader.shuffled = True
    choices = [answer.text for answer in answers]
    single = (_child_text(element, "single").strip().lower() or "true") in _TRUE_TEXTS
    if single:
        right = [a for a in answers if a.fraction >= 100]
        partial = [a for a in answers if 0 < a.fraction < 100]
        if not right:
            reader.problems.append(warning("moodle-xml-no-right-answer", origin))
            return None
        if partial:
            texts = quote_all(a.text for a in partial)
            reader.problems.append(warning("moodle-xml-partial-credit", origin, answers=texts))
        if len(right) > 1:
            texts = quote_all(a.text for a in right)
            reader.problems.append(warning("moodle-xml-several-right", origin, answers=texts))
        return {"type": "single_choice", **question, "choices": choices, "answer": right[0].text}
    right = [a for a in answers if a.fraction > 0]
    if not right:
        reader.problems.append(warning("moodle-xml-no-right-answer", origin))
        return None
    if len({round(a.fraction, 3) for a in right}) > 1:
        reader.problems.append(warning("moodle-xml-unequal-weights", origin))
    return {
        "type": "multiple_choice",
        **question,
        "choices": choices,
        "answers": [a.text for a in right],
        "scoring": "partial",
    }


def _truefalse(reader: _Reader, element: Element, origin: Origin) -> dict[str, Any] | None:
    answers = _answers(element, plain=True)
    right = [a for a in answers if a.fraction >= 100 and a.text.lower() in ("true", "false")]
    if not right:
        reader.problems.append(warning("moodle-xml-no-right-answer", origin))
        return None
    question = _prompt(element)
    return {"type": "true_false", **question, "answer": right[0].text.lower() == "true"}


def _shortanswer(reader: _Reader, element: Element, origin: Origin) -> dict[str, Any] | None:
    answers = [a for a in _answers(element, plain=True) if a.text]
    if any(a.text == "*" and a.fraction > 0 for a in answers):  # "*" worth 0: a catch-all
        reader.problems.append(warning("moodle-xml-any-answer", origin))
    answers = [a for a in answers if a.text != "*"]
    right = [a for a in answers if a.fraction >= 100]
    partial = [a for a in answers if 0 < a.fraction < 100]
    if partial:
        texts = quote_all(a.text for a in partial)
        reader.problems.append(warning("moodle-xml-partial-credit", origin, answers=texts))
    if not right:
        reader.problems.append(warning("moodle-xml-no-right-answer", origin))
        return None
    for answer in right:
        if "*" in answer.text:
            reader.problems.append(
                warning("moodle-xml-wildcard", origin, answer=quote(answer.text))
            )
    question = _prompt(element)
    accepted = list(dict.fromkeys(a.text for a in right))
    result: dict[str, Any] = {"type": "short_answer", **question, "answers": accepted}
    if _child_text(element, "usecase").strip() in ("1", "true"):
        result["case_sensitive"] = True
    return result


def _numerical(reader: _Reader, element: Element, origin: Origin) -> dict[str, Any] | None:
    answers = []
    for answer in element.iterfind("answer"):
        fraction = _number(answer.get("fraction", "0")) or 0.0
        if fraction >= 100:
            answers.append(answer)
    if not answers:
        reader.problems.append(warning("moodle-xml-no-right-answer", origin))
        return None
    if len(answers) > 1:
        texts = quote_all(_text(a).strip() for a in answers)
        reader.problems.append(warning("moodle-xml-several-numbers", origin, answers=texts))
    written = _text(answers[0]).strip()
    if written == "*":
        reader.problems.append(warning("moodle-xml-any-answer", origin))
        return None
    value = _number(written)
    tolerance_text = _child_text(answers[0], "tolerance").strip() or "0"
    tolerance = _number(tolerance_text)
    if value is None or tolerance is None:
        found = written if value is None else tolerance_text
        reader.problems.append(warning("moodle-xml-not-number", origin, found=quote(found)))
        return None
    question: dict[str, Any] = {"type": "numeric", **_prompt(element), "answer": value}
    if tolerance:
        question["tolerance"] = abs(tolerance)
    question.update(_unit(reader, element, origin))
    return question


def _unit(reader: _Reader, element: Element, origin: Origin) -> dict[str, str]:
    units = [
        (_child_text(unit, "unit_name").strip(), _number(_child_text(unit, "multiplier")))
        for unit in element.iterfind("units/unit")
    ]
    units = [(name, multiplier) for name, multiplier in units if name]
    if not units:
        return {}
    base = next((name for name, multiplier in units if multiplier == 1), None)
    shown = Phrase("part.moodle-xml-unit-shown", unit=base) if base else ""
    names = quote_all(name for name, _ in units)
    reader.problems.append(warning("moodle-xml-units", origin, units=names, shown=shown))
    return {"unit": base} if base else {}


def _matching(reader: _Reader, element: Element, origin: Origin) -> dict[str, Any] | None:
    pairs: list[list[str]] = []
    distractors: list[str] = []
    for sub in element.iterfind("subquestion"):
        left = _plain(sub)
        right = _text(sub.find("answer")).strip()
        if not right:
            continue
        if left:
            pairs.append([left, right])
        elif right not in distractors:
            distractors.append(right)
    if _child_text(element, "shuffleanswers").strip().lower() in ("false", "0"):
        reader.kept_order.append(origin)
    else:
        reader.shuffled = True
    question: dict[str, Any] = {"type": "matching", **_prompt(element), "pairs": pairs}
    if distractors:
        question["distractors"] = distractors
    return question


def _cloze(reader: _Reader, element: Element, origin: Origin) -> dict[str, Any] | None:
    """Moodle's embedded answers, when every one is a short answer, as a bank's blanks."""
    text_element = element.find("questiontext")
    source = _text(text_element)
    blanks: list[list[str]] = []
    case_rules: set[bool] = set()
    weights: set[str] = set()
    partial: list[str] = []

    def blank(match: re.Match[str]) -> str:
        kind = match.group("kind").upper()
        number = len(blanks) + 1
        case_sensitive = _SHORT_ANSWER_KINDS.get(kind)
        alternatives, partly = _embedded_answers(match.group("body"))
        if case_sensitive is None or not alternatives or _unsayable(alternatives):
            raise _Unmapped(number, match.group("kind"))
        case_rules.add(case_sensitive)
        weights.add(match.group("weight") or "1")
        partial.extend(partly)
        blanks.append(alternatives)
        return _BLANK.format(len(blanks) - 1)

    try:
        marked = _EMBEDDED.sub(blank, _STRAY_BLANK_MARKS.sub("", source))
    except _Unmapped as unmapped:
        reader.problems.append(
            warning(
                "moodle-xml-cloze-unmapped",
                origin,
                number=unmapped.number,
                kind=unmapped.kind,
            )
        )
        return None
    fmt = text_element.get("format", "html") if text_element is not None else "html"
    markdown = _to_markdown(marked, fmt).replace("{{", "\\{{")
    text = _BLANK_MARK.sub(lambda m: "{{" + "|".join(blanks[int(m.group(1))]) + "}}", markdown)
    if len(case_rules) > 1:
        reader.problems.append(warning("moodle-xml-cloze-case", origin))
    if len(weights) > 1:
        reader.problems.append(warning("moodle-xml-unequal-weights", origin))
    if partial:
        reader.problems.append(
            warning("moodle-xml-partial-credit", origin, answers=quote_all(partial))
        )
    question: dict[str, Any] = {"type": "cloze", "text": text}
    if case_rules == {True}:
        question["case_sensitive"] = True
    return question


class _Unmapped(Exception):
    def __init__(self, number: int, kind: str) -> None:
        super().__init__(kind)
        self.number = number
        self.kind = kind


def _embedded_answers(body: str) -> tuple[list[str], list[str]]:
    """(the fully right answers, the partly right ones) of one embedded answer's body."""
    right: list[str] = []
    partly: list[str] = []
    for raw in re.split(r"(?<!\\)~", body):
        answer = re.split(r"(?<!\\)#", raw, maxsplit=1)[0]
        weight = 0.0
        if answer.startswith("="):
            answer, weight = answer[1:], 100.0
        elif match := re.match(r"%(-?[0-9.]+)%", answer):
            answer, weight = answer[match.end() :], _number(match.group(1)) or 0.0
        text = html.unescape(re.sub(r"\\(.)", r"\1", answer)).strip()
        if not text:
            continue
        if weight >= 100:
            right.append(text)
        elif weight > 0:
            partly.append(text)
    return list(dict.fromkeys(right)), partly


def _unsayable(alternatives: list[str]) -> bool:
    """Whether a blank of a bank cannot hold one of these answers."""
    return any("|" in a or "{{" in a or "}}" in a or "\n" in a for a in alternatives)


_TYPE_READERS = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "cloze": _cloze,
    "multianswer": _cloze,
}


def _pictures_outside_text(element: Element) -> bool:
    """Whether an answer or a feedback of the question shows a picture."""
    return any(
        html_images(text.text or "")
        for child in element
        if child.tag != "questiontext"
        for text in child.iter("text")
    )


# --- text -----------------------------------------------------------------------------------


def _prompt(element: Element) -> dict[str, Any]:
    return {"prompt": _formatted(element.find("questiontext"))}


def _text(element: Element | None) -> str:
    """The ``<text>`` of an element such as ``<name>`` or ``<questiontext>``."""
    if element is None:
        return ""
    text = element.find("text")
    return (text.text or "") if text is not None else ""


def _child_text(element: Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "") if child is not None else ""


def _formatted(element: Element | None) -> str:
    """An element's ``<text>`` as the bank's Markdown, read by its ``format``."""
    if element is None:
        return ""
    return _to_markdown(_text(element), element.get("format", "html"))


def _to_markdown(text: str, fmt: str) -> str:
    if fmt in ("plain_text", "plain"):
        return escape_markdown(text.strip())
    if fmt == "markdown":
        return text.strip()  # a bank's Markdown shows any HTML in it as text
    if fmt == "moodle_auto_format":
        text = text.replace("\n", "<br>")
    return html_to_markdown(text)


def _plain(element: Element | None) -> str:
    """An element's ``<text>`` as plain text (choices and pairs are shown as written)."""
    if element is None:
        return ""
    fmt = element.get("format", "html")
    if fmt in ("plain_text", "plain", "markdown"):
        return " ".join(_text(element).split())
    return " ".join(plain_text(_to_markdown(_text(element), fmt)).split())


def _number(text: str) -> float | int | None:
    """A number as Moodle writes it (``1.0000000``, ``-33.33333``); whole numbers stay whole."""
    text = text.strip()
    if _INTEGER.fullmatch(text):
        return int(text)
    if _NUMBER.fullmatch(text):
        value = float(text)
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return int(value) if value.is_integer() and abs(value) < 1e15 else value
    return None
