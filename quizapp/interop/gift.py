"""Moodle's GIFT format: read into a bank's data, and written from a bank.

Reading follows what Moodle's own GIFT import does, form by form: questions
are separated by blank lines; a line that starts with ``//`` is a comment;
``::title::``, ``[html]``/``[moodle]``/``[plain]``/``[markdown]`` before a
text, one ``{...}`` of answers (inside the sentence for the "missing word"
form), ``=`` right and ``~`` wrong answers with ``%50%`` weights, ``#``
feedback and ``####`` general feedback, ``->`` pairs, ``{#...}`` numbers,
``{T}``/``{TRUE}``/``{F}``/``{FALSE}``, ``$CATEGORY:`` lines, and the
escapes ``\\~ \\= \\# \\{ \\} \\:``, ``\\\\`` and ``\\n``.

Each question becomes one of the bank's types; whatever the bank cannot hold
(partial credit, negative weights, per-answer feedback, pictures, essays and
descriptions) is a warning naming the question, never dropped silently. A
file the reader accepts is a valid bank: the result is checked by the bank's
own validator, whose problems are placed at the GIFT question they concern.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from quizapp.bank.model import FORMAT_VERSION
from quizapp.bank.problems import Phrase, Problem, Severity, register_messages
from quizapp.interop.conversion import Conversion
from quizapp.interop.gift_html import Reduced, escape_markdown, html_to_markdown, html_to_plain
from quizapp.interop.gift_writer import write_gift

__all__ = ["read_gift", "slug", "write_gift"]

register_messages(
    {
        "gift-unclosed-title": '{where}: the title opened with "::" is never closed with "::"',
        "gift-unclosed-brace": (
            '{where}: the answers opened with "{{" are never closed with "}}" (a blank line '
            "ends a question; a literal brace is written \\{{)"
        ),
        "gift-unopened-brace": (
            '{where}: this "}}" closes answers that were never opened with "{{" '
            "(a literal brace is written \\}})"
        ),
        "gift-nested-brace": '{where}: "{{" inside the answers (a literal brace is written \\{{)',
        "gift-second-answers": (
            "{where}: a second set of answers; a question has one {{...}} "
            "(a literal brace is written \\{{)"
        ),
        "gift-text-before-answer": (
            '{where}: {found} comes before the first answer; start each answer with "=" or "~"'
        ),
        "gift-too-few-answers": (
            "{where}: a choice question needs at least two answers, found {count}"
        ),
        "gift-no-right-answer": (
            '{where}: no answer is right; mark one with "=" or give it a positive weight (~%50%)'
        ),
        "gift-bad-weight": (
            "{where}: {found} is not a weight; write a percentage from -100 to 100 between "
            "% signs, such as %50%"
        ),
        "gift-no-arrow": '{where}: a matching pair is written "=left -> right", found {found}',
        "gift-not-a-number": (
            "{where}: {found} is not a number; write 1.5, 1.5:0.1 (with a margin) or 1..2 (a range)"
        ),
        "gift-bad-range": "{where}: the range {found} ends below where it starts",
        "gift-no-text": "{where}: the question has no text",
        # --- warnings: the question is kept, something about it is not ---
        "gift-skipped-essay": (
            "{where}: an essay question has no answer the app can check; it was left out"
        ),
        "gift-skipped-description": (
            "{where}: text without answers (a description) is not a question; it was left out"
        ),
        "gift-partial-dropped": (
            "{where}: partial credit for {answers} cannot be kept; only fully right answers count"
        ),
        "gift-negative-dropped": (
            "{where}: negative weights ({answers}) cannot be kept; a wrong answer earns nothing"
        ),
        "gift-several-right": (
            "{where}: {answers} are all fully right, but this question has one right answer: "
            "{first} was kept"
        ),
        "gift-weights-changed": (
            "{where}: the weights cannot be kept; the app scores the question partially: each "
            "right choice earns an equal share, each wrong choice taken takes one share away"
        ),
        "gift-feedback-moved": (
            "{where}: feedback for particular answers was added to the explanation, "
            "which every student sees"
        ),
        "gift-pictures-dropped": ("{where}: pictures cannot come through GIFT ({count} left out)"),
        "gift-wildcard": (
            '{where}: {found} holds "*", which Moodle reads as standing for any text and '
            "this app as an asterisk"
        ),
        "gift-blank-kept-as-text": (
            '{where}: an answer holds "|" or braces, which a blank in a text cannot; '
            "the question became a short answer"
        ),
    }
)

# Escaped structural characters stand in for themselves as noncharacters while the
# question is taken apart, so that only unescaped ones are ever found as structure.
_ESCAPABLE = "~=#{}:\\"
_HIDDEN = {char: chr(0xFDD0 + i) for i, char in enumerate(_ESCAPABLE)}
_SHOWN = {hidden: char for char, hidden in _HIDDEN.items()}
_ANY_HIDDEN = re.compile("[" + "".join(_HIDDEN.values()) + "]")
_FORMATS = ("html", "moodle", "plain", "markdown")
_FULL = 99.99  # a weight this high is full credit (Moodle writes 100 as 99.99999 at times)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_WEIGHT = re.compile(r"%([^%\n]*)%")
_BLANK = "_____"
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_CONTEXT_PREFIX = re.compile(r"^\$[a-z0-9]+\$/")


@dataclass(frozen=True)
class _Span:
    """Part of the file with escapes taken out, each character with its source offset."""

    text: str
    offsets: tuple[int, ...]
    end: int  # the offset just past the span

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, index: slice) -> _Span:
        start, stop, _ = index.indices(len(self.text))
        end = self.offsets[stop] if stop < len(self.text) else self.end
        return _Span(self.text[start:stop], self.offsets[start:stop], end)

    def offset(self, index: int = 0) -> int:
        return self.offsets[index] if index < len(self.offsets) else self.end

    def strip(self) -> _Span:
        text = self.text
        start = len(text) - len(text.lstrip())
        stop = len(text.rstrip())
        return self[start : max(start, stop)]

    def find(self, sub: str, start: int = 0) -> int:
        return self.text.find(sub, start)

    @property
    def shown(self) -> str:
        """The text as written, escapes resolved."""
        return _show(self.text)


def _show(text: str) -> str:
    """Text with the escaped characters shown as themselves."""
    return _ANY_HIDDEN.sub(lambda match: _SHOWN[match.group()], text)


@dataclass
class _Question:
    """One question being read: its place in the file and what is known of it."""

    number: int
    start: int  # offset of its first character
    title: str | None
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def where(self) -> Phrase:
        if self.title:
            return Phrase("part.question-id", id=f'"{self.title}"')
        return Phrase("part.question-number", number=self.number)


class _Refused(Exception):
    """A question that cannot be read: its problem is recorded, the rest goes on."""


class _Reader:
    def __init__(self, text: str, source_name: str) -> None:
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        self.text = _ANY_HIDDEN.sub("\ufffd", text)
        self.source_name = source_name
        self.line_starts = [0] + [i + 1 for i, char in enumerate(self.text) if char == "\n"]
        self.problems: list[Problem] = []
        self.questions: list[_Question] = []
        self.first_category: str | None = None

    # --- positions and problems ---------------------------------------------------------

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def report(self, code: str, offset: int, severity: Severity, **args: Any) -> None:
        line, column = self.position(min(offset, len(self.text)))
        self.problems.append(Problem(code, line, column, args, severity))

    def error(self, code: str, offset: int, question: _Question, **args: Any) -> _Refused:
        self.report(code, offset, Severity.ERROR, where=question.where, **args)
        return _Refused()

    def warn(self, code: str, question: _Question, offset: int | None = None, **args: Any) -> None:
        where = question.where
        self.report(
            code,
            question.start if offset is None else offset,
            Severity.WARNING,
            where=where,
            **args,
        )

    # --- the file -----------------------------------------------------------------------

    def read(self) -> None:
        category: str | None = None
        number = 0
        for block in self._blocks():
            block = block.strip()
            if block.text.startswith("$CATEGORY:"):
                line_end = block.find("\n")
                line_end = len(block) if line_end < 0 else line_end
                category = _category(block[len("$CATEGORY:") : line_end].shown)
                if self.first_category is None:
                    self.first_category = category
                block = block[line_end:].strip()
            if not block.text:
                continue
            number += 1
            self._read_question(block, number, category)

    def _blocks(self) -> list[_Span]:
        """Questions: runs of lines between blank lines, comment lines blanked, escapes out."""
        blocks: list[_Span] = []
        chars: list[str] = []
        offsets: list[int] = []
        for number, start in enumerate(self.line_starts):
            end = (
                self.line_starts[number + 1]
                if number + 1 < len(self.line_starts)
                else len(self.text)
            )
            line = self.text[start:end]
            if not line.strip():
                if chars:
                    blocks.append(_Span("".join(chars), tuple(offsets), start))
                chars, offsets = [], []
                continue
            if line.lstrip().startswith("//"):
                line = " " * (len(line) - 1) + line[-1:] if line.endswith("\n") else " " * len(line)
            self._unescape_into(line, start, chars, offsets)
        if chars:
            blocks.append(_Span("".join(chars), tuple(offsets), len(self.text)))
        return blocks

    @staticmethod
    def _unescape_into(line: str, start: int, chars: list[str], offsets: list[int]) -> None:
        i = 0
        while i < len(line):
            char = line[i]
            following = line[i + 1] if i + 1 < len(line) else ""
            if char == "\\" and following in _HIDDEN:
                chars.append(_HIDDEN[following])
                offsets.append(start + i)
                i += 2
            elif char == "\\" and following == "n":
                chars.append("\n")
                offsets.append(start + i)
                i += 2
            else:
                chars.append(char)
                offsets.append(start + i)
                i += 1

    # --- one question -------------------------------------------------------------------

    def _read_question(self, block: _Span, number: int, category: str | None) -> None:
        question = _Question(number, block.offset(), None)
        try:
            body = self._take_title(block, question)
            data = self._read_body(body, question)
        except _Refused:
            return
        if data is None:
            return
        if category:
            data["tags"] = [category]
        question.data = data
        self.questions.append(question)

    def _take_title(self, block: _Span, question: _Question) -> _Span:
        if not block.text.startswith("::"):
            return block
        end = block.find("::", 2)
        if end < 0:
            raise self.error("gift-unclosed-title", block.offset(), question)
        question.title = " ".join(block[2:end].shown.split()) or None
        return block[end + 2 :].strip()

    def _read_body(self, body: _Span, question: _Question) -> dict[str, Any] | None:
        opening, closing = body.find("{"), body.find("}")
        if opening < 0 and closing < 0:
            self.warn("gift-skipped-description", question)
            return None
        if 0 <= closing < opening or opening < 0:
            raise self.error("gift-unopened-brace", body.offset(closing), question)
        closing = body.find("}", opening)
        if closing < 0:
            raise self.error("gift-unclosed-brace", body.offset(opening), question)
        nested = body.find("{", opening + 1)
        if 0 <= nested < closing:
            raise self.error("gift-nested-brace", body.offset(nested), question)
        after = body[closing + 1 :]
        extra = min((i for i in (after.find("{"), after.find("}")) if i >= 0), default=-1)
        if extra >= 0:
            raise self.error("gift-second-answers", after.offset(extra), question)
        before = body[:opening]
        gaps = (before.text[-1:].isspace(), after.text[:1].isspace())
        text_format, before = _text_format(before, "moodle")
        answers = body[opening + 1 : closing].strip()
        answers, general = _general_feedback(answers)
        parts = _Parts(self, question, before.strip(), after.strip(), text_format, answers.offset())
        parts.gaps = gaps
        if not answers.text:
            self.warn("gift-skipped-essay", question)
            return None
        kind = _kind(answers.text)
        data = {"id": "", "type": ""}
        data.update(_BUILDERS[kind](parts, answers))
        explanation = parts.explanation(general)
        if explanation:
            data["explanation"] = explanation
        if data["type"] != "cloze" and not data.get("prompt"):
            raise self.error("gift-no-text", question.start, question)
        return data

    # --- the bank -----------------------------------------------------------------------

    def bank(self) -> dict[str, Any]:
        stem = self.source_name.rsplit("/", 1)[-1]
        stem = stem.rsplit(".", 1)[0] if "." in stem.lstrip(".") else stem
        used: set[str] = set()
        for question in self.questions:
            question.data["id"] = _unique(_question_slug(question), used)
        return {
            "format": FORMAT_VERSION,
            "id": slug(stem) or "gift",
            "title": self.first_category or stem.strip() or "GIFT",
            "questions": [question.data for question in self.questions],
        }


def _question_slug(question: _Question) -> str:
    if question.title:
        found = slug(question.title)
        if found:
            return found
    prompt = question.data.get("prompt") or question.data.get("text") or ""
    words = slug(" ".join(str(prompt).split()[:8]))[:40].rstrip("-")
    return words or f"q{question.number}"


def _unique(candidate: str, used: set[str]) -> str:
    found, count = candidate, 1
    while found in used:
        count += 1
        suffix = f"-{count}"
        found = candidate[: 64 - len(suffix)].rstrip("-") + suffix
    used.add(found)
    return found


def slug(text: str) -> str:
    """``text`` as a bank or question id: lowercase ASCII letters, digits and "-"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:64].rstrip("-")


def _category(text: str) -> str | None:
    """A Moodle category path as a tag: its context and "top" taken away."""
    path = _CONTEXT_PREFIX.sub("", " ".join(text.split()))
    path = path.removeprefix("top/") if path != "top" else ""
    return path.strip("/ ") or None


def _text_format(span: _Span, default: str) -> tuple[str, _Span]:
    stripped = span.strip()
    for name in _FORMATS:
        if stripped.text.startswith(f"[{name}]"):
            return name, stripped[len(name) + 2 :]
    return default, span


def _general_feedback(answers: _Span) -> tuple[_Span, _Span | None]:
    position = answers.text.rfind("####")
    if position < 0:
        return answers, None
    return answers[:position].strip(), answers[position + 4 :].strip()


def _kind(answers: str) -> str:
    """The question's type, decided as Moodle decides it."""
    if answers.startswith("#"):
        return "numeric"
    if "~" in answers:
        return "choice"
    if "=" in answers and "->" in answers:
        return "matching"
    if answers.split("#", 1)[0].strip() in _TRUE_FALSE:
        return "true_false"
    return "short_answer"


@dataclass
class _Answer:
    marker: str  # "=", "~" or "" (before any marker)
    weight: float | None
    text: _Span
    feedback: _Span | None
    offset: int


class _Parts:
    """A question's text, its format, and the feedback gathered for its explanation."""

    def __init__(
        self,
        reader: _Reader,
        question: _Question,
        before: _Span,
        after: _Span,
        text_format: str,
        answers_offset: int,
    ) -> None:
        self.reader = reader
        self.question = question
        self.before = before
        self.after = after
        self.format = text_format
        self.answers_offset = answers_offset
        self.feedback: list[tuple[str, str]] = []  # (answer, its feedback)
        self.gaps = (True, True)  # white space before and after the answers, in a sentence
        self.pictures = 0

    @property
    def missing_word(self) -> bool:
        return bool(self.after.text)

    def prompt(self) -> str:
        """The question text as Markdown; a blank line where the answers stood in a sentence."""
        before = self.markdown(self.before, self.format)
        if not self.missing_word:
            return before
        after = self.markdown(self.after, self.format)
        return self.around(before, escape_markdown(_BLANK), after)

    def around(self, before: str, blank: str, after: str) -> str:
        """The blank in the sentence, spaced as the braces were."""
        gap_before, gap_after = (" " if gap else "" for gap in self.gaps)
        return f"{before}{gap_before}{blank}{gap_after}{after}".strip()

    def markdown(self, span: _Span, text_format: str) -> str:
        text_format, span = _text_format(span, text_format)
        text = span.shown.strip()
        if text_format == "markdown":
            return text
        if text_format == "plain":
            return escape_markdown(text)
        return self._counted(html_to_markdown(text, keep_newlines=text_format == "moodle"))

    def plain(self, span: _Span) -> str:
        text_format, span = _text_format(span, self.format)
        text = span.shown.strip()
        if text_format in ("plain", "markdown"):
            return " ".join(text.split())
        return self._counted(html_to_plain(text))

    def _counted(self, reduced: Reduced) -> str:
        self.pictures += reduced.pictures
        return reduced.text

    def error(self, code: str, offset: int, **args: Any) -> _Refused:
        return self.reader.error(code, offset, self.question, **args)

    def warn(self, code: str, **args: Any) -> None:
        self.reader.warn(code, self.question, **args)

    def add_feedback(self, label: str, feedback: _Span | None) -> None:
        if feedback is not None:
            text = " ".join(self.markdown(feedback, self.format).split())
            if text:
                self.feedback.append((label, text))

    def explanation(self, general: _Span | None) -> str:
        if self.pictures:
            self.warn("gift-pictures-dropped", count=self.pictures)
        paragraphs = []
        if general is not None:
            text = self.markdown(general, self.format)
            if text:
                paragraphs.append(text)
        if self.feedback:
            self.warn("gift-feedback-moved")
            items = (f"- {escape_markdown(label)}: {text}" for label, text in self.feedback)
            paragraphs.append("\n".join(items))
        return "\n\n".join(paragraphs)

    # --- answers --------------------------------------------------------------------------

    def answers(self, answers: _Span, markers: str) -> tuple[_Span, list[_Answer]]:
        """The text before the first marker, and each answer with its weight and feedback."""
        leading, found = _split(answers, markers)
        return leading, [self._answer(marker, span) for marker, span in found]

    def _answer(self, marker: str, span: _Span) -> _Answer:
        offset = span.offset()
        span = span.strip()
        weight = None
        match = _WEIGHT.match(span.text)
        if match:
            weight = _weight(match.group(1))
            if weight is None:
                raise self.error("gift-bad-weight", span.offset(), found=_quote(match.group()))
            span = span[match.end() :].strip()
        hash_at = span.find("#")
        if hash_at < 0:
            return _Answer(marker, weight, span, None, offset)
        return _Answer(marker, weight, span[:hash_at].strip(), span[hash_at + 1 :], offset)


def _split(answers: _Span, markers: str) -> tuple[_Span, list[tuple[str, _Span]]]:
    """The text before the first marker, and each marker with the text up to the next."""
    starts = [i for i, char in enumerate(answers.text) if char in markers]
    leading = answers[: starts[0] if starts else len(answers)].strip()
    found = []
    for number, start in enumerate(starts):
        stop = starts[number + 1] if number + 1 < len(starts) else len(answers)
        found.append((answers.text[start], answers[start + 1 : stop]))
    return leading, found


def _weight(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if -100 <= value <= 100 else None


def _quote(text: str) -> str:
    return '"' + " ".join(text.split()) + '"'


def _listed(texts: list[str]) -> str:
    return ", ".join(_quote(text) for text in texts)


# --- the types ----------------------------------------------------------------------------


def _choice(parts: _Parts, answers: _Span) -> dict[str, Any]:
    leading, found = parts.answers(answers, "=~")
    if leading.text:
        raise parts.error("gift-text-before-answer", leading.offset(), found=_quote(leading.shown))
    if len(found) < 2:
        raise parts.error("gift-too-few-answers", parts.answers_offset, count=len(found))
    choices = [parts.plain(answer.text) for answer in found]
    weights = [_choice_weight(answer) for answer in found]
    for choice, answer in zip(choices, found, strict=True):
        parts.add_feedback(choice, answer.feedback)
    if any(answer.marker == "=" for answer in found):
        return _single_choice(parts, choices, weights)
    return _multiple_choice(parts, choices, weights)


def _choice_weight(answer: _Answer) -> float:
    if answer.weight is not None:
        return answer.weight
    return 100.0 if answer.marker == "=" else 0.0


def _single_choice(parts: _Parts, choices: list[str], weights: list[float]) -> dict[str, Any]:
    right = [choice for choice, weight in zip(choices, weights, strict=True) if weight >= _FULL]
    if not right:
        raise parts.error("gift-no-right-answer", parts.answers_offset)
    if len(right) > 1:
        parts.warn("gift-several-right", answers=_listed(right), first=_quote(right[0]))
    _warn_weights(parts, choices, weights)
    return {
        "type": "single_choice",
        "prompt": parts.prompt(),
        "choices": choices,
        "answer": right[0],
    }


def _warn_weights(parts: _Parts, answers: list[str], weights: list[float]) -> None:
    partial = [a for a, w in zip(answers, weights, strict=True) if 0 < w < _FULL]
    negative = [a for a, w in zip(answers, weights, strict=True) if w < 0]
    if partial:
        parts.warn("gift-partial-dropped", answers=_listed(partial))
    if negative:
        parts.warn("gift-negative-dropped", answers=_listed(negative))


def _multiple_choice(parts: _Parts, choices: list[str], weights: list[float]) -> dict[str, Any]:
    right = [choice for choice, weight in zip(choices, weights, strict=True) if weight > 0]
    if not right:
        raise parts.error("gift-no-right-answer", parts.answers_offset)
    share = 100 / len(right)
    kept = all(abs(weight - (share if weight > 0 else -share)) < 0.01 for weight in weights)
    if not kept:
        parts.warn("gift-weights-changed")
    return {
        "type": "multiple_choice",
        "prompt": parts.prompt(),
        "choices": choices,
        "answers": right,
        "scoring": "partial",
    }


def _true_false(parts: _Parts, answers: _Span) -> dict[str, Any]:
    pieces = answers.text.split("#", 2)
    answer = _TRUE_FALSE[pieces[0].strip()]
    start = len(pieces[0]) + 1
    if len(pieces) > 1:
        wrong = answers[start : start + len(pieces[1])]
        parts.add_feedback("false" if answer else "true", wrong)
    if len(pieces) > 2:
        parts.add_feedback("true" if answer else "false", answers[start + len(pieces[1]) + 1 :])
    return {"type": "true_false", "prompt": parts.prompt(), "answer": answer}


def _short_answer(parts: _Parts, answers: _Span) -> dict[str, Any]:
    leading, found = parts.answers(answers, "=")
    if leading.text:  # one right answer may be written without "="
        found.insert(0, parts._answer("", leading))
    right: list[str] = []
    weights: list[float] = []
    texts: list[str] = []
    for answer in found:
        text = _short_text(parts, answer.text)
        weight = 100.0 if answer.weight is None else answer.weight
        texts.append(text)
        weights.append(weight)
        if weight >= _FULL and text:
            right.append(text)
        parts.add_feedback(text, answer.feedback)
    if not right:
        raise parts.error("gift-no-right-answer", parts.answers_offset)
    _warn_weights(parts, texts, weights)
    if parts.missing_word:
        cloze = _cloze(parts, right)
        if cloze is not None:
            return cloze
        parts.warn("gift-blank-kept-as-text")
    return {"type": "short_answer", "prompt": parts.prompt(), "answers": right}


def _short_text(parts: _Parts, span: _Span) -> str:
    """A short answer as Moodle compares it: its text as written, never HTML."""
    _, span = _text_format(span, parts.format)
    text = " ".join(span.shown.split())
    if re.search(r"(?<!\\)\*", text):
        parts.warn("gift-wildcard", found=_quote(text))
    return text.replace("\\*", "*")


def _cloze(parts: _Parts, right: list[str]) -> dict[str, Any] | None:
    if any("|" in answer or "{" in answer or "}" in answer for answer in right):
        return None
    before = parts.plain(parts.before).replace("{{", "\\{{")
    after = parts.plain(parts.after).replace("{{", "\\{{")
    blank = "{{" + "|".join(right) + "}}"
    return {"type": "cloze", "text": parts.around(before, blank, after)}


def _numeric(parts: _Parts, answers: _Span) -> dict[str, Any]:
    answers = answers[1:]
    wrong_at = answers.find("~")
    if wrong_at >= 0:
        other = answers[wrong_at + 1 :]
        hash_at = other.find("#")
        if hash_at >= 0:
            parts.add_feedback("other answers", other[hash_at + 1 :])
        answers = answers[:wrong_at]
    leading, found = parts.answers(answers, "=")
    if leading.text:
        found.insert(0, parts._answer("", leading))
    if not found:
        raise parts.error("gift-not-a-number", parts.answers_offset, found='""')
    values = []
    for answer in found:
        value = _number_answer(parts, answer)
        values.append((value, 100.0 if answer.weight is None else answer.weight, answer))
        parts.add_feedback(answer.text.shown.strip(), answer.feedback)
    full = [value for value, weight, _ in values if weight >= _FULL]
    if not full:
        raise parts.error("gift-no-right-answer", parts.answers_offset)
    labels = [answer.text.shown.strip() for _, _, answer in values]
    if len(full) > 1:
        first = labels[[weight >= _FULL for _, weight, _ in values].index(True)]
        parts.warn(
            "gift-several-right",
            answers=_listed(
                [label for label, (_, w, _) in zip(labels, values, strict=True) if w >= _FULL]
            ),
            first=_quote(first),
        )
    _warn_weights(parts, labels, [weight for _, weight, _ in values])
    answer_value, tolerance = full[0]
    data: dict[str, Any] = {"type": "numeric", "prompt": parts.prompt(), "answer": answer_value}
    if tolerance:
        data["tolerance"] = tolerance
    return data


def _number_answer(parts: _Parts, answer: _Answer) -> tuple[int | float, int | float]:
    text = answer.text.shown.strip()
    offset = answer.text.offset()
    if ".." in text[1:]:
        low_text, high_text = text.split("..", 1)
        low, high = _decimal(parts, low_text, offset), _decimal(parts, high_text, offset)
        if high < low:
            raise parts.error("gift-bad-range", offset, found=_quote(text))
        middle = (low + high) / 2
        return _plain_number(middle), _plain_number(high - middle)
    value_text, _, margin_text = text.partition(":")
    value = _decimal(parts, value_text, offset)
    margin = _decimal(parts, margin_text, offset) if margin_text.strip() else Decimal(0)
    return _plain_number(value), _plain_number(abs(margin))


def _decimal(parts: _Parts, text: str, offset: int) -> Decimal:
    text = text.strip()
    if not _NUMBER.fullmatch(text):
        raise parts.error("gift-not-a-number", offset, found=_quote(text))
    try:
        value = Decimal(text)
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise parts.error("gift-not-a-number", offset, found=_quote(text)) from None
    if not value.is_finite() or abs(value) > Decimal("1e300"):
        raise parts.error("gift-not-a-number", offset, found=_quote(text))
    return value


def _plain_number(value: Decimal) -> int | float:
    if value == value.to_integral_value() and abs(value) < 10**15:
        return int(value)
    return float(value)


def _matching(parts: _Parts, answers: _Span) -> dict[str, Any]:
    """Pairs "=left -> right": the left side is text in the question's format, the right
    side plain text, as Moodle reads them; a pair with nothing on the left is a distractor."""
    leading, found = _split(answers, "=")
    if leading.text:
        raise parts.error("gift-text-before-answer", leading.offset(), found=_quote(leading.shown))
    pairs: list[list[str]] = []
    distractors: list[str] = []
    for _, span in found:
        span = span.strip()
        arrow = span.find("->")
        if arrow < 0:
            raise parts.error("gift-no-arrow", span.offset(), found=_quote(span.shown))
        left = parts.plain(span[:arrow])
        right = " ".join(span[arrow + 2 :].shown.split())
        if left:
            pairs.append([left, right])
        else:
            distractors.append(right)
    data: dict[str, Any] = {"type": "matching", "prompt": parts.prompt(), "pairs": pairs}
    if distractors:
        data["distractors"] = distractors
    return data


_BUILDERS: dict[str, Callable[[_Parts, _Span], dict[str, Any]]] = {
    "choice": _choice,
    "true_false": _true_false,
    "short_answer": _short_answer,
    "numeric": _numeric,
    "matching": _matching,
}


# --- the whole ------------------------------------------------------------------------------


def read_gift(text: str, *, source_name: str) -> Conversion:
    """The bank a GIFT file holds, with every problem placed in the GIFT file.

    ``source_name`` is the file's name: the bank's id is a slug of it and its
    title is it (without its extension), or the first ``$CATEGORY`` when there
    is one. The result is refused (``bank`` is ``None``) on any error.
    """
    reader = _Reader(text, source_name)
    reader.read()
    if not reader.questions and not any(p.is_error for p in reader.problems):
        reader.report("gift-no-questions", 0, Severity.ERROR)
    bank = reader.bank()
    if not any(p.is_error for p in reader.problems):
        reader.problems.extend(_validated(bank, reader))
    problems = sorted(reader.problems, key=lambda p: (p.line, p.column))
    refused = any(p.is_error for p in problems)
    return Conversion(None if refused else bank, problems)


register_messages(
    {
        "gift-no-questions": (
            "the file holds no questions: a GIFT question is text followed by its answers "
            "in {{...}}"
        )
    }
)


def _validated(bank: dict[str, Any], reader: _Reader) -> list[Problem]:
    """The bank validator's problems with the result, each placed at its GIFT question."""
    from quizapp.bank.loader import load_bank_bytes
    from quizapp.bank.yaml_writer import dump_bank
    from quizapp.bank.yamlsafe import compose

    data = dump_bank(bank).encode()
    result = load_bank_bytes(data, base_dir=None)
    if not result.problems:
        return []
    root, _ = compose(data)
    question_lines = _question_lines(root)
    placed = []
    for problem in result.problems:
        index = bisect.bisect_right(question_lines, problem.line) - 1
        offset = reader.questions[index].start if 0 <= index < len(reader.questions) else 0
        line, column = reader.position(offset)
        placed.append(Problem(problem.code, line, column, problem.args, problem.severity))
    return placed


def _question_lines(root: Any) -> list[int]:
    """The YAML line where each question of the dumped bank starts."""
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) == "questions":
            return [item.start_mark.line + 1 for item in value.value]
    return []
