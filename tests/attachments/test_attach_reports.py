"""Issue 16 item 5: the receipt and the monthly form list the attached evidence; the summary counts receipts
with and without their signed copy per unit. Checked by reading the PDF's text back (pypdf)."""

import datetime as dt
import re

from pypdf import PdfReader

from app.domain import activities, attachments, community_models, units
from app.domain.surrenders import Line, add_surrender
from app.reports.writer import write_report

MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
DAY = f"{MONTH}-10"


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def receipt(store, unit="CAX-DD"):
    return add_surrender(store, unit_code=unit, date=DAY, lines=[Line("gun.homemade", 1)],
                         person_name="Hoàng Văn Sơn").id


def test_the_receipt_and_the_month_list_their_evidence(store, files, tmp_path):
    rid = receipt(store)
    attachments.add_attachment(store, rid, files.write(tmp_path / "sung-kip.jpg", files.photo_bytes(800, 600)),
                               "photo", "Khẩu súng kíp tự chế")
    model = community_models.add_model(store, unit_code="CAX-DD", name="Tổ tự quản bản Nà Hin",
                                       type="village_security", established="2020-01-01")
    act = activities.add_activity(store, model.id, DAY, "meeting", 20)
    attachments.add_attachment(store, act, files.write(tmp_path / "bien-ban-hop.pdf", files.scan_pdf()),
                               "signed", "Biên bản họp dân")
    text = pdf_text(write_report(store, "receipt", tmp_path / "r.pdf", receipt_id=rid))
    assert "Kèm theo 1 tài liệu, hình ảnh (trong đó 0 bản ký)" in text
    assert "Khẩu súng kíp tự chế" in text and "sung-kip.jpg" in text
    text = pdf_text(write_report(store, "monthly", tmp_path / "m.pdf", unit="CAX-DD", month=MONTH))
    assert "Kèm theo 2 tài liệu, hình ảnh (trong đó 1 bản ký)" in text
    assert "Biên bản họp dân" in text and "Hoạt động Tổ tự quản bản Nà Hin" in text
    # a receipt without attachments prints no list
    other = receipt(store)
    assert "Kèm theo" not in pdf_text(write_report(store, "receipt", tmp_path / "o.pdf", receipt_id=other))


def test_the_summary_counts_signed_copies_per_unit(files, tmp_path):
    # the province's store holds two communes' receipts (a commune's laptop may not write its sibling's: issue 18)
    from app.domain import setup
    from app.store.db import open_store

    store = open_store(tmp_path / "tinh.sqlite")
    setup.initialise(store, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn",
                     officer="Nguyễn Văn An")
    units.add_unit(store, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    units.add_unit(store, "CAX-TL", "Công an xã Tân Lang", "commune_police", "CAT-LS")
    scan = files.write(tmp_path / "ky.pdf", files.scan_pdf())
    signed = [receipt(store) for _ in range(3)]
    receipt(store)
    receipt(store, "CAX-TL")
    for rid in signed[:2]:
        attachments.add_attachment(store, rid, scan, "signed")
    text = pdf_text(write_report(store, "summary", tmp_path / "p.pdf", unit="CAT-LS", date_from=f"{MONTH}-01",
                                 date_to=f"{MONTH}-28"))
    assert "Trong 5 biên bản tiếp nhận, 2 biên bản đã có bản ký đính kèm, 3 biên bản chưa có." in text
    assert "Công an xã Đồng Đăng 4 2 2" in text and "Công an xã Tân Lang 1 0 1" in text
    assert "Tổng cộng 5 2 3" in text
    store.close()
