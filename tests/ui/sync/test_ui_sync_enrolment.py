"""Enrolment through the keys tab (the fingerprint shown large, confirmed by phone before anything is
registered), the printed import receipt read back from its PDF, and which drives the export dialog offers."""

from __future__ import annotations

from pathlib import Path

import pdfplumber

from app.sync import export, importer
from app.sync.state import devices, my_identity
from ui import dialogs, drives
from ui.pages import sync as sync_page
from ui.pages.sync_keys import PeerConfirmDialog


def test_enrolment_through_the_keys_tab(qtbot, strangers, no_drives, monkeypatch):
    from ui.app import Shell, create_application

    create_application()
    post, province = Shell(strangers.post, "vi"), Shell(strangers.province, "vi")
    for shell in (post, province):
        qtbot.addWidget(shell.window)
    post_keys = post.window.show_page("sync").keys
    province_keys = province.window.show_page("sync").keys
    post_print = my_identity(strangers.post).fingerprint
    assert post_keys.fingerprint.property("digits") == post_print.replace(" ", "")
    assert post_keys.fingerprint.font().pointSize() >= 20  # large type, read over the phone

    monkeypatch.setattr(drives, "ask_folder", lambda *a, **k: strangers.usb)
    post_keys.write_button.click()
    enrol_file = next(strangers.usb.glob("*.antt-enrol"))
    assert post_keys.message.text() == (f"Đã ghi tệp đăng ký {enrol_file.name} vào {strangers.usb}; "
                                        f"hãy mang lên cấp trên.")

    seen = []

    def refuse(dialog):  # the officer hears other digits on the phone
        seen.append(dialog.fingerprint.property("digits"))
        return False

    monkeypatch.setattr(dialogs, "run_dialog", refuse)
    province_keys.use_file(enrol_file)
    assert seen == [post_print.replace(" ", "")] and devices(strangers.province) == []
    assert province_keys.message.text() == "Chưa xác nhận: chưa đăng ký gì."

    def confirm(dialog: PeerConfirmDialog):
        assert dialog.peer.unit_code == "CAX-DD" and not dialog.personal.isHidden()  # asked at the level above
        dialog.personal.setChecked(True)
        return True

    monkeypatch.setattr(dialogs, "run_dialog", confirm)
    province_keys.use_file(enrol_file)
    qtbot.waitUntil(lambda: province_keys.task is not None and not province_keys.task.is_running, timeout=10000)
    registered = devices(strangers.province)
    assert [(d.unit_code, d.role, d.include_personal) for d in registered] == [("CAX-DD", "below", True)]
    answer = next(strangers.usb.glob("*.antt-answer"))
    assert answer.name in province_keys.message.text()

    def confirm_answer(dialog: PeerConfirmDialog):
        assert dialog.personal.isHidden() and dialog.peer.reference_versions > 0
        assert dialog.fingerprint.property("digits") == my_identity(strangers.province).fingerprint.replace(" ", "")
        return True

    monkeypatch.setattr(dialogs, "run_dialog", confirm_answer)
    post_keys.use_file(answer)
    qtbot.waitUntil(lambda: post_keys.task is not None and not post_keys.task.is_running, timeout=10000)
    above = devices(strangers.post)
    assert [(d.unit_code, d.role) for d in above] == [("CAT-LS", "above")]
    assert above[0].identity.fingerprint == my_identity(strangers.province).fingerprint
    # and now a bundle can go up
    assert export.export_bundle(strangers.post, strangers.usb).recipient == strangers.province.device_id


def test_a_damaged_enrolment_file_is_refused_in_one_sentence(qtbot, shells, pair):
    keys = shells["province"].window.show_page("sync").keys
    bad = pair.usb / "CAX-XX-0000.antt-enrol"
    bad.write_text('{"body": {"kind": "antt-enrolment"}, "signature": "AAAA"}')
    keys.use_file(bad)
    assert keys.message.property("error") is True
    assert keys.message.text() == f"Tệp đăng ký {bad.name} bị hỏng hoặc không đúng loại; không có gì thay đổi."


def test_print_an_import_receipt(qtbot, shells, pair, monkeypatch, tmp_path):
    pair.record(pair.post, "CAX-DD")
    path = export.export_bundle(pair.post, pair.usb).path
    importer.apply_import(pair.province, path)
    receipt = importer.list_imports(pair.province)[0]
    page = shells["province"].window.show_page("sync")
    shells["province"].ctx.notify_changed()
    qtbot.waitUntil(lambda: page.receipts_table.rowCount() == 1, timeout=10000)
    out = tmp_path / "bien-nhan.pdf"
    monkeypatch.setattr(drives, "ask_save_file", lambda *a, **k: out)
    opened = []
    monkeypatch.setattr(sync_page, "open_file", opened.append)
    assert page.print_receipt() == out and opened == [out]
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text()
        words = pdf.pages[0].extract_words()
    flat = " ".join(text.split())
    assert "BIÊN NHẬN" in flat and "Nhập gói dữ liệu đồng bộ" in flat
    assert path.name in flat and receipt["file_sha256"] in flat.replace(" ", "")
    assert "Đơn vị gửi: CAX-DD" in flat and "Đại úy Hà Văn Tỉnh" in flat
    lines = {" ".join(w["text"] for w in words if abs(w["top"] - top) < 2)
             for top in {w["top"] for w in words}}
    for label, key in (("Mới", "new"), ("Cập nhật", "updated"), ("Đã có từ trước", "already"),
                       ("Đã lưu, chưa hiển thị được", "unreadable")):
        assert f"{label} {receipt['counts'][key]}" in lines, (label, sorted(lines))


def test_the_drives_offered_are_the_writable_user_volumes():
    offered = drives.is_offered
    assert offered("/media/can-bo/USB-DONBP", "vfat", True, True, False)
    assert offered("E:/", "NTFS", True, True, False)
    assert not offered("/media/can-bo/CDROM", "iso9660", True, True, True)  # read-only
    assert not offered("/media/can-bo/USB", "vfat", True, False, False)  # not ready
    assert not offered("/", "ext4", True, True, False)
    assert not offered("/boot/efi", "vfat", True, True, False)
    assert not offered("/run/user/1000", "tmpfs", True, True, False)
    assert not offered("/dev/shm", "tmpfs", True, True, False)


def test_bundles_on_a_drive_are_found_newest_first(tmp_path):
    import os

    (tmp_path / "ANTT").mkdir()
    old, new = tmp_path / "a.antt", tmp_path / "ANTT" / "b.antt"
    for n, p in enumerate((old, new)):
        p.write_bytes(b"x")
        os.utime(p, (1_000_000 + n, 1_000_000 + n))
    (tmp_path / "note.txt").write_text("x")
    assert drives.bundles_on([tmp_path, Path("/nonexistent-drive")]) == [new, old]
