"""Ratings of places ("Safe on security and order") and plans with tasks and progress (issue 8 core)."""

import datetime as dt

import pytest

from app.domain import place_ratings as pr, plans, setup, units
from app.domain.versions import apply_versions, load_doc_versions
from app.errors import AnttError
from app.store.db import open_store
from tests.core.conftest import snapshot

FULL = {"leadership": 20, "propaganda": 15, "models": 20, "crime_prevention": 20, "order": 15, "coordination": 10}


@pytest.fixture
def province(tmp_path):
    s = open_store(tmp_path / "province.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn")
    units.add_unit(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    units.add_unit(s, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    return s


def test_criteria_add_up_to_100():
    assert sum(c["max"] for c in pr.criteria()) == 100


@pytest.mark.parametrize("total,expected", [(100, "excellent"), (90, "excellent"), (89.5, "good"), (75, "good"),
                                            (74.99, "average"), (50, "average"), (49, "weak"), (0, "weak")])
def test_default_thresholds_classify(total, expected):
    assert pr.classify(total, pr.default_thresholds()) == expected


def test_province_thresholds_apply_to_places_below_and_per_year(province):
    pr.rate_place(province, "CAX-DD", 2025, "residential_area", "Thôn Nà Pàn", {**FULL, "leadership": 8})  # 88
    assert pr.list_ratings(province, 2025)[0]["class"] == "good"  # default: 90 for excellent
    pr.set_thresholds(province, "CAT-LS", 2025, 85, 70, 50)
    assert pr.list_ratings(province, 2025)[0]["class"] == "excellent"  # the province's own rule, read at view time
    pr.rate_place(province, "CAX-DD", 2024, "residential_area", "Thôn Nà Pàn", {**FULL, "leadership": 8})
    assert pr.list_ratings(province, 2024)[0]["class"] == "good"  # 2024 has no province thresholds


def test_rating_rules_refuse_with_store_unchanged(province):
    before = snapshot(province)
    for call, key in [
        (lambda: pr.rate_place(province, "CAX-DD", 2025, "school", "Trường THCS", {"order": 16}), "score_over_max"),
        (lambda: pr.rate_place(province, "CAX-DD", 2025, "school", "Trường THCS", {"luck": 5}), "unknown_criterion"),
        (lambda: pr.rate_place(province, "CAX-DD", 2025, "school", "Trường THCS", {"order": -1}), "negative"),
        (lambda: pr.rate_place(province, "CAX-DD", 2025, "pagoda", "Chùa", FULL), "bad_choice"),
        (lambda: pr.rate_place(province, "CAX-DD", 2025, "school", "Trường", FULL, recognised=True), "decision_needed"),
        (lambda: pr.set_thresholds(province, "CAT-LS", 2025, 70, 80, 50), "bad_thresholds"),
        (lambda: pr.set_thresholds(province, "CAT-LS", 2025, 101, 80, 50), "bad_thresholds"),
    ]:
        with pytest.raises(AnttError) as err:
            call()
        assert err.value.key == key
    assert snapshot(province) == before


def test_scoring_a_place_again_changes_its_one_rating(province):
    pr.rate_place(province, "CAX-DD", 2025, "commune", "Xã Đồng Đăng", FULL)
    pr.rate_place(province, "CAX-DD", 2025, "commune", "xã đồng đăng ", {**FULL, "order": 5})
    rows = pr.list_ratings(province, 2025)
    assert len(rows) == 1 and rows[0]["total"] == 90


def test_province_view_counts_classes_weak_places_and_recognition(province):
    pr.rate_place(province, "CAX-DD", 2025, "residential_area", "Thôn A", FULL, True, "12/QĐ-UBND", "2025-12-20")
    pr.rate_place(province, "CAX-DD", 2025, "residential_area", "Thôn B", {"leadership": 10, "order": 10})
    pr.rate_place(province, "CAX-TT", 2025, "commune", "Xã Tân Thanh", {**FULL, "coordination": 0}, True, "3/QĐ",
                  "2025-12-21")
    pr.rate_place(province, "CAX-TT", 2025, "commune", "Xã Khác", {**FULL, "models": 0})
    view = pr.province_view(province, [2024, 2025])
    assert view[0]["rated"] == 0
    y = view[1]
    assert y["by_class"] == {"excellent": 2, "good": 1, "average": 0, "weak": 1}
    assert [w["place_name"] for w in y["weak"]] == ["Thôn B"]
    assert (y["residential_areas_recognised"], y["residential_areas_rated"]) == (1, 2)
    assert (y["communes_recognised"], y["communes_rated"]) == (1, 2)
    assert pr.province_view(province, [2025], unit="CAX-TT")[0]["rated"] == 2


def test_plan_tasks_progress_overdue_and_reviews(province):
    plan = plans.add_plan(province, "CAT-LS", "111/KH-CAT", "2025-07-04", "Kế hoạch bảo vệ chủ quyền biên giới",
                          "Chỉ thị 01/CT-TTg")
    t1 = plans.add_task(province, plan, "Rà soát mô hình tự quản đường biên", "2025-09-30", ["CAX-DD", "CAX-TT"])
    t2 = plans.add_task(province, plan, "Tuyên truyền Luật Biên giới", "2026-12-31", ["CAX-DD"])
    plans.report_progress(province, t1, "CAX-DD", "done", "2025-09-20", "Đã rà soát 4 mô hình", {"models": 4})
    plans.report_progress(province, t2, "CAX-DD", "in_progress", "2025-10-01")
    with pytest.raises(AnttError) as err:
        plans.report_progress(province, t2, "CAX-TT", "done", "2025-10-01")
    assert err.value.key == "task_not_assigned"
    plans.add_review(province, plan, "interim", "2025-12-15", "Các xã triển khai đúng tiến độ", "CAX-DD")
    result = plans.plan_progress(province, plan, today=dt.date(2025, 11, 1))
    assert result["per_unit"]["CAX-DD"] == {"tasks": 2, "done": 1, "in_progress": 1, "overdue": 0}
    assert result["per_unit"]["CAX-TT"] == {"tasks": 1, "done": 0, "in_progress": 0, "overdue": 1}
    assert result["reviews"][0]["kind"] == "interim"
    overdue = plans.overdue_tasks(province, today=dt.date(2025, 11, 1))
    assert [(o["unit_code"], o["title"]) for o in overdue] == [("CAX-TT", "Rà soát mô hình tự quản đường biên")]
    done = [a for a in result["assignments"] if a["status"] == "done"][0]
    assert done["evidence"] == {"models": 4}


def _versions(store):
    rows = store.query("SELECT doc_id FROM versions")
    out = []
    from app.domain.versions import Version

    for doc_rows in load_doc_versions(store, sorted({r[0] for r in rows})).values():
        out += [Version.from_dict(r) for r in doc_rows]
    return out


def test_plan_goes_down_progress_comes_up_and_two_laptops_conflict(province, tmp_path):
    """Versions copied between stores stand in for bundles here (the sync tests carry them in real ones)."""
    plan = plans.add_plan(province, "CAT-LS", "111/KH-CAT", "2025-07-04", "Kế hoạch 111")
    task = plans.add_task(province, plan, "Rà soát mốc quốc giới", "2025-09-30", ["CAX-DD"])
    laptops = []
    for name in ("a", "b"):
        s = open_store(tmp_path / f"laptop-{name}.sqlite")
        apply_versions(s, _versions(province))  # the down-bundle: units, plan, task
        s.meta_set("home_unit", "CAX-DD")
        laptops.append(s)
    plans.report_progress(laptops[0], task, "CAX-DD", "in_progress", "2025-08-01", "Đã kiểm tra 2 mốc")
    plans.report_progress(laptops[1], task, "CAX-DD", "done", "2025-08-02", "Đã kiểm tra đủ 5 mốc")
    for s in laptops:  # both up-bundles reach the province
        apply_versions(province, _versions(s))
    doc = plans.progress_doc_id(task, "CAX-DD")
    assert province.query("SELECT conflicts FROM documents WHERE doc_id = ?", (doc,))[0][0] == 1
    assert province.query("SELECT count(*) FROM task_progress")[0][0] == 1  # one row, not two
    statuses = {r["data"]["status"] for r in load_doc_versions(province, [doc])[doc]}
    assert statuses == {"in_progress", "done"}  # nothing lost
