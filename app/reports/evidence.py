"""Attached evidence in the reports (issue 16 item 5): the list of photos and signed scans a receipt or a
month's form carries, and the count of receipts with and without their signed copy per unit.

Plain data in, tables out, like the other report modules; the `*_for` functions read the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Sequence

from reportlab.platypus import Flowable

from app.domain import attachments
from app.domain.attachment_files import size_text
from app.reports.layout import markup, table_with_caption, tr
from app.reports.tables import Column, ReportTable
from app.store.db import Store


@dataclass(frozen=True)
class EvidenceLine:
    kind: str  # photo | signed | decision | id_card
    caption: str
    file_name: str
    size: int  # bytes
    record: str = ""  # which record, in a month's list: "Biên bản số 3, 10/11/2026"


@dataclass(frozen=True)
class SignedCount:
    unit_name: str
    receipts: int
    signed: int

    @property
    def unsigned(self) -> int:
        return self.receipts - self.signed


def evidence_table(lines: Sequence[EvidenceLine], lang: str = "vi", with_record: bool = False) -> ReportTable:
    cols = [Column(tr(lang, "TT", "No."), "int", min_width=12)]
    if with_record:
        cols.append(Column(tr(lang, "Thuộc hồ sơ", "Record"), weight=2))
    cols += [Column(tr(lang, "Loại", "Kind"), weight=1), Column(tr(lang, "Nội dung", "Caption"), weight=3),
             Column(tr(lang, "Tệp", "File"), weight=2), Column(tr(lang, "Dung lượng", "Size"), weight=1, center=True)]
    rows = []
    for i, line in enumerate(lines, 1):
        row = [i] + ([line.record] if with_record else [])
        rows.append(row + [attachments.kind_label(line.kind, lang), line.caption, line.file_name, size_text(line.size, lang)])
    return ReportTable(tr(lang, "Tài liệu, hình ảnh kèm theo", "Attached documents and photos"), cols, rows,
                       sheet_name=tr(lang, "Tai lieu kem theo", "Attachments"))


def evidence_flowables(lines: Sequence[EvidenceLine], lang: str = "vi", with_record: bool = False) -> list[Flowable]:
    if not lines:
        return []
    signed = sum(1 for line in lines if line.kind == "signed")
    out: list[Flowable] = [markup(tr(lang, f"Kèm theo {len(lines)} tài liệu, hình ảnh (trong đó {signed} bản ký):",
                                     f"{len(lines)} documents and photos attached ({signed} signed copies):"))]
    return out + table_with_caption(evidence_table(lines, lang, with_record), lang=lang)


def signed_table(counts: Sequence[SignedCount], lang: str = "vi") -> ReportTable:
    cols = [Column(tr(lang, "Đơn vị", "Unit"), weight=3), Column(tr(lang, "Số biên bản", "Receipts"), "int"),
            Column(tr(lang, "Đã có bản ký", "Signed copy attached"), "int"),
            Column(tr(lang, "Chưa có bản ký", "Without signed copy"), "int")]
    rows = [[c.unit_name, c.receipts, c.signed, c.unsigned] for c in counts]
    if len(counts) > 1:
        rows.append([tr(lang, "Tổng cộng", "Total"), sum(c.receipts for c in counts), sum(c.signed for c in counts),
                     sum(c.unsigned for c in counts)])
    return ReportTable(tr(lang, "Biên bản tiếp nhận đã có bản ký theo đơn vị", "Receipts with their signed copy, by unit"),
                       cols, rows, sheet_name=tr(lang, "Ban ky", "Signed"))


def signed_flowables(counts: Sequence[SignedCount], lang: str = "vi") -> list[Flowable]:
    total, signed = sum(c.receipts for c in counts), sum(c.signed for c in counts)
    if not total:
        return []
    out: list[Flowable] = [markup(tr(
        lang, f"Trong {total} biên bản tiếp nhận, {signed} biên bản đã có bản ký đính kèm, {total - signed} biên bản chưa có.",
        f"Of {total} receipts, {signed} have their signed copy attached and {total - signed} do not."))]
    return out + table_with_caption(signed_table(counts, lang), lang=lang)


# ---------------------------------------------------------------- from the store


def _line(att: dict, record: str = "") -> EvidenceLine:
    return EvidenceLine(att["kind"], att["caption"], att["file_name"], att["size"], record)


def evidence_for_receipt(store: Store, receipt_id: str) -> list[EvidenceLine]:
    return [_line(a) for a in attachments.list_attachments(store, receipt_id)]


def evidence_for_month(store: Store, unit_code: str, month: str, lang: str = "vi", first: str | None = None,
                       last: str | None = None) -> list[EvidenceLine]:
    """The attachments of the unit's month: its receipts and activities dated in it (between `first` and
    `last` when the month's reporting period is not the calendar month), and the month itself."""
    from app.domain.periods import period_doc_id

    first, last = first or f"{month}-01", last or f"{month}-31"
    out: list[EvidenceLine] = []
    for rid, number, day in store.conn.execute(
            "SELECT id, number, date FROM surrenders WHERE unit_code = ? AND date BETWEEN ? AND ? ORDER BY date, number",
            (unit_code, first, last)):
        label = tr(lang, f"Biên bản số {number}, {_day(day)}", f"Receipt No. {number}, {_day(day)}")
        out += [_line(a, label) for a in attachments.list_attachments(store, rid)]
    for aid, day, model in store.conn.execute(
            "SELECT a.id, a.date, m.name FROM activities a LEFT JOIN models m ON m.id = a.model_id"
            " WHERE a.unit_code = ? AND a.date BETWEEN ? AND ? ORDER BY a.date", (unit_code, first, last)):
        label = tr(lang, f"Hoạt động {model or ''}, {_day(day)}", f"Activity of {model or ''}, {_day(day)}")
        out += [_line(a, label) for a in attachments.list_attachments(store, aid)]
    label = tr(lang, "Báo cáo tháng", "Monthly report")
    out += [_line(a, label) for a in attachments.list_attachments(store, period_doc_id(unit_code, month))]
    return out


def _day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def signed_for_units(store: Store, units: Sequence[tuple[str, str]], owner: dict[str, str], date_from: str,
                     date_to: str) -> list[SignedCount]:
    """Per listed unit (code, name): its subtree's receipts in the range, and those with a signed copy.
    `owner` maps every unit of the subtree to the listed unit it counts under (queries.report_rows)."""
    receipts = dict.fromkeys((code for code, _ in units), 0)
    signed = dict.fromkeys(receipts, 0)
    for r in attachments.receipts_signed(store, list(owner), date_from, date_to):
        listed = owner.get(r["unit_code"])
        if listed in receipts:
            receipts[listed] += 1
            signed[listed] += r["signed"]
    return [SignedCount(name, receipts[code], signed[code]) for code, name in units]
