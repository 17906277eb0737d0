"""The overview's figures in one core call (app/domain/overview.py): every card, line of totals and chart series
equals a plain SQL count over the records written here, on a province's store set up as the first run sets it up
(the unit and its administrator in one step, then a commander), before and after a merger and a split by place."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import unit_events
from app.domain.activities import add_activity
from app.domain.community_models import add_model, end_model
from app.domain.list_scope import list_scope
from app.domain.overview import has_units_below, last_months, overview_figures
from app.domain.surrenders import Line, add_surrender
from app.security import accounts
from tests.core.conftest import COMMANDER

TODAY = dt.date(2025, 12, 20)  # a year with records on both sides of the reorganisation of 01/07/2025
DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")


def receipt(store, unit, date, *lines, place=""):
    return add_surrender(store, unit_code=unit, date=date, lines=[Line(i, q) for i, q in lines], owner_unknown=True,
                         place=place)


def records(store):
    """Receipts over two years (last year's December is inside the chart's twelve months, its January not), models
    of two types, one ended, and activities this month and before it."""
    receipt(store, "CAX-A", "2024-11-30", ("gun.homemade", 9))  # out of every figure but none
    receipt(store, "CAX-A", "2024-12-31", ("gun.homemade", 1), ("ammo.rounds", 5))
    receipt(store, "CAX-B", "2025-03-01", ("gun.homemade", 2))
    receipt(store, "CAX-B", "2025-05-10", ("ammo.rounds", 30), ("firecracker.kg", 2.5))
    receipt(store, "CAX-E", "2025-08-03", ("gun.homemade", 4))
    receipt(store, "CAX-E", "2025-12-01", ("ammo.rounds", 12), ("gun.homemade", 1))
    receipt(store, "CAX-A", "2025-12-20", ("firecracker.kg", 0.5))
    receipt(store, "CAX-X", "2025-03-02", ("gun.homemade", 3), place="Bản Nà Hin")
    receipt(store, "CAX-X", "2025-04-02", ("gun.homemade", 1), place="Bản Pò Mà")
    cams = [add_model(store, unit_code=u, name=f"Tổ camera an ninh {u}", type="security_camera",
                      established="2024-05-01", place="Bản Nà Hin") for u in ("CAX-A", "CAX-B", "CAX-E")]
    fund = add_model(store, unit_code="CAX-E", name="Quỹ an ninh bản Pò Mà", type="security_fund",
                     established="2023-01-01", place="Bản Pò Mà")
    end_model(store, cams[1].id, "2025-02-01", "Hết kinh phí")
    for model, date in ((cams[0], "2025-12-02"), (cams[2], "2025-12-19"), (fund, "2025-11-30"), (fund, "2025-12-20")):
        add_activity(store, model.id, date, "meeting", participants=12)


def sql(store, query, *params):
    return store.conn.execute(query, params).fetchall()


def check_against_sql(store, figures, bar_of, ids: list[str]):
    """Every figure of ``figures`` against SQL over the receipts ``ids`` (those the lists show) and every model and
    activity (a province's lists show them all); ``bar_of(receipt id, unit code)``: its bar in the per-unit chart."""
    marks = ",".join("?" * len(ids))
    month, year = "2025-12-01", "2025-01-01"

    def count(since):
        return sql(store, f"SELECT count(*) FROM surrenders WHERE id IN ({marks}) AND date >= ?", *ids, since)[0][0]

    def by_category(since):
        return {(c, u): (q, n) for c, u, q, n in sql(
            store, f"SELECT category, unit, sum(quantity), count(*) FROM surrender_items WHERE surrender_id IN"
                   f" ({marks}) AND date BETWEEN ? AND ? GROUP BY 1, 2", *ids, since, TODAY.isoformat())}

    assert figures.receipts_month == count(month) and figures.receipts_year == count(year)
    assert figures.activities_month == sql(store, "SELECT count(*) FROM activities WHERE date >= ?", month)[0][0]
    assert {(r["category"], r["unit"]): (r["quantity"], r["lines"]) for r in figures.month_items} == by_category(month)
    assert {(r["category"], r["unit"]): (r["quantity"], r["lines"]) for r in figures.year_items} == by_category(year)
    months = last_months(TODAY)
    assert figures.months == tuple(months) and (months[0], months[-1]) == ("2025-01", "2025-12")
    lines = {(m, c): n for m, c, n in sql(
        store, f"SELECT substr(date, 1, 7), category, count(*) FROM surrender_items WHERE surrender_id IN ({marks})"
               " AND date BETWEEN '2025-01-01' AND ? GROUP BY 1, 2", *ids, TODAY.isoformat())}
    drawn = {(figures.months[i], c): n for c, per_month in figures.lines_per_month for i, n in enumerate(per_month) if n}
    assert drawn == lines
    assert figures.models == {(t, s): n for t, s, n in sql(store, "SELECT type, status, count(*) FROM models"
                                                                  " GROUP BY 1, 2")}
    bars: dict[str, int] = {}
    for rid, unit in sql(store, f"SELECT id, unit_code FROM surrenders WHERE id IN ({marks}) AND date BETWEEN ? AND ?",
                         *ids, year, TODAY.isoformat()):
        bars[bar_of(rid, unit)] = bars.get(bar_of(rid, unit), 0) + 1
    assert {r["code"]: r["receipts"] for r in figures.per_unit if r["receipts"]} == bars


def test_the_overview_of_a_province_counts_what_sql_counts(province):
    store = province
    accounts.login(store, *COMMANDER)
    records(store)
    figures = overview_figures(store, list_scope(store, "CAT-LS"), TODAY)
    ids = [r[0] for r in sql(store, "SELECT id FROM surrenders")]
    check_against_sql(store, figures, lambda _rid, unit: unit, ids)
    # by hand: this month A's 0.5 kg and E's receipt of two lines; this year all but A's two of 2024
    assert (figures.receipts_month, figures.receipts_year, figures.activities_month) == (2, 7, 3)
    assert figures.models_active == 3 and figures.model_types == ["security_camera", "security_fund"]
    assert [r["code"] for r in figures.per_unit] == ["CAX-A", "CAX-B", "CAX-X", "CAX-E"]  # Hoàng Đồng, Mai Pha, Na Sầm, Tân Thanh
    assert [r["receipts"] for r in figures.per_unit] == [1, 2, 2, 2]
    guns = dict(figures.lines_per_month)["gun"]
    assert guns[0] == 0 and guns[2] == 2 and guns[-1] == 1  # January none; March B's and X's; December E's
    # the page's guess at its build, which keeps the per-unit chart's place, agrees with the figures
    assert has_units_below(store, "CAT-LS") and not has_units_below(store, "CAX-A")
    assert not has_units_below(store, None)  # a store not set up yet: no home unit


def test_after_a_merger_and_a_split_the_overview_follows_the_lists(province):
    """B merged into A, X split into M and P (P takes the village Nà Hin): A's bar counts B's receipts, P's takes
    X's receipt of Nà Hin and M's the other; the cards count the same receipts as before."""
    store = province
    unit_events.merge(store, ["CAX-A", "CAX-B"], "CAX-A", "2025-07-01", DECISION)
    unit_events.split(store, "CAX-X", [unit_events.SplitPart("CAX-M", "Công an xã Na Sầm"),
                                       unit_events.SplitPart("CAX-P", "Công an xã Nà Lầu", ("Nà Hin",))],
                      "2025-07-01", DECISION, attribution="place", main="CAX-M")
    accounts.login(store, *COMMANDER)
    records(store)
    receipt(store, "CAX-P", "2025-12-05", ("gun.homemade", 2), place="Bản Nà Hin")
    scope = list_scope(store, "CAT-LS")
    figures = overview_figures(store, scope, TODAY)
    ids = [r[0] for r in sql(store, "SELECT id FROM surrenders")]
    na_hin = sql(store, "SELECT id FROM surrenders WHERE unit_code = 'CAX-X' AND place = 'Bản Nà Hin'")[0][0]
    bars = {r["code"]: r["receipts"] for r in figures.per_unit}
    assert bars == {"CAX-A": 3, "CAX-E": 2, "CAX-M": 1, "CAX-P": 2}  # by hand
    successor = {"CAX-B": "CAX-A", "CAX-X": "CAX-M"}
    check_against_sql(store, figures, lambda rid, unit: "CAX-P" if rid == na_hin else successor.get(unit, unit), ids)
    assert (figures.receipts_month, figures.receipts_year) == (3, 8)

    # P's own overview: its receipt and X's receipt of Nà Hin, nothing of M's
    p = overview_figures(store, list_scope(store, "CAX-P"), TODAY)
    assert (p.receipts_month, p.receipts_year) == (1, 2) and p.per_unit == ()
    assert has_units_below(store, "CAT-LS") and not has_units_below(store, "CAX-P")  # as the figures say
    theirs = [r[0] for r in sql(store, "SELECT id FROM surrenders WHERE unit_code = 'CAX-P'")] + [na_hin]
    year = {(r["category"], r["unit"]): (r["quantity"], r["lines"]) for r in p.year_items}
    assert year == {(c, u): (q, n) for c, u, q, n in sql(
        store, f"SELECT category, unit, sum(quantity), count(*) FROM surrender_items WHERE surrender_id IN"
               f" ({','.join('?' * len(theirs))}) GROUP BY 1, 2", *theirs)} == {("gun", "khẩu"): (5, 2)}


def test_a_cancelled_read_stops_between_its_reads(province):
    calls = []

    class Stop(Exception):
        pass

    def check():
        calls.append(1)
        raise Stop

    with pytest.raises(Stop):
        overview_figures(province, list_scope(province, "CAT-LS"), TODAY, check)
    assert calls == [1]


def test_the_units_chart_draws_a_provinces_busiest_units():
    """Figures by hand: 14 communes, the chart has room for 12 bars: the 12 with most receipts, most first (a tie in
    the rows' order); the two with none and one are left out. A province of 12 or fewer: every row as it came (the
    Vietnamese order of names)."""
    from app.domain.overview import busiest_units

    counts = [5, 9, 0, 7, 7, 12, 1, 3, 8, 2, 4, 6, 10, 11]  # the rows in the Vietnamese order of their names
    rows = tuple({"code": f"X{i:02d}", "name": f"Xã {i:02d}", "receipts": n} for i, n in enumerate(counts))
    shown = busiest_units(rows)
    assert [r["receipts"] for r in shown] == [12, 11, 10, 9, 8, 7, 7, 6, 5, 4, 3, 2]
    assert [r["code"] for r in shown][5:7] == ["X03", "X04"]  # the tie at 7 in the rows' order
    assert busiest_units(rows[:12]) == list(rows[:12])
