"""The ratings register, the progress report of a plan and the ratings section of the summary, from a real
store: figures read back from the PDFs and the spreadsheets agree with the domain's own answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pdfplumber
import pytest
from hypothesis import given, strategies as st
from openpyxl import load_workbook

from app.cli import main
from app.domain import place_ratings as pr, plans, setup, units
from app.errors import AnttError
from app.formatting import parse_number
from app.reports import queries, review_queries
from app.reports.errors import ReportError
from app.reports.writer import write_report
from app.reports.plan_progress import build_plan_pdf
from app.reports.ratings_register import RatedPlace, RatingYear, build_ratings_pdf, share, share_text
from app.reports.summary import build_summary_pdf
from app.store.db import open_store

CRITERIA = pr.criteria()
AREAS_DD = ["Thôn Nà Pàn", "Thôn Pò Nhùng", "Thôn Nà Lầu", "Khối 1", "Khối 2", "Khối 3", "Khối 4"]
AREAS_TT = ["Thôn Bản Van", "Thôn Nà Kéo", "Thôn Còn Quyền", "Thôn Tân Yên", "Thôn Khòn Khuyên", "Thôn Pắc Mòng",
            "Thôn Nà Va"]
COMMUNES = [("CAX-DD", "Xã Đồng Đăng"), ("CAX-TT", "Xã Tân Thanh"), ("CAX-CL", "Xã Cao Lộc"),
            ("CAX-CL", "Phường Đông Kinh"), ("CAX-DD", "Xã Bảo Lâm"), ("CAX-TT", "Xã Thụy Hùng")]


def scores(total: float) -> dict[str, float]:
    """Scores per criterion in proportion to their maxima, adding up to ``total``."""
    return {c["code"]: c["max"] * total / 100 for c in CRITERIA}


def rate(s, unit, year, kind, place, total, recognised=False, no=None, date=None):
    pr.rate_place(s, unit, year, kind, place, scores(total), recognised, no, date)


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """Lạng Sơn: three communes; 2025 under the province's thresholds 85/70/50, 2024 under the default 90/75/50.

    2025: 14 residential areas (12 recognised), 6 communes (5 recognised), a school; none weak.
    2024: the same areas (10 recognised), one weak (Thôn Nà Kéo, 45 points).
    """
    s = open_store(tmp_path_factory.mktemp("reviews") / "province.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn")
    units.add_unit(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    units.add_unit(s, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    units.add_unit(s, "CAX-CL", "Công an xã Cao Lộc", "commune_police", "CAT-LS")
    pr.set_thresholds(s, "CAT-LS", 2025, 85, 70, 50)
    areas = [("CAX-DD", a) for a in AREAS_DD] + [("CAX-TT", a) for a in AREAS_TT]
    # 2025 totals: 3 of 86+ (excellent at 85), 9 between 70 and 84, 2 average; 12 recognised.
    totals_2025 = [96, 88, 86, 84, 82, 80, 78, 76, 74, 72, 71, 70, 60, 55]
    for i, ((unit, place), total) in enumerate(zip(areas, totals_2025)):
        ok = i < 12
        rate(s, unit, 2025, "residential_area", place, total, ok, f"{20 + i}/QĐ-UBND" if ok else None,
             "2025-12-15" if ok else None)
    totals_2024 = [92, 80, 79, 77, 76, 74, 72, 70, 66, 64, 62, 60, 58, 56]
    for i, ((unit, place), total) in enumerate(zip(areas, totals_2024)):
        ok = i < 10
        rate(s, unit, 2024, "residential_area", place, 45 if place == "Thôn Nà Kéo" else total, ok,
             f"{i + 1}/QĐ-UBND" if ok else None, "2024-12-10" if ok else None)
    for i, (unit, place) in enumerate(COMMUNES):
        ok = i < 5
        rate(s, unit, 2025, "commune", place, 80 - i, ok, "45/QĐ-UBND" if ok else None, "2025-12-20" if ok else None)
    rate(s, "CAX-DD", 2025, "school", "Trường THCS Đồng Đăng & Tân Thanh", 90, True, "7/QĐ-CAT", "2025-12-01")
    yield s
    s.close()


@pytest.fixture(scope="module")
def plan(province):
    """Plan 111/KH-CAT with three tasks for two communes, progress and two reviews."""
    s = province
    pid = plans.add_plan(s, "CAT-LS", "111/KH-CAT", "2025-07-04", "Xây dựng nền biên phòng toàn dân năm 2025",
                         "Chỉ thị số 01/CT-TTg")
    t1 = plans.add_task(s, pid, "Rà soát, kiện toàn tổ tự quản đường biên, mốc quốc giới", "2025-08-31",
                        ["CAX-DD", "CAX-TT"])
    t2 = plans.add_task(s, pid, "Tuyên truyền, vận động giao nộp vũ khí, vật liệu nổ", "2025-10-31",
                        ["CAX-DD", "CAX-TT"])
    t3 = plans.add_task(s, pid, "Tuần tra song phương với đồn biên phòng", "2026-03-31", ["CAX-DD", "CAX-TT"])
    plans.report_progress(s, t1, "CAX-DD", "done", "2025-08-20", "Kiện toàn 4 tổ tự quản",
                          {"số hộ": 120, "km đường biên": 12.5})
    plans.report_progress(s, t1, "CAX-TT", "in_progress", "2025-09-10", "Còn 2 tổ chưa kiện toàn")
    plans.report_progress(s, t2, "CAX-DD", "done", "2025-10-15", "", {"buổi tuyên truyền": 9})
    plans.report_progress(s, t3, "CAX-DD", "in_progress", "2025-11-20")
    plans.add_review(s, pid, "inspection", "2025-09-15", "Xã Tân Thanh chậm kiện toàn tổ tự quản.", "CAX-TT")
    plans.add_review(s, pid, "interim", "2025-12-20", "Sơ kết 6 tháng: 3/6 lượt nhiệm vụ hoàn thành.")
    return pid


def pdf_of(read_back, path):
    return read_back(lambda b: b.write(path.read_bytes()))


def cells(path) -> list[str]:
    """Every table cell of the PDF, its wrapped lines joined by spaces (text read row by row mixes cells)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                out += [" ".join(c.split()) for row in t for c in row if c]
    return out


# ---------------------------------------------------------------- the ratings register


def test_ratings_register_reads_back(province, tmp_path, read_back):
    out = write_report(province, "ratings", tmp_path / "r.pdf", unit="CAT-LS", year=2025,
                       issued_on=dt.date(2026, 1, 10))
    doc = pdf_of(read_back, out)
    flat = doc.flat
    assert "CÔNG AN TỈNH LẠNG SƠN" in doc.texts[0] and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.texts[0]
    assert "Lạng Sơn, ngày 10 tháng 01 năm 2026" in doc.texts[0] and "/BC-CAT" in doc.texts[0]
    assert "công nhận địa bàn đạt chuẩn “An toàn về an ninh, trật tự” năm 2025" in flat
    # 14 + 6 + 1 places; excellent at 85 in 2025: 96, 88, 86 and the school's 90; the communes (80..75) good.
    assert "Năm 2025 chấm điểm, xếp loại 21 địa bàn: 4 Xuất sắc (19%), 15 Khá (71,4%), 2 Trung bình (9,5%) và " \
           "0 Yếu (0%)" in flat
    assert ("Năm 2025 có 12/14 khu dân cư (85,7%) và 5/6 xã, phường, đặc khu (83,3%) đạt chuẩn “An toàn về an ninh, "
            "trật tự”; không có địa bàn xếp loại Yếu.") in flat
    assert "Xuất sắc từ 85 điểm, Khá từ 70 đến dưới 85 điểm" in flat
    assert "So với năm 2024:" in flat and "Yếu giảm 1" in flat
    assert "Năm 2025 không có địa bàn xếp loại Yếu, đạt chỉ tiêu của tỉnh." in flat
    assert "Biểu đồ 1. Số địa bàn theo xếp loại, năm 2024 - 2025" in flat
    # The appendix is landscape and lists every place once, with its decision.
    appendix = [i for i, (w, h) in enumerate(doc.sizes) if w > h]
    assert appendix and all(i > 0 for i in appendix)
    listed = " ".join(" ".join(doc.texts[i].split()) for i in appendix)
    for place in AREAS_DD + AREAS_TT + [p for _, p in COMMUNES]:
        assert place in listed, place
    table = cells(out)
    assert "Trường THCS Đồng Đăng & Tân Thanh" in table  # user text escaped for the PDF, printed as typed
    assert "20/QĐ-UBND" in table and "15/12/2025" in table and "TC6 (10)" in table and "Tổng điểm" in table
    assert "TC1: Công tác lãnh đạo, chỉ đạo, xây dựng kế hoạch (20 điểm)" in listed


def _first(ws) -> int:
    """The first data row of a sheet: the one below its frozen header."""
    return int(ws.freeze_panes[1:])


def test_register_classes_agree_with_the_domain(province, tmp_path):
    """The class counts printed (xlsx) are those of the domain's province view, year against year."""
    out = write_report(province, "ratings", tmp_path / "r.xlsx", unit="CAT-LS", year=2025)
    wb = load_workbook(out)
    reg, classes, recog = (wb[n] for n in wb.sheetnames)
    head = [c.value for c in reg[_first(reg) - 1]]
    assert reg["A1"].value == "Công an tỉnh Lạng Sơn"  # the sheet names who issued it, then the form's title
    assert reg["A2"].value == "Báo cáo kết quả chấm điểm, xếp loại năm 2025"
    assert head[:4] == ["TT", "Đơn vị", "Loại địa bàn", "Tên địa bàn"] and "Tổng điểm" in head
    rows = [[c.value for c in r] for r in reg.iter_rows(min_row=_first(reg))]
    assert len(rows) == 21
    total_col, class_col = head.index("Tổng điểm"), head.index("Xếp loại")
    by_place = {r[3]: r for r in rows}
    assert by_place["Thôn Nà Pàn"][total_col] == 96 and by_place["Thôn Nà Pàn"][class_col] == "Xuất sắc"
    assert by_place["Thôn Nà Lầu"][class_col] == "Xuất sắc"  # 86: excellent by the province's 2025 rule only
    for r in rows:  # every score column adds up to the total
        assert sum(r[4:total_col]) == pytest.approx(r[total_col])
    view = {v["year"]: v for v in pr.province_view(province, [2024, 2025], "CAT-LS")}
    got = {r[1].value: (r[2].value, r[4].value) for r in classes.iter_rows(min_row=_first(classes), max_row=_first(classes) + 3)}
    # the change on the year before is a signed number a sheet can add, shown +2 / -1 / 0
    for r in classes.iter_rows(min_row=_first(classes), max_row=_first(classes) + 3):
        assert type(r[6].value) is int and r[6].value == r[4].value - r[2].value
        assert r[6].number_format == "[$-42A]+#,##0;[$-42A]-#,##0;0"
    assert got == {label: (view[2024]["by_class"][c], view[2025]["by_class"][c])
                   for label, c in [("Xuất sắc", "excellent"), ("Khá", "good"), ("Trung bình", "average"),
                                    ("Yếu", "weak")]}
    areas = next(r for r in recog.iter_rows(min_row=_first(recog), values_only=True) if r[1] == "Khu dân cư")
    assert areas[2] == f"{view[2024]['residential_areas_recognised']}/14" and areas[4] == "12/14"
    assert areas[5] == pytest.approx(0.857)


def test_the_year_before_names_its_weak_place(province, tmp_path, read_back):
    out = write_report(province, "ratings", tmp_path / "r2024.pdf", unit="CAT-LS", year=2024)
    flat = pdf_of(read_back, out).flat
    assert "Năm 2023 chưa có số liệu chấm điểm để so sánh." in flat
    assert ("Năm 2024 còn 1 địa bàn xếp loại Yếu (chỉ tiêu của tỉnh là không có địa bàn Yếu): Thôn Nà Kéo "
            "(Công an xã Tân Thanh, 45 điểm).") in flat
    assert "So với năm" not in flat
    assert "Xuất sắc từ 90 điểm" in flat  # 2024 keeps the shipped thresholds


def test_ratings_of_one_unit_only(province, tmp_path):
    out = write_report(province, "ratings", tmp_path / "dd.csv", unit="CAX-DD", year=2025)
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    body = text.decode("utf-8-sig")
    assert "Thôn Nà Pàn" in body and "Thôn Bản Van" not in body and "Xã Tân Thanh" not in body


def test_ratings_in_english(province, tmp_path, read_back):
    out = write_report(province, "ratings", tmp_path / "en.pdf", unit="CAT-LS", year=2025, lang="en")
    flat = pdf_of(read_back, out).flat
    assert "In 2025, 12/14 residential areas (85.7%) and 5/6 communes (83.3%) were recognised" in flat
    assert "SOCIALIST REPUBLIC OF VIETNAM" in flat


def test_a_year_without_ratings_says_so(province, tmp_path, read_back):
    out = write_report(province, "ratings", tmp_path / "none.pdf", unit="CAT-LS", year=2021)
    flat = pdf_of(read_back, out).flat
    assert "Năm 2021 chưa có địa bàn nào được chấm điểm, xếp loại." in flat
    # the same sections as a year with ratings (issue 19), and no "0 địa bàn thuộc 0 đơn vị"
    assert "I. Kết quả xếp loại phong trào" in flat and "II. Địa bàn xếp loại Yếu" in flat
    assert "của 0 địa bàn" not in flat


def test_register_fits_the_page(province, tmp_path, read_back):
    """No character of the register runs past the right margin of its page (landscape appendix included)."""
    doc = pdf_of(read_back, write_report(province, "ratings", tmp_path / "fit.pdf", unit="CAT-LS", year=2025))
    for (w, _h), chars in zip(doc.sizes, doc.chars):
        assert chars and max(x1 for _, x1, *_ in chars) <= w - 14 * 72 / 25.4


# ---------------------------------------------------------------- the plan's progress


def test_plan_progress_reads_back(province, plan, tmp_path, read_back):
    today = dt.date(2026, 1, 10)
    out = write_report(province, "plan", tmp_path / "p.pdf", unit="CAT-LS", plan_id=plan, issued_on=today)
    doc = pdf_of(read_back, out)
    flat = doc.flat
    assert "Tiến độ thực hiện Kế hoạch số 111/KH-CAT ngày 04/07/2025 của Công an tỉnh Lạng Sơn" in flat
    assert "về xây dựng nền biên phòng toàn dân năm 2025 (triển khai Chỉ thị số 01/CT-TTg)" in flat
    late = plans.overdue_tasks(province, today)
    assert len(late) == 2  # Tân Thanh on tasks 1 and 2; Đồng Đăng on none (task 3 is due in March)
    assert ("kế hoạch có 3 nhiệm vụ giao cho 2 đơn vị (6 lượt giao); đã hoàn thành 2 lượt (33,3%), đang thực hiện 2, "
            "chưa thực hiện 2; 2 lượt quá hạn chưa hoàn thành.") in flat
    assert flat.count("QUÁ HẠN") == len(late)
    assert "nhiệm vụ “Rà soát, kiện toàn tổ tự quản đường biên, mốc quốc giới” (hạn 31/08/2025): Công an xã Tân " \
           "Thanh" in flat
    assert "km đường biên: 12,5; số hộ: 120; Kiện toàn 4 tổ tự quản" in cells(out)  # figures, then the note
    table = cells(out)
    assert "buổi tuyên truyền: 9" in table and table.count("Hoàn thành 1/2") == 2 and "Hoàn thành 0/2" in table
    assert table.count("QUÁ HẠN") == len(late)
    assert table.count("Chưa thực hiện") == 2 + 1  # two assignments, and the per-unit table's header
    assert "Xã Tân Thanh chậm kiện toàn tổ tự quản." in flat and "Sơ kết 6 tháng: 3/6 lượt" in flat
    assert "Toàn kế hoạch" in flat and "Biểu đồ 1. Tình hình thực hiện các nhiệm vụ" in flat


def test_plan_progress_per_unit_agrees_with_the_domain(province, plan, tmp_path):
    today = dt.date(2026, 1, 10)
    out = write_report(province, "plan", tmp_path / "p.xlsx", unit="CAT-LS", plan_id=plan, issued_on=today)
    wb = load_workbook(out)
    per_unit = wb[wb.sheetnames[1]]
    rows = {r[1]: r for r in per_unit.iter_rows(min_row=_first(per_unit), values_only=True)}
    theirs = plans.plan_progress(province, plan, today)["per_unit"]
    for code, name in (("CAX-DD", "Công an xã Đồng Đăng"), ("CAX-TT", "Công an xã Tân Thanh")):
        t = theirs[code]
        assert rows[name][2:5] == (t["tasks"], t["done"], t["in_progress"]) and rows[name][6] == t["overdue"]
    assert rows["Tổng cộng"][2:7] == (6, 2, 2, 2, 2) and rows["Tổng cộng"][7] == pytest.approx(0.333)
    reviews = list(wb[wb.sheetnames[2]].iter_rows(min_row=_first(wb[wb.sheetnames[2]]), values_only=True))
    assert [r[1] for r in reviews] == ["Kiểm tra", "Sơ kết"]


def test_overdue_is_judged_on_the_report_date(province, plan, tmp_path, read_back):
    out = write_report(province, "plan", tmp_path / "early.pdf", unit="CAT-LS", plan_id=plan,
                       issued_on=dt.date(2025, 8, 1))
    flat = pdf_of(read_back, out).flat
    assert "không có nhiệm vụ quá hạn." in flat and "QUÁ HẠN" not in flat


def test_plan_of_one_unit(province, plan, tmp_path, read_back):
    out = write_report(province, "plan", tmp_path / "tt.pdf", unit="CAX-TT", plan_id=plan,
                       issued_on=dt.date(2026, 1, 10))
    flat = pdf_of(read_back, out).flat
    assert "CÔNG AN XÃ TÂN THANH" in flat and "Đồng Đăng" not in flat
    assert "(3 lượt giao)" in flat and "phần việc của Công an xã Tân Thanh" in flat


def test_bad_requests_are_one_sentence_and_write_nothing(province, plan, tmp_path, capsys):
    with pytest.raises(AnttError):
        write_report(province, "plan", tmp_path / "x.pdf", unit="CAT-LS", plan_id="no-such-plan")
    with pytest.raises(ReportError, match="--year"):  # English text of the refusal
        write_report(province, "ratings", tmp_path / "x.pdf", unit="CAT-LS", year="20x5")
    with pytest.raises(ReportError, match="--plan"):
        write_report(province, "plan", tmp_path / "x.pdf", unit="CAT-LS")
    assert not list(tmp_path.iterdir())
    db = province.conn.execute("PRAGMA database_list").fetchone()[2]
    assert main(["--db", db, "report", "plan", "--plan", "no-such-plan", "--out", str(tmp_path / "x.pdf")]) != 0
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err and "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_plan_and_ratings_through_the_command_line(province, plan, tmp_path):
    db = province.conn.execute("PRAGMA database_list").fetchone()[2]
    assert main(["--db", db, "report", "ratings", "--year", "2025", "--out", str(tmp_path / "r.xlsx")]) == 0
    assert main(["--db", db, "report", "plan", "--plan", plan, "--unit", "CAX-DD", "--date", "2026-01-10",
                 "--out", str(tmp_path / "p.csv")]) == 0
    assert load_workbook(tmp_path / "r.xlsx").sheetnames[0].startswith("Danh sách 2025")
    assert "Công an xã Tân Thanh" not in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")


# ---------------------------------------------------------------- the summary's ratings section


def test_summary_carries_the_ratings_section(province, tmp_path, read_back):
    data = queries.summary_data(province, "CAT-LS", "2024-01-01", "2025-12-31")
    assert [y.year for y in data.ratings] == [2024, 2025]
    assert data.ratings[-1].by_class == {c: v for c, v in pr.province_view(province, [2025])[0]["by_class"].items()}
    out = write_report(province, "summary", tmp_path / "s.pdf", unit="CAT-LS", date_from="2024-01-01",
                       date_to="2025-12-31")
    flat = pdf_of(read_back, out).flat
    assert "IV. Chấm điểm, xếp loại phong trào và công nhận đạt chuẩn “An toàn về an ninh, trật tự”" in flat
    assert "Năm 2025 có 12/14 khu dân cư (85,7%) và 5/6 xã, phường, đặc khu (83,3%) đạt chuẩn" in flat
    assert "Số địa bàn theo xếp loại, năm 2024 - 2025" in flat and "Kết quả xếp loại phong trào theo năm" in flat
    xlsx = write_report(province, "summary", tmp_path / "s.xlsx", unit="CAT-LS", date_from="2024-01-01",
                        date_to="2025-12-31")
    assert "Xếp loại" in load_workbook(xlsx).sheetnames


def test_summary_without_ratings_keeps_its_section_and_says_so(summary, read_back):
    """Issue 19: the same sections at every level; a period without ratings says so under IV."""
    assert not summary.ratings
    flat = read_back(lambda b: build_summary_pdf(summary, b)).flat
    assert "IV. Chấm điểm" in flat and "Trong kỳ chưa có địa bàn nào được chấm điểm, xếp loại." in flat
    assert "Số địa bàn theo xếp loại" not in flat  # no ratings chart


def test_summary_of_one_year_with_ratings(province, tmp_path, read_back):
    out = write_report(province, "summary", tmp_path / "s25.pdf", unit="CAT-LS", date_from="2025-01-01",
                       date_to="2025-12-31")
    flat = pdf_of(read_back, out).flat
    assert "năm 2025" in flat and "So với năm" not in flat and "không có địa bàn xếp loại Yếu" in flat


# ---------------------------------------------------------------- rules in general


@given(st.integers(0, 10_000), st.integers(1, 10_000))
def test_share_prints_one_decimal_at_most_and_reads_back(part, whole):
    part = min(part, whole)
    txt = share_text(part, whole)
    assert txt.endswith("%") and not txt.endswith(",0%")
    value = parse_number(txt[:-1])
    assert abs(value - Decimal(part) * 100 / whole) <= Decimal("0.05")
    assert share(part, whole) * 100 == value


@given(st.lists(st.tuples(st.sampled_from(["excellent", "good", "average", "weak"]),
                          st.sampled_from(["residential_area", "commune", "school"]), st.booleans()), max_size=40))
def test_a_year_counts_every_place_once(places):
    rated = [RatedPlace("Công an xã A", kind, f"P{i}", {}, 50, klass, ok) for i, (klass, kind, ok) in enumerate(places)]
    y = RatingYear.of(2025, rated)
    assert y.total == len(places) == sum(y.rated.values())
    assert len(y.weak) == y.by_class["weak"]
    assert all(0 <= y.recognised[k] <= y.rated[k] for k in y.rated)
