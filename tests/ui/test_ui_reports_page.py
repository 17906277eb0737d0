"""The Báo cáo page, offscreen: a monthly report built on a worker, previewed, read back; saved as xlsx;
a build cancelled; printed to a PDF printer; a receipt printed from the Giao nộp page."""

import openpyxl
import pytest
from pypdf import PdfReader

from app.domain import surrenders as sr
from app.reports import layout
from app.reports.writer import write_report
from ui import dialogs
from ui.app import Shell, create_application
from ui.qt import QPdfDocument, QPrinter

UNIT_NAME = "Công an xã Đồng Đăng"


@pytest.fixture
def store(store):
    """The commune's store from the real first run, the officer signed in (tests/ui/conftest.py), with one
    receipt the officer recorded."""
    sr.add_surrender(store, unit_code="CAX-DD", date="2025-03-04", person_name="Hoàng Văn Sơn",
                     received_by="Nguyễn Văn An",
                     lines=[sr.Line("firecracker.kg", "8.1"), sr.Line("weapon.primitive", "3")])
    return store


@pytest.fixture
def page(qtbot, store):
    create_application()
    shell = Shell(store, "vi")
    qtbot.addWidget(shell.window)
    page = shell.window.show_page("reports")
    page.shell = shell
    yield page
    if page.task is not None:
        page.task.wait()


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def choose_monthly(page, month="2025-03"):
    page.select(page.kind, "monthly")
    page.select(page.unit, "CAX-DD")
    page.month.set_iso(month)


def test_build_a_monthly_report_and_preview_it(page, qtbot):
    choose_monthly(page)
    assert page.build_preview()
    assert not page.build_button.isEnabled()  # one build at a time
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    request, path = page.preview
    assert request.kind == "monthly" and request.month == "2025-03" and path.exists()
    text = pdf_text(path)
    assert UNIT_NAME.upper() in text or UNIT_NAME in text
    assert "tháng 3 năm 2025" in text.lower() or "03/2025" in text
    assert page.document.pageCount() == len(PdfReader(str(path)).pages) >= 1
    assert page.print_button.isEnabled() and page.build_button.isEnabled()


def test_a_six_month_review_and_a_year_from_the_page(page, qtbot, store):
    """Issue 19: the 6-month review (sơ kết) and the annual review (tổng kết) are printed from the app, with the
    dates of Decree 09/2019 in the heading."""
    choose_monthly(page, "2025-03")
    page.select(page.span, "half")
    assert page.request().period == ("half", "2025-H1") and page.request().month is None
    assert page.build_preview()
    qtbot.waitUntil(lambda: page.preview is not None and not page.busy, timeout=20000)
    text = " ".join(pdf_text(page.preview[1]).split())
    assert "6 tháng đầu năm 2025" in text and "(Từ ngày 15/12/2024 đến ngày 14/06/2025)" in text
    assert "8,1 kg pháo" in text  # the receipt of 04/03/2025 is inside
    page.select(page.kind, "summary")
    page.select(page.preset, "this_year")
    from app.domain.reporting_periods import report_year

    year = report_year(page.today, "decree09")  # from 15 December the reporting year is the next one
    assert page.request().period == ("year", str(year))
    assert page.date_from.iso() == f"{year - 1}-12-15" and page.date_to.iso() == f"{year}-12-14"


def test_save_as_xlsx_builds_the_tables(page, qtbot, tmp_path, monkeypatch):
    choose_monthly(page)
    target = tmp_path / "out" / "thang-3"
    target.parent.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(target) + ".xlsx")
    assert page.save_report()
    qtbot.waitUntil(lambda: (tmp_path / "out" / "thang-3.xlsx").exists() and not page.busy, timeout=20000)
    book = openpyxl.load_workbook(tmp_path / "out" / "thang-3.xlsx")
    cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert any("pháo" in c.lower() for c in cells)
    assert list((tmp_path / "out").iterdir()) == [tmp_path / "out" / "thang-3.xlsx"]  # no temporary left


def test_save_as_pdf_reuses_the_preview(page, qtbot, tmp_path, monkeypatch):
    choose_monthly(page)
    page.build_preview()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: str(tmp_path / "bc"))  # no extension: PDF
    assert page.save_report()
    assert not page.busy  # copied at once, nothing rebuilt
    assert UNIT_NAME in pdf_text(tmp_path / "bc.pdf") or UNIT_NAME.upper() in pdf_text(tmp_path / "bc.pdf")


def test_cancel_a_build_leaves_nothing(page, qtbot):
    choose_monthly(page)
    page.build_preview()
    page.cancel_build()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.task.outcome == "cancelled"
    assert page.preview is None and not page.print_button.isEnabled()
    assert list(__import__("pathlib").Path(page.scratch.name).iterdir()) == []
    assert "Đã hủy" in page.status.text()


def test_a_cancel_between_pages_stops_reportlab_and_removes_the_file(store, tmp_path):
    class Stop(Exception):
        pass

    pages = []

    def stop(n):
        pages.append(n)
        raise Stop()

    out = tmp_path / "reports"
    out.mkdir()
    with pytest.raises(Stop), layout.on_each_page(stop):
        write_report(store, "monthly", out / "m.pdf", unit="CAX-DD", month="2025-03")
    assert pages == [1] and list(out.iterdir()) == []


def test_a_missing_choice_is_one_sentence(page):
    page.select(page.kind, "plan")
    assert not page.build_preview()
    assert page.task is None and "kế hoạch" in page.status.text().lower()


def test_print_sends_every_page_to_the_printer(page, qtbot, tmp_path, monkeypatch):
    choose_monthly(page)
    page.build_preview()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialogs, "ask_printer", lambda parent: printer)
    sent = page.print_report()
    assert sent == page.document.pageCount() >= 1
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == sent


def test_print_receipt_from_the_surrenders_page(page, store, qtbot):
    window = page.shell.window
    surrenders = window.show_page("surrenders")
    surrenders.date_from.set_iso("2025-01-01")
    surrenders.view.selectRow(0)
    assert surrenders.print_receipt()
    assert window.current_key == "reports"
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20000)
    assert page.preview[0].kind == "receipt"
    text = pdf_text(page.preview[1])
    assert "Hoàng Văn Sơn" in text and "8,1" in text
    if surrenders.totals_task is not None:
        surrenders.totals_task.wait()
