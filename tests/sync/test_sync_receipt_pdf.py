"""The import receipt printed on the common form, read back from the PDF."""

from __future__ import annotations

import re

import orjson
import pytest
from pypdf import PdfReader

from app.cli import main
from app.errors import AnttError
from app.sync import enrolment, importer
from app.reports import sync_receipt as receipts
from tests.sync.conftest import record


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_receipt_pdf_carries_hash_sender_device_fingerprint_counts_officer_time(net, tmp_path):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=3)
    r = importer.apply_import(net.province, net.up("CAX-DD"), officer="Đại úy Hà Văn Minh")
    out = tmp_path / "bien-nhan.pdf"
    printed = receipts.write_receipt_pdf(net.province, out, r.import_id)
    text = pdf_text(out)
    flat = squeeze(text)
    assert "BIÊN NHẬN" in text and "CÔNG AN TỈNH LẠNG SƠN" in text
    assert r.file_sha256 in flat
    assert "CAX-DD" in text and post.device_id in text
    fingerprint = enrolment.device_keys(post).public.fingerprint
    assert printed["fingerprint"] == fingerprint and squeeze(fingerprint) in flat
    assert "Đại úy Hà Văn Minh" in text
    day, clock = r.imported_at[8:10] + "/" + r.imported_at[5:7] + "/" + r.imported_at[:4], r.imported_at[11:16]
    assert f"{clock} {day}" in text
    for label, key in (("Mới", "new"), ("Đã có từ trước", "already"), ("Đã lưu, chờ dữ liệu tham chiếu", "waiting")):
        assert re.search(rf"{label}\S*\s+{r.counts[key]}\b", text), label
    assert r.counts["new"] >= 6
    assert "không phiên bản nào bị bỏ" in " ".join(text.split())


def test_receipt_pdf_in_english_and_through_the_cli(net, tmp_path, capsys):
    post = net.posts["CAX-TL"]
    record(post, "CAX-TL", n=1)
    path = net.up("CAX-TL")
    db = str(net.province.path)
    assert main(["--db", db, "import", str(path)]) == 0
    printed = capsys.readouterr().out
    assert "BIÊN NHẬN NHẬP GÓI DỮ LIỆU" in printed and "Dấu vân tay máy gửi" in printed
    out = tmp_path / "receipt.pdf"
    assert main(["--db", db, "import", "--receipt", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "CAX-TL" in pdf_text(out)
    english = tmp_path / "receipt-en.pdf"
    receipts.write_receipt_pdf(net.province, english, lang="en")
    text = pdf_text(english)
    assert "RECEIPT" in text and "Every signed version of the bundle was kept" in text


def test_receipt_of_an_unknown_import_is_one_sentence(net, tmp_path):
    with pytest.raises(AnttError) as err:
        receipts.write_receipt_pdf(net.province, tmp_path / "x.pdf", 99)
    assert err.value.message("vi") == "Không có biên nhận nhập gói số 99."
    assert not (tmp_path / "x.pdf").exists()


def test_receipt_json_through_the_cli(net, capsys):
    record(net.posts["CAX-DD"], "CAX-DD", n=1)
    r = importer.apply_import(net.province, net.up("CAX-DD"))
    assert main(["--db", str(net.province.path), "--json", "import", "--receipt", str(r.import_id)]) == 0
    d = orjson.loads(capsys.readouterr().out)
    assert d["file_sha256"] == r.file_sha256 and d["counts"] == r.counts


def test_receipt_without_an_officer_says_so_with_a_dash(net, tmp_path):
    """A store set up on the command line has no officer: the receipt shows "—", not an empty "cán bộ nhập: ."."""
    record(net.posts["CAX-DD"], "CAX-DD", n=1)
    r = importer.apply_import(net.province, net.up("CAX-DD"), officer="")
    out = tmp_path / "bien-nhan.pdf"
    receipts.write_receipt_pdf(net.province, out, r.import_id)
    assert "cán bộ nhập: —" in " ".join(pdf_text(out).split())
    lines = receipts.receipt_lines(receipts.import_record(net.province, r.import_id))
    assert any(line.endswith("cán bộ: —") for line in lines)


def test_the_import_receipt_speaks_the_language_of_lang(net, tmp_path, capsys):
    """Issue 19: `antt --lang en import ...` printed its receipt, on screen and as a PDF, in Vietnamese."""
    from app.i18n import set_language

    record(net.posts["CAX-TL"], "CAX-TL", n=1)
    db = str(net.province.path)
    try:
        assert main(["--db", db, "--lang", "en", "import", str(net.up("CAX-TL"))]) == 0
        shown = capsys.readouterr().out
        out = tmp_path / "receipt-en.pdf"
        assert main(["--db", db, "--lang", "en", "import", "--receipt", "--out", str(out)]) == 0
        capsys.readouterr()
        assert main(["--db", db, "--lang", "en", "import", "--receipt"]) == 0
        again = capsys.readouterr().out
    finally:
        set_language("vi")
    assert "RECEIPT FOR IMPORTED BUNDLE" in shown and "BIÊN NHẬN" not in shown and "Sender:" in shown
    assert "RECEIPT FOR IMPORTED BUNDLE" in again and "Đơn vị gửi" not in again
    text = " ".join(pdf_text(out).split())
    assert "Every signed version of the bundle was kept" in text and "Biên nhận này" not in text
