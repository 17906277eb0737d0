"""The record rules of domain.md, each refusing bad input with the store unchanged."""

import datetime as dt

import pytest

from app.domain import activities, catalogue, community_models as cm, figure_entry, figures, setup, surrenders, units
from app.domain.ids import item_doc_id
from app.domain.surrenders import Line, Person
from app.domain.versions import save_document
from app.errors import AnttError
from app.store.db import open_store
from tests.core.conftest import snapshot

TODAY = dt.date.today().isoformat()


def receipt(store, lines, **kw):
    fields = dict(unit_code="CAX-DD", date=TODAY, lines=lines, person_name="Hoàng Văn Sơn")
    fields.update(kw)
    return surrenders.add_surrender(store, **fields)


def refused(store, key, fn, *args, **kw):
    before = snapshot(store)
    with pytest.raises(AnttError) as err:
        fn(*args, **kw)
    assert err.value.key == key, err.value.message("en")
    assert snapshot(store) == before
    return err.value


# ---------------------------------------------------------------- units and catalogue

def test_catalogue_is_seeded_identically_everywhere(store, tmp_path):
    codes = [i.code for i in catalogue.items(store)]
    assert codes[:3] == ["gun.military", "gun.hunting", "gun.air"] and "firework_powder.kg" in codes
    assert len(codes) == 17
    kg = catalogue.get_item(store, "firecracker.kg")
    assert (kg.unit_vi, kg.measure, kg.name_vi) == ("kg", "mass", "pháo nổ")
    from app.store.db import open_store

    other = open_store(tmp_path / "other.sqlite")
    setup.initialise(other, "DBP-CM", "Đồn Biên phòng Chi Ma", "border_post")
    q = "SELECT vid, sha256 FROM versions WHERE device_id = 'genesis' ORDER BY vid"
    assert [tuple(r) for r in other.query(q)] == [tuple(r) for r in store.query(q)]


def test_unit_hierarchy_rules(store):
    units.add_unit(store, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    assert {u.code for u in units.list_units(store, under="CAT-LS")} == {"CAT-LS", "CAX-DD", "CAX-TT"}
    refused(store, "unit_exists", units.add_unit, store, "CAX-TT", "Trùng", "commune_police", "CAT-LS")
    refused(store, "unknown_unit", units.add_unit, store, "CAX-ZZ", "Xã", "commune_police", "NOPE")
    refused(store, "wrong_parent_kind", units.add_unit, store, "DBP-X", "Đồn", "border_post", "CAT-LS")
    refused(store, "required", units.add_unit, store, "CAX-Y", "  ", "commune_police", "CAT-LS")
    refused(store, "bad_choice", units.add_unit, store, "CAX-Y", "Xã Y", "district_police", "CAT-LS")


def test_init_twice_is_refused(store):
    err = refused(store, "already_initialised", setup.initialise, store, "X", "Y", "commune_police")
    assert "CAX-DD" in err.message("vi")


# ---------------------------------------------------------------- models and activities

def model(store, **kw):
    fields = dict(unit_code="CAX-DD", name="Tổ tự quản đường biên bản Nà Pàn", type="border_line_group",
                  established="2024-05-10", place="Nà Pàn", leader="Lục Văn Hải", members="12", households=48,
                  border_km="6,5", markers=3)
    fields.update(kw)
    return cm.add_model(store, **fields)


def test_model_with_border_fields_recognition_rating_and_end(store):
    m = model(store)
    assert m.data["border_km"] == 6.5 and m.data["members"] == 12 and m.data["status"] == "active"
    copy = model(store, name="Tổ tự quản bản Khòn Khuyên", replicated_from=m.id)
    assert copy.data["replicated_from"] == m.id
    cm.recognise_model(store, m.id, "province", "123/QĐ-UBND", "2025-01-15")
    cm.rate_model(store, m.id, 2025, "effective")
    cm.rate_model(store, m.id, 2025, "not_effective")  # the same year again: one rating, changed
    assert store.query("SELECT rating FROM model_ratings WHERE model_id = ?", (m.id,))[0][0] == "not_effective"
    assert store.query("SELECT recognition FROM models WHERE id = ?", (m.id,))[0][0] == "province"
    refused(store, "required", cm.end_model, store, m.id, "2026-01-01", " ")
    refused(store, "date_order", cm.end_model, store, m.id, "2020-01-01", "Giải thể")
    ended = cm.end_model(store, m.id, "2026-01-01", "Sáp nhập thôn")
    assert (ended.data["status"], ended.data["end_reason"]) == ("ended", "Sáp nhập thôn")
    refused(store, "model_ended", cm.end_model, store, m.id, "2026-01-02", "Lần nữa")
    assert [r["id"] for r in cm.list_models(store, status="ended")] == [m.id]
    assert [r["id"] for r in cm.list_models(store, search="Khòn")] == [copy.id]


def test_model_rules(store):
    refused(store, "required", model, store, name="")
    refused(store, "bad_date", model, store, established="2024-02-30")
    refused(store, "future_date", model, store, established="2999-01-01")
    refused(store, "negative", model, store, households=-3)
    refused(store, "bad_number", model, store, members="mười")
    refused(store, "bad_choice", model, store, type="karaoke")
    refused(store, "unknown_unit", model, store, unit_code="NOWHERE")


def test_model_update_changes_only_what_is_given(store):
    m = model(store)
    updated = cm.update_model(store, m.id, leader="Vi Văn Nam", households=50)
    assert updated.data["leader"] == "Vi Văn Nam" and updated.data["households"] == 50
    assert updated.data["name"] == m.data["name"]
    refused(store, "bad_date", cm.update_model, store, m.id, established="hôm qua")


def test_activity_rules(store):
    m = model(store)
    a = activities.add_activity(store, m.id, "2025-03-02", "landmark_inspection", "14", "Kiểm tra mốc 1112")
    assert activities.list_activities(store, model_id=m.id)[0]["id"] == a
    refused(store, "date_order", activities.add_activity, store, m.id, "2020-01-01", "meeting")
    refused(store, "unknown_model", activities.add_activity, store, "no-such-id", "2025-03-02", "meeting")
    refused(store, "negative", activities.add_activity, store, m.id, "2025-03-02", "meeting", -1)
    cm.end_model(store, m.id, "2025-06-01", "Giải thể")
    refused(store, "model_ended", activities.add_activity, store, m.id, "2025-07-01", "meeting")


# ---------------------------------------------------------------- receipts

def test_receipt_lines_units_and_person(store):
    r = receipt(store, [Line("gun.homemade", "2"), Line("firecracker.kg", "1,5", "kg"), Line("ammo.rounds", 30)],
                person=Person(1968, "012345678901", "Thôn Nà Pàn"), witnesses=["Vi Thị Lan"])
    assert [(l["item_code"], l["quantity"], l["unit"]) for l in r.data["lines"]] == [
        ("gun.homemade", 2, "khẩu"), ("firecracker.kg", 1.5, "kg"), ("ammo.rounds", 30, "viên")]
    assert "id_number" not in r.data and "address" not in r.data  # details live in their own document
    got = surrenders.get_surrender(store, r.id)
    assert got.person.id_number == "012345678901" and got.person.birth_year == 1968
    assert store.query("SELECT count(*) FROM surrender_items WHERE surrender_id = ?", (r.id,))[0][0] == 3


def test_receipt_numbers_are_unique_per_unit_and_year(store, tmp_path):
    a = receipt(store, [Line("support_tool", 1)], date="2025-12-30")
    b = receipt(store, [Line("support_tool", 1)], date="2025-12-31")
    c = receipt(store, [Line("support_tool", 1)], date="2026-01-02")
    assert (a.data["number"], b.data["number"], c.data["number"]) == (1, 2, 1)
    refused(store, "receipt_number_taken", receipt, store, [Line("support_tool", 1)], date="2025-06-01", number=2)
    # another unit numbers on its own: the province's laptop, which may write for the communes below it
    # (a commune's may not: issue 18), holds number 2 of 2025 once for each commune
    province = open_store(tmp_path / "prov.sqlite")
    setup.initialise(province, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
    for code in ("CAX-DD", "CAX-TT"):
        units.add_unit(province, code, "Công an xã " + code, "commune_police", "CAT-LS")
    first = receipt(province, [Line("support_tool", 1)], date="2025-06-01", unit_code="CAX-DD", number=2)
    other = receipt(province, [Line("support_tool", 1)], date="2025-06-01", unit_code="CAX-TT", number=2)
    assert first.data["number"] == 2 == other.data["number"]
    refused(province, "receipt_number_taken", receipt, province, [Line("support_tool", 1)], date="2025-06-02",
            unit_code="CAX-TT", number=2)
    province.close()


@pytest.mark.parametrize("line,key", [
    (Line("gun.homemade", "-1"), "not_positive"),
    (Line("gun.homemade", "0"), "not_positive"),
    (Line("gun.homemade", "1.5"), "not_whole"),
    (Line("gun.homemade", "hai"), "bad_number"),
    (Line("gun.laser", "1"), "unknown_item"),
    (Line("firecracker.kg", "2", "quả"), "wrong_unit_of_count"),
    (Line("firecracker.pcs", "2", "kg"), "wrong_unit_of_count"),
])
def test_bad_lines_are_refused(store, line, key):
    refused(store, key, receipt, store, [Line("support_tool", 1), line])


def test_an_unknown_item_code_names_the_codes_meant(store):
    """Typed as an officer says it ("grenade"), or with a letter missing: the refusal names the catalogue's code."""
    with pytest.raises(AnttError) as err:
        receipt(store, [Line("grenade", 1)])
    assert err.value.key == "unknown_item_close"
    assert err.value.message("vi") == "Không có mã hiện vật “grenade” trong danh mục; có phải “ordnance.grenade”?"
    with pytest.raises(AnttError) as err:
        receipt(store, [Line("gun.homemad", 1)])
    assert err.value.message("en") == ("There is no item code “gun.homemad” in the catalogue; did you mean"
                                       " “gun.homemade”?")
    with pytest.raises(AnttError) as err:  # nothing near: the plain sentence
        receipt(store, [Line("xyz", 1)])
    assert err.value.key == "unknown_item"
    assert store.conn.execute("SELECT COUNT(*) FROM surrenders").fetchone()[0] == 0


def test_receipt_rules(store):
    refused(store, "no_items", receipt, store, [])
    refused(store, "required", receipt, store, [Line("support_tool", 1)], person_name="")
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    in_two_days = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    assert receipt(store, [Line("support_tool", 1)], date=tomorrow).data["date"] == tomorrow
    refused(store, "future_date", receipt, store, [Line("support_tool", 1)], date=in_two_days)
    refused(store, "bad_date_written_dmy", receipt, store, [Line("support_tool", 1)], date="31/12/2025")
    refused(store, "bad_date", receipt, store, [Line("support_tool", 1)], date="31/02/2025")  # no such day
    with pytest.raises(AnttError) as err:  # written as officers write it: the ISO form it wants is given
        receipt(store, [Line("support_tool", 1)], date="1/2/2025")
    assert err.value.message("vi") == ("Ngày giao nộp không hợp lệ: “1/2/2025”; dòng lệnh cần ngày dạng"
                                       " YYYY-MM-DD: 2025-02-01.")
    unknown = receipt(store, [Line("ordnance.grenade", 1)], owner_unknown=True, person_name="", method="found")
    assert unknown.data["owner_unknown"] and unknown.data["person_name"] == ""


def test_dates_in_messages_read_as_officers_write_them(store):
    with pytest.raises(AnttError) as err:
        receipt(store, [Line("support_tool", 1)], date="2999-01-05")
    assert err.value.message("vi") == "Ngày giao nộp 05/01/2999 ở tương lai; không được sau ngày mai."
    assert "05/01/2999" in err.value.message("en")
    with pytest.raises(AnttError) as err:
        receipt(store, [Line("support_tool", 1)], date="2026-02-30")  # not a date: shown as typed
    assert "“2026-02-30”" in err.value.message("vi")


def test_retired_items_cannot_be_received(store):
    item = catalogue.get_item(store, "gun.air")
    save_document(store, "catalogue_item", item_doc_id("gun.air"), {**item.__dict__, "retired": True})
    refused(store, "retired_item", receipt, store, [Line("gun.air", 1)])


def test_update_and_delete_receipt(store):
    r = receipt(store, [Line("gun.homemade", 2)], person=Person(1970, "0123", "Bản Chắt"))
    r2 = surrenders.update_surrender(store, r.id, lines=[Line("gun.homemade", 3), Line("explosive.kg", "0,4")],
                                     person=Person())
    assert r2.data["number"] == r.data["number"]
    assert [l["quantity"] for l in r2.data["lines"]] == [3, 0.4]
    assert r2.person.is_empty()
    totals = dict(store.query("SELECT item_code, quantity FROM surrender_totals_all"))
    assert totals == {"gun.homemade": 3, "explosive.kg": 0.4}
    surrenders.delete_surrender(store, r.id)
    assert store.query("SELECT count(*) FROM surrender_items")[0][0] == 0
    assert store.query("SELECT count(*) FROM surrender_totals_all")[0][0] == 0
    refused(store, "unknown_receipt", surrenders.get_surrender, store, r.id)


# ---------------------------------------------------------------- figures

def test_figures_are_merged_per_unit_month_and_validated(store):
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_occurred": "12", "crime.cases_cleared": 10})
    merged = figure_entry.set_figures(store, "CAX-DD", "2026-03", {"border.km_line": "8,1"})
    assert merged == {"crime.cases_occurred": 12, "crime.cases_cleared": 10, "border.km_line": 8.1}
    assert store.query("SELECT count(*) FROM monthly_figures WHERE month = '2026-03'")[0][0] == 3
    refused(store, "unknown_indicator", figure_entry.set_figures, store, "CAX-DD", "2026-03", {"crime.aliens": 1})
    refused(store, "figure_negative", figure_entry.set_figures, store, "CAX-DD", "2026-03", {"drugs.cases": -1})
    refused(store, "figure_not_whole", figure_entry.set_figures, store, "CAX-DD", "2026-03", {"drugs.cases": 1.5})
    refused(store, "bad_month", figure_entry.set_figures, store, "CAX-DD", "2026-13", {"drugs.cases": 1})


def test_computed_figures_come_from_the_records(store):
    m = model(store, established="2026-03-05")
    model(store, name="Camera an ninh", type="security_camera", established="2025-01-01", border_km=None, markers=None)
    activities.add_activity(store, m.id, "2026-03-06", "propaganda", 40)
    activities.add_activity(store, m.id, "2026-03-20", "propaganda", 25)
    activities.add_activity(store, m.id, "2026-03-21", "joint_patrol", 6)
    # Decree 09 (the default cut-off): March is 15/02 - 14/03; the 20th and 21st belong to April
    grid = {g["code"]: g for g in figures.figures_grid(store, "CAX-DD", "2026-03")}
    assert grid["movement.propaganda_sessions"]["computed"] == 1
    assert grid["movement.propaganda_attendance"]["computed"] == 40
    assert grid["border.joint_patrols"]["computed"] == 0
    assert {g["code"]: g for g in figures.figures_grid(store, "CAX-DD", "2026-04")}[
        "movement.propaganda_attendance"]["computed"] == 25
    from app.domain.reporting_periods import set_cutoff_rule

    set_cutoff_rule(store, "calendar")
    grid = {g["code"]: g for g in figures.figures_grid(store, "CAX-DD", "2026-03")}
    assert grid["movement.models_active"]["computed"] == 2
    assert grid["movement.models_new"]["computed"] == 1
    assert grid["movement.propaganda_sessions"]["computed"] == 2
    assert grid["movement.propaganda_attendance"]["computed"] == 65
    assert grid["border.joint_patrols"]["computed"] == 1
    assert grid["border.km_line"]["computed"] == 6.5 and grid["border.markers"]["computed"] == 3
    assert grid["crime.cases_occurred"]["computed"] is None


def test_a_figure_typed_by_mistake_can_be_emptied_again(store):
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_occurred": "12", "drugs.cases": 3})
    versions_before = store.query("SELECT count(*) FROM versions")[0][0]
    left = figure_entry.clear_figures(store, "CAX-DD", "2026-03", ["drugs.cases"])
    assert left == {"crime.cases_occurred": 12}
    assert figures.get_figures(store, "CAX-DD", "2026-03") == {"crime.cases_occurred": 12}
    assert [r[0] for r in store.query("SELECT indicator FROM monthly_figures WHERE month = '2026-03'")] == [
        "crime.cases_occurred"]
    assert store.query("SELECT count(*) FROM versions")[0][0] == versions_before + 1  # a new version, history kept
    # emptying what is already empty writes nothing; an unknown indicator is one sentence, nothing changed
    figure_entry.clear_figures(store, "CAX-DD", "2026-03", ["drugs.cases"])
    assert store.query("SELECT count(*) FROM versions")[0][0] == versions_before + 1
    refused(store, "unknown_indicator", figure_entry.clear_figures, store, "CAX-DD", "2026-03", ["crime.aliens"])
    # one version may set some indicators and empty others
    assert figure_entry.set_figures(store, "CAX-DD", "2026-03", {"drugs.suspects": 2}, clear=["crime.cases_occurred"]) == {
        "drugs.suspects": 2}


def test_the_places_of_the_models_each_once_in_vietnamese_order(store):
    """The models list's filter by place: every place of a model, each once, in Vietnamese order ("Đ" after "D",
    "Ả" with "A"), and no empty place; under the scope of the unit that holds them, the same."""
    from app.collation import sort_key
    from app.domain.list_scope import list_scope

    for place in ("Thôn Đồng Đăng", "Bản Khòn Khuyên", "Thôn Đồng Đăng", "Thôn Dừa", "Ải Chi Lăng", ""):
        model(store, name=f"Tổ tự quản {place or 'không tên'}", place=place)
    shown = cm.places(store)
    by_sql = {r[0] for r in store.conn.execute("SELECT place FROM models WHERE place != ''")}
    assert sorted(shown) == sorted(by_sql) and len(shown) == 4
    assert shown == ["Ải Chi Lăng", "Bản Khòn Khuyên", "Thôn Dừa", "Thôn Đồng Đăng"]
    assert [sort_key(p) for p in shown] == sorted(sort_key(p) for p in shown)
    assert cm.places(store, list_scope(store, "CAX-DD")) == shown  # every model here is CAX-DD's


def test_models_counted_by_type_and_status(store):
    """The overview's card and chart: models of each (type, status), as a plain GROUP BY here counts them."""
    first = model(store)
    model(store, name="Tổ tự quản thôn Pò Mà", type="security_camera")
    model(store, name="Tổ tự quản thôn Nà Hin", type="security_camera")
    cm.end_model(store, first.id, "2026-01-01", "Sáp nhập thôn")
    by_sql = {(t, s): n for t, s, n in store.conn.execute("SELECT type, status, count(*) FROM models GROUP BY 1, 2")}
    assert cm.count_by_type_and_status(store) == by_sql == {("border_line_group", "ended"): 1,
                                                            ("security_camera", "active"): 2}
