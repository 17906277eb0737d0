"""What an officer reads on the import preview and the status tab: the sender by its unit's name, the claimed
time dd/mm/yyyy HH:MM, and the documents waiting for a reference listed by kind, title and what is missing."""

from __future__ import annotations

import re

from app.domain.ids import new_id
from app.domain.versions import save_document
from app.sync import export, held, importer
from tests.ui.sync.conftest import TODAY
from ui.pages.sync_import import ImportDialog


def border_post_bundle(pair, tmp_path):
    """A border post's first bundle, from a post whose unit the province cannot place (its Border Guard command
    is not in the province's tree): its records wait there for the unit. (Issue 18: a post writes only its own
    unit's records, so this is how a record reaches a store that lacks its unit.)"""
    from app.domain import setup
    from app.store.db import open_store
    from app.sync import enrolment

    post = open_store(tmp_path / "DBP-NP" / "antt.sqlite")
    try:
        setup.initialise(post, "DBP-NP", "Đồn Biên phòng Na Hình", "border_post", "BCH-LS", "BĐBP Lạng Sơn")
        # enrolment is the province administrator's (the GUI there is signed in as its commander)
        from app.security import accounts
        from tests.ui.conftest import ACCOUNTS

        admin = open_store(pair.province.path)
        try:
            accounts.login(admin, *ACCOUNTS["administrator"][:2])
            answer = enrolment.enrol(admin, enrolment.write_enrolment(post, pair.usb).path).answer_path
        finally:
            admin.close()
        enrolment.accept_answer(post, answer)
        model = pair.record(post, "DBP-NP", activities=0)
        for n in range(2):
            save_document(post, "activity", new_id(), {"model_id": model.id, "unit_code": "DBP-NP", "date": TODAY,
                                                       "kind": "meeting", "participants": 10 + n, "note": ""})
        return export.export_bundle(post, pair.usb).path
    finally:
        post.close()


def open_preview(qtbot, shells, path):
    page = shells["province"].window.show_page("sync")
    dialog = ImportDialog(shells["province"].ctx, page, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    return dialog


def test_preview_names_the_sender_and_lists_what_will_wait(qtbot, shells, pair, tmp_path):
    pair.record(pair.post, "CAX-DD", activities=0)
    dialog = open_preview(qtbot, shells, export.export_bundle(pair.post, pair.usb).path)
    assert dialog.sender.text() == f"Công an xã Đồng Đăng (CAX-DD) — máy {pair.post.device_id}"
    assert re.match(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2} \(hôm nay là \d{2}/\d{2}/\d{4}\)$", dialog.claimed.text())
    assert dialog.documents.text() == "1 biên bản, 1 mô hình"  # documents first (issue 15 §4); versions below
    dialog = open_preview(qtbot, shells, border_post_bundle(pair, tmp_path))
    assert dialog.count_labels["waiting"].text() == "4"  # the model, its receipt and the two activities
    assert "đơn vị DBP-NP" in dialog.notes.text() and "unit:" not in dialog.notes.text()
    rows = [[dialog.waiting.item(r, c).text() for c in range(3)] for r in range(dialog.waiting.rowCount())]
    activities = [row for row in rows if row[0] == "Hoạt động"]
    assert len(rows) == 4 and len(activities) == 2 and all(row[2] == "đơn vị DBP-NP" for row in rows)
    day = f"{TODAY[8:]}/{TODAY[5:7]}/{TODAY[:4]}"
    # their model waits too, so it cannot be named here: the day and the kind
    assert all(row[1] == f"{day} – Họp, sinh hoạt" for row in activities), rows
    assert any(row[1] == "Tổ tự quản an ninh bản Nà Hin (DBP-NP)" for row in rows), rows  # the model itself
    assert dialog.waiting.isVisibleTo(dialog) and dialog.waiting_title.isVisibleTo(dialog)


def test_nothing_waiting_shows_no_list(qtbot, shells, pair):
    pair.record(pair.post, "CAX-DD", activities=1)
    dialog = open_preview(qtbot, shells, export.export_bundle(pair.post, pair.usb).path)
    assert dialog.waiting.rowCount() == 0 and not dialog.waiting.isVisibleTo(dialog)


def test_status_tab_lists_the_documents_held_here(qtbot, shells, pair, tmp_path):
    importer.apply_import(pair.province, border_post_bundle(pair, tmp_path))
    listed = held.held_documents(pair.province)
    assert [d["missing"] for d in listed] == [["đơn vị DBP-NP"]] * 4
    assert sorted(d["kind"] for d in listed).count("Hoạt động") == 2
    page = shells["province"].window.show_page("sync")
    shells["province"].ctx.notify_changed()
    qtbot.waitUntil(lambda: page.state is not None and page.held_table.rowCount() == 4, timeout=10000)
    assert page.held_table.item(0, 2).text() == "đơn vị DBP-NP"
    assert held.held_documents(pair.province, "en")[0]["missing"] == ["unit DBP-NP"]
