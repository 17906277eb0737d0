"""The GUI's first run: the unit and the first administrator in one transaction; when accounts last logged in."""

import pytest

from app.domain import setup
from app.errors import ValidationError
from app.security import accounts
from app.security.permissions import PermissionDenied, accounts_enabled
from app.store.db import open_store
from tests.security.conftest import login, snapshot

UNIT = ("CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn")


@pytest.fixture
def empty(tmp_path):
    s = open_store(tmp_path / "new.sqlite")
    yield s
    s.close()


def test_unit_and_administrator_are_made_together(empty):
    unit = setup.initialise_with_administrator(empty, *UNIT, place="Lạng Sơn", officer="Nguyễn Văn An",
                                               username="QuanTri", password="admin-pass-1", full_name="Lê Quản Trị")
    assert unit.code == "CAX-DD" and empty.home_unit == "CAX-DD" and accounts_enabled(empty)
    row = empty.conn.execute("SELECT username, full_name, role, password_hash FROM users").fetchall()
    assert [tuple(r)[:3] for r in row] == [("quantri", "Lê Quản Trị", "administrator")]
    assert row[0]["password_hash"].startswith("$argon2id$")
    assert empty.session is None  # making the account does not log anyone in: the caller does
    assert accounts.login(empty, "quantri", "admin-pass-1").role == "administrator"


@pytest.mark.parametrize("unit, admin, key", [
    (UNIT, ("quantri", "short"), "password_too_short"),         # the account is refused …
    (UNIT, ("có dấu", "admin-pass-1"), "bad_username"),
    (("", "Công an xã", "commune_police", None, None), ("quantri", "admin-pass-1"), "required"),  # … or the unit
    (("CAX-DD", "Công an xã", "no_such_kind", None, None), ("quantri", "admin-pass-1"), "bad_choice"),
])
def test_a_refusal_of_either_leaves_the_store_empty(empty, unit, admin, key):
    before = snapshot(empty)
    with pytest.raises(ValidationError) as err:
        setup.initialise_with_administrator(empty, *unit, username=admin[0], password=admin[1])
    assert err.value.key == key
    assert snapshot(empty) == before
    assert empty.home_unit is None and not accounts_enabled(empty) and not empty.in_transaction


def test_a_store_with_accounts_is_not_set_up_again(secured):
    before = snapshot(secured)
    with pytest.raises(ValidationError) as err:
        setup.initialise_with_administrator(secured, *UNIT, username="khac", password="admin-pass-2")
    assert err.value.key == "accounts_exist" and snapshot(secured) == before


def test_last_logins_come_from_the_audit_trail_and_need_the_right_to_manage(secured):
    login(secured, "an")
    login(secured, "quantri")
    seen = accounts.last_logins(secured)
    assert set(seen) == {"an", "quantri"} and seen["an"] <= seen["quantri"]
    assert seen["quantri"][:4].isdigit() and "T" in seen["quantri"]
    login(secured, "an")
    with pytest.raises(PermissionDenied):
        accounts.last_logins(secured)
    login(secured, "chihuy")
    assert set(accounts.last_logins(secured)) == {"an", "quantri", "chihuy"}
