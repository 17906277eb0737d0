import pytest
from argon2 import PasswordHasher

from app.domain import setup
from app.domain.units import add_unit
from app.i18n import set_language
from app.security import accounts
from app.store.db import open_store
from tests.schema_steps import shared_columns


@pytest.fixture(autouse=True)
def vietnamese():
    set_language("vi")
    yield
    set_language("vi")


# a province's laptop as its first run leaves it: its administrator, then a commander the administrator added
ADMIN, COMMANDER = ("quantri", "quan-tri-Lang-Son-1"), ("chihuy", "chi-huy-Lang-Son-1")


@pytest.fixture
def province(tmp_path, monkeypatch):
    """CAT-LS as its first run leaves it (ui/first_run.py calls the same core), communes A, B, E and X below, and
    its commander signed in."""
    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    store = open_store(tmp_path / "antt.sqlite")
    setup.initialise_with_administrator(store, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police",
                                        place="Lạng Sơn", officer="Đại úy Hà Văn Tỉnh", username=ADMIN[0],
                                        password=ADMIN[1], full_name="Lê Quản Trị")
    accounts.login(store, *ADMIN)
    accounts.add_user(store, *COMMANDER, "commander", "Hoàng Văn Chỉ")
    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha"),
                       ("CAX-E", "Công an xã Tân Thanh"), ("CAX-X", "Công an xã Na Sầm")):
        add_unit(store, code, name, "commune_police", "CAT-LS")
    yield store
    store.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "antt.sqlite"


@pytest.fixture
def store(db_path):
    s = open_store(db_path)
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
    yield s
    s.close()


def snapshot(store):
    """Everything a failed write must leave untouched."""
    out = {}
    for table in ("versions", "documents", "units", "models", "activities", "surrenders", "surrender_items",
                  "surrender_persons", "monthly_figures", "model_ratings", "surrender_totals_all",
                  "surrender_totals_year", "activity_totals_year", "surrender_totals_ever", "activity_totals_ever",
                  "figure_totals_year", "meta"):
        out[table] = [tuple(r) for r in store.conn.execute(f"SELECT {shared_columns(store.conn, table)} FROM {table} ORDER BY 1, 2")]
    return out
