"""Reporting periods: Decree 09/2019/NĐ-CP Art. 12 cut-off (15th to 14th) and calendar periods."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import reporting_periods as rp
from app.errors import ValidationError

D = dt.date


@pytest.mark.parametrize("kind, value, start, end", [
    ("month", "2026-12", D(2026, 11, 15), D(2026, 12, 14)),
    ("month", "2026-01", D(2025, 12, 15), D(2026, 1, 14)),  # January starts in the previous year
    ("month", "2024-03", D(2024, 2, 15), D(2024, 3, 14)),  # a leap February is inside, not at an edge
    ("quarter", "2026-Q1", D(2025, 12, 15), D(2026, 3, 14)),
    ("quarter", "2026-Q4", D(2026, 9, 15), D(2026, 12, 14)),
    ("half", "2026-H1", D(2025, 12, 15), D(2026, 6, 14)),
    ("half", "2026-H2", D(2026, 6, 15), D(2026, 12, 14)),
    ("nine_months", "2026", D(2025, 12, 15), D(2026, 9, 14)),
    ("year", "2026", D(2025, 12, 15), D(2026, 12, 14)),
])
def test_decree09_periods(kind, value, start, end):
    p = rp.parse_period(kind, value, "decree09")
    assert (p.start, p.end) == (start, end)


@pytest.mark.parametrize("kind, value, start, end", [
    ("month", "2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("month", "2026-12", D(2026, 12, 1), D(2026, 12, 31)),
    ("quarter", "2026-Q2", D(2026, 4, 1), D(2026, 6, 30)),
    ("half", "2026-H2", D(2026, 7, 1), D(2026, 12, 31)),
    ("nine_months", "2026", D(2026, 1, 1), D(2026, 9, 30)),
    ("year", "2026", D(2026, 1, 1), D(2026, 12, 31)),
])
def test_calendar_periods(kind, value, start, end):
    p = rp.parse_period(kind, value, "calendar")
    assert (p.start, p.end) == (start, end)


def test_the_months_of_a_period_are_those_whose_own_period_ends_inside():
    assert rp.year_period(2026).months == [f"2026-{m:02d}" for m in range(1, 13)]
    assert rp.quarter_period(2026, 1).months == ["2026-01", "2026-02", "2026-03"]
    assert rp.month_period(2026, 1).months == ["2026-01"]
    # a range of calendar years under Decree 09: 2021-01 ends 14/01/2021, inside; 2026-01 ends after it
    p = rp.range_period(D(2021, 1, 1), D(2025, 12, 31), "decree09")
    assert p.months[0] == "2021-01" and p.months[-1] == "2025-12" and len(p.months) == 60
    # a few days that hold no month's end hold no entered figures (they are never split)
    assert rp.range_period(D(2026, 3, 20), D(2026, 3, 30), "calendar").months == []


def test_report_year_and_its_sql_agree():
    import sqlite3

    days = [D(2025, 12, 14), D(2025, 12, 15), D(2025, 12, 31), D(2026, 1, 1), D(2026, 6, 30)]
    con = sqlite3.connect(":memory:")
    for rule in rp.RULES:
        got = [con.execute(f"SELECT {rp.report_year_sql('d', rule)} FROM (SELECT ? AS d)",
                           (d.isoformat(),)).fetchone()[0] for d in days]
        assert got == [rp.report_year(d, rule) for d in days]
    assert [rp.report_year(d, "decree09") for d in days] == [2025, 2026, 2026, 2026, 2026]
    assert [rp.report_year(d, "calendar") for d in days] == [2025, 2025, 2025, 2026, 2026]


def test_labels_state_the_period_and_its_dates():
    p = rp.month_period(2026, 12)
    assert p.label("vi") == "tháng 12 năm 2026"
    assert p.span("vi") == "từ ngày 15/11/2026 đến ngày 14/12/2026"
    assert rp.quarter_period(2026, 4).label("vi") == "quý IV năm 2026"
    assert rp.half_period(2026, 1).label("vi") == "6 tháng đầu năm 2026"
    assert rp.half_period(2026, 2).label("en") == "second half of 2026"
    assert rp.nine_months_period(2026).label("vi") == "9 tháng năm 2026"
    assert rp.year_period(2026, "calendar").span("en") == "from 01/01/2026 to 31/12/2026"


@pytest.mark.parametrize("kind, value", [("month", "2026-13"), ("quarter", "2026-Q5"), ("half", "2026-H3"),
                                         ("year", "26"), ("month", ""), ("nine_months", "abc")])
def test_bad_periods_are_one_sentence(kind, value):
    with pytest.raises(ValidationError) as e:
        rp.parse_period(kind, value)
    assert "không hợp lệ" in e.value.message("vi") and "\n" not in e.value.message("vi")


def test_the_rule_is_a_setting_of_the_store(store):
    assert rp.cutoff_rule(store) == "decree09"  # the default
    assert rp.set_cutoff_rule(store, "Calendar") == "calendar"
    assert rp.cutoff_rule(store) == "calendar"
    with pytest.raises(ValidationError):
        rp.set_cutoff_rule(store, "weekly")
    assert rp.cutoff_rule(store) == "calendar"  # unchanged by the refusal
