"""Accounts: the first administrator, argon2id hashes, wrong passwords, waits, locks, resets, disabling."""

import time

import pytest
from argon2 import PasswordHasher
from hypothesis import given, settings, strategies as st

from app.domain import community_models as cm
from app.errors import AnttError, ValidationError
from app.security import accounts
from app.security.permissions import PermissionDenied, accounts_enabled
from tests.security.conftest import PASSWORDS, login, snapshot


def test_production_hasher_is_argon2id_with_at_least_64_mib(monkeypatch):
    """The app's own hasher, not a fresh PasswordHasher: the autouse fixture's swap is undone first, so this is
    the object app/security/accounts.py made, and the hash checked is one the app stores."""
    monkeypatch.undo()  # accounts.HASHER back to what the module set
    hasher = accounts.HASHER
    assert isinstance(hasher, PasswordHasher) and hasher.type.name == "ID"
    assert hasher.memory_cost >= 65536 and hasher.time_cost >= 3 and hasher.parallelism >= 1
    digest = hasher.hash("x" * 10)
    params = dict(p.split("=") for p in digest.split("$")[3].split(","))
    assert digest.startswith("$argon2id$v=19$")
    assert int(params["m"]) >= 65536 and int(params["t"]) >= 3  # the settings are the ones written into hashes


def test_a_store_without_accounts_is_open_and_the_first_account_must_be_an_administrator(store):
    assert accounts.first_run_needed(store) and not accounts_enabled(store)
    cm.add_model(store, unit_code="CAX-DD", name="Camera an ninh", type="security_camera", established="2024-01-01")
    with pytest.raises(ValidationError) as err:
        accounts.add_user(store, "an", "officer-pass", "officer")
    assert err.value.message("vi") == "Tài khoản đầu tiên phải là quản trị viên (--role administrator)."
    assert not accounts_enabled(store)
    accounts.create_first_administrator(store, "QuanTri ", "admin-pass-1", "Lê Quản Trị")
    assert accounts_enabled(store) and not accounts.first_run_needed(store)
    assert accounts.get_user(store, "quantri").role == "administrator"  # names are trimmed and lower-cased
    with pytest.raises(AnttError) as err:  # secured from now on: nobody is logged in
        cm.add_model(store, unit_code="CAX-DD", name="Quỹ an ninh", type="security_fund", established="2024-01-01")
    assert err.value.key == "login_required"
    with pytest.raises(ValidationError):
        accounts.create_first_administrator(store, "other", "admin-pass-2")


def test_password_is_stored_only_as_an_argon2_hash(secured):
    row = secured.conn.execute("SELECT password_hash FROM users WHERE username = 'an'").fetchone()
    assert row[0].startswith("$argon2id$") and PASSWORDS["an"] not in row[0]


@pytest.mark.parametrize("name, password, key", [
    ("a", "long-enough", "bad_username"),
    ("có dấu", "long-enough", "bad_username"),
    ("binh", "short", "password_too_short"),
    ("binh.nv", "Binh.NV", "password_too_short"),
    ("binhnguyen", "binhnguyen", "password_is_username"),
])
def test_bad_names_and_passwords_are_refused_and_change_nothing(secured, name, password, key):
    login(secured, "quantri")
    before = snapshot(secured)
    with pytest.raises(ValidationError) as err:
        accounts.add_user(secured, name, password, "officer")
    assert err.value.key == key
    assert snapshot(secured) == before


def test_wrong_password_is_one_sentence_counted_and_audited(secured):
    with pytest.raises(AnttError) as err:
        accounts.login(secured, "an", "not-the-password")
    assert err.value.message("vi") == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert err.value.message("en") == "Wrong user name or password."
    assert secured.session is None
    assert accounts.get_user(secured, "an").failed_count == 1
    last = secured.conn.execute("SELECT username, action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    assert tuple(last) == ("an", "login.failed")
    with pytest.raises(AnttError) as unknown:  # an unknown name gets the very same sentence
        accounts.login(secured, "nobody", "whatever-pass")
    assert unknown.value.message("vi") == err.value.message("vi")


def test_failures_slow_down_then_lock_and_the_lock_ends(secured):
    t0 = 1_000_000.0
    for n in (1, 2):
        with pytest.raises(AnttError, match="Wrong"):
            accounts.login(secured, "an", "wrong-pass", now=t0 + n)
    with pytest.raises(AnttError, match="Wrong"):
        accounts.login(secured, "an", "wrong-pass", now=t0 + 3)  # third failure: the next try must wait 2 s
    with pytest.raises(AnttError) as wait:
        accounts.login(secured, "an", PASSWORDS["an"], now=t0 + 4)  # even the right password
    assert wait.value.key == "login_wait" and wait.value.params["n"] == 1
    with pytest.raises(AnttError, match="Wrong"):
        accounts.login(secured, "an", "wrong-pass", now=t0 + 6)
    with pytest.raises(AnttError) as locked:
        accounts.login(secured, "an", "wrong-pass", now=t0 + 11)  # fifth in a row: locked
    assert locked.value.key == "account_locked"
    assert locked.value.message("vi") == ("Tài khoản “an” bị khóa 15 phút vì nhập sai mật khẩu nhiều lần; "
                                          "quản trị viên có thể mở khóa.")
    with pytest.raises(AnttError) as still:
        accounts.login(secured, "an", PASSWORDS["an"], now=t0 + 11 + accounts.LOCK_SECONDS - 30)
    assert still.value.key == "account_locked"
    session = accounts.login(secured, "an", PASSWORDS["an"], now=t0 + 12 + accounts.LOCK_SECONDS)
    assert session.username == "an" and accounts.get_user(secured, "an").failed_count == 0
    actions = [r[0] for r in secured.conn.execute("SELECT action FROM audit_log WHERE username = 'an' ORDER BY seq")]
    assert actions.count("login.failed") == 4 and actions.count("login.locked") == 1


def test_waits_and_locks_survive_a_restart(secured, db_path):
    from app.store.db import open_store

    now = time.time()
    for n in range(accounts.LOCK_AFTER):
        with pytest.raises(AnttError):
            accounts.login(secured, "an", "wrong-pass", now=now - 100 + n * 40)
    reopened = open_store(db_path)
    with pytest.raises(AnttError) as err:
        accounts.login(reopened, "an", PASSWORDS["an"])
    assert err.value.key == "account_locked"
    reopened.close()


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=0, max_value=40))
def test_waits_grow_and_stay_bounded(failures):
    assert 0 <= accounts.wait_after(failures) <= accounts.MAX_WAIT_SECONDS
    assert accounts.wait_after(failures + 1) >= accounts.wait_after(failures)
    assert (accounts.wait_after(failures) == 0) == (failures < accounts.SLOW_AFTER)


def test_administrator_resets_a_password_and_lifts_the_lock(secured):
    now = time.time()
    for n in range(accounts.LOCK_AFTER):
        with pytest.raises(AnttError):
            accounts.login(secured, "an", "wrong-pass", now=now - 200 + n * 40)
    assert accounts.get_user(secured, "an").locked()
    login(secured, "quantri")
    accounts.reset_password(secured, "an", "brand-new-pass")
    accounts.logout(secured)
    with pytest.raises(AnttError, match="Wrong"):
        accounts.login(secured, "an", PASSWORDS["an"])
    assert accounts.login(secured, "an", "brand-new-pass").role == "officer"


def test_disabled_account_cannot_log_in_and_a_running_session_loses_its_rights(secured):
    officer_store = secured
    login(officer_store, "an")
    cm.add_model(officer_store, unit_code="CAX-DD", name="Camera", type="security_camera", established="2024-01-01")
    session = officer_store.session
    accounts.logout(officer_store)
    login(officer_store, "quantri")
    accounts.set_disabled(officer_store, "an")
    officer_store.session = session  # the officer's window is still open
    with pytest.raises(AnttError) as err:
        cm.add_model(officer_store, unit_code="CAX-DD", name="Quỹ", type="security_fund", established="2024-01-01")
    assert err.value.message("vi") == "Tài khoản “an” đã bị vô hiệu hóa."
    officer_store.session = None
    with pytest.raises(AnttError) as err:
        accounts.login(officer_store, "an", PASSWORDS["an"])
    assert err.value.key == "account_disabled"
    login(officer_store, "quantri")
    accounts.set_disabled(officer_store, "an", False)
    assert login(officer_store, "an").username == "an"


def test_the_last_administrator_cannot_be_disabled_or_demoted(secured):
    login(secured, "quantri")
    with pytest.raises(ValidationError) as err:
        accounts.set_disabled(secured, "quantri")
    assert err.value.key == "last_administrator"
    with pytest.raises(ValidationError):
        accounts.set_role(secured, "quantri", "officer")
    accounts.add_user(secured, "quantri2", "admin-pass-2", "administrator")
    accounts.set_disabled(secured, "quantri")
    assert accounts.get_user(secured, "quantri").disabled


def test_commander_manages_officers_only_and_officer_manages_nobody(secured):
    login(secured, "chihuy")
    accounts.add_user(secured, "binh", "officer-pass-2", "officer")
    accounts.reset_password(secured, "binh", "officer-pass-3")
    with pytest.raises(PermissionDenied) as err:
        accounts.add_user(secured, "sep", "command-pass-2", "commander")
    assert "quản lý mọi tài khoản" in err.value.message("vi")
    with pytest.raises(PermissionDenied):
        accounts.reset_password(secured, "quantri", "hijacked-pass")
    login(secured, "an")
    with pytest.raises(PermissionDenied):
        accounts.add_user(secured, "other", "officer-pass-9", "officer")
    with pytest.raises(PermissionDenied):
        accounts.list_users(secured)


def test_change_password_needs_the_old_one_and_counts_a_wrong_one(secured):
    login(secured, "an")
    with pytest.raises(AnttError, match="Wrong"):
        accounts.change_password(secured, "not-the-old-one", "another-pass")
    assert accounts.get_user(secured, "an").failed_count == 1
    with pytest.raises(ValidationError) as err:
        accounts.change_password(secured, PASSWORDS["an"], PASSWORDS["an"])
    assert err.value.key == "password_unchanged"
    accounts.change_password(secured, PASSWORDS["an"], "another-pass")
    accounts.logout(secured)
    assert accounts.login(secured, "an", "another-pass").username == "an"


def test_versions_name_the_logged_in_user(secured):
    login(secured, "an")
    model = cm.add_model(secured, unit_code="CAX-DD", name="Camera", type="security_camera", established="2024-01-01")
    author = secured.conn.execute("SELECT author FROM versions WHERE doc_id = ?", (model.id,)).fetchone()[0]
    assert author == "Nguyễn Văn An"
