"""Charts that do not mislead (issue 19 item 7): one unit of count per axis, whole-number ticks for counts, a
per-unit chart in a province's summary. Checked on the drawings' own data and on the PDF read back."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import BarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.platypus import Table

from app.reports.summary import build_summary_pdf, summary_body
from tests.reports.conftest import make_summary

# what each summary column counts in (the shipped catalogue, by hand)
# (firecrackers are counted in quả or weighed in kg: two columns, one per unit)
UNIT_OF = {"Súng": {"khẩu"}, "Công cụ hỗ trợ": {"chiếc"}, "Vũ khí thô sơ": {"chiếc"}, "Đạn": {"viên"},
           "Lựu đạn, bom, mìn": {"quả"}, "Pháo nổ": {"quả", "kg"}, "Thuốc pháo": {"kg"}}


def charts_of(body):
    """(title, chart) of every bar chart drawn, in order, also inside side-by-side grids."""
    out = []
    for f in body:
        cells = [c for row in f._cellvalues for c in row] if isinstance(f, Table) else [f]
        for d in cells:
            if isinstance(d, Drawing):
                title = next((x.text for x in d.contents if isinstance(x, String)), "")
                out += [(title, c) for c in d.contents if isinstance(c, BarChart)]
    return out


def test_every_axis_carries_one_unit_of_count():
    body, _ = summary_body(make_summary(3))
    charts = charts_of(body)
    per_unit_panels = [(t, c) for t, c in charts if t.startswith("Đơn vị tính: ")]
    assert {t for t, _ in per_unit_panels} == {"Đơn vị tính: khẩu", "Đơn vị tính: chiếc", "Đơn vị tính: viên",
                                              "Đơn vị tính: quả", "Đơn vị tính: kg"}
    for title, chart in per_unit_panels:
        unit = title.removeprefix("Đơn vị tính: ")
        names = list(chart.categoryAxis.categoryNames)
        assert names and all(unit in UNIT_OF[n] for n in names), (title, names)
    # the guns' panel shows the 185 guns on an axis of their own, not beside 2.028 primitive weapons
    guns = next(c for t, c in per_unit_panels if t.endswith("khẩu"))
    assert guns.data == [[185.0]] and guns.valueAxis.valueMax == 200
    # every other panel is one category (per year, per unit): its title names its single unit
    for title, chart in charts:
        if not title.startswith(("Đơn vị tính", "Biểu đồ")):
            assert title.endswith(")") and title[title.rindex("(") + 1:-1] in set().union(*UNIT_OF.values()), title


def test_counts_tick_at_whole_numbers_and_kg_may_not():
    few = {"gun.homemade": 3, "support_tool": 1, "firecracker.kg": Decimal("0.6")}
    body, _ = summary_body(make_summary(2, years=range(2025, 2026), totals=few))
    steps = {t: c.valueAxis.valueStep for t, c in charts_of(body)}
    counted = {t: s for t, s in steps.items() if "kg" not in t}
    assert counted and all(float(s) == int(s) and s >= 1 for s in counted.values()), counted
    assert steps["Đơn vị tính: kg"] < 1  # 0,6 kg: an axis of kg may step by 0,1 or 0,2


def test_no_half_unit_tick_on_the_page(read_back):
    few = {"gun.homemade": 3, "support_tool": 1}
    text = read_back(lambda b: build_summary_pdf(make_summary(2, years=range(2025, 2026), totals=few), b)).text
    assert "0,5" not in text and "1,5" not in text and "2,5" not in text


def test_a_province_summary_compares_its_units(read_back):
    s = make_summary(4)
    body, _ = summary_body(s)
    per_unit = [(t, c) for t, c in charts_of(body) if t in ("Súng (khẩu)", "Vũ khí thô sơ (chiếc)")
                and len(c.categoryAxis.categoryNames) > 1]
    assert per_unit, "no per-unit panel"
    title, chart = per_unit[0]
    # the units, named without the words they share ("Công an xã"), largest first; their figures add up
    # to the column's total (185 guns, 2.028 primitive weapons: the fixture's hand-made totals)
    assert sum(chart.data[0]) == {"Súng (khẩu)": 185, "Vũ khí thô sơ (chiếc)": 2028}[title]
    assert all(not n.startswith("Công an xã") for n in chart.categoryAxis.categoryNames)
    flat = read_back(lambda b: build_summary_pdf(s, b)).flat
    assert "Biểu đồ 3. Tiếp nhận theo đơn vị" in flat


def test_a_communes_own_summary_has_no_per_unit_chart():
    body, _ = summary_body(make_summary(1))
    assert not any(t == "Biểu đồ 3. Tiếp nhận theo đơn vị" for t, _ in charts_of(body))


def test_in_english_pieces_of_different_kinds_keep_their_own_axes():
    """English names khẩu, chiếc and quả all "pcs": the panels still part by the unit the catalogue counts in."""
    body, _ = summary_body(make_summary(3), "en")
    panels = {t: list(c.categoryAxis.categoryNames) for t, c in charts_of(body) if t.startswith("Unit: ")}
    guns = next(t for t, names in panels.items() if any(n.startswith("Guns") for n in names))
    assert guns == "Unit: pcs (khẩu)" and len(panels[guns]) == 1
    assert not any(n.startswith("Firecrackers") for n in panels[guns])


def test_a_per_unit_panel_shows_the_fifteen_largest_and_says_so(read_back):
    s = make_summary(20, years=range(2025, 2026))
    body, _ = summary_body(s)
    guns = next(c for t, c in charts_of(body) if t == "Súng (khẩu)" and len(c.categoryAxis.categoryNames) > 2)
    shown = list(guns.data[0])[::-1]  # reportlab draws from the bottom up: the data are held reversed
    assert len(shown) == 15 and shown == sorted(shown, reverse=True) and shown[0] == 14  # the largest on top
    flat = read_back(lambda b: build_summary_pdf(s, b)).flat
    assert "(Mỗi biểu đồ nêu 15 đơn vị tiếp nhận nhiều nhất; đủ các đơn vị tại Phụ lục.)" in flat
