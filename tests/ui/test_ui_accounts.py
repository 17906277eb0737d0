"""Accounts through the GUI (issue 6): the first run makes the administrator, the login before the window,
locks, Manage accounts by role, changing a password and signing out. Each step is checked in the store."""

from __future__ import annotations

import pytest

from app.domain import setup
from app.security import accounts
from app.store.db import open_store
from ui import dialogs
from ui.account_forms import ChangePasswordDialog, NewAccountDialog, ResetPasswordDialog
from ui.app import start
from ui.first_run import FirstRunDialog
from ui.login import FirstAdminDialog, LoginDialog

PASSWORDS = {"quantri": "admin-pass-1", "chihuy": "command-pass", "an": "officer-pass"}


def users(db_path) -> dict[str, dict]:
    """What the store file holds, read on a connection of its own."""
    s = open_store(db_path, create=False)
    try:
        return {r["username"]: dict(r) for r in s.conn.execute("SELECT * FROM users")}
    finally:
        s.close()


def audit_actions(db_path) -> list[tuple[str, str]]:
    s = open_store(db_path, create=False)
    try:
        return [(r[0], r[1]) for r in s.conn.execute("SELECT username, action FROM audit_log ORDER BY seq")]
    finally:
        s.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "antt.sqlite"


@pytest.fixture
def secured(db_path):
    """A set-up store with an administrator, a commander and an officer (made through the core)."""
    s = open_store(db_path)
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
    accounts.create_first_administrator(s, "quantri", PASSWORDS["quantri"], "Lê Quản Trị")
    accounts.login(s, "quantri", PASSWORDS["quantri"])
    accounts.add_user(s, "chihuy", PASSWORDS["chihuy"], "commander", "Hoàng Văn Chỉ")
    accounts.add_user(s, "an", PASSWORDS["an"], "officer", "Nguyễn Văn An")
    s.close()
    return db_path


@pytest.fixture
def forms(monkeypatch):
    """Replace the modal exec of every form by a filler chosen by the form's class; records what was shown."""
    fillers: dict[type, object] = {}
    shown = {"forms": [], "errors": [], "infos": [], "confirm": []}

    def run(form):
        shown["forms"].append(form)
        filler = fillers.get(type(form))
        if filler is None:
            raise AssertionError(f"unexpected dialog {type(form).__name__}")
        return bool(filler(form))

    monkeypatch.setattr(dialogs, "run_dialog", run)
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: shown["errors"].append(
        exc if isinstance(exc, str) else dialogs.error_text(exc)))
    monkeypatch.setattr(dialogs, "show_info", lambda parent, text: shown["infos"].append(text))
    answers = []

    def confirm(parent, text):
        shown["confirm"].append(text)
        return answers.pop(0) if answers else True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    fillers["answers"] = answers
    return fillers, shown


def press_save(form) -> bool:
    form.accept()
    return form.result() == form.DialogCode.Accepted


def type_login(username, password):
    def fill(dialog: LoginDialog):
        dialog.username.setText(username)
        dialog.password.setText(password)
        return press_save(dialog)
    return fill


def started(qtbot, db_path, monkeypatch=None, user=None):
    """start() as `antt` does; with `user`, logged in from ANTT_USER / ANTT_PASSWORD (no dialog)."""
    if user:
        monkeypatch.setenv("ANTT_USER", user)
        monkeypatch.setenv("ANTT_PASSWORD", PASSWORDS[user])
    shell = start(db_path, "vi")
    if shell is not None:
        qtbot.addWidget(shell.window)
    return shell


def account_line(qtbot, window) -> str:
    """Who the window says is signed in, once it has said so (right after its first paint, ui/main_window.py)."""
    qtbot.waitUntil(lambda: window.user_label.text() != "")
    return window.user_label.text()


def stop(shell) -> None:
    shell.wait_backup()
    if shell.window is not None:
        shell.window.close()
    shell.store.close()


# ---------------------------------------------------------------- first run and the first administrator


def test_first_run_creates_the_administrator_and_the_window_opens_signed_in(qtbot, db_path, forms):
    fillers, shown = forms

    def fill(dialog: FirstRunDialog):
        dialog.unit_code.setText("CAX-DD")
        dialog.unit_name.setText("Công an xã Đồng Đăng")
        dialog.officer.setText("Nguyễn Văn An")
        dialog.account.username.setText("quantri")
        dialog.account.full_name.setText("Lê Quản Trị")
        dialog.account.password.setText("admin-pass-1")
        dialog.account.repeat.setText("admin-pass-2")  # typed differently: refused, nothing written
        assert not press_save(dialog)
        assert dialog.message.text() == "Hai lần nhập mật khẩu không khớp nhau; chưa có gì thay đổi."
        assert dialog.store.home_unit is None and dialog.store.conn.execute("SELECT count(*) FROM users").fetchone()[0] == 0
        dialog.account.password.setText("ngắn")
        dialog.account.repeat.setText("ngắn")  # too short: the core refuses, still nothing written
        assert not press_save(dialog)
        assert dialog.message.text() == "Mật khẩu phải có ít nhất 8 ký tự."
        assert dialog.store.home_unit is None
        dialog.account.password.setText("admin-pass-1")
        dialog.account.repeat.setText("admin-pass-1")
        return press_save(dialog)

    fillers[FirstRunDialog] = fill
    fillers["answers"].append(False)  # not now, to the offer of a recording account
    shell = started(qtbot, db_path)
    assert shell is not None and [type(f) for f in shown["forms"]] == [FirstRunDialog]
    assert "không ghi mô hình" in shown["confirm"][0]
    held = users(db_path)
    assert list(held) == ["quantri"] and held["quantri"]["role"] == "administrator"
    assert held["quantri"]["full_name"] == "Lê Quản Trị" and held["quantri"]["password_hash"].startswith("$argon2id$")
    assert shell.store.home_unit == "CAX-DD" and shell.store.session.username == "quantri"
    assert account_line(qtbot, shell.window) == "Đăng nhập: Lê Quản Trị (quản trị viên)"
    assert shell.window.manage_accounts_action.isEnabled()
    assert ("quantri", "login") in audit_actions(db_path)
    # the day's automatic backup is taken after the login, on a worker
    qtbot.waitUntil(lambda: shell.backup_task is not None and not shell.backup_task.is_running, timeout=10000)
    assert shell.backup_task.outcome == "done" and shell.backup_task.result.name.startswith("daily-")
    stop(shell)


def first_run_filled(dialog: FirstRunDialog) -> bool:
    """The first-run dialog filled in right (unit, officer, administrator) and saved."""
    dialog.unit_code.setText("CAX-DD")
    dialog.unit_name.setText("Công an xã Đồng Đăng")
    dialog.officer.setText("Nguyễn Văn An")
    dialog.account.username.setText("quantri")
    dialog.account.password.setText("admin-pass-1")
    dialog.account.repeat.setText("admin-pass-1")
    return press_save(dialog)


def new_account_an(form) -> bool:
    """Manage accounts → Add, or the offer after the first run: the account "an", saved."""
    form.fields.username.setText("an")
    form.fields.password.setText("officer-pass")
    form.fields.repeat.setText("officer-pass")
    return press_save(form)


def test_after_the_first_run_the_account_of_who_records_is_offered_then_its_login(qtbot, db_path, forms):
    from ui.account_forms import NewAccountDialog

    fillers, shown = forms

    def new_account(form: NewAccountDialog):
        assert form.fields.full_name.text() == "Nguyễn Văn An"  # the officer named at first run
        assert [form.role.itemData(i) for i in range(form.role.count())] == ["commander", "officer"]
        return new_account_an(form)

    def login(dialog: LoginDialog):
        assert dialog.username.text() == "an"  # offered the account just made
        dialog.password.setText("officer-pass")
        return press_save(dialog)

    fillers.update({FirstRunDialog: first_run_filled, NewAccountDialog: new_account, LoginDialog: login})
    shell = started(qtbot, db_path)
    qtbot.addWidget(shell.window)
    assert [type(f).__name__ for f in shown["forms"]] == ["FirstRunDialog", "NewAccountDialog", "LoginDialog"]
    assert users(db_path)["an"]["role"] == "commander" and shell.store.session.username == "an"
    assert account_line(qtbot, shell.window) == "Đăng nhập: Nguyễn Văn An (chỉ huy)"
    stop(shell)


def test_cancelling_the_new_accounts_login_after_the_first_run_ends_the_start(qtbot, db_path, forms):
    from ui.account_forms import NewAccountDialog

    fillers, _ = forms
    fillers.update({FirstRunDialog: first_run_filled, NewAccountDialog: new_account_an, LoginDialog: lambda d: False})
    assert start(db_path, "vi") is None  # no invisible app left waiting: nothing to show, nothing running
    assert set(users(db_path)) == {"quantri", "an"}  # what was made stays made


def test_a_store_without_accounts_must_get_its_administrator_before_the_window(qtbot, db_path, forms):
    fillers, shown = forms
    s = open_store(db_path)  # as `antt init` or `antt demo` leave it: set up, no account
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police")
    s.close()
    fillers[FirstAdminDialog] = lambda dialog: dialog.reject() or False  # Quit: the app does not open
    assert started(qtbot, db_path) is None and users(db_path) == {}

    def fill(dialog: FirstAdminDialog):
        dialog.fields.username.setText("quantri")
        dialog.fields.password.setText("admin-pass-1")
        dialog.fields.repeat.setText("admin-pass-1")
        return press_save(dialog)

    fillers[FirstAdminDialog] = fill
    shell = started(qtbot, db_path)
    assert shell is not None and shell.store.session.role == "administrator"
    assert users(db_path)["quantri"]["password_hash"].startswith("$argon2id$")
    stop(shell)


# ---------------------------------------------------------------- logging in


def test_a_wrong_password_is_one_sentence_and_the_window_does_not_open(qtbot, secured, forms):
    fillers, shown = forms
    messages = []

    def fill(dialog: LoginDialog):
        type_login("an", "not-the-password")(dialog)
        messages.append(dialog.message.text())
        assert dialog.result() != dialog.DialogCode.Accepted and dialog.password.text() == ""
        return False  # then the officer presses Cancel

    fillers[LoginDialog] = fill
    assert started(qtbot, secured) is None
    assert messages == ["Tên đăng nhập hoặc mật khẩu không đúng."]
    held = users(secured)["an"]
    assert held["failed_count"] == 1 and held["locked_until"] == 0
    assert audit_actions(secured)[-1] == ("an", "login.failed")


def test_the_right_password_opens_the_window_as_that_user(qtbot, secured, forms):
    fillers, _ = forms
    fillers[LoginDialog] = type_login("an", PASSWORDS["an"])
    shell = started(qtbot, secured)
    assert shell.store.session.username == "an"
    assert account_line(qtbot, shell.window) == "Đăng nhập: Nguyễn Văn An (cán bộ)"
    assert audit_actions(secured)[-1] == ("an", "login")
    stop(shell)
    # the next start offers the same user name, the cursor in the password
    s = open_store(secured, create=False)
    try:
        dialog = LoginDialog(s)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.username.text() == "an" and dialog.focusWidget() is dialog.password
    finally:
        s.close()


def clocked_login(qtbot, s):
    """A login dialog on `s` whose core judges waits and locks by `clock[0]` (seconds), set by the test."""
    dialog = LoginDialog(s)
    qtbot.addWidget(dialog)
    clock = [1_900_000_000.0]
    dialog.now = lambda: clock[0]
    return dialog, clock


def wrong_passwords(dialog, clock, times: int) -> list[str]:
    """`times` wrong passwords for "an", each a minute after the last (past any wait); the sentences shown."""
    seen = []
    for _ in range(times):
        clock[0] += 60
        type_login("an", "wrong-password")(dialog)
        seen.append(dialog.message.text())
    return seen


def test_five_wrong_passwords_lock_the_account_and_the_sentence_says_how_long(qtbot, secured):
    s = open_store(secured)
    dialog, clock = clocked_login(qtbot, s)
    seen = wrong_passwords(dialog, clock, 5)
    assert seen[:4] == ["Tên đăng nhập hoặc mật khẩu không đúng."] * 4
    locked = "Tài khoản “an” bị khóa 15 phút vì nhập sai mật khẩu nhiều lần; quản trị viên có thể mở khóa."
    assert seen[4] == locked
    clock[0] += 5 * 60
    assert not type_login("an", PASSWORDS["an"])(dialog)  # even the right password waits out the lock
    assert dialog.message.text() == locked.replace("15 phút", "10 phút")
    held = users(secured)["an"]
    assert held["failed_count"] == 5 and held["locked_until"] == 1_900_000_000.0 + 5 * 60 + 15 * 60
    assert s.session is None
    s.close()


def test_a_wait_after_wrong_passwords_is_counted_down_with_the_button_greyed(qtbot, secured):
    s = open_store(secured)
    dialog, clock = clocked_login(qtbot, s)
    wrong_passwords(dialog, clock, 3)
    type_login("an", PASSWORDS["an"])(dialog)  # at once: the core asks to wait, the password is not even checked
    assert dialog.message.text() == "Đã nhập sai nhiều lần; hãy thử lại sau 2 giây."
    assert not dialog.sign_in_button.isEnabled() and dialog.countdown.isActive()
    dialog.tick()
    assert dialog.message.text() == "Đã nhập sai nhiều lần; hãy thử lại sau 1 giây."
    assert not dialog.sign_in_button.isEnabled()
    dialog.tick()
    assert dialog.sign_in_button.isEnabled() and not dialog.countdown.isActive() and dialog.message.text() == ""
    clock[0] += 2
    assert type_login("an", PASSWORDS["an"])(dialog) and s.session.username == "an"
    s.close()


def test_login_from_the_environment_and_a_wrong_one_refused(qtbot, secured, forms, monkeypatch, capsys):
    fillers, shown = forms
    shell = started(qtbot, secured, monkeypatch, user="chihuy")  # no dialog at all
    assert shown["forms"] == [] and shell.store.session.username == "chihuy"
    stop(shell)
    monkeypatch.setenv("ANTT_PASSWORD", "wrong-password")
    monkeypatch.setenv("ANTT_QUIT_WHEN_SHOWN", "1")  # a start-up probe: refused, no dialog to hang on
    assert start(secured, "vi") is None and shown["forms"] == []
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in capsys.readouterr().err
    monkeypatch.delenv("ANTT_QUIT_WHEN_SHOWN")
    prefilled = []
    fillers[LoginDialog] = lambda d: prefilled.append((d.username.text(), d.message.text())) or False
    assert start(secured, "vi") is None  # interactive: the login dialog opens, saying why
    assert prefilled == [("chihuy", "Tên đăng nhập hoặc mật khẩu không đúng.")]
    assert users(secured)["chihuy"]["failed_count"] == 2


# ---------------------------------------------------------------- managing accounts


def test_the_administrator_adds_an_officer_and_disables_after_confirming(qtbot, secured, forms, monkeypatch):
    fillers, shown = forms
    shell = started(qtbot, secured, monkeypatch, user="quantri")
    dialog = shell.window.manage_accounts()
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["quantri", "chihuy", "an"]
    assert dialog.table.item(0, 5).text() != ""  # the administrator's last sign-in, dd/mm/yyyy HH:MM
    assert dialog.table.item(0, 5).text()[2] == "/" and dialog.table.item(2, 5).text() == ""

    def new_officer(form: NewAccountDialog):
        assert [form.role.itemData(i) for i in range(form.role.count())] == ["officer", "commander", "administrator"]
        form.fields.username.setText("binh")
        form.fields.full_name.setText("Lục Văn Bình")
        form.role.setCurrentIndex(form.role.findData("officer"))
        form.fields.password.setText("binh")
        form.fields.repeat.setText("binh")
        assert not press_save(form) and form.message.text() == "Mật khẩu phải có ít nhất 8 ký tự."
        form.fields.password.setText("binh-pass-1")
        form.fields.repeat.setText("binh-pass-1")
        return press_save(form)

    fillers[NewAccountDialog] = new_officer
    assert dialog.add_user()
    held = users(secured)["binh"]
    assert held["role"] == "officer" and held["full_name"] == "Lục Văn Bình"
    assert held["password_hash"].startswith("$argon2id$") and "binh-pass-1" not in held["password_hash"]
    assert "binh" in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]

    dialog.select("binh")
    fillers["answers"].append(False)  # "No": nothing changes
    assert not dialog.toggle_disabled() and users(secured)["binh"]["disabled"] == 0
    assert "binh" in shown["confirm"][-1]
    assert dialog.toggle_disabled() and users(secured)["binh"]["disabled"] == 1
    dialog.select("binh")
    assert dialog.table.item([u.username for u in dialog.users].index("binh"), 3).text() == "đã vô hiệu hóa"
    assert dialog.disable_button.text() == "Cho dùng lại"
    assert dialog.toggle_disabled() and users(secured)["binh"]["disabled"] == 0  # enabling asks nothing
    assert len(shown["confirm"]) == 2

    dialog.select("quantri")  # the last administrator cannot be disabled: the core says so
    assert not dialog.toggle_disabled()
    assert shown["errors"] == ["Không thể vô hiệu hóa hoặc đổi vai trò quản trị viên cuối cùng còn hoạt động."]
    assert users(secured)["quantri"]["disabled"] == 0
    stop(shell)


def test_an_officer_may_not_manage_accounts(qtbot, secured, forms, monkeypatch):
    fillers, shown = forms
    shell = started(qtbot, secured, monkeypatch, user="an")
    before = users(secured)
    assert account_line(qtbot, shell.window) == "Đăng nhập: Nguyễn Văn An (cán bộ)"
    assert not shell.window.manage_accounts_action.isEnabled()
    assert shell.window.manage_accounts() is None  # reached anyway (a shortcut): the core refuses
    assert shown["errors"] == ["Tài khoản “an” (cán bộ) không có quyền quản lý tài khoản cán bộ; "
                               "việc này cần vai trò: chỉ huy, quản trị viên."]
    assert users(secured) == before
    stop(shell)


def test_a_commander_manages_officers_only(qtbot, secured, forms, monkeypatch):
    fillers, shown = forms
    shell = started(qtbot, secured, monkeypatch, user="chihuy")
    dialog = shell.window.manage_accounts()
    qtbot.addWidget(dialog)
    assert dialog.role_button.isHidden()  # roles are the administrator's

    def new_account(form: NewAccountDialog):
        assert [form.role.itemData(i) for i in range(form.role.count())] == ["officer"]
        form.fields.username.setText("dung")
        form.fields.password.setText("dung-pass-1")
        form.fields.repeat.setText("dung-pass-1")
        return press_save(form)

    fillers[NewAccountDialog] = new_account
    assert dialog.add_user() and users(secured)["dung"]["role"] == "officer"
    before = users(secured)

    refused = []

    def reset(form: ResetPasswordDialog):
        form.password.setText("new-admin-pass")
        form.repeat.setText("new-admin-pass")
        press_save(form)
        refused.append(form.message.text())
        return False

    fillers[ResetPasswordDialog] = reset
    dialog.select("quantri")
    assert not dialog.reset_password()
    denied = ("Tài khoản “chihuy” (chỉ huy) không có quyền quản lý mọi tài khoản; "
              "việc này cần vai trò: quản trị viên.")
    assert refused == [denied]
    assert not dialog.toggle_disabled() and shown["errors"] == [denied]
    assert users(secured) == before
    stop(shell)


# ---------------------------------------------------------------- own password, signing out


def test_change_password_then_sign_out_and_in_with_the_new_one(qtbot, secured, forms, monkeypatch):
    fillers, shown = forms
    shell = started(qtbot, secured, monkeypatch, user="an")
    old_hash = users(secured)["an"]["password_hash"]

    def change(form: ChangePasswordDialog):
        form.old.setText("not-my-password")
        form.password.setText("officer-new-1")
        form.repeat.setText("officer-new-1")
        assert not press_save(form) and form.message.text() == "Tên đăng nhập hoặc mật khẩu không đúng."
        form.old.setText(PASSWORDS["an"])
        return press_save(form)

    fillers[ChangePasswordDialog] = change
    assert shell.window.change_password() and shown["infos"] == ["Đã đổi mật khẩu."]
    assert users(secured)["an"]["password_hash"] != old_hash

    tries = []

    def sign_in_again(dialog: LoginDialog):
        for password in (PASSWORDS["an"], "officer-new-1"):  # the old one no longer works
            type_login("an", password)(dialog)
            tries.append(dialog.message.text())
        return dialog.result() == dialog.DialogCode.Accepted

    fillers[LoginDialog] = sign_in_again
    first_window = shell.window
    assert shell.sign_out()
    qtbot.addWidget(shell.window)
    assert tries[0] == "Tên đăng nhập hoặc mật khẩu không đúng."  # then the new one was accepted
    assert shell.window is not first_window and shell.store.session.username == "an"
    assert ("an", "logout") in audit_actions(secured) and audit_actions(secured)[-1] == ("an", "login")
    stop(shell)


def test_sign_out_as_one_user_and_in_as_another_or_quit(qtbot, secured, forms, monkeypatch):
    fillers, _ = forms
    shell = started(qtbot, secured, monkeypatch, user="an")
    fillers[LoginDialog] = type_login("quantri", PASSWORDS["quantri"])
    assert account_line(qtbot, shell.window) == "Đăng nhập: Nguyễn Văn An (cán bộ)"  # Sign out offered from then on
    shell.window.sign_out_action.trigger()
    qtbot.addWidget(shell.window)
    assert shell.store.session.username == "quantri"
    assert account_line(qtbot, shell.window) == "Đăng nhập: Lê Quản Trị (quản trị viên)"
    assert shell.window.manage_accounts_action.isEnabled()
    fillers[LoginDialog] = lambda dialog: False  # Cancel at the login: the app quits
    assert not shell.sign_out() and shell.window is None and shell.store.session is None
    shell.wait_backup()
    shell.store.close()


def test_an_administrator_who_demotes_themself_sees_why_the_list_closes(qtbot, secured, forms, monkeypatch):
    from ui.account_forms import RoleDialog

    fillers, shown = forms
    shell = started(qtbot, secured, monkeypatch, user="quantri")
    accounts.add_user(shell.store, "quantri2", "admin-pass-2", "administrator")  # not the last administrator
    dialog = shell.window.manage_accounts()
    qtbot.addWidget(dialog)

    def to_officer(form: RoleDialog):
        form.role.setCurrentIndex(form.role.findData("officer"))
        return press_save(form)

    fillers[RoleDialog] = to_officer
    dialog.select("quantri")
    assert not dialog.change_role()
    assert users(secured)["quantri"]["role"] == "officer"
    assert shown["errors"] == ["Tài khoản “quantri” (cán bộ) không có quyền quản lý tài khoản cán bộ; "
                               "việc này cần vai trò: chỉ huy, quản trị viên."]
    assert dialog.result() == dialog.DialogCode.Rejected
    # the window says so at once: the new role in the status bar, Manage accounts no longer offered
    assert account_line(qtbot, shell.window) == "Đăng nhập: Lê Quản Trị (cán bộ)"
    assert not shell.window.manage_accounts_action.isEnabled()
    stop(shell)


# ---------------------------------------------------------------- a restore brings back a store with accounts

def test_after_a_restore_the_login_is_asked_and_the_window_reopens_as_who_logged_in(qtbot, secured, forms,
                                                                                    monkeypatch, tmp_path):
    from app.security import backups
    from ui import drives
    from ui.pages.backups import RestoreConfirmDialog

    fillers, shown = forms
    shell = started(qtbot, secured, monkeypatch, user="quantri")
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.backup_to_dir(shell.store, usb)
    accounts.add_user(shell.store, "moi", "new-officer-1", "officer", "Người Mới")  # after the backup
    assert account_line(qtbot, shell.window) == "Đăng nhập: Lê Quản Trị (quản trị viên)"  # the window is up
    settings = shell.window.show_page("settings")
    panel = settings.backups
    fillers[RestoreConfirmDialog] = lambda dialog: True
    fillers[LoginDialog] = type_login("chihuy", PASSWORDS["chihuy"])
    monkeypatch.setattr(drives, "ask_open_file", lambda *a, **k: copy)
    first_window = shell.window
    panel.restore_from_file()
    qtbot.waitUntil(lambda: shell.window is not first_window, timeout=30000)
    qtbot.addWidget(shell.window)
    assert shown["infos"][0].startswith(f"Đã khôi phục từ {copy}: ")
    assert shown["infos"][0].splitlines()[-1] == "Hãy đăng nhập lại để tiếp tục làm việc."
    assert [type(f).__name__ for f in shown["forms"]] == ["RestoreConfirmDialog", "LoginDialog"]
    # the restored store's accounts: the one added after the backup is gone, the commander is logged in
    assert "moi" not in users(secured) and shell.store.session.username == "chihuy"
    assert account_line(qtbot, shell.window) == "Đăng nhập: Hoàng Văn Chỉ (chỉ huy)"
    stop(shell)


def test_the_start_up_probe_sees_the_login_dialog_first_on_a_store_with_accounts(secured):
    """What bench/bench_startup.py times: a real `antt` process paints the login dialog, says so, and ends."""
    import os
    import subprocess
    import sys

    from ui.probe import SHOWN_MARK

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANTT_DB=str(secured), ANTT_QUIT_WHEN_SHOWN="login")
    for name in ("ANTT_USER", "ANTT_PASSWORD"):
        env.pop(name, None)
    before = audit_actions(secured)
    done = subprocess.run([sys.executable, "-m", "app.cli"], env=env, capture_output=True, text=True, timeout=60)
    assert done.stdout.splitlines() == [SHOWN_MARK] and done.returncode == 1  # the dialog closed as if cancelled
    assert audit_actions(secured) == before  # nobody logged in, nothing written


def test_a_login_commits_its_audit_entry_before_the_window_and_flushes_it_behind(qtbot, secured, monkeypatch):
    """Issue 17 item 4: the entry is in the store when the login returns (read by another connection), the store
    is back to flushing every commit, and the entry's own flush ran on a thread (Store.synced_behind)."""
    import sqlite3
    import threading

    from app.store import db

    flushes = []
    sync_log = db.sync_log
    monkeypatch.setattr(db, "sync_log", lambda path: flushes.append(threading.current_thread().name) or sync_log(path))
    s = open_store(secured)
    before = sqlite3.connect(secured).execute("SELECT count(*) FROM audit_log WHERE action = 'login'").fetchone()[0]
    dialog = LoginDialog(s)
    qtbot.addWidget(dialog)
    assert type_login("an", PASSWORDS["an"])(dialog) and s.session.username == "an"
    other = sqlite3.connect(secured)
    assert other.execute("SELECT count(*) FROM audit_log WHERE action = 'login' AND username = 'an'").fetchone()[0] \
        == 1 and other.execute("SELECT count(*) FROM audit_log WHERE action = 'login'").fetchone()[0] == before + 1
    other.close()
    assert s.query("PRAGMA synchronous")[0][0] == 2
    s.wait_flushed()
    assert flushes == ["antt-log-flush"]
    s.close()
