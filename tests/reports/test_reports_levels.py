"""Issue 19: every form at every level, read back from the PDF and checked against the hand-written totals of
tests/reports/levels.py (figures a person adds up on paper, never taken from the report code)."""

from __future__ import annotations

import re

import pytest

from app.domain.reporting_periods import set_cutoff_rule

from .levels import COMMUNES, LEVELS, POST  # the store and its forms: the world and pdf fixtures (conftest.py)


# ---------------------------------------------------------------- the monthly form over a subtree


def test_the_province_monthly_form_adds_up_its_communes(pdf):
    flat = pdf("monthly", unit="CAT-BT", month="2026-11").flat
    # Decree 09: November is 15/10 - 14/11, stated under the subject
    assert "(Từ ngày 15/10/2026 đến ngày 14/11/2026)" in flat
    assert "hiện có 6 mô hình đang hoạt động" in flat  # 3 + 2 + 1
    assert "3 lượt hoạt động với 75 lượt người tham gia" in flat  # 20 + 15 + 40; the 20/11 patrol is December's
    assert "tiếp nhận 2 biên bản" in flat  # Mũi Né's and Tân Thành's
    assert "1 khẩu súng các loại, 6 công cụ hỗ trợ, 4 vũ khí thô sơ, 2 quả lựu đạn và 300 quả pháo" in flat
    assert "không tiếp nhận" not in flat
    # one line per commune, each with its own figures, and the total
    assert "Công an xã Hàm Tiến 3 0 3 75 0" in flat  # the unit's name whole on its line
    assert "Công an phường Mũi Né 2 0 0 0 1" in flat and "Công an xã Tân Thành 1 0 0 0 1" in flat
    assert re.search(r"Cộng 6 0 3 75 2", flat)
    # tables numbered from 1 on this form, in order, none skipped
    numbers = [int(n) for n in re.findall(r"Bảng (\d+)\.", flat)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) == 4


def test_the_national_form_holds_the_police_and_the_border_guard(pdf):
    flat = pdf("monthly", unit="BCA", month="2026-11").flat
    assert "hiện có 7 mô hình đang hoạt động" in flat  # 6 in Bình Thuận + the post's border model
    assert "tiếp nhận 3 biên bản" in flat
    assert "2 khẩu súng các loại" in flat and "30 viên đạn" in flat  # the post's gun and rounds are in
    assert "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn 1 0 0 0 1" in flat
    assert "Công an tỉnh Bình Thuận 6 0 3 75 2" in flat
    assert "Nền biên phòng toàn dân" in flat


def test_the_border_post_form(pdf):
    flat = pdf("monthly", unit=POST[0], month="2026-11").flat
    back = pdf("monthly", unit=POST[0], month="2026-11")
    lines = back.texts[0].splitlines()
    assert any("TỈNH LẠNG SƠN" in line for line in lines)  # the header may break before TỈNH, never in the name
    assert not any(line.rstrip().endswith("LẠNG") for line in lines)
    assert "hiện có 1 mô hình đang hoạt động" in flat
    assert "1 khẩu súng các loại và 30 viên đạn" in flat
    assert re.search(r"Km đường biên giới tự quản km 3,5", flat)
    assert re.search(r"Cột mốc tự quản cột\s*mốc 4", flat)
    assert "ĐỒN TRƯỞNG" in flat


def test_entered_and_recorded_figures_that_differ_are_both_shown(pdf):
    flat = pdf("monthly", unit="CAX-HT", month="2026-11").flat
    assert "hiện có 3 mô hình đang hoạt động (theo sổ theo dõi; số liệu báo cáo: 7)" in flat
    assert re.search(r"Mô hình đang hoạt động \(\*\) mô hình 7 3", flat)
    assert "mô hình đang hoạt động: báo cáo 7, theo sổ theo dõi 3" in flat
    # the commune's own list of models, not a table of units
    assert "Tổ an ninh" in flat and "theo đơn vị" not in flat
    en = pdf("monthly", lang="en", unit="CAX-HT", month="2026-11").flat
    assert "3 models are active (in the records; reported: 7)" in en


def test_every_indicator_section_of_the_grid_is_printed(pdf):
    flat = pdf("monthly", unit="CAX-HT", month="2026-11").flat
    for group in ("Tình hình tội phạm", "Biện pháp hành chính", "Phong trào Toàn dân bảo vệ ANTQ"):
        assert group in flat
    assert "Nền biên phòng toàn dân" not in flat  # no border model in Hàm Tiến


def test_the_heading_states_the_period_it_covers(pdf, world):
    flat = pdf("monthly", unit="CAX-HT", month="2026-12").flat
    assert "tháng 12 năm 2026" in flat and "(Từ ngày 15/11/2026 đến ngày 14/12/2026)" in flat
    flat = pdf("monthly", unit="CAX-HT", month="2026-01").flat
    assert "(Từ ngày 15/12/2025 đến ngày 14/01/2026)" in flat
    flat = pdf("monthly", unit="CAT-BT", period=("quarter", "2026-Q4")).flat
    assert "quý IV năm 2026" in flat and "(Từ ngày 15/09/2026 đến ngày 14/12/2026)" in flat
    assert "Trong quý, tiếp nhận 2 biên bản" in flat
    flat = pdf("monthly", unit="CAT-BT", period=("half", "2026-H2")).flat
    assert "6 tháng cuối năm 2026" in flat and "(Từ ngày 15/06/2026 đến ngày 14/12/2026)" in flat
    flat = pdf("monthly", unit="CAT-BT", period=("nine_months", "2026")).flat
    assert "9 tháng năm 2026" in flat and "(Từ ngày 15/12/2025 đến ngày 14/09/2026)" in flat
    flat = pdf("monthly", unit="CAT-BT", date_from="2026-11-01", date_to="2026-11-05").flat  # any range
    assert "trật tự từ ngày 01/11/2026 đến ngày 05/11/2026" in flat and flat.count("01/11/2026") == 3  # + closing
    assert "tiếp nhận 1 biên bản" in flat  # Mũi Né's of 03/11; Tân Thành's of 08/11 is after the range
    store, _ = world
    set_cutoff_rule(store, "calendar")
    try:
        flat = pdf("monthly", unit="CAX-HT", month="2026-11").flat
        assert "(Từ ngày 01/11/2026 đến ngày 30/11/2026)" in flat
        assert "3 lượt hoạt động với 64 lượt người" in flat  # 15 + 40 + the 20/11 patrol's 9; not the 20/10 meeting
    finally:
        set_cutoff_rule(store, "decree09")


# ---------------------------------------------------------------- the summary


def test_the_five_year_review_of_binh_thuan(pdf):
    flat = pdf("summary", unit="CAT-BT", date_from="2021-01-01", date_to="2025-12-31").flat
    assert "185 khẩu súng các loại, 2.028 vũ khí thô sơ, 1.821 quả pháo và 8,1 kg pháo" in flat
    assert "đã điều tra làm rõ 2.859/3.338 vụ (đạt 86%)" in flat
    assert "bắt giữ 0" not in flat  # arrests were never entered
    assert re.search(r"Súng khẩu 30 71 12 - 72 185", flat)  # 2021: 30; 2022: 71; 2023: 12; 2025: 53 + 19
    assert re.search(r"Tổng cộng 185 2\.028 1\.821 8,1", flat)
    # the indicator table carries what the records give, as the monthly form does
    assert re.search(r"Mô hình đang hoạt động mô\s*hình 5 6 7 7 7 7", flat)
    assert "Nền biên phòng toàn dân" not in flat
    en = pdf("summary", lang="en", unit="CAT-BT", date_from="2021-01-01", date_to="2025-12-31").flat
    assert "185 guns of all kinds, 2,028 primitive weapons, 1,821 firecrackers and 8.1 kg of firecrackers" in en


def test_recognition_is_counted_as_decided_by_the_periods_end(pdf):
    assert "được công nhận" not in pdf("summary", unit="CAT-BT", period=("year", "2021")).flat
    assert "được công nhận" not in pdf("summary", unit="CAT-BT", date_from="2024-01-01", date_to="2024-06-14").flat
    assert "1 mô hình được công nhận cấp tỉnh" in pdf("summary", unit="CAT-BT", period=("year", "2024")).flat


def test_a_communes_own_summary_speaks_of_the_commune(pdf):
    flat = pdf("summary", unit="CAX-HT", date_from="2021-01-01", date_to="2025-12-31").flat
    assert "các đơn vị" not in flat and "của 1 đơn vị" not in flat
    assert "Công an xã Hàm Tiến đã vận động, thu hồi 42 khẩu súng các loại" in flat
    assert "PHỤ LỤC" not in flat and "(1/1)" not in flat


def test_a_commune_form_printed_above_is_not_signed_by_the_officer_above(pdf):
    flat = pdf("monthly", unit="CAX-HT", month="2026-11").flat
    assert "TRƯỞNG CÔNG AN XÃ" in flat and "Trần Văn Quốc" not in flat
    assert "Trần Văn Quốc" in pdf("monthly", unit="BCA", month="2026-11").flat  # the store's own unit


# ---------------------------------------------------------------- the receipt


def test_the_receipt_totals_each_kind_in_its_own_unit(pdf, world):
    _, ids = world
    flat = pdf("receipt", receipt_id=ids["mn_receipt"]).flat
    assert "Tổng cộng: 6 công cụ hỗ trợ, 4 vũ khí thô sơ, 2 quả lựu đạn và 300 quả pháo." in flat
    assert "302" not in flat and "10 chiếc" not in flat
    en = pdf("receipt", lang="en", receipt_id=ids["post_receipt"]).flat
    assert "In total: 1 gun and 30 rounds of ammunition." in en
    assert "31" not in en.split("In total:")[1][:40]


# ---------------------------------------------------------------- every form at every level


@pytest.mark.parametrize("level", list(LEVELS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_form_prints_at_every_level(pdf, world, level, lang):
    store, ids = world
    unit = LEVELS[level]
    heads = {"vi": ("I.", "II.", "III.", "IV."), "en": ("I.", "II.", "III.", "IV.")}[lang]
    for kind, kw in (("monthly", dict(month="2026-11")), ("monthly", dict(period=("half", "2026-H2"))),
                     ("summary", dict(period=("year", "2025"))), ("models", {}), ("ratings", dict(year=2025)),
                     ("plan", dict(plan_id=ids["plan"]))):
        back = pdf(kind, lang=lang, unit=unit, **kw)
        assert back.texts and all(t.strip() for t in back.texts), (kind, level)
        for t in back.texts[:-1]:  # a section heading never stands alone at the foot of a page
            assert not re.match(r"^(I|II|III|IV)\. ", t.strip().splitlines()[-1]), (kind, level, t[-80:])
        if kind in ("monthly", "plan"):  # the same sections whatever the level holds
            assert all(h in back.flat for h in heads), (kind, level)
        if kind == "ratings":
            assert all(h in back.flat for h in heads[:2]), (kind, level)
        if kind == "summary":
            assert all(h in back.flat for h in heads), (kind, level)


def test_a_communes_register_speaks_of_the_commune(pdf):
    flat = pdf("models", unit="CAX-HT").flat
    assert "Công an xã Hàm Tiến theo dõi 4 mô hình tự phòng, tự quản, trong đó 3 mô hình đang hoạt động" in flat
    assert "tại 4 đơn vị" in pdf("models", unit="BCA").flat  # Hàm Tiến, Mũi Né, Tân Thành, the post


def test_the_models_register_has_the_border_and_decision_columns(pdf):
    flat = pdf("models", unit="BCA").flat
    assert "123/QĐ-UBND" in flat and "15/06/2024" in flat  # decision number and date
    words = set(flat.split())
    assert {"01/09/2026:", "Sáp", "nhập"} <= words  # end date and reason (the cell may wrap)
    assert re.search(r"Pò Nhùng|01/07/2018 10 40 3,5 4", flat) and "01/07/2018 10 40 3,5 4" in flat  # km, markers


def test_plan_progress_names_its_evidence(pdf, world):
    _, ids = world
    flat = pdf("plan", unit="CAT-BT", plan_id=ids["plan"]).flat
    assert "markers" not in flat and "households" not in flat
    assert "số hộ: 120; cột mốc: 3" in flat


# ---------------------------------------------------------------- the command line


def test_cli_periods_and_the_cutoff_setting(world, tmp_path, capsys, read_back):
    from app.cli import main

    store, _ = world
    db = str(store.path)
    out = tmp_path / "q4.pdf"
    assert main(["--db", db, "report", "monthly", "--unit", "CAT-BT", "--quarter", "2026-Q4", "--out", str(out)]) == 0
    flat = read_back(lambda buf: buf.write(out.read_bytes())).flat
    assert "quý IV năm 2026" in flat and "(Từ ngày 15/09/2026 đến ngày 14/12/2026)" in flat
    capsys.readouterr()
    assert main(["--db", db, "report", "monthly", "--unit", "CAT-BT", "--quarter", "2026-Q5", "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "Kỳ báo cáo “2026-Q5” không hợp lệ (viết như 2026-Q4)."
    assert main(["--db", db, "report", "summary", "--unit", "CAT-BT", "--from", "2026-01-01", "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Báo cáo tổng hợp cần kỳ báo cáo: --year 2026") and "\n" not in err
    assert main(["--db", db, "settings", "cutoff", "calendar"]) == 0
    try:
        assert main(["--db", db, "--json", "settings", "cutoff"]) == 0
        assert '"cutoff": "calendar"' in capsys.readouterr().out
        assert main(["--db", db, "report", "summary", "--unit", "CAT-BT", "--year", "2025", "--out", str(out)]) == 0
        flat = read_back(lambda buf: buf.write(out.read_bytes())).flat
        assert "(Từ ngày 01/01/2025 đến ngày 31/12/2025)" in flat
        assert "72 khẩu súng các loại, 500 vũ khí thô sơ, 500 quả pháo và 2 kg pháo" in flat  # Tân Thành, 05/05/2025
    finally:
        assert main(["--db", db, "settings", "cutoff", "decree09"]) == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_appendix_lists_many_units_a_page_each_on_one_line(summary_of, read_back, lang):
    """Every item of the catalogue received (15 columns), 60 units: each unit's row on one line, and many a page
    (before issue 19: 12 a page in Vietnamese, 6 in English, names wrapped over three lines)."""
    from app.reports.reference import shipped_catalogue
    from app.reports.summary import build_summary_pdf

    every_item = {code: 10 for code in shipped_catalogue().items}
    back = read_back(lambda buf: build_summary_pdf(summary_of(60, totals=every_item), buf, lang))
    wide = [t for t, (w, h) in zip(back.texts, back.sizes) if w > h]
    rows = [[line for line in t.splitlines() if re.match(r"^\d+ Công an .*[-\d]$", line)] for t in wide]
    assert sum(len(r) for r in rows) == 60  # name and figures on one line: no name wrapped
    assert min(len(r) for r in rows[:-1]) >= 18


def test_the_summary_says_where_reported_figures_differ_from_the_records(pdf):
    flat = pdf("summary", unit="CAT-BT", period=("year", "2026")).flat
    # Hàm Tiến entered 7 models active for November; with Mũi Né's 2 and Tân Thành's 1 from their records: 10;
    # the records hold 3 + 2 + 1 = 6 on 14/12/2026
    assert re.search(r"Mô hình đang hoạt động mô hình 10", flat)
    assert "(mô hình đang hoạt động: báo cáo 10, theo sổ theo dõi 6)" in flat
    assert "Ghi chú" not in pdf("summary", unit="CAT-BT", period=("year", "2025")).flat


@pytest.mark.parametrize("parent, unit", [
    ("Bộ Chỉ huy BĐBP tỉnh Lạng Sơn", "Đồn Biên phòng Chi Ma"),
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị"),
    ("Công an Thành phố Hồ Chí Minh", "Công an phường Bến Thành"),
])
def test_a_header_never_splits_a_place_name(read_back, parent, unit):
    from app.reports.layout import DocumentHeader, build_document, para

    from app.reports.layout import MARGIN_LEFT, _LEFT_COL

    header = DocumentHeader(parent_body=parent, unit_name=unit, number="/BC-ĐBP", title="Báo cáo", subject="Thử")
    back = read_back(lambda buf: build_document(buf, header, [para("Nội dung.")]))
    left: dict[int, list] = {}
    for w in back.words[0]:  # the issuing body's column only (the motto stands beside it)
        if w["x1"] <= MARGIN_LEFT + _LEFT_COL and w["top"] < 120:
            left.setdefault(round(w["top"]), []).append(w)
    lines = [" ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"])) for _, ws in sorted(left.items())]
    text = " / ".join(lines)
    assert parent.upper().split()[-1] in text
    for name in ("LẠNG SƠN", "HỮU NGHỊ", "HỒ CHÍ MINH", "BẾN THÀNH", "CHI MA"):
        if name.split()[0] in text.split():
            assert name in text, text  # never "LẠNG / SƠN"
