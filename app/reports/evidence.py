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
from app.reports.layout import markup, table_with_caption
from app.reports.tables import Column, ReportTable
from app.store.db import Store
from app.reports.wording import say


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
    cols = [Column(say('no', lang), "int", min_width=12)]
    if with_record:
        cols.append(Column(say('record', lang), weight=2))
    cols += [Column(say('kind', lang), weight=1), Column(say('caption', lang), weight=3),
             Column(say('file', lang), weight=2), Column(say('size', lang), weight=1, center=True)]
    rows = []
    for i, line in enumerate(lines, 1):
        row = [i] + ([line.record] if with_record else [])
        rows.append(row + [attachments.kind_label(line.kind, lang), line.caption, line.file_name, size_text(line.size, lang)])
    return ReportTable(say('attached_documents_and_photos', lang), cols, rows,
                       sheet_name=say('attachments', lang))


def evidence_flowables(lines: Sequence[EvidenceLine], lang: str = "vi", with_record: bool = False) -> list[Flowable]:
    if not lines:
        return []
    signed = sum(1 for line in lines if line.kind == "signed")
    out: list[Flowable] = [markup(say('n_lines_documents_and_photos_attached', lang, n_lines=len(lines), signed=signed))]
    return out + table_with_caption(evidence_table(lines, lang, with_record), lang=lang)


def signed_table(counts: Sequence[SignedCount], lang: str = "vi") -> ReportTable:
    cols = [Column(say('unit', lang), weight=3), Column(say('receipts', lang), "int"),
            Column(say('signed_copy_attached', lang), "int"),
            Column(say('without_signed_copy', lang), "int")]
    rows = [[c.unit_name, c.receipts, c.signed, c.unsigned] for c in counts]
    if len(counts) > 1:
        rows.append([say('total', lang), sum(c.receipts for c in counts), sum(c.signed for c in counts),
                     sum(c.unsigned for c in counts)])
    return ReportTable(say('receipts_with_their_signed_copy_by', lang),
                       cols, rows, sheet_name=say('signed', lang))


def signed_flowables(counts: Sequence[SignedCount], lang: str = "vi") -> list[Flowable]:
    total, signed = sum(c.receipts for c in counts), sum(c.signed for c in counts)
    if not total:
        return []
    out: list[Flowable] = [markup(say('of_total_receipts_signed_have_their', lang, total=total, signed=signed, total_minus_signed=total - signed))]
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
        label = say('receipt_no_number_day', lang, number=number, day=_day(day))
        out += [_line(a, label) for a in attachments.list_attachments(store, rid)]
    for aid, day, model in store.conn.execute(
            "SELECT a.id, a.date, m.name FROM activities a LEFT JOIN models m ON m.id = a.model_id"
            " WHERE a.unit_code = ? AND a.date BETWEEN ? AND ? ORDER BY a.date", (unit_code, first, last)):
        label = say('activity_of_model_day', lang, model=model or '', day=_day(day))
        out += [_line(a, label) for a in attachments.list_attachments(store, aid)]
    label = say('monthly_report', lang)
    out += [_line(a, label) for a in attachments.list_attachments(store, period_doc_id(unit_code, month))]
    return out


def _day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def signed_for_units(store: Store, units: Sequence[tuple[str, str]], owner: dict[str, str], date_from: str,
                     date_to: str) -> list[SignedCount]:
    """Per listed unit (code, name): its subtree's receipts in the range, and those with a signed copy.
    `owner` maps every unit of the subtree to the listed unit it counts under (queries.report_rows)."""
    counts = attachments.signed_totals(store, owner, date_from, date_to)
    receipts = {code: counts.get(code, (0, 0))[0] for code, _ in units}
    signed = {code: counts.get(code, (0, 0))[1] for code, _ in units}
    return [SignedCount(name, receipts[code], signed[code]) for code, name in units]
