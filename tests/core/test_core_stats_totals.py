"""Issue 17 item 1: `stats` reads whole half-months from the unit totals and edge days from the lines; for ranges
that start and end inside half-months, months and years, for the province and for a unit, every grouping equals
a plain sum of the item lines (SQL written here)."""

from __future__ import annotations

import pytest

from app.domain import demo
from app.domain.stats import stats
from app.domain.units import subtree_codes


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    from app.domain import setup
    from app.store.db import open_store

    store = open_store(tmp_path_factory.mktemp("stats") / "antt.sqlite")
    setup.initialise(store, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
    demo.generate(store, units=4, months=14, seed=7)
    yield store
    store.close()


def plain(store, lo, hi, units, by):
    key = {"item": "''", "unit": "unit_code", "month": "substr(date, 1, 7)"}[by]
    where = f" AND unit_code IN ({','.join('?' * len(units))})" if units else ""
    return sorted((k, item, round(q, 6), n) for k, item, q, n in store.conn.execute(
        f"SELECT {key}, item_code, sum(quantity), count(*) FROM surrender_items WHERE date BETWEEN ? AND ?{where}"
        " GROUP BY 1, 2", (lo, hi, *(units or ()))))


@pytest.mark.parametrize("lo, hi", [("2020-01-01", "2030-12-31"), ("2025-11-07", "2026-08-20"),
                                    ("2025-12-15", "2026-01-14"), ("2026-05-03", "2026-05-19")])
@pytest.mark.parametrize("by", ["item", "unit", "month"])
def test_stats_equal_a_plain_sum(filled, lo, hi, by):
    lines = filled.conn.execute("SELECT count(*) FROM surrender_items").fetchone()[0]
    assert lines > 50  # the demo gave lines to count
    child = filled.conn.execute("SELECT code FROM units WHERE parent_code = 'CAT-LS' ORDER BY code").fetchone()[0]
    for unit in (None, child):
        rows = stats(filled, lo, hi, unit=unit, by=by)
        key = {"item": None, "unit": "unit_code", "month": "month"}[by]
        got = sorted((row[key] if key else "", row["item_code"], round(float(row["quantity"]), 6), row["lines"])
                     for row in rows)
        expected = plain(filled, lo, hi, subtree_codes(filled, unit) if unit else None, by)
        assert expected or unit  # every range here holds lines in the province
        assert got == expected


# A national store (issue 17 with issue 20): provinces CAT-LS (communes X1, X2, Y) and CAT-CB (commune W); X1 and Y
# become CAX-Z on 01/07/2025. Receipts on days chosen to straddle the half-months (1st, 14th, 15th, 16th, last
# day) and the months, some in kg (never added to pieces).
TREE = {"CAT-LS": "BCA", "CAT-CB": "BCA", "CAX-X1": "CAT-LS", "CAX-X2": "CAT-LS", "CAX-Y": "CAT-LS",
        "CAX-W": "CAT-CB"}
KINDS = {"CAT-LS": "provincial_police", "CAT-CB": "provincial_police"}
ITEMS = ["gun.homemade", "ammo.rounds", "explosive.kg", "weapon.primitive", "firecracker.kg"]


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    import datetime as dt
    import random

    from app.domain import setup, unit_events
    from app.domain.surrenders import Line, add_surrender
    from app.domain.units import add_unit
    from app.store.db import open_store

    store = open_store(tmp_path_factory.mktemp("stats_tree") / "antt.sqlite")
    setup.initialise(store, "BCA", "Bộ Công an", "national", officer="Đại úy Hà")
    for code, parent in TREE.items():
        add_unit(store, code, f"Công an {code}", KINDS.get(code, "commune_police"), parent)
    rng = random.Random(17)
    edge_days = [1, 14, 15, 16, 28, 31]

    def receipt(unit, day):
        lines = [Line(item, rng.choice([1, 2, 3]) * (1.25 if item.endswith(".kg") else 1))
                 for item in rng.sample(ITEMS, rng.randint(1, 3))]
        add_surrender(store, unit_code=unit, date=day.isoformat(), lines=lines, owner_unknown=True)

    def days(first, last):
        day = first
        while day <= last:
            yield day
            day += dt.timedelta(days=1)

    for day in days(dt.date(2024, 12, 1), dt.date(2025, 6, 30)):
        if day.day in edge_days or rng.random() < 0.15:
            receipt(rng.choice(list(TREE)), day)
    unit_events.merge(store, ["CAX-X1", "CAX-Y"], "CAX-Z", "2025-07-01", unit_events.Decision("9"),
                      name="Công an xã Z", kind="commune_police", parent_code="CAT-LS")
    for day in days(dt.date(2025, 7, 1), dt.date(2026, 2, 28)):
        if day.day in edge_days or rng.random() < 0.15:
            receipt(rng.choice(["CAT-LS", "CAX-X2", "CAX-Z", "CAX-W"]), day)
    yield store
    store.close()


def plain_by(store, lo, hi, units, by):
    """Rows of the grouping ``by`` summed by SQL written here over the lines of ``units`` (hand-listed)."""
    if by == "category":
        rows = store.conn.execute(
            f"SELECT c.category, c.unit_vi, sum(i.quantity), count(*) FROM surrender_items i JOIN catalogue_items c"
            f" ON c.code = i.item_code WHERE i.date BETWEEN ? AND ? AND i.unit_code IN ({','.join('?' * len(units))})"
            " GROUP BY 1, 2", (lo, hi, *units))
        return sorted((c, u, round(q, 6), n) for c, u, q, n in rows)
    return plain(store, lo, hi, units, by)


def got_by(rows, by):
    if by == "category":
        return sorted((r["category"], r["unit"], round(float(r["quantity"]), 6), r["lines"]) for r in rows)
    key = {"item": None, "unit": "unit_code", "month": "month"}[by]
    return sorted((r[key] if key else "", r["item_code"], round(float(r["quantity"]), 6), r["lines"]) for r in rows)


RAGGED = [("2024-12-14", "2026-02-15"),  # both ends beside a half-month's edge
          ("2024-12-16", "2025-01-14"),  # inside one month's second half and the next's first
          ("2025-02-15", "2025-02-28"),  # exactly one half-month
          ("2025-03-02", "2025-03-13"),  # inside one half-month
          ("2025-06-30", "2025-07-01"),  # the merger's eve and day
          ("2025-01-01", "2025-12-31")]  # whole months (the province reads its month totals)


@pytest.mark.parametrize("lo, hi", RAGGED)
@pytest.mark.parametrize("by", ["item", "category", "unit", "month"])
def test_stats_of_a_subtree_and_of_a_merged_scope_equal_a_plain_sum(merged, lo, hi, by):
    from app.domain.list_scope import list_scope

    # a province's subtree (part of the store): the merged communes stay below it with their receipts
    assert got_by(stats(merged, lo, hi, unit="CAT-LS", by=by), by) == \
        plain_by(merged, lo, hi, ["CAT-LS", "CAX-X1", "CAX-X2", "CAX-Y", "CAX-Z"], by)
    assert got_by(stats(merged, lo, hi, unit="CAX-W", by=by), by) == plain_by(merged, lo, hi, ["CAX-W"], by)
    # every unit of the store (month totals for whole months)
    everyone = ["BCA", *TREE, "CAX-Z"]
    assert got_by(stats(merged, lo, hi, by=by), by) == plain_by(merged, lo, hi, everyone, by)
    # the lists of Z's laptop after the merger count X1's and Y's older receipts under Z: so must its totals
    scope = list_scope(merged, "CAX-Z", "2025-12-20")
    assert set(scope.units) == {"CAX-Z", "CAX-X1", "CAX-Y"}
    expected = plain_by(merged, lo, hi, ["CAX-Z", "CAX-X1", "CAX-Y"], by)
    assert got_by(stats(merged, lo, hi, by=by, scope=scope), by) == expected
    # a laptop of a merged unit (X1) lists as its successor
    assert got_by(stats(merged, lo, hi, by=by, scope=list_scope(merged, "CAX-X1", "2025-12-20")), by) == expected
