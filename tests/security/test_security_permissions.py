"""Roles: the core refuses what a role may not do, through the core and through the command line."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from app.cli import main
from app.domain import community_models as cm, doctypes, periods, units
from app.errors import AnttError
from app.security.permissions import (
    DOC_TYPE_PERMISSIONS, PERMISSIONS, ROLE_PERMISSIONS, ROLES, PermissionDenied, allowed, require,
)
from tests.security.conftest import PASSWORDS, add_accounts, login, make_store, snapshot

DOC = Path(__file__).resolve().parents[2] / "docs" / "permissions.md"


def test_the_written_matrix_is_the_matrix_the_code_checks():
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| `([a-z_.]+)` \|[^|]*\|(.*)\|$", line)
        if m:
            cells = [c.strip() for c in m.group(2).split("|")]
            rows[m.group(1)] = {role for role, cell in zip(ROLES, cells) if cell == "✓"}
    assert set(rows) == set(PERMISSIONS)
    for permission, roles in rows.items():
        assert roles == {r for r in ROLES if permission in ROLE_PERMISSIONS[r]}, permission


def test_every_document_type_has_a_permission():
    assert set(doctypes.DOC_TYPES) <= set(DOC_TYPE_PERMISSIONS)
    assert set(DOC_TYPE_PERMISSIONS.values()) <= set(PERMISSIONS)


@settings(max_examples=40, deadline=None)
@given(role=st.sampled_from(ROLES), permission=st.sampled_from(sorted(PERMISSIONS)))
def test_require_follows_the_matrix_for_every_role(tmp_path_factory, role, permission):
    s = _store_with(tmp_path_factory, role)
    expected = permission in ROLE_PERMISSIONS[role]
    assert allowed(s, permission) == expected
    if expected:
        require(s, permission)
    else:
        with pytest.raises(PermissionDenied):
            require(s, permission)


_STORES = {}


def _store_with(tmp_path_factory, role):
    """One secured store per role for the hypothesis test, logged in as that role."""
    if role not in _STORES:
        s = make_store(tmp_path_factory.mktemp(role) / "antt.sqlite")
        add_accounts(s)
        login(s, {"administrator": "quantri", "commander": "chihuy", "officer": "an"}[role])
        _STORES[role] = s
    return _STORES[role]


def test_officer_submitting_a_month_through_the_core_is_refused_in_one_sentence(secured):
    login(secured, "an")
    before = snapshot(secured)
    with pytest.raises(PermissionDenied) as err:
        periods.submit(secured, "CAX-DD", "2025-06")
    assert err.value.message("vi") == ("Tài khoản “an” (cán bộ) không có quyền nộp hoặc mở lại báo cáo tháng; "
                                       "việc này cần vai trò: chỉ huy.")
    assert err.value.message("en") == ("Account “an” (officer) may not submit or reopen a month; "
                                       "this needs the role: commander.")
    assert snapshot(secured) == before


def test_administrator_sets_up_but_does_not_write_records(secured):
    login(secured, "quantri")
    units.add_unit(secured, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    with pytest.raises(PermissionDenied) as err:
        cm.add_model(secured, unit_code="CAX-DD", name="Camera", type="security_camera", established="2024-01-01")
    assert "ghi hồ sơ" in err.value.message("vi")
    login(secured, "an")
    with pytest.raises(PermissionDenied):
        units.add_unit(secured, "CAX-HN", "Công an xã Hữu Nghị", "commune_police", "CAT-LS")


def test_without_a_login_a_secured_store_refuses_writes(secured):
    before = snapshot(secured)
    with pytest.raises(AnttError) as err:
        cm.add_model(secured, unit_code="CAX-DD", name="Camera", type="security_camera", established="2024-01-01")
    assert err.value.message("vi") == "Cần đăng nhập: kho dữ liệu này có tài khoản người dùng."
    assert snapshot(secured) == before


def test_demo_data_needs_the_setup_permission(secured):
    from app.domain import demo

    login(secured, "an")
    with pytest.raises(PermissionDenied):
        demo.generate(secured, units=1, months=1)


# ---------------------------------------------------------------- through the command line


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "cli.sqlite")

    def run(*argv, ok=True, user=None, password=None, new_password=None):
        for name, value in (("ANTT_USER", user), ("ANTT_PASSWORD", password), ("ANTT_NEW_PASSWORD", new_password)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        assert (code == 0) == ok, (code, out, err)
        return out, err

    run("init", "--unit-code", "CAX-DD", "--unit-name", "Công an xã Đồng Đăng", "--unit-kind", "commune_police",
        "--parent-code", "CAT-LS", "--parent-name", "Công an tỉnh Lạng Sơn")
    run.db = db
    return run


def as_(name):
    return {"user": name, "password": PASSWORDS[name]}


def test_cli_accounts_from_first_administrator_to_refused_officer(cli):
    from app.store.db import open_store

    _, err = cli("user", "add", "an", "--role", "officer", new_password="officer-pass", ok=False)
    assert err.strip() == "Tài khoản đầu tiên phải là quản trị viên (--role administrator)."
    cli("user", "add", "quantri", "--role", "administrator", "--name", "Lê Quản Trị", new_password="admin-pass-1")
    _, err = cli("unit", "list", ok=False)
    assert "--user" in err and len(err.strip().splitlines()) == 1
    cli("user", "add", "chihuy", "--role", "commander", new_password=PASSWORDS["chihuy"], **as_("quantri"))
    cli("--user", "quantri", "user", "add", "an", "--role", "officer", password=PASSWORDS["quantri"],
        new_password=PASSWORDS["an"])
    out, _ = cli("user", "list", "--json", **as_("chihuy"))
    assert {u["username"]: u["role"] for u in __import__("json").loads(out)} == {
        "quantri": "administrator", "chihuy": "commander", "an": "officer"}
    cli("surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-03", "--item", "gun.air=1", "--from", "A", **as_("an"))

    store = open_store(cli.db)
    before = snapshot(store)
    _, err = cli("period", "submit", "--unit", "CAX-DD", "--month", "2025-06", ok=False, **as_("an"))
    assert err.strip() == ("Tài khoản “an” (cán bộ) không có quyền nộp hoặc mở lại báo cáo tháng; "
                           "việc này cần vai trò: chỉ huy.")
    _, err = cli("--lang", "en", "backup", ok=False, **as_("an"))
    assert err.strip() == "Account “an” (officer) may not back up the store; this needs the role: administrator."
    _, err = cli("unit", "list", ok=False, user="an", password="wrong-password")
    assert err.strip() == "Tên đăng nhập hoặc mật khẩu không đúng."
    after = snapshot(store)
    # the refusals wrote nothing but the failed login (its count and its audit entry)
    assert {t: rows for t, rows in after.items() if t not in ("users", "audit_log", "meta")} == \
           {t: rows for t, rows in before.items() if t not in ("users", "audit_log", "meta")}
    assert [r[3] for r in after["audit_log"][len(before["audit_log"]):]] == ["login.failed"]
    cli("period", "submit", "--unit", "CAX-DD", "--month", "2025-06", **as_("chihuy"))
    assert periods.status_of(store, "CAX-DD", "2025-06") == "submitted"
    store.close()


def test_cli_without_a_terminal_and_without_a_password_says_how(cli):
    cli("user", "add", "quantri", "--role", "administrator", new_password="admin-pass-1")
    _, err = cli("--user", "quantri", "unit", "list", ok=False)  # pytest's stdin is not a terminal
    assert err.strip() == ("Cần mật khẩu của “quantri”: đặt biến môi trường ANTT_PASSWORD hoặc chạy lệnh trong "
                           "cửa sổ dòng lệnh để nhập.")


def test_cli_password_change_reset_and_disable(cli):
    cli("user", "add", "quantri", "--role", "administrator", new_password=PASSWORDS["quantri"])
    cli("user", "add", "an", "--role", "officer", new_password=PASSWORDS["an"], **as_("quantri"))
    cli("user", "passwd", new_password="officer-pass-2", **as_("an"))
    cli("unit", "list", user="an", password="officer-pass-2")
    cli("user", "reset", "an", new_password="officer-pass-3", **as_("quantri"))
    cli("unit", "list", user="an", password="officer-pass-3")
    cli("user", "disable", "an", **as_("quantri"))
    _, err = cli("unit", "list", ok=False, user="an", password="officer-pass-3")
    assert err.strip() == "Tài khoản “an” đã bị vô hiệu hóa."
    _, err = cli("user", "disable", "quantri", ok=False, **as_("quantri"))
    assert "quản trị viên cuối cùng" in err
