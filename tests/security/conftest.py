"""Fixtures for accounts, audit, backups and periods: stores with and without accounts, logins, a fast hasher."""

import pytest
from argon2 import PasswordHasher

from app.domain import setup
from app.i18n import set_language
from app.security import accounts
from app.store.db import open_store

PASSWORDS = {"quantri": "admin-pass-1", "chihuy": "command-pass", "an": "officer-pass"}


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch):
    """argon2id with tiny costs: the production parameters cost ~0.15 s a check (test_security_accounts
    checks those separately). Also keeps the CLI's login variables of the developer's shell out."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(accounts, "_DUMMY_HASH", None)
    for name in ("ANTT_USER", "ANTT_PASSWORD", "ANTT_NEW_PASSWORD", "ANTT_DB", "ANTT_LANG"):
        monkeypatch.delenv(name, raising=False)
    set_language("vi")
    yield
    set_language("vi")


def make_store(path, unit="CAX-DD"):
    s = open_store(path)
    setup.initialise(s, unit, "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
    return s


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "antt.sqlite"


@pytest.fixture
def store(db_path):
    """A set-up store with no accounts yet (open mode)."""
    s = make_store(db_path)
    yield s
    s.close()


def add_accounts(s):
    accounts.create_first_administrator(s, "quantri", PASSWORDS["quantri"], "Lê Quản Trị")
    login(s, "quantri")
    accounts.add_user(s, "chihuy", PASSWORDS["chihuy"], "commander", "Hoàng Văn Chỉ")
    accounts.add_user(s, "an", PASSWORDS["an"], "officer", "Nguyễn Văn An")
    accounts.logout(s)


def login(s, name):
    return accounts.login(s, name, PASSWORDS[name])


@pytest.fixture
def secured(store):
    """The same store with an administrator, a commander and an officer; nobody logged in."""
    add_accounts(store)
    return store


def snapshot(s):
    """Every table a refused action must leave untouched (audit_log and users included)."""
    tables = [r[0] for r in s.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: [tuple(r) for r in s.conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2")] for t in tables}
