"""The dashboard's charts on QtCharts (issue 19 item 7): a per-unit chart at the province, values on hover, the
records behind a bar on click, whole-number ticks. Expected figures come from SQL, not from the chart code."""

import datetime as dt

import pytest

from app.domain import setup, units
from app.domain import surrenders as sr
from app.domain.community_models import add_model
from app.store.db import open_store
from ui.app import Shell, create_application

TODAY = dt.date.today()
THIS_MONTH = TODAY.replace(day=1)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn",
                     officer="Đại tá Nguyễn Văn An")
    for code, name in (("X1", "Công an xã Tân Thanh"), ("X2", "Công an xã Đồng Đăng"), ("X3", "Công an xã Cao Lộc")):
        units.add_unit(s, code, name, "commune_police", "CAT-LS", place="Lạng Sơn")
    receipts = [("X2", "gun.homemade", 1), ("X2", "ammo.rounds", 30), ("X1", "gun.air", 2)]
    for unit, item, qty in receipts:
        sr.add_surrender(s, unit_code=unit, date=THIS_MONTH.isoformat(), person_name="Hoàng Văn Pò",
                         lines=[sr.Line(item, qty)])
    add_model(s, unit_code="X2", name="Tổ tự quản đường biên bản Nà Pàn", type="border_line_group",
              established="2024-05-01", place="Nà Pàn")
    yield s
    s.close()


@pytest.fixture
def dashboard(qtbot, store):
    create_application()
    sh = Shell(store, "vi")
    qtbot.addWidget(sh.window)
    page = sh.window.show_page("dashboard")
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)  # the figures, read on a worker, are shown
    yield sh.window, page
    surrenders = sh.window.pages.get("surrenders")
    if surrenders is not None and surrenders.totals_task is not None:
        surrenders.totals_task.wait()


def sql(store, query, *params):
    return store.conn.execute(query, params).fetchone()[0]


def test_the_province_compares_its_units(dashboard, store):
    window, page = dashboard
    chart = page.units_chart
    assert not chart.isHidden()
    assert chart.labels == ["Cao Lộc", "Đồng Đăng", "Tân Thanh"]  # Vietnamese order, without the words all share
    expected = [sql(store, "SELECT count(*) FROM surrenders WHERE unit_code = ?", c) for c in ("X3", "X2", "X1")]
    assert chart.series[0][1] == expected == [0, 2, 1]
    assert all(float(t).is_integer() for t in chart.ticks()) and chart.ticks()[:3] == [0, 1, 2]
    assert chart.hover(0, 1) == "Đồng Đăng · Biên bản: 2"


def test_a_click_opens_the_receipts_of_that_unit(dashboard, store):
    window, page = dashboard
    page.units_chart.click(0, 1)
    surrenders = window.pages["surrenders"]
    assert window.current_key == "surrenders"
    assert surrenders.table_model.rowCount() == sql(store, "SELECT count(*) FROM surrenders WHERE unit_code = 'X2'")
    assert "chỉ Công an xã Đồng Đăng" in surrenders.count_label.text()
    surrenders.show_all_units()
    assert surrenders.table_model.rowCount() == 3


def test_a_province_of_many_units_charts_its_busiest_and_says_so(dashboard):
    """Fourteen communes (figures made here, not read): twelve bars, most receipts first, under a title that says
    they are the 12 with most of 14; a bar still opens its unit's receipts. Back to three units: the plain title."""
    from dataclasses import replace

    window, page = dashboard
    shown = page.figures
    counts = [5, 9, 0, 7, 7, 12, 1, 3, 8, 2, 4, 6, 10, 11]
    rows = tuple({"code": f"X{i:02d}", "name": f"Công an xã Số {i:02d}", "receipts": n} for i, n in enumerate(counts))
    page.show_figures(replace(shown, per_unit=rows))
    chart = page.units_chart
    assert chart.labels[:3] == ["05", "13", "12"] and len(chart.labels) == 12  # the shared words left out
    assert chart.series[0][1] == [12, 11, 10, 9, 8, 7, 7, 6, 5, 4, 3, 2]
    assert chart.chart.title() == "Biên bản năm nay: 12/14 đơn vị nhiều nhất"
    page.show_figures(shown)
    assert chart.chart.title() == "Biên bản trong năm, theo đơn vị" and len(chart.labels) == 3


def test_a_month_bar_opens_that_months_receipts_of_that_category(dashboard, store):
    window, page = dashboard
    chart = page.items_chart
    month = len(chart.labels) - 1  # this month is the last bar
    guns = [n for n, _ in chart.series].index("Súng")
    assert chart.series[guns][1][month] == 2  # two item lines of guns this month (X1 and X2)
    assert chart.hover(guns, month).startswith(f"{THIS_MONTH:%m/%y} · Súng: 2")
    chart.click(guns, month)
    surrenders = window.pages["surrenders"]
    assert surrenders.category.currentData() == "gun"
    assert surrenders.date_from.iso() == THIS_MONTH.isoformat()
    assert surrenders.table_model.rowCount() == sql(
        store, "SELECT count(DISTINCT surrender_id) FROM surrender_items WHERE category = 'gun' AND date >= ?",
        THIS_MONTH.isoformat()) == 2


def test_a_model_bar_opens_those_models(dashboard, store):
    window, page = dashboard
    page.models_chart.click(0, 0)  # active, the only type
    models = window.pages["models"]
    assert models.type_filter.currentData() == "border_line_group" and models.status_filter.currentData() == "active"
    assert models.table_model.rowCount() == sql(store, "SELECT count(*) FROM models WHERE type = 'border_line_group'"
                                                       " AND status = 'active'") == 1


@pytest.fixture
def commune(tmp_path):
    s = open_store(tmp_path / "c.sqlite")
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
    yield s
    s.close()


def test_a_commune_alone_has_no_per_unit_chart(commune, qtbot):
    create_application()
    sh = Shell(commune, "vi")
    qtbot.addWidget(sh.window)
    page = sh.window.show_page("dashboard")
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)
    assert page.units_chart.isHidden() and page.units_chart.labels == []
