"""Issue 17 item 1: `stats` answers every grouping (item, category, unit, month) for every unit, a province's
subtree and one commune from the maintained totals (all time, year rows of half-months, days, months) and at most a
few edge days of lines. For any range (starting and ending inside half-months, on a year's end, one day, a range
with no record, ranges reaching past the first or last record) each answer equals a plain SQL recount of the item
lines written here."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.domain.stats import stats
from app.domain.units import subtree_codes

TREE = {"CAT-LS": "BCA", "CAT-CB": "BCA", "CAX-A1": "CAT-LS", "CAX-A2": "CAT-LS", "CAX-B1": "CAT-CB"}
ITEMS = ["gun.homemade", "ammo.rounds", "explosive.kg", "weapon.primitive", "firecracker.kg"]
FIRST, LAST = dt.date(2022, 2, 10), dt.date(2025, 11, 20)  # the records' first and last days
_STORE: dict = {}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from app.domain import setup
    from app.domain.surrenders import Line, add_surrender, delete_surrender
    from app.domain.units import add_unit
    from app.store.db import open_store

    s = open_store(tmp_path_factory.mktemp("stats_ranges") / "antt.sqlite")
    setup.initialise(s, "BCA", "Bộ Công an", "national", officer="Đại úy Hà")
    for code, parent in TREE.items():
        add_unit(s, code, f"Công an {code}", "provincial_police" if code.startswith("CAT") else "commune_police",
                 parent)
    rng = random.Random(13)
    days = [FIRST, LAST, dt.date(2024, 12, 31), dt.date(2025, 1, 1), dt.date(2024, 3, 14), dt.date(2024, 3, 15)]
    days += [FIRST + dt.timedelta(days=rng.randrange((LAST - FIRST).days)) for _ in range(160)]
    for n, day in enumerate(days):
        unit = rng.choice(["CAX-A1", "CAX-A2", "CAX-B1", "CAT-LS"])
        lines = [Line(item, rng.choice([1, 2, 5]) * (1.25 if item.endswith(".kg") else 1))
                 for item in rng.sample(ITEMS, rng.randint(1, 3))]
        if n == 7:  # 0.3 kg is not exactly a float32: its unit's row of that year keeps float64 (schema step 14)
            lines.append(Line("firecracker.kg", 0.3))
        made = add_surrender(s, unit_code=unit, date=day.isoformat(), lines=lines, owner_unknown=True)
        if n % 17 == 5:
            delete_surrender(s, made.id)  # the totals lose what a deleted receipt had counted
    yield s
    s.close()


def plain(store, lo: str, hi: str, units, by: str) -> list[tuple]:
    """The recount: the item lines between the dates of the units (None: all), grouped as `by` asks."""
    where = "" if units is None else f" AND i.unit_code IN ({','.join('?' * len(units))})"
    key, head = {"item": ("''", "i.item_code"), "unit": ("i.unit_code", "i.item_code"),
                 "month": ("substr(i.date, 1, 7)", "i.item_code"), "category": ("c.category", "c.unit_vi")}[by]
    return sorted((k, h, round(q, 6), n) for k, h, q, n in store.conn.execute(
        f"SELECT {key}, {head}, sum(i.quantity), count(*) FROM surrender_items i"
        f" JOIN catalogue_items c ON c.code = i.item_code WHERE i.date BETWEEN ? AND ?{where} GROUP BY 1, 2",
        (lo, hi, *(units or ()))))


def answered(store, lo: str, hi: str, unit, by: str) -> list[tuple]:
    rows = stats(store, lo, hi, unit=unit, by=by)
    key = {"item": None, "unit": "unit_code", "month": "month", "category": "category"}[by]
    head = "unit" if by == "category" else "item_code"
    return sorted((r[key] if key else "", r[head], round(float(r["quantity"]), 6), r["lines"]) for r in rows)


days = st.dates(FIRST - dt.timedelta(days=400), LAST + dt.timedelta(days=400))


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(a=days, b=days)
@example(a=dt.date(2024, 3, 17), b=dt.date(2025, 8, 9))   # inside half-months, two years apart
@example(a=dt.date(2024, 12, 31), b=dt.date(2025, 1, 1))  # across a year's end
@example(a=dt.date(2024, 3, 14), b=dt.date(2024, 3, 14))  # one day, the last of a half-month
@example(a=dt.date(2024, 3, 15), b=dt.date(2024, 3, 31))  # one whole half-month
@example(a=dt.date(2022, 1, 1), b=dt.date(2025, 12, 31))  # whole years holding every record
@example(a=dt.date(2023, 3, 17), b=dt.date(2025, 8, 9))   # records outside its years: the years between read apart
@example(a=dt.date(2021, 5, 2), b=dt.date(2021, 6, 20))   # before the first record: no row
@example(a=dt.date(2022, 2, 11), b=dt.date(2025, 11, 19))  # all but the first and last day
def test_every_grouping_equals_a_plain_recount(store, a, b):
    lo, hi = sorted((a.isoformat(), b.isoformat()))
    for unit in (None, "CAT-LS", "CAX-A1"):
        units = subtree_codes(store, unit) if unit else None
        for by in ("item", "category", "unit", "month"):
            assert answered(store, lo, hi, unit, by) == plain(store, lo, hi, units, by), (unit, by)


def test_the_recount_sees_records(store):
    """The ranges above hold records: the comparison is not between two empty lists."""
    assert len(plain(store, FIRST.isoformat(), LAST.isoformat(), None, "unit")) > 15
    assert plain(store, "2024-12-31", "2025-01-01", None, "item")
    assert plain(store, "2021-05-02", "2021-06-20", None, "item") == []
