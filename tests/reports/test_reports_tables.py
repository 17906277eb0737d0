"""The same tables as .xlsx (numbers as numbers, bold header) and .csv (UTF-8 with BOM); --out decides."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.reports.errors import ReportError
from app.reports.monthly import monthly_tables
from app.reports.tables import Column, ReportTable, output_format, write_tables


def _table() -> ReportTable:
    return ReportTable(
        "Kết quả tiếp nhận theo đơn vị",
        [Column("TT", "int"), Column("Đơn vị"), Column("Pháo nổ\n(kg)", "decimal"), Column("Tỷ lệ", "percent")],
        [[1, "Công an xã Đồng Đăng", Decimal("8.1"), Decimal("0.86")], [2, "Đồn Biên phòng Hữu Nghị", 2028, 0.5]],
        total_row=[None, "Tổng cộng", Decimal("2036.1"), None],
        sheet_name="Theo đơn vị: 2021/2025",
    )


def test_xlsx_keeps_numbers_as_numbers(tmp_path):
    out = tmp_path / "t.xlsx"
    write_tables([_table(), _table()], out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Theo đơn vị 2021 2025", "Theo đơn vị 2021 2025 (2)"]  # diacritics kept; no : or /
    ws = wb[wb.sheetnames[0]]
    assert ws["A1"].value == "Kết quả tiếp nhận theo đơn vị" and ws["A1"].font.b
    assert [c.value for c in ws[2]] == ["TT", "Đơn vị", "Pháo nổ (kg)", "Tỷ lệ"]
    assert all(c.font.b for c in ws[2])
    assert ws["B3"].value == "Công an xã Đồng Đăng"
    assert ws["C3"].value == pytest.approx(8.1) and isinstance(ws["C3"].value, float)
    assert ws["C4"].value == 2028 and isinstance(ws["C4"].value, int)
    assert ws["C5"].value == pytest.approx(2036.1) and ws["B5"].font.b
    # 8,1 shows its decimal; 2.028 in a decimal column is a whole number and shows none ("2.028", not "2.028,0")
    assert ws["C3"].number_format == "[$-42A]#,##0.0##" and ws["C4"].number_format == "[$-42A]#,##0"
    assert ws["D3"].value == pytest.approx(0.86) and ws["D3"].number_format == "[$-42A]0.0%"
    assert ws.freeze_panes == "A3"
    assert ws.column_dimensions["B"].width >= len("Đồn Biên phòng Hữu Nghị")


def test_xlsx_a_provincial_office_can_use_as_is(tmp_path):
    """Issue 19 item 6, read back with openpyxl: types and formats cell by cell."""
    import datetime as dt

    table = ReportTable(
        "Bảng 1. Mô hình", [Column("TT", "int"), Column("Tên mô hình"), Column("Thành lập"),
                            Column("Súng (khẩu)", "decimal"), Column("Pháo (kg)", "decimal"),
                            Column("Điểm", "decimal", decimals=1), Column("Tỷ lệ", "percent", decimals=0)],
        [[1, "Tổ tự quản bản Pò Nhùng", dt.date(2019, 7, 1), 13, Decimal("3.6"), Decimal("96"), Decimal(2859) / 3338],
         [2, "Camera an ninh thôn Nà Lầu", dt.date(2022, 3, 15), 42, Decimal("2.5"), Decimal("85.5"), None]],
        total_row=[None, "Tổng cộng", None, 55, Decimal("6.1"), None, None],
        sheet_name="Kết quả tiếp nhận [theo] đơn vị: xã/phường*?",
    )
    out = tmp_path / "x.xlsx"
    write_tables([table], out, heading=["Công an tỉnh Bình Thuận", "Báo cáo tổng kết 5 năm"])
    wb = load_workbook(out)
    name = wb.sheetnames[0]
    assert name == "Kết quả tiếp nhận theo đơn vị x" and len(name) == 31
    ws = wb[name]
    # the issuing unit and the form's title first, then the table's title, then the frozen header
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == ["Công an tỉnh Bình Thuận", "Báo cáo tổng kết 5 năm",
                                                        "Bảng 1. Mô hình"]
    assert ws.cell(4, 2).value == "Tên mô hình" and ws.freeze_panes == "A5"
    guns, kg, day, score, rate = ws["D5"], ws["E5"], ws["C5"], ws["F5"], ws["G5"]
    assert guns.value == 13 and type(guns.value) is int and guns.number_format == "[$-42A]#,##0"  # 13, not 13,0
    assert kg.value == pytest.approx(3.6) and type(kg.value) is float and kg.number_format == "[$-42A]#,##0.0##"
    assert day.value == dt.datetime(2019, 7, 1) and day.number_format == "[$-42A]dd/mm/yyyy"
    assert score.value == 96 and score.number_format == "[$-42A]#,##0.0"  # a score column keeps its one decimal: 96,0
    assert rate.value == pytest.approx(0.8565, abs=1e-4) and rate.number_format == "[$-42A]0.0%"  # 85,7%, not "86%" text
    assert ws["G6"].value is None
    assert ws["D7"].value == 55 and ws["D7"].font.b and ws["E7"].value == pytest.approx(6.1)
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFG"}
    assert widths["B"] >= len("Camera an ninh thôn Nà Lầu") and widths["C"] >= len("01/07/2019")
    assert widths["B"] <= 60


def test_an_english_sheet_writes_numbers_the_english_way(tmp_path):
    table = ReportTable("t", [Column("Guns", "decimal"), Column("Rate", "percent")], [[Decimal("2028"), Decimal("0.5")]])
    out = tmp_path / "e.xlsx"
    write_tables([table], out, lang="en")
    ws = load_workbook(out).active
    assert ws["A3"].number_format == "[$-809]#,##0" and ws["B3"].number_format == "[$-809]0.0%"


def test_sheet_names_stay_unique_within_31_characters(tmp_path):
    long = "Kết quả chấm điểm, xếp loại phong trào Toàn dân bảo vệ an ninh Tổ quốc"
    tables = [ReportTable("t", [Column("a")], [["x"]], sheet_name=long) for _ in range(3)]
    out = tmp_path / "n.xlsx"
    write_tables(tables, out)
    names = load_workbook(out).sheetnames
    assert len(set(names)) == 3 and all(len(n) <= 31 for n in names)
    assert names[0] == long[:31] and names[1].endswith(" (2)") and names[2].endswith(" (3)")


def test_csv_is_utf8_with_bom(tmp_path):
    out = tmp_path / "t.csv"
    write_tables([_table()], out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
    assert rows[0] == ["TT", "Đơn vị", "Pháo nổ (kg)", "Tỷ lệ"]
    assert rows[1] == ["1", "Công an xã Đồng Đăng", "8.1", "0.86"]
    assert rows[3] == ["", "Tổng cộng", "2036.1", ""]


def test_several_tables_in_one_csv(tmp_path, monthly):
    out = tmp_path / "m.csv"
    tables = monthly_tables(monthly)
    write_tables(tables, out)
    text = out.read_bytes().decode("utf-8-sig")
    for t in tables:
        assert t.title in text
    assert "Pháo nổ,kg,8.1" in text


@pytest.mark.parametrize("name, fmt", [("a.PDF", ".pdf"), ("b.xlsx", ".xlsx"), ("c.csv", ".csv")])
def test_out_extension_decides(name, fmt):
    assert output_format(name) == fmt


def test_unknown_extension_is_one_clear_sentence(tmp_path):
    out = tmp_path / "t.txt"
    with pytest.raises(ReportError) as exc:
        write_tables([_table()], out)
    assert exc.value.message("vi") == "Không hỗ trợ định dạng “.txt”: hãy dùng .pdf, .xlsx hoặc .csv."
    assert not out.exists()


def test_a_sheet_prints_on_the_width_of_a_page_with_its_header_on_every_page(tmp_path):
    cols = [Column("TT", "int"), Column("Đơn vị")] + [Column(f"Lựu đạn, bom, mìn (quả) {i}", "decimal") for i in range(8)]
    out = tmp_path / "p.xlsx"
    write_tables([ReportTable("t", cols, [[1, "Công an xã Đồng Đăng"] + [1] * 8])], out, heading=["A", "B"])
    ws = load_workbook(out).active
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$4:$4"
    # "Lựu đạn, bom, mìn (quả) 0" wraps in its narrow column: the header row is as tall as its lines
    width = ws.column_dimensions["C"].width
    assert width < len("Lựu đạn, bom, mìn (quả) 0") and ws.row_dimensions[4].height >= 30
