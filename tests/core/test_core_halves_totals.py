"""Schema step 13 (issue 17 item 1): the totals per day over every unit (surrender_totals_day) and per unit, item and
year the year to date at the end of each of its 24 half-months (surrender_totals_halves, packed one row per unit and
year since step 14: read here with `struct`, tests/packed_halves.py). A store of the previous schema (step 12)
with receipts on both sides of half-months and of a year's end migrates; the new tables hold what plain SQL over
the records gives (and a few figures counted by hand), `antt check` finds nothing, and the store keeps them current
afterwards."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.domain.check import check_store
from app.domain.surrenders import Line, delete_surrender
from app.store import schema
from app.store.db import open_store
from tests.packed_halves import packed_rows
from tests.schema_steps import demo_with_receipts, tables_of

STEP = schema.MIGRATIONS.index(schema.V13_DAY_AND_HALF_YEAR_TOTALS) + 1
TODAY = dt.date(2026, 3, 20)
NEW_TABLES = ("surrender_totals_day", "surrender_totals_halves")
LINES = "surrender_lines l JOIN surrender_rows r ON r.rid = l.receipt"


@pytest.fixture
def step12_store(tmp_path):
    """The demo's last six months and receipts by hand on the 14th and 15th of December and across the year's end,
    taken back to step 12 with plain SQL (tests/schema_steps.py)."""
    days = (("2025-12-14", 3), ("2025-12-15", 4), ("2025-12-31", 7), ("2026-01-01", 5))
    return demo_with_receipts(tmp_path / "antt.sqlite", TODAY, STEP - 1,
                              [(day, Line("gun.homemade", qty)) for day, qty in days])


def test_a_step12_store_gets_its_day_and_half_month_totals_from_its_records(step12_store):
    path, unit = step12_store
    assert not tables_of(path) & set(NEW_TABLES)  # the previous schema: none of them yet
    conn = sqlite3.connect(path)  # plain SQL, not the code under test
    assert conn.execute("PRAGMA user_version").fetchone()[0] == STEP - 1
    days = sorted(conn.execute(f"SELECT r.date, l.item_code, sum(l.quantity), count(*) FROM {LINES}"
                               " GROUP BY 1, 2").fetchall())
    per_line = conn.execute(f"SELECT r.unit_code, l.item_code, r.date, l.quantity FROM {LINES}").fetchall()
    conn.close()
    halves: dict = {}
    for u, item, day, qty in per_line:  # the half-month worked out here, by day of month; counted from it to December
        slot = (int(day[5:7]) - 1) * 2 + (1 if int(day[8:]) >= 15 else 0)
        row = halves.setdefault((u, item, day[:4]), [0.0] * 24 + [0] * 24)
        for i in range(slot, 24):
            row[i] += qty
            row[24 + i] += 1
    assert {k[2] for k in halves} == {"2025", "2026"}  # records on both sides of the year's end

    s = open_store(path)  # migrates
    try:
        assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        assert sorted((d, i, round(q, 6), n) for d, i, q, n in s.query(
            "SELECT date, item_code, quantity, lines FROM surrender_totals_day")) == \
            [(d, i, round(q, 6), n) for d, i, q, n in days]
        kept = {k: [round(v, 6) for v in row[:24]] + row[24:] for k, row in packed_rows(s.conn).items() if k[2]}
        assert kept == {k: [round(v, 6) for v in row[:24]] + row[24:] for k, row in halves.items()}
        # by hand: the 14th of December is in half-month 22 (1st-14th), the 15th and the 31st in 23 (15th-31st): the
        # year to date of 22 less that of 21 holds the 14th's 3, the whole year less 22 the 15th's 4 and the 31st's 7
        demo = {slot: sum(q for u, i, d, q in per_line if u == unit and i == "gun.homemade" and d[:7] == "2025-12"
                          and d not in ("2025-12-14", "2025-12-15", "2025-12-31") and (d[8:] >= "15") == (slot == 23))
                for slot in (22, 23)}
        q21, q22, q23 = packed_rows(s.conn)[unit, "gun.homemade", "2025"][21:24]
        assert (q22 - q21 - demo[22], q23 - q22 - demo[23]) == (3.0, 11.0)
        assert check_store(s) == []
        # and kept from here on: the receipt of the 15th deleted takes its 4 off the year to date of half-month 23
        # (the whole year) and off that day
        before = packed_rows(s.conn)[unit, "gun.homemade", "2025"][23::24]
        day_before = s.query("SELECT quantity, lines FROM surrender_totals_day WHERE date = '2025-12-15'"
                             " AND item_code = 'gun.homemade'")[0]
        rid = s.query("SELECT id FROM surrenders WHERE unit_code = ? AND date = '2025-12-15'", (unit,))[0][0]
        delete_surrender(s, rid)
        assert packed_rows(s.conn)[unit, "gun.homemade", "2025"][23::24] == [before[0] - 4, before[1] - 1]
        after = s.query("SELECT quantity, lines FROM surrender_totals_day WHERE date = '2025-12-15'"
                        " AND item_code = 'gun.homemade'")
        assert [tuple(r) for r in after] == ([] if day_before[1] == 1 else [(day_before[0] - 4, day_before[1] - 1)])
        assert check_store(s) == []
    finally:
        s.close()
