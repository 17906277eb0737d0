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
    tab.record_button.click()
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
