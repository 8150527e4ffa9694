"""Numbers as students type them in a bank's locale, and as the app shows them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank.numbers import format_number, locale_for, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25.000.000", 25_000_000.0),
        ("25000000", 25_000_000.0),
        ("2,5", 2.5),
        ("25.000", 25_000.0),  # the locale reading comes first
        ("2.5", 2.5),  # the plain reading second
        ("1.500,75", 1500.75),
        ("0,4", 0.4),
        ("-3", -3.0),
        ("-1.000", -1000.0),
        ("+7", 7.0),
        ("1e6", 1_000_000.0),
        ("2.5E-3", 0.0025),
        ("  42  ", 42.0),
        ("２５．０００", 25_000.0),  # full-width digits and dot, NFKC
        ("２，５", 2.5),
        ("−3", -3.0),  # U+2212 MINUS SIGN
        (".5", 0.5),
        ("25.00.000", None),  # groups in the wrong places: neither reading takes it
        ("2,5.0", None),
        ("25 000", None),
        ("1_000", None),
        ("NaN", None),
        ("inf", None),
        ("0x1F", None),
        ("1e999", None),  # too large to be a number the app can hold
        ("dua", None),
        ("", None),
        ("   ", None),
        ("-", None),
        (",", None),
        (".", None),
    ],
)
def test_parse_number_in_an_indonesian_bank(text: str, expected: float | None) -> None:
    assert parse_number(text, "id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25,000,000", 25_000_000.0),
        ("25000000", 25_000_000.0),
        ("2.5", 2.5),
        ("1,234.5", 1234.5),
        ("+1,000", 1000.0),
        ("25.000", 25.0),
        ("2,5", None),  # grouping in the wrong place, and not a plain number
        ("25,00,000", None),
        ("1,0000", None),
        ("25.000.000", None),
    ],
)
def test_parse_number_in_an_english_bank(text: str, expected: float | None) -> None:
    assert parse_number(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1 234,5", "fr", 1234.5),  # an ordinary space for French's narrow no-break space
        ("1\u202f234,5", "fr", 1234.5),
        ("1\u00a0234,5", "fr", 1234.5),
        ("2.5", "fr", 2.5),
        ("1.234,5", "de", 1234.5),
        ("1'234.5", "de-CH", 1234.5),
        ("12,34,567", "hi", 1_234_567.0),  # Indian grouping
        ("1,234,567", "hi", None),
        ("1,234.5", "zh-Hans", 1234.5),
        ("1,234.5", "zh_Hans", 1234.5),
        ("2,5", "pt-BR", 2.5),
        ("2,5", "en-GB-oxendict", None),  # read as en-GB
        ("2,5", "ID", 2.5),
        ("2.5", "tlh", 2.5),  # no locale known: the plain reading only
        ("2,5", "tlh", None),
        ("25,000", "x-private", None),
        ("25000", "x-private", 25_000.0),
        ("3", "", 3.0),
    ],
)
def test_parse_number_in_other_locales(text: str, language: str, expected: float | None) -> None:
    assert parse_number(text, language) == expected


def test_unknown_language_tags_have_no_locale() -> None:
    assert locale_for("tlh") is None
    assert locale_for("") is None
    assert str(locale_for("zh-Hans")) == "zh_Hans"


@pytest.mark.parametrize(
    ("value", "language", "expected"),
    [
        (25_000_000.0, "id", "25.000.000"),
        (25_000_000.0, "en", "25,000,000"),
        (2.5, "id", "2,5"),
        (2.0, "id", "2"),
        (-1234.5, "en", "-1234.5"),  # four digits are not grouped...
        (2012.0, "en", "2012"),  # ...so a year reads as a year
        (12_345.0, "en", "12,345"),  # five are
        (0.0001, "en", "0.0001"),  # no rounding to three places
        (1 / 3, "en", "0.3333333333333333"),
        (1e20, "en", "100,000,000,000,000,000,000"),
        (-0.0, "en", "0"),
        (12_345.5, "fr", "12\u202f345,5"),
        (1_234_567.0, "hi", "12,34,567"),
        (25_000_000.0, "tlh", "25000000"),  # no locale: the plain form a student can type back
        (0.25, "tlh", "0.25"),
    ],
)
def test_format_number(value: float, language: str, expected: str) -> None:
    assert format_number(value, language) == expected


@pytest.mark.parametrize("language", ["id", "en", "fr", "de-CH", "hi", "zh-Hans", "ar", "tlh"])
@settings(max_examples=60, deadline=None)
@given(value=st.floats(allow_nan=False, allow_infinity=False))
def test_a_shown_number_reads_back_as_the_same_number(language: str, value: float) -> None:
    assert parse_number(format_number(value, language), language) == value
