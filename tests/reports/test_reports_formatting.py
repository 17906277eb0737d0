"""The house formatting rules: 2.028 and 8,1; dd/mm/yyyy; the Decree 30 date line; units never mixed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.formatting import (
    QuantityTotals,
    form_date,
    format_date,
    format_number,
    format_percent,
    format_quantity,
    format_ratio,
    join_list,
    month_label,
    nfc,
    parse_date,
    parse_number,
    place_date_line,
)


@pytest.mark.parametrize(
    "value, vi, en",
    [
        (2028, "2.028", "2,028"),
        (8.1, "8,1", "8.1"),
        (Decimal("8.10"), "8,1", "8.1"),
        (0, "0", "0"),
        (185, "185", "185"),
        (1234567.5, "1.234.567,5", "1,234,567.5"),
        (-3338, "-3.338", "-3,338"),
        (0.1 + 0.2, "0,30000000000000004", "0.30000000000000004"),
        (Decimal("1E+3"), "1.000", "1,000"),
    ],
)
def test_numbers_in_both_languages(value, vi, en):
    assert format_number(value, "vi") == vi
    assert format_number(value, "en") == en


def test_fixed_decimals_round_half_up():
    assert format_number(Decimal("85.65"), "vi", 1) == "85,7"
    assert format_number(2.5, "vi", 0) == "3"
    assert format_number(8, "vi", 2) == "8,00"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        format_number(1, "fr")


@given(st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10**12, max_value=10**12),
       st.sampled_from(["vi", "en"]))
def test_parse_inverts_format(value, lang):
    assert parse_number(format_number(value, lang), lang) == value


@given(st.integers(min_value=0, max_value=10**15))
def test_vietnamese_integers_group_by_three_with_dots(n):
    text = format_number(n, "vi")
    assert "," not in text
    groups = text.split(".")
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    assert int(text.replace(".", "")) == n


@pytest.mark.parametrize("bad", ["2.02", "8,1,2", "1.2345", "abc", "", ".123", "8,"])
def test_parse_refuses_malformed_vietnamese_numbers(bad):
    with pytest.raises(ValueError):
        parse_number(bad, "vi")


def test_percent_and_ratio():
    assert format_percent(2859, 3338) == "86%"
    assert format_percent(1, 3, "vi", 1) == "33,3%"
    assert format_percent(1, 3, "en", 1) == "33.3%"
    assert format_percent(5, 0) == "–"
    assert format_ratio(2859, 3338) == "2.859/3.338 (86%)"


def test_quantity_keeps_its_unit():
    assert format_quantity(8.1, "kg") == "8,1 kg"
    assert format_quantity(2028, "chiếc", "en") == "2,028 chiếc"


def test_totals_never_add_different_units():
    t = QuantityTotals([(1821, "quả"), (Decimal("8.1"), "kg"), (6, "quả"), (0.1, "kg"), (0.2, "kg")])
    assert t.get("quả") == 1827
    assert t.get("kg") == Decimal("8.4")
    assert t.format() == "1.827 quả, 8,4 kg"
    assert len(t) == 2


@given(st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(["khẩu", "kg", "viên", "m"])), max_size=40))
def test_totals_per_unit_equal_the_sum_of_that_unit_only(pairs):
    t = QuantityTotals(pairs)
    for unit in {"khẩu", "kg", "viên", "m"}:
        assert t.get(unit) == sum(v for v, u in pairs if u == unit)
    assert set(t.units()) == {u for _, u in pairs}


def test_totals_refuse_a_quantity_without_unit():
    with pytest.raises(ValueError):
        QuantityTotals().add(3, "")


def test_totals_merge():
    a = QuantityTotals([(1, "kg")])
    b = QuantityTotals([(2, "kg"), (3, "quả")])
    c = a + b
    assert (c.get("kg"), c.get("quả")) == (3, 3)
    assert a.get("kg") == 1  # operands unchanged


def test_dates():
    assert format_date(dt.date(2026, 2, 5)) == "05/02/2026"
    assert parse_date("05/02/2026") == dt.date(2026, 2, 5)
    assert parse_date("2026-02-05") == dt.date(2026, 2, 5)
    with pytest.raises(ValueError):
        parse_date("31/02/2026")


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2999, 12, 31)))
def test_date_round_trip(d):
    assert parse_date(format_date(d)) == d


def test_form_date_line_of_decree_30():
    assert place_date_line("Lạng Sơn", dt.date(2026, 2, 5)) == "Lạng Sơn, ngày 05 tháng 02 năm 2026"
    assert form_date(dt.date(2026, 1, 15)) == "ngày 15 tháng 01 năm 2026"
    assert form_date(dt.date(2025, 3, 9)) == "ngày 09 tháng 3 năm 2025"
    assert form_date(dt.date(2025, 12, 31)) == "ngày 31 tháng 12 năm 2025"
    assert form_date(dt.date(2026, 2, 5), "en") == "5 February 2026"
    assert month_label(2026, 1) == "tháng 01 năm 2026"
    assert month_label(2026, 11) == "tháng 11 năm 2026"


@given(st.dates())
def test_form_date_leading_zero_rule(d):
    text = form_date(d)
    day = text.split()[1]
    month = text.split()[3]
    assert int(day) == d.day and int(month) == d.month
    assert (len(day) == 2)  # days below 10 take a zero, the rest have two digits anyway
    assert month.startswith("0") == (d.month <= 2)


def test_join_list_and_nfc():
    assert join_list(["a", "b", "c"]) == "a, b và c"
    assert join_list(["a", "b"], "en") == "a and b"
    assert join_list(["a"]) == "a"
    decomposed = "Lạng Sơn".encode().decode()  # composed already
    import unicodedata
    assert nfc(unicodedata.normalize("NFD", decomposed)) == decomposed


@given(st.one_of(st.integers(-10**18, 10**18), st.integers(-2**53 + 1, 2**53 - 1).map(float)),
       st.sampled_from(["vi", "en"]))
def test_a_whole_int_or_float_reads_as_its_decimal_does(value, lang):
    """Whole numbers take a short path (a table formats one a row): the same text as the Decimal of the same value,
    which takes the general one, and grouped in threes that read back as the value."""
    text = format_number(value, lang)
    assert text == format_number(Decimal(int(value)), lang)
    groups = text.lstrip("-").split("." if lang == "vi" else ",")
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    assert int("".join(groups)) * (-1 if text.startswith("-") else 1) == int(value)
