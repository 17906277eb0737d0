"""The receipt of an imported bundle (biên nhận nhập gói dữ liệu), printed to be signed and filed.

Issue 4 §5: every import leaves a receipt (bundle hash, sender, counts, officer, time). The officer who
imported signs it; the printed hash lets anyone check later which file was taken in. Built from one row of
`app.sync.importer.list_imports` through the common form (`app.reports.layout`).
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

from reportlab.platypus import Flowable, Spacer

from app.domain.readable import documents_text
from app.formatting import format_date, format_number
from app.reports.layout import (
    TEXT_WIDTH, DocumentHeader, Issuer, Signature, build_document, markup, table_flowable, text, tr,
)
from app.reports.tables import Column, ReportTable

COUNT_LABELS = (
    ("new", "Mới", "New"),
    ("updated", "Cập nhật", "Updated"),
    ("conflicting", "Xung đột (chờ cán bộ xử lý)", "In conflict (for an officer to resolve)"),
    ("already", "Đã có từ trước", "Already here"),
    ("unreadable", "Đã lưu, chưa hiển thị được", "Kept, cannot be shown yet"),
    ("waiting", "Đã lưu, chờ dữ liệu tham chiếu", "Kept, waiting for a reference"),
)
MAX_UNREADABLE_ROWS = 200  # a receipt lists at most this many such rows; the count says how many there were


def _when(stamp: str) -> str:
    """'2026-03-01T08:05:00+0700' -> '08:05 01/03/2026' (the stored text as it is if it does not parse)."""
    try:
        t = dt.datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S")
    except (TypeError, ValueError):
        return str(stamp)
    return f"{t:%H:%M} {format_date(t.date())}"


def counts_table(receipt: dict, lang: str = "vi") -> ReportTable:
    counts = receipt["counts"]
    cols = [Column(tr(lang, "Phân loại", "Outcome"), weight=3), Column(tr(lang, "Số phiên bản", "Versions"), "int")]
    rows = [[tr(lang, vi, en), int(counts.get(key, 0))] for key, vi, en in COUNT_LABELS]
    return ReportTable(tr(lang, "Kết quả nhập", "What the import did"), cols, rows)


def unreadable_table(receipt: dict, lang: str = "vi") -> ReportTable:
    """Versions kept but not shown: this software cannot build their rows (issue 4: nothing is dropped)."""
    from app.sync.phrases import Phrase

    cols = [Column(tr(lang, "Phiên bản", "Version"), weight=2), Column(tr(lang, "Lý do", "Reason"), weight=3)]
    rows = [[r.get("vid", ""), Phrase(r.get("problem", "bad_value"), field=r.get("field", "")).text(lang)]
            for r in receipt.get("unreadable", [])[:MAX_UNREADABLE_ROWS]]
    return ReportTable(tr(lang, "Các phiên bản đã lưu nhưng chưa hiển thị được", "Versions kept but not shown yet"),
                       cols, rows)


def _grouped(digest: str) -> str:
    """A hex digest in groups of eight, so that it wraps and can be read aloud."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def import_receipt_body(receipt: dict, lang: str = "vi") -> list[Flowable]:
    r = receipt
    lines = [
        tr(lang, f"Tệp gói dữ liệu: <b>{text(r['file_name'])}</b>.", f"Bundle file: <b>{text(r['file_name'])}</b>."),
        tr(lang, "Mã băm của tệp (SHA-256):", "File hash (SHA-256):") + f"<br/><b>{_grouped(text(r['file_sha256']))}</b>",
        tr(lang, f"Đơn vị gửi: <b>{text(r['sender_unit'])}</b>, máy {text(r['sender_device'])}, "
                 f"gói số {r['bundle_seq']}.",
           f"Sender: <b>{text(r['sender_unit'])}</b>, device {text(r['sender_device'])}, bundle {r['bundle_seq']}."),
        tr(lang, f"Dấu vân tay của máy gửi: <b>{text(r.get('fingerprint') or '—')}</b>.",
           f"Fingerprint of the sending device: <b>{text(r.get('fingerprint') or '—')}</b>."),
        tr(lang, f"Thời gian ghi trên gói (theo đồng hồ máy gửi): {_when(r['claimed_at'])}.",
           f"Time claimed by the bundle (the sender's clock): {_when(r['claimed_at'])}."),
        tr(lang, f"Thời điểm nhập: {_when(r['imported_at'])}; cán bộ nhập: <b>{text(r['officer'] or '—')}</b>.",
           f"Imported at {_when(r['imported_at'])} by <b>{text(r['officer'] or '—')}</b>."),
    ]
    out: list[Flowable] = [markup(line) for line in lines]
    if r.get("undone"):
        out.append(markup(tr(lang, "<b>Lần nhập này đã được hoàn tác.</b>", "<b>This import has been undone.</b>")))
    if r.get("documents"):  # what an officer counts first; the versions below are the details
        out.append(markup(tr(lang, f"Hồ sơ nhận được: <b>{text(documents_text(r['documents'], 'vi'))}</b>.",
                             f"Documents received: <b>{text(documents_text(r['documents'], 'en'))}</b>.")))
    out.append(Spacer(1, 6))
    out.append(table_flowable(counts_table(r, lang), TEXT_WIDTH, lang=lang))
    unreadable = r.get("unreadable") or []
    if unreadable:
        out.append(Spacer(1, 6))
        out.append(table_flowable(unreadable_table(r, lang), TEXT_WIDTH, lang=lang))
        if len(unreadable) > MAX_UNREADABLE_ROWS:
            more = format_number(len(unreadable) - MAX_UNREADABLE_ROWS, lang)
            out.append(markup(tr(lang, f"(và {more} phiên bản khác)", f"(and {more} more)")))
    out.append(Spacer(1, 6))
    out.append(markup(tr(lang, "Mọi phiên bản có chữ ký hợp lệ trong gói đều đã được lưu; không phiên bản nào bị bỏ.",
                         "Every signed version of the bundle was kept; none was dropped.")))
    out.append(markup(tr(lang, "Biên nhận này do phần mềm lập khi nhập gói; cán bộ nhập ký xác nhận.",
                         "The software made this receipt when the bundle was imported; the officer signs it.")))
    return out


def build_import_receipt_pdf(receipt: dict, out: str | IO[bytes] | Any, issuer: Issuer, lang: str = "vi") -> None:
    """Write the receipt of one import (a row of `list_imports`) as a one-page form."""
    try:
        day = dt.date.fromisoformat(str(receipt["imported_at"])[:10])
    except ValueError:
        day = None
    header = DocumentHeader(
        parent_body=issuer.parent_body, unit_name=issuer.unit_name, number=f"{receipt.get('id', '')}/BN-ĐB",
        title=tr(lang, "Biên nhận", "Receipt"),
        subject=tr(lang, "Nhập gói dữ liệu đồng bộ", "Import of a synchronisation bundle"),
        place=issuer.locality, date=day, lang=lang, doc_kind=tr(lang, "Biên nhận", "Receipt"),
        issuer_name=issuer.unit_name,
    )
    signer = Signature(tr(lang, "Cán bộ nhập", "Importing officer"), str(receipt.get("officer") or ""),
                       note=tr(lang, "(Ký, ghi rõ họ tên)", "(Signature, full name)"))
    build_document(out, header, import_receipt_body(receipt, lang), recipients=issuer.recipients,
                   signatures=[signer])
