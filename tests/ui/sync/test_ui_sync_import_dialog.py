"""The import dialog as an officer meets it (issue 15 §2): opened from "Đọc gói dữ liệu từ USB…" it starts on no
file (not on one named "False"), a file chosen while another is being checked replaces that check, and no
"Đang kiểm tra gói…" box outlives its check.

The file chooser is replaced here (drives.ask_open_file): these tests are about the dialog's own logic; the
real Qt file dialog is driven in tests/ui/test_ui_handover_e2e.py."""

from __future__ import annotations

import threading

from shiboken6 import isValid

from app.sync import importer
from ui import dialogs, drives
from ui.pages import sync_import
from ui.qt import QApplication, QProgressDialog

from .test_ui_sync_exchange import export_through_dialog


def visible_progress_boxes() -> list[str]:
    return [w.labelText() for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_the_page_button_opens_the_dialog_on_no_file(qtbot, shells, pair, monkeypatch):
    """clicked(bool) used to reach open_import as its path: a bundle named "False", refused at once."""
    page = shells["province"].window.show_page("sync")
    opened = []

    def run(dialog):
        opened.append(dialog)
        return False

    monkeypatch.setattr(dialogs, "run_dialog", run)
    page.import_button.click()
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.files.count() == 0 and dialog.task is None
    assert dialog.message.text() == "Không tìm thấy gói (*.antt) nào trên các ổ đĩa; hãy chọn tệp."
    assert "False" not in dialog.message.text()


def test_a_file_chosen_during_a_check_replaces_it(qtbot, shells, pair, monkeypatch):
    """The first file's check hangs (as on a slow stick); the officer chooses another file: the first check is
    cancelled, the second one's result is shown, and the first one's outcome never overwrites it."""
    pair.record(pair.post, "CAX-DD", activities=0)
    export_through_dialog(qtbot, shells["post"], pair.usb)
    good = next(pair.usb.glob("*.antt"))
    slow = pair.usb / "cham.antt"
    slow.write_bytes(good.read_bytes())
    never = threading.Event()  # never set: only Cancel ends the slow check
    real_preview = importer.preview_import

    def preview(store, path, progress=None):
        if path == slow:
            while True:
                progress(0, 1)  # raises Cancelled once the check is cancelled
                never.wait(0.005)
        return real_preview(store, path, progress=progress)

    monkeypatch.setattr(sync_import, "preview_import", preview)
    monkeypatch.setattr(drives, "ask_open_file", lambda *a, **k: good)
    page = shells["province"].window.show_page("sync")
    dialog = sync_import.ImportDialog(shells["province"].ctx, page, slow)
    qtbot.addWidget(dialog)
    first = dialog.task
    assert first is not None and first.is_running and dialog.message.text() == "Đang kiểm tra gói…"

    dialog.choose_button.click()
    second = dialog.task
    assert second is not first and dialog.path() == good
    qtbot.waitUntil(lambda: first.outcome is not None and second.outcome is not None, timeout=20000)
    assert first.outcome == "cancelled" and second.outcome == "done"
    assert dialog.preview is not None and dialog.import_button.isEnabled()
    assert dialog.message.text().startswith("Đã kiểm tra: gói nguyên vẹn")  # not "Đã dừng…" from the first
    assert dialog.count_labels["new"].text() == str(real_preview(pair.province, good).counts["new"])
    # neither check leaves its "Đang kiểm tra gói…" box behind
    qtbot.waitUntil(lambda: not isValid(first.dialog) and not isValid(second.dialog), timeout=5000)
    assert visible_progress_boxes() == []


def test_a_refused_file_then_a_good_one(qtbot, shells, pair, monkeypatch):
    """A file that is no bundle is refused in one sentence; the file chosen next is checked and can be imported."""
    pair.record(pair.post, "CAX-DD", activities=0)
    export_through_dialog(qtbot, shells["post"], pair.usb)
    good = next(pair.usb.glob("*.antt"))
    junk = pair.usb / "khong-phai-goi.antt"
    junk.write_bytes(b"not a bundle")
    monkeypatch.setattr(drives, "ask_open_file", lambda *a, **k: good)
    page = shells["province"].window.show_page("sync")
    dialog = sync_import.ImportDialog(shells["province"].ctx, page, junk)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task.outcome is not None, timeout=20000)
    assert dialog.message.property("error") is True and not dialog.import_button.isEnabled()
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.task.outcome is not None, timeout=20000)
    assert dialog.preview is not None and dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.task.kind == "apply" and dialog.task.outcome is not None, timeout=20000)
    assert dialog.receipt is not None and dialog.receipt.counts["new"] > 0
    assert pair.province.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 1
    qtbot.waitUntil(lambda: visible_progress_boxes() == [], timeout=5000)
