"""Issue 20: the catalogue page's tab of unit changes - recording a merger as the level above does, reading a
unit's history, and a refusal in one sentence that leaves the store unchanged."""

from __future__ import annotations

import pytest

from app.domain.units import add_unit, get_unit
from ui.context import AppContext
from ui.i18n import install_language


def _fill(tab, kind, codes, target="", name="", date="", decision=""):
    tab.kind.setCurrentIndex(tab.kind.findData(kind))
    tab.codes.setText(codes)
    tab.target.setText(target)
    tab.name.setText(name)
    tab.date.setText(date)
    tab.decision.setText(decision)


@pytest.fixture
def province(tmp_path, qapp):
    """A province's store made by the real first-run dialog, its administrator logged in: mergers of communes
    are recorded by the level above them (issue 18: a commune's laptop may not reorganise its siblings)."""
    from app.store.db import open_store
    from tests.ui.conftest import first_run
    from tests.ui.sync.conftest import PROVINCE

    store = open_store(tmp_path / "tinh" / "antt.sqlite")
    first_run(store, PROVINCE)
    yield store
    store.close()


def test_ui_unit_events_merge_history_and_refusal(qtbot, province):
    from ui.pages.catalogue import CataloguePage

    store = province
    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha")):
        add_unit(store, code, name, "commune_police", store.home_unit)
    page = CataloguePage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.events_tab
    assert page.tabs.tabText(2) == "Sáp nhập, đổi tên, điều chuyển" and tab.table.rowCount() == 0

    versions = store.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    _fill(tab, "merge", "CAX-A CAX-B", "CAX-C", "Công an xã Hoàng Văn Thụ", "2025-31-07", "1681/NQ-UBTVQH15")
    tab.record_button.click()
    assert tab.message.text() == "Ngày có hiệu lực không hợp lệ: “2025-31-07” (cần ngày có thật, dạng YYYY-MM-DD)."
    assert store.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == versions

    tab.date.setText("2025-07-01")
    assert tab.numbering.itemText(2) == "Đánh lại từ 01 kể từ ngày có hiệu lực"
    tab.numbering.setCurrentIndex(tab.numbering.findData("continue"))
    tab.record_button.click()
    assert tab.message.text().endswith("; số biên bản tiếp tục sau số lớn nhất của các đơn vị sáp nhập.")
    assert tab.message.text().startswith("Đã ghi: 01/07/2025: Công an xã Hoàng Đồng (CAX-A), Công an xã Mai Pha"
                                         " (CAX-B) sáp nhập vào Công an xã Hoàng Văn Thụ (CAX-C)")
    assert tab.table.rowCount() == 1 and tab.table.item(0, 0).text() == "01/07/2025"
    assert get_unit(store, "CAX-A").retired and get_unit(store, "CAX-C").name == "Công an xã Hoàng Văn Thụ"

    tab.filter.setText(store.home_unit)
    tab.refresh()
    assert tab.table.rowCount() == 0
    tab.filter.setText("CAX-B")
    tab.refresh()
    assert tab.table.rowCount() == 1 and "1681/NQ-UBTVQH15" in tab.table.item(0, 1).text()


def test_ui_unit_events_officer_may_not_record(qtbot, store):
    from ui.pages.catalogue import CataloguePage

    page = CataloguePage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.events_tab
    versions = store.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    _fill(tab, "rename", store.home_unit, name="Công an phường Đồng Đăng", date="2025-07-01")
    tab.record_button.click()
    assert tab.message.text() == ("Tài khoản “an” (cán bộ) không có quyền thiết lập đơn vị và danh mục; việc này cần"
                                  " vai trò: quản trị viên.")
    assert store.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == versions


def test_ui_units_merged_away_are_greyed_last_and_not_offered_for_new_records(qtbot, province):
    from ui.pages.catalogue import CataloguePage
    from ui.pages.model_form import ModelForm
    from ui.pages.rating_forms import RatingForm
    from app.domain import unit_events

    store = province
    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha"),
                       ("CAX-D", "Công an xã Đồng Đăng")):
        add_unit(store, code, name, "commune_police", store.home_unit)
    unit_events.merge(store, ["CAX-A", "CAX-B"], "CAX-C", "2025-07-01", unit_events.Decision("1681/NQ-UBTVQH15"),
                      name="Công an xã Hoàng Văn Thụ")
    ctx = AppContext(store, install_language("vi"))
    page = CataloguePage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    table = page.units_table
    rows = [[table.item(r, c).text() for c in (0, 5)] for r in range(table.rowCount())]
    merged = "đã sáp nhập vào Công an xã Hoàng Văn Thụ (CAX-C) từ 01/07/2025"
    assert rows[-2:] == [["CAX-A", merged], ["CAX-B", merged]]
    assert {r[0] for r in rows[:-2]} == {store.home_unit, "CAX-C", "CAX-D"} and all(r[1] == "" for r in rows[:-2])
    assert table.horizontalHeaderItem(5).text() == "Tình trạng"
    assert table.item(4, 1).foreground().color() != table.item(0, 1).foreground().color()
    for form in (ModelForm(ctx), RatingForm(ctx, 2026)):
        qtbot.addWidget(form)
        offered = {form.unit.itemData(i) for i in range(form.unit.count())}
        assert "CAX-C" in offered and "CAX-D" in offered and not offered & {"CAX-A", "CAX-B"}


def test_ui_unit_events_split_by_place(qtbot, province):
    from ui.pages.catalogue import CataloguePage

    store = province
    add_unit(store, "CAX-D", "Công an xã Đồng Đăng", "commune_police", store.home_unit)
    page = CataloguePage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.refresh()
    tab = page.events_tab
    _fill(tab, "split", "CAX-D", date="2025-07-01", decision="5/QĐ")
    assert tab.form.isRowVisible(tab.parts) and not tab.form.isRowVisible(tab.numbering)
    tab.parts.setPlainText("CAX-E=Công an xã Nà Lầu:thôn Nà Lầu;thôn Pò Mã\n\nCAX-F=Công an xã Đồng Đăng mới")
    tab.main_part.setText("CAX-F")
    tab.record_button.click()
    assert tab.message.text() == (
        "Đã ghi: 01/07/2025: Công an xã Đồng Đăng (CAX-D) chia tách thành Công an xã Nà Lầu (CAX-E), Công an xã"
        " Đồng Đăng mới (CAX-F); hồ sơ cũ phân theo thôn, địa bàn ghi trong hồ sơ, còn lại về Công an xã Đồng Đăng"
        " mới (CAX-F) (5/QĐ).")
    rows = sorted(tuple(r) for r in store.conn.execute("SELECT old_code, new_code, main, places FROM unit_lineage"))
    assert rows == [("CAX-D", "CAX-E", 0, '["thôn Nà Lầu","thôn Pò Mã"]'), ("CAX-D", "CAX-F", 1, "[]")]
    tab.kind.setCurrentIndex(tab.kind.findData("merge"))
    assert tab.form.isRowVisible(tab.numbering) and not tab.form.isRowVisible(tab.parts)
