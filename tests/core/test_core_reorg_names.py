"""Issue 20: a unit's name and parent count from the effective date of the rename or move, not from the day it
was recorded. Forms are read back (pdfplumber) on both sides of the date: the heading (parent body and unit),
the "Nơi nhận" line naming the parent and the signer block, whose title follows the name (xã / phường)."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from app.domain import organisation, setup, unit_events
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from app.reports.writer import write_report
from app.store.db import open_store

OLD, NEW = "Công an xã Đồng Đăng", "Công an phường Đồng Đăng"
OLD_PARENT, NEW_PARENT = "Công an tỉnh Lạng Sơn", "Công an tỉnh Cao Bằng"


@pytest.fixture
def store(tmp_path):
    """The province's laptop: the level that records the changes of its communes."""
    s = open_store(tmp_path / "p.sqlite")
    setup.initialise(s, "CAT-LS", OLD_PARENT, "provincial_police", place="Lạng Sơn", officer="Đại úy Hà")
    add_unit(s, "CAX-DD", OLD, "commune_police", "CAT-LS")
    yield s
    s.close()


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def _reorganise(store, day: str) -> None:
    add_unit(store, "CAT-CB", NEW_PARENT, "provincial_police")
    unit_events.rename(store, "CAX-DD", NEW, day, unit_events.Decision("1681/NQ-UBTVQH15"))
    unit_events.move(store, "CAX-DD", "CAT-CB", day)


def _assert_old(text: str) -> None:
    assert OLD.upper() in text and OLD_PARENT.upper() in text, text[:300]
    assert NEW.upper() not in text and NEW_PARENT.upper() not in text
    assert "TRƯỞNG CÔNG AN XÃ" in text and "TRƯỞNG CÔNG AN PHƯỜNG" not in text
    assert f"- {OLD_PARENT};" in text  # Nơi nhận: the parent of that day


def _assert_new(text: str) -> None:
    assert NEW.upper() in text and NEW_PARENT.upper() in text, text[:300]
    assert OLD.upper() not in text and OLD_PARENT.upper() not in text
    assert "TRƯỞNG CÔNG AN PHƯỜNG" in text and "TRƯỞNG CÔNG AN XÃ" not in text
    assert f"- {NEW_PARENT};" in text


def test_reorg_forms_print_names_and_parent_of_their_period(store, tmp_path):
    before = add_surrender(store, unit_code="CAX-DD", date="2025-06-30", lines=[Line("gun.homemade", "1")],
                           owner_unknown=True).id
    _reorganise(store, "2025-07-01")
    after = add_surrender(store, unit_code="CAX-DD", date="2025-07-01", lines=[Line("gun.homemade", "2")],
                          owner_unknown=True).id
    issued = dt.date(2025, 8, 1)
    # Decree 09 months: 06/2025 ends on 14/06 (before), 07/2025 ends on 14/07 (from the date on)
    _assert_old(_text(write_report(store, "monthly", tmp_path / "m6.pdf", unit="CAX-DD", month="2025-06",
                                   issued_on=issued)))
    _assert_new(_text(write_report(store, "monthly", tmp_path / "m7.pdf", unit="CAX-DD", month="2025-07",
                                   issued_on=issued)))
    _assert_old(_text(write_report(store, "summary", tmp_path / "s.pdf", unit="CAX-DD", date_from="2025-01-01",
                                   date_to="2025-06-30", issued_on=issued)))
    _assert_new(_text(write_report(store, "summary", tmp_path / "s2.pdf", unit="CAX-DD", date_from="2025-01-01",
                                   date_to="2025-07-01", issued_on=issued)))
    # a receipt prints the unit of its own day (its signer block is the officer's, so only the heading)
    text = _text(write_report(store, "receipt", tmp_path / "r1.pdf", receipt_id=before))
    assert OLD.upper() in text and OLD_PARENT.upper() in text and NEW.upper() not in text
    text = _text(write_report(store, "receipt", tmp_path / "r2.pdf", receipt_id=after))
    assert NEW.upper() in text and NEW_PARENT.upper() in text and OLD.upper() not in text


def test_reorg_a_rename_recorded_in_advance_leaves_todays_forms_alone(store, tmp_path):
    today = dt.date.today()
    ahead = (today.replace(day=1) + dt.timedelta(days=40)).replace(day=1)  # the 1st of next month
    _reorganise(store, ahead.isoformat())
    text = _text(write_report(store, "models", tmp_path / "today.pdf", unit="CAX-DD", issued_on=today))
    _assert_old(text)
    text = _text(write_report(store, "models", tmp_path / "ahead.pdf", unit="CAX-DD", issued_on=ahead))
    _assert_new(text)
    # the core says the same: the unit of today, and what is scheduled
    now, parent = organisation.unit_on(store, "CAX-DD", today.isoformat())
    assert (now.name, parent.code) == (OLD, "CAT-LS")
    scheduled = organisation.scheduled_changes(store, today.isoformat())["CAX-DD"]
    assert {(s.field, s.value, s.date) for s in scheduled} == {("name", NEW, ahead.isoformat()),
                                                               ("parent", "CAT-CB", ahead.isoformat())}


def test_reorg_lists_and_the_window_title_keep_todays_name_until_the_date(store):
    from app.domain.community_models import add_model
    from app.domain.unit_names import unit_name
    from app.reports import queries

    add_model(store, unit_code="CAX-DD", name="Tổ an ninh thôn Nà Lầu", type="security_camera",
              established="2024-05-01")
    ahead = (dt.date.today().replace(day=1) + dt.timedelta(days=40)).replace(day=1)
    unit_events.rename(store, "CAX-DD", NEW, ahead.isoformat())
    assert [m["unit_name"] for m in queries.models_rows(store, "CAT-LS")] == [OLD]
    assert organisation.display_names(store)["CAX-DD"] == OLD
    assert organisation.display_names(store, ahead.isoformat())["CAX-DD"] == NEW
    assert unit_name(store, "CAX-DD") == OLD


def test_reorg_coverage_before_a_merger_counts_the_communes_of_then(store):
    from app.domain.community_models import add_model
    from app.reports import queries

    add_unit(store, "CAX-EE", "Công an xã Bảo Lâm", "commune_police", "CAT-LS")
    add_model(store, unit_code="CAX-DD", name="Tổ an ninh thôn Nà Lầu", type="security_camera",
              established="2024-05-01")
    unit_events.merge(store, ["CAX-DD", "CAX-EE"], "CAX-CC", "2025-07-01", unit_events.Decision("9"),
                      name="Công an xã Hoàng Văn Thụ")
    first_half = queries.summary_data(store, "CAT-LS", "2025-01-01", "2025-06-30")
    assert [(c.with_model, c.total) for c in first_half.coverage] == [(1, 2)]  # Đồng Đăng of 2, then
    year = queries.summary_data(store, "CAT-LS", "2025-01-01", "2025-12-31")
    assert [(c.with_model, c.total) for c in year.coverage] == [(1, 1)]  # Hoàng Văn Thụ, with Đồng Đăng's model
