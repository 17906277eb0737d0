"""The monthly report of one unit, from plain data.

Four parts: the models and what they did, the items received (by item, each
with its own unit: nothing of different units is added), the month's
indicators (cleared/occurred with its percentage), and notes. The same tables
go to .xlsx/.csv through :func:`monthly_tables`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any

from reportlab.platypus import Flowable

from app.formatting import Number, format_number, month_label, ratio, to_decimal
from app.i18n import ngettext
from app.reports.layout import Issuer, build_document, markup, para, styles, table_with_caption, text, tr
from app.reports.reference import Catalogue, Indicators, shipped_catalogue, shipped_indicators
from app.reports.statement import crime_sentence, items_statement
from app.reports.tables import Column, ReportTable

# Indicator pairs shown as part/whole with a percentage.
RATIOS = {"crime.cases_cleared": "crime.cases_occurred", "movement.tipoffs_valuable": "movement.tipoffs"}


@dataclass(frozen=True)
class ModelLine:
    """One community model as the month sees it."""

    name: str
    type_label: str = ""
    place: str = ""
    established: dt.date | None = None
    members: int | None = None
    active: bool = True
    activities: int = 0  # activities logged in the month
    participants: int = 0  # attendances over those activities


@dataclass(frozen=True)
class ActivityCount:
    kind_label: str  # "Họp, sinh hoạt", "Tuần tra", ...
    count: int
    participants: int = 0


@dataclass
class MonthlyReport:
    issuer: Issuer
    number: str  # "12/BC-CAX"
    issued_on: dt.date | None
    year: int
    month: int
    models: Sequence[ModelLine] = ()
    activities: Sequence[ActivityCount] = ()
    receipts: int = 0  # receipts made in the month
    items: Mapping[str, Number] = field(default_factory=dict)  # item code -> quantity (in its unit)
    indicators: Mapping[str, Number] = field(default_factory=dict)  # indicator code -> value
    notes: Sequence[str] = ()


def _subject(r: MonthlyReport, lang: str) -> str:
    return tr(lang, f"Kết quả công tác bảo đảm an ninh, trật tự {month_label(r.year, r.month, 'vi')}",
              f"Security and order work, {month_label(r.year, r.month, 'en')}")


def models_table(r: MonthlyReport, lang: str = "vi") -> ReportTable:
    cols = [
        Column(tr(lang, "TT", "No."), "int", min_width=12),
        Column(tr(lang, "Tên mô hình", "Model"), weight=3),
        Column(tr(lang, "Loại", "Type"), weight=1.5),
        Column(tr(lang, "Địa bàn", "Place"), weight=1.5),
        Column(tr(lang, "Thành lập", "Established"), weight=0, center=True),
        Column(tr(lang, "Thành viên", "Members"), "int"),
        Column(tr(lang, "Hoạt động trong tháng", "Activities"), "int"),
        Column(tr(lang, "Lượt tham gia", "Attendance"), "int"),
    ]
    rows = [[i, m.name + ("" if m.active else tr(lang, " (đã thanh loại)", " (ended)")), m.type_label, m.place,
             m.established, m.members, m.activities, m.participants] for i, m in enumerate(r.models, 1)]
    total = [None, tr(lang, "Cộng", "Total"), None, None, None,
             sum(m.members or 0 for m in r.models), sum(m.activities for m in r.models),
             sum(m.participants for m in r.models)]
    return ReportTable(tr(lang, "Bảng 1. Mô hình tự phòng, tự quản và hoạt động trong tháng",
                          "Table 1. Community models and their activity in the month"),
                       cols, rows, total if rows else None, sheet_name=tr(lang, "Mô hình", "Models"))


def activities_table(r: MonthlyReport, lang: str = "vi") -> ReportTable:
    cols = [Column(tr(lang, "TT", "No."), "int", min_width=12),
            Column(tr(lang, "Hình thức hoạt động", "Activity"), weight=3),
            Column(tr(lang, "Số lần", "Count"), "int", min_width=50),
            Column(tr(lang, "Lượt người tham gia", "Attendance"), "int", min_width=60)]
    rows = [[i, a.kind_label, a.count, a.participants] for i, a in enumerate(r.activities, 1)]
    total = [None, tr(lang, "Cộng", "Total"), sum(a.count for a in r.activities),
             sum(a.participants for a in r.activities)]
    return ReportTable(tr(lang, "Bảng 2. Hoạt động của các mô hình theo hình thức",
                          "Table 2. Model activities by kind"), cols, rows, total if rows else None,
                       sheet_name=tr(lang, "Hoạt động", "Activities"))


def items_table(items: Mapping[str, Number], lang: str = "vi", catalogue: Catalogue | None = None,
                title: str | None = None) -> ReportTable:
    """Items received, one row per catalogue item with its unit; no total row, since units differ."""
    cat = catalogue or shipped_catalogue()
    cols = [Column(tr(lang, "TT", "No."), "int", min_width=12),
            Column(tr(lang, "Loại vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo", "Item"), weight=3),
            Column(tr(lang, "Đơn vị tính", "Unit"), weight=0.5, center=True),
            Column(tr(lang, "Số lượng", "Quantity"), "decimal", min_width=50)]
    rows = []
    for code, item in cat.items.items():  # catalogue order, not the order the data came in
        q = to_decimal(items.get(code, 0))
        if q:
            name = item.name(lang)
            rows.append([len(rows) + 1, name[:1].upper() + name[1:], item.unit(lang), q])
    unknown = set(items) - set(cat.items)
    if unknown:
        raise ValueError(f"Mã vật phẩm không có trong danh mục: {', '.join(sorted(unknown))}.")
    return ReportTable(title or tr(lang, "Bảng 3. Vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo tiếp nhận trong tháng",
                                   "Table 3. Weapons, explosives, support tools and firecrackers received"),
                       cols, rows, sheet_name=tr(lang, "Vật phẩm", "Items"))


def indicators_table(values: Mapping[str, Number], lang: str = "vi", indicators: Indicators | None = None,
                     title: str | None = None) -> ReportTable:
    """Indicators by group; ratio rows (cleared of occurred) carry their percentage."""
    ind = indicators or shipped_indicators()
    cols = [Column(tr(lang, "TT", "No."), "text", weight=0, center=True),
            Column(tr(lang, "Chỉ tiêu", "Indicator"), weight=4),
            Column(tr(lang, "Đơn vị tính", "Unit"), weight=0.6, center=True),
            Column(tr(lang, "Số liệu", "Value"), "decimal", min_width=45),
            Column(tr(lang, "Tỷ lệ", "Rate"), "percent", weight=0, min_width=35, decimals=0)]
    rows: list[list[Any]] = []
    bold: set[int] = set()
    roman = ("I", "II", "III", "IV", "V", "VI")
    groups = [g for g in ind.groups.values() if any(i.code in values for i in ind.in_group(g.code))]
    for gi, group in enumerate(groups or list(ind.groups.values())):
        # a group with no figure at all (border work in an inland commune) is left out
        bold.add(len(rows))
        rows.append([roman[gi % len(roman)], group.name(lang), None, None, None])
        for n, i in enumerate(ind.in_group(group.code), 1):
            v = values.get(i.code)
            rate = None
            if i.code in RATIOS and v is not None:
                rate = ratio(v, values.get(RATIOS[i.code], 0))
            rows.append([str(n), i.name(lang), i.unit(lang), None if v is None else to_decimal(v), rate])
    unknown = set(values) - set(ind.indicators)
    if unknown:
        raise ValueError(f"Chỉ tiêu không có trong danh mục: {', '.join(sorted(unknown))}.")
    return ReportTable(title or tr(lang, "Bảng 4. Các chỉ tiêu trong tháng", "Table 4. Indicators of the month"),
                       cols, rows, sheet_name=tr(lang, "Chỉ tiêu", "Indicators"), bold_rows=frozenset(bold))


def monthly_tables(r: MonthlyReport, lang: str = "vi", catalogue: Catalogue | None = None,
                   indicators: Indicators | None = None) -> list[ReportTable]:
    return [models_table(r, lang), activities_table(r, lang), items_table(r.items, lang, catalogue),
            indicators_table(r.indicators, lang, indicators)]


def monthly_body(r: MonthlyReport, lang: str = "vi", catalogue: Catalogue | None = None,
                 indicators: Indicators | None = None) -> list[Flowable]:
    st = styles()
    f = lambda v: format_number(v, lang)  # noqa: E731
    t_models, t_acts, t_items, t_ind = monthly_tables(r, lang, catalogue, indicators)
    active = [m for m in r.models if m.active]
    n_acts = sum(a.count for a in r.activities)
    n_people = sum(a.participants for a in r.activities)
    out: list[Flowable] = []
    out.append(markup(tr(lang, f"Thực hiện chế độ báo cáo định kỳ, {text(r.issuer.unit_name)} báo cáo kết quả công tác "
                               f"{month_label(r.year, r.month, 'vi')} như sau:",
                         f"{text(r.issuer.unit_name)} reports its work of {month_label(r.year, r.month, 'en')} as follows:")))

    out.append(para(tr(lang, "I. Xây dựng, duy trì hoạt động của các mô hình tự phòng, tự quản",
                       "I. Community self-defence and self-management models"), st.heading))
    out.append(markup(tr(lang,
        f"Trên địa bàn hiện có {f(len(active))} mô hình đang hoạt động. Trong tháng, các mô hình tổ chức "
        f"{f(n_acts)} lượt hoạt động với {f(n_people)} lượt người tham gia.",
        ngettext("{n} model is active.", "{n} models are active.", len(active), "en")
        + ngettext(" In the month it held", " In the month they held", len(active), "en")
        + ngettext(" {n} activity", " {n} activities", n_acts, "en")
        + ngettext(" with {n} attendance.", " with {n} attendances.", n_people, "en"))))
    if t_models.rows:
        out += table_with_caption(t_models, lang=lang)
    if t_acts.rows:
        out += table_with_caption(t_acts, lang=lang)

    out.append(para(tr(lang, "II. Vận động, tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo",
                       "II. Weapons, explosives, support tools and firecrackers handed in"), st.heading))
    statement = items_statement({c: v for c, v in r.items.items()}, lang, catalogue)
    if statement:
        out.append(markup(tr(lang, f"Trong tháng, tiếp nhận {f(r.receipts)} biên bản, gồm: {text(statement)}.",
                             ngettext("In the month, {n} receipt was made: ", "In the month, {n} receipts were made: ",
                                      r.receipts, "en") + f"{text(statement)}.")))
        out += table_with_caption(t_items, lang=lang)
    else:
        out.append(para(tr(lang, "Trong tháng không tiếp nhận vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo.",
                           "Nothing was handed in this month.")))

    out.append(para(tr(lang, "III. Tình hình, kết quả các chỉ tiêu", "III. Indicators"), st.heading))
    if any(code.startswith("crime.") for code in r.indicators):
        out.append(markup(text(_capital(crime_sentence(r.indicators, lang))) + "."))
    out += table_with_caption(t_ind, lang=lang)

    out.append(para(tr(lang, "IV. Nhận xét, đề xuất, kiến nghị", "IV. Remarks and proposals"), st.heading))
    for note in r.notes or [tr(lang, "Không có.", "None.")]:
        out.append(para(note))
    out.append(markup(tr(lang, f"Trên đây là báo cáo kết quả công tác {month_label(r.year, r.month, 'vi')} "
                               f"của {text(r.issuer.unit_name)}./.", "End of report./.")))
    return out


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def build_monthly_pdf(r: MonthlyReport, out: str | IO[bytes] | Any, lang: str = "vi",
                      catalogue: Catalogue | None = None, indicators: Indicators | None = None) -> None:
    if not 1 <= r.month <= 12:
        raise ValueError(tr(lang, f"Tháng không hợp lệ: {r.month}.", f"Invalid month: {r.month}."))
    header = r.issuer.header(r.number, r.issued_on, tr(lang, "Báo cáo", "Report"), _subject(r, lang), lang,
                             doc_kind=tr(lang, "Báo cáo", "Report"))
    build_document(out, header, monthly_body(r, lang, catalogue, indicators),
                   recipients=r.issuer.recipients, signatures=[r.issuer.signature])
