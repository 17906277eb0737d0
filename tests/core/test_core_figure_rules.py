"""Validation rules between monthly figures (resources/validation_rules.json, app/domain/figure_rules.py):
every expected figure below is worked out by hand in the comment beside it."""

import json

import pytest

from app.cli import main
from app.domain import figure_rules as fr
from app.domain import figure_entry, periods
from app.domain.figure_rules import FigureRuleError
from app.paths import resource
from tests.core.conftest import snapshot

SETTINGS = {"importance": "low", "action": "warn", "months_back": 12, "min_history": 6, "threshold": 5,
            "min_scale": 1}


def rules_of(findings):
    return [(f.rule, f.action) for f in findings]


# ---------------------------------------------------------------- rules between indicators

def test_cleared_above_occurred_is_refused_naming_both_indicators():
    found = fr.check_values({"crime.cases_cleared": 7, "crime.cases_occurred": 5})
    assert rules_of(found) == [("crime.cleared_le_occurred", "refuse")]
    assert found[0].message("vi") == ("“Số vụ đã điều tra làm rõ” (7) không được lớn hơn “Số vụ phạm tội xảy ra” (5). "
                                      "Số vụ làm rõ là một phần của số vụ xảy ra.")
    assert found[0].message("en").startswith("“Criminal cases cleared” (7) cannot be more than "
                                             "“Criminal cases occurred” (5).")


def test_equal_sides_pass_and_a_missing_side_skips_the_rule():
    assert fr.check_values({"crime.cases_cleared": 5, "crime.cases_occurred": 5}) == []
    assert fr.check_values({"crime.cases_cleared": 7}) == []  # nothing to compare yet (DHIS2: skip if missing)


def test_parts_above_the_total_warn_and_name_the_parts_that_have_a_value():
    # 2.028 gambling cases against 5 crimes in all: drugs and economic cases have no value, counted as 0
    found = fr.check_values({"gambling.cases": 2028, "crime.cases_occurred": 5})
    assert rules_of(found) == [("crime.kinds_le_occurred", "warn")]
    assert found[0].message("vi").startswith(
        "Cần xem lại: “Số vụ đánh bạc” (2.028) thường không lớn hơn “Số vụ phạm tội xảy ra” (5).")
    assert found[0].indicators == ("gambling.cases", "crime.cases_occurred")
    # 2 + 1 + 2 = 5 is not more than 5
    assert fr.check_values({"gambling.cases": 2, "drugs.cases": 1, "economic.cases": 2,
                            "crime.cases_occurred": 5}) == []


def test_every_hard_rule_of_the_issue():
    assert rules_of(fr.check_values({"crime.suspects_arrested": -1})) == [("crime.arrested_ge_zero", "refuse")]
    assert rules_of(fr.check_values({"movement.tipoffs_valuable": 4, "movement.tipoffs": 3})) == [
        ("movement.valuable_le_tipoffs", "refuse")]
    assert rules_of(fr.check_values({"movement.models_replicated": 2, "movement.models_new": 1,
                                     "movement.models_active": 9})) == [("movement.replicated_le_new", "refuse")]
    assert rules_of(fr.check_values({"movement.models_new": 3, "movement.models_active": 2})) == [
        ("movement.new_le_active", "refuse")]


def test_refusals_come_before_warnings():
    found = fr.check_values({"crime.cases_cleared": 9, "crime.cases_occurred": 5, "gambling.cases": 40})
    assert [f.action for f in found] == ["refuse", "warn"]


def test_a_rule_naming_an_unknown_indicator_is_a_mistake_said_at_load():
    data = json.loads(resource("validation_rules.json").read_text(encoding="utf-8"))
    data["rules"][0]["left"] = ["crime.aliens"]
    with pytest.raises(ValueError, match="crime.aliens"):
        fr.load_rules(data)


# ---------------------------------------------------------------- far outside the unit's history

def test_far_outside_uses_median_and_mad():
    history = [3, 5, 4, 6, 2, 4]
    # sorted 2 3 4 4 5 6: median 4; |x-4| = 1 1 0 2 2 0 -> sorted 0 0 1 1 2 2: MAD 1;
    # scale max(1.4826 x 1, 1) = 1.4826; far when |x - 4| > 5 x 1.4826 = 7.413
    assert fr.far_outside(11, history, SETTINGS) is None  # 7 < 7.413
    assert fr.far_outside(12, history, SETTINGS) == (4, pytest.approx(1.4826))  # 8 > 7.413
    assert fr.far_outside(0, history, SETTINGS) is None


def test_too_short_a_history_says_nothing():
    assert fr.far_outside(2028, [3, 5, 4, 6, 2], SETTINGS) is None  # 5 months < 6


def test_a_flat_history_uses_the_minimum_scale():
    # all zeros: MAD 0, scale = min_scale 1: far when |x| > 5
    assert fr.far_outside(5, [0] * 6, SETTINGS) is None
    assert fr.far_outside(6, [0] * 6, SETTINGS) == (0, 1)


def test_one_wild_past_month_does_not_hide_the_next_one():
    # median of 2 3 3 4 4 4 2028 is 4; |x-4| = 0 0 0 1 1 1 2024 -> MAD 1 (a mean and standard deviation
    # would be ~293 and ~765 and call 2028 normal)
    assert fr.far_outside(2028, [3, 4, 4, 3, 2028, 4, 2], SETTINGS) == (4, pytest.approx(1.4826))


def test_outlier_warning_names_the_indicator_and_the_median():
    found = fr.check_values({"gambling.cases": 2028}, {"gambling.cases": [0, 1, 2, 3, 1, 0, 2]})
    # sorted 0 0 1 1 2 2 3: median 1
    assert rules_of(found) == [("outlier", "warn")]
    assert found[0].message("vi") == ("Cần xem lại: “Số vụ đánh bạc” = 2.028, rất xa mức thường thấy của đơn vị "
                                      "(trung vị 1 trong 7 tháng trước).")


# ---------------------------------------------------------------- through the store

def months(store, unit, values_by_month):
    for month, values in values_by_month.items():
        figure_entry.set_figures(store, unit, month, values)


def test_set_figures_refuses_a_hard_rule_and_writes_nothing(store):
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_occurred": 5})
    before = snapshot(store)
    with pytest.raises(FigureRuleError) as refused:
        figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_cleared": 7})
    assert "“Số vụ đã điều tra làm rõ” (7)" in refused.value.message("vi")
    assert "“Số vụ phạm tội xảy ra” (5)" in refused.value.message("vi")
    assert snapshot(store) == before


def test_a_month_already_broken_takes_an_unrelated_correction(store):
    # an old month (imported, or typed before the rules) breaks a rule; fixing the km of border line is allowed
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_occurred": 5, "crime.cases_cleared": 7},
                        check=False)
    assert figure_entry.set_figures(store, "CAX-DD", "2026-03", {"border.km_line": "6,5"})["border.km_line"] == 6.5
    with pytest.raises(FigureRuleError):  # but not a change to one of the two sides that keeps it broken
        figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_cleared": 6})
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_cleared": 4})  # the mending itself


def test_history_is_the_units_previous_months_only(store):
    # 13 months before 2026-03 hold a value; only the 12 months 2025-03 .. 2026-02 count; 2026-04 never does
    for i, month in enumerate(periods.months_between("2025-02", "2026-02")):
        figure_entry.set_figures(store, "CAX-DD", month, {"gambling.cases": i})
    figure_entry.set_figures(store, "CAX-DD", "2026-04", {"gambling.cases": 99})
    history = fr.history_of(store, "CAX-DD", "2026-03", 12)
    assert history == {"gambling.cases": [float(i) for i in range(1, 13)]}


def test_check_month_warns_on_a_value_far_outside_the_history(store):
    months(store, "CAX-DD", {m: {"gambling.cases": 2, "crime.cases_occurred": 5}
                             for m in periods.months_between("2025-09", "2026-02")})
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"gambling.cases": 2028, "crime.cases_occurred": 5})  # a warning saves
    found = fr.check_month(store, "CAX-DD", "2026-03")
    assert rules_of(found) == [("crime.kinds_le_occurred", "warn"), ("outlier", "warn")]
    # the same typed, not saved yet, over a month that holds 3
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"gambling.cases": 3})
    assert fr.check_month(store, "CAX-DD", "2026-03") == []
    assert rules_of(fr.check_month(store, "CAX-DD", "2026-03", typed={"gambling.cases": 2028})) == [
        ("crime.kinds_le_occurred", "warn"), ("outlier", "warn")]


def test_a_month_breaking_a_hard_rule_cannot_be_submitted(store):
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_occurred": 5, "crime.cases_cleared": 7},
                        check=False)
    with pytest.raises(FigureRuleError):
        periods.submit(store, "CAX-DD", "2026-03")
    assert periods.status_of(store, "CAX-DD", "2026-03") == periods.OPEN
    figure_entry.set_figures(store, "CAX-DD", "2026-03", {"crime.cases_cleared": 5})
    periods.submit(store, "CAX-DD", "2026-03")
    assert periods.status_of(store, "CAX-DD", "2026-03") != periods.OPEN


# ---------------------------------------------------------------- the command line

def test_cli_refuses_hard_rules_and_prints_warnings(tmp_path, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert main(["--db", db, "init", "--unit-code", "CAX-DD", "--unit-name", "Công an xã Đồng Đăng", "--unit-kind",
                 "commune_police", "--parent-code", "CAT-LS", "--parent-name", "Công an tỉnh Lạng Sơn"]) == 0
    capsys.readouterr()
    code = main(["--db", db, "figures", "set", "--unit", "CAX-DD", "--month", "2026-03", "crime.cases_occurred=5",
                 "crime.cases_cleared=7"])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert "“Số vụ đã điều tra làm rõ” (7) không được lớn hơn “Số vụ phạm tội xảy ra” (5)" in err
    code = main(["--db", db, "figures", "set", "--unit", "CAX-DD", "--month", "2026-03", "crime.cases_occurred=5",
                 "gambling.cases=2028", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out) == {"crime.cases_occurred": 5, "gambling.cases": 2028}
    assert err.strip() == ("Cần xem lại: “Số vụ đánh bạc” (2.028) thường không lớn hơn “Số vụ phạm tội xảy ra” (5). "
                           "Các loại vụ việc thường nằm trong tổng số vụ xảy ra; kiểm tra lại nếu có vụ xử lý hành chính.")
    code = main(["--db", db, "figures", "set", "--unit", "CAX-DD", "--month", "2026-03", "gambling.cases=2,5"])
    out, err = capsys.readouterr()
    assert code != 0 and err.strip() == "“Số vụ đánh bạc” đếm bằng số nguyên (vụ); đã nhập 2,5."
