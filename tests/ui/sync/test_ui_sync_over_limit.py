"""Issue 18 in the app: a post holding a receipt an older version wrote beyond the size limits exports anyway,
is told which record stayed and why, and shortens it from the Sync page's "Hồ sơ quá dài" list through the real
receipt form. Stores made by the real first-run dialog, signed in as the commander."""

from __future__ import annotations

import orjson

from app.domain import sizes
from app.domain.surrenders import Line, add_surrender
from app.sync import export, importer
from ui import dialogs
from ui.pages.receipt_form import ReceiptForm
from ui.pages.sync_export import ExportDialog
from ui.pages.sync_over_limit import OverLimitDialog
from ui.qt import QDialogButtonBox

from .conftest import TODAY

LONG_NOTE = ("Biên bản ghi rất dài. " * 150).strip()  # 22 x 150 - 1 = 3,299 characters; the limit is 2,000
SHORT_NOTE = "Đã rút gọn."


def written_by_an_older_version(store, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(sizes, "check_sizes", lambda doc_type, data: None)
        m.setattr(sizes, "check_stored_size", lambda size: None)
        receipt = add_surrender(store, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 2)],
                                person_name="Hoàng Văn C", note=LONG_NOTE)
    with store.transaction():
        store.conn.execute("DELETE FROM meta WHERE key LIKE 'over_limit_%'")  # an older version never wrote them
    return receipt


def note_at(store, receipt_id):
    row = store.query("SELECT version_json(v.data) FROM documents d JOIN versions v ON v.vid = d.winner_vid WHERE d.doc_id = ?",
                      (receipt_id,))
    return orjson.loads(row[0][0])["note"] if row else None


def test_export_names_it_and_the_list_opens_it_to_shorten(qtbot, shells, pair, monkeypatch):
    assert len(LONG_NOTE) == 3299
    receipt = written_by_an_older_version(pair.post, monkeypatch)
    page = shells["post"].window.show_page("sync")
    shells["post"].ctx.notify_changed()
    qtbot.waitUntil(lambda: page.over_limit_button.isVisibleTo(page), timeout=10000)
    assert page.over_limit_button.text() == "Hồ sơ quá dài (1)…"

    said = []

    def write(dialog):
        if isinstance(dialog, ExportDialog):
            dialog.use_folder(pair.usb)
            dialog.write_button.click()
            qtbot.waitUntil(lambda: dialog.task is not None and not dialog.task.is_running, timeout=10000)
            said.append(dialog.message.text())
        return False

    monkeypatch.setattr(dialogs, "run_dialog", write)
    page.open_export()
    bundle = next(pair.usb.glob("*.antt"))
    assert said == [f"Gói {bundle} đã xuất, nhưng 1 hồ sơ chưa gửi vì có trường vượt giới hạn (ghi bởi phiên bản phần"
                    " mềm cũ): Biên bản tiếp nhận “Hoàng Văn C” của đơn vị CAX-DD – Ghi chú: 3.299 ký tự (tối đa"
                    " 2.000). Hãy sửa cho ngắn lại (Đồng bộ → Hồ sơ quá dài, hoặc xem antt check) rồi xuất lại;"
                    " không có gì bị xóa."]
    importer.apply_import(pair.province, bundle)
    assert note_at(pair.province, receipt.id) is None  # it stayed at the post
    assert note_at(pair.post, receipt.id) == LONG_NOTE

    seen = {}

    def fix(dialog):
        if isinstance(dialog, OverLimitDialog):
            dialog.show()
            seen["rows"] = [[dialog.table.item(0, c).text() for c in range(4)]]
            seen["heading"] = dialog.heading.text()
            dialog.edit_button.click()
            seen["after"] = (dialog.table.rowCount(), dialog.heading.text(), dialog.message.text())
            return False
        assert isinstance(dialog, ReceiptForm)
        dialog.show()
        assert dialog.note.text() == LONG_NOTE  # the whole text is there to shorten, nothing cut
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        dialog.note.setText(LONG_NOTE + " Thêm.")
        save.click()
        seen["refused"] = dialog.message.text()
        dialog.note.setText(SHORT_NOTE)
        save.click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", fix)
    page.over_limit_button.click()
    assert seen["rows"] == [["Biên bản tiếp nhận", "Hoàng Văn C", "CAX-DD", "Ghi chú: 3.299 ký tự (tối đa 2.000)"]]
    assert seen["heading"].startswith("1 hồ sơ có trường vượt giới hạn (ghi bởi phiên bản phần mềm cũ)")
    assert "Ghi chú" in seen["refused"] and "3305" in seen["refused"]  # 3,299 + 6: still too long, said
    assert seen["after"] == (0, "Không còn hồ sơ nào quá dài: mọi hồ sơ đều gửi được.",
                             "Đã lưu: hồ sơ đã rút gọn sẽ đi cùng gói tiếp theo.")
    qtbot.waitUntil(lambda: not page.over_limit_button.isVisibleTo(page), timeout=10000)
    # the shortened receipt goes up; the long version stays in the post's store
    result = export.export_bundle(pair.post, pair.usb)
    assert result.over_limit == []
    importer.apply_import(pair.province, result.path)
    assert note_at(pair.province, receipt.id) == SHORT_NOTE
    kept = {orjson.loads(d)["note"] for (d,) in pair.post.query("SELECT version_json(data) FROM versions WHERE doc_id = ?",
                                                                (receipt.id,))}
    assert kept == {LONG_NOTE, SHORT_NOTE}
