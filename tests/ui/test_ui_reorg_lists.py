"""Issue 20 in the app's lists: a receipt's number shows its series' prefix after a merger that restarted
numbering, and the lists of a unit follow the organisation its reports use (records of units merged into it,
of the villages a split gave it). Stores made by the real first-run dialog; expected rows worked out by hand."""

from __future__ import annotations

import pytest

from app.domain import unit_events
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from tests.ui.conftest import sign_in
from ui.context import AppContext
from ui.i18n import install_language

DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")


@pytest.fixture
def province(tmp_path, qapp):
    """The province's store (the level above records mergers and splits), made by the real first run."""
    from app.store.db import open_store
    from tests.ui.conftest import add_accounts, first_run
    from tests.ui.sync.conftest import PROVINCE

    store = open_store(tmp_path / "tinh" / "antt.sqlite")
    first_run(store, PROVINCE)
    add_accounts(store)
    yield store
    store.close()


def _receipt(store, unit, date, place=""):
    return add_surrender(store, unit_code=unit, date=date, lines=[Line("gun.homemade", "1")], owner_unknown=True,
                         place=place)


def _shown(page, column_name):
    model = page.table_model
    col = [c.name for c in model.columns].index(column_name)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_ui_receipts_list_shows_the_prefix_of_a_restarted_series(qtbot, province):
    from app.domain import receipt_numbering
    from ui.pages.surrenders import SurrendersPage

    store = province
    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha")):
        add_unit(store, code, name, "commune_police", store.home_unit)
    unit_events.merge(store, ["CAX-A", "CAX-B"], "CAX-A", "2025-07-01", DECISION, numbering="restart", prefix="M")
    sign_in(store, "commander")  # the administrator records the merger, a commander the receipts
    _receipt(store, "CAX-A", "2025-03-01")  # A: 1
    _receipt(store, "CAX-A", "2025-04-01")  # A: 2
    _receipt(store, "CAX-B", "2025-05-01")  # B: 1
    _receipt(store, "CAX-A", "2025-07-02")  # A from the merger: M1
    _receipt(store, "CAX-A", "2025-08-02")  # M2
    _receipt(store, "CAX-A", "2026-01-05")  # a new year: 1, no prefix
    page = SurrendersPage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.show_records("2025-01-01", "2026-12-31")
    qtbot.waitUntil(lambda: not page.table_model.counting)
    pairs = sorted(zip(_shown(page, "unit_code"), _shown(page, "date"), _shown(page, "number")), key=lambda p: p[1][::-1])
    numbers = {(d, n) for _, d, n in pairs}
    assert numbers == {("01/03/2025", "1"), ("01/04/2025", "2"), ("01/05/2025", "1"), ("02/07/2025", "M1"),
                       ("02/08/2025", "M2"), ("05/01/2026", "1")}
    # the list's SQL agrees with the rule the receipt form and the CLI use, row by row
    for rid, unit, day, number in store.conn.execute("SELECT id, unit_code, date, number FROM surrenders"):
        assert page.table_model.pager.source.column("number_label")
        assert receipt_numbering.label(store, unit, day, number) in {n for _, d, n in pairs if d == _dmy(day)}
    # sorting by the number still works (the index of the bare number serves it)
    page.table_model.sort(0)
    assert page.table_model.pager.sort[0] == "number"


def _dmy(iso):
    return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"
