"""Issue 20 item 3: over any reorganisation of many units, a summary counts the same records whether units are
grouped by the organisation on the period's last day or as organised at the time, and both equal an oracle the
test keeps by itself (its own replay of the events it made, not the code under test)."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import setup, unit_events
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from app.reports import queries
from app.store.db import open_store

PROVINCES = ["P1", "P2", "P3", "P4"]
DAYS = [dt.date(2021, 1, 1) + dt.timedelta(days=90 * i) for i in range(20)]  # 2021-01-01 .. 2025-09
DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")


class Model:
    """The test's own replay: parents, successors and who exists, event by event."""

    def __init__(self):
        self.parent, self.succ, self.alive = {}, {}, set()
        self.log = []  # (date, kind, args)

    def final(self, code):
        while code in self.succ:
            code = self.succ[code]
        return code

    def at(self, day):
        m = Model()
        m.parent = dict(self.start_parent)
        m.alive = set(self.start_alive)
        for date, kind, args in self.log:
            if date <= day:
                m.apply(date, kind, args)
        return m

    def apply(self, date, kind, args):
        if kind == "merge":
            sources, into, parent = args
            if into not in self.parent:
                self.parent[into] = parent
                self.alive.add(into)
            for s in sources:
                if s != into:
                    self.succ[s] = into
                    self.alive.discard(s)
                    for c, p in list(self.parent.items()):
                        if p == s and c in self.alive:
                            self.parent[c] = into
        elif kind == "move":
            code, parent = args
            self.parent[code] = parent


@st.composite
def reorganisations(draw):
    n_communes = draw(st.integers(6, 14))
    communes = {f"X{i:02d}": PROVINCES[draw(st.integers(0, 3))] for i in range(n_communes)}
    steps = []
    days = sorted(draw(st.lists(st.sampled_from(DAYS[2:]), min_size=1, max_size=8, unique=True)))
    for day in days:
        steps.append((day.isoformat(), draw(st.sampled_from(["merge", "merge", "move", "province", "rename"])),
                      draw(st.integers(0, 10 ** 6))))
    records = draw(st.lists(st.tuples(st.integers(0, 10 ** 6), st.sampled_from(DAYS), st.integers(1, 9)),
                            min_size=5, max_size=30))
    day_to = draw(st.sampled_from(["2025-12-31", "2024-06-30", "2023-12-31"]))
    return communes, steps, records, day_to


def _build(store, communes, steps):
    model = Model()
    setup.initialise(store, "N", "Bộ Công an", "national", officer="Đại tá Trần")
    for p in PROVINCES:
        add_unit(store, p, f"Công an tỉnh {p}", "provincial_police", "N")
        model.parent[p] = "N"
        model.alive.add(p)
    for c, p in communes.items():
        add_unit(store, c, f"Công an xã {c}", "commune_police", p)
        model.parent[c] = p
        model.alive.add(c)
    model.start_parent, model.start_alive = dict(model.parent), set(model.alive)
    new = 0
    for date, kind, pick in steps:
        live_communes = sorted(c for c in model.alive if c.startswith(("X", "Y")))
        live_provinces = sorted(p for p in model.alive if p.startswith("P"))
        if kind == "merge" and len(live_communes) >= 2:
            a = live_communes[pick % len(live_communes)]
            same = [c for c in live_communes if c != a and model.parent[c] == model.parent[a]] or \
                   [c for c in live_communes if c != a]
            b = same[pick // 7 % len(same)]
            if pick % 2:
                new += 1
                into, parent = f"Y{new:02d}", model.parent[a]
                unit_events.merge(store, [a, b], into, date, DECISION, name=f"Công an xã mới {new}")
            else:
                into, parent = b, model.parent[b]
                unit_events.merge(store, [a, b], b, date, DECISION)
            args = ([a, b], into, parent)
        elif kind == "province" and len(live_provinces) >= 2:
            a, b = live_provinces[pick % len(live_provinces)], live_provinces[(pick // 5) % len(live_provinces)]
            if a == b:
                continue
            unit_events.merge(store, [a, b], b, date, DECISION)
            args = ([a, b], b, "N")
            kind = "merge"
        elif kind == "move" and live_communes:
            c = live_communes[pick % len(live_communes)]
            others = [p for p in live_provinces if p != model.parent[c]]
            if not others:
                continue
            p = others[pick // 3 % len(others)]
            unit_events.move(store, c, p, date)
            args = (c, p)
        elif kind == "rename" and live_communes:
            c = live_communes[pick % len(live_communes)]
            unit_events.rename(store, c, f"Công an phường {c} {pick}", date)
            continue
        else:
            continue
        model.log.append((date, kind, args))
        model.apply(date, kind, args)
    return model


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reorganisations())
def test_reorg_totals_same_by_last_day_and_as_at_the_time(case):
    communes, steps, records, day_to = case
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "antt.sqlite")
        try:
            model = _build(store, communes, steps)
            expected_by_row = defaultdict(lambda: defaultdict(Decimal))  # root -> row -> guns
            expected_then = defaultdict(lambda: defaultdict(Decimal))  # root -> row as at the time -> guns
            at_end = model.at(day_to)
            for pick, day, qty in records:
                # a record is made at a commune that exists on its day
                then = model.at(day.isoformat())
                live = sorted(c for c in then.alive if c.startswith(("X", "Y")))
                unit = live[pick % len(live)]
                add_surrender(store, unit_code=unit, date=day.isoformat(), lines=[Line("gun.homemade", str(qty))],
                              owner_unknown=True)
                if day.isoformat() > day_to:
                    continue
                final = at_end.final(unit)
                province = at_end.final(at_end.parent[final])
                expected_by_row[province][final] += qty
                expected_by_row["N"][province] += qty
                # as at the time: the commune itself if it was under that province then, else the province
                # it was under then, when that province has since merged into this one
                was_under = then.parent[unit]
                row = was_under if was_under != province and at_end.final(was_under) == province else unit
                expected_then[province][row] += qty
                expected_then["N"][was_under] += qty
            for root in ["N", *sorted(p for p in at_end.alive if p.startswith("P"))]:
                end = queries.summary_data(store, root, "2021-01-01", day_to, by="end")
                time = queries.summary_data(store, root, "2021-01-01", day_to, by="time")
                got_end = defaultdict(Decimal)
                for row, items in end.row_items.items():
                    got_end[row] += sum(items.values(), Decimal(0))
                total_time = sum((q for items in time.row_items.values() for q in items.values()), Decimal(0))
                assert total_time == sum((q for items in time.year_items.values() for q in items.values()), Decimal(0))
                want = {k: v for k, v in expected_by_row[root].items() if v}
                assert {k: v for k, v in got_end.items() if v} == want, (root, steps)
                assert total_time == sum(want.values(), Decimal(0)), (root, steps)
                got_time = defaultdict(Decimal)
                for row, items in time.row_items.items():
                    got_time[row.split("|")[0]] += sum(items.values(), Decimal(0))
                assert {k: v for k, v in got_time.items() if v} == {k: v for k, v in expected_then[root].items() if v}, \
                    (root, steps)
                # every row of the last day's organisation is a unit that exists on that day
                assert {u.code for u in end.units} >= set(want)
        finally:
            store.close()
