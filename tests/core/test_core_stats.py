"""`stats` reads whole months from the summary table and edge days from the lines: it must equal a brute count."""

import datetime as dt
from collections import defaultdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import demo, stats
from app.store.db import open_store

_STORE = {}


def demo_store(tmp_path_factory):
    if "s" not in _STORE:
        s = open_store(tmp_path_factory.mktemp("stats") / "s.sqlite")
        demo.generate(s, units=6, months=26, seed=7, today=dt.date(2026, 10, 15))
        _STORE["s"] = s
    return _STORE["s"]


def brute(store, lo, hi, unit_codes=None):
    out = defaultdict(float)
    for unit, date, item, qty in store.query("SELECT unit_code, date, item_code, quantity FROM surrender_items"):
        if lo <= date <= hi and (unit_codes is None or unit in unit_codes):
            out[item] += qty
    return {k: round(v, 3) for k, v in out.items()}


days = st.dates(dt.date(2024, 6, 1), dt.date(2026, 11, 30))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=days, b=days)
def test_item_totals_equal_a_brute_count_for_any_range(tmp_path_factory, a, b):
    store = demo_store(tmp_path_factory)
    lo, hi = sorted((a.isoformat(), b.isoformat()))
    got = {r["item_code"]: round(r["quantity"], 3) for r in stats.stats(store, lo, hi, by="item")}
    assert got == brute(store, lo, hi)


def test_unit_filter_and_groupings_agree(tmp_path_factory):
    store = demo_store(tmp_path_factory)
    lo, hi = "2025-02-14", "2026-03-03"
    one = "CAX-0001"
    got = {r["item_code"]: round(r["quantity"], 3) for r in stats.stats(store, lo, hi, unit=one)}
    assert got == brute(store, lo, hi, {one})
    by_unit = stats.stats(store, lo, hi, by="unit")
    by_month = stats.stats(store, lo, hi, by="month")
    total = lambda rows: round(sum(r["quantity"] for r in rows if r["item_code"] == "weapon.primitive"), 3)
    assert total(by_unit) == total(by_month) == brute(store, lo, hi)["weapon.primitive"]
    cats = stats.stats(store, lo, hi, by="category")
    assert len({(c["category"], c["unit"]) for c in cats}) == len(cats)  # one row per category and unit of count
