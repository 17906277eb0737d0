"""The consolidated summary for the level above: any set of units, any range of dates.

From plain, already aggregated data (totals per unit and item over the range and per year and item, or
totals per unit, year and item; indicator totals per year), it builds the statement a review conference reads, the
coverage sentences, the indicator table with a column per year, two or three
charts, and in a landscape appendix the table of units × item categories.

Columns are a category *in one unit of count* (:meth:`Catalogue.summary_columns`):
"Súng (khẩu)" and "Linh kiện súng (chiếc)" stay apart, so are "Pháo nổ (quả)"
and "Pháo nổ (kg)".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any, NamedTuple

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from app.domain.reporting_periods import ReportingPeriod
from app.formatting import Number, format_number, period_label, ratio, to_decimal
from app.reports.layout import (
    LANDSCAPE_TEXT_WIDTH,
    Appendix,
    Issuer,
    build_document,
    markup,
    para,
    pie_chart,
    styles,
    table_flowable,
    table_with_caption,
    text,
)
from app.reports.monthly import RATIOS
from app.reports.ratings_register import RatingYear, safe_words, classes_table, ratings_flowables, \
    recognition_table, weak_sentence
from app.reports.reference import Catalogue, Indicators, SummaryColumn, shipped_catalogue, shipped_indicators
from app.reports.statement import Coverage, coverage_sentence, crime_sentence, items_statement
from app.reports.tables import Column, ReportTable
from app.reports.wording import say, say_n

# Indicators that describe a state at the end of a month, not a flow during it:
# a period's figure is the last month's value, never the sum of months (queries apply this).
STOCK_INDICATORS = frozenset({"movement.models_active", "border.households", "border.km_line", "border.markers"})


@dataclass(frozen=True)
class UnitRef:
    code: str
    name: str


class ItemTotal(NamedTuple):
    """What one unit received of one item in one year: plain data for a report built by hand (tests, benches);
    the store's summary gives its margins instead (SummaryReport.row_items, year_items)."""

    unit_code: str
    year: int
    item_code: str
    quantity: Number


@dataclass
class SummaryReport:
    issuer: Issuer
    number: str
    issued_on: dt.date | None
    start: dt.date
    end: dt.date
    units: Sequence[UnitRef]
    item_totals: Sequence[ItemTotal] = ()  # plain data; or, as the store gives them, the two margins below
    # what each row received of each item over the whole range, and each year of each item over every row: all the
    # report prints (queries.summary_data reads these, never the figures per row, year and item)
    row_items: Mapping[str, Mapping[str, Number]] = field(default_factory=dict)
    year_items: Mapping[int, Mapping[str, Number]] = field(default_factory=dict)
    indicators_by_year: Mapping[int, Mapping[str, Number]] = field(default_factory=dict)
    indicators_period: Mapping[str, Number] = field(default_factory=dict)
    coverage: Sequence[Coverage] = ()
    models_total: int | None = None
    models_recognised: Mapping[str, int] = field(default_factory=dict)  # level label -> count
    notes: Sequence[str] = ()
    ratings: Sequence[RatingYear] = ()  # the range's years that have ratings of places, in order
    year_list: Sequence[int] = ()  # reporting years (Decree 09: 15/12 - 14/12); default: calendar years
    period: ReportingPeriod | None = None  # what was asked (a year, 6 months, a range), for the heading
    single_unit: bool = False  # a commune's own summary: no "các đơn vị", no list of one unit
    recorded_period: Mapping[str, Number] = field(default_factory=dict)  # what the records give over the period
    signed: Sequence[Any] = ()  # issue 16: app/reports/evidence.SignedCount per listed unit

    @property
    def years(self) -> list[int]:
        return list(self.year_list) or list(range(self.start.year, self.end.year + 1))

    def label(self, lang: str) -> str:
        """"năm 2026", "6 tháng đầu năm 2026", or "từ ngày … đến ngày …" for a range."""
        return self.period.label(lang) if self.period else period_label(self.start, self.end, lang)


@dataclass
class _Totals:
    """The item totals folded once: per unit and column, per year and column, per item."""

    columns: list[SummaryColumn]
    by_unit: dict[str, dict[int, Decimal]]
    by_year: dict[int, dict[int, Decimal]]
    by_item: dict[str, Decimal]

    def column_total(self, ci: int) -> Decimal:
        return sum((y.get(ci, Decimal(0)) for y in self.by_year.values()), Decimal(0))


def _margins(r: SummaryReport) -> tuple[Mapping[str, Mapping[str, Number]], Mapping[int, Mapping[str, Number]]]:
    """(per row and item, per year and item): the report's own margins, or those of its plain item totals."""
    if not r.item_totals:
        return r.row_items, r.year_items
    rows: dict[str, dict[str, Number]] = defaultdict(lambda: defaultdict(Decimal))
    years: dict[int, dict[str, Number]] = defaultdict(lambda: defaultdict(Decimal))
    for unit, year, item, quantity in r.item_totals:  # fields unpacked once
        q = quantity if quantity.__class__ is Decimal else to_decimal(quantity)
        rows[unit][item] += q
        years[year][item] += q
    return rows, years


def _fold(r: SummaryReport, cat: Catalogue) -> _Totals:
    all_cols = cat.summary_columns()
    col_of = {code: i for i, c in enumerate(all_cols) for code in c.items}
    by_unit: dict[str, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    by_year: dict[int, dict[int, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    by_item: dict[str, Decimal] = defaultdict(Decimal)
    known_units = {u.code for u in r.units}
    row_items, year_items = _margins(r)

    unknown = [item for items in (*row_items.values(), *year_items.values()) for item in items if item not in col_of]
    if unknown:
        raise ValueError(f"Mã vật phẩm không có trong danh mục: {unknown[0]}.")
    for unit, items in row_items.items():  # 50,000 figures of a 3,000-unit summary: no call per figure
        if unit not in known_units:
            raise ValueError(f"Đơn vị không có trong danh sách báo cáo: {unit}.")
        cols = by_unit[unit]
        for item, quantity in items.items():
            q = quantity if quantity.__class__ is Decimal else to_decimal(quantity)
            cols[col_of[item]] += q
            by_item[item] += q
    for year, items in year_items.items():
        cols = by_year[year]
        for item, quantity in items.items():
            cols[col_of[item]] += quantity if quantity.__class__ is Decimal else to_decimal(quantity)
    # Keep only columns something was received in; renumber.
    used = sorted({ci for y in by_year.values() for ci, v in y.items() if v})
    remap = {old: new for new, old in enumerate(used)}
    return _Totals(
        [all_cols[i] for i in used],
        {u: {remap[c]: v for c, v in cols.items() if c in remap} for u, cols in by_unit.items()},
        {y: {remap[c]: v for c, v in cols.items() if c in remap} for y, cols in by_year.items()},
        dict(by_item),
    )


def _item_charts(r: SummaryReport, tt: _Totals, cat: Catalogue, lang: str) -> list:
    """Charts 1-3: totals per unit of count, per year and per unit, each panel on one unit of count."""
    from app.reports import charts

    counted = lambda c: all(cat.items[i].measure == "count" for i in c.items if i in cat.items)  # noqa: E731
    qs = [charts.Quantity(c.label(lang), c.unit(lang), counted(c), float(tt.column_total(ci)),
                          [float(tt.by_year.get(y, {}).get(ci, 0)) for y in r.years],
                          [float(tt.by_unit.get(u.code, {}).get(ci, 0)) for u in r.units], c.unit_vi)
          for ci, c in enumerate(tt.columns)]
    out = charts.totals_by_unit_of_count(qs, say('chart_1_totals_by_category_per', lang), lang)
    out += charts.per_year(qs, r.years, say('chart_2_received_per_year_categories', lang), lang)
    if len(r.units) > 1:
        out += charts.per_unit(qs, [u.name for u in r.units],
                               say('chart_3_received_per_unit', lang), lang)
    return out


def _col_label(c: SummaryColumn, lang: str) -> str:
    return f"{c.label(lang)}\n({c.unit(lang)})"


def units_table(r: SummaryReport, lang: str = "vi", catalogue: Catalogue | None = None,
                totals: _Totals | None = None) -> ReportTable:
    """Units × item categories over the whole range, with the grand total row."""
    tt = totals or _fold(r, catalogue or shipped_catalogue())
    cols = [Column(say('no', lang), "int", weight=0), Column(say('unit', lang), weight=1, whole=True)]
    cols += [Column(_col_label(c, lang), "decimal", zero="-") for c in tt.columns]
    rows = []
    for i, u in enumerate(r.units, 1):
        got = tt.by_unit.get(u.code, {})
        rows.append([i, u.name, *[got.get(ci, Decimal(0)) for ci in range(len(tt.columns))]])
    total = [None, say('total', lang), *[tt.column_total(ci) for ci in range(len(tt.columns))]]
    return ReportTable(
        say('items_received_by_unit_period_label', lang, period_label=period_label(r.start, r.end, lang)),
        cols, rows, total, sheet_name=say('by_unit', lang))


def years_table(r: SummaryReport, lang: str = "vi", catalogue: Catalogue | None = None,
                totals: _Totals | None = None) -> ReportTable:
    """Item categories × years (a column per year, then the whole range)."""
    tt = totals or _fold(r, catalogue or shipped_catalogue())
    years = r.years
    cols = [Column(say('no', lang), "int", weight=0), Column(say('category', lang), weight=3),
            Column(say('unit_2', lang), weight=0.5, center=True)]
    cols += [Column(str(y), "decimal", zero="-") for y in years]
    if len(years) > 1:
        cols.append(Column(say('whole_period', lang), "decimal", zero="-"))
    rows = []
    for ci, c in enumerate(tt.columns):
        per_year = [tt.by_year.get(y, {}).get(ci, Decimal(0)) for y in years]
        rows.append([ci + 1, c.label(lang), c.unit(lang), *per_year] + ([sum(per_year)] if len(years) > 1 else []))
    return ReportTable(say('items_received_by_year', lang), cols, rows,
                       sheet_name=say('by_year', lang))


def indicators_years_table(r: SummaryReport, lang: str = "vi", indicators: Indicators | None = None) -> ReportTable:
    """Indicator totals with a column per year and the whole period; ratio rows carry their percentage."""
    ind = indicators or shipped_indicators()
    years = r.years
    multi = len(years) > 1
    period = r.indicators_period or (r.indicators_by_year.get(years[0], {}) if not multi else {})
    cols = [Column(say('no', lang), weight=0, center=True), Column(say('indicator', lang), weight=4),
            Column(say('unit_2', lang), weight=0.6, center=True)]
    cols += [Column(str(y), "decimal") for y in years] if multi else []
    cols += [Column(say('whole_period', lang) if multi else say('value', lang), "decimal"),
             Column(say('rate', lang), "percent", weight=0, decimals=0)]
    present = set(period) | {c for v in r.indicators_by_year.values() for c in v}
    rows: list[list[Any]] = []
    bold: set[int] = set()
    roman = ("I", "II", "III", "IV", "V", "VI")
    groups = [g for g in ind.groups.values() if any(i.code in present for i in ind.in_group(g.code))]
    for gi, g in enumerate(groups):
        bold.add(len(rows))
        rows.append([roman[gi % 6], g.name(lang), None] + [None] * (len(years) if multi else 0) + [None, None])
        for n, i in enumerate((i for i in ind.in_group(g.code) if i.code in present), 1):
            per_year = [r.indicators_by_year.get(y, {}).get(i.code) for y in years] if multi else []
            v = period.get(i.code)
            rate = None
            if i.code in RATIOS and v is not None:
                rate = ratio(v, period.get(RATIOS[i.code], 0))
            rows.append([str(n), i.name(lang), i.unit(lang), *per_year, v, rate])
    return ReportTable(say('indicator_totals', lang), cols, rows,
                       sheet_name=say('indicators', lang), bold_rows=frozenset(bold))


def summary_tables(r: SummaryReport, lang: str = "vi", catalogue: Catalogue | None = None,
                   indicators: Indicators | None = None) -> list[ReportTable]:
    tt = _fold(r, catalogue or shipped_catalogue())
    out = [units_table(r, lang, totals=tt), years_table(r, lang, totals=tt), indicators_years_table(r, lang, indicators)]
    if r.ratings:
        out += [classes_table(r.ratings, lang), recognition_table(r.ratings, lang)]
    return out


def summary_statement(r: SummaryReport, lang: str = "vi", catalogue: Catalogue | None = None,
                      totals: _Totals | None = None) -> str:
    """"Từ ngày … đến ngày …, đã vận động, thu hồi 185 khẩu súng các loại, …"."""
    tt = totals or _fold(r, catalogue or shipped_catalogue())
    items = items_statement(tt.by_item, lang, catalogue)
    if not items:
        return say('period_label_nothing_was_handed_in', lang, period_label=period_label(r.start, r.end, lang).capitalize())
    who_vi = r.issuer.unit_name if r.single_unit else "các đơn vị"  # para() escapes it
    who_en = r.issuer.unit_name if r.single_unit else "the units"
    return say('period_label_who_collected_items', lang, period_label=_cap(period_label(r.start, r.end, lang)), who=who_vi if lang == "vi" else who_en, items=items)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _differ_note(reported: Mapping[str, Number], recorded: Mapping[str, Number], lang: str,
                 indicators: Indicators | None) -> str:
    """The sentence that says where the units' reported figures over the period differ from their records."""
    ind = indicators or shipped_indicators()
    f = lambda v: format_number(v, lang)  # noqa: E731
    parts = [say('name_reported_v_in_the_records', lang, name=ind.indicators[c].name_vi.lower() if lang == "vi" else ind.indicators[c].name_en.lower(), v=f(v), recorded=f(recorded[c]))
             for c, v in reported.items()
             if c in recorded and c in ind.indicators and to_decimal(v) != to_decimal(recorded[c])]
    if not parts:
        return ""
    return say('note_the_figures_the_units_reported', lang, join='; '.join(parts))


def summary_body(r: SummaryReport, lang: str = "vi", catalogue: Catalogue | None = None,
                 indicators: Indicators | None = None) -> tuple[list[Flowable], list[Appendix]]:
    cat = catalogue or shipped_catalogue()
    st = styles()
    tt = _fold(r, cat)
    span_vi, span_en = period_label(r.start, r.end, "vi"), period_label(r.start, r.end, "en")
    if r.single_unit:  # a commune's own summary: no "của 1 đơn vị"
        intro = say('unit_name_summarises_span', lang, unit_name=text(r.issuer.unit_name), span=span_vi if lang == "vi" else span_en)
    else:
        intro = say_n("unit_name_summarises_span_for_n_units", len(r.units), lang, unit_name=text(r.issuer.unit_name),
                      span=span_vi if lang == "vi" else span_en)
    out: list[Flowable] = [markup(intro)]

    out.append(para(say('i_weapons_explosives_support_tools_and', lang), st.heading))
    out.append(para(summary_statement(r, lang, cat, tt)))
    n_charts = 0
    if tt.columns:
        out += table_with_caption(years_table(r, lang, totals=tt), lang=lang)
        out += _item_charts(r, tt, cat, lang)  # issue 19 item 7: one unit of count per axis
        n_charts = 3 if len(r.units) > 1 else 2

    if r.signed:
        from app.reports.evidence import signed_flowables

        out += signed_flowables(r.signed, lang)

    out.append(CondPageBreak(45 * mm))  # a section heading never ends a page
    out.append(para(say('ii_community_models', lang), st.heading))
    sentences = []
    if r.models_total is not None:
        sentences.append(say_n("there_are_n_community_models", r.models_total, lang))
    sentences += [coverage_sentence(c, lang) for c in r.coverage]
    sentences += [say_n("n_models_recognised_level", n, lang, level=level) for level, n in r.models_recognised.items()]
    if sentences:
        out.append(para("; ".join(s[:1].upper() + s[1:] if i == 0 else s for i, s in enumerate(sentences)) + "."))
    pie_no = n_charts + 1  # charts are numbered as printed
    for c in r.coverage[:1]:
        out.append(pie_chart([say('with_a_model', lang), say('without', lang)],
                             [c.with_model, c.total - c.with_model],
                             say('chart_pie_no_share_of_kind', lang, pie_no=pie_no, kind=c.kind_vi if lang == "vi" else c.kind_en), lang=lang))

    out.append(CondPageBreak(45 * mm))  # a section heading never ends a page
    out.append(para(say('iii_indicators', lang), st.heading))
    period = r.indicators_period or (r.indicators_by_year.get(r.years[0], {}) if len(r.years) == 1 else {})
    if any(c.startswith("crime.") for c in period):
        s = crime_sentence(period, lang)
        out.append(para(s[:1].upper() + s[1:] + "."))
    if period or r.indicators_by_year:
        out += table_with_caption(indicators_years_table(r, lang, indicators), lang=lang)
        note = _differ_note(period, r.recorded_period, lang, indicators)
        if note:
            out.append(para(note))
    if r.ratings:
        charts = pie_no + (1 if r.coverage else 0)
        span = f"{r.ratings[0].year} - {r.ratings[-1].year}" if len(r.ratings) > 1 else str(r.ratings[0].year)
        out.append(para(say('iv_movement_ratings_and_safe_recognition', lang, safe=safe_words(lang)), st.heading))
        out += ratings_flowables(r.ratings, say('chart_charts_places_per_class_span', lang, charts=charts, span=span), lang)
        out.append(para(weak_sentence(r.ratings[-1], lang)))
    else:  # the same sections at every level
        out.append(para(say('iv_movement_ratings_and_safe_recognition', lang, safe=safe_words(lang)), st.heading))
        out.append(para(say('no_place_was_rated_in_the', lang)))
    for note in r.notes:
        out.append(para(note))
    if r.single_unit:  # a commune's own summary: a list of one unit would say nothing
        out.append(para(say("end_of_summary_of_unit", lang, unit_name=r.issuer.unit_name)))
        return out, []
    out.append(para(say('details_by_unit_in_the_appendix', lang)))

    appendix = Appendix(
        say('items_collected_by_unit', lang),
        [table_flowable(units_table(r, lang, totals=tt), LANDSCAPE_TEXT_WIDTH, lang=lang)], landscape=True)
    return out, [appendix]


def build_summary_pdf(r: SummaryReport, out: str | IO[bytes] | Any, lang: str = "vi",
                      catalogue: Catalogue | None = None, indicators: Indicators | None = None) -> None:
    if r.end < r.start:
        raise ValueError(say('the_end_date_is_before_the', lang))
    ranged = r.period is None or r.period.kind == "range"
    header = r.issuer.header(
        r.number, r.issued_on, say('report', lang),
        say('summary_of_the_movement_label', lang, label=r.label(lang)),
        lang, doc_kind=say('report', lang),
        period_line="" if ranged else period_label(r.start, r.end, lang))
    body, appendices = summary_body(r, lang, catalogue, indicators)
    build_document(out, header, body, recipients=r.issuer.recipients, signatures=[r.issuer.signature],
                   appendices=appendices)
