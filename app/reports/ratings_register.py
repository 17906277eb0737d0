"""The ratings register of a year: every rated place with its score per criterion, its class and its
recognition as "An toàn về an ninh, trật tự" (Circular 124/2021/TT-BCA), and the province's view of it.

From plain data only (:mod:`app.reports.review_queries` reads the store). The per-year view
(:class:`RatingYear`: places per class, the weak ones, recognition shares) and the tables, chart and
sentences built from it are shared with the consolidated summary, which carries a ratings section
when its years hold ratings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.formatting import DASH, Number, format_number, join_list, to_decimal
from app.i18n import Pairs
from app.reports.layout import (
    LANDSCAPE_TEXT_WIDTH, Appendix, Issuer, build_document, grouped_bar_chart, markup, para, styles,
    table_flowable, table_with_caption, text,
)
from app.reports.tables import Column, ReportTable
from app.reports.wording import say, say_n

CLASSES = ("excellent", "good", "average", "weak")
# The words, in the message catalogue: a class's name ("Xuất sắc"), a place kind's ("Khu dân cư") and how a sentence
# counts it ("khu dân cư"), in the order the forms list them.
CLASS_LABELS = Pairs("rating_class")
KIND_LABELS = Pairs("place_kind")
KIND_PLURALS = Pairs("place_kinds")
KINDS = ("residential_area", "commune", "agency", "enterprise", "school")


def safe_words(lang: str = "vi") -> str:
    """The standard's name as the forms quote it: “An toàn về an ninh, trật tự”."""
    return say("safe_standard", lang)


def class_label(code: str, lang: str = "vi") -> str:
    vi, en = CLASS_LABELS.get(code) or (code, code)
    return vi if lang == "vi" else en


def kind_label(code: str, lang: str = "vi", plural: bool = False) -> str:
    vi, en = (KIND_PLURALS if plural else KIND_LABELS).get(code) or (code, code)
    return vi if lang == "vi" else en


def share_text(part: Number, whole: Number, lang: str = "vi") -> str:
    """``12`` of ``14`` → ``85,7%``; a whole share stays ``100%``; nothing rated → "–"."""
    w = to_decimal(whole)
    if w == 0:
        return DASH
    pct = (to_decimal(part) * 100 / w).quantize(Decimal("0.1"), rounding="ROUND_HALF_UP")
    return format_number(pct, lang) + "%"


def share(part: Number, whole: Number) -> Decimal | None:
    """The ratio for a percent column, rounded so that it prints as 85,7% (and 100%); None when nothing was rated."""
    w = to_decimal(whole)
    return None if w == 0 else (to_decimal(part) / w).quantize(Decimal("0.001"), rounding="ROUND_HALF_UP")


def points(value: Number, lang: str = "vi") -> str:
    return format_number(_score(value) or 0, lang)


# ---------------------------------------------------------------- plain data


@dataclass(frozen=True)
class Criterion:
    code: str
    label: str
    max: Number


@dataclass(frozen=True)
class RatedPlace:
    unit_name: str
    kind: str  # a rating_place_kinds code
    place: str
    scores: Mapping[str, Number]
    total: Number
    klass: str  # a CLASSES code, by the thresholds of the rating's year
    recognised: bool = False
    decision_no: str = ""
    decision_date: dt.date | None = None


@dataclass(frozen=True)
class Thresholds:
    excellent: Number
    good: Number
    average: Number


@dataclass
class RatingYear:
    """One year of the province's view: places per class, the weak ones, recognition per place kind."""

    year: int
    by_class: Mapping[str, int]
    weak: Sequence[RatedPlace] = ()
    recognised: Mapping[str, int] = field(default_factory=dict)  # kind -> recognised
    rated: Mapping[str, int] = field(default_factory=dict)  # kind -> rated

    @property
    def total(self) -> int:
        return sum(self.by_class.values())

    @classmethod
    def of(cls, year: int, places: Sequence[RatedPlace]) -> "RatingYear":
        return cls.counted(year, ((p.klass, p.kind, p.recognised) for p in places),
                           [p for p in places if p.klass == "weak"])

    @classmethod
    def counted(cls, year: int, rated_places: Iterable[tuple[str, str, bool]], weak: Sequence[RatedPlace]) -> "RatingYear":
        """From (class, kind, recognised) of every place and the weak places themselves, in order."""
        return cls.tallied(year, ((klass, kind, ok, 1) for klass, kind, ok in rated_places), weak)

    @classmethod
    def tallied(cls, year: int, counts: Iterable[tuple[str, str, bool, int]], weak: Sequence[RatedPlace]) -> "RatingYear":
        """From (class, kind, recognised, places) and the weak places themselves, in order: a summary counts
        thousands of places in SQL without making one RatedPlace each."""
        by_class = {c: 0 for c in CLASSES}
        recognised: dict[str, int] = {}
        rated: dict[str, int] = {}
        for klass, kind, ok, n in counts:
            by_class[klass] += n
            rated[kind] = rated.get(kind, 0) + n
            recognised[kind] = recognised.get(kind, 0) + (n if ok else 0)
        return cls(year, by_class, list(weak), recognised, rated)


@dataclass
class RatingsRegister:
    issuer: Issuer
    number: str
    issued_on: dt.date | None
    year: int
    criteria: Sequence[Criterion]
    places: Sequence[RatedPlace]
    thresholds: Sequence[Thresholds]  # the distinct sets that classified this year's places
    previous: RatingYear | None = None  # the year before, when it was rated

    @property
    def current(self) -> RatingYear:
        return RatingYear.of(self.year, self.places)

    @property
    def years(self) -> list[RatingYear]:
        return ([self.previous] if self.previous and self.previous.total else []) + [self.current]


# ---------------------------------------------------------------- shared with the summary


def _kinds_in(years: Sequence[RatingYear]) -> list[str]:
    seen = {k for y in years for k in y.rated}
    return [k for k in KINDS if k in seen] + sorted(seen - set(KINDS))


def _year_columns(years: Sequence[RatingYear], lang: str, count: Column) -> list[Column]:
    out = []
    for y in years:
        out += [Column(say("year_column", lang, year=y.year), count.kind, min_width=count.min_width,
                       center=count.center, weight=0),
                Column(say('share', lang), "percent", min_width=38)]
    return out


def classes_table(years: Sequence[RatingYear], lang: str = "vi") -> ReportTable:
    """Places per class: the number and the share of places rated, per year; the change over the last year."""
    cols = [Column(say('no', lang), "int", weight=0), Column(say('class', lang), weight=2)]
    cols += _year_columns(years, lang, Column("", "int", min_width=40))
    if len(years) > 1:
        cols.append(Column(say('change_on_year', lang, year=years[-2].year), "change",
                           center=True, weight=0, min_width=52))
    rows: list[list[Any]] = []
    for i, c in enumerate(CLASSES, 1):
        row: list[Any] = [i, class_label(c, lang)]
        for y in years:
            row += [y.by_class.get(c, 0), share(y.by_class.get(c, 0), y.total)]
        if len(years) > 1:
            row.append(years[-1].by_class.get(c, 0) - years[-2].by_class.get(c, 0))
        rows.append(row)
    total: list[Any] = [None, say('places_rated', lang)]
    for y in years:
        total += [y.total, share(y.total, y.total)]
    if len(years) > 1:
        total.append(years[-1].total - years[-2].total)
    return ReportTable(say('places_per_class_by_year', lang), cols, rows, total,
                       sheet_name=say('classes', lang))


def recognition_table(years: Sequence[RatingYear], lang: str = "vi") -> ReportTable:
    """Per place kind: recognised / rated and the share, per year."""
    cols = [Column(say('no', lang), "int", weight=0), Column(say('kind_of_place', lang), weight=2)]
    cols += _year_columns(years, lang, Column("", center=True))
    rows = []
    for i, k in enumerate(_kinds_in(years), 1):
        row: list[Any] = [i, kind_label(k, lang)]
        for y in years:
            got, of = y.recognised.get(k, 0), y.rated.get(k, 0)
            row += [f"{format_number(got, lang)}/{format_number(of, lang)}" if of else DASH, share(got, of)]
        rows.append(row)
    return ReportTable(say('places_recognised_safe_recognised_rated', lang, safe=safe_words(lang)),
                       cols, rows, sheet_name=say('recognised', lang))


def classes_chart(years: Sequence[RatingYear], title: str, lang: str = "vi") -> Flowable:
    """Places per class, one bar per year in each class."""
    return grouped_bar_chart([class_label(c, lang) for c in CLASSES],
                             [(say("year_column", lang, year=y.year), [y.by_class.get(c, 0) for c in CLASSES])
                              for y in years], title, lang=lang, whole=True)


def recognition_sentence(y: RatingYear, lang: str = "vi") -> str:
    """"Năm 2025 có 12/14 khu dân cư (85,7%) và 5/6 xã, phường, đặc khu (83,3%) đạt chuẩn “An toàn về an
    ninh, trật tự”; không có địa bàn xếp loại Yếu"."""
    f = lambda v: format_number(v, lang)  # noqa: E731
    parts = [f"{f(y.recognised.get(k, 0))}/{f(y.rated[k])} {kind_label(k, lang, plural=True)} "
             f"({share_text(y.recognised.get(k, 0), y.rated[k], lang)})"
             for k in ("residential_area", "commune") if y.rated.get(k)]
    weak = y.by_class.get("weak", 0)
    if parts:
        head = say("year_parts_recognised_safe", lang, year=y.year, parts=join_list(parts, lang), safe=safe_words(lang))
    else:
        head = say("year_no_place_assessed_safe", lang, year=y.year, safe=safe_words(lang))
    tail = say("no_place_was_rated_weak", lang) if not weak else say_n("n_places_rated_weak", weak, lang)
    return f"{head}; {tail}"


def classes_sentence(y: RatingYear, lang: str = "vi") -> str:
    """"Năm 2025 chấm điểm 40 địa bàn: 8 Xuất sắc (20%), 20 Khá (50%), …"."""
    parts = [f"{format_number(y.by_class.get(c, 0), lang)} {class_label(c, lang)} "
             f"({share_text(y.by_class.get(c, 0), y.total, lang)})" for c in CLASSES]
    return say_n("year_n_places_rated", y.total, lang, year=y.year, parts=join_list(parts, lang))


def weak_sentence(y: RatingYear, lang: str = "vi", limit: int = 20) -> str:
    """The weak places named (the province's aim is none)."""
    if not y.weak:
        return say('in_year_no_place_was_rated', lang, year=y.year)
    named = [f"{p.place} ({p.unit_name}, {points(p.total, lang)} {say('points', lang)})" for p in y.weak[:limit]]
    if len(y.weak) > limit:
        named.append(say('n_weak_minus_limit_more', lang, n_weak_minus_limit=len(y.weak) - limit))
    return say_n("year_n_places_weak_named", len(y.weak), lang, year=y.year, named=join_list(named, lang))


def ratings_flowables(years: Sequence[RatingYear], chart_title: str, lang: str = "vi") -> list[Flowable]:
    """The sentences, the class table, the chart and the recognition table of a sequence of years."""
    last = years[-1]
    out: list[Flowable] = [para(classes_sentence(last, lang) + "."), para(recognition_sentence(last, lang) + ".")]
    if len(years) > 1:
        out.append(para(_compare_sentence(years[-2], last, lang)))
    out.append(CondPageBreak(55 * mm))  # the class table is short: keep it whole
    out += table_with_caption(classes_table(years, lang), lang=lang)
    out.append(CondPageBreak(70 * mm))
    out.append(classes_chart(years, chart_title, lang))
    out.append(Spacer(1, 6))
    if last.rated:
        out.append(CondPageBreak(45 * mm))
        out += table_with_caption(recognition_table(years, lang), lang=lang)
    return out


def _compare_sentence(before: RatingYear, now: RatingYear, lang: str) -> str:
    def delta(c: str) -> str:
        d = now.by_class.get(c, 0) - before.by_class.get(c, 0)
        return say("up_n" if d > 0 else "down_n", lang, n=format_number(abs(d), lang)) if d else say("unchanged", lang)
    parts = [f"{class_label(c, lang)} {delta(c)}" for c in CLASSES]
    return say('against_year_parts', lang, year=before.year, parts=join_list(parts, lang))


# ---------------------------------------------------------------- the register


def register_table(r: RatingsRegister, lang: str = "vi") -> ReportTable:
    """Every rated place: unit, kind, place, score per criterion, total, class, recognition and decision."""
    cols = [Column(say('no', lang), "int", weight=0), Column(say('unit', lang), weight=1.3),
            Column(say('kind_3', lang), weight=0.8), Column(say('place_2', lang), weight=1.6)]
    # One number of decimals for every score, so that 19,0 stands under 11,7 rather than 19.
    _score = _scores_memo()
    # over the distinct values (a few hundred among 30,000 places' scores); 12 and 12.0 are one value, one score
    distinct = {v for p in r.places for v in p.scores.values()} | {p.total for p in r.places}
    dec = max((-_score(v).as_tuple().exponent for v in distinct if v is not None), default=0) or None
    cols += [Column(f"TC{i}\n({format_number(c.max, lang)})", "decimal", decimals=dec)
             for i, c in enumerate(r.criteria, 1)]
    cols += [Column(say('total_3', lang), "decimal", decimals=dec), Column(say('class', lang), weight=0),
             Column(say('safe_recognised', lang), weight=0, center=True),
             Column(say('decision_no', lang), weight=1),
             Column(say('decision_date', lang), weight=0, center=True)]
    rows = []
    kinds = {k: kind_label(k, lang) for k in {p.kind for p in r.places}}  # looked up once, not once a place
    classes = {k: class_label(k, lang) for k in {p.klass for p in r.places}}
    for i, p in enumerate(r.places, 1):
        rows.append([i, p.unit_name, kinds[p.kind], p.place,
                     *[_score(p.scores.get(c.code)) for c in r.criteria], _score(p.total), classes[p.klass],
                     "x" if p.recognised else "", p.decision_no, p.decision_date])
    return ReportTable(say('places_rated_in_year', lang, year=r.year),
                       cols, rows, sheet_name=say('register_year', lang, year=r.year))


def _score(v: Number | None) -> Decimal | None:
    return None if v is None else to_decimal(v).quantize(Decimal("0.01")).normalize()


def _scores_memo():
    """:func:`_score` remembering each value (a register of 30,000 places has a few hundred distinct scores;
    the result depends on the value only, so 12, 12.0 and Decimal("12.00") share one entry)."""
    memo: dict = {}

    def score(v: Number | None) -> Decimal | None:
        got = memo.get(v)
        if got is None and v is not None:
            got = memo[v] = _score(v)
        return got
    return score


def criteria_legend(r: RatingsRegister, lang: str = "vi") -> str:
    parts = [f"TC{i}: {text(c.label)} ({format_number(c.max, lang)} {say('points', lang)})"
             for i, c in enumerate(r.criteria, 1)]
    return say('i_note_i', lang) + "; ".join(parts) + "."


def thresholds_sentence(r: RatingsRegister, lang: str = "vi") -> str:
    def one(t: Thresholds) -> str:
        f = lambda v: format_number(to_decimal(v).normalize(), lang)  # noqa: E731
        return say('excellent_from_excellent_points_good_from', lang, excellent=f(t.excellent), good=f(t.good), average=f(t.average))
    sets = "; ".join(one(t) for t in r.thresholds)
    return say('scored_out_of_100_and_classed', lang, year=r.year, sets=sets)


def ratings_tables(r: RatingsRegister, lang: str = "vi") -> list[ReportTable]:
    return [register_table(r, lang), classes_table(r.years, lang), recognition_table(r.years, lang)]


def build_ratings_pdf(r: RatingsRegister, out: str | IO[bytes] | Any, lang: str = "vi") -> None:
    st = styles()
    units = len({p.unit_name for p in r.places})
    subject = say('movement_ratings_and_safe_recognition_year', lang, safe=safe_words(lang), year=r.year)
    header = r.issuer.header(r.number, r.issued_on, say('report', lang), subject, lang,
                             doc_kind=say('report', lang))
    if not r.places:  # the same sections at every level, each saying there is nothing to rate
        none = say('no_place_was_rated_in_year', lang, year=r.year)
        body = [markup(say('unit_name_reports_the_ratings_of', lang, unit_name=text(r.issuer.unit_name), year=r.year)),
                para(say('i_classes', lang), st.heading), para(none),
                para(say('ii_places_rated_weak', lang), st.heading),
                para(say('none_2', lang))]
        build_document(out, header, body, recipients=r.issuer.recipients, signatures=[r.issuer.signature])
        return
    body: list[Flowable] = [markup(say("unit_name_reports_the_ratings_of_places", lang, unit_name=text(r.issuer.unit_name),
                                       year=r.year, places=say_n("n_places", len(r.places), lang),
                                       units=say_n("in_n_units", units, lang)))]
    if r.previous is None or not r.previous.total:
        note = say('there_are_no_ratings_of_year', lang, year_minus_1=r.year - 1)
    else:
        note = ""
    body.append(para(thresholds_sentence(r, lang) + note))
    body.append(para(say('i_classes', lang), st.heading))
    years = r.years
    span = f"{years[0].year}" + (f" - {years[-1].year}" if len(years) > 1 else "")
    body += ratings_flowables(years, say("chart_places_per_class", lang, years=span), lang)
    body.append(para(say('ii_places_rated_weak', lang), st.heading))
    body.append(para(weak_sentence(r.current, lang)))
    body.append(markup(say('the_full_register_is_appended', lang)))
    appendix = Appendix(say("appendix_places_rated", lang, safe=safe_words(lang), year=r.year),
                        [table_flowable(register_table(r, lang), LANDSCAPE_TEXT_WIDTH, lang=lang, balanced=True), Spacer(1, 6),
                         markup(criteria_legend(r, lang), st.body_plain)])
    build_document(out, header, body, recipients=r.issuer.recipients, signatures=[r.issuer.signature],
                   appendices=[appendix])
