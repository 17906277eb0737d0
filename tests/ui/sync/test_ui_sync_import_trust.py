"""Issue 18 in the import dialog: the sentences the core produces about trust are shown to the officer before
anything is written (the preview's notes) and again after the import (the page's sentence): a receipt number one unit
used twice, and a laptop restored from an old copy. Stores made by the real first-run dialog, signed in through the
real login dialog; the dialog is driven as an officer would (wait for the check, press "Nhập")."""

from __future__ import annotations

import sqlite3

from app.store.db import open_store
from app.sync import devices as device_admin
from app.sync import enrolment, export, importer
from app.sync.rekey import rekey
from ui import dialogs

from ..conftest import sign_in
from .conftest import TODAY
from .test_ui_sync_exchange import wait_task
from .test_ui_sync_second_laptop_and_rekey import admins, receipt, shell_for  # noqa: F401 (admins: a fixture)

YEAR = TODAY[:4]


def restore(pair, old_copy):
    """The laptop's disk dies; the administrator copies the old backup back and signs in again."""
    path = pair.post.path
    pair.post.close()
    with sqlite3.connect(str(old_copy)) as src, sqlite3.connect(str(path)) as dst:
        src.backup(dst)
    pair.post = open_store(path)
    sign_in(pair.post, "administrator")
    return pair.post


def import_through_the_page(qtbot, store, path, monkeypatch) -> tuple[str, bool, str]:
    """(the preview's notes, whether they are shown, the page's sentence after the import)."""
    page = shell_for(qtbot, store).window.show_page("sync")
    seen = []

    def run(dialog):
        wait_task(qtbot, dialog)
        seen.append((dialog.notes.text(), not dialog.notes.isHidden()))
        dialog.import_button.click()
        wait_task(qtbot, dialog)
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", run)
    page.open_import(path)
    assert len(seen) == 1
    return seen[0][0], seen[0][1], page.message.text()


def test_a_number_held_twice_is_said_before_and_after_the_import(qtbot, admins, tmp_path, no_drives, monkeypatch):
    post, prov = admins.post, admins.province
    receipt(post, "Lò Văn B")
    old_copy = tmp_path / "old-copy.sqlite"
    post.conn.backup(sqlite3.connect(str(old_copy)))
    receipt(post, "Hà Văn C")
    importer.apply_import(prov, export.export_bundle(post, admins.usb).path)
    old = post.device_id
    post = restore(admins, old_copy)
    receipt(post, "Vi Văn D")  # numbered 2 again: no down-bundle told it otherwise
    assert post.query("SELECT number FROM surrenders WHERE person_name = 'Vi Văn D'")[0][0] == 2
    rekey(post)
    device_admin.revoke(prov, old, "khôi phục từ bản sao cũ")
    answer = enrolment.enrol(prov, enrolment.write_enrolment(post, admins.usb).path)
    enrolment.accept_answer(post, answer.answer_path)
    stick = tmp_path / "stick2"
    stick.mkdir()
    path = export.export_bundle(post, stick).path
    sentence = (f"Số biên bản bị cấp trùng: số 2/{YEAR} của đơn vị CAX-DD đã có ở đây trên biên bản khác; máy của"
                " đơn vị có thể đã được khôi phục từ bản sao cũ và cấp lại số: hãy đối chiếu bản giấy và đánh lại số"
                " cho biên bản trùng (tất cả đều được giữ).")
    notes, shown, after = import_through_the_page(qtbot, prov, path, monkeypatch)
    assert shown and sentence in notes
    assert after.startswith(f"Đã nhập {path.name} từ Công an xã Đồng Đăng (CAX-DD): ") and after.endswith(sentence)
    people = sorted(r[0] for r in prov.query("SELECT person_name FROM surrenders WHERE number = 2"))
    assert people == ["Hà Văn C", "Vi Văn D"]  # both kept


def test_a_restored_laptop_is_told_by_the_level_aboves_bundle(qtbot, admins, tmp_path, no_drives, monkeypatch):
    post, prov = admins.post, admins.province
    receipt(post, "Lò Văn B")
    old_copy = tmp_path / "old-copy.sqlite"
    post.conn.backup(sqlite3.connect(str(old_copy)))
    receipt(post, "Hà Văn C")
    importer.apply_import(prov, export.export_bundle(post, admins.usb).path)
    sent_up_to = prov.query("SELECT max(seq) FROM versions WHERE device_id = ?", (post.device_id,))[0][0]
    with sqlite3.connect(str(old_copy)) as copy:
        counted = int(copy.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()[0])
    assert counted < sent_up_to
    post = restore(admins, old_copy)
    down = export.export_bundle(prov, admins.usb, "CAX-DD").path
    start = (f"Máy này đã được khôi phục từ một bản sao cũ: nơi gửi gói đã nhận của máy này đến phiên bản số"
             f" {sent_up_to}, còn máy chỉ đếm đến {counted}")
    notes, shown, after = import_through_the_page(qtbot, post, down, monkeypatch)
    assert shown and notes.startswith(start)
    assert start in after and after.startswith(f"Đã nhập {down.name} từ ")
    assert int(post.meta_get("seq")) == sent_up_to  # the import moved the counter past what the province holds
