"""What the readers share: question ids, picture names, and the bank's own check.

A reader builds the data of a ``.yaml`` bank question by question, each with
the place in the source file it came from (:class:`Origin`). Before the data
leaves the reader, :func:`finish_bank` runs the bank's own validator over it:
a question the bank format would refuse is left out with a warning at its
place in the *source* (the teacher cannot fix a YAML line that does not exist
yet), so a conversion that is not refused always writes a valid bank.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import yaml

from quizapp.bank.attachments import IMAGE_KINDS, image_kind
from quizapp.bank.loader import load_bank_bytes
from quizapp.bank.model import FORMAT_VERSION
from quizapp.bank.problems import Phrase, Problem, Severity, register_messages
from quizapp.bank.svgcheck import svg_fault
from quizapp.interop.conversion import Conversion

register_messages(
    {
        "interop-question-invalid": (
            "{name}: the converted question would not be a valid bank question ({reason}); "
            "it was left out"
        ),
        "interop-no-questions": (
            "no question of this file could be converted, so there is no bank to write"
        ),
        "interop-picture-refused": ("{name}: the picture {picture} was left out: {reason}"),
        "part.interop-not-an-image": "it is not a PNG, JPEG, SVG or WebP picture",
        "part.interop-wrong-kind": "it is named as {expected} but holds {actual}",
        "part.interop-unsafe-svg": "an SVG picture may not refer to anything outside itself",
    }
)

# "(line 12)" in a validator's message names a line of the YAML, which the teacher never saw.
_WITHOUT_LINE = re.compile(r" \((?:first at )?line [0-9]+\)")
_SLUG_RUN = re.compile(r"[^a-z0-9]+")
_SLUG_MAX = 64
_SAFE_FILE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Origin:
    """Where a question came from: a position in the source and a name a teacher knows."""

    line: int
    column: int
    name: str


def slugify(text: str) -> str:
    """Lowercase ASCII letters, digits and "-", at most 64 characters; "" when nothing is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG_RUN.sub("-", ascii_text.lower()).strip("-")
    return slug[:_SLUG_MAX].rstrip("-")


def bank_id_for(source_name: str) -> str:
    """A bank id from the source file's name: ``Unit 3 (final).xml`` is ``unit-3-final``."""
    return slugify(PurePath(source_name).stem) or "imported"


def title_for(source_name: str) -> str:
    return " ".join(PurePath(source_name).stem.split())[:200] or "Imported questions"


class UniqueIds:
    """Question ids made from names, each used once: ``name``, ``name-2``, ``name-3``."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def make(self, name: str, number: int) -> str:
        base = slugify(name)[: _SLUG_MAX - 8].rstrip("-") or f"question-{number}"
        candidate = base
        suffix = 2
        while candidate in self._used:
            candidate = f"{base}-{suffix}"
            suffix += 1
        self._used.add(candidate)
        return candidate


def safe_file_name(name: str, prefix: str) -> str | None:
    """A flat file name for a picture: no folders, no ``..``, only plain characters.

    ``None`` when the name is not that of a picture the bank can show.
    """
    base = re.split(r"[\\/]", name)[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot or f".{suffix.lower()}" not in IMAGE_KINDS:
        return None
    cleaned = _SAFE_FILE_NAME.sub("-", stem).strip(".-") or "picture"
    return f"{prefix}-{cleaned[:80]}.{suffix.lower()}"


def picture_fault(file_name: str, data: bytes) -> str | None:
    """Why the bank would refuse these bytes as the picture ``file_name``; ``None`` if fine.

    The reason is a :class:`Phrase`, which the UI can say in its own language.
    """
    suffix = PurePath(file_name).suffix.lower()
    expected = IMAGE_KINDS.get(suffix)
    actual = image_kind(data[: 1024 * 1024])
    if expected is None or actual is None:
        return Phrase("part.interop-not-an-image")
    if actual != expected:
        return Phrase("part.interop-wrong-kind", expected=expected, actual=actual)
    if expected == "SVG" and svg_fault(data) is not None:
        return Phrase("part.interop-unsafe-svg")
    return None


def warning(code: str, origin: Origin | tuple[int, int], **args: Any) -> Problem:
    line, column = (origin.line, origin.column) if isinstance(origin, Origin) else origin
    if isinstance(origin, Origin):
        args.setdefault("name", origin.name)
    return Problem(code, line, column, args, Severity.WARNING)


def error(code: str, line: int, column: int, **args: Any) -> Problem:
    return Problem(code, line, column, args, Severity.ERROR)


def finish_bank(
    about: dict[str, Any],
    questions: list[tuple[dict[str, Any], Origin]],
    problems: list[Problem],
    media: Mapping[str, bytes],
) -> Conversion:
    """The conversion of ``questions`` (with the bank's keys in ``about``), checked.

    A question the bank's validator refuses is left out with a warning; with
    no question left the conversion is refused. Problems come in source order.
    """
    kept = list(questions)
    while kept:
        faults = _faults(about, [question for question, _ in kept])
        if not faults:
            break
        for index in sorted(faults, reverse=True):
            _, origin = kept.pop(index)
            problems.append(warning("interop-question-invalid", origin, reason=faults[index]))
    if not kept:
        problems.append(error("interop-no-questions", 1, 1))
        return Conversion(None, _in_order(problems), {})
    bank: dict[str, Any] = {"format": FORMAT_VERSION, **about}
    bank["questions"] = [question for question, _ in kept]
    pictures = {q["image"] for q, _ in kept if "image" in q}
    kept_media = {name: data for name, data in media.items() if name in pictures}
    return Conversion(bank, _in_order(problems), kept_media)


def _faults(about: dict[str, Any], questions: list[dict[str, Any]]) -> dict[int, str]:
    """The first error the bank's validator finds in each question it refuses, by position.

    Each question is written out on its own, so the line of an error tells
    whose it is, and the whole bank is validated once. Pictures are checked
    by the reader from their bytes (they are not written yet), so they are
    left out here.
    """
    header = _dump({"format": FORMAT_VERSION, **about}) + "questions:\n"
    chunks = [
        _dump([{k: v for k, v in q.items() if k not in ("image", "image_alt")}]) for q in questions
    ]
    starts: list[int] = []  # the first line of each question
    line = header.count("\n") + 1
    for chunk in chunks:
        starts.append(line)
        line += chunk.count("\n")
    result = load_bank_bytes((header + "".join(chunks)).encode(), base_dir=None)
    faults: dict[int, str] = {}
    for problem in result.problems:
        if problem.is_error:
            index = bisect.bisect_right(starts, problem.line) - 1
            if index < 0:  # the bank's own keys: no question of it can be written
                return dict.fromkeys(range(len(questions)), problem.message)
            faults.setdefault(index, _WITHOUT_LINE.sub("", problem.message))
    return faults


def _dump(data: Any) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's, when it is there
    text: str = yaml.dump(
        data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=False
    )
    return text


def _in_order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda problem: (problem.line, problem.column))
