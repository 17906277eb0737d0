"""Schema step 11 (issue 17 item 1): the totals per calendar year and over all time, and the entered monthly
figures per year. A store of the previous schema
(step 10) with records over two years migrates; the new tables hold what plain SQL over the records gives (and a
few figures counted by hand), `antt check` finds nothing, and the store keeps them current afterwards."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.domain import demo
from app.domain.check import check_store
from app.domain.surrenders import Line, add_surrender, delete_surrender
from app.store import schema
from app.store.db import open_store
from tests.schema_steps import demo_with_receipts, tables_of

STEP = schema.MIGRATIONS.index(schema.V11_YEAR_TOTALS) + 1
TODAY = dt.date(2026, 3, 20)
NEW_TABLES = ("surrender_totals_year", "activity_totals_year", "surrender_totals_ever", "activity_totals_ever",
              "figure_totals_year")


@pytest.fixture
def step10_store(tmp_path):
    """Records across the end of 2025 (the demo's last six months) and three receipts by hand, taken back to
    step 10 with plain SQL (tests/schema_steps.py)."""
    return demo_with_receipts(tmp_path / "antt.sqlite", TODAY, STEP - 1,
                              [(day, Line("gun.homemade", qty)) for day, qty in (("2025-12-31", 7), ("2026-01-01", 5))])


def test_a_step10_store_gets_its_year_and_all_time_totals_from_its_records(step10_store):
    path, unit = step10_store
    assert not tables_of(path) & set(NEW_TABLES)  # the previous schema: none of them yet
    conn = sqlite3.connect(path)  # plain SQL, not the code under test
    years = sorted(conn.execute("SELECT unit_code, substr(date, 1, 4), item_code, sum(quantity), count(*)"
                                " FROM surrender_lines GROUP BY 1, 2, 3").fetchall())
    act_years = sorted(conn.execute("SELECT unit_code, substr(date, 1, 4), kind, count(*),"
                                    " coalesce(sum(participants), 0) FROM activities GROUP BY 1, 2, 3").fetchall())
    by_hand = conn.execute("SELECT substr(date, 1, 4), sum(quantity), count(*) FROM surrender_lines WHERE unit_code = ?"
                           " AND item_code = 'gun.homemade' AND date IN ('2025-12-31', '2026-01-01', '2026-01-02')"
                           " GROUP BY 1 ORDER BY 1", (unit,)).fetchall()
    figures = sorted(conn.execute(
        "SELECT g.*, f.value FROM (SELECT unit_code, substr(month, 1, 4), indicator, count(*), sum(value), max(month) AS m"
        " FROM monthly_figures GROUP BY 1, 2, 3) g JOIN monthly_figures f USING (unit_code)"
        " WHERE f.month = g.m AND f.indicator = g.indicator").fetchall())
    conn.close()
    assert len({r[1] for r in figures}) == 2  # figures entered in both years
    assert by_hand == [("2025", 7.0, 1), ("2026", 5.0, 1)]  # the deleted receipt's 100 is not among the records
    assert {r[1] for r in years} == {"2025", "2026"} and len(act_years) > 2  # records on both sides of the year

    s = open_store(path)  # migrates
    try:
        assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        assert sorted(tuple(r) for r in s.query(
            "SELECT unit_code, year, item_code, quantity, lines FROM surrender_totals_year")) == years
        assert sorted(tuple(r) for r in s.query(
            "SELECT unit_code, year, kind, count, participants FROM activity_totals_year")) == act_years
        assert sorted(tuple(r) for r in s.query("SELECT unit_code, year, indicator, months, total, last_month,"
                                                 " last_value FROM figure_totals_year")) == figures
        ever: dict = {}
        for u, _y, item, qty, n in years:
            got = ever.setdefault((u, item), [0.0, 0])
            got[0] += qty
            got[1] += n
        assert sorted((u, i, round(q, 6), n) for u, i, q, n in s.query(
            "SELECT unit_code, item_code, quantity, lines FROM surrender_totals_ever")) == \
            sorted((u, i, round(q, 6), n) for (u, i), (q, n) in ever.items())
        assert s.query("SELECT sum(count) FROM activity_totals_ever")[0][0] == sum(r[3] for r in act_years)
        assert check_store(s) == []
        # and kept from here on: a receipt of 2025 deleted takes its 7 off that year and off all time
        before = s.query("SELECT quantity, lines FROM surrender_totals_ever WHERE unit_code = ? AND"
                         " item_code = 'gun.homemade'", (unit,))[0]
        rid = s.query("SELECT id FROM surrenders WHERE unit_code = ? AND date = '2025-12-31'", (unit,))[0][0]
        delete_surrender(s, rid)
        assert tuple(s.query("SELECT quantity, lines FROM surrender_totals_ever WHERE unit_code = ? AND"
                             " item_code = 'gun.homemade'", (unit,))[0]) == (before[0] - 7, before[1] - 1)
        assert check_store(s) == []
    finally:
        s.close()


def test_a_bulk_load_sums_the_coarser_totals_once_at_its_end(tmp_path):
    """Inside a big load (doctypes.bulk_load → totals.coarser_after) the per-year and all-time totals wait; at its
    end they equal a recount of the records (plain SQL here), and so they do when the load failed and the caller
    committed all the same."""
    from app.domain.totals import coarser_after

    s = open_store(tmp_path / "antt.sqlite")
    try:
        demo.generate(s, units=2, months=2, today=TODAY)
        unit = s.query("SELECT code FROM units WHERE kind != 'provincial_police' ORDER BY code")[0][0]
        plain = ("SELECT unit_code, item_code, sum(quantity), count(*) FROM surrender_items GROUP BY 1, 2"
                 " ORDER BY 1, 2")
        kept = "SELECT unit_code, item_code, quantity, lines FROM surrender_totals_ever ORDER BY 1, 2"
        for fail in (False, True):
            before = [tuple(r) for r in s.query(kept)]
            lines = s.query("SELECT count(*) FROM surrender_lines")[0][0]
            with s.transaction():
                try:
                    with coarser_after(s.conn, True):
                        add_surrender(s, unit_code=unit, date="2026-01-05", lines=[Line("gun.homemade", 4)],
                                      owner_unknown=True)
                        assert [tuple(r) for r in s.query(kept)] == before  # waiting for the end
                        if fail:
                            raise KeyError("a load that stops half way")
                except KeyError:
                    assert fail  # caught, and the transaction committed all the same
            assert s.query("SELECT count(*) FROM surrender_lines")[0][0] == lines + 1
            assert [tuple(r) for r in s.query(kept)] == [tuple(r) for r in s.query(plain)]
        assert check_store(s) == []
    finally:
        s.close()
