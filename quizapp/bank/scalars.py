"""How the format reads a scalar written as plain text: numbers, durations,
booleans and slugs, with the suggestions its error messages offer.

Pure functions over strings, so each rule is one table-driven test away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
WHOLE = re.compile(r"[0-9]+")
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
# One to three parts, in the order hours, minutes, seconds; spaces between parts.
DURATION = re.compile(
    r"(?:(?P<h>[0-9]+)h)?\s*(?:(?P<m>[0-9]+)m)?\s*(?:(?P<s>[0-9]+)s)?",
)
# BCP 47 in its common shapes: language, then script / region / variants.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
BOOLEANS = {"true": True, "false": False}
# YAML 1.1 read these as booleans; the format does not, and says so.
YAML11_BOOLEANS = frozenset({"yes", "no", "on", "off", "y", "n"})
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
# Digits per duration part: ample for any quiz, and int() never meets Python's digit limit.
MAX_DURATION_DIGITS = 9

_UNDERSCORES = re.compile(r"[+-]?[0-9]+(?:_[0-9]+)+(?:\.[0-9]+)?")
_SPACED = re.compile(r"[+-]?[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?:[.,][0-9]+)?")
_DOT_GROUPS = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3}){2,}")
_DOT_GROUPS_COMMA_DECIMAL = re.compile(r"[+-]?[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+")
_COMMA_GROUPS = re.compile(r"[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_COMMA_DECIMAL = re.compile(r"[+-]?[0-9]+,[0-9]+")
_RADIX = re.compile(r"[+-]?0(?:[xX][0-9a-fA-F]+|[oO][0-7]+|[bB][01]+)")
_BARE_POINT = re.compile(r"[+-]?(?:[0-9]+\.|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def is_number(text: str) -> bool:
    return NUMBER.fullmatch(text) is not None


def plain_number_suggestions(text: str) -> tuple[str, ...]:
    """Plain forms a teacher probably meant by ``text`` (empty when unsure)."""
    text = text.strip()
    if NUMBER.fullmatch(text):
        return (text,)
    if _UNDERSCORES.fullmatch(text):
        return (text.replace("_", ""),)
    if _SPACED.fullmatch(text):
        return (re.sub(r"[ \u00a0\u202f]", "", text).replace(",", "."),)
    if _DOT_GROUPS.fullmatch(text):
        return (text.replace(".", ""),)
    if _DOT_GROUPS_COMMA_DECIMAL.fullmatch(text):
        return (text.replace(".", "").replace(",", "."),)
    if _COMMA_GROUPS.fullmatch(text):
        grouped = text.replace(",", "")
        if text.count(",") == 1 and "." not in text:
            # "1,000" is a thousand in English and one in Indonesian.
            return (grouped, text.replace(",", "."))
        return (grouped,)
    if _COMMA_DECIMAL.fullmatch(text):
        return (text.replace(",", "."),)
    if _RADIX.fullmatch(text):
        return (str(int(text, 0)),)
    if _BARE_POINT.fullmatch(text):
        mantissa, _, exponent = text.lower().partition("e")
        sign = mantissa[0] if mantissa[0] in "+-" else ""
        digits = mantissa.lstrip("+-")
        digits = f"0{digits}" if digits.startswith(".") else digits.rstrip(".")
        return (sign + digits + (f"e{exponent}" if exponent else ""),)
    return ()


def parse_duration(text: str) -> int | None:
    """Whole seconds for ``"90s"``, ``"10m"``, ``"1h 30m 15s"``; ``None`` if not a duration.

    A total of zero, or a part longer than :data:`MAX_DURATION_DIGITS`, is not a duration.
    """
    match = DURATION.fullmatch(text.strip())
    if match is None or not any(match.groups()):
        return None
    parts = [match["h"], match["m"], match["s"]]
    if any(part is not None and len(part) > MAX_DURATION_DIGITS for part in parts):
        return None
    hours, minutes, seconds = (int(part) if part else 0 for part in parts)
    total = hours * 3600 + minutes * 60 + seconds
    return total if total >= 1 else None


def whole_seconds(text: str) -> int | None:
    """A plain scalar of digits read as whole seconds, or ``None``."""
    if WHOLE.fullmatch(text) is None or len(text) > MAX_DURATION_DIGITS:
        return None
    seconds = int(text)
    return seconds if seconds >= 1 else None


def is_slug(text: str) -> bool:
    return SLUG.fullmatch(text) is not None


def slug_suggestion(text: str) -> str | None:
    """A slug close to ``text`` ("My Bank" -> "my-bank"), when one can be made."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:64].rstrip("-")
    return slug if slug and slug != text and is_slug(slug) else None


def is_language_tag(text: str) -> bool:
    return LANGUAGE_TAG.fullmatch(text) is not None


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions,
    substitutions and swaps of two neighbouring letters each cost one."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def did_you_mean(word: str, candidates: tuple[str, ...] | list[str]) -> str | None:
    """The candidate within two edits of ``word`` (closest first, then in the order
    given); a candidate is not offered when the edits would rewrite all of it."""
    best: tuple[int, str] | None = None
    for candidate in candidates:
        distance = edit_distance(word.lower(), candidate)
        if distance <= 2 and distance < len(candidate) and (best is None or distance < best[0]):
            best = (distance, candidate)
    return best[1] if best else None


# An escaped "\{{", a blank "{{...}}" (up to the first "}}"), or a "{{" never closed.
_CLOZE_TOKEN = re.compile(r"\\\{\{|\{\{(?P<inner>.*?)\}\}|\{\{", re.DOTALL)


@dataclass(frozen=True)
class ClozeText:
    """A cloze text split at its blanks: ``len(parts) == len(blanks) + 1``.

    ``problems`` holds ``(code, blank number)`` for each fault found; the parts
    and blanks are only meaningful when it is empty.
    """

    parts: tuple[str, ...]
    blanks: tuple[tuple[str, ...], ...]
    problems: tuple[tuple[str, int], ...]


def parse_cloze(text: str) -> ClozeText:
    """Blanks ``{{answer}}`` / ``{{answer|alternative}}``; ``\\{{`` is a literal ``{{``.

    Alternatives are trimmed of surrounding white space; an empty blank, an
    empty alternative, a blank holding ``{{`` and a ``{{`` never closed are
    faults, and so is a text with no blank at all.
    """
    parts: list[str] = []
    blanks: list[tuple[str, ...]] = []
    problems: list[tuple[str, int]] = []
    literal: list[str] = []
    position = 0
    for match in _CLOZE_TOKEN.finditer(text):
        literal.append(text[position : match.start()])
        position = match.end()
        token = match.group()
        if token == "\\{{":
            literal.append("{{")
            continue
        number = len(blanks) + 1
        inner = match.group("inner")
        if inner is None:
            problems.append(("cloze-unclosed", number))
            literal.append(token)
            continue
        alternatives = tuple(part.strip() for part in inner.split("|"))
        if "{{" in inner:
            problems.append(("cloze-nested", number))
        elif not inner.strip():
            problems.append(("cloze-empty-blank", number))
        elif not all(alternatives):
            problems.append(("cloze-empty-alternative", number))
        parts.append("".join(literal))
        literal = []
        blanks.append(alternatives)
    literal.append(text[position:])
    parts.append("".join(literal))
    if not blanks and not problems:
        problems.append(("cloze-no-blanks", 0))
    return ClozeText(tuple(parts), tuple(blanks), tuple(problems))
