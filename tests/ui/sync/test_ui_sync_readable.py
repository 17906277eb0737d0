"""What an officer reads on the import preview and the status tab: the sender by its unit's name, the claimed
time dd/mm/yyyy HH:MM, and the documents waiting for a reference listed by kind, title and what is missing."""

from __future__ import annotations

import re

from app.domain.ids import new_id
from app.domain.versions import save_document
from app.sync import export, held, importer
from tests.ui.sync.conftest import TODAY
from ui.pages.sync_import import ImportDialog


def stray(pair, model=None):
    """Two activities at the post naming a unit nobody has (written past the form's checks)."""
    model = model or pair.record(pair.post, "CAX-DD", activities=0)
    for n in range(2):
        save_document(pair.post, "activity", new_id(), {"model_id": model.id, "unit_code": "CAX-MOI", "date": TODAY,
                                                        "kind": "meeting", "participants": 10 + n, "note": ""})
    return export.export_bundle(pair.post, pair.usb).path


def open_preview(qtbot, shells, path):
    page = shells["province"].window.show_page("sync")
    dialog = ImportDialog(shells["province"].ctx, page, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    return dialog


def test_preview_names_the_sender_and_lists_what_will_wait(qtbot, shells, pair):
    model = pair.record(pair.post, "CAX-DD", activities=0)
    importer.apply_import(pair.province, export.export_bundle(pair.post, pair.usb).path)  # the post's unit arrives
    path = stray(pair, model)
    dialog = open_preview(qtbot, shells, path)
    assert dialog.sender.text() == f"Công an xã Đồng Đăng (CAX-DD) — máy {pair.post.device_id}"
    assert re.match(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2} \(hôm nay là \d{2}/\d{2}/\d{4}\)$", dialog.claimed.text())
    assert dialog.count_labels["waiting"].text() == "2"
    assert "đơn vị CAX-MOI" in dialog.notes.text() and "unit:" not in dialog.notes.text()
    rows = [[dialog.waiting.item(r, c).text() for c in range(3)] for r in range(dialog.waiting.rowCount())]
    assert len(rows) == 2 and all(row[0] == "Hoạt động" and row[2] == "đơn vị CAX-MOI" for row in rows)
    day = f"{TODAY[8:]}/{TODAY[5:7]}/{TODAY[:4]}"
    assert all(row[1] == f"Tổ tự quản an ninh bản Nà Hin (CAX-DD) – {day} – Họp, sinh hoạt" for row in rows), rows
    assert dialog.waiting.isVisibleTo(dialog) and dialog.waiting_title.isVisibleTo(dialog)


def test_nothing_waiting_shows_no_list(qtbot, shells, pair):
    pair.record(pair.post, "CAX-DD", activities=1)
    dialog = open_preview(qtbot, shells, export.export_bundle(pair.post, pair.usb).path)
    assert dialog.waiting.rowCount() == 0 and not dialog.waiting.isVisibleTo(dialog)


def test_status_tab_lists_the_documents_held_here(qtbot, shells, pair):
    importer.apply_import(pair.province, stray(pair))
    listed = held.held_documents(pair.province)
    assert [d["missing"] for d in listed] == [["đơn vị CAX-MOI"], ["đơn vị CAX-MOI"]]
    assert {d["kind"] for d in listed} == {"Hoạt động"}
    page = shells["province"].window.show_page("sync")
    shells["province"].ctx.notify_changed()
    qtbot.waitUntil(lambda: page.state is not None and page.held_table.rowCount() == 2, timeout=10000)
    assert page.held_table.item(0, 2).text() == "đơn vị CAX-MOI"
    assert held.held_documents(pair.province, "en")[0]["missing"] == ["unit CAX-MOI"]
