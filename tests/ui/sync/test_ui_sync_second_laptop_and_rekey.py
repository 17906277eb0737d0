"""Issue 18 in the app: a unit's second laptop is said and confirmed on purpose, and a post restored from an old
copy re-keys from the keys tab. Stores made by the real first-run dialog, signed in through the real login
dialog as the administrator (enrolment and keys are theirs); the real dialogs are driven by clicks."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.surrenders import Line, add_surrender
from app.errors import AnttError
from app.sync import devices as device_admin
from app.store.db import open_store
from app.sync import enrolment, export, importer
from app.sync.state import devices, my_identity
from ui import dialogs

from ..conftest import first_run, sign_in
from .conftest import POST, TODAY, Pair


@pytest.fixture
def admins(tmp_path, qapp):
    p = Pair(tmp_path, role="administrator")
    yield p
    p.close()


def shell_for(qtbot, store):
    from ui.app import Shell, create_application

    create_application()
    shell = Shell(store, "vi")
    qtbot.addWidget(shell.window)
    return shell


def test_a_second_laptop_is_said_and_confirmed_on_purpose(qtbot, admins, tmp_path, no_drives, monkeypatch):
    first = admins.post.device_id
    second = open_store(tmp_path / "post2" / "antt.sqlite")
    first_run(second, POST)  # the unit's second laptop, set up as the first was; its administrator is signed in
    enrol_file = enrolment.write_enrolment(second, admins.usb).path
    keys = shell_for(qtbot, admins.province).window.show_page("sync").keys
    seen = []

    def without_ticking(dialog):
        dialog.show()
        seen.append((dialog.second_notice.isVisible(), dialog.second_notice.text(), dialog.second.isVisible()))
        dialog.confirm_button.click()  # disabled: nothing happens
        accepted = dialog.result() == dialog.DialogCode.Accepted
        dialog.reject()
        return accepted

    monkeypatch.setattr(dialogs, "run_dialog", without_ticking)
    keys.use_file(enrol_file)
    assert seen == [(True, f"Đơn vị CAX-DD đã có máy được ghi danh ở đây ({first}). Nếu xác nhận, máy này sẽ là máy"
                           " thứ hai của đơn vị và cả hai cùng gửi gói lên. Nếu máy cũ bị hỏng, bị mất hoặc được khôi"
                           " phục từ bản sao cũ thì đừng ghi danh thêm: hãy thu hồi máy cũ trước.", True)]
    assert [d.device_id for d in devices(admins.province) if d.unit_code == "CAX-DD"] == [first]
    assert keys.message.text() == "Chưa xác nhận: chưa đăng ký gì."

    def ticking(dialog):
        dialog.show()
        assert not dialog.confirm_button.isEnabled()
        dialog.second.click()
        assert dialog.confirm_button.isEnabled()
        dialog.confirm_button.click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", ticking)
    keys.use_file(enrol_file)
    qtbot.waitUntil(lambda: keys.task is not None and not keys.task.is_running, timeout=10000)
    assert sorted(d.device_id for d in devices(admins.province) if d.unit_code == "CAX-DD") == \
        sorted([first, second.device_id])
    assert keys.message.text().endswith("Đây là máy thứ hai của đơn vị.")
    second.close()


def test_a_first_laptop_is_not_asked(qtbot, strangers, no_drives, monkeypatch):
    enrol_file = enrolment.write_enrolment(strangers.post, strangers.usb).path
    keys = shell_for(qtbot, strangers.province).window.show_page("sync").keys
    seen = []

    def look(dialog):
        dialog.show()
        seen.append((dialog.second_notice.isVisible(), dialog.second.isVisible(), dialog.confirm_button.isEnabled()))
        dialog.reject()
        return False

    monkeypatch.setattr(dialogs, "run_dialog", look)
    keys.use_file(enrol_file)
    assert seen == [(False, False, True)]


def receipt(store, person: str) -> None:
    """The commander records a receipt (the administrator may not), then the administrator signs in again."""
    sign_in(store, "commander")
    add_surrender(store, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 1)], person_name=person)
    sign_in(store, "administrator")


def test_a_restored_post_rekeys_from_the_keys_tab(qtbot, admins, tmp_path, no_drives, monkeypatch):
    post = admins.post
    receipt(post, "Lò Văn B")
    old_copy = tmp_path / "old-copy.sqlite"
    post.conn.backup(sqlite3.connect(str(old_copy)))
    receipt(post, "Hà Văn C")
    importer.apply_import(admins.province, export.export_bundle(post, admins.usb).path)
    old = post.device_id
    # the disk dies; the old copy is put back and the administrator signs in again
    path = post.path
    post.close()
    with sqlite3.connect(str(old_copy)) as src, sqlite3.connect(str(path)) as dst:
        src.backup(dst)
    post = admins.post = open_store(path)
    receipt(post, "Vi Văn D")
    stick = tmp_path / "stick2"  # the first stick still holds the lost laptop's bundle of that number
    stick.mkdir()
    bundle = export.export_bundle(post, stick).path
    with pytest.raises(AnttError) as refused:
        importer.apply_import(admins.province, bundle)
    assert refused.value.key == "sync_restored_copy"
    # worked out before the re-key, independently of it: the documents whose current version the old device wrote
    mine = post.query("SELECT count(*) FROM documents d JOIN versions v ON v.vid = d.winner_vid"
                      " WHERE v.device_id = ?", (old,))[0][0]
    assert mine >= 2  # at least the receipt kept from before the loss and the one written after the restore

    keys = shell_for(qtbot, post).window.show_page("sync").keys
    assert keys.rekey_button.isEnabled()
    shown = []

    def confirm(dialog):
        dialog.show()
        shown.append(dialog.explanation.text())
        dialog.confirm_button.click()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", confirm)
    keys.rekey_button.click()
    qtbot.waitUntil(lambda: keys.task is not None and not keys.task.is_running, timeout=10000)
    text = shown[0]
    assert text.startswith("Chỉ dùng khi máy này đã được khôi phục từ một bản sao cũ và cấp trên từ chối gói của máy"
                           f" với câu: «Gói … bị từ chối, không nhập gì: máy {old} (đơn vị CAX-DD) gửi lại số thứ tự …")
    assert f"cấp trên thu hồi máy cũ {old} và ghi danh tệp mới" in text
    new = post.device_id
    fingerprint = my_identity(post).fingerprint
    assert new != old and keys.device_label.text() == new
    assert keys.fingerprint.property("digits") == fingerprint.replace(" ", "")
    assert keys.message.text() == (
        f"Máy này nay có mã {new} (mã cũ {old}), dấu vân tay {fingerprint}; {mine} hồ sơ được ghi lại dưới mã mới,"
        f" không mất gì. Tiếp theo: ghi tệp ghi danh (bước 1) và mang lên cấp trên; cấp trên thu hồi máy cũ {old} và"
        " ghi danh tệp mới; rồi nhận tệp trả lời (bước 3).")
    # what the sentence says to do, done: the province takes the re-keyed laptop's bundle, every receipt is there
    device_admin.revoke(admins.province, old, "khôi phục từ bản sao cũ")
    answer = enrolment.enrol(admins.province, enrolment.write_enrolment(post, admins.usb).path)
    enrolment.accept_answer(post, answer.answer_path)
    importer.apply_import(admins.province, export.export_bundle(post, stick).path)
    people = {r[0] for r in admins.province.query("SELECT person_name FROM surrenders")}
    assert people == {"Lò Văn B", "Hà Văn C", "Vi Văn D"}


def test_rekey_not_confirmed_changes_nothing(qtbot, admins, no_drives, monkeypatch):
    keys = shell_for(qtbot, admins.post).window.show_page("sync").keys
    before = admins.post.device_id

    def cancel(dialog):
        dialog.show()
        dialog.reject()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", cancel)
    keys.rekey_button.click()
    assert admins.post.device_id == before and keys.task is None
    assert keys.message.property("error") is True
