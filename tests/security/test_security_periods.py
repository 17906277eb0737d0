"""Periods: a submitted month locks the unit's records dated in it; reopening needs a reason and is
audited; the level above approves or returns; the status is a document that travels."""

import datetime as dt
import json
import re

import orjson
import pytest

from app.cli import main
from app.domain import activities, community_models as cm, figure_entry, periods, setup, surrenders, units
from app.domain.versions import Version, apply_versions
from app.errors import AnttError, ValidationError
from app.security import audit
from app.security.permissions import PermissionDenied
from app.store.db import open_store
from tests.security.conftest import login, snapshot

TODAY = dt.date(2025, 8, 15)


def _receipt(s, date="2025-06-03", name="Lục Văn B"):
    return surrenders.add_surrender(s, unit_code="CAX-DD", date=date, person_name=name,
                                    lines=[surrenders.Line("gun.air", 1)])


def _model(s):
    return cm.add_model(s, unit_code="CAX-DD", name="Camera an ninh", type="security_camera", established="2024-01-01")


def _versions_of(s, doc_type):
    out = []
    for row in s.conn.execute("SELECT * FROM versions WHERE doc_type = ? ORDER BY rowid", (doc_type,)):
        out.append(Version.from_row(row))
    return out


@pytest.fixture(autouse=True)
def calendar_months(request):
    """These tests are about the lock itself, written with calendar months; the Decree 09 cut-off (the default)
    has its own test at the end."""
    if "store" in request.fixturenames:
        request.getfixturevalue("store").meta_set("report_cutoff", "calendar")
    if "secured" in request.fixturenames:
        request.getfixturevalue("secured").meta_set("report_cutoff", "calendar")


@pytest.fixture
def province(tmp_path):
    """The level above: a provincial police store that knows the commune CAX-DD."""
    s = open_store(tmp_path / "province.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn")
    units.add_unit(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    units.add_unit(s, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    yield s
    s.close()


def test_a_submitted_month_refuses_every_edit_of_its_records_and_changes_nothing(store):
    model = _model(store)
    receipt = _receipt(store)
    activity_id = activities.add_activity(store, model.id, "2025-06-10", "meeting", 20)
    figure_entry.set_figures(store, "CAX-DD", "2025-06", {"crime.cases_occurred": 3})
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    before = snapshot(store)
    attempts = [
        lambda: _receipt(store, date="2025-06-20"),
        lambda: surrenders.update_surrender(store, receipt.id, place="Trụ sở"),
        lambda: surrenders.update_surrender(store, receipt.id, date="2025-07-01"),  # moving it out
        lambda: surrenders.delete_surrender(store, receipt.id),
        lambda: activities.add_activity(store, model.id, "2025-06-11", "patrol"),
        lambda: figure_entry.set_figures(store, "CAX-DD", "2025-06", {"crime.cases_occurred": 4}),
    ]
    for attempt in attempts:
        with pytest.raises(AnttError) as err:
            attempt()
        assert err.value.key == "period_locked"
    assert err.value.message("vi") == ("Tháng 06/2025 của đơn vị CAX-DD đã nộp nên đã khóa; không sửa được hồ sơ "
                                       "của tháng này. Chỉ huy có thể mở lại (kèm lý do).")
    assert err.value.message("en").startswith("Month 06/2025 of unit CAX-DD is submitted, so it is locked")
    assert snapshot(store) == before
    assert activity_id


def test_other_months_stay_open_and_a_record_cannot_move_into_a_locked_month(store):
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    july = _receipt(store, date="2025-07-02")
    cm.update_model(store, _model(store).id, leader="Vi Văn Nam")  # models are not dated in a month
    with pytest.raises(AnttError) as err:
        surrenders.update_surrender(store, july.id, date="2025-06-30")
    assert err.value.key == "period_locked"
    assert surrenders.get_surrender(store, july.id).data["date"] == "2025-07-02"


def test_reopen_needs_a_reason_is_audited_and_unlocks(store):
    receipt = _receipt(store)
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    with pytest.raises(ValidationError) as err:
        periods.reopen(store, "CAX-DD", "2025-06", reason="  ", today=TODAY)
    assert err.value.message("vi") == "Chưa nhập Lý do."
    assert periods.status_of(store, "CAX-DD", "2025-06") == "submitted"
    periods.reopen(store, "CAX-DD", "2025-06", reason="Bổ sung biên bản số 2", today=TODAY)
    entry = audit.list_entries(store, doc_type="period")[0]
    assert entry["action"] == "doc.update"
    assert entry["before"]["status"] == "submitted"
    assert entry["after"]["status"] == "reopened" and entry["after"]["reason"] == "Bổ sung biên bản số 2"
    surrenders.update_surrender(store, receipt.id, place="Trụ sở")  # open again
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    history = periods.get_period(store, "CAX-DD", "2025-06")["history"]
    assert [h["status"] for h in history] == ["submitted", "reopened", "submitted"]


def test_reopen_by_a_commander_is_audited_with_the_commanders_name(secured):
    login(secured, "chihuy")
    periods.submit(secured, "CAX-DD", "2025-06", today=TODAY)
    login(secured, "an")
    with pytest.raises(PermissionDenied):
        periods.reopen(secured, "CAX-DD", "2025-06", reason="muốn sửa", today=TODAY)
    login(secured, "chihuy")
    periods.reopen(secured, "CAX-DD", "2025-06", reason="Sai số liệu", today=TODAY)
    entry = audit.list_entries(secured, doc_type="period")[0]
    assert entry["username"] == "chihuy" and entry["after"]["reason"] == "Sai số liệu"
    assert periods.get_period(secured, "CAX-DD", "2025-06")["by"] == "Hoàng Văn Chỉ"


def test_steps_that_make_no_sense_are_refused(store, province):
    with pytest.raises(AnttError) as err:
        periods.reopen(store, "CAX-DD", "2025-06", reason="x", today=TODAY)
    assert err.value.message("vi") == "Tháng 06/2025 của đơn vị CAX-DD đang ở trạng thái “chưa nộp”; không thể mở lại."
    with pytest.raises(ValidationError) as err:
        periods.submit(store, "CAX-DD", "2025-09", today=TODAY)
    assert err.value.key == "period_future"
    with pytest.raises(AnttError) as err:
        periods.approve(store, "CAX-DD", "2025-06", today=TODAY)  # a commune does not approve itself
    assert err.value.key == "period_not_below"
    with pytest.raises(AnttError) as err:
        periods.submit(store, "CAT-LS", "2025-06", today=TODAY)  # nor submit for the province
    assert err.value.key == "period_not_own_unit"
    with pytest.raises(AnttError) as err:
        periods.approve(province, "CAX-DD", "2025-06", today=TODAY)  # nothing submitted yet
    assert err.value.key == "period_bad_step"


def test_the_status_travels_up_is_approved_or_returned_and_travels_down(store, province):
    assert periods.period_doc_id("CAX-DD", "2025-06") == periods.period_doc_id("CAX-DD", "2025-06")
    _receipt(store)
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    apply_versions(province, _versions_of(store, "period"))  # the bundle goes up
    grid = periods.completeness(province, "2025-05", "2025-06")
    assert {u["code"]: u["statuses"] for u in grid["units"]} == {
        "CAX-DD": {"2025-05": "open", "2025-06": "submitted"},
        "CAX-TT": {"2025-05": "open", "2025-06": "open"},
    }
    assert grid["submitted"] == {"2025-05": 0, "2025-06": 1}
    periods.return_month(province, "CAX-DD", "2025-06", reason="Thiếu số liệu tội phạm", today=TODAY)
    apply_versions(store, _versions_of(province, "period"))  # and comes back down
    assert periods.status_of(store, "CAX-DD", "2025-06") == "returned"
    _receipt(store, date="2025-06-21")  # a returned month is open for corrections
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    apply_versions(province, _versions_of(store, "period"))
    periods.approve(province, "CAX-DD", "2025-06", today=TODAY)
    apply_versions(store, _versions_of(province, "period"))
    assert periods.status_of(store, "CAX-DD", "2025-06") == "approved"
    with pytest.raises(AnttError) as err:
        periods.reopen(store, "CAX-DD", "2025-06", reason="muốn sửa", today=TODAY)  # only the level above returns it
    assert err.value.key == "period_bad_step"
    with pytest.raises(AnttError) as err:
        _receipt(store, date="2025-06-22")
    assert err.value.message("vi").startswith("Tháng 06/2025 của đơn vị CAX-DD đã duyệt nên đã khóa")


def test_changes_arriving_after_submission_are_shown_not_dropped(store, tmp_path):
    second = open_store(tmp_path / "second-laptop.sqlite")  # another laptop of the same unit
    setup.initialise(second, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn")
    late = _receipt(second, date="2025-06-25", name="Người đến muộn")
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    # the second laptop had not seen the submission; its versions come later in logical time
    bumped = [Version(**{**v.__dict__, "lamport": v.lamport + 100, "sha256": ""}).sealed()
              for v in _versions_of(second, "surrender")]
    apply_versions(store, bumped)  # imports are never refused for a lock
    assert surrenders.get_surrender(store, late.id).data["person_name"] == "Người đến muộn"
    shown = periods.changed_after_submission(store, "CAX-DD", "2025-06")
    assert [v["doc_id"] for v in shown] == [late.id]
    second.close()


def test_cli_period_commands(store, capsys, monkeypatch):
    db = str(store.path)
    _receipt(store, date="2025-06-03")
    month = "2025-06"
    assert main(["--db", db, "period", "submit", "--unit", "CAX-DD", "--month", month]) == 0
    assert capsys.readouterr().out.strip() == "CAX-DD 06/2025: đã nộp"
    assert main(["--db", db, "surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-09", "--item", "gun.air=1",
                 "--from", "B"]) == 1
    assert "đã khóa" in capsys.readouterr().err
    # --reason is required: one sentence, exit 1 (issue 18)
    assert main(["--db", db, "period", "reopen", "--unit", "CAX-DD", "--month", month]) == 1
    assert "--reason" in capsys.readouterr().err
    assert main(["--db", db, "period", "reopen", "--unit", "CAX-DD", "--month", month, "--reason", "Bổ sung"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "period", "list", "--from", "2025-05", "--to", "2025-06", "--json"]) == 0
    grid = json.loads(capsys.readouterr().out)
    assert grid["units"][0]["statuses"] == {"2025-05": "open", "2025-06": "reopened"}
    assert main(["--db", db, "period", "show", "--unit", "CAX-DD", "--month", month]) == 0
    out = capsys.readouterr().out
    assert "đã mở lại" in out and "Bổ sung" in out
    assert "trạng thái / status" in out and not re.search(r"\d{4}-\d{2}-\d{2}T", out)  # moments read dd/mm/yyyy HH:MM


def test_under_decree_09_a_month_locks_the_dates_its_form_covers(store):
    """Issue 19: the monthly form of June covers 15/05 - 14/06 (Decree 09/2019 Art. 12), so submitting June
    locks exactly those records: 14/06 is June's, 15/06 is July's, 20/05 is June's."""
    store.meta_set("report_cutoff", "decree09")
    model = _model(store)
    periods.submit(store, "CAX-DD", "2025-06", today=TODAY)
    for date in ("2025-06-14", "2025-05-15", "2025-05-20"):
        with pytest.raises(AnttError) as err:
            _receipt(store, date=date)
        assert err.value.key == "period_locked"
    _receipt(store, date="2025-06-15")  # July's report
    _receipt(store, date="2025-05-14")  # May's report
    activities.add_activity(store, model.id, "2025-06-20", "patrol")
    with pytest.raises(AnttError):
        activities.add_activity(store, model.id, "2025-06-01", "patrol")
