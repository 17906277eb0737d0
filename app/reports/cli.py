"""`antt report monthly|summary|receipt|models ... --out FILE(.pdf|.xlsx|.csv)`.

:func:`write_report` is the one door (the CLI here, the GUI's Báo cáo page later):
it reads the store into plain data (:mod:`app.reports.queries`), then writes the
PDF form or the same tables as a spreadsheet, by the extension of ``out``.
:func:`register` follows the core CLI's pattern (``COMMAND_MODULES``).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from app.domain.validation import parse_date, parse_month
from app.errors import ValidationError
from app.store.db import Store

KINDS = ("monthly", "summary", "receipt", "models", "ratings", "plan")


class ReportError(Exception):
    """A report that cannot be made as asked; the message is the one sentence the user sees."""


def write_report(store: Store, kind: str, out: str | Path, *, unit: str | None = None, month: str | None = None,
                 date_from: str | None = None, date_to: str | None = None, receipt_id: str | None = None,
                 year: int | str | None = None, plan_id: str | None = None, lang: str = "vi", number: str = "", issued_on: dt.date | None = None, signer: str = "",
                 signer_title: str = "", capacity: str = "") -> Path:
    """Write report ``kind`` to ``out`` (.pdf, .xlsx or .csv) and return its path.

    monthly: ``unit`` and ``month`` (YYYY-MM); summary: ``date_from``/``date_to`` (YYYY-MM-DD) over ``unit``
    (default: the home unit) and everything below it; receipt: ``receipt_id``; models: ``unit`` and below;
    ratings: ``year`` over ``unit`` and below (default: every rated place); plan: ``plan_id``, limited to
    ``unit`` and below when given, overdue judged on ``issued_on``.
    The file is written to a temporary name and renamed, so a failure leaves no half-written report.
    Raises ReportError or the core's AnttError with one clear sentence; nothing in the store changes.
    """
    # reportlab and the builders load here, not with the module: `antt` (and the app's start) registers
    # this command without paying for them.
    from app.reports import queries, review_queries
    from app.reports.monthly import build_monthly_pdf, monthly_tables
    from app.reports.plan_progress import build_plan_pdf, plan_tables
    from app.reports.ratings_register import build_ratings_pdf, ratings_tables
    from app.reports.receipt import build_receipt_pdf, receipt_table
    from app.reports.register import ModelRegister, RegisterEntry, build_register_pdf, register_tables
    from app.reports.summary import build_summary_pdf, summary_tables
    from app.reports.tables import output_format, write_tables

    out = Path(out)
    try:
        fmt = output_format(out)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    scope = unit  # ratings and plans: None means everything the store holds
    unit = unit or store.home_unit
    issued_on = issued_on or dt.date.today()
    if kind not in KINDS:
        raise ReportError(f"Không có loại báo cáo “{kind}”: chọn một trong {', '.join(KINDS)}.")
    sign = dict(signer=signer, signer_title=signer_title, capacity=capacity)
    if not number and unit and kind != "receipt":
        # Decree 30: the number is left blank for the clerk who registers the document; the symbol is printed.
        symbol = queries.document_symbol(store, unit)
        number = f"{chr(0xA0) * 6}/{'DS' if kind == 'models' else 'BC'}-{symbol}" if symbol else ""
    cat = queries.catalogue_from_store(store)
    if kind == "receipt":
        if not receipt_id:
            raise ReportError("Cần mã biên bản (ID) để in biên bản tiếp nhận.")
        data = queries.receipt_report(store, receipt_id)
        pdf = lambda f: build_receipt_pdf(data, f, lang, cat)  # noqa: E731
        tables = lambda: [receipt_table(data, lang, cat)]  # noqa: E731
    elif kind == "monthly":
        if not unit or not month:
            raise ReportError("Báo cáo tháng cần --unit và --month (YYYY-MM).")
        month = parse_month(month)
        issuer = queries.issuer_for(store, unit, lang, **sign)
        data = queries.monthly_data(store, unit, month, lang, number=number, issued_on=issued_on, issuer=issuer)
        pdf = lambda f: build_monthly_pdf(data, f, lang, cat)  # noqa: E731
        tables = lambda: monthly_tables(data, lang, cat)  # noqa: E731
    elif kind == "summary":
        if not unit or not date_from or not date_to:
            raise ReportError("Báo cáo tổng hợp cần --from và --to (YYYY-MM-DD).")
        date_from, date_to = parse_date(date_from, "from"), parse_date(date_to, "to")
        if date_to < date_from:
            raise ValidationError("date_order", field="to", value=date_to, other_field="from", other=date_from)
        issuer = queries.issuer_for(store, unit, lang, **sign)
        data = queries.summary_data(store, unit, date_from, date_to, lang, number=number, issued_on=issued_on,
                                    issuer=issuer)
        pdf = lambda f: build_summary_pdf(data, f, lang, cat)  # noqa: E731
        tables = lambda: summary_tables(data, lang, cat)  # noqa: E731
    elif kind == "ratings":
        if year is None or not str(year).strip().isdigit() or not 2000 <= int(year) <= 2999:
            raise ReportError("Sổ xếp loại cần --year (năm gồm 4 chữ số, ví dụ 2025).")
        if not unit:
            raise ReportError("Cần --unit để lập báo cáo xếp loại.")
        issuer = queries.issuer_for(store, unit, lang, **sign)
        data = review_queries.ratings_register_data(store, int(year), scope, issuer, lang, number=number,
                                                    issued_on=issued_on)
        pdf = lambda f: build_ratings_pdf(data, f, lang)  # noqa: E731
        tables = lambda: ratings_tables(data, lang)  # noqa: E731
    elif kind == "plan":
        if not plan_id:
            raise ReportError("Cần --plan (mã kế hoạch) để lập báo cáo tiến độ.")
        if not unit:
            raise ReportError("Cần --unit để lập báo cáo tiến độ kế hoạch.")
        issuer = queries.issuer_for(store, unit, lang, **sign)
        data = review_queries.plan_progress_data(store, plan_id, scope, issuer, lang, number=number,
                                                 issued_on=issued_on)
        pdf = lambda f: build_plan_pdf(data, f, lang)  # noqa: E731
        tables = lambda: plan_tables(data, lang)  # noqa: E731
    else:  # models
        if not unit:
            raise ReportError("Cần --unit để lập danh sách mô hình.")
        issuer = queries.issuer_for(store, unit, lang, **sign)
        entries = [RegisterEntry(r["unit_name"], r["name"], r["type"], r["place"], r["established"], r["leader"],
                                 r["members"], r["households"], r["status"], r["ended_on"] is None, r["recognition"])
                   for r in queries.models_rows(store, unit, lang)]
        data = ModelRegister(issuer, number, issued_on, entries)
        pdf = lambda f: build_register_pdf(data, f, lang)  # noqa: E731
        tables = lambda: register_tables(data, lang)  # noqa: E731

    # Written beside the target under a hidden name that keeps the extension, then renamed.
    tmp = out.with_name(f".~{out.name}")
    try:
        if fmt == ".pdf":
            pdf(str(tmp))
        else:
            write_tables(tables(), tmp)
        os.replace(tmp, out)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    except OSError as exc:
        raise ReportError(f"Không ghi được tệp {out}: {exc.strerror or exc}.") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def register(sub, common) -> None:
    """Add `antt report ...` to the core CLI (listed in app.cli.COMMAND_MODULES)."""
    rep = sub.add_parser("report", help="print reports: PDF forms, or their tables as .xlsx/.csv")
    acts = rep.add_subparsers(dest="action", required=True)

    def add(name: str, help_: str):
        p = acts.add_parser(name, parents=[common], help=help_)
        p.add_argument("--out", required=True, type=Path, help="FILE.pdf, FILE.xlsx or FILE.csv")
        p.add_argument("--number", default="", help="document number and symbol, e.g. 12/BC-CAX")
        p.add_argument("--date", dest="issued_on", help="date of issue YYYY-MM-DD (default: today)")
        p.add_argument("--signer", default="", help="name of the signer (default: the officer of this store)")
        p.add_argument("--signer-title", default="", help="title of the signer, e.g. Trưởng Công an xã")
        p.add_argument("--capacity", default="", help="signing capacity line, e.g. 'KT. Trưởng Công an xã'")
        p.set_defaults(handler=cmd_report, kind=name)
        return p

    p = add("monthly", "monthly report of a unit")
    p.add_argument("--unit", required=True)
    p.add_argument("--month", required=True, help="YYYY-MM")
    p = add("summary", "consolidated summary of a unit and the units below it, over any dates")
    p.add_argument("--unit", help="default: this store's unit")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p = add("receipt", "the receipt (biên bản tiếp nhận) of one surrender")
    p.add_argument("id")
    p = add("models", "register of models of a unit and the units below it")
    p.add_argument("--unit", help="default: this store's unit")
    p = add("ratings", "ratings register of a year: classes, weak places, 'Safe on security and order' recognition")
    p.add_argument("--year", required=True)
    p.add_argument("--unit", help="only this unit and the units below it (default: every rated place)")
    p = add("plan", "progress report of a plan: tasks, status per unit, overdue, reviews")
    p.add_argument("--plan", dest="plan_id", required=True, help="the plan's id (antt plan list)")
    p.add_argument("--unit", help="only this unit's part (and the units below it)")


def cmd_report(args) -> int:
    from app.cli.context import store_for
    from app.cli.output import emit
    from app.i18n import current_language

    lang = current_language()
    store = store_for(args)
    try:
        issued = parse_date(args.issued_on, "date") if args.issued_on else None
        path = write_report(
            store, args.kind, args.out, unit=getattr(args, "unit", None), month=getattr(args, "month", None),
            date_from=getattr(args, "date_from", None), date_to=getattr(args, "date_to", None),
            receipt_id=getattr(args, "id", None), year=getattr(args, "year", None),
            plan_id=getattr(args, "plan_id", None), lang=lang, number=args.number,
            issued_on=dt.date.fromisoformat(issued) if issued else None, signer=args.signer,
            signer_title=args.signer_title, capacity=args.capacity)
    except ReportError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        store.close()
    emit(args, {"path": str(path), "kind": args.kind}, str(path))
    return 0
