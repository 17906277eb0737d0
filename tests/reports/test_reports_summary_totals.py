"""Issue 17 item 1: the summary reads the maintained totals per unit and half-month through the organisation's
spans. On a store with a reorganisation (a merger and a rename dated inside half-months, a move), its item
figures equal an independent query that sums the receipt lines themselves over the same spans (the old path),
for periods whose ends fall inside a half-month or on its edges, grouped by the last day and as at the time,
under both cut-off rules; and for the last day's grouping, the test's own mapping of units to rows."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from decimal import Decimal

import orjson
import pytest

from app.domain import organisation, setup, unit_events
from app.domain.reporting_periods import META_KEY, parse_period, range_period, report_year_sql
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from app.reports import queries
from app.store.db import open_store

DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")
ITEMS = ["gun.homemade", "weapon.primitive", "firecracker.kg"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("sum") / "antt.sqlite")
    setup.initialise(s, "P", "Công an tỉnh Lạng Sơn", "provincial_police")
    add_unit(s, "Q", "Công an tỉnh Cao Bằng", "provincial_police", None)
    for code, parent in (("A", "P"), ("B", "P"), ("C", "P"), ("D", "Q")):
        add_unit(s, code, f"Công an xã {code}", "commune_police", parent)
    rng = random.Random(7)
    start = dt.date(2023, 11, 1)
    for _ in range(400):
        day = start + dt.timedelta(days=rng.randrange(800))
        # a record is made at a unit that exists on its day: A stops when it merges into B
        units = ["A", "B", "C", "D"] if day < dt.date(2024, 3, 20) else ["B", "C", "D"]
        add_surrender(s, unit_code=rng.choice(units), date=day.isoformat(), owner_unknown=True,
                      lines=[Line(item, str(rng.randint(1, 9)) if item != "firecracker.kg" else "1.5")
                             for item in rng.sample(ITEMS, rng.randint(1, 3))])
    unit_events.merge(s, ["A", "B"], "B", "2024-03-20", DECISION)  # inside the half-month 15th-31st
    unit_events.rename(s, "C", "Công an phường C", "2024-08-07", DECISION)
    unit_events.move(s, "D", "P", "2025-01-09", DECISION)  # D counts under P from the 9th of January
    yield s
    s.close()


def _lines_over_spans(store, g, year_rule: str) -> dict:
    """The independent query: every receipt line of each span's unit and dates, summed per row, year and item."""
    out: dict = defaultdict(Decimal)
    spans = [[sp.unit_code, max(sp.start, g.start), min(sp.end, g.end), sp.row] for sp in g.spans]
    for row, year, item, qty in store.conn.execute(
            f"""SELECT s.value ->> 3, {report_year_sql('i.date', year_rule)}, i.item_code, sum(i.quantity)
                FROM json_each(?) s JOIN surrender_items i ON i.unit_code = s.value ->> 0
                AND i.date BETWEEN s.value ->> 1 AND s.value ->> 2 GROUP BY 1, 2, 3""", (orjson.dumps(spans).decode(),)):
        out[(row, year, item)] += Decimal(str(round(qty, 3)))
    return _margins(out)


def _margins(figures: dict) -> tuple[dict, dict]:
    """((row, item) -> sum, (year, item) -> sum) of figures per (row, year, item): what the summary prints."""
    rows: dict = defaultdict(Decimal)
    years: dict = defaultdict(Decimal)
    for (row, year, item), v in figures.items():
        rows[(row, item)] += v
        years[(year, item)] += v
    return {k: v for k, v in rows.items() if v}, {k: v for k, v in years.items() if v}


def _got(report) -> tuple[dict, dict]:
    rows = {(row, item): Decimal(q) for row, items in report.row_items.items() for item, q in items.items()}
    years = {(year, item): Decimal(q) for year, items in report.year_items.items() for item, q in items.items()}
    return {k: v for k, v in rows.items() if v}, {k: v for k, v in years.items() if v}


RANGES = [("2023-11-01", "2025-12-31"), ("2024-03-07", "2024-03-26"), ("2024-01-15", "2024-12-14"),
          ("2023-12-14", "2025-01-15"), ("2024-03-20", "2024-03-20"), ("2024-02-03", "2024-02-11"),
          ("2024-08-01", "2025-01-31")]


@pytest.mark.parametrize("first,last", RANGES)
@pytest.mark.parametrize("by", ["end", "time"])
def test_summary_from_totals_equals_the_lines_over_the_same_spans(store, first, last, by):
    for root in ("P", "Q"):
        report = queries.summary_data(store, root, first, last, by=by)
        g = organisation.grouping(store, root, first, last, by)
        want = _lines_over_spans(store, g, "calendar")
        assert _got(report) == want, (root, first, last)
    if by == "end" and first <= "2024-03-20":
        # A's records count on B's row once the period ends after the merger: the test's own mapping, from the lines
        lines = defaultdict(Decimal)
        for unit, item, qty in store.conn.execute(
                "SELECT unit_code, item_code, quantity FROM surrender_items WHERE date BETWEEN ? AND ?", (first, last)):
            row = "B" if unit == "A" and last >= "2024-03-20" else unit
            if unit == "D" and last >= "2025-01-09":
                row = "D"
            elif unit == "D":
                continue  # under Q on the last day
            lines[(row, item)] += Decimal(str(qty))
        got = _got(queries.summary_data(store, "P", first, last, by="end"))[0]
        assert got == {k: v for k, v in lines.items() if v}


@pytest.mark.parametrize("kind,value", [("year", "2024"), ("quarter", "2024-Q1"), ("month", "2024-03"),
                                        ("half", "2025-H1")])
def test_summary_years_by_the_decree09_cut_off(store, kind, value):
    """Under Decree 09 a reporting year runs 15 December to 14 December: the half-month from the 15th of
    December counts in the next year, from the totals as from the lines."""
    before = store.meta_get(META_KEY)
    store.meta_set(META_KEY, "decree09")
    try:
        period = parse_period(kind, value, "decree09")
        first, last = period.iso
        for by in ("end", "time"):
            report = queries.summary_data(store, "P", first, last, by=by, period=period)
            g = organisation.grouping(store, "P", first, last, by)
            assert _got(report) == _lines_over_spans(store, g, "decree09")
        assert range_period(period.start, period.end, "decree09").kind == "range"
    finally:
        store.meta_set(META_KEY, before or "decree09")
