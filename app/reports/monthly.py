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
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.domain.reporting_periods import ReportingPeriod, month_period
from app.formatting import Number, format_number, ratio, to_decimal
from app.reports.layout import Issuer, build_document, markup, para, styles, table_with_caption, text
from app.reports.reference import Catalogue, Indicators, shipped_catalogue, shipped_indicators
from app.reports.statement import crime_sentence, items_statement
from app.reports.tables import Column, ReportTable
from app.reports.wording import say, say_n

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


@dataclass(frozen=True)
class UnitLine:
    """A unit directly below the issuer, over its own subtree (the form of a level above)."""

    name: str
    models_active: int = 0
    models_new: int = 0
    activities: int = 0
    participants: int = 0
    receipts: int = 0


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
    recorded: Mapping[str, Number] = field(default_factory=dict)  # what the records give, beside ``indicators``
    period: ReportingPeriod | None = None  # None: the calendar month ``year``/``month``
    units: Sequence[UnitLine] = ()  # a level above: one line per unit below it (then ``models`` is empty)
    models_active: int | None = None  # active at the period's end over the scope (None: counted from ``models``)
    scope_kind: str = ""  # the issuer's kind of unit ("commune_police", "provincial_police", ...)

    @property
    def the_period(self) -> ReportingPeriod:
        return self.period or month_period(self.year, self.month, "calendar")

    def label(self, lang: str) -> str:
        return self.the_period.label(lang)

    @property
    def active_count(self) -> int:
        return self.models_active if self.models_active is not None else sum(m.active for m in self.models)

    def differs(self) -> dict[str, tuple[Number, Number]]:
        """Indicators whose reported figure is not what the records give: code -> (reported, recorded)."""
        return {code: (v, self.recorded[code]) for code, v in self.indicators.items()
                if code in self.recorded and to_decimal(v) != to_decimal(self.recorded[code])}
    evidence: Sequence[Any] = ()  # issue 16: app/reports/evidence.EvidenceLine of the month's records


def _subject(r: MonthlyReport, lang: str) -> str:
    return say('security_and_order_work_label', lang, label=r.label(lang))


def _in_period(r: MonthlyReport, lang: str) -> str:
    """"Trong tháng" / "Trong quý" / "Trong kỳ": how the body speaks of the period."""
    kind = r.the_period.kind
    return say(f"in_the_{kind}" if kind in ("month", "quarter", "year") else "in_the_period", lang)


def _numbered(title: str, n: int, lang: str) -> str:
    return f"{say('table', lang)} {n}. {title}"


def models_table(r: MonthlyReport, lang: str = "vi") -> ReportTable:
    cols = [
        Column(say('no', lang), "int", min_width=12),
        Column(say('model', lang), weight=3),
        Column(say('type', lang), weight=1.5),
        Column(say('place', lang), weight=1.5),
        Column(say('established', lang), weight=0, center=True),
        Column(say('members', lang), "int"),
        Column(say('activities', lang), "int"),
        Column(say('attendance', lang), "int"),
    ]
    rows = [[i, m.name + ("" if m.active else say('ended', lang)), m.type_label, m.place,
             m.established, m.members, m.activities, m.participants] for i, m in enumerate(r.models, 1)]
    total = [None, say('total_2', lang), None, None, None,
             sum(m.members or 0 for m in r.models), sum(m.activities for m in r.models),
             sum(m.participants for m in r.models)]
    return ReportTable(say('community_models_and_their_activity_in', lang),
                       cols, rows, total if rows else None, sheet_name=say('models', lang))


def activities_table(r: MonthlyReport, lang: str = "vi") -> ReportTable:
    cols = [Column(say('no', lang), "int", min_width=12),
            Column(say('activity', lang), weight=3),
            Column(say('count', lang), "int", min_width=50),
            Column(say('attendance_2', lang), "int", min_width=60)]
    rows = [[i, a.kind_label, a.count, a.participants] for i, a in enumerate(r.activities, 1)]
    total = [None, say('total_2', lang), sum(a.count for a in r.activities),
             sum(a.participants for a in r.activities)]
    return ReportTable(say('model_activities_by_kind', lang), cols, rows,
                       total if rows else None, sheet_name=say('activities_2', lang))


def items_table(items: Mapping[str, Number], lang: str = "vi", catalogue: Catalogue | None = None,
                title: str | None = None) -> ReportTable:
    """Items received, one row per catalogue item with its unit; no total row, since units differ."""
    cat = catalogue or shipped_catalogue()
    cols = [Column(say('no', lang), "int", min_width=12),
            Column(say('item', lang), weight=3),
            Column(say('unit_2', lang), weight=0.5, center=True),
            Column(say('quantity', lang), "decimal", min_width=50)]
    rows = []
    for code, item in cat.items.items():  # catalogue order, not the order the data came in
        q = to_decimal(items.get(code, 0))
        if q:
            name = item.name(lang)
            rows.append([len(rows) + 1, name[:1].upper() + name[1:], item.unit(lang), q])
    unknown = set(items) - set(cat.items)
    if unknown:
        raise ValueError(f"Mã vật phẩm không có trong danh mục: {', '.join(sorted(unknown))}.")
    return ReportTable(title or say('weapons_explosives_support_tools_and_firecrackers', lang),
                       cols, rows, sheet_name=say('items', lang))


def units_table(r: MonthlyReport, lang: str = "vi") -> ReportTable:
    """A level above: one line per unit below it, each over its own subtree."""
    cols = [Column(say('no', lang), "int", min_width=12), Column(say('unit', lang), weight=3, whole=True),
            Column(say('active_models', lang), "int"),
            Column(say('new_models', lang), "int"),
            Column(say('activities_3', lang), "int"),
            Column(say('attendance_2', lang), "int"),
            Column(say('receipts_2', lang), "int")]
    rows = [[i, u.name, u.models_active, u.models_new, u.activities, u.participants, u.receipts]
            for i, u in enumerate(r.units, 1)]
    total = [None, say('total_2', lang), *(sum(getattr(u, a) for u in r.units) for a in
                                               ("models_active", "models_new", "activities", "participants", "receipts"))]
    return ReportTable(say('models_and_activity_by_unit', lang), cols, rows,
                       total if rows else None, sheet_name=say('by_unit', lang))


# Groups every form prints even when nothing was entered in them: a blank row says "not reported",
# a missing group would hide that the section exists (border work is left out where there is none).
ALWAYS_GROUPS = ("crime", "admin", "movement")


def indicators_table(values: Mapping[str, Number], lang: str = "vi", indicators: Indicators | None = None,
                     title: str | None = None, recorded: Mapping[str, Number] | None = None) -> ReportTable:
    """Indicators by group; ratio rows (cleared of occurred) carry their percentage. With ``recorded`` given and
    different from a reported figure, a column shows what the records give and the row is marked (*)."""
    ind = indicators or shipped_indicators()
    recorded = recorded or {}
    differ = {c for c, v in values.items() if c in recorded and to_decimal(v) != to_decimal(recorded[c])}
    cols = [Column(say('no', lang), "text", weight=0, center=True),
            Column(say('indicator', lang), weight=4),
            Column(say('unit_2', lang), weight=0.6, center=True),
            Column(say('reported', lang) if differ else say('value', lang),
                   "decimal", min_width=45)]
    if differ:
        cols.append(Column(say('in_the_records', lang), "decimal", min_width=45))
    cols.append(Column(say('rate', lang), "percent", weight=0, min_width=35, decimals=0))
    rows: list[list[Any]] = []
    bold: set[int] = set()
    roman = ("I", "II", "III", "IV", "V", "VI")
    present = {c for c, v in values.items()} | {c for c, v in recorded.items() if v}
    groups = [g for g in ind.groups.values()
              if g.code in ALWAYS_GROUPS or any(i.code in present for i in ind.in_group(g.code))]
    for gi, group in enumerate(groups):
        bold.add(len(rows))
        rows.append([roman[gi % len(roman)], group.name(lang), None, None] + ([None] if differ else []) + [None])
        for n, i in enumerate(ind.in_group(group.code), 1):
            v = values.get(i.code)
            rate = None
            if i.code in RATIOS and v is not None:
                rate = ratio(v, values.get(RATIOS[i.code], 0))
            name = i.name(lang) + (" (*)" if i.code in differ else "")
            extra = [to_decimal(recorded[i.code]) if i.code in differ else None] if differ else []
            rows.append([str(n), name, i.unit(lang), None if v is None else to_decimal(v), *extra, rate])
    unknown = set(values) - set(ind.indicators)
    if unknown:
        raise ValueError(f"Chỉ tiêu không có trong danh mục: {', '.join(sorted(unknown))}.")
    return ReportTable(title or say('indicators_of_the_period', lang),
                       cols, rows, sheet_name=say('indicators', lang), bold_rows=frozenset(bold))


def monthly_tables(r: MonthlyReport, lang: str = "vi", catalogue: Catalogue | None = None,
                   indicators: Indicators | None = None) -> list[ReportTable]:
    """The tables the form prints, in order, numbered from 1 on this form (a spreadsheet gets the same)."""
    return [t for t in _printed_tables(r, lang, catalogue, indicators, numbered=True).values() if t is not None]


def _printed_tables(r: MonthlyReport, lang: str, catalogue: Catalogue | None,
                    indicators: Indicators | None, numbered: bool = False) -> dict[str, ReportTable | None]:
    """The form's tables by part; ``numbered``: their titles carry "Bảng n." (a spreadsheet's; the PDF form
    numbers its captions as it prints them, the evidence table after these)."""
    parts: dict[str, ReportTable | None] = {
        "units": units_table(r, lang) if r.units else None,
        "models": models_table(r, lang) if r.models else None,
        "activities": activities_table(r, lang) if r.activities else None,
        "items": items_table(r.items, lang, catalogue) if any(to_decimal(v) for v in r.items.values()) else None,
        "indicators": indicators_table(r.indicators, lang, indicators, recorded=r.recorded),
    }
    n = 0
    for key, t in parts.items():
        if t is not None and numbered:
            n += 1
            t.title = _numbered(t.title, n, lang)
    return parts


def _differ_note(r: MonthlyReport, lang: str, indicators: Indicators | None) -> str:
    ind = indicators or shipped_indicators()
    f = lambda v: format_number(v, lang)  # noqa: E731
    parts = [say('name_reported_a_in_the_records', lang, name=ind.indicators[c].name_vi.lower() if lang == "vi" else ind.indicators[c].name_en.lower(), a=f(a), b=f(b))
             for c, (a, b) in r.differs().items() if c in ind.indicators]
    return say_n("note_reported_differs_for_n_indicators", len(parts), lang, parts="; ".join(parts))


def monthly_body(r: MonthlyReport, lang: str = "vi", catalogue: Catalogue | None = None,
                 indicators: Indicators | None = None) -> list[Flowable]:
    st = styles()
    f = lambda v: format_number(v, lang)  # noqa: E731
    tables = _printed_tables(r, lang, catalogue, indicators)
    n_acts = sum(a.count for a in r.activities)
    n_people = sum(a.participants for a in r.activities)
    label = r.label(lang)
    within = _in_period(r, lang)
    out: list[Flowable] = []
    ranged = r.the_period.kind == "range"  # its label is already its dates
    span = "" if ranged else f" ({r.the_period.span(lang)})"
    work = label if ranged else say("work_of_label", lang, label=label)  # "of tháng 11": English only
    out.append(markup(say("reports_its_work_as_follows", lang, unit_name=text(r.issuer.unit_name), work=work,
                          span=span)))

    out.append(para(say('i_community_self_defence_and_self', lang), st.heading))
    active = r.active_count
    reported = r.indicators.get("movement.models_active")
    differs = reported is not None and to_decimal(reported) != active
    where = say('in_the_area', lang) if not r.units else say('in_the_n_units_units_areas', lang, n_units=f(len(r.units)))
    tail = say("in_the_records_reported", lang, reported=f(reported)) if differs else ""
    held = say_n("n_activities_with_attendance", n_acts, lang,
                 attendance=say_n("n_attendances", n_people, lang))
    out.append(markup(say_n("where_n_models_active_held", active, lang, where=where, tail=tail, within=within,
                            activities=held)))
    for key in ("units", "models", "activities"):
        if tables[key] is not None:
            out += table_with_caption(tables[key], lang=lang)

    out.append(CondPageBreak(45 * mm))
    out.append(para(say('ii_weapons_explosives_support_tools_and', lang), st.heading))
    statement = items_statement({c: v for c, v in r.items.items()}, lang, catalogue)
    if statement:
        out.append(markup(say_n("within_n_receipts_made", r.receipts, lang, within=within,
                                statement=text(statement))))
        out += table_with_caption(tables["items"], lang=lang)
    else:
        out.append(para(say("within_nothing_handed_in", lang, within=within)))

    out.append(CondPageBreak(45 * mm))  # a section heading never stands alone at the foot of a page
    out.append(para(say('iii_indicators', lang), st.heading))
    if any(code.startswith("crime.") for code in r.indicators):
        out.append(markup(text(_capital(crime_sentence(r.indicators, lang))) + "."))
    out += table_with_caption(tables["indicators"], lang=lang)
    if r.differs():
        out.append(markup(text(_differ_note(r, lang, indicators))))

    out.append(para(say('iv_remarks_and_proposals', lang), st.heading))
    for note in r.notes or [say('none', lang)]:
        out.append(para(note))
    if r.evidence:
        from app.reports.evidence import evidence_flowables

        out += evidence_flowables(r.evidence, lang, with_record=True)
    out.append(markup(say("end_of_report_on_work_of_unit", lang, period=label, unit_name=text(r.issuer.unit_name))))
    return out


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:]


def build_monthly_pdf(r: MonthlyReport, out: str | IO[bytes] | Any, lang: str = "vi",
                      catalogue: Catalogue | None = None, indicators: Indicators | None = None) -> None:
    if r.period is None and not 1 <= r.month <= 12:
        raise ValueError(say('invalid_month_month', lang, month=r.month))
    header = r.issuer.header(r.number, r.issued_on, say('report', lang), _subject(r, lang), lang,
                             doc_kind=say('report', lang),
                             period_line="" if r.the_period.kind == "range" else r.the_period.span(lang))
    build_document(out, header, monthly_body(r, lang, catalogue, indicators),
                   recipients=r.issuer.recipients, signatures=[r.issuer.signature])
