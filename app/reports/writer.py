"""`write_report`: the one door to every report, for the command line and the GUI's Báo cáo page.

Each kind of report is one small function here that checks what it needs, reads the store into plain
data (:mod:`app.reports.queries`, :mod:`app.reports.review_queries`) and returns how to write that data
as a PDF form and as tables; :func:`write_report` then writes one or the other, by the extension of
``out``, to a hidden name beside it and renames it, so a failure never leaves half a report.
reportlab and the builders load inside those functions: `antt` and the app's start do not pay for them.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.validation import parse_date, parse_month
from app.errors import ValidationError
from app.formatting import format_date, period_label
from app.reports.errors import ReportError, write_error
from app.store.db import Store
from app.reports.wording import say

# (write the PDF form to a path, make the tables for a spreadsheet, the lines above each sheet's table:
# the issuing unit and the form's title with its period, as the PDF heads the same figures)
Writers = tuple[Callable[[str], None], Callable[[], list], list[str]]


def tr(lang: str, vi: str, en: str) -> str:
    return vi if lang == "vi" else en  # app.reports.layout's, without loading reportlab here


@dataclass(frozen=True)
class ReportArgs:
    """What a report was asked for. ``unit`` defaults to the home unit; ``scope`` is the unit as given
    (None: everything the store holds, which ratings and plans take as "every unit")."""

    store: Store
    lang: str
    unit: str | None
    scope: str | None
    number: str
    issued_on: dt.date
    month: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    receipt_id: str | None = None
    year: int | str | None = None
    plan_id: str | None = None
    sign: dict = field(default_factory=dict)
    kind: str = "all"  # the form's kind, for the unit's signer and recipients (app.domain.form_settings)
    period: tuple[str, str] | None = None  # ("quarter", "2026-Q4"): a reporting period instead of month/dates
    grouping: str = "end"  # issue 20: units as organised on the period's last day, or "time": as at the time

    def reporting_period(self):
        """The period asked for, under the store's cut-off rule: --month, --quarter, ..., or --from/--to."""
        from app.domain.reporting_periods import cutoff_rule, parse_period, range_period

        rule = cutoff_rule(self.store)
        if self.period:
            return parse_period(self.period[0], self.period[1], rule)
        if self.month:
            return parse_period("month", parse_month(self.month), rule)
        if self.date_from and self.date_to:
            date_from, date_to = parse_date(self.date_from, "from"), parse_date(self.date_to, "to")
            if date_to < date_from:
                raise ValidationError("date_order", field="to", value=date_to, other_field="from", other=date_from)
            return range_period(dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to), rule)
        return None

    def issuer(self):
        from app.reports import queries

        if not self.unit:
            raise ReportError("report_needs_unit")
        return queries.issuer_for(self.store, self.unit, self.lang, form=self.kind, on=self.form_day(), **self.sign)

    def form_day(self) -> str:
        """The day whose unit names and parents a form prints (issue 20): the period's last day, the year's
        for ratings, else the day of issue."""
        period = self.reporting_period() if self.unit and self.kind in ("monthly", "summary") else None
        if period is not None:
            return period.iso[1]
        if self.kind == "ratings" and str(self.year or "").strip().isdigit():
            return f"{str(self.year).strip()}-12-31"
        return self.issued_on.isoformat()

    def catalogue(self):
        from app.reports import queries

        return queries.catalogue_from_store(self.store)


def _receipt(a: ReportArgs) -> Writers:
    from app.reports import queries
    from app.reports.receipt import build_receipt_pdf, receipt_table

    if not a.receipt_id:
        raise ReportError("report_needs_receipt")
    data, cat = queries.receipt_report(a.store, a.receipt_id), a.catalogue()
    heading = [data.unit_name, say('record_of_receipt_no_number', a.lang, number=data.number)]
    return (lambda f: build_receipt_pdf(data, f, a.lang, cat)), (lambda: [receipt_table(data, a.lang, cat)]), heading


def _monthly(a: ReportArgs) -> Writers:
    from app.reports import queries
    from app.reports.monthly import build_monthly_pdf, monthly_tables

    period = a.reporting_period() if a.unit else None
    if period is None:
        raise ReportError("report_needs_month")
    data = queries.monthly_data(a.store, a.unit, period=period, lang=a.lang, number=a.number,
                                issued_on=a.issued_on, issuer=a.issuer())
    cat = a.catalogue()
    heading = [data.issuer.unit_name, say('report_security_and_order_work_label', a.lang, label=data.label(a.lang), span=data.the_period.span(a.lang))]
    return (lambda f: build_monthly_pdf(data, f, a.lang, cat)), (lambda: monthly_tables(data, a.lang, cat)), heading


def _summary(a: ReportArgs) -> Writers:
    from app.reports import queries
    from app.reports.summary import build_summary_pdf, summary_tables

    period = a.reporting_period() if a.unit else None
    if period is None:
        raise ReportError("report_needs_dates")
    if a.grouping not in ("end", "time"):
        raise ValidationError("bad_choice", field="grouping", value=a.grouping, choices="end, time")
    data = queries.summary_data(a.store, a.unit, *period.iso, a.lang, number=a.number,
                                issued_on=a.issued_on, issuer=a.issuer(), period=period, by=a.grouping)
    cat = a.catalogue()
    span = "" if period.kind == "range" else f" ({period_label(data.start, data.end, a.lang)})"
    heading = [data.issuer.unit_name, say("summary_report_of_the_movement_label", a.lang, label=data.label(a.lang),
                                          span=span)]
    return (lambda f: build_summary_pdf(data, f, a.lang, cat)), (lambda: summary_tables(data, a.lang, cat)), heading


def _ratings(a: ReportArgs) -> Writers:
    from app.reports import review_queries
    from app.reports.ratings_register import build_ratings_pdf, ratings_tables

    year = str(a.year).strip() if a.year is not None else ""
    if not year.isdigit() or not 2000 <= int(year) <= 2999:
        raise ReportError("report_needs_year")
    data = review_queries.ratings_register_data(a.store, int(year), a.scope, a.issuer(), a.lang,
                                                number=a.number, issued_on=a.issued_on)
    heading = [data.issuer.unit_name, say('report_ratings_of_year', a.lang, year=year)]
    return (lambda f: build_ratings_pdf(data, f, a.lang)), (lambda: ratings_tables(data, a.lang)), heading


def _plan(a: ReportArgs) -> Writers:
    from app.reports import review_queries
    from app.reports.plan_progress import build_plan_pdf, plan_name, plan_tables

    if not a.plan_id:
        raise ReportError("report_needs_plan")
    data = review_queries.plan_progress_data(a.store, a.plan_id, a.scope, a.issuer(), a.lang, number=a.number,
                                             issued_on=a.issued_on)
    heading = [data.issuer.unit_name, say('report_progress_of_plan_name', a.lang, plan_name=plan_name(data, a.lang))]
    return (lambda f: build_plan_pdf(data, f, a.lang)), (lambda: plan_tables(data, a.lang)), heading


def _models(a: ReportArgs) -> Writers:
    from app.reports import queries
    from app.reports.register import ModelRegister, RegisterEntry, build_register_pdf, register_tables

    issuer = a.issuer()
    entries = [RegisterEntry(r["unit_name"], r["name"], r["type"], r["place"], r["established"], r["leader"],
                             r["members"], r["households"], r["status"], r["ended_on"] is None, r["recognition"],
                             r["border_km"], r["markers"],
                             dt.date.fromisoformat(r["ended_on"]) if r["ended_on"] else None, r["end_reason"])
               for r in queries.models_rows(a.store, a.unit, a.lang)]
    data = ModelRegister(issuer, a.number, a.issued_on, entries)
    heading = [issuer.unit_name, say('register_of_community_security_models', a.lang) + f" ({format_date(a.issued_on)})"]
    return (lambda f: build_register_pdf(data, f, a.lang)), (lambda: register_tables(data, a.lang)), heading


REPORTS: dict[str, Callable[[ReportArgs], Writers]] = {
    "monthly": _monthly, "summary": _summary, "receipt": _receipt, "models": _models, "ratings": _ratings,
    "plan": _plan,
}
KINDS = tuple(REPORTS)
# The letters of a document's symbol (Decree 30): BC for a report, DS for a list; a receipt has its own number.
SYMBOL_LETTERS = {"models": "DS"}


def _default_number(store: Store, kind: str, unit: str | None) -> str:
    """Decree 30: the number is left blank for the clerk who registers the document; the symbol is printed."""
    from app.reports import queries

    if not unit or kind == "receipt":
        return ""
    symbol = queries.document_symbol(store, unit)
    return f"{chr(0xA0) * 6}/{SYMBOL_LETTERS.get(kind, 'BC')}-{symbol}" if symbol else ""


def write_report(store: Store, kind: str, out: str | Path, *, unit: str | None = None, month: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, receipt_id: str | None = None,
                 year: int | str | None = None, plan_id: str | None = None, lang: str = "vi", number: str = "",
                 issued_on: dt.date | None = None, signer: str = "", signer_title: str = "",
                 capacity: str = "", period: tuple[str, str] | None = None, grouping: str = "end") -> Path:
    """Write report ``kind`` to ``out`` (.pdf, .xlsx or .csv) and return its path.

    monthly: ``unit`` and ``month`` (YYYY-MM) or ``period`` (("quarter", "2026-Q4"), ("half", "2026-H1"),
    ("nine_months", "2026"), ("year", "2026")) over ``unit`` and everything below it, under the store's
    cut-off rule; summary: ``period`` or ``date_from``/``date_to`` (YYYY-MM-DD) over ``unit``
    (default: the home unit) and everything below it; receipt: ``receipt_id``; models: ``unit`` and below;
    ratings: ``year`` over ``unit`` and below (default: every rated place); plan: ``plan_id``, limited to
    ``unit`` and below when given, overdue judged on ``issued_on``. ``grouping`` (summary): "end" groups units
    as organised on the period's last day, "time" as organised when each record was made (issue 20).
    Raises ReportError or the core's AnttError with one clear sentence; nothing in the store changes.
    """
    from app.reports.tables import output_format, write_tables

    out = Path(out)
    fmt = output_format(out)
    if kind not in REPORTS:
        raise ReportError("report_unknown_kind", kind=kind, kinds=", ".join(KINDS))
    home = unit or store.home_unit
    args = ReportArgs(store=store, lang=lang, unit=home, scope=unit,
                      number=number or _default_number(store, kind, home), issued_on=issued_on or dt.date.today(),
                      month=month, date_from=date_from, date_to=date_to, receipt_id=receipt_id, year=year,
                      plan_id=plan_id, sign=dict(signer=signer, signer_title=signer_title, capacity=capacity),
                      kind=kind, period=period, grouping=grouping)
    write_pdf, make_tables, heading = REPORTS[kind](args)

    # Written beside the target under a hidden name that keeps the extension, then renamed.
    tmp = out.with_name(f".~{out.name}")
    try:
        if fmt == ".pdf":
            write_pdf(str(tmp))
        else:
            write_tables(make_tables(), tmp, heading, lang)
        os.replace(tmp, out)
    except ValueError as exc:
        raise ReportError("report_not_made", reason=str(exc)) from None
    except OSError as exc:
        raise write_error(exc, out) from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return out
