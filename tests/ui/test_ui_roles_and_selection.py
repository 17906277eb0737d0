"""What a role cannot do is disabled, with the reason, before any form is filled; what needs a chosen row says
so; stale messages go; unit combos show the code (issue 15 §3-4). The store is the conftest's: made by the real
first-run dialog, signed in through the real login dialog as the test's role."""

import pytest

from app.domain import surrenders as sr
from app.domain.units import add_unit
from ui import dialogs, drives
from ui.app import Shell, create_application

def shell_of(qtbot, store):
    """The main window over `store`, signed in by the conftest's real login dialog as the test's role."""
    create_application()
    sh = Shell(store, "vi")
    qtbot.addWidget(sh.window)
    return sh


def wait_tasks(sh):
    for page in sh.window.pages.values():
        for name in ("totals_task", "load_task", "task"):
            task = getattr(page, name, None)
            if task is not None:
                task.wait()


@pytest.mark.role("administrator")
def test_an_administrator_cannot_start_a_receipt_and_is_told_why(qtbot, store, monkeypatch):
    sh = shell_of(qtbot, store)
    page = sh.window.show_page("surrenders")
    assert not page.new_button.isEnabled()
    reason = page.new_button.toolTip()
    assert reason.endswith(" (Ctrl+N)")  # the reason first, the button's own hint after it
    reason = reason.removesuffix(" (Ctrl+N)")
    assert "quản trị viên" in reason and "ghi hồ sơ" in reason and "cán bộ, chỉ huy" in reason
    said, forms = [], []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, text: said.append(text))
    monkeypatch.setattr(dialogs, "run_dialog", lambda form: forms.append(form) or False)
    page.new_receipt()  # what Ctrl+N calls while the button is disabled
    assert forms == [] and said == [reason]
    figures = sh.window.show_page("figures")
    assert not figures.save_button.isEnabled() and figures.save_button.toolTip() == f"{reason} (Ctrl+S)"
    assert figures.grid.editTriggers() == figures.grid.EditTrigger.NoEditTriggers
    wait_tasks(sh)


@pytest.mark.role("commander")
def test_a_commander_sees_that_enrolment_is_the_administrators(qtbot, store):
    sh = shell_of(qtbot, store)
    page = sh.window.show_page("sync")
    for button in (page.keys.write_button, page.keys.register_button, page.keys.accept_button):
        assert not button.isEnabled()
        assert "đăng ký thiết bị" in button.toolTip() and "quản trị viên" in button.toolTip()
    assert page.export_button.isEnabled() and page.import_button.isEnabled()
    assert sh.window.show_page("surrenders").new_button.isEnabled()
    wait_tasks(sh)


def test_an_officer_records_but_does_not_exchange_or_submit(qtbot, store):  # the officer: conftest's default
    sh = shell_of(qtbot, store)
    sync = sh.window.show_page("sync")
    assert not sync.export_button.isEnabled() and "xuất và nhập gói dữ liệu" in sync.export_button.toolTip()
    figures = sh.window.show_page("figures")
    assert figures.save_button.isEnabled()
    submit = figures.period.submit_button
    assert submit.isVisibleTo(figures) and not submit.isEnabled()
    assert "nộp hoặc mở lại báo cáo tháng" in submit.toolTip() and "chỉ huy" in submit.toolTip()
    assert sh.window.show_page("surrenders").new_button.isEnabled()
    wait_tasks(sh)


def test_buttons_that_need_a_receipt_wait_for_one(qtbot, store):
    sr.add_surrender(store, unit_code="CAX-DD", date="2025-03-04", person_name="Hoàng Văn Sơn",
                     lines=[sr.Line("weapon.primitive", "3")])
    sh = shell_of(qtbot, store)
    page = sh.window.show_page("surrenders")
    page.period.date_from.set_iso("2025-01-01")
    page.view.clearSelection()
    page.view.setCurrentIndex(page.table_model.index(-1, -1))
    assert page.table_model.rowCount() == 1
    for button in (page.edit_button, page.delete_button, page.print_button):
        assert not button.isEnabled()
        assert button.toolTip().startswith("Hãy chọn một biên bản trong danh sách trước.")
    page.view.selectRow(0)
    for button in (page.edit_button, page.delete_button, page.print_button):
        assert button.isEnabled()
    assert page.print_button.toolTip().endswith("Ctrl+P")  # its own hint is back
    wait_tasks(sh)


def test_no_usb_message_goes_once_a_folder_is_chosen(qtbot, tmp_path, monkeypatch):
    create_application()
    monkeypatch.setattr(drives, "drives", lambda: [])
    picker = drives.PlacePicker("vi", "Thư mục")
    qtbot.addWidget(picker)
    assert picker.no_drive.isVisibleTo(picker)
    picker.use_folder(tmp_path)
    assert not picker.no_drive.isVisibleTo(picker) and picker.target() == tmp_path
    picker.scan()  # looking again keeps the folder, so the message stays away
    assert not picker.no_drive.isVisibleTo(picker)


@pytest.mark.role("administrator")  # units are set up by the administrator
def test_unit_combos_show_the_code_beside_a_shared_name(qtbot, store):
    add_unit(store, "CAX-DD2", "Công an xã Đồng Đăng", "commune_police", "CAX-DD", check_parent_exists=False)
    sh = shell_of(qtbot, store)
    for key in ("figures", "reports"):
        combo = sh.window.show_page(key).unit
        texts = [combo.itemText(i) for i in range(combo.count())]
        assert "Công an xã Đồng Đăng (CAX-DD)" in texts and "Công an xã Đồng Đăng (CAX-DD2)" in texts, key
    wait_tasks(sh)
