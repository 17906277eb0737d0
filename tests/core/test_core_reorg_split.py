"""Issue 20: a commune split "by the place recorded" - its receipts and its models go to the part that took
their village; its monthly figures, which name no place, are never divided: they stay with the split unit and
count under its main successor (docs/reorganisation.md). The province's totals are the same before and after
the split, by either grouping; expected figures are worked out by hand below.

Tân Thanh (CAX-X) splits on 01/07/2025 into Tân Thanh (CAX-A, main, thôn Khòn Phổ) and Nà Lầu (CAX-B, thôn Nà
Lầu and Pò Mã). Before it: receipts of 5 guns at Nà Lầu and 3 at Khòn Phổ; models at Nà Lầu, Pò Mã (B's) and
Khòn Phổ (A's); figures entered for 03/2025 (4 cases occurred, 3 cleared) and 05/2025 (2 and 2).
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import activities, organisation, setup, unit_events, unit_list
from app.domain.community_models import add_model
from app.domain.figure_entry import set_figures
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from app.reports import queries
from app.store.db import open_store


@pytest.fixture
def province(tmp_path):
    s = open_store(tmp_path / "p.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
    add_unit(s, "CAX-X", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    add_unit(s, "CAX-D", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    for place, guns in (("Thôn Nà Lầu", 5), ("thôn Khòn Phổ", 3)):
        add_surrender(s, unit_code="CAX-X", date="2025-04-02", lines=[Line("gun.homemade", str(guns))],
                      owner_unknown=True, place=place)
    add_surrender(s, unit_code="CAX-D", date="2025-04-02", lines=[Line("gun.homemade", "1")], owner_unknown=True)
    ids = {}
    for name, place in (("Tổ an ninh thôn Nà Lầu", "Thôn Nà Lầu"), ("Tổ tự quản Pò Mã", "Bản Pò Mã"),
                        ("Camera an ninh Khòn Phổ", "Thôn Khòn Phổ")):
        ids[place] = add_model(s, unit_code="CAX-X", name=name, type="security_camera", place=place,
                               established="2024-05-01").id
    add_model(s, unit_code="CAX-D", name="Tổ bảo vệ chợ", type="security_camera", established="2024-05-01")
    set_figures(s, "CAX-X", "2025-03", {"crime.cases_occurred": 4, "crime.cases_cleared": 3})
    set_figures(s, "CAX-X", "2025-05", {"crime.cases_occurred": 2, "crime.cases_cleared": 2})
    s.ids = ids
    yield s
    s.close()


def _split(store):
    unit_events.split(store, "CAX-X", [unit_events.SplitPart("CAX-A", "Công an xã Tân Thanh", ("Khòn Phổ",)),
                                      unit_events.SplitPart("CAX-B", "Công an xã Nà Lầu", ("Nà Lầu", "Pò Mã"))],
                      "2025-07-01", unit_events.Decision("1681/NQ-UBTVQH15"), attribution="place", main="CAX-A")


def _totals(report) -> tuple:
    items = defaultdict(float)
    for got in report.row_items.values():
        for item, qty in got.items():
            items[item] += float(qty)
    return dict(items), {k: float(v) for k, v in report.indicators_period.items()}, report.models_total


def _by_row(report) -> dict[str, float]:
    rows = defaultdict(float)
    for row, got in report.row_items.items():
        rows[row] += sum(float(q) for q in got.values())
    return dict(rows)


def test_reorg_split_by_place_keeps_the_provinces_totals(province):
    before = _totals(queries.summary_data(province, "CAT-LS", "2025-01-01", "2025-12-31"))
    # by hand: 5 + 3 + 1 guns; 4 models; 6 cases occurred, 5 cleared (CAX-X's entries; D entered none)
    assert before[0] == {"gun.homemade": 9.0} and before[2] == 4
    assert before[1]["crime.cases_occurred"] == 6 and before[1]["crime.cases_cleared"] == 5
    _split(province)
    for by in ("end", "time"):
        after = queries.summary_data(province, "CAT-LS", "2025-01-01", "2025-12-31", by=by)
        assert _totals(after) == before, by
    by_end = queries.summary_data(province, "CAT-LS", "2025-01-01", "2025-12-31")
    assert _by_row(by_end) == {"CAX-B": 5.0, "CAX-A": 3.0, "CAX-D": 1.0}  # receipts by their village
    as_then = queries.summary_data(province, "CAT-LS", "2025-01-01", "2025-12-31", by="time")
    # as organised at the time: the split unit's row holds all of its receipts and names both parts
    assert [r.name for r in as_then.units] == ["Công an xã Đồng Đăng", "Công an xã Nà Lầu", "Công an xã Tân Thanh",
                                               "Công an xã Tân Thanh (nay là xã Tân Thanh, xã Nà Lầu)"]
    assert sorted(_by_row(as_then).values()) == [1.0, 8.0]


def test_reorg_split_models_go_with_their_village_and_figures_stay_whole(province):
    _split(province)
    # the register: B lists the models of its villages, naming the former unit; A keeps Khòn Phổ's
    rows_b = queries.models_rows(province, "CAX-B")
    assert sorted((m["name"], m["unit_name"]) for m in rows_b) == [
        ("Tổ an ninh thôn Nà Lầu", "Công an xã Nà Lầu (trước đây: Công an xã Tân Thanh)"),
        ("Tổ tự quản Pò Mã", "Công an xã Nà Lầu (trước đây: Công an xã Tân Thanh)")]
    assert [m["name"] for m in queries.models_rows(province, "CAX-A")] == ["Camera an ninh Khòn Phổ"]
    assert len(queries.models_rows(province, "CAT-LS")) == 4
    # each part's summary after the split: its models; A, the main successor, also carries the split unit's
    # monthly figures of before the split (they name no place), B none of them
    b = queries.summary_data(province, "CAX-B", "2025-07-01", "2025-12-31")
    a = queries.summary_data(province, "CAX-A", "2025-07-01", "2025-12-31")
    assert (b.models_total, a.models_total) == (2, 1)
    assert b.indicators_period["movement.models_active"] == 2 and a.indicators_period["movement.models_active"] == 1
    year_a = queries.summary_data(province, "CAX-A", "2025-01-01", "2025-12-31")
    year_b = queries.summary_data(province, "CAX-B", "2025-01-01", "2025-12-31")
    assert year_a.indicators_period["crime.cases_occurred"] == 6
    assert "crime.cases_occurred" not in year_b.indicators_period
    assert _by_row(year_a) == {"CAX-A": 3.0} and _by_row(year_b) == {"CAX-B": 5.0}
    # the parts' totals add up to the province's for the half-year after the split
    prov = queries.summary_data(province, "CAT-LS", "2025-07-01", "2025-12-31")
    d = queries.summary_data(province, "CAX-D", "2025-07-01", "2025-12-31")
    assert prov.models_total == a.models_total + b.models_total + d.models_total == 4
    assert prov.indicators_period["movement.models_active"] == 4
    # a meeting of Nà Lầu's team after the split is B's (X has ended); one before it stays X's
    after = activities.add_activity(province, province.ids["Thôn Nà Lầu"], "2025-08-01", "meeting", 12)
    before = activities.add_activity(province, province.ids["Thôn Nà Lầu"], "2025-06-01", "meeting", 10)
    units = dict(province.conn.execute("SELECT id, unit_code FROM activities"))
    assert (units[after], units[before]) == ("CAX-B", "CAX-X")
    assert organisation.model_moves(province, "2025-06-30") == {}
    listed = {u.code: (u.active, u.status) for u in unit_list.unit_list(province)}
    assert listed["CAX-X"] == (False, "đã chia tách, hồ sơ còn lại về Công an xã Tân Thanh (CAX-A) từ 01/07/2025")
    assert listed["CAX-B"] == (True, "")
    # B's monthly form of 08/2025 (15/07-14/08) lists the models of its villages, with the meeting of 01/08
    month = queries.monthly_data(province, "CAX-B", "2025-08")
    assert [(m.name, m.activities, m.participants) for m in month.models] == [
        ("Tổ an ninh thôn Nà Lầu", 1, 12), ("Tổ tự quản Pò Mã", 0, 0)]
    assert [m.name for m in queries.monthly_data(province, "CAX-A", "2025-08").models] == ["Camera an ninh Khòn Phổ"]


VILLAGES = ["Nà Lầu", "Pò Mã", "Khòn Phổ", "Bản Chu"]


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(b_places=st.sets(st.sampled_from(VILLAGES), min_size=1, max_size=3),
       receipts=st.lists(st.tuples(st.sampled_from([*VILLAGES, None]), st.integers(1, 9)), min_size=1, max_size=8),
       models=st.lists(st.sampled_from([*VILLAGES, None]), max_size=4))
def test_reorg_split_parts_add_up_to_the_whole(tmp_path_factory, b_places, receipts, models):
    """Whatever villages part B takes and wherever the split unit's receipts and models were: each part's own
    review holds what the test's own rule gives it (B: its villages; A, the main part: the rest), and the
    parts add up to the province's review."""
    s = open_store(tmp_path_factory.mktemp("s") / "p.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
    add_unit(s, "CAX-X", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    for village, guns in receipts:
        add_surrender(s, unit_code="CAX-X", date="2024-03-01", lines=[Line("gun.homemade", str(guns))],
                      owner_unknown=True, place=f"Thôn {village}" if village else "")
    for i, village in enumerate(models):
        add_model(s, unit_code="CAX-X", name=f"Tổ {i}", type="security_camera", place=f"thôn {village}" if village else "",
                  established="2024-05-01")
    a_places = tuple(v for v in VILLAGES if v not in b_places)[:1]
    unit_events.split(s, "CAX-X", [unit_events.SplitPart("CAX-A", "Công an xã A", a_places),
                                  unit_events.SplitPart("CAX-B", "Công an xã B", tuple(sorted(b_places)))],
                      "2025-07-01", unit_events.Decision("9"), attribution="place", main="CAX-A")
    want = {"CAX-A": 0, "CAX-B": 0}
    for village, guns in receipts:
        want["CAX-B" if village in b_places else "CAX-A"] += guns
    want_models = {"CAX-A": 0, "CAX-B": 0}
    for village in models:
        want_models["CAX-B" if village in b_places else "CAX-A"] += 1
    got, got_models = {}, {}
    for code in ("CAX-A", "CAX-B", "CAT-LS"):
        r = queries.summary_data(s, code, "2021-01-01", "2025-12-31")
        got[code] = sum(float(q) for items in r.row_items.values() for q in items.values())
        got_models[code] = r.models_total
    assert (got["CAX-A"], got["CAX-B"]) == (want["CAX-A"], want["CAX-B"])
    assert got["CAT-LS"] == sum(g for _, g in receipts)
    assert (got_models["CAX-A"], got_models["CAX-B"], got_models["CAT-LS"]) == (
        want_models["CAX-A"], want_models["CAX-B"], len(models))
    s.close()
