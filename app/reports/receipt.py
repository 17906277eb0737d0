"""The surrender receipt (biên bản tiếp nhận), built from plain data and ready to sign by three people.

Vietnamese: "Biên bản tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo". The
person handing in, the receiving officer and a witness sign at the foot; items
found with no known owner say so ("không rõ chủ sở hữu") where the person would be.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any

from reportlab.platypus import Flowable, Spacer

from app.formatting import format_time, nfc
from app.reports.layout import (
    TEXT_WIDTH,
    DocumentHeader,
    Signature,
    build_document,
    markup,
    para,
    styles,
    table_flowable,
    text,
)
from app.reports.reference import Catalogue, shipped_catalogue
from app.reports.statement import items_statement
from app.reports.tables import Column, ReportTable
from app.i18n import Pairs
from app.reports.wording import say

# How the items came (voluntary, found, campaign): the message catalogue, context "receipt_method".
METHODS = Pairs("receipt_method")


@dataclass(frozen=True)
class Person:
    name: str
    birth_year: int | None = None
    id_number: str = ""
    address: str = ""
    role: str = ""  # for witnesses: "Trưởng thôn Nà Lầu"


@dataclass(frozen=True)
class ReceiptLine:
    item_code: str
    quantity: Decimal | int | float
    serial: str = ""  # marking / serial number
    condition: str = ""  # "còn sử dụng được", "hư hỏng"
    description: str = ""  # free words beside the catalogue name


@dataclass(frozen=True)
class Receipt:
    number: str  # "05/BB-CAX"
    received_at: dt.date  # a datetime when the time was recorded; a bare date prints a dotted line for it
    place: str  # where the record is made: "Trụ sở Công an xã Đồng Đăng"
    parent_body: str
    unit_name: str
    locality: str  # the place name of the date line: "Lạng Sơn"
    officer_name: str
    officer_rank: str = ""  # "Thượng úy"
    officer_position: str = ""  # "Cán bộ Công an xã"
    handed_by: Person | None = None  # None: found, owner unknown
    method: str = "voluntary"
    lines: Sequence[ReceiptLine] = ()
    witnesses: Sequence[Person] = ()
    note: str = ""
    copies: int = 2
    evidence: Sequence[Any] = ()  # issue 16: app/reports/evidence.EvidenceLine, listed when any


def receipt_table(r: Receipt, lang: str = "vi", catalogue: Catalogue | None = None) -> ReportTable:
    """The item lines as a table: no., item, marking/serial, unit, quantity, condition."""
    cat = catalogue or shipped_catalogue()
    cols = [
        Column(say('no', lang), "int", min_width=12),
        Column(say('item_2', lang), weight=3),
        Column(say('marking_serial', lang), weight=2),
        Column(say('unit_2', lang), weight=1, center=True),
        Column(say('quantity', lang), "decimal"),
        Column(say('condition', lang), weight=2),
    ]
    rows = []
    for i, line in enumerate(r.lines, 1):
        it = cat.item(line.item_code)
        name = it.name(lang)
        name = name[:1].upper() + name[1:]
        if line.description:
            name += f" ({line.description})"
        rows.append([i, name, line.serial, it.unit(lang), line.quantity, line.condition])
    return ReportTable(say('items_received', lang), cols, rows,
                       sheet_name=say('receipt_2', lang))


def receipt_totals(r: Receipt, lang: str = "vi", catalogue: Catalogue | None = None) -> str:
    """"2 quả lựu đạn và 300 quả pháo": a total per kind of thing in its own unit, never across kinds (a receipt
    is a legal record: grenades and firecrackers both counted in "quả" are not 302 of anything)."""
    per_item: dict[str, Decimal] = {}
    for line in r.lines:
        per_item[line.item_code] = per_item.get(line.item_code, Decimal(0)) + Decimal(str(line.quantity))
    return items_statement(per_item, lang, catalogue)


def _person_line(p: Person, lang: str) -> str:
    bits = [f"<b>{text(p.name)}</b>"]
    if p.birth_year:
        bits.append(say('born_birth_year', lang, birth_year=p.birth_year))
    if p.id_number:
        bits.append(say('id_number_id_number', lang, id_number=text(p.id_number)))
    if p.address:
        bits.append(say('address_address', lang, address=text(p.address)))
    if p.role:
        bits.append(text(p.role))
    return ", ".join(bits)


def receipt_body(r: Receipt, lang: str = "vi", catalogue: Catalogue | None = None) -> list[Flowable]:
    st = styles()
    t = r.received_at
    timed = isinstance(t, dt.datetime)
    at = format_time(t.time(), lang) if timed else say("blank_time", lang)  # filled in by hand when not recorded
    when = say("today_at_time_on_day_at_place", lang, at=at, day=f"{t.day:02d}/{t.month:02d}/{t.year}",
               place=text(r.place))
    out: list[Flowable] = [markup(when)]
    officer = " ".join(x for x in (r.officer_rank, r.officer_name) if x)
    out.append(markup(f"1. {say('for_the_receiving_unit', lang)}: "
                      f"<b>{text(officer)}</b>" + (f", {text(r.officer_position)}" if r.officer_position else "")
                      + f", {text(nfc(r.unit_name))}.", st.body))
    if r.handed_by is not None:
        out.append(markup(f"2. {say('handed_in_by', lang)}: {_person_line(r.handed_by, lang)}."))
    else:
        out.append(markup(f"2. {say('handed_in_by', lang)}: "
                          f"<i>{say('owner_unknown', lang)}</i>."))
    if r.witnesses:
        out.append(markup(f"3. {say('witnesses', lang)}:"))
        for w in r.witnesses:
            out.append(markup(f"- {_person_line(w, lang)}.", st.body))
    method_vi, method_en = METHODS.get(r.method) or (r.method, r.method)
    out.append(markup(say('record_the_receipt_of_weapons_explosives', lang, method=text(method_vi) if lang == "vi" else text(method_en))))
    table = receipt_table(r, lang, catalogue)
    out.append(table_flowable(table, TEXT_WIDTH, lang=lang))
    out.append(Spacer(1, 6))
    out.append(markup(say('in_total_receipt_totals', lang, receipt_totals=text(receipt_totals(r, lang, catalogue)))))
    if r.note:
        out.append(para(r.note))
    if r.evidence:
        from app.reports.evidence import evidence_flowables

        out += evidence_flowables(r.evidence, lang)
    out.append(markup(say("record_closes_copies_read_aloud", lang, copies=r.copies)))
    return out


def receipt_header(r: Receipt, lang: str = "vi") -> DocumentHeader:
    return DocumentHeader(
        parent_body=r.parent_body, unit_name=r.unit_name, number=r.number,
        title=say('record_2', lang),
        subject=say('receipt_of_weapons_explosives_support_tools', lang),
        place=r.locality, date=dt.date(r.received_at.year, r.received_at.month, r.received_at.day), lang=lang, doc_kind=say('record_2', lang),
        show_place_date=False)  # Decree 30 form 1.5: a record carries its time and place in the body


def receipt_signatures(r: Receipt, lang: str = "vi") -> list[Signature]:
    """Who signs: the person who handed the items over (none when the owner is unknown: nobody handed them
    over), every witness recorded (none recorded, no witness block), and the officer who made the record."""
    note = say('signature_full_name', lang)
    handed = [Signature(say('handed_in_by', lang), r.handed_by.name, note=note)] \
        if r.handed_by is not None else []
    return [
        *handed,
        *(Signature(say('witness', lang), w.name, note=note) for w in r.witnesses),
        Signature(say('receiving_officer', lang), r.officer_name, note=note),
    ]


def build_receipt_pdf(r: Receipt, out: str | IO[bytes] | Any, lang: str = "vi",
                      catalogue: Catalogue | None = None) -> None:
    if not r.lines:
        raise ValueError(say('the_receipt_has_no_items', lang))
    build_document(out, receipt_header(r, lang), receipt_body(r, lang, catalogue),
                   signatures=receipt_signatures(r, lang))
