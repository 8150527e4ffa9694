"""Numbers as students type them and as the app shows them, in a bank's locale.

A numeric answer is read in the bank's language locale first, strictly (the
grouping separators must stand where the locale puts them), and as a plain
number (``2.5``, ``-3``, ``1e6``) second. So in an ``id`` bank ``25.000.000``
and ``25000000`` are both twenty-five million, ``2,5`` is two and a half,
``25.000`` is twenty-five thousand and ``2.5`` is still two and a half.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation, localcontext

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol, parse_decimal

_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_SIGNS_AND_EXPONENT = frozenset("+-eE")
_MINUS_SIGN = "\u2212"  # what typographers and some keyboards type for "-"
_FIRST_GROUPED = 10_000  # the smallest number shown with digit groups


@functools.lru_cache(maxsize=64)
def locale_for(language: str) -> Locale | None:
    """The Babel locale of a BCP 47 tag, or None when Babel knows no locale for it.

    Subtags Babel cannot read (``en-GB-oxendict``) are dropped from the end
    until it can.
    """
    subtags = language.strip().replace("_", "-").split("-")
    while subtags and subtags[0]:
        try:
            return Locale.parse("-".join(subtags), sep="-")
        except (ValueError, UnknownLocaleError):
            subtags.pop()
    return None


def parse_number(text: str, language: str) -> float | None:
    """The number a student typed, or None when it is not a number in either reading."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    value = _read_in_locale(cleaned, language)
    if value is None:
        value = _read_plain(cleaned)
    return value


def format_number(value: float, language: str) -> str:
    """``value`` as the bank's locale writes it; whole numbers without a decimal part.

    Every digit of the float's shortest decimal form is shown (no rounding to
    three places), so what is shown reads back as the same number. Digits are
    grouped from five up: a year reads 2012, not 2,012 (CLDR's "minimum
    grouping digits" of 2, as Spanish and Polish have it, and as the SI writes
    four-digit numbers).
    """
    if not math.isfinite(value):
        return str(value)
    number = _shortest_decimal(value)
    locale = locale_for(language)
    if locale is None:
        return format(number, "f")
    # Babel quantizes in the current decimal context; give it room for every digit.
    with localcontext() as context:
        context.prec = max(context.prec, abs(number.adjusted()) + len(number.as_tuple().digits) + 8)
        result: str = format_decimal(
            number,
            locale=locale,
            decimal_quantization=False,
            group_separator=abs(number) >= _FIRST_GROUPED,
        )
    return result


def _clean(text: str) -> str:
    # NFKC turns full-width digits and punctuation into plain ones.
    return unicodedata.normalize("NFKC", text).strip().replace(_MINUS_SIGN, "-")


def _read_in_locale(text: str, language: str) -> float | None:
    locale = locale_for(language)
    if locale is None:
        return None
    group, decimal_mark = get_group_symbol(locale), get_decimal_symbol(locale)
    text = _with_locale_symbols(text, group, decimal_mark).removeprefix("+")
    # Babel hands the rest to Decimal, which would also take "NaN", "inf" and "1_000".
    allowed = {group, decimal_mark} | _SIGNS_AND_EXPONENT
    if not any(c.isdecimal() for c in text) or not all(c.isdecimal() or c in allowed for c in text):
        return None
    try:
        # The strict check formats the number back; give Babel room for every digit.
        with localcontext() as context:
            context.prec = max(context.prec, 2 * len(text) + 8)
            number = parse_decimal(text, locale=locale, strict=True)
    except (ValueError, InvalidOperation):
        return None
    return _finite_float(number)


def _with_locale_symbols(text: str, group: str, decimal_mark: str) -> str:
    """Undo what NFKC did to the locale's own symbols.

    French groups digits with a narrow no-break space, which NFKC (and a
    student's keyboard) makes an ordinary space; Babel wants the locale's own.
    """
    for symbol in (group, decimal_mark):
        folded = unicodedata.normalize("NFKC", symbol)
        if folded != symbol:
            text = text.replace(folded, symbol)
    return text


def _read_plain(text: str) -> float | None:
    if not _PLAIN_NUMBER.fullmatch(text):
        return None
    return _finite_float(float(text))


def _finite_float(number: Decimal | float) -> float | None:
    value = float(number)
    return value if math.isfinite(value) else None


def _shortest_decimal(value: float) -> Decimal:
    number = Decimal(repr(value + 0.0))  # + 0.0 turns -0.0 into 0.0
    if number == number.to_integral_value():
        return Decimal(int(number))
    return number
