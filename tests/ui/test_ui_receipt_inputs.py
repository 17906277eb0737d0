"""The receipt form and its printed form (issue 15 §3-4): no time stays no time (a dotted line to fill in by
hand), hints never look like values, the number is a register's (5338, not 5.338), and every witness signs."""

import io

import pdfplumber
import pytest

from app.domain import surrenders as sr
from app.errors import ValidationError
from app.reports.queries import receipt_report
from app.reports.receipt import build_receipt_pdf
from ui import dialogs
from ui.pages.receipt_form import ReceiptForm


def pdf_text(store, receipt_id) -> str:
    buf = io.BytesIO()
    build_receipt_pdf(receipt_report(store, receipt_id), buf)
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        return " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())


def record(shell, monkeypatch, qtbot, **typed):
    """Fill the real form as an officer types, press Save; returns the stored receipt."""
    page = shell.window.show_page("surrenders")

    def run(form):
        qtbot.keyClicks(form.person_name, "Hoang Van Son")
        form.lines[0].item.setCurrentIndex(form.lines[0].item.findData("gun.homemade"))
        qtbot.keyClicks(form.lines[0].quantity, "2")
        for name, text in typed.items():
            qtbot.keyClicks(getattr(form, name), text)
        form.accept()
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", run)
    return page, page.new_receipt()


def test_a_receipt_without_a_time_prints_a_dotted_line_not_midnight(shell, store, monkeypatch, qtbot):
    page, receipt = record(shell, monkeypatch, qtbot)
    assert sr.get_surrender(store, receipt.id).data["time"] == ""
    text = pdf_text(store, receipt.id)
    assert "vào hồi ...... giờ ...... phút, ngày" in text
    assert "00 giờ 00 phút" not in text


def test_a_typed_time_is_printed(shell, store, monkeypatch, qtbot):
    page, receipt = record(shell, monkeypatch, qtbot, time="8h30")
    assert sr.get_surrender(store, receipt.id).data["time"] == "08:30"
    assert "vào hồi 08 giờ 30 phút, ngày" in pdf_text(store, receipt.id)


def test_a_time_that_is_not_a_time_is_refused_and_nothing_saved(shell, store, monkeypatch, qtbot):
    page = shell.window.show_page("surrenders")
    form = ReceiptForm(shell.ctx, None, page)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.person_name, "Hoang Van Son")
    qtbot.keyClicks(form.lines[0].quantity, "1")
    qtbot.keyClicks(form.time, "25:10")
    form.accept()
    assert form.result() != form.DialogCode.Accepted
    assert form.message.text() == "Giờ “25:10” không phải một giờ có thật: gõ giờ:phút, ví dụ 14:05 (hoặc để trống)."
    assert store.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 0


def test_hints_do_not_look_like_values(shell, qtbot):
    form = ReceiptForm(shell.ctx, None, shell.window.show_page("surrenders"))
    qtbot.addWidget(form)
    assert form.time.text() == "" and form.time.placeholderText() == "giờ:phút, hoặc để trống"
    assert not any(ch.isdigit() for ch in form.time.placeholderText())
    assert form.number.text() == "" and not any(ch.isdigit() for ch in form.number.placeholderText())


def test_a_register_number_is_never_grouped_like_a_quantity(shell, store, monkeypatch, qtbot):
    page, receipt = record(shell, monkeypatch, qtbot, number="5338")
    assert sr.get_surrender(store, receipt.id).data["number"] == 5338
    column = [c.name for c in page.table_model.columns].index("number")
    assert page.table_model.data(page.table_model.index(0, column)) == "5338"
    form = ReceiptForm(shell.ctx, receipt.id, page)
    qtbot.addWidget(form)
    assert form.number.text() == "5338"
    text = pdf_text(store, receipt.id)
    assert "Số: 5338/BB-CAX" in text and "5.338" not in text


def test_every_witness_has_a_signature_block(shell, store, monkeypatch, qtbot):
    page, receipt = record(shell, monkeypatch, qtbot, witnesses="Lo Van Ba; Be Thi Tu; Vi Van Nam")
    text = pdf_text(store, receipt.id)
    assert text.count("NGƯỜI CHỨNG KIẾN") == 3
    for name in ("Lo Van Ba", "Be Thi Tu", "Vi Van Nam"):
        assert text.count(name) == 2  # named in the body and under its own signature block


def test_parse_time_by_hand():
    from app.domain.validation import parse_time

    assert parse_time("") == "" and parse_time(None) == ""
    assert parse_time("8:05") == "08:05" and parse_time("14h") == "14:00" and parse_time("8 giờ 30") == "08:30"
    for bad in ("24:00", "8:60", "tám giờ", "8.30.1"):
        with pytest.raises(ValidationError):
            parse_time(bad)


def test_a_date_that_is_not_a_date_stops_the_save_with_its_sentence(shell, store, qtbot):
    form = ReceiptForm(shell.ctx, None, shell.window.show_page("surrenders"))
    qtbot.addWidget(form)
    qtbot.keyClicks(form.person_name, "Hoang Van Son")
    qtbot.keyClicks(form.lines[0].quantity, "1")
    form.date.line.selectAll()
    qtbot.keyClicks(form.date.line, "31/02/2026")
    form.accept()
    assert form.result() != form.DialogCode.Accepted
    assert form.message.text() == "Ngày “31/02/2026” không phải một ngày có thật: gõ ngày/tháng/năm, ví dụ 10/05/2024."
    assert store.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 0
