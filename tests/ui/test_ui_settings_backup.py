"""Cài đặt → Sao lưu: a backup to a folder, then a restore through the page brings the old data back into the
running app; a damaged file is refused in one sentence and nothing is replaced."""

import pytest

from app.domain import surrenders as sr
from app.security import backups, sealed_backup
from app.store.db import open_store
from ui import dialogs, drives
from ui.context import AppContext
from ui.pages.backups import BackupDialog, RestoreConfirmDialog
from ui.pages.settings import SettingsPage

from .conftest import sign_in


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    """scrypt at its lowest allowed cost (still real scrypt): the production cost, about 0.4 s a key, is checked
    once in test_security_backups.py."""
    monkeypatch.setattr(sealed_backup, "SCRYPT", {"n": 1 << 14, "r": 8, "p": 1})


@pytest.fixture
def store(tmp_path, first_run_store_file):
    """The commune's store from the real first-run dialog (tests/ui/conftest.py), in a data folder of its own (a
    folder beside it stands for the stick), signed in through the login dialog as the administrator: backups
    and restores are theirs. The receipts are recorded by the officer (see `receipt`)."""
    import shutil

    (tmp_path / "data").mkdir()
    shutil.copyfile(first_run_store_file, tmp_path / "data" / "antt.sqlite")
    s = open_store(tmp_path / "data" / "antt.sqlite", create=False)
    sign_in(s, "administrator")
    yield s
    s.close()


@pytest.fixture
def page(qtbot, store):
    from ui.app import create_application
    from ui.i18n import install_language

    create_application()
    ctx = AppContext(store, install_language("vi"))
    p = SettingsPage(ctx)
    qtbot.addWidget(p)
    p.show()
    p.tabs.setCurrentWidget(p.backups)
    return p


def receipt(store, name):
    """A receipt the officer records (signed in through the login dialog), then the administrator again."""
    sign_in(store, "officer")
    try:
        return sr.add_surrender(store, unit_code="CAX-DD", date="2025-06-03", person_name=name,
                                lines=[sr.Line("gun.air", 1)])
    finally:
        sign_in(store, "administrator")


def people(store):
    return sorted(r[0] for r in store.conn.execute("SELECT person_name FROM surrenders"))


def wait(qtbot, holder):
    qtbot.waitUntil(lambda: holder.task is not None and not holder.task.is_running, timeout=20000)


PASS = "ba con voi ở Đồng Đăng"


def back_up_to(qtbot, panel, folder, monkeypatch, passphrase=PASS, again=PASS):
    made = []

    def run(dialog):
        if isinstance(dialog, BackupDialog):
            dialog.picker.use_folder(folder)
            dialog.passphrase.setText(passphrase)
            dialog.repeat.setText(again)
            dialog.write()
            if dialog.task is None:  # refused before any work began
                made.append(dialog)
                return True
            wait(qtbot, dialog)
            made.append(dialog)
        return True

    monkeypatch.setattr(dialogs, "run_dialog", run)
    panel.back_up()
    return made[0]


def test_backup_to_a_folder_then_restore_it_through_the_page(qtbot, page, store, tmp_path, monkeypatch):
    panel, ctx = page.backups, page.ctx
    receipt(store, "Lục Văn Bình")
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = back_up_to(qtbot, panel, usb, monkeypatch)
    written = dialog.written
    assert written.parent == usb and written.name.startswith("antt-CAX-DD-") and written.suffix == ".anttbackup"
    assert dialog.message.text().startswith("Đã ghi bản sao lưu: ")
    assert "Lục Văn Bình".encode() not in written.read_bytes()  # sealed: the stick shows no name
    receipt(store, "Hoàng Văn Cường")  # the data moves on after the backup
    assert people(store) == ["Hoàng Văn Cường", "Lục Văn Bình"]

    shown = []

    def confirm(dialog):
        assert isinstance(dialog, RestoreConfirmDialog)
        shown.append(dict(dialog.details))
        return True

    infos, logins = [], []

    def log_in_again():  # what the Shell does on loginRequested: the login dialog, then the pages read again
        logins.append(store.session)
        sign_in(store, "administrator")
        ctx.notify_changed()

    ctx.loginRequested.connect(log_in_again)
    monkeypatch.setattr(dialogs, "run_dialog", confirm)
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text: infos.append(text))
    monkeypatch.setattr(drives, "ask_open_file", lambda *a, **k: written)
    asked = []
    monkeypatch.setattr(panel, "ask_passphrase", lambda file: asked.append(file) or PASS)
    panel.restore_from_file()
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    assert asked == [written]  # asked once, for that file
    details = shown[0]
    assert details["unit"] == "Công an xã Đồng Đăng (CAX-DD)" and details["integrity"] == "đã kiểm tra, nguyên vẹn"
    assert details["date"][2] == "/" and details["size"].endswith("KB")
    assert details["encrypted"] == "có, đã mở bằng mật khẩu"
    # the running app reads the restored data through the same Store object
    assert ctx.store is store and people(store) == ["Lục Văn Bình"]
    assert "Đã khôi phục từ" in infos[0] and "before-restore-" in infos[0]
    assert "đăng nhập lại" in infos[0]
    assert logins == [None]  # nobody was logged in on the restored store until the login dialog
    kept = [b for b in backups.list_backups(store) if b["kind"] == "restore"]
    assert len(kept) == 1 and panel.table.rowCount() >= 1
    kinds = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert "Trước khi khôi phục" in kinds
    # the data as it was before the restore is kept and can be restored in turn
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: True)
    infos.clear()
    row = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 1).text() == "Trước khi khôi phục")
    panel.table.selectRow(row)
    panel.restore_from_list()
    qtbot.waitUntil(lambda: bool(infos), timeout=20000)
    assert people(store) == ["Hoàng Văn Cường", "Lục Văn Bình"]
    receipt(store, "Sau khôi phục")  # the reopened store takes writes
    assert len(people(store)) == 3


def test_a_damaged_file_is_refused_in_one_sentence_and_nothing_is_replaced(qtbot, page, store, tmp_path, monkeypatch):
    panel = page.backups
    receipt(store, "Lục Văn Bình")
    bad = tmp_path / "hong.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 80)
    before = store.path.read_bytes(), people(store), sorted(p.name for p in store.path.parent.rglob("*"))
    errors, asked = [], []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: errors.append(dialogs.error_text(exc)))
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: asked.append(d) or True)
    panel.check_file(bad)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert not asked  # never got as far as asking
    assert len(errors[0].splitlines()) == 1 and errors[0].endswith("dữ liệu hiện tại vẫn nguyên.")
    assert panel.message.text() == errors[0]
    assert (store.path.read_bytes(), people(store), sorted(p.name for p in store.path.parent.rglob("*"))) == before


def test_a_file_that_passes_the_check_but_fails_at_restore_leaves_the_app_working(qtbot, page, store, tmp_path,
                                                                                monkeypatch):
    """Between the check and the restore the file went bad (the stick was pulled): refused, the same store
    opened again, with the same data."""
    panel = page.backups
    receipt(store, "Lục Văn Bình")
    good = backups.backup_to_dir(store, tmp_path, "passphrase for the stick")
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: errors.append(dialogs.error_text(exc)))
    good.write_bytes(b"not a database at all" * 100)
    panel.restore(good)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert "dữ liệu hiện tại vẫn nguyên" in errors[0]
    assert people(store) == ["Lục Văn Bình"]
    receipt(store, "Vẫn ghi được")
    assert len(people(store)) == 2


def test_keep_count_is_saved_through_the_core(page, store):
    panel = page.backups
    panel.keep.setValue(4)
    panel.set_keep()
    assert backups.keep_count(store) == 4
    assert panel.message.text() == "Giữ 4 bản sao lưu tự động gần nhất của mỗi loại."


def test_two_passphrases_that_differ_write_nothing(qtbot, page, store, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = back_up_to(qtbot, page.backups, usb, monkeypatch, again=PASS + "!")
    assert dialog.written is None and list(usb.iterdir()) == []
    assert dialog.message.text() == "Hai lần nhập mật khẩu sao lưu không giống nhau; chưa ghi bản sao lưu."
    dialog = back_up_to(qtbot, page.backups, usb, monkeypatch, passphrase="ngắn", again="ngắn")
    assert dialog.written is None and list(usb.iterdir()) == []
    assert dialog.message.text().startswith("Mật khẩu sao lưu phải có ít nhất 8 ký tự")


def test_a_wrong_or_no_passphrase_restores_nothing(qtbot, page, store, tmp_path, monkeypatch):
    panel = page.backups
    receipt(store, "Lục Văn Bình")
    usb = tmp_path / "usb"
    usb.mkdir()
    sealed = backups.backup_to_dir(store, usb, PASS)
    receipt(store, "Hoàng Văn Cường")
    errors, asked = [], []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: errors.append(dialogs.error_text(exc)))
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: asked.append(d) or True)
    monkeypatch.setattr(panel, "ask_passphrase", lambda file: None)  # Cancel
    panel.check_file(sealed)
    assert panel.task is None and panel.message.text() == "Chưa khôi phục: dữ liệu không thay đổi."
    monkeypatch.setattr(panel, "ask_passphrase", lambda file: "not the passphrase")
    panel.check_file(sealed)
    qtbot.waitUntil(lambda: bool(errors), timeout=20000)
    assert not asked and errors[0] == (f"Mật khẩu sao lưu không đúng với tệp {sealed}; không khôi phục, "
                                       "dữ liệu hiện tại vẫn nguyên.")
    assert people(store) == ["Hoàng Văn Cường", "Lục Văn Bình"]


def test_the_cutoff_rule_is_chosen_on_the_settings_page(page, store):
    from app.domain.reporting_periods import cutoff_rule

    assert page.cutoff.currentData() == "decree09" == cutoff_rule(store)
    page.cutoff.setCurrentIndex(page.cutoff.findData("calendar"))
    assert cutoff_rule(store) == "calendar" and page.saved.text() == "Đã lưu."
