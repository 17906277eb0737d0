"""Issue 20 in the app's figures: the Receipts page's totals line, the dashboard's cards and charts, a bar's click
and the Models page's places count what the lists show after a merger or a split (app/domain/list_scope.py),
not today's subtree. Stores made by the real first run (a post enrolled, the merger in a real down-bundle);
every expected figure is an independent SQL sum over the records the list shows."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import unit_events
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from tests.ui.conftest import sign_in
from ui.context import AppContext
from ui.i18n import install_language

DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")
TODAY = dt.date(2025, 12, 20)  # the dashboard's day: its month and year hold records from before and after the merger


def _receipt(store, unit, date, lines, place=""):
    return add_surrender(store, unit_code=unit, date=date, lines=[Line(i, q) for i, q in lines], owner_unknown=True,
                         place=place)


def _ids(page):
    model = page.table_model
    return sorted(model.value(r, "id") for r in range(model.rowCount()))


def _sql_totals(store, ids, since=None):
    """(category, unit of count) -> quantity over the receipts ``ids``, straight from the item lines."""
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(
        f"SELECT category, unit, sum(quantity), count(*) FROM surrender_items WHERE surrender_id IN ({marks})"
        " AND date >= ? GROUP BY 1, 2", [*ids, since or "0000"]).fetchall()
    return {(c, u): (q, n) for c, u, q, n in rows}


def _rows_of(totals):
    """Rows as app.domain.stats gives them, for the page's own formatting of figures read by SQL."""
    order = {"gun": 0, "ammo": 1}
    return [{"category": c, "unit": u, "unit_en": u, "quantity": int(q), "lines": n}
            for (c, u), (q, n) in sorted(totals.items(), key=lambda kv: order.get(kv[0][0], 9))]


@pytest.fixture
def merged_post(tmp_path, qapp):
    """The post CAX-DD, merged with CAX-B into the new CAX-C on 01/07/2025 (the merger comes down in a real
    bundle); its laptop holds its own receipts from before and the ones it wrote for CAX-C after."""
    from app.domain.community_models import add_model
    from app.sync import export, importer
    from tests.ui.sync.conftest import Pair

    pair = Pair(tmp_path)
    prov, post = pair.province, pair.post
    _receipt(post, "CAX-DD", "2025-03-01", [("gun.homemade", 2), ("ammo.rounds", 30)])
    _receipt(post, "CAX-DD", "2025-05-10", [("gun.homemade", 1)])
    add_model(post, unit_code="CAX-DD", name="Tổ tự quản bản Nà Hin", type="security_camera",
              established="2024-05-01", leader="Ông Lò Văn Pọm", place="Bản Nà Hin")
    sign_in(prov, "administrator")
    add_unit(prov, "CAX-B", "Công an xã Mai Pha", "commune_police", "CAT-LS")
    unit_events.merge(prov, ["CAX-DD", "CAX-B"], "CAX-C", "2025-07-01", DECISION, name="Công an xã Hoàng Văn Thụ")
    importer.apply_import(post, export.export_bundle(prov, pair.usb, recipient_unit="CAX-DD").path)
    _receipt(post, "CAX-C", "2025-08-03", [("gun.homemade", 4)])
    _receipt(post, "CAX-C", "2025-12-05", [("ammo.rounds", 12), ("gun.homemade", 1)])
    add_model(post, unit_code="CAX-C", name="Tổ tự quản bản Pò Mà", type="security_camera",
              established="2025-08-01", leader="Ông Hoàng Văn Mạ", place="Bản Pò Mà")
    yield post
    pair.close()


def test_ui_totals_line_of_a_merged_laptop_counts_the_receipts_its_list_shows(qtbot, merged_post):
    from ui.pages.surrenders import SurrendersPage, totals_text

    post = merged_post
    page = SurrendersPage(AppContext(post, install_language("vi")))
    qtbot.addWidget(page)
    page.show_records("2025-01-01", "2025-12-31")
    qtbot.waitUntil(lambda: not page.table_model.counting)
    qtbot.waitUntil(lambda: not page.totals_task.is_running)
    shown = _ids(page)
    assert len(shown) == 4  # its own two and the two it wrote for CAX-C
    totals = _sql_totals(post, shown)
    assert totals == {("gun", "khẩu"): (8, 4), ("ammo", "viên"): (42, 2)}  # by hand: 2+1+4+1 guns, 30+12 rounds
    assert page.totals_label.text() == "Tổng cộng: " + totals_text(_rows_of(totals), "vi")
    assert "Súng: 8 khẩu" in page.totals_label.text()  # today's subtree alone (CAX-DD) made it 3


def test_ui_dashboard_of_a_merged_laptop_agrees_with_its_lists(qtbot, merged_post, monkeypatch):
    from ui.pages import dashboard
    from ui.pages.dashboard import DashboardPage
    from ui.pages.models import ModelsPage
    from ui.pages.surrenders import SurrendersPage, totals_text

    post = merged_post
    ctx = AppContext(post, install_language("vi"))
    page, receipts, models = DashboardPage(ctx), SurrendersPage(ctx), ModelsPage(ctx)
    for p in (page, receipts, models):
        qtbot.addWidget(p)
    monkeypatch.setattr(dashboard, "today", lambda: TODAY)  # the day each refresh takes
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)  # the figures, read on a worker
    receipts.show_records("2025-01-01", TODAY.isoformat())
    qtbot.waitUntil(lambda: not receipts.table_model.counting)
    year_ids = _ids(receipts)
    receipts.show_records("2025-12-01", TODAY.isoformat())
    qtbot.waitUntil(lambda: not receipts.table_model.counting)
    month_ids = _ids(receipts)
    qtbot.waitUntil(lambda: not receipts.totals_task.is_running)
    assert (len(year_ids), len(month_ids)) == (4, 1)
    assert page.cards["receipts_year"].value.text() == "4" and page.cards["receipts_month"].value.text() == "1"
    year, month = _sql_totals(post, year_ids), _sql_totals(post, month_ids)
    assert page.year_items.text() == "Tiếp nhận trong năm: " + totals_text(_rows_of(year), "vi")
    assert page.month_items.text() == "Tiếp nhận trong tháng: " + totals_text(_rows_of(month), "vi")
    # the month chart: item lines per month and category over the listed receipts, read by SQL
    marks = ",".join("?" * len(year_ids))
    by_month = {(m, c): n for m, c, n in post.conn.execute(
        f"SELECT substr(date, 1, 7), category, count(*) FROM surrender_items WHERE surrender_id IN ({marks})"
        " GROUP BY 1, 2", year_ids)}
    chart = page.items_chart
    drawn = {(page._months[i], page._categories[s]): v for s, (_, values) in enumerate(chart.series)
             for i, v in enumerate(values) if v}
    assert drawn == by_month and by_month[("2025-08", "gun")] == 1  # August: written for CAX-C
    # the models chart and card: the models the Models page lists (both, not only CAX-DD's)
    models.refresh()  # fills the places too
    qtbot.waitUntil(lambda: not models.table_model.counting)
    assert models.table_model.rowCount() == 2
    assert page.cards["models_active"].value.text() == "2"
    assert sum(sum(v) for _, v in page.models_chart.series) == 2
    # the Models page's places: those of the models it lists
    places = {models.place_filter.itemData(i) for i in range(1, models.place_filter.count())}
    assert places == {r[0] for r in post.conn.execute("SELECT place FROM models")} == {"Bản Nà Hin", "Bản Pò Mà"}
    assert page.units_chart.isHidden()  # a commune merged into a commune: nothing below to compare


def test_ui_province_bar_of_a_merged_commune_counts_and_opens_its_predecessors_receipts(qtbot, province,
                                                                                           monkeypatch):
    """At the province, CAX-B merged into CAX-A: A's bar counts B's receipts too, and its click lists them, with
    a totals line over what it lists."""
    from ui.pages import dashboard
    from ui.pages.dashboard import DashboardPage
    from ui.pages.surrenders import SurrendersPage, totals_text

    store = province
    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha"),
                       ("CAX-E", "Công an xã Tân Thanh")):
        add_unit(store, code, name, "commune_police", store.home_unit)
    unit_events.merge(store, ["CAX-A", "CAX-B"], "CAX-A", "2025-07-01", DECISION)
    sign_in(store, "commander")
    _receipt(store, "CAX-A", "2025-03-01", [("gun.homemade", 1)])
    _receipt(store, "CAX-B", "2025-04-01", [("gun.homemade", 5)])
    _receipt(store, "CAX-B", "2025-05-01", [("ammo.rounds", 7)])
    _receipt(store, "CAX-E", "2025-05-02", [("gun.homemade", 2)])
    ctx = AppContext(store, install_language("vi"))
    page, receipts = DashboardPage(ctx), SurrendersPage(ctx)
    for p in (page, receipts):
        qtbot.addWidget(p)
    monkeypatch.setattr(dashboard, "today", lambda: TODAY)  # the day each refresh takes
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)  # the figures, read on a worker
    bars = dict(zip(page._unit_codes, page.units_chart.series[0][1]))
    by_sql = dict(store.conn.execute("SELECT CASE unit_code WHEN 'CAX-B' THEN 'CAX-A' ELSE unit_code END, count(*)"
                                     " FROM surrenders GROUP BY 1"))
    assert bars == by_sql == {"CAX-A": 3, "CAX-E": 1}  # B ended: no bar of its own, its receipts in A's
    page.openRecords.connect(lambda _key, filters: receipts.show_records(**filters))
    page.units_chart.click(0, page._unit_codes.index("CAX-A"))
    qtbot.waitUntil(lambda: not receipts.table_model.counting)
    qtbot.waitUntil(lambda: receipts.totals_task is not None and not receipts.totals_task.is_running)
    shown = _ids(receipts)
    assert shown == sorted(r[0] for r in store.conn.execute(
        "SELECT id FROM surrenders WHERE unit_code IN ('CAX-A', 'CAX-B')"))
    totals = _sql_totals(store, shown)
    assert totals == {("gun", "khẩu"): (6, 2), ("ammo", "viên"): (7, 1)}
    assert receipts.totals_label.text() == "Tổng cộng: " + totals_text(_rows_of(totals), "vi")


def test_stats_and_units_chart_follow_a_split_by_place(province):
    """CAX-X splits into CAX-M (main) and CAX-P, which takes the village "Nà Hin": P's totals take X's receipts of
    Nà Hin, M's give them up, and the province's per-unit rows place them with P. Figures from SQL over the ids
    each list shows."""
    from app.domain.list_scope import list_scope, scope_filters
    from app.domain.stats import receipts_per_unit, stats
    from app.store.paging import KeysetPager
    from ui import sources

    store = province
    add_unit(store, "CAX-X", "Công an xã Tân Thanh", "commune_police", store.home_unit)
    unit_events.split(store, "CAX-X", [unit_events.SplitPart("CAX-M", "Công an xã Tân Thanh"),
                                       unit_events.SplitPart("CAX-P", "Công an xã Nà Lầu", ("Nà Hin",))],
                      "2025-07-01", DECISION, attribution="place", main="CAX-M")
    sign_in(store, "commander")
    _receipt(store, "CAX-X", "2025-03-01", [("gun.homemade", 3), ("ammo.rounds", 9)], place="Bản Nà Hin")
    _receipt(store, "CAX-X", "2025-03-02", [("gun.homemade", 1)], place="Bản Pò Mà")
    _receipt(store, "CAX-P", "2025-08-01", [("gun.homemade", 2)], place="Bản Nà Hin")
    for root, expected in (("CAX-P", {("gun", "khẩu"): (5, 2), ("ammo", "viên"): (9, 1)}),
                           ("CAX-M", {("gun", "khẩu"): (1, 1)})):
        scope = list_scope(store, root, TODAY.isoformat())
        pager = KeysetPager(store.conn, sources.SURRENDERS, filters=scope_filters(scope, "surrenders"))
        ids = sorted(row[0] for row in pager.page(0, 100))
        assert _sql_totals(store, ids) == expected
        got = {(r["category"], r["unit"]): (r["quantity"], r["lines"])
               for r in stats(store, "2025-01-01", "2025-12-31", by="category", scope=scope)}
        assert got == expected
    scope = list_scope(store, store.home_unit, TODAY.isoformat())
    rows = {r["code"]: r["receipts"] for r in receipts_per_unit(store, scope.root, "2025-01-01", "2025-12-31", scope)}
    assert rows == {"CAX-M": 1, "CAX-P": 2}
