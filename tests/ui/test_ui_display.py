"""Dates and numbers as Vietnamese officers write them."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from ui.display import format_date, format_number, format_percent, normalise_number


@pytest.mark.parametrize("value,vi,en", [
    (2028, "2.028", "2,028"), (8.1, "8,1", "8.1"), (1821, "1.821", "1,821"), (0, "0", "0"),
    (1234567.25, "1.234.567,25", "1,234,567.25"), (-1500, "-1.500", "-1,500"), (12.0, "12", "12"), (None, "", ""),
])
def test_numbers(value, vi, en):
    assert format_number(value, "vi") == vi
    assert format_number(value, "en") == en


def test_dates_and_percent():
    assert format_date("2026-02-05") == "05/02/2026"
    assert format_date("2026-11") == "11/2026"
    assert format_date(None) == ""
    assert format_percent(2859, 3338) == "86%"
    assert format_percent(1, 0) == ""


@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
       st.sampled_from(["vi", "en"]))
def test_what_is_shown_reads_back_as_the_same_number(number, lang):
    shown = format_number(number, lang)
    assert Decimal(normalise_number(shown, lang)) == number


@pytest.mark.parametrize("typed,plain", [("8,1", "8.1"), ("8.1", "8.1"), ("2.028", "2028"), ("1.500,5", "1500.5"),
                                         ("12", "12"), ("abc", "abc")])
def test_typed_vietnamese_numbers(typed, plain):
    assert normalise_number(typed, "vi") == plain
