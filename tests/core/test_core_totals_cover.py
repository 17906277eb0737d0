"""Issue 17 item 1: a period's item sums read whole half-months from the totals and edge days from the lines;
for any range of dates (inside one half-month, across month and year ends, Decree 09 or calendar years) the sum
equals a plain sum of the lines between the dates."""

from __future__ import annotations

import datetime as dt
import sqlite3

from hypothesis import event, given, settings
from hypothesis import strategies as st

from app.domain.reporting_periods import report_year_sql
from app.domain.totals import (ITEM_LAYERS, LINES, bounds, cover, cover_years, item_sums_sql, part_selects, plan,
                               ranged_item_margins)

DAY0 = dt.date(2024, 11, 20)
days = st.integers(0, 500).map(lambda n: (DAY0 + dt.timedelta(days=n)).isoformat())


def half(day: str) -> str:
    return day[:8] + ("01" if int(day[8:]) <= 14 else "15")


def tables(lines) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE surrender_items (unit_code, date, item_code, quantity)")
    conn.execute("CREATE TABLE surrender_totals (unit_code, span, item_code, quantity, lines)")
    conn.executemany("INSERT INTO surrender_items VALUES (?,?,?,?)", lines)  # what the expected figures are read from
    # the lines as the code reads them (schema step 12): a receipt per line here, its unit and date in the receipt's row
    conn.execute("CREATE TABLE surrender_rows (rid INTEGER PRIMARY KEY, unit_code, date)")
    conn.execute("CREATE TABLE surrender_lines (receipt, line_no, item_code, quantity)")
    conn.executemany("INSERT INTO surrender_rows VALUES (?,?,?)", [(i, u, d) for i, (u, d, _, _) in enumerate(lines, 1)])
    conn.executemany("INSERT INTO surrender_lines VALUES (?,1,?,?)", [(i, it, q) for i, (_, _, it, q) in enumerate(lines, 1)])
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
        f"SELECT unit_code, {report_year_sql('date', rule)}, item_code, sum(quantity), count(*) FROM surrender_items"
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
    conn = coarse_tables(lines)
    spans = [(unit, min(a, b), max(a, b), key) for unit, a, b, key in ranges]
    # calendar years: a range's whole years read from the year totals (Decree 09's years are not calendar years)
    by_key, by_year = ranged_item_margins(conn, spans, lambda c: report_year_sql(c, rule),
                                          calendar_years=rule == "calendar")
    want_key: dict = {}
    want_year: dict = {}
    for unit, first, last, key in spans:
        for year, item, qty in conn.execute(
                f"SELECT {report_year_sql('date', rule)}, item_code, quantity FROM surrender_items"
                " WHERE unit_code = ? AND date BETWEEN ? AND ?", (unit, first, last)):
            want_key.setdefault(key, {})[item] = want_key.get(key, {}).get(item, 0) + qty
            want_year[(year, item)] = want_year.get((year, item), 0) + qty
    assert {k: v for k, v in by_key.items() if v} == want_key
    assert by_year == want_year


def coarse_tables(lines) -> sqlite3.Connection:
    """tables() and the totals per year and over all time (schema step 11), filled here by hand."""
    conn = tables(lines)
    conn.execute("CREATE TABLE surrender_totals_year (unit_code, year, item_code, quantity, lines)")
    conn.execute("CREATE TABLE surrender_totals_ever (unit_code, item_code, quantity, lines)")
    years: dict = {}
    ever: dict = {}
    for unit, day, item, qty in lines:
        for table, key in ((years, (unit, day[:4], item)), (ever, (unit, item))):
            got = table.setdefault(key, [0, 0])
            got[0] += qty
            got[1] += 1
    conn.executemany("INSERT INTO surrender_totals_year VALUES (?,?,?,?,?)", [(*k, q, n) for k, (q, n) in years.items()])
    conn.executemany("INSERT INTO surrender_totals_ever VALUES (?,?,?,?)", [(*k, q, n) for k, (q, n) in ever.items()])
    return conn


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.tuples(st.sampled_from(("A", "B", "C")), days, st.sampled_from(("x", "y")),
                                st.integers(1, 9)), max_size=60),
       dates=st.tuples(days, days))
def test_planned_sums_over_any_range_equal_the_lines(lines, dates):
    """A range read from inside or as all time minus what lies outside it (whichever plan reads fewer rows) adds
    up to a plain sum of the lines between the dates, per unit and item."""
    first, last = min(dates), max(dates)
    conn = coarse_tables(lines)
    parts = plan(first, last, bounds(conn, LINES))
    event("all time minus outside" if parts[0][1] == "ever" else "from inside")
    selects, params = part_selects(ITEM_LAYERS, parts, "unit_code, item_code", "unit_code IN ('A', 'B')", [],
                                   "1, 2", ("q", "n"))
    got = sorted((u, i, round(q, 6), n) for u, i, q, n in conn.execute(
        f"SELECT unit_code, item_code, sum(q), sum(n) FROM ({' UNION ALL '.join(selects)}) GROUP BY 1, 2"
        " HAVING sum(n) != 0", params))
    expected = sorted((u, i, round(q, 6), n) for u, i, q, n in conn.execute(
        "SELECT unit_code, item_code, sum(quantity), count(*) FROM surrender_items WHERE unit_code IN ('A', 'B')"
        " AND date BETWEEN ? AND ? GROUP BY 1, 2", (first, last)))
    assert got == expected


def test_a_plan_reads_whole_years_or_all_time_minus_the_outside():
    """By hand: the store's records run from 2021-02-03 to 2025-12-30."""
    edges = ("2021-02-03", "2025-12-30")
    assert cover_years("2021-01-01", "2025-12-31") == (("2021", "2025"), [])
    assert cover_years("2021-03-17", "2022-12-31") == (("2022", "2022"), [("2021-03-17", "2021-12-31")])
    assert plan("2021-01-01", "2025-12-31", edges) == [(1, "ever", None, None)]
    assert plan("2021-01-01", "2023-07-28", edges) == [  # the years after, the edge days of July and its 15th
        (1, "ever", None, None), (-1, "year", "2024", "2025"), (-1, "span", "2023-08-01", "2023-12-15"),
        (-1, "day", "2023-07-29", "2023-07-31")]
    assert plan("2022-01-01", "2022-12-31", edges) == [(1, "year", "2022", "2022")]
    assert plan("2022-03-01", "2022-03-14", (None, None)) == [(1, "span", "2022-03-01", "2022-03-01")]
