import pytest

from app.domain import setup
from app.i18n import set_language
from app.store.db import open_store
from tests.schema_steps import shared_columns


@pytest.fixture(autouse=True)
def vietnamese():
    set_language("vi")
    yield
    set_language("vi")


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
