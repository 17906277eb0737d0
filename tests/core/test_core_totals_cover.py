"""Issue 17 item 1: a period's item sums read whole half-months from the totals and edge days from the lines;
for any range of dates (inside one half-month, across month and year ends, Decree 09 or calendar years) the sum
equals a plain sum of the lines between the dates."""

from __future__ import annotations

import datetime as dt
import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.reporting_periods import report_year_sql
from app.domain.totals import cover, item_sums_sql, ranged_item_margins

DAY0 = dt.date(2024, 11, 20)
days = st.integers(0, 500).map(lambda n: (DAY0 + dt.timedelta(days=n)).isoformat())


def half(day: str) -> str:
    return day[:8] + ("01" if int(day[8:]) <= 14 else "15")


def tables(lines) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE surrender_lines (unit_code, date, item_code, quantity)")
    conn.execute("CREATE TABLE surrender_totals (unit_code, span, item_code, quantity, lines)")
    conn.executemany("INSERT INTO surrender_lines VALUES (?,?,?,?)", lines)
    sums: dict = {}
    for unit, day, item, qty in lines:  # the totals, filled here by hand
        got = sums.setdefault((unit, half(day), item), [0, 0])
        got[0] += qty
        got[1] += 1
    conn.executemany("INSERT INTO surrender_totals VALUES (?,?,?,?,?)", [(*k, q, n) for k, (q, n) in sums.items()])
    return conn


@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.tuples(st.sampled_from(("A", "B", "C")), days, st.sampled_from(("x", "y")),
                                st.integers(1, 9)), max_size=60),
       bounds=st.tuples(days, days), rule=st.sampled_from(("decree09", "calendar")))
def test_sums_over_any_range_equal_the_lines(lines, bounds, rule):
    first, last = min(bounds), max(bounds)
    conn = tables(lines)
    sql, params = item_sums_sql("SELECT 'A' UNION SELECT 'B'", first, last, lambda c: report_year_sql(c, rule))
    got = sorted(tuple(r) for r in conn.execute(sql, params)) if sql else []
    expected = sorted(tuple(r) for r in conn.execute(
        f"SELECT unit_code, {report_year_sql('date', rule)}, item_code, sum(quantity), count(*) FROM surrender_lines"
        " WHERE unit_code IN ('A', 'B') AND date BETWEEN ? AND ? GROUP BY 1, 2, 3", (first, last)))
    assert got == expected


def test_a_decree09_month_and_a_calendar_month_are_whole_spans():
    assert cover("2026-11-15", "2026-12-14") == (("2026-11-15", "2026-12-01"), [])
    assert cover("2026-02-01", "2026-02-28") == (("2026-02-01", "2026-02-15"), [])
    assert cover("2026-02-02", "2026-03-20") == (("2026-02-15", "2026-03-01"), [("2026-02-02", "2026-02-14"),
                                                                                ("2026-03-15", "2026-03-20")])
    assert cover("2026-02-02", "2026-02-10") == (None, [("2026-02-02", "2026-02-10")])


@settings(max_examples=100, deadline=None)
@given(lines=st.lists(st.tuples(st.sampled_from(("A", "B", "C")), days, st.sampled_from(("x", "y")),
                                st.integers(1, 9)), max_size=60),
       ranges=st.lists(st.tuples(st.sampled_from(("A", "B", "C")), days, days, st.sampled_from(("k1", "k2"))),
                       max_size=5),
       rule=st.sampled_from(("decree09", "calendar")))
def test_margins_over_any_ranges_equal_the_lines(lines, ranges, rule):
    """The summary's two margins (per key and item, per year and item) over ranges of units and dates (several to
    a key, ends inside half-months or on their edges) equal plain sums of the lines, one range at a time."""
    conn = tables(lines)
    spans = [(unit, min(a, b), max(a, b), key) for unit, a, b, key in ranges]
    by_key, by_year = ranged_item_margins(conn, spans, lambda c: report_year_sql(c, rule))
    want_key: dict = {}
    want_year: dict = {}
    for unit, first, last, key in spans:
        for year, item, qty in conn.execute(
                f"SELECT {report_year_sql('date', rule)}, item_code, quantity FROM surrender_lines"
                " WHERE unit_code = ? AND date BETWEEN ? AND ?", (unit, first, last)):
            want_key.setdefault(key, {})[item] = want_key.get(key, {}).get(item, 0) + qty
            want_year[(year, item)] = want_year.get((year, item), 0) + qty
    assert {k: v for k, v in by_key.items() if v} == want_key
    assert by_year == want_year
