"""Cài đặt → Nhật ký thao tác: an edit made just before is listed with its before and after in words, filters
narrow the list, a hand edit of an audit row is reported by the integrity check, and only roles with
audit.view see the tab."""

import pytest

from app.domain import figure_entry
from app.domain import surrenders as sr
from app.security import audit
from ui.context import AppContext
from ui.pages.settings import SettingsPage

from .conftest import sign_in


def open_page(qtbot, store):
    from ui.app import create_application
    from ui.i18n import install_language

    create_application()
    page = SettingsPage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.mark.role("commander")  # writes records, then reads the trail (audit.view)
def test_an_edit_is_listed_with_before_and_after_in_words(qtbot, store):
    receipt = sr.add_surrender(store, unit_code="CAX-DD", date="2025-06-03", person_name="Lục Văn Bình",
                               lines=[sr.Line("gun.air", 1)])
    sr.update_surrender(store, receipt.id, place="Trụ sở Công an xã")
    figure_entry.set_figures(store, "CAX-DD", "2025-06", {"drugs.cases": 3})
    page = open_page(qtbot, store)
    page.tabs.setCurrentWidget(page.audit)
    panel = page.audit
    assert page.tabs.isTabVisible(page.audit_tab)
    actions = [panel.table.item(r, 3).text() for r in range(panel.table.rowCount())]
    assert actions[0] == "Tạo hồ sơ" and "Sửa hồ sơ" in actions  # newest first: the figures, then the edit
    # the edit of the receipt: its changed field in words, highlighted
    row = next(r for r in range(panel.table.rowCount()) if panel.entries[r]["doc_type"] == "surrender"
               and panel.entries[r]["action"] == "doc.update")
    panel.table.selectRow(row)
    fields = {panel.detail.item(r, 0).text(): (panel.detail.item(r, 1).text(), panel.detail.item(r, 2).text())
              for r in range(panel.detail.rowCount())}
    assert fields["Địa bàn"] == ("", "Trụ sở Công an xã")
    assert fields["Người giao nộp"] == ("Lục Văn Bình", "Lục Văn Bình")
    assert fields["Ngày giao nộp"] == ("03/06/2025", "03/06/2025")
    assert fields["Hiện vật"][1] == "1 khẩu súng hơi, súng nén khí"
    assert fields["Hình thức giao nộp"][1] == "Tự nguyện giao nộp"
    changed = [panel.detail.item(r, 0).text() for r in range(panel.detail.rowCount())
               if panel.detail.item(r, 1).background().color().name() == "#fff1c2"]
    assert changed == ["Địa bàn"]
    # the monthly figures: the indicator by its name, not its code or raw JSON
    panel.doc_type.setCurrentIndex(panel.doc_type.findData("monthly_figures"))
    assert panel.total == 1 and panel.table.item(0, 4).text() == "Số liệu tháng: Công an xã Đồng Đăng – 06/2025"
    labels = [panel.detail.item(r, 0).text() for r in range(panel.detail.rowCount())]
    values = {panel.detail.item(r, 0).text(): panel.detail.item(r, 2).text() for r in range(panel.detail.rowCount())}
    assert labels == ["Đơn vị", "Tháng", "Số vụ về ma túy"]
    assert values[next(label for label in labels if "ma túy" in label)] == "3"
    panel.doc_type.setCurrentIndex(0)
    panel.action.setCurrentIndex(panel.action.findData("doc.create"))
    assert {e["action"] for e in panel.entries} == {"doc.create"}
    assert panel.total == audit.count_entries(store, action="doc.create") < audit.count_entries(store)


@pytest.mark.role("commander")  # writes records, then reads the trail (audit.view)
def test_pages_of_a_long_trail(qtbot, store):
    for n in range(130):
        figure_entry.set_figures(store, "CAX-DD", "2025-06", {"drugs.cases": n})
    page = open_page(qtbot, store)
    page.tabs.setCurrentWidget(page.audit)
    panel = page.audit
    assert panel.table.rowCount() == 100 and panel.next_button.isEnabled() and not panel.prev_button.isEnabled()
    total = panel.total
    panel.next_button.click()
    assert panel.table.rowCount() == total - 100 and panel.page_label.text() == f"101–{total} trong {total}"
    assert int(panel.table.item(panel.table.rowCount() - 1, 0).text()) == 1  # the oldest entry ends the last page


@pytest.mark.role("commander")  # writes records, then reads the trail (audit.view)
def test_older_and_newer_pages_are_read_by_key_and_match_the_offset_pages(qtbot, store):
    """Issue 17 item 3: Older / Newer read the next page after the last seq shown, never OFFSET over the trail."""
    for n in range(230):
        figure_entry.set_figures(store, "CAX-DD", "2025-06", {"drugs.cases": n})
    page = open_page(qtbot, store)
    page.tabs.setCurrentWidget(page.audit)
    panel = page.audit
    seqs = [r[0] for r in store.conn.execute("SELECT seq FROM audit_log ORDER BY seq DESC")]  # the truth, by SQL
    sql = []
    store.conn.set_trace_callback(sql.append)
    try:
        for expected_page, button in ((1, panel.next_button), (2, panel.next_button), (1, panel.prev_button),
                                      (0, panel.prev_button)):
            sql.clear()
            button.click()
            assert panel.page_no == expected_page
            assert [e["seq"] for e in panel.entries] == seqs[expected_page * 100:(expected_page + 1) * 100]
            reads = [q for q in sql if "FROM audit_log" in q and "LIMIT" in q]
            assert reads and all(q.rstrip().endswith("OFFSET 0") for q in reads), reads
            if expected_page:
                assert any("seq <" in q or "seq >" in q for q in reads)
    finally:
        store.conn.set_trace_callback(None)
    assert int(panel.table.item(0, 0).text().replace(".", "")) == seqs[0]


@pytest.mark.role("commander")  # writes records, then reads the trail (audit.view)
def test_a_hand_edited_audit_row_is_detected(qtbot, store):
    sr.add_surrender(store, unit_code="CAX-DD", date="2025-06-03", person_name="Lục Văn Bình",
                     lines=[sr.Line("gun.air", 1)])
    page = open_page(qtbot, store)
    page.tabs.setCurrentWidget(page.audit)
    panel = page.audit
    assert panel.verify().startswith("Nhật ký thao tác nguyên vẹn")
    assert panel.verdict.property("error") is False
    store.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    store.conn.execute("UPDATE audit_log SET username = 'ai-do' WHERE seq = 2")
    panel.verify_button.click()
    assert panel.verdict.text() == "Mục nhật ký số 2 đã bị sửa."
    assert panel.verdict.property("error") is True


def test_only_roles_with_audit_view_see_the_tab(qtbot, store):
    """The officer (the `store` fixture's login) does not see the tab; the commander, signed in through the
    login dialog on the same store, does."""
    assert store.session.role == "officer"
    page = open_page(qtbot, store)
    assert not page.tabs.isTabVisible(page.audit_tab)
    sign_in(store, "commander")
    page.refresh()
    assert page.tabs.isTabVisible(page.audit_tab)
