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
    assert len(wb.sheetnames) == 2 and len(set(wb.sheetnames)) == 2
    assert all(len(n) <= 31 and "/" not in n and ":" not in n for n in wb.sheetnames)
    ws = wb[wb.sheetnames[0]]
    assert ws["A1"].value == "Kết quả tiếp nhận theo đơn vị" and ws["A1"].font.b
    assert [c.value for c in ws[2]] == ["TT", "Đơn vị", "Pháo nổ (kg)", "Tỷ lệ"]
    assert all(c.font.b for c in ws[2])
    assert ws["B3"].value == "Công an xã Đồng Đăng"
    assert ws["C3"].value == pytest.approx(8.1) and isinstance(ws["C3"].value, float)
    assert ws["C4"].value == 2028 and isinstance(ws["C4"].value, int)
    assert ws["C5"].value == pytest.approx(2036.1) and ws["B5"].font.b
    assert ws["D3"].number_format == "0%" and ws["C3"].number_format.startswith("#,##0")
    assert ws.freeze_panes == "A3"
    assert ws.column_dimensions["B"].width >= len("Đồn Biên phòng Hữu Nghị")


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
