"""The register of community models (sổ theo dõi mô hình) of a unit or of every unit below it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO, Any

from reportlab.platypus import Flowable

from app.formatting import format_date
from app.reports.layout import (
    LANDSCAPE_TEXT_WIDTH, Appendix, Issuer, build_document, markup, table_flowable, table_with_caption, text,
)
from app.reports.tables import Column, ReportTable
from app.reports.wording import say, say_n


@dataclass(frozen=True)
class RegisterEntry:
    unit_name: str
    name: str
    type_label: str
    place: str = ""
    established: dt.date | None = None
    leader: str = ""
    members: int | None = None
    households: int | None = None
    status_label: str = ""
    active: bool = True
    recognition: str = ""  # the level, or every decision: "cấp tỉnh, QĐ 123/QĐ-UBND ngày 15/06/2024"
    border_km: float | None = None
    markers: int | None = None
    ended_on: dt.date | None = None
    end_reason: str = ""


@dataclass
class ModelRegister:
    issuer: Issuer
    number: str
    issued_on: dt.date | None
    entries: Sequence[RegisterEntry]
    as_of: dt.date | None = None


# Columns a register prints only when some model has them (a commune has no border km; leaders may be unrecorded).
OPTIONAL = frozenset({6, 8, 9, 10, 11})  # leader, households, border km, markers, recognition


def register_table(r: ModelRegister, lang: str = "vi", printed: bool = False) -> ReportTable:
    """Every model, one row each. ``printed``: the landscape page's, without the optional columns that are empty
    in every row, so that names get the width (the spreadsheet keeps every column)."""
    cols = [Column(say('no', lang), "int", weight=0), Column(say('unit', lang), weight=1.5),
            Column(say('model', lang), weight=3), Column(say('type', lang), weight=2),
            Column(say('place', lang), weight=1.2),
            Column(say('established', lang), weight=0, center=True),
            Column(say('leader', lang), weight=1.2),
            Column(say('members', lang), "int"), Column(say('households', lang), "int"),
            Column(say('border_km', lang), "decimal"),
            Column(say('markers', lang), "int"),
            Column(say('recognised_decision', lang), weight=1.6),
            Column(say('status_2', lang), weight=1.2)]
    rows = []
    for i, e in enumerate(r.entries, 1):
        status = e.status_label
        if e.ended_on:
            status += f" {format_date(e.ended_on)}" + (f": {e.end_reason}" if e.end_reason else "")
        rows.append([i, e.unit_name, e.name, e.type_label, e.place, e.established, e.leader, e.members, e.households,
                     e.border_km, e.markers, e.recognition, status])
    if printed:
        keep = [i for i in range(len(cols)) if i not in OPTIONAL or any(row[i] not in (None, "") for row in rows)]
        cols, rows = [cols[i] for i in keep], [[row[i] for i in keep] for row in rows]
    return ReportTable(say('register_of_community_models', lang), cols, rows,
                       sheet_name=say('models', lang))


def types_table(r: ModelRegister, lang: str = "vi") -> ReportTable:
    total = Counter(e.type_label for e in r.entries)
    active = Counter(e.type_label for e in r.entries if e.active)
    cols = [Column(say('no', lang), "int", weight=0), Column(say('type_2', lang), weight=3),
            Column(say('total_4', lang), "int", min_width=45),
            Column(say('active', lang), "int", min_width=60)]
    rows = [[i, t, n, active.get(t, 0)] for i, (t, n) in enumerate(total.most_common(), 1)]
    return ReportTable(say('models_by_type', lang), cols, rows,
                       [None, say('total_2', lang), sum(total.values()), sum(active.values())],
                       sheet_name=say('by_type', lang))


def build_register_pdf(r: ModelRegister, out: str | IO[bytes] | Any, lang: str = "vi") -> None:
    as_of = r.as_of or r.issued_on or dt.date.today()
    n_active = sum(e.active for e in r.entries)
    units = len({e.unit_name for e in r.entries})
    where = say_n("at_n_units", units, lang) if units > 1 else ""  # a commune's own: no "1 đơn vị"
    body: list[Flowable] = [markup(say_n("as_of_unit_follows_n_models", len(r.entries), lang, date=format_date(as_of),
                                         unit_name=text(r.issuer.unit_name), where=where,
                                         active=say_n("n_models_active", n_active, lang)))]
    body += table_with_caption(types_table(r, lang), lang=lang)
    body.append(markup(say('the_full_register_is_appended_2', lang)))
    header = r.issuer.header(r.number, r.issued_on, say('register', lang),
                             say('community_security_models', lang),
                             lang, doc_kind=say('register', lang))
    appendix = Appendix(say('register_of_community_models', lang),
                        [table_flowable(register_table(r, lang, printed=True), LANDSCAPE_TEXT_WIDTH, lang=lang,
                                        balanced=True)])
    build_document(out, header, body, recipients=r.issuer.recipients, signatures=[r.issuer.signature],
                   appendices=[appendix])


def register_tables(r: ModelRegister, lang: str = "vi") -> list[ReportTable]:
    return [register_table(r, lang), types_table(r, lang)]
