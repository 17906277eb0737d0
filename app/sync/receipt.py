"""The receipt of one import, as text lines (CLI, GUI) and as a printable PDF on the common form.

Every import leaves a row in `sync_imports` (issue 4 §5): bundle hash, sender unit and device,
counts, officer and time. The sender's fingerprint is the one of its enrolment (the key that
verified the bundle's signature). Plain functions: the GUI calls `write_receipt_pdf` too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any

import orjson
from reportlab.platypus import Spacer

from app.errors import AnttError
from app.formatting import format_number
from app.reports.layout import DocumentHeader, Signature, build_document, markup, para, table_flowable, text, tr
from app.reports.tables import Column, ReportTable
from app.store.db import Store
from app.sync.phrases import Phrase

COUNT_LABELS: dict[str, tuple[str, str]] = {
    "new": ("Mới", "New"),
    "updated": ("Cập nhật", "Updated"),
    "conflicting": ("Xung đột (giữ cả hai bản, chờ cán bộ chọn)", "Conflicting (both kept, for an officer to resolve)"),
    "already": ("Đã có từ trước", "Already here"),
    "unreadable": ("Đã lưu, chưa hiển thị được", "Kept, cannot be shown yet"),
    "waiting": ("Đã lưu, chờ dữ liệu tham chiếu", "Kept, waiting for a reference"),
}


def ref_text(ref: str, lang: str = "vi") -> str:
    """'unit:CAX-01' -> 'đơn vị CAX-01'; 'item:gun.air' -> 'hiện vật gun.air'."""
    kind, _, code = ref.partition(":")
    word = {"unit": ("đơn vị", "unit"), "item": ("hiện vật", "item")}.get(kind, (kind, kind))
    return f"{tr(lang, *word)} {code}"


def unreadable_text(entry: dict, lang: str = "vi") -> str:
    """One kept-but-unreadable version: its id and why, in words."""
    try:
        why = Phrase(entry.get("problem", "bad_value"), field=entry.get("field", "")).text(lang)
    except KeyError:
        why = tr(lang, "dữ liệu không đọc được", "unreadable data")
    return f"{entry['vid']} ({entry.get('doc_type', '')}): {why}"


def import_record(store: Store, import_id: int | None = None) -> dict:
    """One receipt (the latest when `import_id` is None) with the sender's fingerprint."""
    sql = ("SELECT i.*, d.fingerprint FROM sync_imports i LEFT JOIN sync_devices d ON d.device_id = i.sender_device")
    row = store.conn.execute(sql + (" WHERE i.id = ?" if import_id is not None else " ORDER BY i.id DESC LIMIT 1"),
                             (() if import_id is None else (import_id,))).fetchone()
    if row is None:
        raise AnttError("sync_no_receipt", id=import_id if import_id is not None else "—")
    d = dict(row)
    d["counts"] = orjson.loads(d["counts"])
    d["unreadable"] = orjson.loads(d.pop("rejected"))
    d["fingerprint"] = d["fingerprint"] or ""
    return d


def _when(stamp: str) -> str:
    """'2026-03-05T14:07:09+0700' -> '05/03/2026 14:07:09' (the offset kept when there is one)."""
    try:
        t = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return stamp
    return t.strftime("%d/%m/%Y %H:%M:%S") + (f" (UTC{t.strftime('%z')[:3]}:{t.strftime('%z')[3:]})" if t.tzinfo else "")


def receipt_lines(r: dict, lang: str = "vi") -> list[str]:
    """The receipt as plain lines (the CLI prints these)."""
    c = r["counts"]
    lines = [
        tr(lang, f"BIÊN NHẬN NHẬP GÓI DỮ LIỆU {r['file_name']}", f"RECEIPT FOR IMPORTED BUNDLE {r['file_name']}"),
        tr(lang, "Mã băm tệp (SHA-256): ", "File hash (SHA-256): ") + r["file_sha256"],
        tr(lang, f"Đơn vị gửi: {r['sender_unit']} — máy {r['sender_device']}, gói số {r['bundle_seq']}",
           f"Sender: {r['sender_unit']} — device {r['sender_device']}, bundle {r['bundle_seq']}"),
    ]
    if r.get("fingerprint"):
        lines.append(tr(lang, "Dấu vân tay máy gửi: ", "Sender's fingerprint: ") + r["fingerprint"])
    lines.append(tr(lang, f"Thời điểm nhập: {_when(r['imported_at'])} — cán bộ: {r['officer']}",
                    f"Imported: {_when(r['imported_at'])} — officer: {r['officer']}"))
    lines.append("; ".join(f"{tr(lang, *COUNT_LABELS[k])}: {format_number(c.get(k, 0), lang)}" for k in COUNT_LABELS))
    if r.get("waiting_for"):
        lines.append(tr(lang, "Còn thiếu: ", "Missing: ") + ", ".join(ref_text(x, lang) for x in r["waiting_for"]))
    for entry in r.get("unreadable", [])[:20]:
        lines.append("  " + unreadable_text(entry, lang))
    return lines


def _counts_table(r: dict, lang: str) -> ReportTable:
    cols = [Column(tr(lang, "Phiên bản trong gói", "Versions in the bundle"), weight=4),
            Column(tr(lang, "Số lượng", "Number"), "int")]
    rows = [[tr(lang, *COUNT_LABELS[k]), r["counts"].get(k, 0)] for k in COUNT_LABELS]
    total = [tr(lang, "Cộng", "Total"), sum(r["counts"].get(k, 0) for k in COUNT_LABELS)]
    return ReportTable(tr(lang, "Kết quả nhập", "What the import did"), cols, rows, total_row=total)


def receipt_header(store: Store, r: dict, lang: str = "vi") -> DocumentHeader:
    from app.domain.units import find_unit

    home = find_unit(store, store.home_unit) if store.home_unit else None
    parent = find_unit(store, home.parent_code) if home and home.parent_code else None
    when = r["imported_at"][:10]
    try:
        date = dt.date.fromisoformat(when)
    except ValueError:
        date = None
    return DocumentHeader(
        parent_body=parent.name if parent else "", unit_name=home.name if home else "", number=f"{r['id']}/BN-DB",
        title=tr(lang, "Biên nhận", "Receipt"),
        subject=tr(lang, "Nhập gói dữ liệu đồng bộ từ đơn vị ", "Import of a data bundle from ") + r["sender_unit"],
        place=(home.place if home else "") or (parent.place if parent else ""), date=date, lang=lang,
        doc_kind=tr(lang, "Biên nhận", "Receipt"), issuer_name=home.name if home else "")


def _grouped(digest: str) -> str:
    """A hex digest in groups of eight, so that it wraps and can be read aloud."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def receipt_body(r: dict, lang: str = "vi") -> list:
    facts = [
        (tr(lang, "Tệp", "File"), text(r["file_name"])),
        (tr(lang, "Mã băm tệp (SHA-256)", "File hash (SHA-256)"), "<br/>" + _grouped(r["file_sha256"])),
        (tr(lang, "Đơn vị gửi", "Sending unit"), text(r["sender_unit"])),
        (tr(lang, "Máy gửi", "Sending device"), text(r["sender_device"])),
        (tr(lang, "Dấu vân tay máy gửi", "Sender's fingerprint"), text(r.get("fingerprint") or "—")),
        (tr(lang, "Gói số", "Bundle number"), f"{r['bundle_seq']}"),
        (tr(lang, "Thời điểm ghi trên gói", "Time claimed by the sender"), text(_when(r["claimed_at"]))),
        (tr(lang, "Thời điểm nhập", "Imported at"), text(_when(r["imported_at"]))),
        (tr(lang, "Cán bộ nhập", "Officer"), text(r["officer"] or "—")),
    ]
    out: list = [markup(f"{label}: <b>{value}</b>") for label, value in facts]
    out.append(Spacer(1, 6))
    out.append(table_flowable(_counts_table(r, lang), lang=lang))
    out.append(Spacer(1, 6))
    if r.get("unreadable"):
        out.append(para(tr(lang, "Các phiên bản đã lưu nhưng chưa hiển thị được:",
                           "Versions kept but not shown yet:")))
        out.extend(para("– " + unreadable_text(e, lang)) for e in r["unreadable"][:50])
    out.append(para(tr(lang, "Mọi phiên bản có chữ ký hợp lệ trong gói đều đã được lưu; không phiên bản nào bị bỏ.",
                       "Every signed version of the bundle was kept; none was dropped.")))
    return out


def write_receipt_pdf(store: Store, out: str | Path | IO[bytes] | Any, import_id: int | None = None,
                      lang: str = "vi") -> dict:
    """Print the receipt of import `import_id` (default: the latest) to `out`; returns the receipt."""
    r = import_record(store, import_id)
    signer = Signature(title=tr(lang, "Cán bộ nhập dữ liệu", "Officer who imported"), name=r["officer"],
                       note=tr(lang, "(Ký, ghi rõ họ tên)", "(Signature, full name)"))
    build_document(out, receipt_header(store, r, lang), receipt_body(r, lang), signatures=[signer])
    return r
