"""A model edited on two laptops shows as a conflict on the province's Đồng bộ page; the officer resolves it by
keeping one version or by combining them, and the store holds one new version whose parents are all the leaves."""

from __future__ import annotations

import re

import orjson
import pytest

from app.domain.community_models import update_model
from app.domain.versions import save_document
from app.sync import conflicts as core
from app.sync import export, importer
from ui import dialogs
from ui.pages.sync_conflicts import BadValue, ConflictsPanel, read_value


@pytest.fixture
def conflict(pair):
    """The post's model, edited at the post (leader, members) and at the province (leader) at the same time."""
    model = pair.record(pair.post, "CAX-DD", activities=0)
    importer.apply_import(pair.province, export.export_bundle(pair.post, pair.usb).path)
    data = orjson.loads(pair.province.query("SELECT data FROM models WHERE id = ?", (model.id,))[0][0])
    update_model(pair.post, model.id, leader="Ông Lò Văn Cương", members=12)
    data["leader"] = "Bà Hoàng Thị Dung"
    save_document(pair.province, "community_model", model.id, data)
    importer.apply_import(pair.province, export.export_bundle(pair.post, pair.usb).path)
    return model


def leaves_of(store, doc_id):
    rows = store.query("SELECT vid, parents FROM versions WHERE doc_id = ?", (doc_id,))
    referenced = {p for r in rows for p in orjson.loads(r[1])}
    return sorted(r[0] for r in rows if r[0] not in referenced)


def open_panel(qtbot, shells) -> ConflictsPanel:
    page = shells["province"].window.show_page("sync")
    qtbot.waitUntil(lambda: page.state is not None, timeout=10000)
    assert page.tabs.tabText(3) == "Xung đột (1)"
    return page.conflicts


def column_of(panel, predicate) -> int:
    leaves = panel.current()["leaves"]
    return next(n for n, leaf in enumerate(leaves) if predicate(leaf))


def test_the_conflict_is_shown_side_by_side(qtbot, shells, pair, conflict):
    panel = open_panel(qtbot, shells)
    assert panel.docs.count() == 1 and panel.current_doc_id() == conflict.id
    assert panel.docs.item(0).text().startswith("Mô hình: Tổ tự quản an ninh bản Nà Hin")
    fields = panel.fields
    leaves = panel.current()["leaves"]
    assert panel.table.columnCount() == len(leaves) + 1 == 3
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(3)]
    post = column_of(panel, lambda leaf: leaf["device_id"] == pair.post.device_id)
    # whose computer wrote each version: the unit it is enrolled for, never a device id
    assert "Công an xã Đồng Đăng" in headers[post] and "Công an tỉnh Lạng Sơn\n(máy này)" in headers[1 - post]
    assert not any(pair.post.device_id in h or pair.province.device_id in h for h in headers)
    assert "Thượng sĩ Nông Văn Xã" in headers[post] and "Đại úy Hà Văn Tỉnh" in headers[1 - post]
    assert re.search(r"\n\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", headers[post])  # claimed time dd/mm/yyyy HH:MM
    leader, name = fields.index("leader"), fields.index("name")
    shown = {panel.table.item(leader, c).text() for c in range(2)}
    assert shown == {"Ông Lò Văn Cương", "Bà Hoàng Thị Dung"}
    differs = panel.table.item(leader, 0).background().color().name()
    assert differs == "#fff1b8" and panel.table.item(name, 0).background().color().name() != differs


def test_fields_show_labels_and_values_an_officer_reads(qtbot, shells, pair, conflict):
    panel = open_panel(qtbot, shells)
    labels = [panel.table.verticalHeaderItem(r).text() for r in range(panel.table.rowCount())]
    assert labels[:4] == ["Tên mô hình", "Loại mô hình", "Đơn vị", "Địa bàn"]
    cell = {f: panel.table.item(panel.fields.index(f), 0).text() for f in panel.fields}
    assert cell["type"] == "Camera an ninh"
    assert cell["unit_code"] == "Công an xã Đồng Đăng"
    assert cell["established"] == "01/05/2024"
    assert cell["status"] == "Đang hoạt động"
    post = column_of(panel, lambda leaf: leaf["device_id"] == pair.post.device_id)
    assert panel.table.item(panel.fields.index("members"), post).text() == "12"
    assert panel.table.item(panel.fields.index("members"), post).background().color().name() == "#fff1b8"
    for r in range(panel.table.rowCount()):  # no raw code, ISO date or JSON left anywhere
        for c in range(panel.table.columnCount()):
            text = panel.table.item(r, c).text()
            assert not re.search(r"\d{4}-\d{2}-\d{2}|^\[|^\{|_", text), (labels[r], text)


def test_the_english_view_reads_in_english(qtbot, shells, pair, conflict):
    panel = open_panel(qtbot, shells)
    shown = core.conflict_table(pair.province, panel.current(), "en")
    row = {r["field"]: r for r in shown["rows"]}
    assert row["type"]["label"] == "Model type" and row["type"]["texts"][0] == "Security cameras"
    assert row["established"]["texts"][0] == "01/05/2024"
    assert {c["owner"] for c in shown["columns"]} == {"Công an xã Đồng Đăng", "Công an tỉnh Lạng Sơn (this computer)"}


def test_keep_one_version(qtbot, shells, pair, conflict, monkeypatch):
    panel = open_panel(qtbot, shells)
    before = leaves_of(pair.province, conflict.id)
    post_column = column_of(panel, lambda leaf: leaf["device_id"] == pair.post.device_id)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: True)
    panel.keep_buttons[post_column].click()
    assert panel.message.property("error") is False
    row = pair.province.query("SELECT leader, members FROM models WHERE id = ?", (conflict.id,))[0]
    assert tuple(row) == ("Ông Lò Văn Cương", 12)
    assert pair.province.query("SELECT conflicts FROM documents WHERE doc_id = ?", (conflict.id,))[0][0] == 0
    after = leaves_of(pair.province, conflict.id)
    assert len(after) == 1
    parents = orjson.loads(pair.province.query("SELECT parents FROM versions WHERE vid = ?", (after[0],))[0][0])
    assert sorted(parents) == before  # the new version has every former leaf as a parent
    qtbot.waitUntil(lambda: panel.docs.count() == 0, timeout=10000)  # the page re-read: nothing left


def test_combine_the_versions(qtbot, shells, pair, conflict):
    panel = open_panel(qtbot, shells)
    before = leaves_of(pair.province, conflict.id)
    combined = len(panel.current()["leaves"])
    leader, members = panel.fields.index("leader"), panel.fields.index("members")
    post_column = column_of(panel, lambda leaf: leaf["device_id"] == pair.post.device_id)
    panel.table.cellDoubleClicked.emit(members, post_column)  # take the post's member count
    assert panel.table.item(members, combined).text() == "12"
    panel.table.item(leader, combined).setText("Ông Lò Văn Cương, Bà Hoàng Thị Dung")
    panel.combine_button.click()
    assert panel.message.property("error") is False, panel.message.text()
    row = pair.province.query("SELECT leader, members, name FROM models WHERE id = ?", (conflict.id,))[0]
    assert tuple(row) == ("Ông Lò Văn Cương, Bà Hoàng Thị Dung", 12, conflict.name)
    after = leaves_of(pair.province, conflict.id)
    parents = orjson.loads(pair.province.query("SELECT parents FROM versions WHERE vid = ?", (after[0],))[0][0])
    assert len(after) == 1 and sorted(parents) == before
    assert pair.province.query("SELECT conflicts FROM documents WHERE doc_id = ?", (conflict.id,))[0][0] == 0


def test_an_unreadable_combined_value_changes_nothing(qtbot, shells, pair, conflict):
    panel = open_panel(qtbot, shells)
    members = panel.fields.index("members")
    panel.table.item(members, len(panel.current()["leaves"])).setText("mười hai")
    versions = pair.province.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    panel.combine_button.click()
    assert panel.message.property("error") is True
    assert panel.message.text() == ("Không đọc được giá trị kết hợp của “Số thành viên”; hãy sửa lại hoặc lấy giá "
                                    "trị của một bản.")
    assert pair.province.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == versions


def test_read_value_keeps_the_kind_of_the_field():
    assert read_value("2.028", "members", [12, 14], "vi") == 2028
    assert read_value("8,5", "border_km", [8.1, None], "vi") == 8.5
    assert read_value("", "ended_on", [None, "2025-01-01"], "vi") is None
    assert read_value("Bản Nà Hin", "place", ["Nà Hin", "Nà Pàn"], "vi") == "Bản Nà Hin"
    assert read_value('[{"level": "province"}]', "recognition", [[], None], "vi") == [{"level": "province"}]


def test_read_value_takes_a_typed_date_as_shown():
    assert read_value("05/01/2025", "Ngày thành lập", ["2025-01-01", "2024-12-31"], "vi") == "2025-01-05"
    with pytest.raises(BadValue):
        read_value("31/02/2025", "Ngày thành lập", ["2025-01-01"], "vi")
    assert read_value("Ông Páo", "Người phụ trách", [None], "vi") == "Ông Páo"  # no date among the versions


def test_more_conflicts_than_the_list_holds_are_counted_in_full(qtbot, shells, pair, conflict, monkeypatch):
    import ui.pages.sync as sync_page

    monkeypatch.setattr(sync_page, "count_conflicts", lambda store: 7597)  # as a province after a post's demo data
    page = shells["province"].window.show_page("sync")
    page.state = None
    page.refresh()
    qtbot.waitUntil(lambda: page.state is not None, timeout=10000)
    assert page.tabs.tabText(3) == "Xung đột (7.597)"
    panel = page.conflicts
    assert panel.more.isVisibleTo(panel)
    assert panel.more.text() == ("Đang hiện 1 xung đột đầu tiên trên tổng số 7.597; các xung đột còn lại sẽ hiện khi"
                                 " giải quyết xong những xung đột này.")
    panel.set_conflicts(panel.conflicts, 1)  # all of them listed: nothing more to say
    assert not panel.more.isVisibleTo(panel)
