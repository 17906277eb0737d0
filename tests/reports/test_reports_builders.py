"""Receipt, monthly report and consolidated summary: the figures and sentences read back from the PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics.shapes import Drawing

from app.reports import statement
from app.reports.monthly import build_monthly_pdf, indicators_table, items_table
from app.reports.receipt import ReceiptLine, build_receipt_pdf
from app.reports.statement import Coverage, coverage_sentence, items_statement
from app.reports.summary import ItemTotal, build_summary_pdf, summary_body, summary_statement, summary_tables

DOMAIN_SENTENCE = ("185 khẩu súng các loại, 306 công cụ hỗ trợ, 2.028 vũ khí thô sơ, 124 viên đạn, "
                   "6 quả lựu đạn, 1.821 quả pháo và 8,1 kg pháo")


# ---------------------------------------------------------------- statement


def test_the_province_statement_of_domain_md():
    totals = {"gun.military": 20, "gun.air": 65, "gun.homemade": 100, "support_tool": 306,
              "weapon.primitive": 2028, "ammo.rounds": 124, "ordnance.grenade": 6,
              "firecracker.pcs": 1821, "firecracker.kg": Decimal("8.1")}
    assert items_statement(totals) == DOMAIN_SENTENCE
    assert items_statement(totals, "en") == ("185 guns of all kinds, 306 support tools, 2,028 primitive weapons, "
                                             "124 rounds of ammunition, 6 grenades, 1,821 firecrackers and "
                                             "8.1 kg of firecrackers")


def test_coverage_sentence():
    assert coverage_sentence(Coverage("xã", "communes", 12, 12)) == "100% xã có ít nhất một mô hình (12/12)"
    assert coverage_sentence(Coverage("xã", "communes", 2, 3), "en") == "67% of communes have at least one model (2/3)"


def test_a_phrase_mixing_units_is_refused(monkeypatch):
    bad = statement.Phrase(("gun.military", "gun.parts"), "guns")  # a phrase over two units of count
    monkeypatch.setattr(statement, "PHRASES", (bad,))
    with pytest.raises(ValueError, match="different units"):
        items_statement({"gun.military": 1, "gun.parts": 1})


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(st.sampled_from(["gun.military", "gun.air", "gun.parts", "firecracker.pcs", "firecracker.kg",
                                        "explosive.kg", "explosive.fuse_m"]), st.integers(1, 5000), min_size=1))
def test_statement_never_adds_across_units(totals):
    text = items_statement(totals)
    guns = totals.get("gun.military", 0) + totals.get("gun.air", 0)
    if guns:
        assert f"{guns:,}".replace(",", ".") + " khẩu súng các loại" in text
    if "firecracker.kg" in totals:
        assert f"{totals['firecracker.kg']:,}".replace(",", ".") + " kg pháo" in text
    if "firecracker.pcs" in totals:
        assert f"{totals['firecracker.pcs']:,}".replace(",", ".") + " quả pháo" in text
    if "gun.parts" in totals:
        assert f"{totals['gun.parts']:,}".replace(",", ".") + " linh kiện súng" in text


# ---------------------------------------------------------------- receipt


def test_receipt_reads_back(receipt, read_back):
    back = read_back(lambda buf: build_receipt_pdf(receipt, buf))
    flat = back.flat
    for s in ("CÔNG AN TỈNH LẠNG SƠN", "CÔNG AN XÃ ĐỒNG ĐĂNG", "Số: 05/BB-CAX", "BIÊN BẢN",
              "Tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo",
              "vào hồi 14 giờ 05 phút, ngày 05/02/2026", "Thượng úy Nguyễn Văn Hùng",
              "Hoàng Thị Mỹ, sinh năm 1968", "020168001234", "Lý Văn Sáng, Trưởng thôn Nà Lầu",
              "tự nguyện giao nộp", "Súng tự chế, súng kíp", "hoen gỉ", "K56",
              "Tổng cộng: 1 khẩu súng các loại, 3 vũ khí thô sơ, 12 viên đạn và 2,5 kg pháo.",
              "NGƯỜI GIAO NỘP", "NGƯỜI CHỨNG KIẾN", "NGƯỜI LẬP BIÊN BẢN", "(Ký, ghi rõ họ tên)"):
        assert s in flat, s
    assert "ngày 05 tháng 02 năm 2026" not in flat  # a record has its time in the body, no date line
    assert "Nơi nhận" not in flat
    # The three signature blocks stand side by side on one line.
    last = back.words[-1]
    heads = [w for w in last if w["text"] in ("GIAO", "CHỨNG", "LẬP")]
    assert len({round(w["top"]) for w in heads}) == 1 and len(heads) == 3


def test_receipt_owner_unknown(receipt, read_back):
    found = dataclasses.replace(receipt, handed_by=None, method="found")
    flat = read_back(lambda buf: build_receipt_pdf(found, buf)).flat
    assert "Người giao nộp: không rõ chủ sở hữu." in flat
    assert "Hoàng Thị Mỹ" not in flat


def test_receipt_refuses_bad_input(receipt, tmp_path):
    out = tmp_path / "r.pdf"
    with pytest.raises(ValueError, match="chưa có vật phẩm"):
        build_receipt_pdf(dataclasses.replace(receipt, lines=[]), out)
    with pytest.raises(ValueError, match="không có trong danh mục: gun.laser"):
        build_receipt_pdf(dataclasses.replace(receipt, lines=[ReceiptLine("gun.laser", 1)]), out)
    assert not out.exists()


# ---------------------------------------------------------------- monthly


def test_monthly_reads_back(monthly, read_back):
    back = read_back(lambda buf: build_monthly_pdf(monthly, buf))
    flat = back.flat
    for s in ("Số: 12/BC-CAX", "Lạng Sơn, ngày 05 tháng 02 năm 2026",
              "Kết quả công tác bảo đảm an ninh, trật tự tháng 01 năm 2026",
              "hiện có 3 mô hình đang hoạt động", "17 lượt hoạt động với 280 lượt người tham gia",
              "Camera an ninh thôn", "bản Pò Nhùng", "(đã thanh loại)",
              "tiếp nhận 7 biên bản, gồm: 3 khẩu súng các loại, 4 công cụ hỗ trợ, 11 vũ khí thô sơ, 24 viên đạn, "
              "150 quả pháo và 8,1 kg pháo.",
              "đã điều tra làm rõ 2.859/3.338 vụ (đạt 86%), bắt giữ 2.569 đối tượng; trong đó đánh bạc 1.186 vụ, "
              "7.596 đối tượng", "12,5", "78%", "Đề nghị Công an tỉnh hỗ trợ kinh phí",
              "KT. TRƯỞNG CÔNG AN XÃ", "Thiếu tá Hoàng Văn Đức", "Cộng 110 17 280"):
        assert s in flat, s
    # items with different units are listed apart and never totalled
    assert "Pháo nổ quả 150" in flat and "Pháo nổ kg 8,1" in flat
    assert "158,1" not in flat and "158" not in flat


def test_monthly_in_english(monthly, read_back):
    flat = read_back(lambda buf: build_monthly_pdf(monthly, buf, lang="en")).flat
    assert "2,859 of 3,338 cleared (86%)" in flat and "8.1 kg of firecrackers" in flat
    assert "SOCIALIST REPUBLIC OF VIETNAM" in flat and "January 2026" in flat


def test_monthly_prints_every_section_of_the_figures_grid_but_border_work_where_there_is_none(monthly):
    t = indicators_table(monthly.indicators)
    names = [r[1] for r in t.rows]
    assert "Nền biên phòng toàn dân" in names  # km_line is given
    assert "Biện pháp hành chính" in names  # issue 19: the grid has it, the form printed nothing
    t2 = indicators_table({"crime.cases_occurred": 4, "crime.cases_cleared": 3})
    assert [Decimal("0.75")] == [r[4] for r in t2.rows if r[4]]  # a number: the PDF prints 75%, a sheet 75,0%
    assert "Nền biên phòng toàn dân" not in [r[1] for r in t2.rows]


def test_monthly_refuses_unknown_codes(monthly):
    with pytest.raises(ValueError, match="gun.laser"):
        items_table({"gun.laser": 1})
    with pytest.raises(ValueError, match="crime.nonsense"):
        indicators_table({"crime.nonsense": 1})


def test_monthly_form_builds_the_same_twice(monthly, tmp_path):
    """Building is repeatable: a second build of the same month gives the same pages and text (its speed is
    measured by bench/bench_reports.py, not asserted here)."""
    from pypdf import PdfReader

    texts = []
    for name in ("a.pdf", "b.pdf"):
        build_monthly_pdf(monthly, tmp_path / name)
        texts.append([page.extract_text() for page in PdfReader(str(tmp_path / name)).pages])
    assert texts[0] == texts[1] and len(texts[0]) >= 1


# ---------------------------------------------------------------- summary


def test_summary_statement_reproduces_the_province_figures(summary):
    assert summary_statement(summary) == (
        "Từ ngày 01/01/2021 đến ngày 31/12/2025, các đơn vị đã vận động, thu hồi " + DOMAIN_SENTENCE + ".")


def test_summary_reads_back(summary, read_back):
    back = read_back(lambda buf: build_summary_pdf(summary, buf))
    flat = back.flat
    assert DOMAIN_SENTENCE in flat
    assert "100% xã có ít nhất một mô hình (3/3)" in flat
    assert "11 mô hình được công nhận cấp toàn quốc" in flat
    for s in ("Biểu đồ 1", "Biểu đồ 2", "Biểu đồ 3", "PHỤ LỤC",
              "(Kèm theo Báo cáo số 45/BC-CAT ngày 20/01/2026 của Công an xã Đồng Đăng)"):
        assert s in flat, s
    assert "2021 2022 2023 2024 2025 Cả kỳ" in flat
    # the indicator totals over five years with the cleared rate
    assert "3.015" in flat and "2.515" in flat and "83%" in flat
    # the appendix is landscape and ends with the grand total row
    assert back.sizes[-1][0] > back.sizes[-1][1]
    assert "Tổng cộng 185 124 6 2.028 306 1.821 8,1" in " ".join(back.texts[-1].split())


def _drawings(flowables):
    """Every chart drawing of a body, also those laid side by side in a grid (a Table of drawings)."""
    from reportlab.platypus import Table

    for f in flowables:
        if isinstance(f, Drawing):
            yield f
        elif isinstance(f, Table):
            yield from (c for row in f._cellvalues for c in row if isinstance(c, Drawing))


def test_summary_has_at_least_two_charts(summary):
    body, appendices = summary_body(summary)
    assert sum(1 for _ in _drawings(body)) >= 2


def test_summary_columns_per_year_sum_to_the_whole_period(summary):
    units, years, _ind = summary_tables(summary)
    for row in years.rows:
        assert sum(row[3:-1]) == row[-1]
    # units x categories: the total row is the sum of the unit rows, column by column
    for ci in range(2, len(units.columns)):
        assert sum(r[ci] for r in units.rows) == units.total_row[ci]


def test_summary_of_300_units_splits_with_repeated_headers(summary_of, read_back):
    s = summary_of(300)
    back = read_back(lambda buf: build_summary_pdf(s, buf))
    landscape = [i for i, (w, h) in enumerate(back.sizes) if w > h]
    assert len(landscape) >= 5
    for i in landscape:
        lines = back.texts[i].split("\n")
        head = [ln for ln in lines if ln.startswith("TT Đơn vị")]
        assert head, f"page {i + 1} lacks the header row"
    flat = back.flat
    for n in (1, 150, 299):
        assert f"Công an xã Số {n} (Đồng Đăng)" in flat
    assert "Công an phường Hoàng Văn Thụ 294" in flat
    # every unit row is printed once in the appendix: as many "(Đồng Đăng)" as the input has such units
    # (i % 7 != 0: 258), no fewer (a row lost at a page break) and no more (a row repeated on the next page);
    # the per-unit chart names its 15 largest units too, so only the appendix's landscape pages are counted
    expected = sum(1 for i in range(1, 301) if i % 7)
    assert sum(back.texts[i].count("(Đồng Đăng)") for i in landscape) == expected == 258
    for n in (7, 14, 294):  # the units named otherwise, once each too
        assert flat.count(f"Công an phường Hoàng Văn Thụ {n} ") + flat.endswith(f"Thụ {n}") == 1, n


def test_summary_refuses_unknown_units_and_bad_range(summary, tmp_path):
    with pytest.raises(ValueError, match="Z999"):
        build_summary_pdf(dataclasses.replace(summary, item_totals=[ItemTotal("Z999", 2021, "gun.air", 1)]),
                          tmp_path / "s.pdf")
    with pytest.raises(ValueError, match="trước ngày bắt đầu"):
        build_summary_pdf(dataclasses.replace(summary, end=dt.date(2020, 1, 1)), tmp_path / "s.pdf")


def test_single_year_summary_has_no_year_columns(summary_of, read_back):
    s = summary_of(4, [2025])
    _units, years, ind = summary_tables(s)
    assert [c.label for c in years.columns][3:] == ["2025"]
    assert "Số liệu" in [c.label for c in ind.columns]
    flat = read_back(lambda buf: build_summary_pdf(s, buf)).flat
    assert "Từ ngày 01/01/2025 đến ngày 31/12/2025" in flat
