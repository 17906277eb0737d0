"""A province and one commune post, enrolled with each other through the core, each with its own GUI shell."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.activities import add_activity
from app.domain.community_models import add_model
from app.domain.surrenders import Line, Person, add_surrender
from app.store.db import open_store
from app.sync import enrolment

from ..conftest import add_accounts, first_run, sign_in
from tests.schema_steps import shared_columns

TODAY = dt.date.today().isoformat()
TABLES = ("versions", "documents", "units", "models", "activities", "surrenders", "surrender_items",
          "surrender_persons", "sync_imports", "sync_received", "sync_acks")


def snapshot(store) -> dict:
    """Every row of the tables an import touches: equal snapshots mean an unchanged store."""
    return {t: sorted(tuple(r) for r in store.conn.execute(f"SELECT {shared_columns(store.conn, t)} FROM {t}")) for t in TABLES}


def record(store, unit: str, activities: int = 2):
    """A model with activities and one receipt (with personal details) at `unit`; returns the model."""
    model = add_model(store, unit_code=unit, name=f"Tổ tự quản an ninh bản Nà Hin ({unit})", type="security_camera",
                      established="2024-05-01", leader="Ông Lò Văn Pọm")
    for i in range(activities):
        add_activity(store, model.id, TODAY, "meeting", participants=10 + i)
    add_surrender(store, unit_code=unit, date=TODAY, lines=[Line("weapon.primitive", 3), Line("firecracker.kg", 1.5)],
                  person_name="Lò Văn B", person=Person(birth_year=1980, id_number="012345678901", address="Bản Nà Hin"))
    return model


PROVINCE = dict(unit_code="CAT-LS", unit_name="Công an tỉnh Lạng Sơn", kind="provincial_police", place="Lạng Sơn",
                officer="Đại úy Hà Văn Tỉnh")
POST = dict(unit_code="CAX-DD", unit_name="Công an xã Đồng Đăng", kind="commune_police", parent_code="CAT-LS",
            parent_name="Công an tỉnh Lạng Sơn", place="Lạng Sơn", officer="Thượng sĩ Nông Văn Xã")


class Pair:
    snapshot = staticmethod(snapshot)
    record = staticmethod(record)

    def __init__(self, tmp_path, enrol: bool = True, role: str = "commander") -> None:
        """Both stores set up by the real first-run dialog (accounts on) with a commander and an officer; the
        administrators enrol them through the core, then each is signed in through the real login dialog as
        `role` (the commander by default: bundles are the commander's or the administrator's)."""
        self.usb = tmp_path / "usb"
        self.usb.mkdir()
        self.province = open_store(tmp_path / "prov" / "antt.sqlite")
        first_run(self.province, PROVINCE)
        add_accounts(self.province, {"commander": PROVINCE["officer"]})
        self.post = open_store(tmp_path / "post" / "antt.sqlite")
        first_run(self.post, POST)
        add_accounts(self.post, {"commander": POST["officer"]})
        if enrol:
            written = enrolment.write_enrolment(self.post, self.usb)
            answer = enrolment.enrol(self.province, written.path)
            enrolment.accept_answer(self.post, answer.answer_path)
            answer.answer_path.unlink()
            written.path.unlink()
        for store in (self.province, self.post):
            sign_in(store, role)

    def post_fingerprint(self) -> str:
        from app.sync.state import my_identity

        return my_identity(self.post).fingerprint.replace(" ", "")

    def close(self) -> None:
        from ui.qt import QApplication
        from ui.tasks import wait_all

        # the workers of the windows over these stores (a page's state, the overview's figures) end first, and what
        # they deliver lands while the stores are still open
        wait_all()
        QApplication.processEvents()
        self.province.close()
        self.post.close()


@pytest.fixture
def pair(tmp_path, qapp):
    p = Pair(tmp_path)
    yield p
    p.close()


@pytest.fixture
def strangers(tmp_path, qapp):
    """The same two installations before any enrolment, each signed in as its administrator (enrolment is theirs)."""
    p = Pair(tmp_path, enrol=False, role="administrator")
    yield p
    p.close()


@pytest.fixture
def no_drives(monkeypatch):
    """Tests never look at the machine's real drives."""
    from ui import drives

    monkeypatch.setattr(drives, "drives", lambda: [])


@pytest.fixture
def shells(qtbot, pair, no_drives):
    """A GUI for each side: {"post": Shell, "province": Shell}."""
    from ui.app import Shell, create_application
    from ui.tasks import wait_all

    create_application()
    out = {"post": Shell(pair.post, "vi"), "province": Shell(pair.province, "vi")}
    for shell in out.values():
        qtbot.addWidget(shell.window)
    yield out
    wait_all()
