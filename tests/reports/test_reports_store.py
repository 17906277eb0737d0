"""Reports from a real store: queries agree with the core's stats, and `antt report` writes every format."""

from __future__ import annotations

import csv
import io
import os
from decimal import Decimal
from unittest import mock

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.domain import demo, stats
from app.reports import queries
from app.reports.errors import ReportError
from app.reports.writer import write_report
from app.store.db import open_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("rep") / "demo.sqlite"
    assert main(["--db", str(path), "demo", "--units", "12", "--months", "14"]) == 0
    s = open_store(path)
    yield s
    s.close()


def _range(store):
    lo, hi = store.conn.execute("SELECT min(date), max(date) FROM surrender_items").fetchone()
    return lo, hi


def test_summary_totals_match_core_stats(store):
    lo, hi = _range(store)
    data = queries.summary_data(store, "CAT-LS", lo, hi)
    mine: dict[str, Decimal] = {}
    for items in data.row_items.values():
        for item, qty in items.items():
            mine[item] = mine.get(item, Decimal(0)) + qty
    theirs = {r["item_code"]: Decimal(str(r["quantity"])) for r in stats.stats(store, lo, hi, "CAT-LS", by="item")}
    assert mine.keys() == theirs.keys()
    for code in mine:
        assert mine[code] == pytest.approx(theirs[code], abs=Decimal("0.001")), code
    assert data.coverage and all(c.total >= c.with_model for c in data.coverage)
    assert {u.code for u in data.units} <= {r[0] for r in store.conn.execute("SELECT code FROM units")}


def test_monthly_matches_the_month_lines(store):
    unit, month = store.conn.execute(
        "SELECT unit_code, substr(date, 1, 7) FROM surrender_items GROUP BY 1, 2 ORDER BY count(*) DESC").fetchone()
    data = queries.monthly_data(store, unit, month)
    # Decree 09/2019 (the default cut-off): the month runs from the 15th of the month before to the 14th
    y, m = int(month[:4]), int(month[5:])
    first = f"{y - (m == 1):04d}-{(m - 2) % 12 + 1:02d}-15"
    last = f"{month}-14"
    n = store.conn.execute("SELECT count(*) FROM surrenders WHERE unit_code = ? AND date BETWEEN ? AND ?",
                           (unit, first, last)).fetchone()[0]
    assert data.receipts == n > 0
    got = {r["item_code"]: Decimal(str(r["quantity"])) for r in stats.stats(store, first, last, unit, by="item")}
    assert {k: float(v) for k, v in data.items.items()} == pytest.approx({k: float(v) for k, v in got.items()})


def test_every_report_in_every_format(store, tmp_path, read_back):
    lo, hi = _range(store)
    rid = store.conn.execute("SELECT id FROM surrenders LIMIT 1").fetchone()[0]
    unit = store.conn.execute("SELECT unit_code FROM surrenders WHERE id = ?", (rid,)).fetchone()[0]
    month = hi[:7]
    jobs = {"monthly": dict(unit=unit, month=month), "summary": dict(unit="CAT-LS", date_from=lo, date_to=hi),
            "receipt": dict(receipt_id=rid), "models": dict(unit="CAT-LS")}
    for kind, kw in jobs.items():
        for ext in (".pdf", ".xlsx", ".csv"):
            out = write_report(store, kind, tmp_path / f"{kind}{ext}", **kw)
            if ext == ".csv":  # a one-line receipt is a short file: check it has a header and a data row
                rows = [r for r in csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))) if any(r)]
                assert len(rows) >= 2, rows
            else:
                assert out.exists() and out.stat().st_size > 200
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in read_back(lambda b: b.write((tmp_path / f"{kind}.pdf").read_bytes())).text
        load_workbook(tmp_path / f"{kind}.xlsx")
        assert (tmp_path / f"{kind}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert not list(tmp_path.glob(".~*"))  # no temporary file left behind
    flat = read_back(lambda b: b.write((tmp_path / "summary.pdf").read_bytes())).flat
    assert "/BC-CAT" in flat and "khẩu súng các loại" in flat


def test_bad_requests_are_one_sentence_and_write_nothing(store, tmp_path):
    with pytest.raises(ReportError) as refused:
        write_report(store, "monthly", tmp_path / "m.docx", unit="CAT-LS", month="2025-01")
    assert refused.value.message("vi") == "Không hỗ trợ định dạng “.docx”: hãy dùng .pdf, .xlsx hoặc .csv."
    assert refused.value.message("en") == "The format “.docx” is not supported: use .pdf, .xlsx or .csv."
    with pytest.raises(ReportError) as refused:
        write_report(store, "receipt", tmp_path / "r.pdf")
    assert refused.value.message("vi").startswith("Cần mã biên bản")
    with pytest.raises(ReportError) as refused:
        write_report(store, "register", tmp_path / "r.pdf")
    assert "monthly, summary, receipt, models, ratings, plan" in refused.value.message("vi")
    assert list(tmp_path.iterdir()) == []


def test_report_refusal_on_the_command_line_is_in_the_chosen_language(store, tmp_path, capsys):
    db = store.conn.execute("PRAGMA database_list").fetchone()[2]
    out = str(tmp_path / "x.pdf")
    assert main(["--db", db, "report", "ratings", "--year", "20x5", "--out", out]) == 1
    assert "Sổ xếp loại cần năm" in capsys.readouterr().err
    assert main(["--db", db, "--lang", "en", "report", "ratings", "--year", "20x5", "--out", out]) == 1
    assert "The ratings register needs a year" in capsys.readouterr().err
    missing = tmp_path / "no-such-folder" / "m.pdf"
    assert main(["--db", db, "report", "monthly", "--unit", "CAT-LS", "--month", "2025-01", "--out", str(missing)]) == 1
    assert capsys.readouterr().err.strip() == f"Không có thư mục {missing.parent}; hãy chọn thư mục khác để lưu báo cáo."
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_refused_in_one_sentence_and_leaves_nothing(store, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            # root ignores permission bits: make the same refusal come from the operating system's own error
            with mock.patch("app.reports.writer.os.replace", side_effect=PermissionError(13, "Permission denied")):
                with pytest.raises(ReportError) as refused:
                    write_report(store, "monthly", folder / "m.pdf", unit="CAT-LS", month="2025-01")
        else:
            with pytest.raises(ReportError) as refused:
                write_report(store, "monthly", folder / "m.pdf", unit="CAT-LS", month="2025-01")
    finally:
        folder.chmod(0o755)
    assert refused.value.message("vi").startswith(f"Không ghi được vào {folder} (chỉ đọc")
    assert list(folder.iterdir()) == []


def test_cli_report_command(store, tmp_path, capsys):
    db = str(store.path)
    lo, hi = _range(store)
    out = tmp_path / "s.pdf"
    assert main(["--db", db, "report", "summary", "--unit", "CAT-LS", "--from", lo, "--to", hi, "--out", str(out),
                 "--number", "45/BC-CAT", "--signer", "Đại tá Nguyễn Văn An"]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert main(["--db", db, "report", "monthly", "--unit", "CAT-LS", "--month", "2025-13",
                 "--out", str(tmp_path / "m.pdf")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "2025-13" in err and "Traceback" not in err
    assert not (tmp_path / "m.pdf").exists()


def test_monthly_xlsx_rate_is_a_number_beside_its_figures(store, tmp_path):
    """Issue 19 item 6: the cleared/occurred rate is a number formatted as a percentage, computed here from SQL."""
    unit, month, occurred, cleared = store.conn.execute(
        "SELECT a.unit_code, a.month, a.value, b.value FROM monthly_figures a JOIN monthly_figures b"
        " ON b.unit_code = a.unit_code AND b.month = a.month AND b.indicator = 'crime.cases_cleared'"
        " WHERE a.indicator = 'crime.cases_occurred' AND a.value > 0 ORDER BY a.month DESC LIMIT 1").fetchone()
    out = write_report(store, "monthly", tmp_path / "m.xlsx", unit=unit, month=month)
    ws = load_workbook(out)["Chỉ tiêu"]
    first = int(ws.freeze_panes[1:])
    rows = {r[1]: r for r in ws.iter_rows(min_row=first, values_only=True)}
    cleared_row = rows["Số vụ đã điều tra làm rõ"]
    assert cleared_row[3] == cleared and isinstance(cleared_row[3], int)
    assert cleared_row[4] == pytest.approx(cleared / occurred)
    cell = next(c for row in ws.iter_rows(min_row=first) for c in row if c.value == cleared_row[4])
    assert cell.number_format == "[$-42A]0.0%"
    y, m = int(month[:4]), int(month[5:])  # Decree 09: from the 15th of the month before to the 14th
    span = f"từ ngày 15/{(m - 2) % 12 + 1:02d}/{y - (m == 1)} đến ngày 14/{m:02d}/{y}"
    assert ws["A2"].value == (f"Báo cáo kết quả công tác bảo đảm an ninh, trật tự tháng {month[5:]} năm {month[:4]}"
                              f" ({span})")
